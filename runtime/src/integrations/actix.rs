//! actix-web 4: `ResponseError` for derived errors, and a middleware carrying the request id.
//!
//! ```
//! use actix_web::{App, web, middleware::from_fn};
//!
//! #[derive(Debug, thiserror::Error, errdocs::ApiError)]
//! #[error("no such scan")]
//! struct NotFound;
//!
//! async fn scan() -> Result<String, NotFound> {
//!     Err(NotFound)
//! }
//!
//! let app = App::new()
//!     .wrap(from_fn(errdocs::actix::request_id))
//!     .route("/scans/{id}", web::get().to(scan));
//! ```

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, HttpResponseBuilder};

use crate::ApiError;
use crate::request::{self, REQUEST_ID_HEADER, RequestContext};

/// The response of a derived error (what its generated `ResponseError` calls).
/// Not generic: it is compiled once in errdocs, not once per error type in your crate.
pub fn error_response(error: &dyn ApiError) -> HttpResponse {
    let ctx = request::current_or_new();
    let (parts, body) = crate::response::build(error, &ctx).into_parts();
    // actix-web 4 has its own `http` types: convert through bytes.
    let status =
        StatusCode::from_u16(parts.status.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut builder = HttpResponseBuilder::new(status);
    for (name, value) in &parts.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_str().as_bytes()),
            HeaderValue::from_bytes(value.as_bytes()),
        ) {
            builder.insert_header((name, value));
        }
    }
    builder.body(body)
}

/// Middleware (for `actix_web::middleware::from_fn`) that makes each request's id reach
/// error bodies: the request's safe `x-request-id`, or a fresh UUID v4, also set on the
/// response.
pub async fn request_id(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let id = req
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(request::sanitize_request_id);
    let ctx = RequestContext {
        request_id: id.map_or_else(request::new_request_id, str::to_owned),
        path: req.path().to_owned(),
    };
    let value = HeaderValue::from_str(&ctx.request_id).ok();
    let mut response = request::scope(ctx, next.call(req)).await?;
    if let Some(value) = value
        && !response.headers().contains_key(REQUEST_ID_HEADER)
    {
        response
            .headers_mut()
            .insert(HeaderName::from_static(REQUEST_ID_HEADER), value);
    }
    Ok(response)
}
