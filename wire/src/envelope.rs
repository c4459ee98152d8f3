//! The envelopes: each member's key, the fact it carries, its JSON type, in body order.

use std::fmt;
use std::str::FromStr;

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

/// Which JSON body an API sends for an error (and so which keys a page's example has).
///
/// ```
/// use errdocs_wire::Envelope;
/// assert_eq!("problem".parse::<Envelope>(), Ok(Envelope::Problem));
/// assert_eq!(Envelope::Problem.name(), "problem");
/// assert_eq!(Envelope::Errdocs.schema_name(), "ErrorBody");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Envelope {
    /// `{"detail", "code", "request_id", "doc_url"}` as `application/json`: the seed page's
    /// envelope.
    #[default]
    Errdocs,
    /// RFC 9457 problem details as `application/problem+json`, with the `code` and
    /// `request_id` extension members.
    Problem,
}

/// A page fact, or a fact of the request, that an envelope member carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fact {
    /// The human-readable detail (the variant's detail, or the page's summary for a 5xx).
    Detail,
    /// The error code.
    Code,
    /// The request's id.
    RequestId,
    /// The page's doc URL.
    DocUrl,
    /// The status's reason phrase.
    Title,
    /// The HTTP status.
    Status,
    /// The request's path.
    Instance,
}

/// The JSON type of a member's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JsonType {
    /// A string.
    String,
    /// An integer.
    Integer,
}

impl JsonType {
    /// The JSON Schema name of the type (`string`, `integer`).
    pub const fn name(self) -> &'static str {
        match self {
            JsonType::String => "string",
            JsonType::Integer => "integer",
        }
    }
}

/// One member of an envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Member {
    /// The JSON key (`request_id`).
    pub key: &'static str,
    /// The fact it carries.
    pub fact: Fact,
    /// The JSON type of its value.
    pub json_type: JsonType,
    /// The JSON Schema `format` of a string (`uri-reference`), if any.
    pub format: Option<&'static str>,
    /// The inclusive range of an integer, if any.
    pub range: Option<(u16, u16)>,
    /// What the member holds, for schemas and generated docs.
    pub description: &'static str,
}

const fn string(key: &'static str, fact: Fact, description: &'static str) -> Member {
    Member {
        key,
        fact,
        json_type: JsonType::String,
        format: None,
        range: None,
        description,
    }
}

const fn uri(key: &'static str, fact: Fact, description: &'static str) -> Member {
    Member {
        format: Some("uri-reference"),
        ..string(key, fact, description)
    }
}

const DETAIL: Member = string("detail", Fact::Detail, "Human-readable detail.");
const CODE: Member = string(
    "code",
    Fact::Code,
    "The error code; its documentation page explains it.",
);
const REQUEST_ID: Member = string(
    "request_id",
    Fact::RequestId,
    "The request's id (also the `x-request-id` header).",
);

const ERRDOCS: &[Member] = &[
    DETAIL,
    CODE,
    REQUEST_ID,
    uri("doc_url", Fact::DocUrl, "The error's documentation page."),
];

const PROBLEM: &[Member] = &[
    uri(
        "type",
        Fact::DocUrl,
        "The problem type: the error's documentation page.",
    ),
    string("title", Fact::Title, "The status's reason phrase."),
    Member {
        json_type: JsonType::Integer,
        range: Some((400, 599)),
        ..string("status", Fact::Status, "The HTTP status.")
    },
    DETAIL,
    uri("instance", Fact::Instance, "The request's path."),
    CODE,
    REQUEST_ID,
];

const ERRDOCS_KEYS: &[&str] = &["detail", "code", "request_id", "doc_url"];
const PROBLEM_KEYS: &[&str] = &[
    "type",
    "title",
    "status",
    "detail",
    "instance",
    "code",
    "request_id",
];

impl Envelope {
    /// Both envelopes.
    pub const ALL: [Envelope; 2] = [Envelope::Errdocs, Envelope::Problem];

    /// The members of a body in this envelope, in the order they are serialized.
    pub const fn members(self) -> &'static [Member] {
        match self {
            Envelope::Errdocs => ERRDOCS,
            Envelope::Problem => PROBLEM,
        }
    }

    /// The keys of a body in this envelope, in the order they are serialized.
    pub const fn keys(self) -> &'static [&'static str] {
        match self {
            Envelope::Errdocs => ERRDOCS_KEYS,
            Envelope::Problem => PROBLEM_KEYS,
        }
    }

    /// The member that carries `fact`, if this envelope has one.
    ///
    /// ```
    /// use errdocs_wire::{Envelope, Fact};
    /// assert_eq!(Envelope::Problem.member(Fact::DocUrl).unwrap().key, "type");
    /// assert!(Envelope::Errdocs.member(Fact::Status).is_none());
    /// ```
    pub fn member(self, fact: Fact) -> Option<&'static Member> {
        self.members().iter().find(|m| m.fact == fact)
    }

    /// The media type of the body.
    pub const fn media_type(self) -> &'static str {
        match self {
            Envelope::Errdocs => crate::JSON,
            Envelope::Problem => crate::PROBLEM_JSON,
        }
    }

    /// The name of the body's schema in OpenAPI documents.
    pub const fn schema_name(self) -> &'static str {
        match self {
            Envelope::Errdocs => "ErrorBody",
            Envelope::Problem => "ProblemDetails",
        }
    }

    /// The description of the body's schema.
    pub const fn description(self) -> &'static str {
        match self {
            Envelope::Errdocs => "The documented error envelope.",
            Envelope::Problem => {
                "RFC 9457 problem details with the `code` and `request_id` extension members."
            }
        }
    }

    /// The name `errdocs.toml` and `#[api_error(envelope = "…")]` use (`errdocs`, `problem`).
    pub const fn name(self) -> &'static str {
        match self {
            Envelope::Errdocs => "errdocs",
            Envelope::Problem => "problem",
        }
    }
}

impl fmt::Display for Envelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is not an envelope's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownEnvelope(pub String);

impl fmt::Display for UnknownEnvelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown envelope `{}`; expected `errdocs` or `problem`",
            self.0
        )
    }
}

impl std::error::Error for UnknownEnvelope {}

impl FromStr for Envelope {
    type Err = UnknownEnvelope;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Envelope::ALL
            .into_iter()
            .find(|e| e.name() == s)
            .ok_or_else(|| UnknownEnvelope(s.to_owned()))
    }
}

/// The value of one fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value<'a> {
    /// A string fact.
    Str(&'a str),
    /// A number fact (the status).
    Int(u16),
}

/// Something that knows the facts a body shows: a page, an error with its request, a body.
pub trait Facts {
    /// The value of `fact`.
    fn fact(&self, fact: Fact) -> Value<'_>;
}

/// A body in `envelope` made of the facts of `F`: serializes the envelope's members in order.
///
/// ```
/// # use errdocs_wire::{Body, Envelope, Fact, Facts, Value};
/// struct Gone;
/// impl Facts for Gone {
///     fn fact(&self, fact: Fact) -> Value<'_> {
///         match fact {
///             Fact::Status => Value::Int(410),
///             Fact::Title => Value::Str("Gone"),
///             _ => Value::Str("x"),
///         }
///     }
/// }
/// let json = serde_json::to_value(Body::new(Envelope::Problem, &Gone)).unwrap();
/// assert_eq!(json["status"], 410);
/// assert_eq!(json["title"], "Gone");
/// ```
pub struct Body<'a, F: ?Sized> {
    envelope: Envelope,
    facts: &'a F,
}

impl<'a, F: Facts + ?Sized> Body<'a, F> {
    /// The body of `facts` in `envelope`.
    pub fn new(envelope: Envelope, facts: &'a F) -> Self {
        Body { envelope, facts }
    }
}

impl<F: Facts + ?Sized> Body<'_, F> {
    /// Writes the envelope's entries, in order, into an open map: a body with more entries
    /// after them (an error's own members) serializes the envelope through this.
    ///
    /// ```
    /// # use errdocs_wire::{Body, Envelope, Fact, Facts, Value};
    /// use serde::ser::{SerializeMap, Serializer};
    /// struct Gone;
    /// impl Facts for Gone {
    ///     fn fact(&self, _: Fact) -> Value<'_> {
    ///         Value::Str("x")
    ///     }
    /// }
    /// let mut out = Vec::new();
    /// let mut ser = serde_json::Serializer::new(&mut out);
    /// let mut map = ser.serialize_map(None).unwrap();
    /// Body::new(Envelope::Errdocs, &Gone).serialize_entries(&mut map).unwrap();
    /// map.serialize_entry("extra", &1).unwrap();
    /// SerializeMap::end(map).unwrap();
    /// assert!(String::from_utf8(out).unwrap().ends_with(r#""doc_url":"x","extra":1}"#));
    /// ```
    pub fn serialize_entries<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        for member in self.envelope.members() {
            match self.facts.fact(member.fact) {
                Value::Str(s) => map.serialize_entry(member.key, s)?,
                Value::Int(n) => map.serialize_entry(member.key, &n)?,
            }
        }
        Ok(())
    }
}

impl<F: Facts + ?Sized> Serialize for Body<'_, F> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let members = self.envelope.members();
        let mut map = serializer.serialize_map(Some(members.len()))?;
        self.serialize_entries(&mut map)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_the_members_keys_in_order() {
        for envelope in Envelope::ALL {
            let keys: Vec<&str> = envelope.members().iter().map(|m| m.key).collect();
            assert_eq!(keys, envelope.keys(), "{envelope}");
        }
    }

    #[test]
    fn every_member_type_matches_its_fact() {
        for envelope in Envelope::ALL {
            for m in envelope.members() {
                let want = if m.fact == Fact::Status {
                    JsonType::Integer
                } else {
                    JsonType::String
                };
                assert_eq!(m.json_type, want, "{}", m.key);
            }
        }
    }

    #[test]
    fn names_round_trip_and_unknown_names_are_refused() {
        for envelope in Envelope::ALL {
            assert_eq!(envelope.name().parse::<Envelope>(), Ok(envelope));
            assert_eq!(
                serde_json::to_value(envelope).unwrap(),
                serde_json::Value::from(envelope.name())
            );
        }
        let err = "rfc9457".parse::<Envelope>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown envelope `rfc9457`; expected `errdocs` or `problem`"
        );
    }
}
