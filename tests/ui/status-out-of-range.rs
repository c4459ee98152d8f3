#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("bad credentials")]
    #[api_error(status = 70000)]
    Unauthorized,
}

fn main() {}
