#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("declined")]
    CardDeclined {
        #[api_error(body = "decline_code")]
        codes: Vec<String>,
    },
}

fn main() {}
