#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("limit is too big")]
    ValidationFailed {
        #[api_error(body)]
        errors: String,
    },
}

fn main() {}
