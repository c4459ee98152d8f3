use std::time::Duration;

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("rate limited")]
    RateLimited {
        #[api_error(retry_after)]
        wait: Duration,
        #[api_error(retry_after)]
        again: Duration,
    },
}

fn main() {}
