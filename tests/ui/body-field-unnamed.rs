#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("declined")]
    CardDeclined(#[api_error(body)] String),
}

fn main() {}
