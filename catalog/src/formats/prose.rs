//! The opt-in prose rule (`prose_status = true`): a status stated in a sentence with an
//! explicit anchor. Statuses named in passing ("unlike a 404") are never read.

use std::ops::Range;

use super::scan::{Block, Scanned};

/// The words that anchor a status in a sentence, before the number.
const ANCHORS: &[&[&str]] = &[
    &["http", "status"],
    &["http", "status", "code"],
    &["returns"],
    &["return"],
    &["returned"],
];

/// The status a page states in prose, when it states exactly one (see [`ANCHORS`]):
/// after `HTTP status` any status; after `return(s)` only with its full canonical phrase
/// (``returns `503 Service Unavailable` ``). In the front-matter `description`, also
/// `represents a 429 error`.
pub(crate) fn prose_status(scanned: &Scanned) -> Option<(u16, &'static str, Range<usize>)> {
    let mut found: Vec<(u16, &'static str, Range<usize>)> = Vec::new();
    for (block, span) in &scanned.blocks {
        if let Block::Para { text } = block {
            for s in in_sentence(text, false) {
                found.push((s, "the prose", span.clone()));
            }
        }
    }
    if let Some(d) = scanned.front("description") {
        for s in in_sentence(d, true) {
            found.push((
                s,
                "front matter `description`",
                scanned.front_at("description"),
            ));
        }
    }
    let first = found.first()?.0;
    found
        .iter()
        .all(|f| f.0 == first)
        .then(|| found.swap_remove(0))
}

/// The anchored statuses of one text.
fn in_sentence(text: &str, description: bool) -> Vec<u16> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let mut out = Vec::new();
    for i in 0..words.len() {
        let Some(n) = status_word(&words[i]) else {
            continue;
        };
        let before = &words[..i];
        let anchored_http = ANCHORS[..2]
            .iter()
            .any(|a| before.ends_with(&a.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>()));
        let anchored_return = ANCHORS[2..]
            .iter()
            .any(|a| before.last().is_some_and(|w| w == a[0]))
            && canonical_follows(n, &words[i + 1..]);
        let represents = description
            && i >= 2
            && words[i - 2] == "represents"
            && matches!(words[i - 1].as_str(), "a" | "an")
            && words.get(i + 1).is_some_and(|w| w == "error");
        if anchored_http || anchored_return || represents {
            out.push(n);
        }
    }
    out
}

fn status_word(word: &str) -> Option<u16> {
    let n: u16 = (word.len() == 3).then(|| word.parse().ok())??;
    crate::is_error_status(n).then_some(n)
}

/// Whether the words after the number are the status's canonical reason phrase.
fn canonical_follows(status: u16, rest: &[String]) -> bool {
    let Some(canonical) = crate::canonical_reason(status) else {
        return false;
    };
    let want: Vec<String> = canonical
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    rest.len() >= want.len() && rest[..want.len()] == want[..]
}
