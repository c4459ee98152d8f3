//! Markdown error pages as the single source of truth for an HTTP API's errors.
//!
//! Your docs folder holds one page per error (status, code, retry flag, causes, example
//! response, …). At build time errdocs reads those pages and generates the Rust side:
//!
//! - [`derive(ApiError)`](macro@ApiError) on your error enum takes each variant's status,
//!   code, retry flag, doc URL and summary from its page;
//! - [`catalog!`] (or `build.rs` with `errdocs_build::run` and [`include_catalog!`])
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
mod framework;
mod integrations;
mod lists;
pub mod members;
pub mod request;
#[cfg(any(feature = "axum", feature = "tonic"))]
mod request_layer;
pub mod response;
mod unknown;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private01;

pub use api_error::{ApiError, CatalogCode, Documented};
pub use body::{ErrorBody, PROBLEM_JSON, ProblemDetails};
pub use doc::{Envelope, ErrorDoc, Retry, SdkMapping};
#[doc = include_str!("derive.md")]
pub use errdocs_macros::ApiError;
pub use errdocs_macros::catalog;
pub use framework::{
    FrameworkErrors, FrameworkErrorsBuilder, FrameworkErrorsError, REQUIRED_STATUSES,
};
#[allow(unused_imports)] // each integration's module is there only with its feature
pub use integrations::*;
pub use lists::{Comparable, List, ListItem, ListIter, SdkList, TextList};
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

/// Includes the catalog that `errdocs_build::run` (or `compile`) wrote in `build.rs`.
///
/// ```ignore
/// // build.rs
/// fn main() { errdocs_build::run("docs/errors"); }
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

/// The README's Rust examples, compiled as doctests.
#[cfg(all(doctest, feature = "axum", feature = "actix-web"))]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
