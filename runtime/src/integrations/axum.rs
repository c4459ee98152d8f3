//! axum 0.8: `IntoResponse` for derived errors, a layer that carries the request id, and
//! one that answers axum's own errors with the catalog's pages.
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
use std::sync::Arc;
use std::task::{Context, Poll};

use axum_core::response::Response;

use crate::FrameworkErrors;
use crate::request::{self, REQUEST_ID_HEADER, RequestContext};

/// `IntoResponse` for a derived type (`impl [generics] Type [where clause]`).
#[macro_export]
#[doc(hidden)]
macro_rules! __errdocs_axum {
    (impl [$($generics:tt)*] $ty:ty [$($where_clause:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private01::axum::axum_core::response::IntoResponse for $ty $($where_clause)* {
            fn into_response(self) -> $crate::__private01::axum::axum_core::response::Response {
                $crate::__private01::axum::into_response(&self)
            }
        }
    };
}

/// What generated code calls, as `__private01::axum::…`.
pub(crate) mod hooks {
    pub use ::axum_core;
    use axum_core::body::Body;
    use axum_core::response::Response;

    use crate::ApiError;

    /// The response of a derived error. Not generic: it is compiled once in errdocs, not
    /// once per error type in your crate.
    pub fn into_response(error: &dyn ApiError) -> Response {
        let ctx = crate::request::current_or_new();
        crate::response::build(error, &ctx).map(Body::from)
    }
}

pub use crate::request_layer::{RequestIdLayer, RequestIdService};

/// A layer that answers axum's own error responses (unknown route, wrong method, `Json`,
/// `Query` and `Path` rejections, body over the limit) with the catalog's page for their
/// status, in the envelope and with the request id; see [`FrameworkErrors`].
///
/// Responses errdocs built are left as they are; so are responses below 400. Headers of the
/// framework's response (such as `allow` on a 405) are kept. Add it with `Router::layer`
/// after the routes (and fallback), so that it wraps them all:
///
/// ```
/// use axum::{Router, routing::get};
/// errdocs::catalog!("../docs/errors");
///
/// let errors = errdocs::FrameworkErrors::for_catalog::<ErrorCode>()
///     .status(400, "bad_request")
///     .build()
///     .unwrap();
/// let app: Router = Router::new()
///     .route("/me", get(|| async { "me" }))
///     .layer(errdocs::axum::FrameworkErrorsLayer::new(errors))
///     .layer(errdocs::axum::RequestIdLayer::new());
/// ```
#[derive(Debug, Clone)]
pub struct FrameworkErrorsLayer {
    errors: Arc<FrameworkErrors>,
}

impl FrameworkErrorsLayer {
    /// The layer answering with these pages.
    pub fn new(errors: FrameworkErrors) -> FrameworkErrorsLayer {
        FrameworkErrorsLayer {
            errors: Arc::new(errors),
        }
    }
}

impl<S> tower_layer::Layer<S> for FrameworkErrorsLayer {
    type Service = FrameworkErrorsService<S>;

    fn layer(&self, inner: S) -> FrameworkErrorsService<S> {
        FrameworkErrorsService {
            inner,
            errors: Arc::clone(&self.errors),
        }
    }
}

/// The service of [`FrameworkErrorsLayer`].
#[derive(Debug, Clone)]
pub struct FrameworkErrorsService<S> {
    inner: S,
    errors: Arc<FrameworkErrors>,
}

impl<S, B> tower_service::Service<http::Request<B>> for FrameworkErrorsService<S>
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

    fn call(&mut self, req: http::Request<B>) -> Self::Future {
        let from_request = RequestContext::from_headers(req.headers(), req.uri().path());
        let errors = Arc::clone(&self.errors);
        let future = self.inner.call(req);
        Box::pin(async move {
            let response = future.await?;
            // Polled inside `RequestIdLayer`'s scope when that layer is outside this one.
            let ctx = request::current().unwrap_or(from_request);
            Ok(rewrite(&errors, response, ctx))
        })
    }
}

/// `response` answered with its page, unless errdocs built it or it is no error.
fn rewrite(errors: &FrameworkErrors, response: Response, ctx: RequestContext) -> Response {
    let built_by_errdocs = response
        .extensions()
        .get::<crate::response::ErrdocsBody>()
        .is_some();
    let inner_id = response
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok());
    let Some(page) = errors.replace(
        response.status().as_u16(),
        built_by_errdocs,
        inner_id,
        ctx,
    ) else {
        return response;
    };
    let (mut parts, body) = page.into_parts();
    let kept: Vec<_> = response
        .headers()
        .iter()
        .filter(|(name, _)| !parts.headers.contains_key(*name) && !is_body_header(name))
        .map(|(name, value)| (name.clone(), value.clone()))
        .collect();
    for (name, value) in kept {
        parts.headers.append(name, value);
    }
    Response::from_parts(parts, axum_core::body::Body::from(body))
}

/// Headers describing the framework's body, which the page's body replaces.
fn is_body_header(name: &http::HeaderName) -> bool {
    use http::header::{CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, TRANSFER_ENCODING};
    [CONTENT_LENGTH, CONTENT_TYPE, CONTENT_ENCODING, TRANSFER_ENCODING].contains(name)
}
