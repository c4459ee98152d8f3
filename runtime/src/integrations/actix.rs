//! actix-web 4: `ResponseError` for derived errors, a middleware carrying the request id, and
//! one that answers actix-web's own errors with the catalog's pages.
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

use std::future::{Future, Ready, ready};
use std::pin::Pin;
use std::rc::Rc;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::error::InternalError;
use actix_web::middleware::Next;
use actix_web::HttpResponse;

use crate::FrameworkErrors;
use crate::request::{self, REQUEST_ID_HEADER, RequestContext};

/// `ResponseError` for a derived type (`impl [generics] Type [where clause]`).
#[macro_export]
#[doc(hidden)]
macro_rules! __errdocs_actix {
    (impl [$($generics:tt)*] $ty:ty [$($where_clause:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private01::actix::actix_web::ResponseError for $ty $($where_clause)* {
            fn status_code(&self) -> $crate::__private01::actix::actix_web::http::StatusCode {
                $crate::__private01::actix::status_code(self)
            }
            fn error_response(&self) -> $crate::__private01::actix::actix_web::HttpResponse {
                $crate::__private01::actix::error_response(self)
            }
        }
    };
}

/// What generated code calls, as `__private01::actix::…`.
pub(crate) mod hooks {
    pub use ::actix_web;
    use actix_web::http::StatusCode;
    use actix_web::http::header::{HeaderName, HeaderValue};
    use actix_web::{HttpResponse, HttpResponseBuilder};

    use crate::ApiError;

    /// The status of a derived error, as actix-web's type.
    pub fn status_code(error: &dyn ApiError) -> StatusCode {
        convert_status(error.status())
    }

    /// The response of a derived error. Not generic: it is compiled once in errdocs, not
    /// once per error type in your crate.
    pub fn error_response(error: &dyn ApiError) -> HttpResponse {
        let ctx = crate::request::current_or_new();
        to_actix(crate::response::build(error, &ctx))
    }

    fn convert_status(status: http::StatusCode) -> StatusCode {
        StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// actix-web 4 has its own `http` types: convert through bytes.
    pub(crate) fn to_actix(response: http::Response<Vec<u8>>) -> HttpResponse {
        let (parts, body) = response.into_parts();
        let mut builder = HttpResponseBuilder::new(convert_status(parts.status));
        for (name, value) in &parts.headers {
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_str().as_bytes()),
                HeaderValue::from_bytes(value.as_bytes()),
            ) {
                builder.append_header((name, value));
            }
        }
        if parts.extensions.get::<crate::response::ErrdocsBody>().is_some() {
            builder
                .extensions_mut()
                .insert(crate::response::ErrdocsBody);
        }
        builder.body(body)
    }
}

/// Middleware (for `actix_web::middleware::from_fn`) that makes each request's id reach
/// error bodies: the request's safe `x-request-id`, or a fresh UUID v4, also set on the
/// response.
pub async fn request_id(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let ctx = context(&req);
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

/// The request's safe `x-request-id` (or a fresh one) and path.
fn context(req: &ServiceRequest) -> RequestContext {
    let id = req
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(request::sanitize_request_id);
    RequestContext {
        request_id: id.map_or_else(request::new_request_id, str::to_owned),
        path: req.path().to_owned(),
    }
}

/// Middleware (for `App::wrap`) that answers actix-web's own error responses (default 404,
/// 405 of a resource, JSON, query and path extractor errors, payload too large) with the
/// catalog's page for their status, in the envelope and with the request id; see
/// [`FrameworkErrors`].
///
/// Responses errdocs built are left as they are; so are responses below 400. Headers of
/// the framework's response are kept. It covers the default service too, so no
/// `default_service` is needed:
///
/// ```
/// use actix_web::{App, web, middleware::from_fn};
/// errdocs::catalog!("../docs/errors");
///
/// let errors = errdocs::FrameworkErrors::for_catalog::<ErrorCode>()
///     .status(400, "bad_request")
///     .build()
///     .unwrap();
/// let app = App::new()
///     .route("/me", web::get().to(|| async { "me" }))
///     .wrap(errdocs::actix::FrameworkErrorsMiddleware::new(errors))
///     .wrap(from_fn(errdocs::actix::request_id));
/// ```
#[derive(Debug, Clone)]
pub struct FrameworkErrorsMiddleware {
    errors: Rc<FrameworkErrors>,
}

impl FrameworkErrorsMiddleware {
    /// The middleware answering with these pages.
    pub fn new(errors: FrameworkErrors) -> FrameworkErrorsMiddleware {
        FrameworkErrorsMiddleware {
            errors: Rc::new(errors),
        }
    }
}

impl<S, B> Transform<S, ServiceRequest> for FrameworkErrorsMiddleware
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Transform = FrameworkErrorsService<S>;
    type InitError = ();
    type Future = Ready<Result<FrameworkErrorsService<S>, ()>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(FrameworkErrorsService {
            service: Rc::new(service),
            errors: Rc::clone(&self.errors),
        }))
    }
}

/// The service of [`FrameworkErrorsMiddleware`].
#[derive(Debug)]
pub struct FrameworkErrorsService<S> {
    service: Rc<S>,
    errors: Rc<FrameworkErrors>,
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T>>>;

impl<S, B> Service<ServiceRequest> for FrameworkErrorsService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Future = BoxFuture<Result<ServiceResponse<EitherBody<B>>, actix_web::Error>>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        let from_request = context(&req);
        let errors = Rc::clone(&self.errors);
        let future = self.service.call(req);
        Box::pin(async move {
            // Polled inside `request_id`'s scope when that middleware is outside this one.
            let ctx = request::current().unwrap_or(from_request);
            match future.await {
                Ok(response) => Ok(match page(&errors, response.response(), ctx) {
                    Some(page) => response.into_response(page).map_into_right_body(),
                    None => response.map_into_left_body(),
                }),
                // An error no inner service turned into a response yet: actix-web turns
                // it into its response outside, so give it the page as its response.
                Err(error) => match page(&errors, &error.error_response(), ctx) {
                    Some(page) => Err(InternalError::from_response(error.to_string(), page).into()),
                    None => Err(error),
                },
            }
        })
    }
}

/// The page answering `response`, unless errdocs built it or it is no error.
fn page<B>(
    errors: &FrameworkErrors,
    response: &HttpResponse<B>,
    ctx: RequestContext,
) -> Option<HttpResponse> {
    let built_by_errdocs = response
        .extensions()
        .get::<crate::response::ErrdocsBody>()
        .is_some();
    let inner_id = response
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok());
    let replaced = errors.replace(
        response.status().as_u16(),
        built_by_errdocs,
        inner_id,
        ctx,
    )?;
    let mut page = hooks::to_actix(replaced);
    let kept: Vec<_> = response
        .headers()
        .iter()
        .filter(|(name, _)| !page.headers().contains_key(*name) && !is_body_header(name))
        .map(|(name, value)| (name.clone(), value.clone()))
        .collect();
    for (name, value) in kept {
        page.headers_mut().append(name, value);
    }
    Some(page)
}

/// Headers describing the framework's body, which the page's body replaces.
fn is_body_header(name: &HeaderName) -> bool {
    use actix_web::http::header::{CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, TRANSFER_ENCODING};
    [CONTENT_LENGTH, CONTENT_TYPE, CONTENT_ENCODING, TRANSFER_ENCODING].contains(name)
}
