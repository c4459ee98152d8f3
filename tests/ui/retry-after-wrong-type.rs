#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("rate limited")]
    RateLimited {
        #[api_error(retry_after)]
        wait_secs: u64,
    },
}

fn main() {}
