//! Building the HTTP response of an error: status, headers, body; logging 5xx.

use std::fmt::Write as _;

use http::header::{CONTENT_TYPE, HeaderValue, RETRY_AFTER};

use crate::members::Members;
use crate::request::{REQUEST_ID_HEADER, RequestContext};
use crate::{ApiError, Envelope};

/// Marks a response whose body errdocs built (an extension on every response of [`build`]):
/// the framework-error layers ([`FrameworkErrors`](crate::FrameworkErrors)) leave such
/// responses as they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrdocsBody;

/// The response of `error` for the request `ctx`: the page's status, the envelope's
/// content type and body, `x-request-id`, and `Retry-After` in whole seconds when the
/// error carries one. 5xx errors are logged with their full source chain. The response
/// carries the [`ErrdocsBody`] extension.
///
/// ```
/// #[derive(Debug, thiserror::Error, errdocs::ApiError)]
/// #[error("gone")]
/// struct NotFound;
///
/// let ctx = errdocs::request::RequestContext { request_id: "r-1".into(), path: "/x".into() };
/// let response = errdocs::response::build(&NotFound, &ctx);
/// assert_eq!(response.status(), 404);
/// assert_eq!(response.headers()["x-request-id"], "r-1");
/// assert_eq!(response.headers()["content-type"], "application/json");
/// assert!(response.extensions().get::<errdocs::response::ErrdocsBody>().is_some());
/// ```
pub fn build<E: ApiError + ?Sized>(error: &E, ctx: &RequestContext) -> http::Response<Vec<u8>> {
    log_server_error(error, ctx);
    let envelope = error.envelope();
    let body = body(error, ctx);
    let content_type = envelope.media_type();
    let mut response = http::Response::new(body);
    *response.status_mut() = error.status();
    response.extensions_mut().insert(ErrdocsBody);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(id) = HeaderValue::from_str(&ctx.request_id) {
        headers.insert(REQUEST_ID_HEADER, id);
    }
    if let Some(wait) = error.retry_after() {
        // Round up: telling a client to come back early only earns another error.
        let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
        headers.insert(RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}

/// The JSON body of `error` for the request `ctx`, as [`build`] sends it: the envelope's keys,
/// then the error's members written straight into the same buffer. A member that fails to
/// serialize (a map with non-string keys) is left out with the others, and logged.
///
/// ```
/// #[derive(Debug, thiserror::Error, errdocs::ApiError)]
/// #[error("declined")]
/// struct CardDeclined {
///     #[api_error(body)]
///     decline_code: String,
/// }
///
/// let ctx = errdocs::request::RequestContext { request_id: "r-1".into(), path: "/x".into() };
/// let body = errdocs::response::body(&CardDeclined { decline_code: "expired_card".into() }, &ctx);
/// assert!(body.ends_with(br#"/errors/billing/card_declined","decline_code":"expired_card"}"#));
/// ```
pub fn body<E: ApiError + ?Sized>(error: &E, ctx: &RequestContext) -> Vec<u8> {
    let members = error.members();
    // One buffer for the whole body: most error bodies fit in 256 bytes.
    let mut body = Vec::with_capacity(256);
    // The envelope's keys (strings and numbers always serialize), then the members.
    let written = match error.envelope() {
        Envelope::Errdocs => {
            let mut envelope = error.body(&ctx.request_id);
            envelope.members = Members::NONE;
            serde_json::to_writer(&mut body, &envelope)
        }
        Envelope::Problem => {
            let mut problem = error.problem(&ctx.request_id, &ctx.path);
            problem.members = Members::NONE;
            serde_json::to_writer(&mut body, &problem)
        }
    };
    if written.is_err() {
        body.clear();
    }
    if !members.is_none() && body.last() == Some(&b'}') {
        let envelope_len = body.len() - 1;
        body.truncate(envelope_len);
        if let Err(e) = members.write_json(&mut body) {
            tracing::error!(
                request_id = %ctx.request_id,
                code = error.code(),
                error = %e,
                "a body member failed to serialize; sent the envelope without members"
            );
            body.truncate(envelope_len);
        }
        body.push(b'}');
    }
    body
}

/// Logs `error` with its whole source chain when it is a 5xx, as every integration does
/// (HTTP and gRPC): the response never shows that text, the log does.
pub(crate) fn log_server_error<E: ApiError + ?Sized>(error: &E, ctx: &RequestContext) {
    let doc = error.doc();
    if doc.is_server_error() {
        tracing::error!(
            request_id = %ctx.request_id,
            code = doc.code,
            status = doc.status,
            error = %source_chain(error),
            "request failed with a server error"
        );
    }
}

/// `error: source: source…`, the whole chain on one line.
pub fn source_chain<E: std::error::Error + ?Sized>(error: &E) -> String {
    let mut out = error.to_string();
    let mut source = error.source();
    while let Some(s) = source {
        let _ = write!(out, ": {s}");
        source = s.source();
    }
    out
}
