//! `errdocs.lock`: every published code with the facts clients rely on, one line per code,
//! sorted, so that a change of the contract shows as a changed line in review.
//!
//! ```text
//! # errdocs.lock: the error codes this API has published. Written by `errdocs lock`.
//! card_declined status=402 retry=no envelope=errdocs
//! card_refused status=402 retry=no envelope=errdocs retired=2026-03-01 replacement=card_declined
//! ```

use std::path::{Path, PathBuf};

use super::{Entry, Lines, Member, Snapshot};
use crate::model::{Page, Retired};
use crate::{Catalog, Diagnostic, Envelope, LineIndex, Resolved};

/// The lock's file name, beside `errdocs.toml`.
pub const LOCK_FILE: &str = "errdocs.lock";

const HEADER: &str = "# errdocs.lock: the error codes this API has published, with the facts clients rely on.\n\
# Written by `errdocs lock`: a changed line here is a change of the public contract.\n";

/// Where the lock of a resolved catalog lives: beside its `errdocs.toml` (no config file,
/// no lock).
///
/// ```
/// use errdocs_catalog::{Source, evolve::lock::lock_path, resolve};
/// let resolved = resolve(&Source::new("..")).unwrap();
/// assert!(lock_path(&resolved).unwrap().ends_with("errdocs.lock"));
/// ```
pub fn lock_path(resolved: &Resolved) -> Option<PathBuf> {
    let config = resolved.config_path.as_ref()?;
    Some(config.parent().unwrap_or(Path::new("")).join(LOCK_FILE))
}

/// The lock's text for a snapshot: deterministic, one line per code, sorted by code.
///
/// ```
/// let catalog = errdocs_catalog::load("../docs/errors").unwrap();
/// let lock = errdocs_catalog::evolve::lock::render(&errdocs_catalog::evolve::Snapshot::of(&catalog));
/// assert!(lock.contains("\nunauthorized status=401 retry=no envelope=errdocs\n"));
/// ```
pub fn render(snapshot: &Snapshot) -> String {
    let mut out = String::from(HEADER);
    for e in &snapshot.entries {
        out.push_str(&e.code);
        out.push_str(&format!(
            " status={} retry={}",
            e.status,
            if e.retryable { "yes" } else { "no" }
        ));
        if let Some(envelope) = e.envelope {
            out.push_str(&format!(" envelope={}", envelope.name()));
        }
        if !e.members.is_empty() {
            let members: Vec<String> = e
                .members
                .iter()
                .map(|m| format!("{}:{}", m.name, m.ty))
                .collect();
            out.push_str(&format!(" members={}", members.join(",")));
        }
        if let Some(r) = &e.retired {
            out.push_str(&format!(" retired={}", r.since));
            if let Some(code) = &r.replacement {
                out.push_str(&format!(" replacement={code}"));
            }
        }
        out.push('\n');
    }
    out
}

/// Reads a lock; `path` names it in diagnostics and in the entries' locations.
///
/// ```
/// let text = "gone status=410 retry=no envelope=errdocs retired=2026-03-01\n";
/// let lock = errdocs_catalog::evolve::lock::parse("errdocs.lock", text).unwrap();
/// let gone = lock.entry("gone").unwrap();
/// assert_eq!((gone.status, gone.at.code), (410, 1));
/// assert_eq!(gone.retired.as_ref().unwrap().since, "2026-03-01");
/// ```
pub fn parse(path: &str, text: &str) -> Result<Snapshot, Vec<Diagnostic>> {
    let entries = read(path, text)?
        .into_iter()
        .map(|l| {
            let n = l.line;
            let mut entry = Entry::bare(
                l.code,
                Lines {
                    path: path.to_owned(),
                    code: n,
                    status: n,
                    retry: n,
                    retired: n,
                    sdk: n,
                },
            );
            entry.status = l.status;
            entry.retryable = l.retryable;
            entry.envelope = l.envelope;
            if let LockedMembers::Written(written) = l.members {
                entry.members = written_members(written)
                    .map(|(name, ty)| Member {
                        name: name.to_owned(),
                        ty: ty.to_owned(),
                    })
                    .collect();
            }
            entry.retired = l.retired.map(|(since, replacement)| Retired {
                since: since.to_owned(),
                replacement: replacement.map(str::to_owned),
            });
            entry
        })
        .collect();
    Ok(Snapshot { entries })
}

/// The facts of one locked code as the checks read them, borrowed from a lock's text or
/// from an [`Entry`].
struct Locked<'a> {
    code: &'a str,
    /// The 1-based line of the code.
    line: usize,
    status: u16,
    retryable: bool,
    envelope: Option<Envelope>,
    members: LockedMembers<'a>,
    /// The date it was retired and its replacement, for a tombstone.
    retired: Option<(&'a str, Option<&'a str>)>,
}

/// The members of a locked code: an entry's list, or the `members=` value of a lock line.
enum LockedMembers<'a> {
    List(&'a [Member]),
    Written(&'a str),
}

impl LockedMembers<'_> {
    /// Whether they are `members`, in order.
    fn are(&self, members: &[Member]) -> bool {
        match self {
            LockedMembers::List(list) => *list == members,
            LockedMembers::Written(written) => members
                .iter()
                .map(|m| (m.name.as_str(), m.ty.as_str()))
                .eq(written_members(written)),
        }
    }
}

/// The `name:type` pairs of a `members=` value; a part without `:` is not a member.
fn written_members(written: &str) -> impl Iterator<Item = (&str, &str)> {
    written.split(',').filter_map(|m| m.split_once(':'))
}

impl<'a> Locked<'a> {
    /// The view of a snapshot's entry.
    fn of_entry(e: &'a Entry) -> Locked<'a> {
        Locked {
            code: &e.code,
            line: e.at.code,
            status: e.status,
            retryable: e.retryable,
            envelope: e.envelope,
            members: LockedMembers::List(&e.members),
            retired: e
                .retired
                .as_ref()
                .map(|r| (r.since.as_str(), r.replacement.as_deref())),
        }
    }
}

/// The parts of `s` between the `sep`s (an ASCII byte), as `str::split` gives them: a byte
/// loop, as a lock's lines and words are too short for `split`'s search to pay.
fn split_at_byte(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The lines of a lock, borrowed from `text`, or every problem of its lines; `path` names
/// it in diagnostics.
fn read<'t>(path: &str, text: &'t str) -> Result<Vec<Locked<'t>>, Vec<Diagnostic>> {
    // Built for the first diagnostic: a lock that reads needs no line index.
    let mut index: Option<LineIndex> = None;
    let mut entries: Vec<Locked<'t>> = Vec::new();
    let mut diags = Vec::new();
    let mut offset = 0;
    for (n, raw) in split_at_byte(text, b'\n').enumerate() {
        let start = offset;
        offset += raw.len() + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let mut bad = |range: std::ops::Range<usize>, message: String| {
            let range = start + range.start..start + range.end;
            let index = index.get_or_insert_with(|| LineIndex::new(text));
            diags.push(
                Diagnostic::at_span_in(path, text, index, range, message)
                    .help("run `errdocs lock` to rewrite the lock from the pages"),
            );
        };
        let mut words = split_at_byte(line, b' ');
        let code = words.next().unwrap_or_default();
        if !crate::is_valid_code(code) {
            bad(0..code.len(), format!("`{code}` is not a valid error code"));
            continue;
        }
        let mut entry = Locked {
            code,
            line: n + 1,
            status: 0,
            retryable: false,
            envelope: None,
            members: LockedMembers::Written(""),
            retired: None,
        };
        let (mut status, mut retry) = (false, false);
        let mut col = code.len() + 1;
        for word in words {
            let range = col..col + word.len();
            col += word.len() + 1;
            let (key, value) = match word.bytes().position(|b| b == b'=') {
                Some(eq) => (&word[..eq], &word[eq + 1..]),
                None => (word, ""),
            };
            let ok = match key {
                "status" => match value.parse::<u16>() {
                    Ok(n) if crate::is_error_status(n) => {
                        entry.status = n;
                        status = true;
                        true
                    }
                    _ => false,
                },
                "retry" => match value {
                    "yes" | "no" => {
                        entry.retryable = value == "yes";
                        retry = true;
                        true
                    }
                    _ => false,
                },
                "envelope" => value
                    .parse::<Envelope>()
                    .map(|e| entry.envelope = Some(e))
                    .is_ok(),
                "members" => {
                    entry.members = LockedMembers::Written(value);
                    true
                }
                "retired" => {
                    entry.retired = Some((value, None));
                    !value.is_empty()
                }
                "replacement" => match &mut entry.retired {
                    Some((_, replacement)) if crate::is_valid_code(value) => {
                        *replacement = Some(value);
                        true
                    }
                    _ => false,
                },
                _ => false,
            };
            if !ok {
                bad(range, format!("`{word}` is not a fact of the lock"));
            }
        }
        if !status || !retry {
            bad(
                0..code.len(),
                format!("the lock's line for `{code}` lacks its status or retry flag"),
            );
            continue;
        }
        match entries.last() {
            Some(last) if last.code >= entry.code => bad(
                0..code.len(),
                format!("`{code}` is out of order or twice in the lock"),
            ),
            _ => entries.push(entry),
        }
    }
    if diags.is_empty() {
        Ok(entries)
    } else {
        Err(diags)
    }
}

/// The lock checks of a loaded catalog: a locked code with no page (live or tombstone), a
/// locked fact that changed, a retired code made live again. `path` names the lock and
/// `text` is its content.
///
/// ```
/// use errdocs_catalog::evolve::lock;
/// let catalog = errdocs_catalog::load("../docs/errors").unwrap();
/// let text = "gone status=410 retry=no envelope=errdocs\nunauthorized status=403 retry=no envelope=errdocs\n";
/// let locked = lock::parse("errdocs.lock", text).unwrap();
/// let errors = lock::check(&catalog, &locked, "errdocs.lock", text);
/// assert_eq!(errors[0].message, "`gone` is in the lock, but no page documents it");
/// assert_eq!(errors[1].message, "the status of `unauthorized` changed from 403 to 401");
/// ```
pub fn check(catalog: &Catalog, lock: &Snapshot, path: &str, text: &str) -> Vec<Diagnostic> {
    let locked: Vec<Locked<'_>> = lock.entries.iter().map(Locked::of_entry).collect();
    check_locked(catalog, &locked, path, text)
}

/// The page of `code`: the one at `next` when the lock and the pages go in the same order
/// (both are sorted by code), else found by its code; `next` moves past the pages before
/// `code`.
fn page_of<'c>(catalog: &'c Catalog, next: &mut usize, code: &str) -> Option<&'c Page> {
    while catalog
        .pages
        .get(*next)
        .is_some_and(|p| p.code.as_str() < code)
    {
        *next += 1;
    }
    match catalog.pages.get(*next) {
        Some(p) if p.code == code => Some(p),
        _ => catalog.page(code),
    }
}

/// [`check`] of the locked codes `lock`.
fn check_locked(catalog: &Catalog, lock: &[Locked<'_>], path: &str, text: &str) -> Vec<Diagnostic> {
    // Built for the first diagnostic at the lock: a lock the catalog keeps needs none.
    let index = std::cell::OnceCell::new();
    let index = || index.get_or_init(|| LineIndex::new(text));
    let lock_line = |line: usize| -> std::ops::Range<usize> {
        let start = text
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum::<usize>();
        let len = text[start..].find(' ').unwrap_or(0);
        start..start + len
    };
    let accept = "or run `errdocs lock` to accept the change";
    let mut diags = Vec::new();
    let envelope = catalog.config.envelope;
    let mut envelope_changed: Vec<&Locked<'_>> = Vec::new();
    let mut next = 0;
    for locked in lock {
        let code = locked.code;
        let Some(page) = page_of(catalog, &mut next, code) else {
            diags.push(
                Diagnostic::at_span_in(path, text, index(), lock_line(locked.line), format!(
                    "`{code}` is in the lock, but no page documents it"
                ))
                .label("published here")
                .help(format!(
                    "clients may still receive `{code}`: restore its page or keep it as a tombstone \
                     (`| **Retired?** | Yes — since YYYY-MM-DD |`), {accept}"
                )),
            );
            continue;
        };
        let at_page = |range: std::ops::Range<usize>, message: String| {
            let range = if range == (0..0) {
                page.spans.code.clone()
            } else {
                range
            };
            Diagnostic::at_span(&page.display_path, &page.markdown, range, message)
                .label(format!("locked at {path}:{}", locked.line))
        };
        if page.status != locked.status {
            diags.push(
                at_page(
                    page.spans.status.clone(),
                    format!(
                        "the status of `{code}` changed from {} to {}",
                        locked.status, page.status
                    ),
                )
                .help(format!(
                    "clients branch on the status: restore {}, {accept}",
                    locked.status
                )),
            );
        }
        if page.retry.retryable != locked.retryable {
            let word = |b: bool| if b { "Yes" } else { "No" };
            diags.push(
                at_page(
                    page.spans.retry.clone(),
                    format!(
                        "the retry flag of `{code}` changed from {} to {}",
                        word(locked.retryable),
                        word(page.retry.retryable)
                    ),
                )
                .help(format!(
                    "retry loops trust the flag: restore `Retry? {}`, {accept}",
                    word(locked.retryable)
                )),
            );
        }
        if let (Some((since, _)), None) = (locked.retired, &page.retired) {
            diags.push(
                at_page(
                    page.spans.code.clone(),
                    format!("`{code}` was retired on {since}, and its page makes it live again"),
                )
                .help(format!(
                    "a retired code is never reused: give the new error its own code and restore the \
                     `Retired?` row, {accept}"
                )),
            );
        }
        if locked.envelope.is_some_and(|e| e != envelope) {
            envelope_changed.push(locked);
        }
        if !locked.members.are(&super::members(page)) {
            diags.push(
                at_page(
                    page.spans.code.clone(),
                    format!("the body members of `{code}` changed"),
                )
                .help(format!("clients read the members: restore them, {accept}")),
            );
        }
    }
    if let Some(first) = envelope_changed.first() {
        let was = first.envelope.map_or("", Envelope::name);
        diags.push(
            Diagnostic::at_span_in(
                path,
                text,
                index(),
                lock_line(first.line),
                format!(
                    "the envelope changed from `{was}` to `{}` for {} locked code{}",
                    envelope.name(),
                    envelope_changed.len(),
                    crate::plural(envelope_changed.len())
                ),
            )
            .label("locked here")
            .help(format!(
                "clients parse the body: restore `envelope = \"{was}\"` in `errdocs.toml`, {accept}"
            )),
        );
    }
    diags
}

/// Runs the lock checks of `catalog` when `resolved` has a lock, and tracks the lock as an
/// input; the errors come with the catalog's warnings.
pub(crate) fn apply(resolved: &Resolved, catalog: &mut Catalog) -> Result<(), Vec<Diagnostic>> {
    let Some(file) = lock_path(resolved) else {
        return Ok(());
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            let shown = crate::display_path(&crate::relative_to_cwd(&file));
            return Err(vec![Diagnostic::at_path(
                &shown,
                format!("cannot read `{LOCK_FILE}`: {e}"),
            )]);
        }
    };
    catalog.add_input(file.clone());
    let shown = crate::display_path(&crate::relative_to_cwd(&file));
    let shown = shown.strip_prefix("./").unwrap_or(&shown).to_owned();
    let errors = match read(&shown, &text) {
        Ok(lock) => check_locked(catalog, &lock, &shown, &text),
        Err(diags) => diags,
    };
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.into_iter().chain(catalog.warnings.clone()).collect())
    }
}
