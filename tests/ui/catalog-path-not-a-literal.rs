errdocs::catalog!(docs/errors);

fn main() {}
