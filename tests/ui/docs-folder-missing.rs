#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "no/such/folder")]
enum AppError {
    #[error("not found")]
    NotFound,
}

fn main() {}
