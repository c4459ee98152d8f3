#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError<T> {
    #[error("bad credentials for {0}")]
    Unauthorised(T),
}

fn main() {}
