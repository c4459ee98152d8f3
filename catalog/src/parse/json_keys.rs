//! An example response's JSON: its value and the positions of its top-level keys.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::model::{ExampleKey, Spanned};

/// An example's JSON, read once.
pub(crate) enum ExampleJson {
    /// An object, and its top-level keys in the order written, with ranges in the text.
    Object(Value, Vec<ExampleKey>),
    /// Valid JSON that is not an object.
    Other,
}

/// Reads `text` as `serde_json::from_str::<Value>` does (the same value, the same errors)
/// and finds the top-level keys of an object in the same pass, as [`top_level_keys`] would.
///
/// serde_json lends a key without escapes straight from `text`, which tells where it is; a
/// key with escapes (or one of serde_json's private keys, which its `Value` reads its own
/// way) sends the whole text down the slower path of a plain parse and a scan.
///
/// The object and the keys get room for `room` entries, the number an example is expected
/// to have (its envelope's keys): enough that most are not grown into, and no more, as the
/// room is kept with the page.
pub(crate) fn parse_example(text: &str, room: usize) -> Result<ExampleJson, serde_json::Error> {
    let mut top = Top {
        text,
        object: serde_json::Map::with_capacity(room),
        keys: Vec::with_capacity(room),
        unusual: false,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let read = (&mut top)
        .deserialize(&mut de)
        .and_then(|object| de.end().map(|()| object));
    if top.unusual {
        let json: Value = serde_json::from_str(text)?;
        if !json.is_object() {
            return Ok(ExampleJson::Other);
        }
        return Ok(ExampleJson::Object(json, top_level_keys(text)));
    }
    if !read? {
        return Ok(ExampleJson::Other);
    }
    // The last value ends at the object's `}`, the last byte that is not white space.
    if let Some(last) = top.keys.last_mut() {
        last.value.end = last_non_space(text.as_bytes(), text.len()).unwrap_or(text.len());
    }
    Ok(ExampleJson::Object(Value::Object(top.object), top.keys))
}

/// The top-level value of an example, as serde_json's `Value` reads it: an object's entries
/// and keys are kept, any other value is only checked.
struct Top<'t> {
    text: &'t str,
    object: serde_json::Map<String, Value>,
    /// The keys found so far; the last one's value ends where the next key (or the object)
    /// is found to end it.
    keys: Vec<ExampleKey>,
    /// Whether a key could not be located, or is one serde_json reads in its own way.
    unusual: bool,
}

/// Keys that serde_json's `Value` gives a meaning of their own (a raw value or, with its
/// `arbitrary_precision` feature, a number).
const SERDE_JSON_PRIVATE: &str = "$serde_json::private::";

impl Top<'_> {
    /// Records the key `name`, which serde_json lent from the text, with its span; the
    /// previous key's value ends at the `,` before it.
    fn locate(&mut self, name: &str) {
        let bytes = self.text.as_bytes();
        // Where the borrowed `name` starts in the text, checked to be between quotes.
        let at = (name.as_ptr() as usize).wrapping_sub(bytes.as_ptr() as usize);
        let end = at.wrapping_add(name.len());
        if at == 0 || end >= bytes.len() || bytes[at - 1] != b'"' || bytes[end] != b'"' {
            self.unusual = true;
            return;
        }
        let (open, close) = (at - 1, end + 1);
        if let Some(previous) = self.keys.last_mut() {
            previous.value.end = last_non_space(bytes, open).unwrap_or(open);
        }
        let start = bytes[close..]
            .iter()
            .position(|&b| !matches!(b, b':' | b' ' | b'\t' | b'\r' | b'\n'))
            .map_or(bytes.len(), |i| close + i);
        self.keys.push(ExampleKey {
            name: Spanned::new(name.to_owned(), open..close),
            value: start..start,
        });
    }
}

/// The offset of the last byte of `bytes[..end]` that is not JSON white space.
fn last_non_space(bytes: &[u8], end: usize) -> Option<usize> {
    bytes[..end]
        .iter()
        .rposition(|&b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
}

impl<'de> DeserializeSeed<'de> for &mut Top<'de> {
    /// Whether the value is an object.
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }
}

/// Every kind of value serde_json's `deserialize_any` hands a visitor; only an object is
/// kept.
impl<'de> Visitor<'de> for &mut Top<'de> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_i64<E>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_u64<E>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_f64<E>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_str<E>(self, _: &str) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_unit<E>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        // Elements read as `Value` reads them, so that an error is the one it reports.
        while seq.next_element::<Value>()?.is_some() {}
        Ok(false)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        while let Some(key) = map.next_key_seed(KeySeed)? {
            match &key {
                Cow::Borrowed(name) if !name.starts_with(SERDE_JSON_PRIVATE) => self.locate(name),
                _ => self.unusual = true,
            }
            // Inserted as `Value` inserts them: a repeated key keeps its first place, and takes
            // its last value.
            let value: Value = map.next_value()?;
            self.object.insert(key.into_owned(), value);
        }
        Ok(true)
    }
}

/// A key of the top-level object: borrowed from the text when it has no escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(s))
    }

    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s.to_owned()))
    }
}

/// The top-level keys of the object in `text`, with the ranges (in `text`) of each key and
/// its value.
///
/// `text` must already be valid JSON; on anything else the result is simply incomplete.
/// The scan is linear and iterative, so deep nesting cannot overflow the stack.
pub(crate) fn top_level_keys(text: &str) -> Vec<ExampleKey> {
    let bytes = text.as_bytes();
    let mut keys = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    // Set after a string at depth 1 that is followed by `:`.
    let mut pending: Option<Spanned<String>> = None;
    let mut value_start: Option<usize> = None;
    let mut expect_key = false;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let end = (i + 1).min(bytes.len());
                if depth == 1 && expect_key {
                    let quoted = &text[start..end];
                    // Valid JSON without escapes is its own text between the quotes.
                    let key = match quoted.strip_prefix('"').and_then(|q| q.strip_suffix('"')) {
                        Some(plain) if !plain.contains('\\') => plain.to_owned(),
                        _ => serde_json::from_str::<String>(quoted).unwrap_or_default(),
                    };
                    pending = Some(Spanned::new(key, start..end));
                    expect_key = false;
                } else if depth == 1 && value_start.is_none() && pending.is_some() {
                    value_start = Some(start);
                }
            }
            b'{' | b'[' => {
                if depth == 1 && pending.is_some() && value_start.is_none() {
                    value_start = Some(i);
                }
                depth += 1;
                if depth == 1 && bytes[i] == b'{' {
                    expect_key = true;
                }
            }
            b'}' | b']' => {
                if depth == 1 {
                    finish(&mut keys, &mut pending, &mut value_start, i);
                }
                depth = depth.saturating_sub(1);
            }
            b',' if depth == 1 => {
                finish(&mut keys, &mut pending, &mut value_start, i);
                expect_key = true;
            }
            b':' | b' ' | b'\t' | b'\r' | b'\n' => {}
            _ => {
                if depth == 1 && pending.is_some() && value_start.is_none() {
                    value_start = Some(i);
                }
            }
        }
        i += 1;
    }
    keys
}

fn finish(
    keys: &mut Vec<ExampleKey>,
    pending: &mut Option<Spanned<String>>,
    value_start: &mut Option<usize>,
    end: usize,
) {
    if let Some(name) = pending.take() {
        let start = value_start.take().unwrap_or(end);
        keys.push(ExampleKey {
            name,
            value: start..end,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_and_values() {
        let text =
            "{\n  \"detail\": \"a, b\",\n  \"code\": \"x\\\"y\",\n  \"n\": {\"k\": [1, 2]}\n}";
        let keys = top_level_keys(text);
        let names: Vec<_> = keys.iter().map(|k| k.name.value.as_str()).collect();
        assert_eq!(names, ["detail", "code", "n"]);
        assert_eq!(&text[keys[0].name.span.clone()], "\"detail\"");
        assert_eq!(text[keys[1].value.clone()].trim_end(), "\"x\\\"y\"");
        assert_eq!(text[keys[2].value.clone()].trim_end(), "{\"k\": [1, 2]}");
    }

    #[test]
    fn escaped_keys_are_unescaped() {
        let text = "{\"de\\u0074ail\": 1, \"a\\\"b\": 2, \"plain\": 3}";
        let keys = top_level_keys(text);
        let names: Vec<_> = keys.iter().map(|k| k.name.value.as_str()).collect();
        assert_eq!(names, ["detail", "a\"b", "plain"]);
        assert_eq!(&text[keys[1].name.span.clone()], "\"a\\\"b\"");
    }

    /// An object's value (as written out, so that its keys' order counts) and keys.
    type Read = Result<Option<(String, Vec<ExampleKey>)>, String>;

    /// What the one pass must give: serde_json's own parse, then the scan.
    fn parsed_twice(text: &str) -> Read {
        match serde_json::from_str::<Value>(text) {
            Ok(json) if json.is_object() => Ok(Some((json.to_string(), top_level_keys(text)))),
            Ok(_) => Ok(None),
            Err(e) => Err(format!("{e} ({}:{})", e.line(), e.column())),
        }
    }

    /// What [`parse_example`] gives, the same whatever room it is given.
    fn parsed_once(text: &str) -> Read {
        let read = |room| match parse_example(text, room) {
            Ok(ExampleJson::Object(json, keys)) => Ok(Some((json.to_string(), keys))),
            Ok(ExampleJson::Other) => Ok(None),
            Err(e) => Err(format!("{e} ({}:{})", e.line(), e.column())),
        };
        let first = read(0);
        for room in [1, 4, 16] {
            assert_eq!(read(room), first, "room for {room} keys");
        }
        first
    }

    #[test]
    fn one_pass_agrees_with_a_parse_and_a_scan() {
        let texts = [
            "{\n  \"detail\": \"a, b\",\n  \"code\": \"x\\\"y\",\n  \"n\": {\"k\": [1, 2]}\n}\n",
            "{}",
            " { } \n",
            "{\"a\":1}",
            "{\"a\" : [ {\"b\": \"}\"} ] ,\"c\":null,\"d\":-1.5e3 }",
            "{\"a\": 1, \"a\": 2, \"b\": 3, \"a\": 4}",
            "{\"z\": 1, \"y\": 2, \"x\": 3, \"w\": 4, \"v\": 5, \"u\": 6, \"t\": 7, \"s\": 8, \"r\": 9, \"z\": 0}",
            "{\"\": \"\", \"x\": \"\\u00e9\"}",
            "{\"é\": true, \"k\\n\": false}",
            "{\"de\\u0074ail\": 1, \"a\\\"b\": 2, \"plain\": 3}",
            "{\"$serde_json::private::RawValue\": \"1\"}",
            "{\"a\": 1, \"$serde_json::private::RawValue\": \"1\"}",
            "{\"$serde_json::private::Number\": \"1\"}",
            "{\r\n\t\"a\"\t:\r\n\"b\"\r\n}\r\n",
            "[1, 2]",
            "\"text\"",
            "12",
            "null",
            "",
            "{",
            "{\"a\": }",
            "{\"a\": 1,}",
            "{\"a\": 1} x",
            "{\"a\": 1}}",
            "{1: 2}",
            "{\"a\": [1, 2,]}",
            "{\"a\": 1e400}",
            "[1e400]",
            "{\"a\": \"\\x\"}",
            "{\"a\\x\": 1}",
        ];
        for text in texts {
            assert_eq!(parsed_once(text), parsed_twice(text), "{text:?}");
        }
        let deep = format!("{{\"a\": {}{}}}", "[".repeat(200), "]".repeat(200));
        assert_eq!(parsed_once(&deep), parsed_twice(&deep));
    }

    proptest::proptest! {
        #[test]
        fn one_pass_agrees_on_json_ish_text(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "{", "}", "[", "]", ",", ":", " ", "\n", "\"a\"", "\"b\"", "\"a\\\"\"",
                "\"\\u0061\"", "1", "-2.5", "null", "true", "\"", "\\", "é",
            ]), 0..24)
        ) {
            let text = format!("{{{}", pieces.concat());
            proptest::prop_assert_eq!(parsed_once(&text), parsed_twice(&text), "{:?}", text);
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_agrees_on_objects(
            entries in proptest::collection::vec((
                proptest::sample::select(vec!["\"a\"", "\"b\"", "\"\"", "\"a\\u0062\"", "\"é\""]),
                proptest::sample::select(vec!["1", "\"v, }\"", "[1, {\"a\": 2}]", "{}", "null", "-0.5"]),
                proptest::sample::select(vec!["", " ", "\n  ", "\t", "\r\n"]),
            ), 0..6)
        ) {
            let body: Vec<String> = entries
                .iter()
                .map(|(k, v, ws)| format!("{ws}{k}{ws}:{ws}{v}{ws}"))
                .collect();
            let text = format!("{{{}}}\n", body.join(","));
            proptest::prop_assert!(parsed_twice(&text).is_ok());
            proptest::prop_assert_eq!(parsed_once(&text), parsed_twice(&text), "{:?}", text);
        }
    }

    #[test]
    fn deep_nesting_is_fine() {
        let text = format!("{{\"a\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(top_level_keys(&text).len(), 1);
    }
}
