//! The example response: valid JSON, an object, and exactly the body the code would send.

use super::json_keys::{self, ExampleJson};
use super::walk::RawPage;
use super::{Assembler, closest, list, offset_of_line_col, strip_position, url_path};
use crate::Config;
use crate::model::{Example, ExampleKey, Page, Spanned};
use errdocs_wire::Fact;
use std::collections::HashSet;

impl Assembler<'_> {
    pub(super) fn example(&mut self, raw: &mut RawPage, config: &Config, page: &mut Page) {
        let Some(block) = raw.example.take() else {
            return;
        };
        page.spans.example = block.span.clone();
        page.spans.example_map = block.map;
        let room = config.envelope.keys().len();
        let (json, keys) = match json_keys::parse_example(&block.text, room) {
            Ok(ExampleJson::Object(json, keys)) => (json, keys),
            Ok(ExampleJson::Other) => {
                self.error(
                    block.span.clone(),
                    "the example response is not a JSON object",
                )
                .with_help(
                    "show the body the API sends, e.g. `{\"detail\": …, \"code\": …}`".to_owned(),
                );
                return;
            }
            Err(e) => {
                let at = offset_of_line_col(&block.text, e.line(), e.column());
                let offset = page.example_offset(at);
                self.error(offset..offset + 1, "the example response is not valid JSON")
                    .with_label(strip_position(&e.to_string()));
                return;
            }
        };
        // The parse's key names are moved, not copied: only the spans change.
        page.spans.example_keys = keys
            .into_iter()
            .map(|k| {
                let (kr, vr) = (&k.name.span, &k.value);
                ExampleKey {
                    name: Spanned::new(
                        k.name.value,
                        page.example_offset(kr.start)..page.example_offset(kr.end),
                    ),
                    value: page.example_offset(vr.start)..page.example_offset(vr.end),
                }
            })
            .collect();
        page.example = Some(Example {
            json,
            text: block.text,
        });
        self.check_example(page, config);
    }

    /// The example must be the body the code would send for this page.
    pub(super) fn check_example(&mut self, page: &Page, config: &Config) {
        let Some(example) = &page.example else { return };
        let Some(object) = example.json.as_object() else {
            return;
        };
        let expected = config.envelope.keys();
        let keys = &page.spans.example_keys;
        // The object holds each key once: as many entries as keys means none repeats, and no
        // set is needed. Otherwise a set, so that an example of many thousand keys stays
        // linear.
        let mut seen: Option<HashSet<&str>> =
            (object.len() != keys.len()).then(|| HashSet::with_capacity(keys.len()));
        // The object's entries are the keys at their first places, in order (each with the
        // value of its last place), so each key's value is the next entry, not a lookup.
        let mut entries = object.iter();
        let missing = super::members::missing_keys(keys, config);
        for ExampleKey {
            name:
                Spanned {
                    value: key,
                    span: key_span,
                },
            value: value_span,
        } in keys
        {
            if let Some(seen) = &mut seen
                && !seen.insert(key.as_str())
            {
                self.error(
                    key_span.clone(),
                    format!("key `{key}` appears twice in the example response"),
                );
                continue;
            }
            let value = match entries.next() {
                Some((name, value)) if name == key => value,
                _ => &example.json[key.as_str()],
            };
            if !expected.contains(&key.as_str()) {
                if super::members::is_member_key(key, &missing, config) {
                    // A member of this error's body (checked in `members`).
                    continue;
                }
                let reserved = super::members::reserved_by(key, config);
                let d = self
                    .error(
                        key_span.clone(),
                        format!("unexpected key `{key}` in the example response"),
                    )
                    .with_label(match reserved {
                        Some(other) => format!("a key of the `{other}` envelope"),
                        None => "not part of the envelope".to_owned(),
                    });
                d.with_help(match (reserved, closest(key, expected)) {
                    (Some(_), _) => format!(
                        "a member must not reuse an envelope key; the `{}` envelope's keys are {}",
                        config.envelope,
                        list(expected)
                    ),
                    (None, Some(s)) => format!(
                        "did you mean `{s}`? the envelope's keys are {}",
                        list(expected)
                    ),
                    (None, None) => format!("the envelope's keys are {}", list(expected)),
                });
                continue;
            }
            let url_check = |v: &serde_json::Value| match (v.as_str(), config.doc_url.is_none()) {
                (Some(v), true) => url_path(v) == page.doc_url,
                (Some(v), false) => v == page.doc_url,
                (None, _) => false,
            };
            // Which page fact the key carries decides what its value must be; the expected
            // value is made only for a mismatch.
            let fact = config.envelope.members().iter().find(|m| m.key == key);
            let want = match fact.map(|m| m.fact) {
                Some(Fact::Code) if value.as_str() != Some(page.code.as_str()) => {
                    serde_json::Value::from(page.code.as_str())
                }
                Some(Fact::Status) if value.as_u64() != Some(u64::from(page.status)) => {
                    serde_json::Value::from(page.status)
                }
                Some(Fact::DocUrl) if !url_check(value) => {
                    serde_json::Value::from(page.doc_url.as_str())
                }
                _ => continue,
            };
            self.error(
                value_span.clone(),
                format!("the example's `{key}` is {value}, expected {want}"),
            )
            .with_label(format!("the page's {key} is {want}"))
            .with_help(format!("make the example's `{key}` {want}"));
        }
        // `missing` lists the envelope keys that no key of the example names.
        if !missing.is_empty() {
            let brace = example.text.find('{').unwrap_or(0);
            let at = page.example_offset(brace);
            self.error(
                at..at + 1,
                format!("the example response lacks {}", list(&missing)),
            )
            .with_label(format!("this object has no {}", list(&missing)))
            .with_help(format!("the envelope's keys are {}", list(expected)));
        }
    }
}
