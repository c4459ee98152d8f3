//! Markdown error pages → a validated catalog of errors.
//!
//! This crate is the pure core of errdocs: it parses pages with pulldown-cmark, builds the
//! [`Page`] and [`Catalog`] model, and reports every problem as a [`Diagnostic`] with the
//! page's `path:line:col`. It knows nothing of Rust code generation.
//!
//! ```
//! let catalog = errdocs_catalog::load("../docs/errors").unwrap();
//! let page = catalog.page("unauthorized").unwrap();
//! assert_eq!(page.status, 401);
//! assert_eq!(page.retry.advice, "refresh credentials and re-issue.");
//! ```

#![warn(missing_docs)]

mod config;
mod diagnostic;
pub mod evolve;
mod formats;
mod grpc;
mod load;
mod members;
mod model;
mod parse;
mod resolve;
mod suggest;
mod url;
mod words;

pub use config::{CONFIG_FILE, Config, DEFAULT_DOCS, DEFAULT_MAX_PAGE_BYTES, Envelope};
pub use diagnostic::{Diagnostic, LineIndex, Severity, render_all};
pub use formats::{
    CodePattern, CodeSource, Detected, Entry, ExampleCode, ReadSettings, RetryRule, Survey, detect,
    init_toml, survey, survey_named, survey_pages,
};
pub use grpc::GrpcCode;
pub use load::{
    IdentifierClash, MAX_DIAGNOSTICS_PER_RUN, identifier_clash, identifier_key, load, load_catalog,
    load_catalog_from_pages, load_catalog_named, page_files, variant_name,
};
pub use load::{explained_markdown, is_other_style};
pub use members::{BodyMember, MemberField, MemberType};
pub use model::{
    Catalog, Example, ExampleKey, Link, Page, Retired, Retry, SdkMapping, Section, Spanned, Spans,
};
pub use parse::parse_page;
pub use resolve::{
    Resolved, Source, display_path, escape_controls, load_resolved, load_resolved_without_lock,
    normalize, relative_to, relative_to_cwd, resolve,
};
pub use suggest::{plural, suggest};
pub use url::{doc_url_for, path_segments, split_url};

/// The markdown extensions pages are read with (tables, YAML front matter, strikethrough):
/// the parser and every renderer of pages use these, so they read the same thing.
pub fn markdown_options() -> pulldown_cmark::Options {
    use pulldown_cmark::Options;
    Options::ENABLE_TABLES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_STRIKETHROUGH
}

/// The canonical reason phrase of an HTTP status (`401` → `Unauthorized`), as pages are
/// checked against it.
///
/// ```
/// assert_eq!(errdocs_catalog::canonical_reason(429), Some("Too Many Requests"));
/// ```
pub fn canonical_reason(status: u16) -> Option<&'static str> {
    parse::canonical_reason(status)
}

/// Whether `code` is a valid error code: see [`CODE_RULE`].
///
/// ```
/// assert!(errdocs_catalog::is_valid_code("rate_limited"));
/// assert!(errdocs_catalog::is_valid_code("billing.card-declined"));
/// assert!(!errdocs_catalog::is_valid_code("RateLimited"));
/// assert!(!errdocs_catalog::is_valid_code("a..b"));
/// ```
pub fn is_valid_code(code: &str) -> bool {
    parse::is_valid_code(code)
}

/// What [`is_valid_code`] accepts, in words, for messages.
pub const CODE_RULE: &str = parse::CODE_RULE;

/// Whether a page may document `status`: 400–599, as `errdocs check` accepts it.
///
/// ```
/// assert!(errdocs_catalog::is_error_status(499));
/// assert!(!errdocs_catalog::is_error_status(301));
/// ```
pub fn is_error_status(status: u16) -> bool {
    parse::ERROR_STATUSES.contains(&status)
}
