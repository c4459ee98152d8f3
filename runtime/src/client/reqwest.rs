//! The `reqwest` feature: responses become failures, and `reqwest::Error` is a retryable transport error.

use super::{ApiFailure, Failure, Retryable, parse};
use crate::CatalogCode;

/// `Ok(response)` for a success status, else the parsed [`ApiFailure`].
pub async fn check<C: CatalogCode>(
    response: reqwest::Response,
) -> Result<reqwest::Response, ApiFailure<C>> {
    let status = response.status();
    if status.is_success() {
        return Ok(response);
    }
    let headers = response.headers().clone();
    let body = response.bytes().await.unwrap_or_default();
    Err(parse(status.as_u16(), &headers, &body))
}

/// Sends `request` and [`check`]s the response: a transport error or the API's failure,
/// ready for [`RetryPolicy::run`](super::RetryPolicy::run).
///
/// ```no_run
/// # errdocs::catalog!("../docs/errors");
/// # async fn example() -> Result<(), errdocs::client::Failure<ErrorCode, reqwest::Error>> {
/// use errdocs::client::{RetryPolicy, send};
/// let http = reqwest::Client::new();
/// let response = RetryPolicy::default()
///     .run(|| send::<ErrorCode>(http.get("http://127.0.0.1:3000/scans")), tokio::time::sleep)
///     .await?;
/// # Ok(()) }
/// ```
pub async fn send<C: CatalogCode>(
    request: reqwest::RequestBuilder,
) -> Result<reqwest::Response, Failure<C, reqwest::Error>> {
    let response = request.send().await?;
    Ok(check(response).await?)
}

impl<C> From<reqwest::Error> for Failure<C, reqwest::Error> {
    fn from(error: reqwest::Error) -> Self {
        Failure::Transport(error)
    }
}

/// Connect, timeout, request and body errors may pass; builder, redirect, decode and status
/// errors will not.
impl Retryable for reqwest::Error {
    fn is_retryable(&self) -> bool {
        let lasting =
            self.is_builder() || self.is_redirect() || self.is_decode() || self.is_status();
        !lasting && (self.is_timeout() || self.is_request() || self.is_body())
    }
}
