#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(envelope = "json")]
enum AppError {
    #[error("not found")]
    NotFound,
}

fn main() {}
