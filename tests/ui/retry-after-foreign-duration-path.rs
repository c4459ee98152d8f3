mod chrono_like {
    #[derive(Debug, Clone, Copy)]
    pub struct Duration(pub i64);
}

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("rate limited")]
    RateLimited {
        #[api_error(retry_after)]
        wait: Option<chrono_like::Duration>,
    },
}

fn main() {}
