#[derive(Debug, errdocs::ApiError)]
#[api_error(display)]
enum AppError {
    #[api_error(code = "forbiden")]
    MissingScope,
}

fn main() {
    let err = AppError::MissingScope;
    let _text = err.to_string();
    let _boxed: Box<dyn std::error::Error> = Box::new(err);
}
