#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("no such user")]
    NotFound,
    #[error("no such scan")]
    #[api_error(code = "not_found")]
    ScanMissing,
}

fn main() {}
