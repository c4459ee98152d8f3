#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {}

fn main() {}
