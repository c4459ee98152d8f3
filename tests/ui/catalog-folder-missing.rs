errdocs::catalog!("no/such/folder");

fn main() {}
