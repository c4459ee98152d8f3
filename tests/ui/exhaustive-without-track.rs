// Warnings are errors here, so the case shows the warning `exhaustive` gives without
// `errdocs_build::track` in build.rs.
#![deny(warnings)]

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../../../../tests/fixtures/catalogs/mini", exhaustive)]
enum AppError {
    #[error("gone")]
    Gone,
    #[error("overloaded")]
    Overloaded,
    #[error("I am a teapot")]
    Teapot,
}

fn main() {
    let _ = AppError::Gone;
    let _ = AppError::Overloaded;
    let _ = AppError::Teapot;
}
