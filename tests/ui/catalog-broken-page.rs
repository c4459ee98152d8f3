errdocs::catalog!("../../../../tests/fixtures/catalogs/broken");

fn main() {}
