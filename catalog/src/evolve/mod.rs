//! What a catalog has published, code by code ([`Snapshot`]), compared between two versions
//! ([`diff`]) and kept in `errdocs.lock` ([`lock`]), so that a change of the public contract
//! (a status, a retry flag, a removed or reused code) is seen before it ships.

pub mod diff;
pub mod lock;

use crate::MemberType;
use crate::model::{Catalog, Page, Retired, SdkMapping};
use crate::{Diagnostic, Envelope};

/// One member of an error body beyond the envelope's keys: its name and JSON type (see
/// [`members`] for the notation).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Member {
    /// The key (`balance`).
    pub name: String,
    /// Its JSON type (`number`).
    pub ty: String,
}

/// The prose of a page, compared only to report that it changed: a fingerprint of each
/// part, so that a snapshot of a large catalog copies no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Text {
    /// The reason phrase.
    pub title: u64,
    /// The summary.
    pub summary: u64,
    /// The retry advice.
    pub advice: u64,
    /// `When this happens`.
    pub causes: u64,
    /// `How to fix`.
    pub fixes: u64,
}

impl Text {
    /// The fingerprints of a page's prose.
    ///
    /// ```
    /// use errdocs_catalog::evolve::Text;
    /// let a = Text::of("Conflict", "It conflicts.", "", &[], &[]);
    /// let b = Text::of("Conflict", "It conflicts again.", "", &[], &[]);
    /// assert_eq!(a.title, b.title);
    /// assert_ne!(a.summary, b.summary);
    /// ```
    pub fn of(
        title: &str,
        summary: &str,
        advice: &str,
        causes: &[String],
        fixes: &[String],
    ) -> Text {
        Text {
            title: fingerprint(&title),
            summary: fingerprint(&summary),
            advice: fingerprint(&advice),
            causes: fingerprint(&causes),
            fixes: fingerprint(&fixes),
        }
    }
}

/// A 64-bit fingerprint of `value`, the same in every process (fixed keys).
fn fingerprint<T: std::hash::Hash + ?Sized>(value: &T) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    BuildHasherDefault::<DefaultHasher>::default().hash_one(value)
}

/// Where an entry's facts are written: a path and the 1-based line of each fact (0 when
/// unknown, as in an exported JSON file).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Lines {
    /// The file (`docs/errors/card_declined.md`, `errdocs.lock`).
    pub path: String,
    /// The code's line.
    pub code: usize,
    /// The status's line.
    pub status: usize,
    /// The retry flag's line.
    pub retry: usize,
    /// The `Retired?` line.
    pub retired: usize,
    /// The first line of the `SDK behaviour` table.
    pub sdk: usize,
}

/// What one code has published. Facts a source does not record (the doc URL in a lock, the
/// envelope in an exported JSON file) are `None` and are not compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The error code.
    pub code: String,
    /// The HTTP status.
    pub status: u16,
    /// The retry flag.
    pub retryable: bool,
    /// The envelope of its body.
    pub envelope: Option<Envelope>,
    /// The body's members beyond the envelope, sorted by name.
    pub members: Vec<Member>,
    /// The tombstone, for a retired code.
    pub retired: Option<Retired>,
    /// The page's public URL.
    pub doc_url: Option<String>,
    /// The `SDK behaviour` rows.
    pub sdk: Option<Vec<SdkMapping>>,
    /// The prose.
    pub text: Option<Text>,
    /// Where it is written.
    pub at: Lines,
}

/// Every code of a catalog, sorted by code.
///
/// ```
/// let catalog = errdocs_catalog::load("../docs/errors").unwrap();
/// let snapshot = errdocs_catalog::evolve::Snapshot::of(&catalog);
/// let entry = snapshot.entry("unauthorized").unwrap();
/// assert_eq!((entry.status, entry.retryable), (401, false));
/// assert_eq!(entry.at.status, 11);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snapshot {
    /// The entries, sorted by code.
    pub entries: Vec<Entry>,
}

impl Snapshot {
    /// The snapshot of a loaded catalog.
    pub fn of(catalog: &Catalog) -> Snapshot {
        let envelope = catalog.config.envelope;
        let mut entries: Vec<Entry> = catalog
            .pages
            .iter()
            .map(|p| Entry::of_page(p, envelope))
            .collect();
        entries.sort_by(|a, b| a.code.cmp(&b.code));
        Snapshot { entries }
    }

    /// The entry of `code`.
    pub fn entry(&self, code: &str) -> Option<&Entry> {
        self.entries
            .binary_search_by(|e| e.code.as_str().cmp(code))
            .ok()
            .map(|i| &self.entries[i])
    }

    /// The snapshot of an `errdocs export --format json` document; `path` names it in
    /// diagnostics and in the entries' locations.
    ///
    /// ```
    /// let json = r#"{"errors": [{"code": "gone", "status": 410,
    ///     "retry": {"retryable": false, "advice": ""}, "doc_url": "/errors/gone"}]}"#;
    /// let snapshot = errdocs_catalog::evolve::Snapshot::from_export_json("old.json", json).unwrap();
    /// assert_eq!(snapshot.entry("gone").unwrap().status, 410);
    /// ```
    pub fn from_export_json(path: &str, json: &str) -> Result<Snapshot, Diagnostic> {
        #[derive(serde::Deserialize)]
        struct Export {
            errors: Vec<JsonEntry>,
        }
        #[derive(serde::Deserialize)]
        struct JsonRetry {
            retryable: bool,
            #[serde(default)]
            advice: String,
        }
        #[derive(serde::Deserialize)]
        struct JsonSdk {
            sdk: String,
            exception: String,
        }
        #[derive(serde::Deserialize)]
        struct JsonMember {
            name: String,
            json_type: MemberType,
            required: bool,
        }
        #[derive(serde::Deserialize)]
        struct JsonRetired {
            since: String,
            #[serde(default)]
            replacement: Option<String>,
        }
        #[derive(serde::Deserialize)]
        struct JsonEntry {
            code: String,
            status: u16,
            retry: JsonRetry,
            #[serde(default)]
            doc_url: Option<String>,
            #[serde(default)]
            title: String,
            #[serde(default)]
            summary: String,
            #[serde(default)]
            causes: Vec<String>,
            #[serde(default)]
            fixes: Vec<String>,
            #[serde(default)]
            sdk: Vec<JsonSdk>,
            #[serde(default)]
            retired: Option<JsonRetired>,
            #[serde(default)]
            members: Vec<JsonMember>,
            #[serde(default)]
            source_path: String,
        }
        let export: Export = serde_json::from_str(json).map_err(|e| {
            Diagnostic::at_path(
                path,
                format!("not an `errdocs export --format json` file: {e}"),
            )
        })?;
        let mut entries: Vec<Entry> = export
            .errors
            .into_iter()
            .map(|e| Entry {
                code: e.code,
                status: e.status,
                retryable: e.retry.retryable,
                envelope: None,
                members: members_of(
                    e.members
                        .iter()
                        .map(|m| (m.name.as_str(), &m.json_type, m.required)),
                ),
                retired: e.retired.map(|r| Retired {
                    since: r.since,
                    replacement: r.replacement,
                }),
                doc_url: e.doc_url,
                sdk: Some(
                    e.sdk
                        .into_iter()
                        .map(|s| SdkMapping {
                            sdk: s.sdk,
                            exception: s.exception,
                        })
                        .collect(),
                ),
                text: Some(Text::of(
                    &e.title,
                    &e.summary,
                    &e.retry.advice,
                    &e.causes,
                    &e.fixes,
                )),
                at: Lines {
                    path: if e.source_path.is_empty() {
                        path.to_owned()
                    } else {
                        format!("{path}#{}", e.source_path)
                    },
                    ..Lines::default()
                },
            })
            .collect();
        entries.sort_by(|a, b| a.code.cmp(&b.code));
        Ok(Snapshot { entries })
    }
}

/// The members of a page's body beyond the envelope, sorted by name: the one place the lock
/// and the diff read them. A member's type is written compactly, without spaces or commas, so
/// that it fits a lock line: `string`, `integer`, `object{field:string;message:string}[]`,
/// with `?` after an optional member's type.
///
/// ```
/// let catalog = errdocs_catalog::load("../docs/errors").unwrap();
/// assert!(errdocs_catalog::evolve::members(catalog.page("unauthorized").unwrap()).is_empty());
/// let members = errdocs_catalog::evolve::members(catalog.page("card_declined").unwrap());
/// assert_eq!(members[0].name, "decline_code");
/// assert_eq!(members[0].ty, "string");
/// ```
pub fn members(page: &Page) -> Vec<Member> {
    members_of(
        page.members
            .iter()
            .map(|m| (m.name.as_str(), &m.json_type, m.required)),
    )
}

/// [`members`] from (name, type, required) triples.
fn members_of<'a>(members: impl Iterator<Item = (&'a str, &'a MemberType, bool)>) -> Vec<Member> {
    let mut out: Vec<Member> = members
        .map(|(name, ty, required)| {
            // Room for a plain type and its `?`: one allocation for most members.
            let mut notation = String::with_capacity(16);
            compact(ty, &mut notation);
            if !required {
                notation.push('?');
            }
            Member {
                name: name.to_owned(),
                ty: notation,
            }
        })
        .collect();
    out.sort();
    out
}

/// A member type in the lock's notation (see [`members`]), appended to `out`.
fn compact(ty: &MemberType, out: &mut String) {
    match ty {
        MemberType::String => out.push_str("string"),
        MemberType::Integer => out.push_str("integer"),
        MemberType::Number => out.push_str("number"),
        MemberType::Boolean => out.push_str("boolean"),
        MemberType::Null => out.push_str("null"),
        MemberType::Any => out.push_str("any"),
        MemberType::Array(item) => {
            compact(item, out);
            out.push_str("[]");
        }
        MemberType::Object(fields) if fields.is_empty() => out.push_str("object"),
        MemberType::Object(fields) => {
            out.push_str("object{");
            for (i, (k, t)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(';');
                }
                out.push_str(k);
                out.push(':');
                compact(t, out);
            }
            out.push('}');
        }
    }
}

impl Entry {
    /// An entry that states only its code and where it is written: status 0, not retryable,
    /// no envelope, members, tombstone, URL, SDK rows or prose. A lock line starts from it.
    ///
    /// ```
    /// use errdocs_catalog::evolve::{Entry, Lines};
    /// let entry = Entry::bare("card_declined", Lines::default());
    /// assert_eq!((entry.code.as_str(), entry.status), ("card_declined", 0));
    /// assert!(entry.members.is_empty() && entry.retired.is_none());
    /// ```
    pub fn bare(code: &str, at: Lines) -> Entry {
        Entry {
            code: code.to_owned(),
            status: 0,
            retryable: false,
            envelope: None,
            members: Vec::new(),
            retired: None,
            doc_url: None,
            sdk: None,
            text: None,
            at,
        }
    }

    /// The entry of one page, in a catalog with `envelope`.
    ///
    /// ```
    /// use errdocs_catalog::{Envelope, evolve::Entry};
    /// let catalog = errdocs_catalog::load("../docs/errors").unwrap();
    /// let entry = Entry::of_page(catalog.page("forbidden").unwrap(), Envelope::Errdocs);
    /// assert_eq!((entry.status, entry.at.path.as_str()), (403, "../docs/errors/forbidden.md"));
    /// ```
    pub fn of_page(page: &Page, envelope: Envelope) -> Entry {
        let spans = &page.spans;
        let sdk = sdk_offset(&page.markdown);
        let ranges = [
            spans.code.clone(),
            spans.status.clone(),
            spans.retry.clone(),
            spans.retired.clone(),
            sdk..sdk + usize::from(sdk > 0),
        ];
        let lines = lines_of(&page.markdown, &ranges);
        Entry {
            code: page.code.clone(),
            status: page.status,
            retryable: page.retry.retryable,
            envelope: Some(envelope),
            members: members(page),
            retired: page.retired.clone(),
            doc_url: Some(page.doc_url.clone()),
            sdk: Some(page.sdk.clone()),
            text: Some(Text::of(
                &page.title,
                &page.summary,
                &page.retry.advice,
                &page.causes,
                &page.fixes,
            )),
            at: Lines {
                path: page.display_path.clone(),
                code: lines[0],
                status: lines[1],
                retry: lines[2],
                retired: lines[3],
                sdk: lines[4],
            },
        }
    }
}

/// The offset of the `SDK behaviour` heading (`## SDK…`), or 0.
fn sdk_offset(markdown: &str) -> usize {
    markdown.find("\n## SDK").map_or(0, |i| i + 1)
}

/// The 1-based line where each range starts, 0 for an empty range at 0 (a fact the page
/// does not state): one pass over the text up to the last of them, no allocation.
fn lines_of(text: &str, ranges: &[std::ops::Range<usize>; 5]) -> [usize; 5] {
    let mut order = [0, 1, 2, 3, 4];
    order.sort_by_key(|&i| ranges[i].start);
    let bytes = text.as_bytes();
    let mut lines = [0; 5];
    let (mut pos, mut line) = (0, 1);
    for i in order {
        let r = &ranges[i];
        if *r == (0..0) {
            continue;
        }
        let end = r.start.min(bytes.len());
        line += newlines(bytes.get(pos..end).unwrap_or_default());
        pos = end;
        lines[i] = line;
    }
    lines
}

/// How many `\n` bytes `bytes` holds, eight at a time.
fn newlines(bytes: &[u8]) -> usize {
    let mut words = bytes.chunks_exact(8);
    let mut count = 0;
    for word in words.by_ref() {
        let x = u64::from_le_bytes(word.try_into().unwrap_or_default());
        count += crate::words::bytes_equal(x, b'\n').count_ones() as usize;
    }
    count + words.remainder().iter().filter(|&&b| b == b'\n').count()
}

#[cfg(test)]
mod line_tests {
    /// The count of newlines, eight bytes at a time, is the plain count.
    #[test]
    fn newlines_are_counted_as_one_by_one() {
        let text: Vec<u8> = (0..600u32)
            .map(|i| match i % 7 {
                0 => b'\n',
                1 => 0x8a,
                2 => 0x0b,
                3 => 0x09,
                _ => (i % 251) as u8,
            })
            .collect();
        for start in 0..17 {
            for end in (start..text.len()).step_by(13) {
                let slice = &text[start..end];
                let plain = slice.iter().filter(|&&b| b == b'\n').count();
                assert_eq!(super::newlines(slice), plain, "{start}..{end}");
            }
        }
    }
}

#[cfg(test)]
mod notation_tests {
    use crate::MemberType::*;

    /// Nested types are written inside out, fields in page order, optional ones with `?`.
    #[test]
    fn member_types_are_written_compactly() {
        let errors = Array(Box::new(Object(vec![
            ("field".to_owned(), String),
            ("limits".to_owned(), Array(Box::new(Integer))),
            ("meta".to_owned(), Object(Vec::new())),
        ])));
        let members =
            super::members_of([("errors", &errors, true), ("balance", &Number, false)].into_iter());
        let written: Vec<(&str, &str)> = members
            .iter()
            .map(|m| (m.name.as_str(), m.ty.as_str()))
            .collect();
        assert_eq!(
            written,
            [
                ("balance", "number?"),
                (
                    "errors",
                    "object{field:string;limits:integer[];meta:object}[]"
                )
            ]
        );
    }
}
