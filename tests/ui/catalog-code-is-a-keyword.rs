errdocs::catalog!("../../../../tests/fixtures/bad/code-is-a-keyword");

fn main() {}
