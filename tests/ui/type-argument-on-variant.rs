#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("not found")]
    #[api_error(exhaustive)]
    NotFound,
}

fn main() {}
