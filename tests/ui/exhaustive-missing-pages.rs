#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../../../../tests/fixtures/catalogs/mini", exhaustive)]
enum AppError {
    #[error("I am a teapot")]
    Teapot,
}

fn main() {}
