#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[error("I am a teapot")]
struct Teapot;

fn main() {}
