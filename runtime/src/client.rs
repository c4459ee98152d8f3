//! The client side: parse an error response back into a typed failure, and retry by the
//! docs' retry flags.
//!
//! ```
//! errdocs::catalog!("../docs/errors");
//!
//! let body = br#"{"detail":"slow down","code":"rate_limited","request_id":"r-9","doc_url":"https://docs.lasscyber.com/errors/rate_limited"}"#;
//! let mut headers = http::HeaderMap::new();
//! headers.insert("retry-after", "3".parse().unwrap());
//! let failure = errdocs::client::parse::<ErrorCode>(429, &headers, body);
//! assert_eq!(failure.code, Some(ErrorCode::RateLimited));
//! assert_eq!(failure.request_id.as_deref(), Some("r-9"));
//! assert_eq!(failure.retry_after, Some(std::time::Duration::from_secs(3)));
//! assert!(failure.is_retryable());
//! ```

use std::fmt;
use std::future::Future;
use std::time::{Duration, SystemTime};

use http::StatusCode;
use serde_json::Value;

use crate::CatalogCode;

#[cfg(feature = "tonic")]
pub use crate::tonic::from_status;

/// A failed API call, as much as the response tells.
///
/// Every field but `status` is optional: a proxy's HTML page, an empty body or a hostile
/// one still gives a failure, never a panic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiFailure<C> {
    /// The response status.
    pub status: StatusCode,
    /// The code, when the catalog knows it.
    pub code: Option<C>,
    /// The code string as sent, known or not.
    pub raw_code: Option<String>,
    /// The body's `detail`.
    pub detail: Option<String>,
    /// The body's `request_id` (or the `x-request-id` header).
    pub request_id: Option<String>,
    /// The body's `doc_url` (or the problem `type`).
    pub doc_url: Option<String>,
    /// The `Retry-After` header (seconds or HTTP date).
    pub retry_after: Option<Duration>,
}

impl<C: CatalogCode> ApiFailure<C> {
    /// Whether to retry: the page's flag for a known code; for unknown codes 5xx and 429 are
    /// retryable, the rest not.
    pub fn is_retryable(&self) -> bool {
        match self.code {
            Some(code) => code.doc().retry.retryable,
            None => self.status.is_server_error() || self.status == StatusCode::TOO_MANY_REQUESTS,
        }
    }
}

impl<C: CatalogCode> fmt::Display for ApiFailure<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {}", self.status.as_u16())?;
        if let Some(code) = &self.raw_code {
            write!(f, " `{code}`")?;
        }
        if let Some(detail) = &self.detail {
            write!(f, ": {detail}")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request {id})")?;
        }
        Ok(())
    }
}

impl<C: CatalogCode> std::error::Error for ApiFailure<C> {}

/// The longest string field kept from a body; longer ones are cut at a char boundary.
pub(crate) const MAX_FIELD: usize = 4096;

/// Parses an error response (either envelope) into an [`ApiFailure`].
///
/// Linear in the body's size; bodies that are not JSON, not UTF-8, too deeply nested
/// (serde_json stops at 128 levels) or of the wrong shape give a failure with only what
/// the status and headers say.
pub fn parse<C: CatalogCode>(status: u16, headers: &http::HeaderMap, body: &[u8]) -> ApiFailure<C> {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let json: Option<serde_json::Map<String, Value>> = serde_json::from_slice(body).ok();
    let field = |key: &str| -> Option<String> {
        let value = json.as_ref()?.get(key)?.as_str()?;
        let mut end = value.len().min(MAX_FIELD);
        while !value.is_char_boundary(end) {
            end -= 1;
        }
        Some(value[..end].to_owned())
    };
    let raw_code = field("code");
    let header_id = headers
        .get(crate::request::REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::request::sanitize_request_id)
        .map(str::to_owned);
    ApiFailure {
        status,
        code: raw_code.as_deref().and_then(C::from_code),
        detail: field("detail"),
        request_id: field("request_id").or(header_id),
        doc_url: field("doc_url").or_else(|| field("type")),
        retry_after: retry_after(headers),
        raw_code,
    }
}

/// The `Retry-After` header as a duration from now.
pub fn retry_after(headers: &http::HeaderMap) -> Option<Duration> {
    let value = headers
        .get(http::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// When and how often to retry a failed call.
///
/// Only failures whose page says `Retry? Yes` are retried (unknown codes: 5xx and 429).
/// The delay doubles from `base_delay` up to `max_delay`, with full jitter, and is never
/// shorter than the server's `Retry-After`.
///
/// ```
/// # errdocs::catalog!("../docs/errors");
/// use std::time::Duration;
/// let policy = errdocs::client::RetryPolicy::default().max_attempts(3).jitter(false);
/// let busy = errdocs::client::parse::<ErrorCode>(503, &http::HeaderMap::new(), b"{\"code\":\"service_unavailable\"}");
/// assert_eq!(policy.delay(1, &busy), Some(Duration::from_millis(200)));
/// assert_eq!(policy.delay(3, &busy), None); // out of attempts
/// let denied = errdocs::client::parse::<ErrorCode>(403, &http::HeaderMap::new(), b"{\"code\":\"forbidden\"}");
/// assert_eq!(policy.delay(1, &denied), None); // the docs say: do not retry
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    jitter: bool,
}

impl Default for RetryPolicy {
    fn default() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 4,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(30),
            jitter: true,
        }
    }
}

impl RetryPolicy {
    /// How many attempts in all, the first included (default 4).
    pub fn max_attempts(mut self, n: u32) -> RetryPolicy {
        self.max_attempts = n.max(1);
        self
    }

    /// The delay before the first retry (default 200 ms).
    pub fn base_delay(mut self, delay: Duration) -> RetryPolicy {
        self.base_delay = delay;
        self
    }

    /// The longest computed delay (default 30 s); `Retry-After` may ask for more.
    pub fn max_delay(mut self, delay: Duration) -> RetryPolicy {
        self.max_delay = delay;
        self
    }

    /// Randomize each delay between zero and its computed value (default on).
    pub fn jitter(mut self, on: bool) -> RetryPolicy {
        self.jitter = on;
        self
    }

    /// The delay before retrying after `attempt` (1 = the first call) failed with
    /// `failure`, or `None` to give up.
    pub fn delay<C: CatalogCode>(&self, attempt: u32, failure: &ApiFailure<C>) -> Option<Duration> {
        if attempt >= self.max_attempts || !failure.is_retryable() {
            return None;
        }
        let exp = self
            .base_delay
            .saturating_mul(1u32 << (attempt - 1).min(20));
        let mut delay = exp.min(self.max_delay);
        if self.jitter {
            delay = delay.mul_f64(random_unit());
        }
        Some(match failure.retry_after {
            Some(server) => delay.max(server),
            None => delay,
        })
    }

    /// Calls `op` until it succeeds, fails for good, or attempts run out, sleeping with
    /// `sleep` (e.g. `tokio::time::sleep`) between attempts.
    pub async fn run<T, C, Op, Fut, Sleep, SleepFut>(
        &self,
        mut op: Op,
        mut sleep: Sleep,
    ) -> Result<T, ApiFailure<C>>
    where
        C: CatalogCode,
        Op: FnMut() -> Fut,
        Fut: Future<Output = Result<T, ApiFailure<C>>>,
        Sleep: FnMut(Duration) -> SleepFut,
        SleepFut: Future<Output = ()>,
    {
        let mut attempt = 1;
        loop {
            match op().await {
                Ok(value) => return Ok(value),
                Err(failure) => match self.delay(attempt, &failure) {
                    Some(delay) => sleep(delay).await,
                    None => return Err(failure),
                },
            }
            attempt += 1;
        }
    }
}

/// A number in [0, 1) from a fresh UUID's random bits (no extra RNG dependency).
fn random_unit() -> f64 {
    let bits = uuid::Uuid::new_v4().as_u128() >> 75;
    bits as f64 / (1u64 << 53) as f64
}

/// `Ok(response)` for a success status, else the parsed [`ApiFailure`].
#[cfg(feature = "reqwest")]
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
