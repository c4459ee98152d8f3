use std::time::Duration;

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("rate limited")]
    RateLimited {
        #[api_error(retry)]
        wait: Duration,
    },
}

fn main() {}
