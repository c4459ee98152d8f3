use std::time::Duration;

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("no such scan")]
    NotFound {
        #[api_error(retry_after)]
        wait: Duration,
    },
}

fn main() {}
