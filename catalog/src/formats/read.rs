//! Reading one page written in another style: the entries it documents, each fact with
//! where it was read.

use std::ops::Range;

use super::scan::{Block, Scanned, scan};
use super::settings::{ExampleCode, ReadSettings, is_numeric_code};
use super::status::{heading_status, status_cell, summary_status};

/// One documented error read from a page: a single-error page gives one, a catalog page
/// (a table, or status headings with errors under them) gives one per row.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    /// The error code, or `None` where the page states none.
    pub code: Option<String>,
    /// The HTTP status, or `None` where the page states none.
    pub status: Option<u16>,
    /// The retry flag, or `None` where the page states none.
    pub retryable: Option<bool>,
    /// The page's path relative to the docs folder, `/`-separated.
    pub source_path: String,
    /// The line of the page the entry starts on (1-based).
    pub line: usize,
    /// Where the code was read (`front matter \`title\``), empty when unstated.
    #[serde(skip)]
    pub code_from: &'static str,
    /// Where the status was read (`example \`error.status\``), empty when unstated.
    #[serde(skip)]
    pub status_from: &'static str,
    /// The byte range of the page the entry was read from.
    #[serde(skip)]
    pub span: Range<usize>,
}

impl Entry {
    /// The retry flag, or where the page leaves it unstated, the status rule clients use
    /// for unknown codes ([`errdocs_wire::retryable_by_status`]); `None` without a status.
    ///
    /// ```
    /// let config = errdocs_catalog::Config::from_toml_str("errdocs.toml", "[read]\nretry = \"unstated\"\n").unwrap();
    /// let survey = errdocs_catalog::survey_pages(&[("busy.md", "---\ntitle: busy\nstatus: 503\n---\n")], &config);
    /// assert_eq!(survey.entries[0].retryable, None);
    /// assert_eq!(survey.entries[0].retryable_or_status_rule(), Some(true));
    /// ```
    pub fn retryable_or_status_rule(&self) -> Option<bool> {
        self.retryable
            .or_else(|| self.status.map(errdocs_wire::retryable_by_status))
    }
}

/// What one page gives.
#[derive(Debug, Default)]
pub(crate) struct PageRead {
    pub entries: Vec<Entry>,
    /// Whether the page is a catalog page (several entries from tables or headings).
    pub catalog: bool,
    /// Disagreements between the places a fact was read from: (range, message).
    pub conflicts: Vec<(Range<usize>, String)>,
}

#[derive(Default)]
struct Facts {
    code: Option<(String, &'static str, Range<usize>)>,
    status: Option<(u16, &'static str, Range<usize>)>,
    retry: Option<bool>,
}

/// The label of a facts row, normalized: `**HTTP status**` → `http status`.
fn label(cell: &str) -> String {
    cell.trim()
        .trim_matches(['*', '_', '`', ':'])
        .trim()
        .to_ascii_lowercase()
}

fn is_code_label(l: &str) -> bool {
    matches!(l, "code" | "error" | "error code")
}

fn is_status_label(l: &str) -> bool {
    matches!(
        l,
        "http status" | "status" | "http status code" | "status code" | "http code"
    )
}

fn is_retry_label(l: &str) -> bool {
    matches!(l, "retry?" | "retry" | "retryable" | "retryable?")
}

/// A cell's code: the cell without backticks and surrounding space.
fn code_cell(cell: &str) -> String {
    cell.trim().trim_matches('`').trim().to_owned()
}

/// The columns of a table's header: (code column, status column).
pub(crate) fn columns(header: &[String], read: &ReadSettings) -> (Option<usize>, Option<usize>) {
    let names: Vec<String> = header.iter().map(|h| label(h)).collect();
    let configured =
        |list: &[String], name: &str| list.iter().any(|c| c.trim().eq_ignore_ascii_case(name));
    let status = names.iter().position(|n| {
        configured(&read.status_columns, n) || is_status_label(n) || n.contains("http status")
    });
    let code = names.iter().enumerate().position(|(i, n)| {
        Some(i) != status
            && !configured(&read.status_columns, n)
            && (configured(&read.code_columns, n) || matches!(n.as_str(), "code" | "error code"))
    });
    (code, status)
}

fn retry_value(cell: &str) -> Option<bool> {
    let first = cell
        .trim()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()?;
    match first.to_ascii_lowercase().as_str() {
        "yes" | "true" => Some(true),
        "no" | "false" => Some(false),
        _ => None,
    }
}

/// Reads the entries of one page. `rel` is its path relative to the docs folder.
pub(crate) fn read_page(rel: &str, text: &str, read: &ReadSettings) -> PageRead {
    read_scanned(rel, text, &scan(text), read)
}

/// [`read_page`] of a page already scanned (`scanned` is `scan(text)`).
pub(crate) fn read_scanned(
    rel: &str,
    text: &str,
    scanned: &Scanned,
    read: &ReadSettings,
) -> PageRead {
    let mut out = PageRead::default();
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let entry = |code: Option<String>,
                 status: Option<u16>,
                 retryable: Option<bool>,
                 code_from: &'static str,
                 status_from: &'static str,
                 span: Range<usize>| Entry {
        code,
        status,
        retryable,
        source_path: rel.to_owned(),
        line: line_of(span.start),
        code_from,
        status_from,
        span,
    };

    // Catalog entries: rows of tables with a code and a status column, and code rows of
    // facts tables or code tables under status headings.
    let mut page_facts = Facts::default();
    let mut heading_stack: Vec<(u8, Option<u16>)> = Vec::new();
    let mut status_headings = Vec::new();
    for (block, span) in &scanned.blocks {
        match block {
            Block::Heading { level, text } => {
                while heading_stack.last().is_some_and(|(l, _)| l >= level) {
                    heading_stack.pop();
                }
                let status = heading_status(text);
                if let Some(s) = status {
                    status_headings.push((s, span.clone()));
                }
                heading_stack.push((*level, status));
            }
            Block::Table { header, rows } => {
                let under = heading_stack.iter().rev().find_map(|(_, s)| *s);
                if header.len() >= 3 {
                    let (code_col, status_col) = columns(header, read);
                    match (code_col, status_col) {
                        (Some(c), Some(s)) => {
                            out.catalog = true;
                            for (row, rspan) in rows {
                                let code = row.get(c).map(|v| code_cell(v));
                                let cell = row.get(s).map(String::as_str).unwrap_or("");
                                let status = status_cell(cell);
                                if status.is_none() && is_non_error_status(cell) {
                                    continue;
                                }
                                let code = code.filter(|c| read.accepts_code(c));
                                out.entries.push(entry(
                                    code,
                                    status,
                                    None,
                                    "the table's code column",
                                    "the table's status column",
                                    rspan.clone(),
                                ));
                            }
                        }
                        (None, Some(s)) if read.status_only && rows.len() > 1 => {
                            out.catalog = true;
                            for (row, rspan) in rows {
                                let cell = row.get(s).map(String::as_str).unwrap_or("");
                                if let Some(status) = status_cell(cell) {
                                    out.entries.push(entry(
                                        None,
                                        Some(status),
                                        None,
                                        "",
                                        "the table's status column",
                                        rspan.clone(),
                                    ));
                                }
                            }
                        }
                        (None, Some(s)) if rows.len() == 1 => {
                            // One row: the page's own facts (SmartBear's problem table).
                            let cell = rows[0].0.get(s).map(String::as_str).unwrap_or("");
                            if let Some(status) = status_cell(cell)
                                && page_facts.status.is_none()
                            {
                                page_facts.status =
                                    Some((status, "the table's status column", rows[0].1.clone()));
                            }
                        }
                        (Some(c), None) if under.is_some() => {
                            out.catalog = true;
                            for (row, rspan) in rows {
                                let code = row.get(c).map(|v| code_cell(v));
                                let code = code.filter(|c| read.accepts_code(c));
                                if code.is_some() {
                                    out.entries.push(entry(
                                        code,
                                        under,
                                        None,
                                        "the table's code column",
                                        "the heading above",
                                        rspan.clone(),
                                    ));
                                }
                            }
                        }
                        _ => {}
                    }
                } else if header.len() == 2 {
                    let header_empty = header.iter().all(|h| h.trim().is_empty());
                    // A header row is a fact only when written as one: a bold label
                    // (`| **Code** | `x` |`), not a column name (`| Code | Name |`).
                    let first_line = text[span.start..].lines().next().unwrap_or("");
                    let header_fact = is_fact_row(header) && first_line.contains("**");
                    if !(header_empty || header_fact) {
                        continue;
                    }
                    let mut all: Vec<(&[String], Range<usize>)> = Vec::new();
                    if header_fact {
                        all.push((header, span.clone()));
                    }
                    all.extend(rows.iter().map(|(r, s)| (r.as_slice(), s.clone())));
                    let code_rows = all
                        .iter()
                        .filter(|(r, _)| r.first().is_some_and(|l| is_code_label(&label(l))))
                        .count();
                    if code_rows > 1 || (code_rows == 1 && under.is_some()) {
                        // Several errors in one table (Box), or one under a status heading.
                        out.catalog = true;
                        let mut current: Option<usize> = None;
                        for (row, rspan) in all {
                            let (Some(l), Some(v)) = (row.first(), row.get(1)) else {
                                continue;
                            };
                            let l = label(l);
                            if is_code_label(&l) {
                                let code = Some(code_cell(v)).filter(|c| read.accepts_code(c));
                                out.entries.push(entry(
                                    code,
                                    under,
                                    None,
                                    "the `Error` row",
                                    if under.is_some() {
                                        "the heading above"
                                    } else {
                                        ""
                                    },
                                    rspan,
                                ));
                                current = Some(out.entries.len() - 1);
                            } else if let Some(i) = current {
                                if is_status_label(&l) {
                                    if let Some(s) = status_cell(v) {
                                        out.entries[i].status = Some(s);
                                        out.entries[i].status_from = "the `HTTP status` row";
                                    }
                                } else if is_retry_label(&l) {
                                    out.entries[i].retryable = retry_value(v);
                                }
                            }
                        }
                    } else {
                        for (row, rspan) in all {
                            let (Some(l), Some(v)) = (row.first(), row.get(1)) else {
                                continue;
                            };
                            let l = label(l);
                            if is_code_label(&l) && page_facts.code.is_none() {
                                let c = code_cell(v);
                                if read.accepts_code(&c) {
                                    page_facts.code = Some((c, "the facts table", rspan));
                                }
                            } else if is_status_label(&l) && page_facts.status.is_none() {
                                if let Some(s) = status_cell(v) {
                                    page_facts.status = Some((s, "the facts table", rspan));
                                }
                            } else if is_retry_label(&l) {
                                page_facts.retry = retry_value(v);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if out.catalog {
        return out;
    }

    // A single-error page.
    let code = page_facts
        .code
        .take()
        .or_else(|| page_code(rel, scanned, read));
    let code_value = code.as_ref().map(|c| c.0.clone());
    let mut status = page_facts.status.take();
    let mut consider = |s: Option<(u16, &'static str, Range<usize>)>, out: &mut PageRead| {
        let Some(s) = s else { return };
        match &status {
            None => status = Some(s),
            Some(found) if found.0 != s.0 => out.conflicts.push((
                s.2.clone(),
                format!(
                    "{} says HTTP {} but {} says HTTP {}",
                    s.1, s.0, found.1, found.0
                ),
            )),
            Some(_) => {}
        }
    };
    if let Some(v) = scanned.front("status")
        && let Some(s) = status_cell(v)
    {
        consider(
            Some((s, "front matter `status`", scanned.front_at("status"))),
            &mut out,
        );
    }
    consider(bold_label_status(scanned), &mut out);
    consider(section_status(scanned), &mut out);
    consider(summary_prefix(scanned), &mut out);
    // The title or a status heading with no errors under it.
    let title_status = scanned
        .front("title")
        .and_then(heading_status)
        .map(|s| (s, "front matter `title`", scanned.front_at("title")));
    consider(title_status, &mut out);
    if let Some((s, span)) = status_headings.first() {
        consider(Some((*s, "a status heading", span.clone())), &mut out);
    }
    if code_value.is_some() {
        consider(
            example_status(scanned, code_value.as_deref(), read),
            &mut out,
        );
    }
    if code_value.is_some() && status.is_none() && read.prose_status {
        status = super::prose::prose_status(scanned);
    }
    let retry = page_facts.retry.or_else(|| {
        scanned
            .front("retryable")
            .or_else(|| scanned.front("retry"))
            .and_then(retry_value)
    });
    let span = code
        .as_ref()
        .map(|c| c.2.clone())
        .or_else(|| status.as_ref().map(|s| s.2.clone()))
        .unwrap_or(0..0);
    if code.is_none() && status.is_none() && retry.is_none() {
        return out;
    }
    let (code, code_from) = match code {
        Some((c, from, _)) => (Some(c), from),
        None => (None, ""),
    };
    let (status, status_from) = match status {
        Some((s, from, _)) => (Some(s), from),
        None => (None, ""),
    };
    out.entries
        .push(entry(code, status, retry, code_from, status_from, span));
    out
}

/// Whether a status cell names a 1xx–3xx status: such rows are not errors.
fn is_non_error_status(cell: &str) -> bool {
    let digits: String = cell
        .trim()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.len() == 3 && digits.parse::<u16>().is_ok_and(|n| (100..400).contains(&n))
}

/// Whether a two-column header row is itself a fact (`| **Code** | `x` |`).
fn is_fact_row(row: &[String]) -> bool {
    row.first().is_some_and(|l| {
        let l = label(l);
        is_code_label(&l) || is_status_label(&l) || is_retry_label(&l)
    })
}

/// The code of a single-error page: front matter `code`, `identifier`, `title` (when it is
/// an accepted code), the H1, `Error 1015` in the title or a heading (numeric codes), the
/// file name (opt-in).
fn page_code(
    rel: &str,
    scanned: &Scanned,
    read: &ReadSettings,
) -> Option<(String, &'static str, Range<usize>)> {
    for (key, from) in [
        ("code", "front matter `code`"),
        ("identifier", "front matter `identifier`"),
        ("title", "front matter `title`"),
    ] {
        if let Some(v) = scanned.front(key) {
            let v = v.trim().trim_matches('`');
            let index_title =
                key == "title" && is_index_page(rel, read) && !crate::is_valid_code(v);
            if read.accepts_code(v) && !index_title {
                return Some((v.to_owned(), from, scanned.front_at(key)));
            }
        }
    }
    if let Some((v, span)) = section_value(scanned, is_code_label, 1)
        && read.accepts_code(v.trim_matches('`'))
    {
        return Some((
            v.trim_matches('`').to_owned(),
            "the `Error Code` section",
            span,
        ));
    }
    let h1 = scanned.blocks.iter().find_map(|(b, span)| match b {
        Block::Heading { level: 1, text } => Some((text.clone(), span.clone())),
        _ => None,
    });
    if let Some((h1, span)) = &h1
        && read.accepts_code(h1.trim_matches('`'))
    {
        return Some((h1.trim_matches('`').to_owned(), "the H1", span.clone()));
    }
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let stem = read.strip_extension(name);
    let is_index = is_index_page(rel, read);
    if read.code_pattern != super::CodePattern::House && !is_index {
        let titled = scanned
            .front("title")
            .map(|t| {
                (
                    t.to_owned(),
                    scanned.front_at("title"),
                    "front matter `title`",
                )
            })
            .into_iter()
            .chain(scanned.blocks.iter().filter_map(|(b, span)| match b {
                Block::Heading { level, text } if *level <= 2 => {
                    Some((text.clone(), span.clone(), "a heading"))
                }
                _ => None,
            }));
        for (title, span, from) in titled {
            if let Some(n) = error_number(&title)
                && is_numeric_code(n)
            {
                return Some((n.to_owned(), from, span));
            }
        }
    }
    if read.code_from_file_name() && !is_index && read.accepts_code(stem) {
        return Some((stem.to_owned(), "the file name", 0..0));
    }
    None
}

/// Whether the page is an index, overview or readme page (or Markdoc's `+page`): never
/// named by its file, nor by a title that only a wider `code_pattern` accepts.
fn is_index_page(rel: &str, read: &ReadSettings) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let stem = read.strip_extension(name).to_ascii_lowercase();
    ["index", "overview", "readme", "+page"].contains(&stem.as_str())
}

/// The paragraph right under a heading that is a fact label (`## HTTP Status Code`, then
/// `` `410 Gone` ``), when it is a short value of at most `max_words` words.
fn section_value(
    scanned: &Scanned,
    is_label: fn(&str) -> bool,
    max_words: usize,
) -> Option<(String, Range<usize>)> {
    scanned
        .blocks
        .windows(2)
        .find_map(|w| match (&w[0].0, &w[1].0) {
            (Block::Heading { level, text }, Block::Para { text: value })
                if *level >= 2
                    && is_label(&label(text))
                    && value.split_whitespace().count() <= max_words =>
            {
                Some((value.clone(), w[1].1.clone()))
            }
            _ => None,
        })
}

/// The status of a `## HTTP Status Code` section.
fn section_status(scanned: &Scanned) -> Option<(u16, &'static str, Range<usize>)> {
    let (v, span) = section_value(scanned, is_status_label, 5)?;
    let s = status_cell(&v)?;
    Some((s, "the `HTTP Status Code` section", span))
}

/// The number of `Error 1015` or `Error 1015: …`.
fn error_number(title: &str) -> Option<&str> {
    let rest = title.trim().strip_prefix("Error ")?;
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let tail = rest[end..].trim_start();
    (end > 0 && (tail.is_empty() || tail.starts_with(':'))).then(|| &rest[..end])
}

/// A paragraph `**HTTP Status:** 401 Unauthorized`, read like a facts row.
fn bold_label_status(scanned: &Scanned) -> Option<(u16, &'static str, Range<usize>)> {
    scanned.blocks.iter().find_map(|(b, span)| {
        let Block::Para { text } = b else { return None };
        let (l, v) = text.split_once(':')?;
        if !is_status_label(&label(l)) {
            return None;
        }
        let s = status_cell(v.trim().trim_matches('`'))?;
        Some((s, "the `HTTP status` line", span.clone()))
    })
}

/// The first paragraph's `HTTP 429.` or `HTTP 429 —` prefix.
fn summary_prefix(scanned: &Scanned) -> Option<(u16, &'static str, Range<usize>)> {
    scanned.blocks.iter().find_map(|(b, span)| match b {
        Block::Para { text } => {
            summary_status(text).map(|s| (s, "the summary's `HTTP NNN` prefix", span.clone()))
        }
        _ => None,
    })
}

/// The first JSON example's `status` or `error.status`, when its `code` (if any) is the
/// page's code, or the catalog says the example's code is another identifier.
fn example_status(
    scanned: &Scanned,
    code: Option<&str>,
    read: &ReadSettings,
) -> Option<(u16, &'static str, Range<usize>)> {
    let (json, span) = scanned.example_json()?;
    let (status, from, inner) = match (json.get("status"), json.get("error")) {
        (Some(s), _) => (s, "the example's `status`", json),
        (None, Some(e)) if e.get("status").is_some() => {
            (&e["status"], "the example's `error.status`", e)
        }
        _ => return None,
    };
    let example_code = inner.get("code").or_else(|| json.get("code"));
    if read.example_code == ExampleCode::Page
        && let Some(c) = example_code
        && c.as_str() != code
    {
        return None;
    }
    let status = match status {
        serde_json::Value::Number(n) => n.as_u64().and_then(|n| u16::try_from(n).ok())?,
        serde_json::Value::String(s) => status_cell(s)?,
        _ => return None,
    };
    crate::is_error_status(status).then(|| (status, from, span.clone()))
}
