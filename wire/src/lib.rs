//! What errdocs puts on the wire: the one description of each error envelope.
//!
//! An [`Envelope`] is a list of [`Member`]s: each has its JSON key, the page [`Fact`] it
//! carries, its JSON type and its description, in the order bodies serialize them. Everything
//! that knows an envelope reads it from here: the page parser's example check, the runtime's
//! bodies, `errdocs new`, both OpenAPI documents (the export and the `utoipa` feature) and the
//! generated Python and TypeScript parsers. The crate has no dependency but `serde`, so the
//! runtime that user binaries link stays free of the page parser.
//!
//! ```
//! use errdocs_wire::{Body, Envelope, Fact, Value};
//!
//! struct Page;
//! impl errdocs_wire::Facts for Page {
//!     fn fact(&self, fact: Fact) -> Value<'_> {
//!         match fact {
//!             Fact::Code => Value::Str("unauthorized"),
//!             Fact::Status => Value::Int(401),
//!             _ => Value::Str("…"),
//!         }
//!     }
//! }
//! assert_eq!(Envelope::Errdocs.keys(), ["detail", "code", "request_id", "doc_url"]);
//! assert_eq!(Envelope::Problem.media_type(), "application/problem+json");
//! let json = serde_json::to_string(&Body::new(Envelope::Errdocs, &Page)).unwrap();
//! assert_eq!(json, r#"{"detail":"…","code":"unauthorized","request_id":"…","doc_url":"…"}"#);
//! ```

#![warn(missing_docs)]

mod envelope;
mod list;
mod openapi;
mod status;

pub use envelope::{Body, Envelope, Fact, Facts, JsonType, Member, UnknownEnvelope, Value};
pub use list::{
    CELL_SEPARATOR, ITEM_SEPARATOR, LIST_SEPARATOR, count_items, join_items, join_lists, join_rows,
    split_items, split_lists, split_row,
};
pub use openapi::{example_description, one_line, response_description, retry_note, sentence};
pub use status::retryable_by_status;

/// The media type of the errdocs envelope.
pub const JSON: &str = "application/json";

/// The media type of RFC 9457 problem details.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The `request_id` of example bodies that are made from a page's facts (in OpenAPI
/// documents and new pages), so that every generated example shows the same one.
pub const EXAMPLE_REQUEST_ID: &str = "5b3f6c7e-7d24-4d40-9b12-3a59c01c6e91";

/// The `instance` of problem-details examples made from a page's facts.
pub const EXAMPLE_INSTANCE: &str = "/";
