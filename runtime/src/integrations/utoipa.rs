//! utoipa 6: derived errors as `IntoResponses` (one response per status, one named example
//! per code), and `ToSchema` for [`ErrorBody`] and [`ProblemDetails`].
//!
//! ```
//! #[derive(Debug, thiserror::Error, errdocs::ApiError)]
//! #[api_error(docs = "../docs/errors")]
//! enum AppError {
//!     #[error("bad input")]
//!     BadRequest,
//!     #[error("old version")]
//!     UnsupportedVersion,
//!     #[error("no")]
//!     Unauthorized,
//! }
//!
//! use utoipa::IntoResponses;
//! let responses = AppError::responses();
//! assert_eq!(responses.keys().collect::<Vec<_>>(), ["400", "401"]);
//! let json = serde_json::to_value(&responses["400"]).unwrap();
//! let examples = &json["content"]["application/json"]["examples"];
//! assert_eq!(examples["bad_request"]["value"]["code"], "bad_request");
//! assert_eq!(examples["unsupported_version"]["value"]["code"], "unsupported_version");
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;

use utoipa::openapi::example::ExampleBuilder;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder, response::Response};
use utoipa::{PartialSchema, ToSchema};

use crate::{Envelope, ErrorBody, ErrorDoc, PROBLEM_JSON, ProblemDetails};

/// `IntoResponses` for a derived type (`impl [generics] Type [where clause]`).
#[macro_export]
#[doc(hidden)]
macro_rules! __errdocs_utoipa {
    (impl [$($generics:tt)*] $ty:ty [$($where_clause:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private01::utoipa::utoipa::IntoResponses for $ty $($where_clause)* {
            fn responses() -> $crate::__private01::BTreeMap<
                $crate::__private01::String,
                $crate::__private01::utoipa::utoipa::openapi::RefOr<
                    $crate::__private01::utoipa::utoipa::openapi::response::Response,
                >,
            > {
                $crate::__private01::utoipa::responses(
                    <$ty as $crate::Documented>::DOCS,
                    <$ty as $crate::Documented>::ENVELOPE,
                )
            }
        }
    };
}

/// What generated code calls, as `__private01::utoipa::…`.
pub(crate) mod hooks {
    pub use ::utoipa;
    use std::collections::BTreeMap;
    use utoipa::openapi::{RefOr, response::Response};

    use crate::{Envelope, ErrorDoc};

    /// The responses of a derived type's pages: one per status, one named example per code.
    pub fn responses(
        docs: &'static [ErrorDoc],
        envelope: Envelope,
    ) -> BTreeMap<String, RefOr<Response>> {
        super::responses(docs, envelope)
    }
}

/// The responses of a set of pages: one per status, with every code of that status as a
/// named example (its page's example response, or a body built from its facts).
pub(crate) fn responses(
    docs: &'static [ErrorDoc],
    envelope: Envelope,
) -> BTreeMap<String, RefOr<Response>> {
    let mut by_status: BTreeMap<u16, Vec<&'static ErrorDoc>> = BTreeMap::new();
    for doc in docs {
        let entry = by_status.entry(doc.status).or_default();
        if !entry.iter().any(|d| d.code == doc.code) {
            entry.push(doc);
        }
    }
    by_status
        .into_iter()
        .map(|(status, docs)| {
            let (media, schema) = match envelope {
                Envelope::Errdocs => ("application/json", ErrorBody::name()),
                Envelope::Problem => (PROBLEM_JSON, ProblemDetails::name()),
            };
            let examples = docs.iter().map(|doc| {
                let example = ExampleBuilder::new()
                    .summary(doc.summary)
                    .description(format!(
                        "`{}`: retry {}. See {}",
                        doc.code,
                        if doc.retry.retryable { "yes" } else { "no" },
                        doc.doc_url
                    ))
                    .value(Some(example_value(doc, envelope)))
                    .build();
                (doc.code, example)
            });
            let content = ContentBuilder::new()
                .schema(Some(Ref::from_schema_name(schema)))
                .examples_from_iter(examples)
                .build();
            let titles: Vec<&str> = docs.iter().map(|d| d.title).collect();
            let mut titles_unique = titles.clone();
            titles_unique.dedup();
            let response = ResponseBuilder::new()
                .description(titles_unique.join(" / "))
                .content(media, content)
                .build();
            (status.to_string(), RefOr::T(response))
        })
        .collect()
}

/// The page's example response in the errdocs envelope, else a body made from its facts.
fn example_value(doc: &'static ErrorDoc, envelope: Envelope) -> serde_json::Value {
    let example: Option<serde_json::Value> = doc.example.and_then(|e| serde_json::from_str(e).ok());
    let detail = example
        .as_ref()
        .and_then(|e| e["detail"].as_str().map(str::to_owned))
        .unwrap_or_else(|| doc.summary.to_owned());
    let request_id = example
        .as_ref()
        .and_then(|e| e["request_id"].as_str().map(str::to_owned))
        .unwrap_or_else(|| "5b3f6c7e-7d24-4d40-9b12-3a59c01c6e91".to_owned());
    let value = match envelope {
        Envelope::Errdocs => serde_json::to_value(doc.body(detail.into(), &request_id)),
        Envelope::Problem => serde_json::to_value(doc.problem(detail.into(), &request_id, "/")),
    };
    value.unwrap_or_default()
}

fn string_property(description: &str) -> Schema {
    Schema::Object(
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(description))
            .build(),
    )
}

impl PartialSchema for ErrorBody<'_> {
    fn schema() -> RefOr<Schema> {
        let object = ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some("The documented error envelope."))
            .property("detail", string_property("Human-readable detail."))
            .property(
                "code",
                string_property("The error code; its page is at `doc_url`."),
            )
            .property(
                "request_id",
                string_property("The request's id (also the `x-request-id` header)."),
            )
            .property(
                "doc_url",
                string_property("The error's documentation page."),
            )
            .required("detail")
            .required("code")
            .required("request_id")
            .required("doc_url")
            .build();
        RefOr::T(Schema::Object(object))
    }
}

impl ToSchema for ErrorBody<'_> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("ErrorBody")
    }
}

impl PartialSchema for ProblemDetails<'_> {
    fn schema() -> RefOr<Schema> {
        let status = Schema::Object(
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .description(Some("The HTTP status."))
                .build(),
        );
        let object = ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(
                "RFC 9457 problem details with `code` and `request_id`.",
            ))
            .property("type", string_property("The error's documentation page."))
            .property("title", string_property("The status's reason phrase."))
            .property("status", status)
            .property("detail", string_property("Human-readable detail."))
            .property("instance", string_property("The request's path."))
            .property("code", string_property("The error code."))
            .property("request_id", string_property("The request's id."))
            .required("type")
            .required("title")
            .required("status")
            .required("code")
            .build();
        RefOr::T(Schema::Object(object))
    }
}

impl ToSchema for ProblemDetails<'_> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("ProblemDetails")
    }
}
