#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "docs/errors" exhaustive)]
enum AppError {
    #[error("not found")]
    NotFound,
}

fn main() {}
