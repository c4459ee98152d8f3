//! The request-id tower layer that the axum and tonic integrations share.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::request::{self, REQUEST_ID_HEADER, RequestContext};

/// A tower layer that makes each request's id reach error bodies and statuses (the axum
/// and tonic integrations export it).
///
/// It reads `x-request-id` (as set by the client or by tower-http's `SetRequestIdLayer`,
/// which must then sit outside this layer), keeps it if it is safe to echo, otherwise makes
/// a fresh UUID v4; sets the header on the request for inner services and on the response,
/// and puts the id in scope for the errors the request produces.
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

impl<S, B, R> tower_service::Service<http::Request<B>> for RequestIdService<S>
where
    S: tower_service::Service<http::Request<B>, Response = http::Response<R>>,
    S::Future: Send + 'static,
{
    type Response = http::Response<R>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<http::Response<R>, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: http::Request<B>) -> Self::Future {
        let ctx = RequestContext::from_headers(req.headers(), req.uri().path());
        let Ok(value) = http::HeaderValue::from_str(&ctx.request_id) else {
            return Box::pin(self.inner.call(req));
        };
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
    }
}
