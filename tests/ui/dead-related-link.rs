#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../../../../tests/fixtures/catalogs/dead-link")]
enum AppError {
    #[error("gone")]
    Gone,
}

fn main() {}
