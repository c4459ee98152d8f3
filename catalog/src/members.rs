//! Body members: the keys of an error's body beyond its envelope's (`errors`, `decline_code`),
//! documented by the page's example response and its optional `Response fields` section.

use std::fmt;
use std::ops::Range;

use serde::Serialize;

/// The JSON type of a body member (or of a part of one), as a page documents it.
///
/// ```
/// use errdocs_catalog::MemberType;
/// let value = serde_json::json!([{"field": "limit", "message": "too big"}]);
/// let ty = MemberType::of(&value);
/// assert_eq!(ty.to_string(), "array of object with `field` (string), `message` (string)");
/// assert!(MemberType::parse("object[]").unwrap().agrees(&ty));
/// assert!(!MemberType::parse("string").unwrap().agrees(&ty));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberType {
    /// A string.
    String,
    /// An integer.
    Integer,
    /// Any number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// `null` in the example: the member is optional and its type is not shown.
    Null,
    /// Any JSON value (the items of an empty array, `any`).
    Any,
    /// An array of items of one type.
    Array(Box<MemberType>),
    /// An object; its fields in page order (none when the page says only `object`).
    Object(Vec<(String, MemberType)>),
}

impl MemberType {
    /// The type of an example value: an array's items take the type of its first item, an
    /// object's fields the types of their values.
    pub fn of(value: &serde_json::Value) -> MemberType {
        use serde_json::Value;
        match value {
            Value::Null => MemberType::Null,
            Value::Bool(_) => MemberType::Boolean,
            Value::Number(n) if n.is_f64() => MemberType::Number,
            Value::Number(_) => MemberType::Integer,
            Value::String(_) => MemberType::String,
            Value::Array(items) => MemberType::Array(Box::new(
                items.first().map_or(MemberType::Any, MemberType::of),
            )),
            Value::Object(map) => MemberType::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), MemberType::of(v)))
                    .collect(),
            ),
        }
    }

    /// A type as a `Response fields` row or a Mintlify `type="…"` writes it: `string`,
    /// `integer`, `number`, `boolean`, `object`, `array`, `any`, `null`, `T[]` or
    /// `array of T` (case and backticks do not matter). `None` for anything else.
    pub fn parse(text: &str) -> Option<MemberType> {
        let text = text.trim().trim_matches('`').trim();
        if let Some(item) = text.strip_suffix("[]") {
            return Some(MemberType::Array(Box::new(MemberType::parse(item)?)));
        }
        // Case is ignored in place: no lowercase copy of the text.
        let strip = |prefix: &str| {
            text.get(..prefix.len())
                .filter(|head| head.eq_ignore_ascii_case(prefix))
                .map(|_| &text[prefix.len()..])
        };
        if let Some(item) = strip("array of ").or_else(|| strip("list of ")) {
            let item = MemberType::parse(item)
                .or_else(|| MemberType::parse(item.strip_suffix(['s', 'S'])?))?;
            return Some(MemberType::Array(Box::new(item)));
        }
        let is = |names: &[&str]| names.iter().any(|n| text.eq_ignore_ascii_case(n));
        Some(if is(&["string", "str"]) {
            MemberType::String
        } else if is(&["integer", "int"]) {
            MemberType::Integer
        } else if is(&["number", "float", "double"]) {
            MemberType::Number
        } else if is(&["boolean", "bool"]) {
            MemberType::Boolean
        } else if is(&["object", "map"]) {
            MemberType::Object(Vec::new())
        } else if is(&["array", "list"]) {
            MemberType::Array(Box::new(MemberType::Any))
        } else if is(&["any"]) {
            MemberType::Any
        } else if is(&["null"]) {
            MemberType::Null
        } else {
            return None;
        })
    }

    /// Whether a value of type `other` fits this type: `any` and `null` fit everything, an
    /// integer is a number, an object without fields takes any object, and an object's
    /// fields must agree where both name them.
    pub fn agrees(&self, other: &MemberType) -> bool {
        use MemberType::*;
        match (self, other) {
            (Any | Null, _) | (_, Any | Null) => true,
            (Number, Integer) | (Integer, Number) => true,
            (Array(a), Array(b)) => a.agrees(b),
            (Object(a), Object(b)) => a.iter().all(|(k, t)| {
                b.iter()
                    .find(|(k2, _)| k2 == k)
                    .is_none_or(|(_, t2)| t.agrees(t2))
            }),
            (a, b) => a == b,
        }
    }

    /// The JSON Schema / OpenAPI `type` name (`array`, `object`, …); `None` for `any`/`null`.
    pub fn schema_name(&self) -> Option<&'static str> {
        Some(match self {
            MemberType::String => "string",
            MemberType::Integer => "integer",
            MemberType::Number => "number",
            MemberType::Boolean => "boolean",
            MemberType::Array(_) => "array",
            MemberType::Object(_) => "object",
            MemberType::Null | MemberType::Any => return None,
        })
    }

    /// The type one level down, for a path segment: `[]` for an array's items, a field's
    /// name for an object.
    pub fn child(&self, segment: &str) -> Option<&MemberType> {
        match (self, segment) {
            (MemberType::Array(item), "[]") => Some(item),
            (MemberType::Object(fields), name) => {
                fields.iter().find(|(k, _)| k == name).map(|(_, t)| t)
            }
            _ => None,
        }
    }
}

impl fmt::Display for MemberType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MemberType::Array(item) => write!(f, "array of {item}"),
            MemberType::Object(fields) if !fields.is_empty() => {
                f.write_str("object with ")?;
                for (i, (k, t)) in fields.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    match t {
                        MemberType::Object(inner) if !inner.is_empty() => {
                            write!(f, "`{k}` (object)")?
                        }
                        _ => write!(f, "`{k}` ({t})")?,
                    }
                }
                Ok(())
            }
            MemberType::Object(_) => f.write_str("object"),
            other => f.write_str(other.schema_name().unwrap_or(match other {
                MemberType::Null => "null",
                _ => "any",
            })),
        }
    }
}

/// A documented field inside a member (`errors[].field`), from a `Response fields` row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberField {
    /// The path below the member, segments joined by `.` (`[]` for an array's items):
    /// `[].field`.
    pub path: String,
    /// The type the row gives.
    pub json_type: MemberType,
    /// The row's description.
    pub description: String,
}

/// A member of an error's body beyond the envelope's keys.
///
/// ```
/// let text = include_str!("../../docs/errors/validation_failed.md");
/// let page = errdocs_catalog::parse_page("docs/errors/validation_failed.md", text).unwrap();
/// let errors = &page.members[0];
/// assert_eq!(errors.name, "errors");
/// assert!(errors.required);
/// assert_eq!(errors.json_type.to_string(), "array of object with `field` (string), `message` (string)");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BodyMember {
    /// The JSON key (`errors`).
    pub name: String,
    /// Its type: the example value's, or the `Response fields` row's when the example does
    /// not show it.
    pub json_type: MemberType,
    /// Whether every body of this code has it (`false` when the page marks it optional or
    /// its example value is `null`).
    pub required: bool,
    /// The `Response fields` description, or empty.
    pub description: String,
    /// Documented fields inside it (`errors[].field`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<MemberField>,
    /// Its value in the example response, if the example shows it.
    pub example: Option<serde_json::Value>,
    /// Where the page documents it: its key in the example, else its `Response fields` row.
    #[serde(skip)]
    pub span: Range<usize>,
}

impl BodyMember {
    /// The member's JSON Schema (OpenAPI 3.1): its type, nested fields and the page's
    /// descriptions. The OpenAPI export and the runtime's `utoipa` feature both use it.
    ///
    /// ```
    /// let text = include_str!("../../docs/errors/validation_failed.md");
    /// let page = errdocs_catalog::parse_page("docs/errors/validation_failed.md", text).unwrap();
    /// let schema = page.members[0].schema();
    /// assert_eq!(schema["type"], "array");
    /// assert_eq!(schema["items"]["properties"]["field"]["type"], "string");
    /// assert_eq!(schema["items"]["required"], serde_json::json!(["field", "message"]));
    /// ```
    pub fn schema(&self) -> serde_json::Value {
        let mut schema = type_schema(&self.json_type, "", &self.fields);
        if !self.description.is_empty()
            && let Some(map) = schema.as_object_mut()
        {
            map.insert("description".to_owned(), self.description.clone().into());
        }
        schema
    }
}

/// The schema of `ty` found at `path` below a member; `fields` give descriptions.
fn type_schema(ty: &MemberType, path: &str, fields: &[MemberField]) -> serde_json::Value {
    use serde_json::{Map, Value, json};
    let mut schema = match ty {
        MemberType::Null | MemberType::Any => json!({}),
        MemberType::Array(item) => {
            let item_path = format!("{path}[]");
            json!({"type": "array", "items": type_schema(item, &item_path, fields)})
        }
        MemberType::Object(members) => {
            let mut properties = Map::new();
            for (name, t) in members {
                let sub = if path.is_empty() {
                    name.clone()
                } else {
                    format!("{path}.{name}")
                };
                properties.insert(name.clone(), type_schema(t, &sub, fields));
            }
            let mut schema = json!({"type": "object"});
            if !members.is_empty() {
                schema["properties"] = Value::Object(properties);
                schema["required"] = members.iter().map(|(k, _)| k.as_str()).collect();
            }
            schema
        }
        other => json!({"type": other.schema_name()}),
    };
    if !path.is_empty()
        && let Some(field) = fields.iter().find(|f| f.path == path)
        && !field.description.is_empty()
    {
        schema["description"] = field.description.clone().into();
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::MemberType::{self, *};

    #[test]
    fn types_parse_whatever_their_case() {
        let parse = |t: &str| MemberType::parse(t);
        assert_eq!(parse(" `String` "), Some(String));
        assert_eq!(parse("INT"), Some(Integer));
        assert_eq!(parse("Double"), Some(Number));
        assert_eq!(parse("Map"), Some(Object(Vec::new())));
        assert_eq!(parse("LIST"), Some(Array(Box::new(Any))));
        assert_eq!(parse("Array Of Strings"), Some(Array(Box::new(String))));
        assert_eq!(parse("LIST OF BOOLS"), Some(Array(Box::new(Boolean))));
        assert_eq!(parse("list of `null`"), Some(Array(Box::new(Null))));
        assert_eq!(
            parse("Array of Objects[]"),
            Some(Array(Box::new(Array(Box::new(Object(Vec::new()))))))
        );
        assert_eq!(parse("array  of string"), None);
        assert_eq!(parse("arrayé"), None);
        assert_eq!(parse("é"), None);
        assert_eq!(parse("strings"), None);
    }
}
