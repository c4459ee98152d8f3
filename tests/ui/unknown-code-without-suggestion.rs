#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("I am a teapot")]
    #[api_error(code = "teapot")]
    Teapot,
}

fn main() {}
