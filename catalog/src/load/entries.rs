//! Pages written in another style, as the loader sees them: each entry the `[read]` rules
//! read that states a code and a status becomes a [`Page`] of its own (a row of a catalog
//! table, an error under a status heading, or a single-error page), so the derive,
//! `catalog!`, `build.rs` and `explain` work on them as on house-style pages.

use std::borrow::Cow;
use std::ops::Range;

use crate::formats::read::Entry;
use crate::formats::read_other_style;
use crate::model::{Page, Spans};
use crate::parse::PageSource;
use crate::url::doc_url_for;
use crate::{Config, Diagnostic};

/// Each entry's page holds its file's text (its spans point into it): a page may give at
/// most this many bytes of such copies, so a hostile page of many rows cannot exhaust memory.
const MAX_ENTRY_BYTES: usize = 64 << 20;

/// The pages of a file the house-style parser rejected with `strict_diags`, with the
/// diagnostics that remain (errors for unstated facts, warnings for conflicts and skips).
pub(super) fn entry_pages(
    source: &PageSource<'_>,
    text: &str,
    config: &Config,
    folder: &str,
    strict_diags: Vec<Diagnostic>,
) -> (Vec<Page>, Vec<Diagnostic>) {
    let other = read_other_style(
        source.source_path,
        source.display_path,
        text,
        config,
        strict_diags,
    );
    let mut diags = other.diagnostics;
    if config.read == crate::ReadSettings::default() || diags.iter().any(Diagnostic::is_error) {
        return (Vec::new(), diags);
    }
    let entries = &other.read.entries;
    let copies = entries.len().saturating_mul(text.len());
    if copies > MAX_ENTRY_BYTES {
        diags.push(
            Diagnostic::at_path(
                source.display_path,
                format!(
                    "{} entries in a page of {} bytes: too many to read as one page each",
                    entries.len(),
                    text.len()
                ),
            )
            .help(format!(
                "every entry keeps its page for diagnostics: entries × page size must stay under {} MiB; split the page",
                MAX_ENTRY_BYTES >> 20
            )),
        );
        return (Vec::new(), diags);
    }
    let mut pages = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        // `code_from_status`: a status-only entry takes the code its status names.
        let derived = match (&entry.code, entry.status) {
            (None, Some(status)) if config.read.code_from_status => Some(code_of_status(status)),
            _ => None,
        };
        let (Some(code), Some(status)) = (entry.code.as_ref().or(derived.as_ref()), entry.status)
        else {
            // A status-only entry (`status_only`): exported with a `null` code, but it
            // names no variant.
            diags.push(
                Diagnostic::at_span(
                    source.display_path,
                    text,
                    entry.span.clone(),
                    format!(
                        "{} HTTP {} states no error code: no variant is generated for it",
                        if other.read.catalog { "entry" } else { "page" },
                        entry.status.unwrap_or_default()
                    ),
                )
                .warning(),
            );
            continue;
        };
        let part = if other.read.catalog {
            entry_part(text, entry, entries.get(i + 1))
        } else {
            0..text.len()
        };
        let slug = if other.read.catalog {
            format!("{}#{}", source.slug, anchor(code))
        } else {
            source.slug.to_owned()
        };
        let title = crate::canonical_reason(status)
            .unwrap_or("Error")
            .to_owned();
        let summary = summary(
            &text[part.start.max(body_start(text))..part.end],
            code,
            status,
        )
        .unwrap_or_else(|| format!("{title}."));
        pages.push(crate::parse::entry_page(crate::parse::EntryFacts {
            code: code.clone(),
            status,
            doc_url: doc_url_for(config, folder, &slug, code),
            title,
            summary,
            retryable: entry.retryable_or_status_rule().unwrap_or(false),
            slug,
            source_path: source.source_path.to_owned(),
            display_path: source.display_path.to_owned(),
            markdown: text.to_owned(),
            spans: Spans {
                code: entry.span.clone(),
                status: entry.span.clone(),
                retry: entry.span.clone(),
                entry: part,
                ..Spans::default()
            },
        }));
    }
    (pages, diags)
}

/// The code of a status-only entry under `code_from_status`: the canonical reason phrase in
/// snake case (`429` → `too_many_requests`, `418` → `i_m_a_teapot`), else `http_` and the
/// number.
pub(crate) fn code_of_status(status: u16) -> String {
    let Some(reason) = crate::canonical_reason(status) else {
        return format!("http_{status}");
    };
    let mut code = String::with_capacity(reason.len());
    for c in reason.chars() {
        if c.is_ascii_alphanumeric() {
            code.push(c.to_ascii_lowercase());
        } else if !code.ends_with('_') {
            code.push('_');
        }
    }
    let code = code.trim_matches('_').to_owned();
    if code.starts_with(|c: char| c.is_ascii_lowercase()) {
        code
    } else {
        format!("http_{status}")
    }
}

/// The slug anchor of a catalog entry: its code, lowercased, `.` and `_` as `-`.
fn anchor(code: &str) -> String {
    code.to_ascii_lowercase().replace(['.', '_'], "-")
}

/// Where a page's body starts: after its front matter, if any.
fn body_start(text: &str) -> usize {
    let Some(rest) = text.strip_prefix("---\n") else {
        return 0;
    };
    match rest.find("\n---\n") {
        Some(end) => 4 + end + 5,
        None => 0,
    }
}

/// The byte range of the line holding `offset`, newline included.
fn line_at(text: &str, offset: usize) -> Range<usize> {
    let offset = offset.min(text.len());
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..]
        .find('\n')
        .map_or(text.len(), |i| offset + i + 1);
    start..end
}

/// The entry's part of a catalog page: its line, and the lines after it up to the next
/// entry, a blank line or a heading (a table row; an `Error` row with the rows that belong
/// to it).
fn entry_part(text: &str, entry: &Entry, next: Option<&Entry>) -> Range<usize> {
    let first = line_at(text, entry.span.start);
    let stop = next.map_or(text.len(), |n| line_at(text, n.span.start).start);
    let mut end = first.end;
    while end < stop {
        let line = line_at(text, end);
        let trimmed = text[line.clone()].trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            break;
        }
        end = line.end.min(stop);
    }
    first.start..end
}

/// The summary an entry gives: for a table row its longest cell that is neither the code
/// nor the status; otherwise its first line of prose.
fn summary(part: &str, code: &str, status: u16) -> Option<String> {
    let first = part.lines().next()?.trim();
    let clean = |s: &str| s.trim().trim_matches(['*', '`']).trim().to_owned();
    if first.starts_with('|') && !first.contains("**") {
        return first
            .trim_matches('|')
            .split('|')
            .map(clean)
            .filter(|c| c != code && !c.starts_with(&status.to_string()))
            .max_by_key(String::len)
            .filter(|c| !c.is_empty());
    }
    // An `Error` row and the rows after it: a message or description row.
    for line in part.lines() {
        let cells: Vec<String> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(clean)
            .collect();
        if let [label, value] = cells.as_slice()
            && matches!(
                label.to_ascii_lowercase().as_str(),
                "message" | "description" | "details"
            )
            && !value.is_empty()
        {
            return Some(value.clone());
        }
    }
    part.lines()
        .map(str::trim)
        .find(|l| {
            !l.is_empty()
                && !l.starts_with(['#', '|', '`', '<', '{', '}', '"', '>', '-', '*'])
                && l.chars().next().is_some_and(char::is_alphabetic)
        })
        .map(ToOwned::to_owned)
}

/// Whether `page` is an entry of a page in another style, read by the `[read]` rules (a
/// table row, an error under a status heading, or a single page), rather than a page in the
/// house style. Such a page carries its own part of its file ([`explained_markdown`]), and
/// facts it leaves unstated (its retry flag) follow the documented rules.
///
/// ```
/// let config = errdocs_catalog::Config::from_toml_str("errdocs.toml", "[read]\nretry = \"unstated\"\n").unwrap();
/// let pages = [("gone.md", "---\ntitle: gone\nstatus: 410\n---\n")];
/// let catalog = errdocs_catalog::load_catalog_from_pages(&pages, &config).unwrap();
/// assert!(errdocs_catalog::is_other_style(&catalog.pages[0]));
/// let seed = include_str!("../../../docs/errors/unauthorized.md");
/// let page = errdocs_catalog::parse_page("docs/errors/unauthorized.md", seed).unwrap();
/// assert!(!errdocs_catalog::is_other_style(&page));
/// ```
pub fn is_other_style(page: &Page) -> bool {
    !page.spans.entry.is_empty()
}

/// The markdown `explain` shows for `page`: a house-style page as written; for an entry of a
/// page in another style, a heading with its code and status, the entry's part of the page
/// (its table row under the table's header, its section, or the single page's body) and
/// the file and line it was read from.
///
/// ```
/// let config = errdocs_catalog::Config::from_toml_str(
///     "errdocs.toml",
///     "[read]\nretry = \"unstated\"\ncode_pattern = \"numeric\"\n",
/// )
/// .unwrap();
/// let table = "# Errors\n\n| Code | HTTP Status | Details |\n|-|-|-|\n| 10001 | 500 | Internal error. |\n| 10002 | 401 | Bad credentials. |\n";
/// let catalog = errdocs_catalog::load_catalog_from_pages(&[("r2.md", table)], &config).unwrap();
/// let page = catalog.page("10002").unwrap();
/// let shown = errdocs_catalog::explained_markdown(page);
/// assert!(shown.starts_with("# 10002\n\n> HTTP 401 — Bad credentials."));
/// assert!(shown.contains("| 10002 | 401 | Bad credentials. |"));
/// assert!(!shown.contains("10001"));
/// assert!(shown.contains("line 6 of `docs/errors/r2.md`"));
/// ```
pub fn explained_markdown(page: &Page) -> Cow<'_, str> {
    let text = &page.markdown;
    if !is_other_style(page) || page.spans.entry.end > text.len() {
        return Cow::Borrowed(text);
    }
    let part = page.spans.entry.start.max(body_start(text))..page.spans.entry.end;
    let line = text[..page.spans.code.start.min(text.len())]
        .matches('\n')
        .count()
        + 1;
    let mut out = format!(
        "# {}\n\n> HTTP {} — {}\n\n",
        page.code, page.status, page.summary
    );
    let body = text[part.clone()].trim_start_matches(['\n', '\r']);
    if body.trim_start().starts_with('|') {
        // A table row: the table's header and separator above it.
        let mut start = part.start;
        let mut lines = Vec::new();
        while start > 0 {
            let above = line_at(text, start - 1);
            if !text[above.clone()].trim_start().starts_with('|') {
                break;
            }
            lines.push(above.clone());
            start = above.start;
        }
        if let [.., separator, header] = lines.as_slice() {
            out.push_str(&text[header.clone()]);
            out.push_str(&text[separator.clone()]);
        }
    } else if let Some(h1) = body.trim_start().strip_prefix("# ") {
        // A single page's own H1 is replaced by the heading above.
        out.push_str(h1.split_once('\n').map_or("", |(_, rest)| rest));
        out.push_str(&format!(
            "\n\nRead from line {line} of `{}`.\n",
            page.display_path
        ));
        return Cow::Owned(out);
    }
    out.push_str(body);
    if !body.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&format!(
        "\nRead from line {line} of `{}`.\n",
        page.display_path
    ));
    Cow::Owned(out)
}
