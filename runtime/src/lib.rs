//! Markdown error pages as the single source of truth for an HTTP API's errors.
//!
//! Your docs folder holds one page per error (status, code, retry flag, causes, example
//! response, …). At build time errdocs reads those pages and generates the Rust side:
//!
//! - [`derive(ApiError)`](macro@ApiError) on your error enum takes each variant's status,
//!   code, retry flag, doc URL and summary from its page;
//! - [`catalog!`] (or `build.rs` with `errdocs_build::compile` and [`include_catalog!`])
//!   generates a whole `ErrorCode` enum from the folder;
//! - any disagreement between code and docs is a compile error pointing at the page's line.
//!
//! ```
//! #[derive(Debug, thiserror::Error, errdocs::ApiError)]
//! #[api_error(docs = "../docs/errors")]
//! enum AppError {
//!     #[error("invalid credentials")]
//!     Unauthorized,
//!     #[error("missing scope {scope}")]
//!     #[api_error(code = "forbidden", detail = "missing scope `{scope}`")]
//!     MissingScope { scope: String },
//! }
//!
//! use errdocs::ApiError as _;
//! let err = AppError::MissingScope { scope: "scans:write".into() };
//! assert_eq!(err.status(), http::StatusCode::FORBIDDEN);
//! assert_eq!(err.code(), "forbidden");
//! assert!(!err.is_retryable());
//! assert_eq!(err.doc_url(), "https://docs.lasscyber.com/errors/forbidden");
//! assert_eq!(err.detail(), "missing scope `scans:write`");
//! ```

#![warn(missing_docs)]

mod api_error;
mod body;
pub mod client;
mod doc;
pub mod request;
pub mod response;
mod unknown;

#[cfg(feature = "actix-web")]
#[path = "integrations/actix.rs"]
pub mod actix;
#[cfg(feature = "axum")]
#[path = "integrations/axum.rs"]
pub mod axum;
#[cfg(feature = "tonic")]
#[path = "integrations/tonic.rs"]
pub mod tonic;
#[cfg(feature = "utoipa")]
#[path = "integrations/utoipa.rs"]
pub mod utoipa;

pub use api_error::{ApiError, CatalogCode, Documented};
pub use body::{ErrorBody, PROBLEM_JSON, ProblemDetails};
pub use doc::{Envelope, ErrorDoc, Retry, SdkMapping};
pub use errdocs_macros::{ApiError, catalog};
pub use unknown::UnknownCode;

/// The markdown of `code`'s page, like `rustc --explain` (needs the `explain` feature,
/// on by default; without it the text is empty).
///
/// ```
/// errdocs::catalog!("../docs/errors");
/// let page = errdocs::explain(ErrorCode::Unauthorized);
/// assert!(page.contains("## How to fix"));
/// ```
pub fn explain<C: CatalogCode>(code: C) -> &'static str {
    code.doc().markdown
}

/// The markdown of the page of the code string `code`, if the catalog `C` has it.
///
/// ```
/// errdocs::catalog!("../docs/errors");
/// assert!(errdocs::explain_code::<ErrorCode>("forbidden").unwrap().starts_with("> ## Documentation Index"));
/// assert_eq!(errdocs::explain_code::<ErrorCode>("teapot"), None);
/// ```
pub fn explain_code<C: CatalogCode>(code: &str) -> Option<&'static str> {
    C::from_code(code).map(explain)
}

/// Includes the catalog that `errdocs_build::compile` wrote in `build.rs`.
///
/// ```ignore
/// // build.rs
/// fn main() { errdocs_build::compile("docs/errors").unwrap(); }
/// // src/lib.rs
/// errdocs::include_catalog!();
/// ```
#[macro_export]
macro_rules! include_catalog {
    () => {
        ::core::include!(::core::concat!(
            ::core::env!("OUT_DIR"),
            "/errdocs_catalog.rs"
        ));
    };
    ($file:literal) => {
        ::core::include!(::core::concat!(::core::env!("OUT_DIR"), "/", $file));
    };
}

/// Items used by generated code. Not public API: they change without notice.
#[doc(hidden)]
pub mod __private {
    pub use ::core;
    pub use ::http;
    pub use ::serde;
    pub use ::std::borrow::Cow;
    pub use ::std::format;
    pub use ::std::string::{String, ToString};
    pub use ::std::time::Duration;

    #[cfg(feature = "actix-web")]
    pub use ::actix_web;
    #[cfg(feature = "axum")]
    pub use ::axum_core;
    pub use ::std::collections::BTreeMap;
    #[cfg(feature = "tonic")]
    pub use ::tonic;
    #[cfg(feature = "utoipa")]
    pub use ::utoipa;

    pub use crate::{
        ApiError, CatalogCode, Documented, Envelope, ErrorDoc, Retry, SdkMapping, UnknownCode,
    };

    /// The page's markdown when the `explain` feature is on, else an empty string.
    #[cfg(feature = "explain")]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __errdocs_markdown {
        ($text:expr $(, $bytes:expr)?) => {
            $text
        };
    }

    /// The page's markdown when the `explain` feature is on, else an empty string.
    #[cfg(not(feature = "explain"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __errdocs_markdown {
        // Still read the page, so that editing it rebuilds the crate.
        ($text:expr, $bytes:expr) => {{
            const _: &[u8] = $bytes;
            ""
        }};
        ($text:expr) => {
            ""
        };
    }

    pub use crate::__errdocs_markdown as markdown;

    /// What the detail of a 4xx error without a `detail` template needs.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` has no `Display` to use as the detail of its 4xx errors",
        label = "no `Display`",
        note = "derive `thiserror::Error` (the usual pairing), or add `#[api_error(display)]` to the type"
    )]
    pub trait DisplayDetail: core::fmt::Display {}

    impl<T: core::fmt::Display + ?Sized> DisplayDetail for T {}

    /// The `Display` of `error` as its detail.
    pub fn display_detail<E: DisplayDetail + ?Sized>(error: &E) -> Cow<'_, str> {
        Cow::Owned(error.to_string())
    }

    /// Framework integrations for a derived type; each expands to nothing when its
    /// feature is off, so the derive never needs to know which features are on.
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __errdocs_integrations {
        ($($input:tt)*) => {
            $crate::__errdocs_axum! { $($input)* }
            $crate::__errdocs_actix! { $($input)* }
            $crate::__errdocs_utoipa! { $($input)* }
            $crate::__errdocs_tonic! { $($input)* }
        };
    }

    // The `tonic` half lives in `integrations/tonic.rs`.
    #[cfg(not(feature = "tonic"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __errdocs_tonic {
        ($($input:tt)*) => {};
    }

    #[cfg(feature = "utoipa")]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __errdocs_utoipa {
        (impl [$($generics:tt)*] $ty:ty [$($where_clause:tt)*]) => {
            #[automatically_derived]
            impl $($generics)* $crate::__private::utoipa::IntoResponses for $ty $($where_clause)* {
                fn responses() -> $crate::__private::BTreeMap<
                    $crate::__private::String,
                    $crate::__private::utoipa::openapi::RefOr<$crate::__private::utoipa::openapi::response::Response>,
                > {
                    $crate::utoipa::responses(
                        <$ty as $crate::Documented>::DOCS,
                        <$ty as $crate::Documented>::ENVELOPE,
                    )
                }
            }
        };
    }

    #[cfg(not(feature = "utoipa"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __errdocs_utoipa {
        ($($input:tt)*) => {};
    }

    #[cfg(feature = "axum")]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __errdocs_axum {
        (impl [$($generics:tt)*] $ty:ty [$($where_clause:tt)*]) => {
            #[automatically_derived]
            impl $($generics)* $crate::__private::axum_core::response::IntoResponse for $ty $($where_clause)* {
                fn into_response(self) -> $crate::__private::axum_core::response::Response {
                    $crate::axum::into_response(&self)
                }
            }
        };
    }

    #[cfg(not(feature = "axum"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __errdocs_axum {
        ($($input:tt)*) => {};
    }

    #[cfg(feature = "actix-web")]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __errdocs_actix {
        (impl [$($generics:tt)*] $ty:ty [$($where_clause:tt)*]) => {
            #[automatically_derived]
            impl $($generics)* $crate::__private::actix_web::ResponseError for $ty $($where_clause)* {
                fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                    let status = $crate::ApiError::status(self).as_u16();
                    $crate::__private::actix_web::http::StatusCode::from_u16(status)
                        .unwrap_or($crate::__private::actix_web::http::StatusCode::INTERNAL_SERVER_ERROR)
                }
                fn error_response(&self) -> $crate::__private::actix_web::HttpResponse {
                    $crate::actix::error_response(self)
                }
            }
        };
    }

    #[cfg(not(feature = "actix-web"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __errdocs_actix {
        ($($input:tt)*) => {};
    }

    pub use crate::__errdocs_integrations as integrations;
}

/// The README's Rust examples, compiled as doctests.
#[cfg(all(doctest, feature = "axum"))]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
