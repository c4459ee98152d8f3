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

use errdocs_wire::{Fact, JsonType};
use utoipa::openapi::example::ExampleBuilder;
use utoipa::openapi::schema::{
    AllOfBuilder, AnyOfBuilder, ObjectBuilder, Schema, SchemaFormat, Type,
};
use utoipa::openapi::{ContentBuilder, RefOr, ResponseBuilder, response::Response};
use utoipa::{PartialSchema, ToSchema};

use crate::{Envelope, ErrorBody, ErrorDoc, ProblemDetails};

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
/// named example (its page's example response, or a body made from its facts).
///
/// Each response carries its body's schema inline (the `code` member limited to the codes of
/// `docs`), so the document an app serves is complete without registering any component: it
/// is the schema `errdocs export --format openapi` publishes under `components.schemas`.
pub(crate) fn responses(
    docs: &'static [ErrorDoc],
    envelope: Envelope,
) -> BTreeMap<String, RefOr<Response>> {
    let mut by_status: BTreeMap<u16, Vec<&'static ErrorDoc>> = BTreeMap::new();
    let mut codes: Vec<&'static str> = Vec::new();
    for doc in docs {
        let entry = by_status.entry(doc.status).or_default();
        if !entry.iter().any(|d| d.code == doc.code) {
            entry.push(doc);
        }
        if !codes.contains(&doc.code) {
            codes.push(doc.code);
        }
    }
    codes.sort_unstable();
    by_status
        .into_iter()
        .map(|(status, docs)| {
            let examples = docs.iter().map(|doc| {
                let example = ExampleBuilder::new()
                    .summary(doc.summary)
                    .description(errdocs_wire::example_description(
                        doc.summary_markdown,
                        doc.retry.retryable,
                        doc.retry.advice,
                        doc.doc_url,
                    ))
                    .value(Some(example_value(doc, envelope)))
                    .build();
                (doc.code, example)
            });
            let content = ContentBuilder::new()
                .schema(Some(status_schema(&docs, envelope, &codes)))
                .examples_from_iter(examples)
                .build();
            let response = ResponseBuilder::new()
                .description(errdocs_wire::response_description(
                    docs.iter().map(|d| d.title),
                ))
                .content(envelope.media_type(), content)
                .build();
            (status.to_string(), RefOr::T(response))
        })
        .collect()
}

/// The page's example response, else a body made from its facts.
fn example_value(doc: &'static ErrorDoc, envelope: Envelope) -> serde_json::Value {
    let example: Option<serde_json::Value> = doc.example.and_then(|e| serde_json::from_str(e).ok());
    if let Some(example) = example {
        return example;
    }
    let (detail, request_id) = (doc.summary, errdocs_wire::EXAMPLE_REQUEST_ID);
    let value = match envelope {
        Envelope::Errdocs => serde_json::to_value(doc.body(detail.into(), request_id)),
        Envelope::Problem => serde_json::to_value(doc.problem(
            detail.into(),
            request_id,
            errdocs_wire::EXAMPLE_INSTANCE,
        )),
    };
    value.unwrap_or_default()
}

/// The schema of a body in `envelope`, from its one description; `code` limited to `codes`
/// unless that is empty.
/// The body schema of one status: the envelope's, or, when codes of the status have members,
/// any of their own schemas (and the envelope's for its other codes), as the OpenAPI export
/// states them.
fn status_schema(docs: &[&'static ErrorDoc], envelope: Envelope, codes: &[&str]) -> RefOr<Schema> {
    let mut schemas: Vec<RefOr<Schema>> = docs
        .iter()
        .filter(|d| !d.members.is_empty())
        .map(|d| members_schema(d, envelope, codes))
        .collect();
    if docs.iter().any(|d| d.members.is_empty()) {
        schemas.push(body_schema(envelope, codes));
    }
    if schemas.len() == 1 {
        return schemas.pop().unwrap_or_else(|| body_schema(envelope, codes));
    }
    let mut any = AnyOfBuilder::new();
    for s in schemas {
        any = any.item(s);
    }
    RefOr::T(Schema::AnyOf(any.build()))
}

/// The schema of a code with members: the envelope, then `code` fixed and the members from
/// their page's schemas.
fn members_schema(doc: &ErrorDoc, envelope: Envelope, codes: &[&str]) -> RefOr<Schema> {
    let mut own = ObjectBuilder::new().schema_type(Type::Object).property(
        "code",
        ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some([doc.code]))
            .build(),
    );
    for member in doc.members {
        // The page's schema is plain JSON Schema that utoipa reads back as it wrote it.
        let schema: RefOr<Schema> = serde_json::from_str(member.schema)
            .unwrap_or_else(|_| RefOr::T(Schema::Object(ObjectBuilder::new().build())));
        own = own.property(member.name, schema);
        if member.required {
            own = own.required(member.name);
        }
    }
    let all = AllOfBuilder::new()
        .description(Some(format!(
            "The body of `{}`: the `{}` envelope and the members its page documents.",
            doc.code,
            envelope.schema_name()
        )))
        .item(body_schema(envelope, codes))
        .item(Schema::Object(own.build()));
    RefOr::T(Schema::AllOf(all.build()))
}

fn body_schema(envelope: Envelope, codes: &[&str]) -> RefOr<Schema> {
    let mut object = ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(envelope.description()));
    for member in envelope.members() {
        let mut property = ObjectBuilder::new()
            .schema_type(match member.json_type {
                JsonType::String => Type::String,
                JsonType::Integer => Type::Integer,
            })
            .description(Some(member.description));
        if let Some(format) = member.format {
            property = property.format(Some(SchemaFormat::Custom(format.to_owned())));
        }
        if let Some((min, max)) = member.range {
            property = property.minimum(Some(min)).maximum(Some(max));
        }
        if member.fact == Fact::Code && !codes.is_empty() {
            property = property.enum_values(Some(codes.iter().copied()));
        }
        object = object
            .property(member.key, Schema::Object(property.build()))
            .required(member.key);
    }
    RefOr::T(Schema::Object(object.build()))
}

impl PartialSchema for ErrorBody<'_> {
    fn schema() -> RefOr<Schema> {
        body_schema(Envelope::Errdocs, &[])
    }
}

impl ToSchema for ErrorBody<'_> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed(Envelope::Errdocs.schema_name())
    }
}

impl PartialSchema for ProblemDetails<'_> {
    fn schema() -> RefOr<Schema> {
        body_schema(Envelope::Problem, &[])
    }
}

impl ToSchema for ProblemDetails<'_> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed(Envelope::Problem.schema_name())
    }
}
