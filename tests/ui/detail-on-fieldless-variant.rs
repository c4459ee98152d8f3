#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("missing scope")]
    #[api_error(code = "forbidden", detail = "missing scope `{scope}`")]
    MissingScope,
}

fn main() {}
