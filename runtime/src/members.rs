//! Body members: the data an error's body carries beyond its envelope's keys (`errors`,
//! `decline_code`), documented on the error's page and carried by `#[api_error(body)]` fields.

use std::fmt;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

/// A member's value, whatever its type: what [`BodyMembers`] hands out. Implemented for
/// every `T: Serialize`.
pub trait MemberValue {
    /// Appends the value's JSON to `out`.
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()>;

    /// The value as a JSON tree (for serializers other than the response's).
    fn to_json(&self) -> serde_json::Result<serde_json::Value>;
}

impl<T: Serialize + ?Sized> MemberValue for T {
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        serde_json::to_writer(out, self)
    }

    fn to_json(&self) -> serde_json::Result<serde_json::Value> {
        serde_json::to_value(self)
    }
}

/// The members of an error value, in the page's order. Implemented by `#[derive(ApiError)]`
/// for types with `#[api_error(body)]` fields.
///
/// ```
/// use errdocs::members::{BodyMembers, MemberValue, Members};
/// struct Limits { limit: u32, remaining: u32 }
/// impl BodyMembers for Limits {
///     fn each_member(&self, visit: &mut dyn FnMut(&'static str, &dyn MemberValue)) {
///         visit("limit", &self.limit);
///         visit("remaining", &self.remaining);
///     }
/// }
/// let limits = Limits { limit: 100, remaining: 0 };
/// let map = Members::new(&limits).to_map().unwrap();
/// assert_eq!(serde_json::Value::Object(map), serde_json::json!({"limit": 100, "remaining": 0}));
/// ```
pub trait BodyMembers {
    /// Calls `visit` with each member's key and value; an absent optional member is skipped.
    fn each_member(&self, visit: &mut dyn FnMut(&'static str, &dyn MemberValue));
}

/// The members a body carries: none (the default), or those of an error value.
#[derive(Clone, Copy, Default)]
pub struct Members<'a>(Option<&'a dyn BodyMembers>);

impl<'a> Members<'a> {
    /// No members: the body is the envelope alone.
    pub const NONE: Members<'static> = Members(None);

    /// The members of `source`.
    pub fn new(source: &'a dyn BodyMembers) -> Self {
        Members(Some(source))
    }

    /// Whether there is no source of members (a variant without `body` fields).
    pub fn is_none(&self) -> bool {
        self.0.is_none()
    }

    /// Calls `visit` with each member.
    pub fn each(&self, visit: &mut dyn FnMut(&'static str, &dyn MemberValue)) {
        if let Some(source) = self.0 {
            source.each_member(visit);
        }
    }

    /// The members as a JSON object, in order (with serde_json's `preserve_order`).
    pub fn to_map(&self) -> serde_json::Result<serde_json::Map<String, serde_json::Value>> {
        let mut map = serde_json::Map::new();
        let mut error = None;
        self.each(&mut |key, value| match value.to_json() {
            Ok(v) => {
                map.insert(key.to_owned(), v);
            }
            Err(e) => {
                error.get_or_insert(e);
            }
        });
        match error {
            Some(e) => Err(e),
            None => Ok(map),
        }
    }

    /// Appends `,"key":value` for each member to `out`.
    pub(crate) fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        let mut result = Ok(());
        self.each(&mut |key, value| {
            if result.is_err() {
                return;
            }
            out.push(b',');
            result = serde_json::to_writer(&mut *out, key).and_then(|()| {
                out.push(b':');
                value.write_json(out)
            });
        });
        result
    }

    /// Serializes the envelope's entries (`envelope`) then the members, as one map.
    pub(crate) fn serialize_with<S, F>(
        &self,
        serializer: S,
        envelope: errdocs_wire::Envelope,
        facts: &F,
    ) -> Result<S::Ok, S::Error>
    where
        S: Serializer,
        F: errdocs_wire::Facts + ?Sized,
    {
        let body = errdocs_wire::Body::new(envelope, facts);
        if self.is_none() {
            return body.serialize(serializer);
        }
        let mut map = serializer.serialize_map(None)?;
        body.serialize_entries(&mut map)?;
        let mut result = Ok(());
        self.each(&mut |key, value| {
            if result.is_ok() {
                result = match value.to_json() {
                    Ok(v) => map.serialize_entry(key, &v),
                    Err(e) => Err(serde::ser::Error::custom(e)),
                };
            }
        });
        result?;
        map.end()
    }
}

impl fmt::Debug for Members<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to_map() {
            Ok(map) => f.debug_tuple("Members").field(&map).finish(),
            Err(e) => f.debug_tuple("Members").field(&e.to_string()).finish(),
        }
    }
}

impl PartialEq for Members<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self.is_none(), other.is_none()) {
            (true, true) => true,
            _ => self.to_map().ok() == other.to_map().ok(),
        }
    }
}

impl Eq for Members<'_> {}

/// A member as its page documents it (`ErrorDoc::members`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct MemberDoc {
    /// The JSON key (`errors`).
    pub name: &'static str,
    /// Its JSON type as the page gives it (`array of object with `field` (string), …`).
    pub json_type: &'static str,
    /// The JSON Schema `type` (`array`), or empty when the page does not show one.
    pub schema_type: &'static str,
    /// Whether every body of the code has it.
    pub required: bool,
    /// The page's description, or empty.
    pub description: &'static str,
    /// The member's JSON Schema as JSON text, from its page (what the OpenAPI export shows).
    pub schema: &'static str,
}

/// The most members [`ApiFailure`](crate::client::ApiFailure) keeps from one body.
pub const MAX_MEMBERS: usize = 32;
/// The most JSON bytes one kept member may take; a larger one is dropped.
pub const MAX_MEMBER_BYTES: usize = 64 * 1024;
/// The deepest nesting a kept member may have; a deeper one is dropped.
pub const MAX_MEMBER_DEPTH: usize = 16;

/// The members of a received body: its keys beyond both envelopes', bounded by
/// [`MAX_MEMBERS`], [`MAX_MEMBER_BYTES`] and [`MAX_MEMBER_DEPTH`].
pub(crate) fn received(
    body: serde_json::Map<String, serde_json::Value>,
) -> serde_json::Map<String, serde_json::Value> {
    let envelope_key = |k: &str| {
        errdocs_wire::Envelope::ALL
            .iter()
            .any(|e| e.keys().contains(&k))
    };
    body.into_iter()
        .filter(|(k, v)| !envelope_key(k) && k.len() <= 256 && depth_within(v, MAX_MEMBER_DEPTH))
        .filter(|(_, v)| {
            let mut counter = ByteCounter(0);
            serde_json::to_writer(&mut counter, v).is_ok() && counter.0 <= MAX_MEMBER_BYTES
        })
        .take(MAX_MEMBERS)
        .collect()
}

/// Whether `value` nests at most `max` levels (iteratively: no recursion on hostile input).
fn depth_within(value: &serde_json::Value, max: usize) -> bool {
    let mut stack = vec![(value, 0usize)];
    while let Some((v, depth)) = stack.pop() {
        if depth > max {
            return false;
        }
        match v {
            serde_json::Value::Array(items) => stack.extend(items.iter().map(|i| (i, depth + 1))),
            serde_json::Value::Object(map) => stack.extend(map.values().map(|i| (i, depth + 1))),
            _ => {}
        }
    }
    true
}

/// Counts bytes and stops the writer past [`MAX_MEMBER_BYTES`].
struct ByteCounter(usize);

impl std::io::Write for ByteCounter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        if self.0 > MAX_MEMBER_BYTES {
            return Err(std::io::Error::other("member too large"));
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
