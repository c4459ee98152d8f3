//! The client side: parse an error response back into a typed failure, and retry by the docs' retry flags.
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
//!
//! **Unknown codes.** A failure whose code the catalog does not know (a newer server, a
//! proxy's page, no body at all) is retryable when its status is 5xx or 429, and not
//! otherwise: [`default_retryable`]. The Python and TypeScript modules that `errdocs export`
//! writes apply the same rule (`default_retryable` / `defaultRetryable`).

use std::borrow::Cow;
use std::fmt;
use std::time::{Duration, SystemTime};

use http::StatusCode;
use serde_json::Value;

use crate::CatalogCode;

#[cfg(feature = "reqwest")]
mod reqwest;
mod retry;

#[cfg(feature = "reqwest")]
pub use self::reqwest::{check, send};
#[cfg(feature = "tonic")]
pub use crate::tonic::from_status;
pub use retry::{DEFAULT_MAX_RETRY_AFTER, Failure, RetryPolicy, Retryable};

/// Whether a failure without a documented code may go away on retry: a 5xx status or 429
/// may, every other status not.
///
/// This is the one rule for unknown codes: [`ApiFailure::is_retryable`] uses it when the
/// catalog does not know the code, and the exported Python (`default_retryable`) and
/// TypeScript (`defaultRetryable`) modules implement the same.
///
/// ```
/// use errdocs::client::default_retryable;
/// assert!(default_retryable(503) && default_retryable(500) && default_retryable(429));
/// assert!(!default_retryable(404) && !default_retryable(418) && !default_retryable(600));
/// ```
pub fn default_retryable(status: u16) -> bool {
    errdocs_wire::retryable_by_status(status)
}

/// What kind of failure an [`ApiFailure`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailureKind {
    /// An error response with a valid HTTP status (100–999).
    Response,
    /// The reply's status (kept here) is outside 100–999, so it is not an HTTP response;
    /// [`ApiFailure::status`] is then `502 Bad Gateway`, and the failure is never retried.
    InvalidStatus(u16),
}

/// A failed API call, as much as the response tells.
///
/// Every field but `status` is optional: a proxy's HTML page, an empty body or a hostile
/// one still gives a failure, never a panic. The strings come cleaned by [`clean_text`]
/// (no control characters, no ANSI escapes) and cut to 4096 bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiFailure<C> {
    /// The response status (`502 Bad Gateway` for an [`FailureKind::InvalidStatus`]).
    pub status: StatusCode,
    /// Whether this is an error response or a reply with an invalid status.
    pub kind: FailureKind,
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
    /// The body's keys beyond both envelopes' (the error's members, `errors`), bounded: see
    /// [`members::MAX_MEMBERS`](crate::members::MAX_MEMBERS). In key order (body order with
    /// serde_json's `preserve_order` feature). Read them typed with
    /// [`member`](ApiFailure::member).
    pub members: serde_json::Map<String, Value>,
}

impl<C: CatalogCode> ApiFailure<C> {
    /// Whether to retry: the page's flag for a known code; for unknown codes
    /// [`default_retryable`] (5xx and 429 yes, the rest no); never for an invalid status.
    pub fn is_retryable(&self) -> bool {
        match (self.kind, self.code) {
            (FailureKind::InvalidStatus(_), _) => false,
            (_, Some(code)) => code.doc().retry.retryable,
            (_, None) => default_retryable(self.status.as_u16()),
        }
    }
}

impl<C> ApiFailure<C> {
    /// The member `name` of the body as a `T`: `None` when the body has no such member or
    /// its value is not a `T`.
    ///
    /// ```
    /// errdocs::catalog!("../docs/errors");
    /// #[derive(serde::Deserialize)]
    /// struct FieldError { field: String, message: String }
    ///
    /// let body = br#"{"detail":"limit: too big","code":"validation_failed","request_id":"r1","doc_url":"https://docs.lasscyber.com/errors/validation_failed","errors":[{"field":"limit","message":"too big"}]}"#;
    /// let failure = errdocs::client::parse::<ErrorCode>(422, &http::HeaderMap::new(), body);
    /// let errors: Vec<FieldError> = failure.member("errors").unwrap();
    /// assert_eq!((errors[0].field.as_str(), errors[0].message.as_str()), ("limit", "too big"));
    /// assert!(failure.member::<u32>("errors").is_none());
    /// ```
    pub fn member<T: serde::de::DeserializeOwned>(&self, name: &str) -> Option<T> {
        T::deserialize(self.members.get(name)?).ok()
    }

    /// All members as one typed struct (one per code, with the members as its fields):
    /// `None` when they do not make a `T`.
    ///
    /// ```
    /// errdocs::catalog!("../docs/errors");
    /// #[derive(serde::Deserialize)]
    /// struct Limits { limit: u32, remaining: u32 }
    ///
    /// let body = br#"{"detail":"slow down","code":"rate_limited","request_id":"r1","doc_url":"https://docs.lasscyber.com/errors/rate_limited","limit":100,"remaining":0}"#;
    /// let failure = errdocs::client::parse::<ErrorCode>(429, &http::HeaderMap::new(), body);
    /// let limits: Limits = failure.members_as().unwrap();
    /// assert_eq!((limits.limit, limits.remaining), (100, 0));
    /// ```
    pub fn members_as<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        T::deserialize(&Value::Object(self.members.clone())).ok()
    }
}

impl<C> fmt::Display for ApiFailure<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            FailureKind::InvalidStatus(status) => {
                write!(f, "invalid HTTP status {status}, not an HTTP response")?
            }
            _ => write!(f, "HTTP {}", self.status.as_u16())?,
        }
        // The fields are clean when `parse` or `from_parts` built them; a hand-built
        // failure is cleaned here, so that `Display` never prints a control character.
        if let Some(code) = &self.raw_code {
            write!(f, " `{}`", clean_text(code))?;
        }
        if let Some(detail) = &self.detail {
            write!(f, ": {}", clean_text(detail))?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request {})", clean_text(id))?;
        }
        Ok(())
    }
}

impl<C: fmt::Debug> std::error::Error for ApiFailure<C> {}

/// The longest string field kept from a body; longer ones are cut at a char boundary.
const MAX_FIELD: usize = 4096;

/// The pieces of an error reply, from any transport (an HTTP response, a gRPC status, …),
/// for [`from_parts`]. Strings are taken as sent: `from_parts` cuts and cleans them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Parts<'a> {
    /// The HTTP status as a number (outside 100–999 gives [`FailureKind::InvalidStatus`]).
    pub status: u16,
    /// The error code string.
    pub code: Option<&'a str>,
    /// The human-readable detail.
    pub detail: Option<&'a str>,
    /// The request id.
    pub request_id: Option<&'a str>,
    /// The documentation URL.
    pub doc_url: Option<&'a str>,
    /// How long the server asks the client to wait.
    pub retry_after: Option<Duration>,
}

/// Builds an [`ApiFailure`] from its parts: the one place that resolves the code against
/// the catalog, cuts strings to 4096 bytes, cleans them ([`clean_text`]; an empty result
/// counts as absent) and classifies the status. [`parse`] calls it for HTTP responses.
///
/// ```
/// errdocs::catalog!("../docs/errors");
/// use errdocs::client::{FailureKind, Parts, from_parts};
/// let failure = from_parts::<ErrorCode>(Parts {
///     status: 503,
///     code: Some("service_unavailable"),
///     detail: Some("down\r\nfor maintenance"),
///     ..Parts::default()
/// });
/// assert_eq!(failure.code, Some(ErrorCode::ServiceUnavailable));
/// assert_eq!(failure.detail.as_deref(), Some("down  for maintenance"));
/// assert_eq!(from_parts::<ErrorCode>(Parts { status: 42, ..Parts::default() }).kind, FailureKind::InvalidStatus(42));
/// ```
pub fn from_parts<C: CatalogCode>(parts: Parts<'_>) -> ApiFailure<C> {
    let (status, kind) = match StatusCode::from_u16(parts.status) {
        Ok(status) => (status, FailureKind::Response),
        Err(_) => (
            StatusCode::BAD_GATEWAY,
            FailureKind::InvalidStatus(parts.status),
        ),
    };
    let text = |value: Option<&str>| -> Option<String> {
        let value = value?;
        let mut end = value.len().min(MAX_FIELD);
        while !value.is_char_boundary(end) {
            end -= 1;
        }
        let clean = clean_text(&value[..end]);
        (!clean.trim().is_empty()).then(|| clean.into_owned())
    };
    let raw_code = text(parts.code);
    ApiFailure {
        status,
        kind,
        code: raw_code.as_deref().and_then(C::from_code),
        detail: text(parts.detail),
        request_id: text(parts.request_id),
        doc_url: text(parts.doc_url),
        retry_after: parts.retry_after,
        raw_code,
        members: serde_json::Map::new(),
    }
}

/// Parses an error response (either envelope) into an [`ApiFailure`].
///
/// Linear in the body's size; bodies that are not JSON, not UTF-8, too deeply nested
/// (serde_json stops at 128 levels) or of the wrong shape give a failure with only what
/// the status and headers say. The request id is the body's, else the `x-request-id`
/// header's when it is safe ([`sanitize_request_id`](crate::request::sanitize_request_id)).
pub fn parse<C: CatalogCode>(status: u16, headers: &http::HeaderMap, body: &[u8]) -> ApiFailure<C> {
    let json: Option<serde_json::Map<String, Value>> = serde_json::from_slice(body).ok();
    let field = |key: &str| json.as_ref()?.get(key)?.as_str();
    let header_id = headers
        .get(crate::request::REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::request::sanitize_request_id);
    let mut failure = from_parts(Parts {
        status,
        code: field("code"),
        detail: field("detail"),
        request_id: field("request_id"),
        doc_url: field("doc_url").or_else(|| field("type")),
        retry_after: retry_after(headers),
    });
    if failure.request_id.is_none() {
        failure.request_id = header_id.map(str::to_owned);
    }
    if let Some(json) = json {
        failure.members = crate::members::received(json);
    }
    failure
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

/// `text` safe to print on a terminal or in a log line: ANSI escape sequences (CSI, OSC and
/// the like) are removed, and every other control character (CR, LF, tab, NUL, DEL, C1) and
/// every bidirectional or line-separator mark is replaced by a space.
///
/// ```
/// use errdocs::client::clean_text;
/// assert_eq!(clean_text("ok"), "ok");
/// assert_eq!(clean_text("a\r\nSet-Cookie: x"), "a  Set-Cookie: x");
/// assert_eq!(clean_text("\x1b[31mred\x1b[0m \x1b]0;title\x07done"), "red done");
/// assert_eq!(clean_text("abc\u{202e}fed"), "abc fed");
/// ```
pub fn clean_text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unprintable) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(if unprintable(c) { ' ' } else { c });
            continue;
        }
        match chars.peek().copied() {
            // CSI: parameters, intermediates, one final byte.
            Some('[') => {
                chars.next();
                while chars.next_if(|c| ('\x30'..='\x3f').contains(c)).is_some() {}
                while chars.next_if(|c| ('\x20'..='\x2f').contains(c)).is_some() {}
                chars.next_if(|c| ('\x40'..='\x7e').contains(c));
            }
            // OSC, DCS, SOS, PM, APC: a string up to BEL or ESC (`ESC \` ends it).
            Some(']' | 'P' | 'X' | '^' | '_') => {
                chars.next();
                while chars.next_if(|c| *c != '\x07' && *c != '\x1b').is_some() {}
                if chars.next() == Some('\x1b') {
                    chars.next_if_eq(&'\\');
                }
            }
            Some(' '..='~') => {
                chars.next();
            }
            _ => {}
        }
    }
    Cow::Owned(out)
}

/// Control characters, bidirectional marks and line separators.
fn unprintable(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{61c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_strips_escapes_and_replaces_controls() {
        for (input, expected) in [
            ("plain text", "plain text"),
            ("a\r\nb", "a  b"),
            ("tab\there", "tab here"),
            ("nul\0del\x7f", "nul del "),
            ("c1\u{85}\u{9b}x", "c1  x"),
            ("\x1b[1;31mbold\x1b[0m", "bold"),
            ("\x1b[?25l hidden cursor", " hidden cursor"),
            ("\x1b]8;;https://evil\x1b\\link\x1b]8;;\x1b\\", "link"),
            ("\x1b]0;title\x07after", "after"),
            ("\x1b]0;unterminated", ""),
            ("\x1bPdcs\x1b\\x", "x"),
            ("\x1bcreset", "reset"),
            ("esc at end\x1b", "esc at end"),
            ("\x1b\x1b[2J", ""),
            ("\x1bé", "é"),
            ("rtl\u{202e}\u{2066}\u{2069}", "rtl   "),
            ("line\u{2028}sep", "line sep"),
            ("ünïcödé 😀", "ünïcödé 😀"),
        ] {
            assert_eq!(clean_text(input), expected, "{input:?}");
        }
    }
}
