#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(code = "not_found")]
enum AppError {
    #[error("not found")]
    NotFound,
}

fn main() {}
