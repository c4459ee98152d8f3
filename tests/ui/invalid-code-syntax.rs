#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("not found")]
    #[api_error(code = "Not Found")]
    Missing,
}

fn main() {}
