#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("bad credentials")]
    Unauthorised,
}

fn main() {}
