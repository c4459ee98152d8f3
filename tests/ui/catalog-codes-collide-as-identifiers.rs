errdocs::catalog!("../../../../tests/fixtures/bad/codes-collide-as-identifiers");

fn main() {}
