//! Positions of the top-level keys of a JSON object, for diagnostics on example responses.

use crate::model::{ExampleKey, Spanned};

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

    #[test]
    fn deep_nesting_is_fine() {
        let text = format!("{{\"a\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(top_level_keys(&text).len(), 1);
    }
}
