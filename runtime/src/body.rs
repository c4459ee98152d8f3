//! Response bodies: the documented envelope and RFC 9457 problem details.

use std::borrow::Cow;

use errdocs_wire::{Envelope, Fact, Facts, Value};
use serde::{Deserialize, Serialize, Serializer};

use crate::ErrorDoc;
use crate::members::Members;

/// The media type of RFC 9457 bodies.
pub const PROBLEM_JSON: &str = errdocs_wire::PROBLEM_JSON;

/// The documented error envelope, keys in this order: `detail`, `code`, `request_id`, `doc_url`.
///
/// ```
/// let body: errdocs::ErrorBody = serde_json::from_str(
///     r#"{"detail":"Invalid authentication credentials","code":"unauthorized","request_id":"r1","doc_url":"https://docs.lasscyber.com/errors/unauthorized"}"#,
/// )
/// .unwrap();
/// assert_eq!(body.code, "unauthorized");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ErrorBody<'a> {
    /// Human-readable detail.
    #[serde(borrow)]
    pub detail: Cow<'a, str>,
    /// The error code.
    #[serde(borrow)]
    pub code: Cow<'a, str>,
    /// The request's id.
    #[serde(borrow)]
    pub request_id: Cow<'a, str>,
    /// The page's URL.
    #[serde(borrow)]
    pub doc_url: Cow<'a, str>,
    /// The error's own members, serialized after the four keys (none when deserialized).
    #[serde(skip)]
    pub members: Members<'a>,
}

/// RFC 9457 problem details with the `code` and `request_id` extension members.
///
/// ```
/// errdocs::catalog!("../docs/errors");
/// let doc = ErrorCode::NotFound.doc();
/// let problem = errdocs::ProblemDetails::new(doc, "no scan 42".into(), "r1", "/scans/42");
/// let json = serde_json::to_value(&problem).unwrap();
/// assert_eq!(json["type"], "https://docs.lasscyber.com/errors/not_found");
/// assert_eq!(json["status"], 404);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ProblemDetails<'a> {
    /// The problem type: the page's URL.
    #[serde(rename = "type", borrow)]
    pub type_: Cow<'a, str>,
    /// The reason phrase.
    #[serde(borrow)]
    pub title: Cow<'a, str>,
    /// The HTTP status.
    pub status: u16,
    /// Human-readable detail.
    #[serde(borrow)]
    pub detail: Cow<'a, str>,
    /// The request's path.
    #[serde(borrow)]
    pub instance: Cow<'a, str>,
    /// The error code.
    #[serde(borrow)]
    pub code: Cow<'a, str>,
    /// The request's id.
    #[serde(borrow)]
    pub request_id: Cow<'a, str>,
    /// The error's own members, as extension members after the others (none when
    /// deserialized).
    #[serde(skip)]
    pub members: Members<'a>,
}

impl<'a> ProblemDetails<'a> {
    /// The problem details of `doc` with this detail, request id and instance.
    pub fn new(
        doc: &'static ErrorDoc,
        detail: Cow<'a, str>,
        request_id: &'a str,
        instance: &'a str,
    ) -> Self {
        ProblemDetails {
            type_: Cow::Borrowed(doc.doc_url),
            title: Cow::Borrowed(doc.title),
            status: doc.status,
            detail,
            instance: Cow::Borrowed(instance),
            code: Cow::Borrowed(doc.code),
            request_id: Cow::Borrowed(request_id),
            members: Members::NONE,
        }
    }
}

// Both bodies serialize through the one description of their envelope (key order included).

impl Facts for ErrorBody<'_> {
    fn fact(&self, fact: Fact) -> Value<'_> {
        Value::Str(match fact {
            Fact::Detail => &self.detail,
            Fact::Code => &self.code,
            Fact::RequestId => &self.request_id,
            Fact::DocUrl => &self.doc_url,
            Fact::Title | Fact::Status | Fact::Instance => "",
        })
    }
}

impl Serialize for ErrorBody<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.members
            .serialize_with(serializer, Envelope::Errdocs, self)
    }
}

impl Facts for ProblemDetails<'_> {
    fn fact(&self, fact: Fact) -> Value<'_> {
        Value::Str(match fact {
            Fact::Status => return Value::Int(self.status),
            Fact::Detail => &self.detail,
            Fact::Code => &self.code,
            Fact::RequestId => &self.request_id,
            Fact::DocUrl => &self.type_,
            Fact::Title => &self.title,
            Fact::Instance => &self.instance,
        })
    }
}

impl Serialize for ProblemDetails<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.members
            .serialize_with(serializer, Envelope::Problem, self)
    }
}
