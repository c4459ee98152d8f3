#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../../../../tests/fixtures/catalogs/retired")]
enum PaymentError {
    #[error("declined")]
    CardDeclined,
    #[error("refused")]
    CardRefused,
}

fn main() {}
