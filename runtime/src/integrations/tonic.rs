//! tonic 0.14: `tonic::Status` with google.rpc error details for derived errors, a layer that
//! carries the request id, and [`from_status`] for clients.
//!
//! A derived error converts into a [`tonic::Status`] (`From`, [`ApiError::to_status`] or
//! [`status`]) with:
//!
//! - the page's gRPC code ([`ErrorDoc::grpc_code`]: its `gRPC code`, else the one its HTTP
//!   status maps to);
//! - the error's [`detail`](ApiError::detail) as the message (for 5xx errors, as over HTTP,
//!   never the error's own text or source: only the page's summary or `detail` template);
//! - the details of AIP-193: `ErrorInfo` (`reason` = the page's code, `domain` = the
//!   `domain` of `errdocs.toml`, else the host of `doc_url`), `RetryInfo` when the error
//!   carries a retry-after, `Help` with the doc URL, `RequestInfo` with the request id;
//! - the request id as `x-request-id` metadata.
//!
//! 5xx errors are logged with their source chain, as by the HTTP integrations.
//!
//! ```
//! #[derive(Debug, thiserror::Error, errdocs::ApiError)]
//! #[error("no such scan")]
//! struct NotFound;
//!
//! use tonic_types::StatusExt as _;
//! let status = tonic::Status::from(NotFound);
//! assert_eq!(status.code(), tonic::Code::NotFound);
//! assert_eq!(status.message(), "no such scan");
//! let info = status.get_details_error_info().unwrap();
//! assert_eq!((info.reason.as_str(), info.domain.as_str()), ("not_found", "api.lasscyber.com"));
//! let help = status.get_details_help().unwrap();
//! assert_eq!(help.links[0].url, "https://docs.lasscyber.com/errors/not_found");
//! ```

use std::time::Duration;

use tonic::metadata::MetadataValue;
use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt as _};

use crate::client::{self, ApiFailure, Parts};
use crate::request::{self, REQUEST_ID_HEADER, RequestContext};
use crate::{ApiError, CatalogCode, ErrorDoc};

/// The status of a derived error (what its generated `From` calls), for the request in
/// scope (see [`RequestIdLayer`]) or else a fresh request id. Not generic: it is compiled
/// once in errdocs, not once per error type in your crate.
pub fn status(error: &dyn ApiError) -> Status {
    // The id alone: the path is not sent over gRPC.
    let request_id = request::current_request_id().unwrap_or_else(request::new_request_id);
    build_for(error, request_id)
}

/// The status of `error` for the request `ctx`; see the [module](self) for what it holds.
///
/// ```
/// #[derive(Debug, thiserror::Error, errdocs::ApiError)]
/// #[error("slow down")]
/// struct RateLimited {
///     #[api_error(retry_after)]
///     wait: std::time::Duration,
/// }
///
/// use tonic_types::StatusExt as _;
/// let ctx = errdocs::request::RequestContext { request_id: "r-1".into(), path: "/x".into() };
/// let status = errdocs::tonic::build(&RateLimited { wait: std::time::Duration::from_secs(3) }, &ctx);
/// assert_eq!(status.code(), tonic::Code::ResourceExhausted);
/// let retry = status.get_details_retry_info().unwrap();
/// assert_eq!(retry.retry_delay, Some(std::time::Duration::from_secs(3)));
/// assert_eq!(status.get_details_request_info().unwrap().request_id, "r-1");
/// assert_eq!(status.metadata().get("x-request-id").unwrap(), "r-1");
/// ```
pub fn build<E: ApiError + ?Sized>(error: &E, ctx: &RequestContext) -> Status {
    build_for(error, ctx.request_id.clone())
}

/// [`build`] for the request `request_id`, which moves into the `RequestInfo`.
fn build_for<E: ApiError + ?Sized>(error: &E, request_id: String) -> Status {
    let doc = error.doc();
    let ctx = RequestContext {
        request_id,
        path: String::new(),
    };
    crate::response::log_server_error(error, &ctx);
    let metadata_id = MetadataValue::try_from(ctx.request_id.as_str());
    let mut details = ErrorDetails::new();
    details.set_error_info(doc.code, doc.domain, std::collections::HashMap::new());
    if let Some(wait) = error.retry_after() {
        details.set_retry_info(Some(wait));
    }
    details.set_request_info(ctx.request_id, "");
    details.add_help_link(doc.summary, doc.doc_url);
    let mut status = Status::with_error_details(code(doc), error.detail(), details);
    if let Ok(id) = metadata_id {
        status.metadata_mut().insert(REQUEST_ID_HEADER, id);
    }
    status
}

/// The [`tonic::Code`] of a page ([`ErrorDoc::grpc_code`]); `UNKNOWN` for a name tonic does
/// not know, which the parser never lets through.
///
/// ```
/// errdocs::catalog!("../docs/errors");
/// assert_eq!(errdocs::tonic::code(ErrorCode::RateLimited.doc()), tonic::Code::ResourceExhausted);
/// ```
pub fn code(doc: &ErrorDoc) -> Code {
    match doc.grpc_code {
        "CANCELLED" => Code::Cancelled,
        "INVALID_ARGUMENT" => Code::InvalidArgument,
        "DEADLINE_EXCEEDED" => Code::DeadlineExceeded,
        "NOT_FOUND" => Code::NotFound,
        "ALREADY_EXISTS" => Code::AlreadyExists,
        "PERMISSION_DENIED" => Code::PermissionDenied,
        "RESOURCE_EXHAUSTED" => Code::ResourceExhausted,
        "FAILED_PRECONDITION" => Code::FailedPrecondition,
        "ABORTED" => Code::Aborted,
        "OUT_OF_RANGE" => Code::OutOfRange,
        "UNIMPLEMENTED" => Code::Unimplemented,
        "INTERNAL" => Code::Internal,
        "UNAVAILABLE" => Code::Unavailable,
        "DATA_LOSS" => Code::DataLoss,
        "UNAUTHENTICATED" => Code::Unauthenticated,
        _ => Code::Unknown,
    }
}

/// The HTTP status a gRPC code stands for when the catalog does not know the error (the
/// `google.rpc.Code` table, as grpc-gateway uses it): so that
/// [`ApiFailure::is_retryable`] treats `UNAVAILABLE` like a 503.
pub fn http_status(code: Code) -> http::StatusCode {
    use http::StatusCode as S;
    match code {
        Code::Ok => S::OK,
        Code::Cancelled => S::from_u16(499).unwrap_or(S::BAD_REQUEST),
        Code::InvalidArgument | Code::FailedPrecondition | Code::OutOfRange => S::BAD_REQUEST,
        Code::DeadlineExceeded => S::GATEWAY_TIMEOUT,
        Code::NotFound => S::NOT_FOUND,
        Code::AlreadyExists | Code::Aborted => S::CONFLICT,
        Code::PermissionDenied => S::FORBIDDEN,
        Code::Unauthenticated => S::UNAUTHORIZED,
        Code::ResourceExhausted => S::TOO_MANY_REQUESTS,
        Code::Unimplemented => S::NOT_IMPLEMENTED,
        Code::Unavailable => S::SERVICE_UNAVAILABLE,
        Code::Unknown | Code::Internal | Code::DataLoss => S::INTERNAL_SERVER_ERROR,
    }
}

/// Reads a failed call's [`Status`] into the same [`ApiFailure`] as
/// [`client::parse`](crate::client::parse) gives for HTTP: the code from
/// `ErrorInfo.reason`, the detail from the message, the request id from `RequestInfo` (or
/// `x-request-id` metadata), the doc URL from the first `Help` link, the retry-after from
/// `RetryInfo`. `status` is the page's HTTP status for a known code, else
/// [`http_status`] of the gRPC code.
///
/// A status without details, or with details that do not decode, still gives a failure
/// (with what the code and message tell), never a panic; each detail is read on its own, so
/// one broken detail does not hide the others. Strings are cut at 4096 bytes.
///
/// ```
/// errdocs::catalog!("../docs/errors");
///
/// let plain = tonic::Status::unavailable("try later");
/// let failure = errdocs::client::from_status::<ErrorCode>(&plain);
/// assert_eq!(failure.code, None);
/// assert_eq!(failure.status, 503);
/// assert_eq!(failure.detail.as_deref(), Some("try later"));
/// assert!(failure.is_retryable());
/// ```
pub fn from_status<C: CatalogCode>(status: &Status) -> ApiFailure<C> {
    let reason = status.get_details_error_info().map(|i| i.reason);
    let header_id = status
        .metadata()
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(request::sanitize_request_id)
        .map(str::to_owned);
    let request_id = status
        .get_details_request_info()
        .map(|r| r.request_id)
        .filter(|id| !id.trim().is_empty())
        .or(header_id);
    let doc_url = status.get_details_help().and_then(|h| {
        h.links
            .into_iter()
            .map(|l| l.url)
            .find(|u| !u.trim().is_empty())
    });
    let retry_after = status
        .get_details_retry_info()
        .and_then(|r| r.retry_delay)
        .map(|d| d.min(Duration::from_secs(u32::MAX.into())));
    // A known code has its page's HTTP status; anything else the standard mapping's.
    let http = reason
        .as_deref()
        .and_then(C::from_code)
        .map_or_else(|| http_status(status.code()).as_u16(), |c| c.doc().status);
    client::from_parts(Parts {
        status: http,
        code: reason.as_deref(),
        detail: Some(status.message()),
        request_id: request_id.as_deref(),
        doc_url: doc_url.as_deref(),
        retry_after,
    })
}

pub use crate::request_layer::{RequestIdLayer, RequestIdService};

/// `From<E> for tonic::Status` for a derived type.
#[macro_export]
#[doc(hidden)]
macro_rules! __errdocs_tonic {
    (impl [$($generics:tt)*] $ty:ty [$($where_clause:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* ::core::convert::From<$ty> for $crate::__private01::tonic::tonic::Status $($where_clause)* {
            fn from(error: $ty) -> Self {
                $crate::__private01::tonic::status(&error)
            }
        }
    };
}

/// What generated code calls, as `__private01::tonic::…`.
pub(crate) mod hooks {
    pub use super::status;
    pub use ::tonic;
}
