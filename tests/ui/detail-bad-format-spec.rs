#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("no scan {0}")]
    #[api_error(code = "not_found", detail = "no scan with id {0:>8q}")]
    NoScan(u32),
}

fn main() {}
