#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("missing scope {scope}")]
    #[api_error(code = "forbidden", detail = "missing scope `{scop}`")]
    MissingScope { scope: String },
}

fn main() {}
