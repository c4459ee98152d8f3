//! The `ApiError` trait that `derive(ApiError)` implements, and `CatalogCode` for code enums.

use std::borrow::Cow;
use std::time::Duration;

use crate::{Envelope, ErrorBody, ErrorDoc, ProblemDetails};

/// An error whose HTTP facts come from its documentation page.
///
/// Implemented by `#[derive(ApiError)]`; only [`doc`](ApiError::doc) and
/// [`detail`](ApiError::detail) are generated, the rest follows from the page.
///
/// ```
/// #[derive(Debug, thiserror::Error, errdocs::ApiError)]
/// #[api_error(docs = "../docs/errors")]
/// #[error("too many requests")]
/// struct RateLimited {
///     #[api_error(retry_after)]
///     wait: std::time::Duration,
/// }
///
/// use errdocs::ApiError;
/// let err = RateLimited { wait: std::time::Duration::from_secs(30) };
/// assert_eq!(err.status().as_u16(), 429);
/// assert!(err.is_retryable());
/// assert_eq!(err.retry_after(), Some(std::time::Duration::from_secs(30)));
/// let body = serde_json::to_string(&err.body("req-1")).unwrap();
/// assert_eq!(
///     body,
///     r#"{"detail":"too many requests","code":"rate_limited","request_id":"req-1","doc_url":"https://docs.lasscyber.com/errors/rate_limited"}"#
/// );
/// ```
pub trait ApiError: std::error::Error {
    /// The page of this error.
    fn doc(&self) -> &'static ErrorDoc;

    /// The human-readable detail sent in the body. For 5xx errors it never contains the
    /// error's `Display` or source, only the page's summary or a `detail` template.
    fn detail(&self) -> Cow<'_, str>;

    /// How long the client should wait, when the error carries a `retry_after` field.
    fn retry_after(&self) -> Option<Duration> {
        None
    }

    /// The body shape of this error.
    fn envelope(&self) -> Envelope {
        Envelope::Errdocs
    }

    /// The HTTP status from the page.
    fn status(&self) -> http::StatusCode {
        self.doc().status_code()
    }

    /// The error code from the page.
    fn code(&self) -> &'static str {
        self.doc().code
    }

    /// The page's retry flag.
    fn is_retryable(&self) -> bool {
        self.doc().retry.retryable
    }

    /// The page's URL.
    fn doc_url(&self) -> &'static str {
        self.doc().doc_url
    }

    /// The members this error's body carries beyond the envelope's keys (its
    /// `#[api_error(body)]` fields); none by default.
    fn members(&self) -> crate::members::Members<'_> {
        crate::members::Members::NONE
    }

    /// The documented body: `detail`, `code`, `request_id`, `doc_url`, then the members.
    fn body<'a>(&'a self, request_id: &'a str) -> ErrorBody<'a> {
        let mut body = self.doc().body(self.detail(), request_id);
        body.members = self.members();
        body
    }

    /// The whole HTTP response, for hyper and other stacks: status, headers and the body of
    /// [`envelope`](ApiError::envelope), for the request in scope (see
    /// [`request::scope`](crate::request::scope)) or else a fresh request id.
    ///
    /// ```
    /// #[derive(Debug, thiserror::Error, errdocs::ApiError)]
    /// #[api_error(docs = "../docs/errors")]
    /// #[error("conflict")]
    /// struct Conflict;
    ///
    /// use errdocs::ApiError;
    /// let response: http::Response<Vec<u8>> = Conflict.to_response();
    /// assert_eq!(response.status(), 409);
    /// assert_eq!(response.headers()["x-request-id"].len(), 36);
    /// ```
    fn to_response(&self) -> http::Response<Vec<u8>> {
        crate::response::build(self, &crate::request::current_or_new())
    }

    /// The gRPC status (needs the `tonic` feature): the page's gRPC code, the detail, and
    /// the google.rpc details (see [`errdocs::tonic`](crate::tonic)), for the request in
    /// scope or else a fresh request id. `tonic::Status::from(err)` does the same by value.
    ///
    /// ```
    /// #[derive(Debug, thiserror::Error, errdocs::ApiError)]
    /// #[api_error(docs = "../docs/errors")]
    /// #[error("conflict")]
    /// struct Conflict;
    ///
    /// use errdocs::ApiError;
    /// assert_eq!(Conflict.to_status().code(), tonic::Code::Aborted);
    /// ```
    #[cfg(feature = "tonic")]
    fn to_status(&self) -> tonic::Status {
        crate::tonic::build(self, &crate::request::current_or_new())
    }

    /// The RFC 9457 body: `type`, `title`, `status`, `detail`, `instance`, `code`, `request_id`.
    fn problem<'a>(&'a self, request_id: &'a str, instance: &'a str) -> ProblemDetails<'a> {
        let mut problem = self.doc().problem(self.detail(), request_id, instance);
        problem.members = self.members();
        problem
    }
}

/// The pages of a derived error type, known without a value (for OpenAPI documents).
///
/// Implemented by `#[derive(ApiError)]`.
///
/// ```
/// #[derive(Debug, thiserror::Error, errdocs::ApiError)]
/// #[api_error(docs = "../docs/errors")]
/// enum AppError {
///     #[error("no")]
///     Forbidden,
///     #[error("gone")]
///     NotFound,
/// }
///
/// use errdocs::Documented;
/// let codes: Vec<&str> = AppError::DOCS.iter().map(|d| d.code).collect();
/// assert_eq!(codes, ["forbidden", "not_found"]);
/// assert_eq!(AppError::ENVELOPE, errdocs::Envelope::Errdocs);
/// ```
pub trait Documented {
    /// The page of each variant, in declaration order.
    const DOCS: &'static [ErrorDoc];
    /// The body shape the type's responses use.
    const ENVELOPE: Envelope;
}

/// A code enum generated by `catalog!` or `include_catalog!` (`ErrorCode`).
pub trait CatalogCode: Copy + Eq + std::fmt::Debug + 'static {
    /// Every code, in the catalog's order.
    const ALL: &'static [Self];

    /// The code of a code string, if the catalog has it.
    fn from_code(code: &str) -> Option<Self>;

    /// The page of this code.
    fn doc(self) -> &'static ErrorDoc;
}
