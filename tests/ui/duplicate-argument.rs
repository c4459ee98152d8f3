#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("not found")]
    #[api_error(code = "not_found", code = "conflict")]
    Missing,
}

fn main() {}
