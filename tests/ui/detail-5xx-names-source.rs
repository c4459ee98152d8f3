#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("storage failed: {0}")]
    #[api_error(code = "internal_error", detail = "storage failed: {0}")]
    Storage(#[source] std::io::Error),
}

fn main() {}
