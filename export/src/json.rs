//! The lossless JSON dump of a catalog (`errdocs export --format json`).

use serde::Serialize;

use errdocs_catalog::{Catalog, GrpcCode, Page, Retry, SdkMapping};

/// One entry of `errdocs export --format json`.
#[derive(Debug, Serialize)]
pub struct JsonEntry<'a> {
    /// The error code.
    pub code: &'a str,
    /// The HTTP status.
    pub status: u16,
    /// The gRPC status code (`NOT_FOUND`), stated or derived from the status.
    pub grpc_code: GrpcCode,
    /// The reason phrase.
    pub title: &'a str,
    /// The summary sentence.
    pub summary: &'a str,
    /// Retry flag and advice.
    pub retry: &'a Retry,
    /// The page's URL.
    pub doc_url: &'a str,
    /// `When this happens` bullets.
    pub causes: &'a [String],
    /// `How to fix` steps.
    pub fixes: &'a [String],
    /// `SDK behaviour` rows.
    pub sdk: &'a [SdkMapping],
    /// Codes of related error pages.
    pub related: &'a [String],
    /// The example response, or null.
    pub example: Option<&'a serde_json::Value>,
    /// The page's path relative to the docs folder.
    pub source_path: &'a str,
    /// The body's members beyond the envelope's keys (left out when there are none).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub members: &'a [errdocs_catalog::BodyMember],
}

impl<'a> From<&'a Page> for JsonEntry<'a> {
    fn from(p: &'a Page) -> Self {
        JsonEntry {
            code: &p.code,
            status: p.status,
            grpc_code: p.grpc_code,
            title: &p.title,
            summary: &p.summary,
            retry: &p.retry,
            doc_url: &p.doc_url,
            causes: &p.causes,
            fixes: &p.fixes,
            sdk: &p.sdk,
            related: &p.related,
            example: p.example.as_ref().map(|e| &e.json),
            source_path: &p.source_path,
            members: &p.members,
        }
    }
}

/// `{"errors": [ … ]}`, sorted by code, pretty-printed with a final newline.
///
/// ```
/// let catalog = errdocs_catalog::load("../docs/errors").unwrap();
/// let json = errdocs_export::to_json(&catalog);
/// assert!(json.starts_with("{\n  \"errors\": ["));
/// ```
pub fn to_json(catalog: &Catalog) -> String {
    #[derive(Serialize)]
    struct Export<'a> {
        errors: Vec<JsonEntry<'a>>,
    }
    let export = Export {
        errors: catalog.pages.iter().map(JsonEntry::from).collect(),
    };
    let mut out =
        serde_json::to_string_pretty(&export).expect("strings and numbers always serialize");
    out.push('\n');
    out
}
