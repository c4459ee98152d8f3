errdocs::catalog!("../../../../tests/fixtures/bad/code-clashes-with-generated-item");

fn main() {}
