#[derive(Debug, errdocs::ApiError)]
enum AppError {
    NotFound,
}

fn main() {}
