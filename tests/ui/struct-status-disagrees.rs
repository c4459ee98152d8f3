#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[error("no such scan")]
#[api_error(code = "not_found", status = 400)]
struct ScanMissing;

fn main() {}
