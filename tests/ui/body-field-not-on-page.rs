#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("no such scan")]
    NotFound {
        #[api_error(body)]
        resource: String,
    },
}

fn main() {}
