#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("limit is too big")]
    ValidationFailed { limit: u32 },
}

fn main() {}
