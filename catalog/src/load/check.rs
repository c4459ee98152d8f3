//! Cross-page checks (unique codes, Rust names, links) and the caps on a run's diagnostics.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use crate::model::Page;
use crate::parse::MAX_DIAGNOSTICS_PER_PAGE;
use crate::url::{LinkTarget, UrlSpace};
use crate::{Config, Diagnostic, LineIndex};

/// A run reports at most this many diagnostics; one more says how many were left out.
pub const MAX_DIAGNOSTICS_PER_RUN: usize = 500;

/// A dead link's did-you-mean compares it with at most this many pages (those of a close
/// length, in order), so a catalog of many pages and many dead links stays linear.
const MAX_SUGGESTION_CANDIDATES: usize = 64;

/// The key under which two codes become the same identifier in generated code: the code
/// without `.`, `-` and `_`, in lowercase. Two codes with one key collide (`a_b`, `a-b`
/// and `ab` would all be the variant `AB` or `Ab`).
///
/// ```
/// assert_eq!(errdocs_catalog::identifier_key("card.declined"), "carddeclined");
/// assert_eq!(errdocs_catalog::identifier_key("a-b"), errdocs_catalog::identifier_key("a_b"));
/// ```
pub fn identifier_key(code: &str) -> String {
    if code.is_ascii() {
        return code
            .bytes()
            .filter(|c| !matches!(c, b'.' | b'-' | b'_'))
            .map(|c| char::from(c.to_ascii_lowercase()))
            .collect();
    }
    code.chars()
        .filter(|c| !matches!(c, '.' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The identifier generated code gives `code`: `rate_limited` → `RateLimited`,
/// `card.declined` → `CardDeclined`, `10001` → `E10001`. The generator and the checks above
/// both call it, so `errdocs check` fails exactly when the generated enum would not compile.
///
/// ```
/// assert_eq!(errdocs_catalog::variant_name("card.declined"), "CardDeclined");
/// assert_eq!(errdocs_catalog::variant_name("10001"), "E10001");
/// ```
pub fn variant_name(code: &str) -> String {
    use heck::ToUpperCamelCase;
    let name = code.replace(['.', '-'], "_").to_upper_camel_case();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("E{name}")
    } else {
        name
    }
}

/// Every strict, reserved and weak keyword of Rust (2015–2024 editions).
pub(super) const KEYWORDS: &[&str] = &[
    "as",
    "async",
    "await",
    "break",
    "const",
    "continue",
    "crate",
    "dyn",
    "else",
    "enum",
    "extern",
    "false",
    "fn",
    "for",
    "gen",
    "if",
    "impl",
    "in",
    "let",
    "loop",
    "match",
    "mod",
    "move",
    "mut",
    "pub",
    "ref",
    "return",
    "self",
    "Self",
    "static",
    "struct",
    "super",
    "trait",
    "true",
    "try",
    "type",
    "unsafe",
    "use",
    "where",
    "while",
    "abstract",
    "become",
    "box",
    "do",
    "final",
    "macro",
    "override",
    "priv",
    "typeof",
    "unsized",
    "virtual",
    "yield",
    "macro_rules",
    "raw",
    "safe",
    "union",
];

/// Names the generated `ErrorCode` enum already uses beside its variants: the `ALL` constant
/// and, in its `FromStr` impl, `Self::Err`.
const GENERATED_ITEMS: &[&str] = &["ALL", "Err"];

/// What the generated variant of `code` would clash with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentifierClash {
    /// The variant would be a Rust keyword (`self` → `Self`).
    Keyword(&'static str),
    /// The variant would be a name the generated enum already uses (`a_l_l` → `ALL`).
    GeneratedItem(&'static str),
}

/// Whether the generated variant of `code` (`rate_limited` → `RateLimited`) would be a Rust
/// keyword or a name the generated enum already uses.
///
/// ```
/// use errdocs_catalog::{IdentifierClash, identifier_clash};
/// assert_eq!(identifier_clash("self"), Some(IdentifierClash::Keyword("Self")));
/// assert_eq!(identifier_clash("a_l_l"), Some(IdentifierClash::GeneratedItem("ALL")));
/// assert_eq!(identifier_clash("type"), None); // `Type` is a fine name
/// ```
pub fn identifier_clash(code: &str) -> Option<IdentifierClash> {
    // The variant of an ASCII code has one character per letter or digit of the code (and an
    // `E` before a digit): only two to four of them can spell `Self`, `ALL` or `Err`, the
    // names that start with an uppercase letter, as every variant does.
    if code.is_ascii() && !(2..=4).contains(&code.bytes().filter(u8::is_ascii_alphanumeric).count())
    {
        return None;
    }
    clash_of_name(&variant_name(code))
}

/// The clash of a variant named `name`, if any.
fn clash_of_name(name: &str) -> Option<IdentifierClash> {
    if let Some(k) = KEYWORDS.iter().find(|k| **k == name) {
        return Some(IdentifierClash::Keyword(k));
    }
    GENERATED_ITEMS
        .iter()
        .find(|g| **g == name)
        .map(|g| IdentifierClash::GeneratedItem(g))
}

/// How many diagnostics a run may still create: the rest are only counted.
pub(super) struct Budget {
    left: usize,
    hidden: usize,
}

impl Budget {
    pub(super) fn new(used: usize) -> Budget {
        Budget {
            left: MAX_DIAGNOSTICS_PER_RUN.saturating_sub(used),
            hidden: 0,
        }
    }

    /// Whether one more diagnostic may be made; if not, it is counted as hidden.
    fn take(&mut self) -> bool {
        self.take_for(1)
    }

    /// Whether one diagnostic standing for `n` problems may be made; if not, the `n` are
    /// counted as hidden.
    fn take_for(&mut self, n: usize) -> bool {
        if self.left == 0 {
            self.hidden += n;
            false
        } else {
            self.left -= 1;
            true
        }
    }

    /// Cuts `diags` to the run's cap and adds the count of what was left out.
    pub(super) fn finish(self, diags: &mut Vec<Diagnostic>, shown_root: &str) {
        let mut hidden = self.hidden;
        if diags.len() > MAX_DIAGNOSTICS_PER_RUN {
            hidden += diags.len() - MAX_DIAGNOSTICS_PER_RUN;
            diags.truncate(MAX_DIAGNOSTICS_PER_RUN);
        }
        if hidden > 0 {
            diags.push(
                Diagnostic::at_path(
                    shown_root,
                    format!("{hidden} more problems in this catalog are not shown"),
                )
                .help("fix the ones above and check again"),
            );
        }
    }
}

/// Diagnostics at one page's spans, with its line index built once.
struct At<'p> {
    page: &'p Page,
    index: Option<LineIndex>,
}

impl<'p> At<'p> {
    fn new(page: &'p Page) -> At<'p> {
        At { page, index: None }
    }

    fn span(&mut self, range: std::ops::Range<usize>, message: impl Into<String>) -> Diagnostic {
        let text = &self.page.markdown;
        let index = self.index.get_or_insert_with(|| LineIndex::new(text));
        Diagnostic::at_span_in(&self.page.display_path, text, index, range, message)
    }
}

/// Two pages must not claim one code: the generated enum could not tell them apart.
pub(super) fn check_unique_codes(pages: &[Page], budget: &mut Budget, diags: &mut Vec<Diagnostic>) {
    // Codes sorted once show whether any is used twice; most catalogs have none to report.
    let mut codes: Vec<&str> = pages.iter().map(|p| p.code.as_str()).collect();
    codes.sort_unstable();
    if !codes.windows(2).any(|w| w[0] == w[1]) {
        return;
    }
    let mut first: BTreeMap<&str, &Page> = BTreeMap::new();
    for page in pages {
        match first.get(page.code.as_str()) {
            Some(other) if budget.take() => {
                let other_at = At::new(other).span(other.spans.code.clone(), "");
                diags.push(
                    At::new(page)
                        .span(
                            page.spans.code.clone(),
                            format!("code `{}` is used by two pages", page.code),
                        )
                        .label(format!("also used by {}", other_at.location()))
                        .help("give each page its own code"),
                );
            }
            Some(_) => {}
            None => {
                first.insert(&page.code, page);
            }
        }
    }
}

/// Codes must stay apart as Rust names: codes that differ only in `.`, `-`, `_` or case
/// are reported at every page concerned, and so is a code that becomes a keyword or a name
/// the generated enum already uses.
pub(super) fn check_identifiers(pages: &[Page], budget: &mut Budget, diags: &mut Vec<Diagnostic>) {
    // (key, page index), sorted: the groups of one key in key order, each in page order.
    let mut by_key: Vec<(String, usize)> = Vec::with_capacity(pages.len());
    for (i, page) in pages.iter().enumerate() {
        by_key.push((identifier_key(&page.code), i));
        let Some(clash) = identifier_clash(&page.code) else {
            continue;
        };
        if !budget.take() {
            continue;
        }
        let (message, help) = match clash {
            IdentifierClash::Keyword(k) => (
                format!("code `{}` becomes the Rust keyword `{k}`", page.code),
                "rename the page's code: generated code cannot name a variant after a keyword",
            ),
            IdentifierClash::GeneratedItem(g) => (
                format!(
                    "code `{}` becomes `{g}`, a name the generated enum already uses",
                    page.code
                ),
                "rename the page's code",
            ),
        };
        diags.push(
            At::new(page)
                .span(page.spans.code.clone(), message)
                .label("the code's Rust name")
                .help(help),
        );
    }
    by_key.sort_unstable();
    let mut rest = by_key.as_slice();
    while let Some((key, _)) = rest.first() {
        let len = rest.iter().take_while(|(k, _)| k == key).count();
        let (run, after) = rest.split_at(len);
        rest = after;
        if len == 1 {
            // A page alone with its key collides with nothing.
            continue;
        }
        let group: Vec<&Page> = run.iter().map(|&(_, i)| &pages[i]).collect();
        for page in &group {
            let others: Vec<&&Page> = group.iter().filter(|p| p.code != page.code).collect();
            if others.is_empty() || !budget.take() {
                continue;
            }
            // A few others are named, so that a group of many pages costs no more than one.
            let more = match others.len().saturating_sub(MAX_NAMED) {
                0 => String::new(),
                n => format!(" and {n} more"),
            };
            let named = &others[..others.len().min(MAX_NAMED)];
            let codes: Vec<String> = named.iter().map(|o| format!("`{}`", o.code)).collect();
            let listed: Vec<String> = named
                .iter()
                .map(|o| {
                    let at = At::new(o).span(o.spans.code.clone(), "");
                    format!("`{}` at {}", o.code, at.location())
                })
                .collect();
            diags.push(
                At::new(page)
                    .span(
                        page.spans.code.clone(),
                        format!(
                            "code `{}` becomes the same Rust name as {}{more}",
                            page.code,
                            codes.join(", ")
                        ),
                    )
                    .label(format!("also {}{more}", listed.join(", ")))
                    .help("codes must differ in more than `.`, `-`, `_` or case; rename one of the pages"),
            );
        }
    }
}

/// How many colliding pages a diagnostic names.
const MAX_NAMED: usize = 5;

/// Every link into the catalog's URL space must name a page; `related` lists their codes.
///
/// `failed` holds the slugs of pages that did not parse: they exist, and their own errors
/// are reported already, so links to them are not reported again. A page gets at most
/// [`MAX_DIAGNOSTICS_PER_PAGE`] dead-link diagnostics, and one line counting the rest.
pub(super) fn check_links(
    pages: &mut [Page],
    failed: &HashSet<String>,
    config: &Config,
    folder: &str,
    budget: &mut Budget,
    diags: &mut Vec<Diagnostic>,
) {
    let space = UrlSpace::new(config, folder);
    // Looked up once per link; suggestions draw from the keys in sorted order, so ties
    // resolve the same way every run.
    let keys = Keys::new(pages, space.by_code);
    // Made for the first dead link: a catalog whose links all resolve needs none.
    let suggest = std::cell::OnceCell::new();
    let suggest = || suggest.get_or_init(|| Suggest::new(keys.keys()));
    // Resolving is per page, so large catalogs resolve on all cores; diagnostics are then
    // made in page order, so the output does not depend on the number of threads.
    let resolve = |page: &mut Page| resolve_links(page, &space, &keys, failed);
    let threads = super::threads();
    let found: Vec<(Vec<(usize, String)>, usize)> = if threads < 2
        || pages.len() < super::PARALLEL_FROM
    {
        pages.iter_mut().map(resolve).collect()
    } else {
        let chunk = pages.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let handles: Vec<_> = pages
                .chunks_mut(chunk)
                .map(|chunk| scope.spawn(move || chunk.iter_mut().map(resolve).collect::<Vec<_>>()))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        })
    };
    for (page, (dead_links, hidden)) in pages.iter().zip(found) {
        let mut dead = Vec::new();
        for (i, target) in dead_links {
            if budget.take() {
                dead.push((i, target));
            }
        }
        let mut at = At::new(page);
        for (i, target) in dead {
            let link = &page.links[i];
            let help = match suggest().closest(&target) {
                Some(s) => format!("did you mean `{s}`?"),
                None => "create the page, or fix the link".to_owned(),
            };
            diags.push(
                at.span(
                    link.span.clone(),
                    format!("link to `{}` names no page of the catalog", link.dest),
                )
                .label(format!("no page `{target}`"))
                .help(help),
            );
        }
        if hidden > 0 && budget.take_for(hidden) {
            diags.push(
                Diagnostic::at_path(
                    &page.display_path,
                    format!("{hidden} more problems in this page are not shown"),
                )
                .help("fix the ones above and check again"),
            );
        }
    }
}

/// Resolves the links of `page` (their targets, its `related`); returns its first
/// [`MAX_DIAGNOSTICS_PER_PAGE`] dead links (link index and target) and the count of the rest.
fn resolve_links(
    page: &mut Page,
    space: &UrlSpace,
    keys: &Keys,
    failed: &HashSet<String>,
) -> (Vec<(usize, String)>, usize) {
    let mut related: Vec<String> = Vec::new();
    // The codes in `related`, hashed once there are many.
    let mut seen: Option<HashSet<String>> = None;
    let mut dead = Vec::new();
    let mut beyond = 0usize;
    for (i, link) in page.links.iter_mut().enumerate() {
        let LinkTarget::Page(target) = space.resolve(&link.dest, &page.slug) else {
            continue;
        };
        match keys.get(&target) {
            Some(code) => {
                if link.section == "related" {
                    let new = match &mut seen {
                        Some(seen) => seen.insert(code.to_owned()),
                        None => !related.iter().any(|r| r == code),
                    };
                    if new {
                        related.push(code.to_owned());
                        if seen.is_none() && related.len() > 16 {
                            seen = Some(related.iter().cloned().collect());
                        }
                    }
                }
                link.target = Some(target);
            }
            None if !space.by_code && failed.contains(&target) => link.target = Some(target),
            None if dead.len() < MAX_DIAGNOSTICS_PER_PAGE => dead.push((i, target)),
            None => beyond += 1,
        }
    }
    page.related = related;
    (dead, beyond)
}

/// The page keys (slugs or codes) and their codes, sorted: a binary search per link is a
/// few byte compares, cheaper than hashing in an unoptimized build. Keys and codes are
/// copied into one string (the pages are changed while the keys are read), ranges of it
/// name them.
struct Keys {
    text: String,
    /// (key, code) ranges of `text`, sorted by key then code, one per key.
    entries: Vec<(Range<usize>, Range<usize>)>,
}

impl Keys {
    fn new(pages: &[Page], by_code: bool) -> Keys {
        let key = |p: &Page| if by_code { &p.code } else { &p.slug }.len();
        let size = pages.iter().map(|p| key(p) + p.code.len()).sum();
        let mut text = String::with_capacity(size);
        let mut entries = Vec::with_capacity(pages.len());
        for p in pages {
            let k = text.len()..text.len() + key(p);
            text.push_str(if by_code { &p.code } else { &p.slug });
            let c = text.len()..text.len() + p.code.len();
            text.push_str(&p.code);
            entries.push((k, c));
        }
        let at = |r: &Range<usize>| &text[r.clone()];
        // As the sort of (key, code) pairs and the dedup by key it replaces: the smallest
        // code of a key stays.
        entries.sort_unstable_by(|(ka, ca), (kb, cb)| at(ka).cmp(at(kb)).then(at(ca).cmp(at(cb))));
        entries.dedup_by(|a, b| at(&a.0) == at(&b.0));
        Keys { text, entries }
    }

    /// The code of the page `key` names.
    fn get(&self, key: &str) -> Option<&str> {
        // Bytes compare as their strings do, without the checks of slicing a `str`.
        let text = self.text.as_bytes();
        self.entries
            .binary_search_by(|(k, _)| text[k.clone()].cmp(key.as_bytes()))
            .ok()
            .map(|i| &self.text[self.entries[i].1.clone()])
    }

    /// The keys, sorted.
    fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| &self.text[k.clone()])
    }
}

/// Did-you-mean for dead links, bounded: only keys of a close length are compared, at most
/// [`MAX_SUGGESTION_CANDIDATES`] of them, and each target is looked up once.
struct Suggest<'k> {
    by_len: BTreeMap<usize, Vec<&'k str>>,
    memo: std::cell::RefCell<HashMap<String, Option<&'k str>>>,
}

impl<'k> Suggest<'k> {
    fn new(keys: impl Iterator<Item = &'k str>) -> Suggest<'k> {
        let mut by_len: BTreeMap<usize, Vec<&'k str>> = BTreeMap::new();
        for k in keys {
            by_len.entry(k.chars().count()).or_default().push(k);
        }
        Suggest {
            by_len,
            memo: Default::default(),
        }
    }

    fn closest(&self, target: &str) -> Option<&'k str> {
        if let Some(found) = self.memo.borrow().get(target) {
            return *found;
        }
        let len = target.chars().count();
        // `suggest` accepts at most `max(2, n / 3)` edits; the length difference is a lower
        // bound of the distance, so only close lengths are candidates.
        let reach = 2.max(len / 2);
        let mut lengths: Vec<(&usize, &Vec<&'k str>)> = self
            .by_len
            .range(len.saturating_sub(reach)..=len + reach)
            .collect();
        // The closest lengths first: they are the likeliest matches.
        lengths.sort_by_key(|(l, _)| l.abs_diff(len));
        let candidates: Vec<&'k str> = lengths
            .into_iter()
            .flat_map(|(_, ks)| ks.iter().copied())
            .take(MAX_SUGGESTION_CANDIDATES)
            .collect();
        let found = crate::suggest(target, candidates.iter().copied())
            .and_then(|s| candidates.iter().copied().find(|k| *k == s));
        self.memo.borrow_mut().insert(target.to_owned(), found);
        found
    }
}

/// A retired page's replacement (`use `card_declined``) must be a live code of the catalog:
/// clients are sent to it.
pub(super) fn check_replacements(pages: &[Page], budget: &mut Budget, diags: &mut Vec<Diagnostic>) {
    let live: HashMap<&str, bool> = pages
        .iter()
        .map(|p| (p.code.as_str(), p.retired.is_none()))
        .collect();
    for page in pages {
        let Some(replacement) = page.retired.as_ref().and_then(|r| r.replacement.as_deref()) else {
            continue;
        };
        let (message, label, help) = match live.get(replacement) {
            Some(true) if replacement != page.code => continue,
            Some(true) => (
                format!("`{replacement}` cannot replace itself"),
                "the page's own code",
                "name the code that clients should handle instead".to_owned(),
            ),
            Some(false) => (
                format!("the replacement `{replacement}` is retired too"),
                "a retired code",
                "name the live code that replaces both".to_owned(),
            ),
            None => (
                format!("the replacement `{replacement}` names no page of the catalog"),
                "no such code",
                match crate::suggest(replacement, pages.iter().map(|p| p.code.as_str())) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => "create its page, or name an existing code".to_owned(),
                },
            ),
        };
        if budget.take() {
            diags.push(
                At::new(page)
                    .span(page.spans.retired.clone(), message)
                    .label(label)
                    .help(help),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`identifier_clash`] without its shortcut.
    fn clash_of_variant(code: &str) -> Option<IdentifierClash> {
        clash_of_name(&variant_name(code))
    }

    #[test]
    fn the_shortcut_of_identifier_clash_changes_no_answer() {
        let alphabet = [
            "s", "e", "l", "f", "a", "r", "E", "L", "1", "_", ".", "-", "é",
        ];
        let mut codes = vec![String::new()];
        let mut all = Vec::new();
        for _ in 0..5 {
            codes = codes
                .iter()
                .flat_map(|c| alphabet.iter().map(move |a| format!("{c}{a}")))
                .collect();
            all.extend(codes.iter().cloned());
        }
        all.extend(KEYWORDS.iter().map(|k| (*k).to_owned()));
        all.extend(["a_l_l", "A-L-L", "e_r_r", "s.e.l.f", "self_", "_ALL_"].map(String::from));
        let mut clashes = 0;
        for code in &all {
            let expected = clash_of_variant(code);
            clashes += usize::from(expected.is_some());
            assert_eq!(identifier_clash(code), expected, "{code}");
        }
        assert!(clashes > 100);
    }
}
