//! axum 0.8: `IntoResponse` for derived errors, and a layer that carries the request id.
//!
//! ```
//! use axum::{Router, routing::get};
//!
//! #[derive(Debug, thiserror::Error, errdocs::ApiError)]
//! #[error("no such scan")]
//! struct NotFound;
//!
//! async fn scan() -> Result<String, NotFound> {
//!     Err(NotFound)
//! }
//!
//! let app: Router = Router::new()
//!     .route("/scans/{id}", get(scan))
//!     .layer(errdocs::axum::RequestIdLayer::new());
//! ```

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum_core::body::Body;
use axum_core::response::Response;

use crate::ApiError;
use crate::request::{self, REQUEST_ID_HEADER, RequestContext};

/// The response of a derived error (what its generated `IntoResponse` calls). Not
/// generic: it is compiled once in errdocs, not once per error type in your crate.
pub fn into_response(error: &dyn ApiError) -> Response {
    let ctx = request::current_or_new();
    crate::response::build(error, &ctx).map(Body::from)
}

/// A layer that makes each request's id reach error bodies.
///
/// It reads `x-request-id` (as set by the client or by tower-http's `SetRequestIdLayer`,
/// which must then sit outside this layer), keeps it if it is safe to echo, otherwise makes
/// a fresh UUID v4; sets the header on the request for inner services and on the response.
#[derive(Debug, Clone, Copy, Default)]
pub struct RequestIdLayer {
    _private: (),
}

impl RequestIdLayer {
    /// The layer.
    pub fn new() -> RequestIdLayer {
        RequestIdLayer::default()
    }
}

impl<S> tower_layer::Layer<S> for RequestIdLayer {
    type Service = RequestIdService<S>;

    fn layer(&self, inner: S) -> RequestIdService<S> {
        RequestIdService { inner }
    }
}

/// The service of [`RequestIdLayer`].
#[derive(Debug, Clone)]
pub struct RequestIdService<S> {
    inner: S,
}

impl<S, B> tower_service::Service<http::Request<B>> for RequestIdService<S>
where
    S: tower_service::Service<http::Request<B>, Response = Response>,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: http::Request<B>) -> Self::Future {
        let ctx = RequestContext::from_headers(req.headers(), req.uri().path());
        if let Ok(value) = http::HeaderValue::from_str(&ctx.request_id) {
            req.headers_mut().insert(REQUEST_ID_HEADER, value.clone());
            let future = request::scope(ctx, self.inner.call(req));
            Box::pin(async move {
                let mut response = future.await?;
                response
                    .headers_mut()
                    .entry(REQUEST_ID_HEADER)
                    .or_insert(value);
                Ok(response)
            })
        } else {
            Box::pin(self.inner.call(req))
        }
    }
}
