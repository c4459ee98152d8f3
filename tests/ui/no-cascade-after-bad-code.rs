#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("bad credentials")]
    Unauthorised,
}

fn main() {
    let err = AppError::Unauthorised;
    let _status: http::StatusCode = errdocs::ApiError::status(&err);
    let _code: &str = errdocs::ApiError::code(&err);
}
