//! The request an error answers: its id (from `x-request-id`, or fresh) and its path.
//!
//! Framework layers ([`axum`](crate::axum), [`actix`](crate::actix),
//! [`tonic`](crate::tonic)) run each request inside [`scope`], so an error converted into a
//! response deep in a handler still knows which request it belongs to, with no extractor in
//! the handler's signature.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// The longest request id echoed back; longer ones are replaced by a fresh id.
pub const MAX_REQUEST_ID_LEN: usize = 128;

/// The header carrying the request id, as tower-http's request-id layers use it.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// What an error response needs to know about its request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RequestContext {
    /// The request id to echo in the body and the `x-request-id` header.
    pub request_id: String,
    /// The request's path, used as RFC 9457 `instance`.
    pub path: String,
}

impl RequestContext {
    /// The context of a request with these headers and path: its `x-request-id` when that
    /// is safe to echo, else a fresh UUID v4.
    ///
    /// ```
    /// let mut headers = http::HeaderMap::new();
    /// headers.insert("x-request-id", "abc-123".parse().unwrap());
    /// let ctx = errdocs::request::RequestContext::from_headers(&headers, "/scans");
    /// assert_eq!(ctx.request_id, "abc-123");
    ///
    /// headers.insert("x-request-id", "<script>".parse().unwrap());
    /// let ctx = errdocs::request::RequestContext::from_headers(&headers, "/scans");
    /// assert_eq!(ctx.request_id.len(), 36);
    /// ```
    pub fn from_headers(headers: &http::HeaderMap, path: &str) -> RequestContext {
        let id = headers
            .get(REQUEST_ID_HEADER)
            .and_then(|v| v.to_str().ok())
            .and_then(sanitize_request_id);
        RequestContext {
            request_id: id.map_or_else(new_request_id, str::to_owned),
            path: path.to_owned(),
        }
    }
}

/// `id` if it is safe to echo: 1–128 characters of `A-Z a-z 0-9 - _ . :`.
///
/// ```
/// assert_eq!(errdocs::request::sanitize_request_id("5b3f6c7e-7d24"), Some("5b3f6c7e-7d24"));
/// assert_eq!(errdocs::request::sanitize_request_id("a b"), None);
/// assert_eq!(errdocs::request::sanitize_request_id(&"x".repeat(129)), None);
/// ```
pub fn sanitize_request_id(id: &str) -> Option<&str> {
    let ok = !id.is_empty()
        && id.len() <= MAX_REQUEST_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'));
    ok.then_some(id)
}

/// A fresh request id (UUID v4).
pub fn new_request_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

thread_local! {
    static CURRENT: RefCell<Option<RequestContext>> = const { RefCell::new(None) };
}

/// The context of the request being handled on this task, if a layer set one.
pub fn current() -> Option<RequestContext> {
    CURRENT.with(|c| c.borrow().clone())
}

/// The request id of the [`current`] request, copying nothing else of its context.
#[cfg(feature = "tonic")]
pub(crate) fn current_request_id() -> Option<String> {
    CURRENT.with(|c| c.borrow().as_ref().map(|ctx| ctx.request_id.clone()))
}

/// The current context, or a fresh one (new id, empty path) outside any request scope.
pub fn current_or_new() -> RequestContext {
    current().unwrap_or_else(|| RequestContext {
        request_id: new_request_id(),
        path: String::new(),
    })
}

/// Runs `future` with `ctx` as the [`current`] request, on whatever executor polls it.
///
/// ```
/// let ctx = errdocs::request::RequestContext { request_id: "r-1".into(), path: "/".into() };
/// let fut = errdocs::request::scope(ctx, async { errdocs::request::current().unwrap().request_id });
/// # let id = futures_lite_block_on(fut);
/// # fn futures_lite_block_on<F: std::future::Future>(f: F) -> F::Output {
/// #     let waker = std::task::Waker::noop();
/// #     let mut cx = std::task::Context::from_waker(&waker);
/// #     let mut f = std::pin::pin!(f);
/// #     loop { if let std::task::Poll::Ready(v) = f.as_mut().poll(&mut cx) { return v; } }
/// # }
/// assert_eq!(id, "r-1");
/// ```
pub fn scope<F: Future>(ctx: RequestContext, future: F) -> Scoped<F> {
    Scoped {
        ctx: Some(ctx),
        future,
    }
}

pin_project_lite::pin_project! {
    /// A future running inside a request scope; see [`scope`].
    pub struct Scoped<F> {
        ctx: Option<RequestContext>,
        #[pin]
        future: F,
    }
}

impl<F: Future> Future for Scoped<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.project();
        let previous = CURRENT.with(|c| c.replace(this.ctx.take()));
        // Put the context back even if the inner future panics.
        struct Restore<'a> {
            slot: &'a mut Option<RequestContext>,
            previous: Option<Option<RequestContext>>,
        }
        impl Drop for Restore<'_> {
            fn drop(&mut self) {
                let mine = CURRENT.with(|c| c.replace(self.previous.take().flatten()));
                *self.slot = mine;
            }
        }
        let _restore = Restore {
            slot: this.ctx,
            previous: Some(previous),
        };
        this.future.poll(cx)
    }
}
