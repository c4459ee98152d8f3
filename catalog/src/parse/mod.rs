//! The page parser: markdown bytes → [`Page`], with every problem as a [`Diagnostic`].

mod example;
mod facts;
mod front_matter;
mod json_keys;
mod members;
mod report;
mod retired;
mod walk;

use std::ops::Range;

use crate::grpc::{GrpcCode, GrpcCodeError, parse_grpc_code};
use crate::model::{Page, Retry, Spanned, Spans};
use crate::url::doc_url_for;
use crate::{Config, Diagnostic};

pub(crate) use facts::{CODE_RULE, ERROR_STATUSES, canonical_reason, is_valid_code};
use facts::{FactKind, StatusError, code_suggestion, parse_retry, parse_status};
use report::Reporter;
use walk::RawPage;

/// A page with more problems than this is reported in part: the rest would only bury the
/// first ones (and make a hostile page cost more to report than to parse).
pub(crate) const MAX_DIAGNOSTICS_PER_PAGE: usize = 100;

/// What a page's location tells the parser: how to name it, and its slug.
pub(crate) struct PageSource<'a> {
    pub display_path: &'a str,
    pub source_path: &'a str,
    pub slug: &'a str,
}

/// Parses and checks one page on its own, with the default configuration.
///
/// `path` names the page in diagnostics; its file stem is the page's slug. Catalog-wide
/// checks (unique codes, links to other pages) need [`load_catalog`](crate::load_catalog).
///
/// ```
/// let text = include_str!("../../../docs/errors/unauthorized.md");
/// let page = errdocs_catalog::parse_page("docs/errors/unauthorized.md", text).unwrap();
/// assert_eq!(page.code, "unauthorized");
/// assert_eq!(page.status, 401);
/// assert!(!page.retry.retryable);
/// ```
pub fn parse_page(path: impl AsRef<std::path::Path>, text: &str) -> Result<Page, Vec<Diagnostic>> {
    let shown = path.as_ref().to_string_lossy().replace('\\', "/");
    let slug = path
        .as_ref()
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let source = PageSource {
        display_path: &shown,
        source_path: &shown,
        slug: &slug,
    };
    parse_page_with(&source, text.to_owned(), &Config::default(), "errors")
}

/// The causes of the house-style page `text` as markdown (see
/// [`Page::causes_markdown`](crate::Page::causes_markdown)).
pub(crate) fn causes_markdown(path: &str, text: &str) -> Vec<String> {
    RawPage::causes_markdown(path, text)
}

/// Parses and checks one page. `folder` is the docs folder's name, used for default URLs.
pub(crate) fn parse_page_with(
    source: &PageSource<'_>,
    owned_text: String,
    config: &Config,
    folder: &str,
) -> Result<Page, Vec<Diagnostic>> {
    let mut page = parse_page_unnamed(source, owned_text, config, folder)?;
    page.display_path = source.display_path.to_owned();
    page.source_path = source.source_path.to_owned();
    Ok(page)
}

/// [`parse_page_with`], but the page's `display_path` and `source_path` are left empty, for
/// a caller that owns the two strings to move them in (the loader) instead of copying them.
pub(crate) fn parse_page_unnamed(
    source: &PageSource<'_>,
    owned_text: String,
    config: &Config,
    folder: &str,
) -> Result<Page, Vec<Diagnostic>> {
    let text = owned_text.as_str();
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(vec![
            Diagnostic::at_span(source.display_path, text, 0..0, "the page is empty").help(
                "write the page in the catalog's style, or run `errdocs new CODE --status N`",
            ),
        ]);
    }
    let (mut raw, mut report) = RawPage::run(source.display_path, text);
    // The assembly's own diagnostics are few (one per fact at most): all are kept.
    report.raise_cap(usize::MAX);
    let mut assembler = Assembler { report };
    let page = assembler.page(source, &mut raw, config, folder);
    raw.recycle();
    // Report in page order, as a reader goes through the file.
    let diags = assembler.report.finish(MAX_DIAGNOSTICS_PER_PAGE);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(diags);
    }
    let mut page = page.ok_or(diags)?;
    page.markdown = owned_text;
    Ok(page)
}

/// What an entry of a page in another style states (`catalog/src/load/entries.rs` reads it).
pub(crate) struct EntryFacts {
    pub code: String,
    pub status: u16,
    pub doc_url: String,
    pub title: String,
    pub summary: String,
    pub retryable: bool,
    pub slug: String,
    pub source_path: String,
    pub display_path: String,
    pub markdown: String,
    pub spans: Spans,
}

/// The [`Page`] of an entry of a page in another style. Beside the house style's literal
/// below, so that a new page fact is decided for both in this file.
pub(crate) fn entry_page(entry: EntryFacts) -> Page {
    let EntryFacts {
        code,
        status,
        doc_url,
        title,
        summary,
        retryable,
        slug,
        source_path,
        display_path,
        markdown,
        spans,
    } = entry;
    Page {
        code,
        status,
        grpc_code: GrpcCode::from_http_status(status),
        doc_url,
        title,
        summary_markdown: summary.clone(),
        summary,
        retry: Retry {
            retryable,
            advice: String::new(),
        },
        slug,
        causes: Vec::new(),
        fixes: Vec::new(),
        sdk: Vec::new(),
        related: Vec::new(),
        example: None,
        sections: Vec::new(),
        links: Vec::new(),
        source_path,
        markdown,
        spans,
        display_path,
        // Other styles state neither tombstones nor body members (yet).
        retired: None,
        members: Vec::new(),
    }
}

/// Makes a [`Page`] of a [`RawPage`]: reads each fact from where the page may state it,
/// checks that the places agree, and reports what is missing or wrong.
struct Assembler<'a> {
    report: Reporter<'a>,
}

impl Assembler<'_> {
    fn error(&mut self, range: Range<usize>, message: impl Into<String>) -> &mut Diagnostic {
        self.report.error(range, message)
    }

    fn page(
        &mut self,
        source: &PageSource<'_>,
        raw: &mut RawPage,
        config: &Config,
        folder: &str,
    ) -> Option<Page> {
        let code = self.code(raw);
        let status = self.status(raw);
        let retry = self.retry(raw, config);
        let summary = self.summary(raw, status.as_ref().map(|s| s.0));
        let grpc = self.grpc_code(raw);
        let retired = self.retired(raw);
        let (code, code_span) = code?;
        let (status, title, status_span) = status?;
        let (grpc_code, grpc_span) = match grpc? {
            Some((stated, span)) => (stated, span),
            None => (GrpcCode::from_http_status(status), 0..0),
        };
        let (retry, retry_span) = retry?;
        let (summary, summary_markdown) = summary?;
        let (retired, retired_span) = retired?;
        let doc_url = doc_url_for(config, folder, source.slug, &code);
        let mut page = Page {
            code,
            status,
            grpc_code,
            title,
            summary,
            summary_markdown,
            retry,
            slug: source.slug.to_owned(),
            doc_url,
            causes: std::mem::take(&mut raw.causes),
            fixes: std::mem::take(&mut raw.fixes),
            sdk: std::mem::take(&mut raw.sdk),
            related: Vec::new(),
            example: None,
            sections: std::mem::take(&mut raw.sections),
            links: std::mem::take(&mut raw.links),
            // Set by the callers, which own these.
            source_path: String::new(),
            markdown: String::new(),
            spans: Spans {
                code: code_span,
                status: status_span,
                retry: retry_span,
                grpc_code: grpc_span,
                retired: retired_span,
                ..Spans::default()
            },
            display_path: String::new(),
            retired,
            members: Vec::new(),
        };
        self.example(raw, config, &mut page);
        self.members(config, &mut page, raw.fields_section.take());
        Some(page)
    }

    /// The Code row, else the H1, else front matter; all that are given must agree.
    fn code(&mut self, raw: &RawPage) -> Option<(String, Range<usize>)> {
        let row = raw.fact(FactKind::Code);
        let front = raw.front_matter.fact(FactKind::Code);
        // Docs sites render front matter `title:` as the H1 when the page has none.
        let (h1, h1_name) = match (&raw.h1, &raw.front_matter.title) {
            (Some(h1), _) => (Some(h1), "the H1"),
            (None, Some(title)) => (Some(title), "front matter `title:`"),
            (None, None) => (None, "the H1"),
        };
        let (code, span, from) = match (row, &front, h1) {
            (Some(f), _, _) => (f.value.as_str(), f.span.clone(), "the `Code` row"),
            (None, Some(Spanned { value, span }), _) => {
                (value.as_str(), span.clone(), "front matter `code:`")
            }
            (None, None, Some(Spanned { value, span })) => (value.as_str(), span.clone(), h1_name),
            (None, None, None) if raw.reported.contains(&FactKind::Code) => return None,
            (None, None, None) => {
                self.error(anchor(raw), "page states no error code")
                    .with_help("add a `# my_code` heading or a `| **Code** | `my_code` |` row to the facts table");
                return None;
            }
        };
        let code = code.trim().to_owned();
        if !is_valid_code(&code) {
            let d = self
                .error(span.clone(), format!("`{code}` is not a valid error code"))
                .with_label(format!("from {from}"));
            let help = match code_suggestion(&code) {
                Some(s) => format!("codes match `[a-z][a-z0-9_]*`: did you mean `{s}`?"),
                None => "codes match `[a-z][a-z0-9_]*` (`.` and `-` are also allowed)".to_owned(),
            };
            d.with_help(help);
            return None;
        }
        if let Some(Spanned {
            value: h1,
            span: h1_span,
        }) = h1
        {
            let h1 = h1.trim();
            if from != "the H1" && is_valid_code(h1) && h1 != code {
                self.error(
                    h1_span.clone(),
                    format!("the H1 `{h1}` disagrees with the code `{code}`"),
                )
                .with_label(format!("the code comes from {from}"))
                .with_help(format!("make the heading `# {code}`, or fix the code"));
            }
        }
        if let (
            Some(_),
            Some(Spanned {
                value: fm,
                span: fm_span,
            }),
        ) = (row, &front)
            && fm.trim() != code
        {
            self.error(
                fm_span.clone(),
                format!(
                    "front matter `code: {}` disagrees with the `Code` row `{code}`",
                    fm.trim()
                ),
            )
            .with_help("state the code once, or make both agree".to_owned());
        }
        Some((code, span))
    }

    fn status(&mut self, raw: &RawPage) -> Option<(u16, String, Range<usize>)> {
        let row = raw.fact(FactKind::Status);
        let front = raw.front_matter.fact(FactKind::Status);
        let from_row = row
            .as_ref()
            .and_then(|f| self.status_value(&f.value, f.span.clone()));
        let from_front = front
            .as_ref()
            .and_then(|v| self.status_value(&v.value, v.span.clone()));
        match (&row, &front) {
            (None, None) if raw.reported.contains(&FactKind::Status) => None,
            (None, None) => {
                self.error(anchor(raw), "page states no HTTP status")
                    .with_help(
                        "add a `| **HTTP status** | `404 Not Found` |` row to the facts table",
                    );
                None
            }
            (Some(f), Some(Spanned { span: fm_span, .. })) => {
                let (a, b) = (from_row?, from_front?);
                if a.0 != b.0 {
                    self.error(
                        fm_span.clone(),
                        format!(
                            "front matter `status: {}` disagrees with the facts table `{}`",
                            b.0, a.0
                        ),
                    )
                    .with_help("state the status once, or make both agree".to_owned());
                }
                let _ = f;
                Some(a)
            }
            (Some(_), None) => from_row,
            (None, Some(_)) => from_front,
        }
    }

    fn status_value(
        &mut self,
        value: &str,
        span: Range<usize>,
    ) -> Option<(u16, String, Range<usize>)> {
        match parse_status(value) {
            Ok(v) => Some((v.status, v.title, span)),
            Err(StatusError::Syntax) => {
                self.error(span, format!("`{}` is not an HTTP status", value.trim()))
                    .with_label("expected a number and an optional reason phrase")
                    .with_help("write the status like `401 Unauthorized` or `401`".to_owned());
                None
            }
            Err(StatusError::Range(n)) => {
                self.error(span, format!("status {n} is not an error status"))
                    .with_label("expected 400–599")
                    .with_help("error pages document 4xx and 5xx responses only".to_owned());
                None
            }
            Err(StatusError::Reason(n, canonical)) => {
                let reason = value.trim()[3..].trim().to_owned();
                self.error(
                    span,
                    format!("`{reason}` is not the reason phrase of status {n}"),
                )
                .with_label(format!("expected `{canonical}`"))
                .with_help(format!("write `{n} {canonical}`"));
                None
            }
        }
    }

    fn retry(&mut self, raw: &RawPage, config: &Config) -> Option<(Retry, Range<usize>)> {
        let row = raw.fact(FactKind::Retry);
        let front = raw.front_matter.fact(FactKind::Retry);
        let mut parse = |value: &str, span: Range<usize>| match parse_retry(value) {
            Some((retryable, advice)) => Some((Retry { retryable, advice }, span)),
            None => {
                self.error(span, format!("`{}` is not a retry flag", value.trim()))
                    .with_label("expected `Yes` or `No`")
                    .with_help(
                    "write `Yes` or `No`, then optional advice after a dash: `No — fix the request.`"
                        .to_owned(),
                );
                None
            }
        };
        match (row, front) {
            (Some(f), Some(Spanned { value: v, span: s })) => {
                let a = parse(&f.value, f.span.clone());
                let b = parse(&v, s.clone());
                let (a, b) = (a?, b?);
                if a.0.retryable != b.0.retryable {
                    self.error(s, "front matter `retryable` disagrees with the facts table")
                        .with_help("state the retry flag once, or make both agree".to_owned());
                }
                Some(a)
            }
            (Some(f), None) => parse(&f.value, f.span.clone()),
            (None, Some(Spanned { value, span })) => parse(&value, span),
            (None, None) if raw.reported.contains(&FactKind::Retry) => None,
            (None, None) => match config.retry_default {
                Some(retryable) => Some((
                    Retry {
                        retryable,
                        advice: String::new(),
                    },
                    0..0,
                )),
                None => {
                    self.error(anchor(raw), "page states no retry flag")
                    .with_help("add a `| **Retry?** | No |` row, or set `retry_default` in `errdocs.toml`");
                    None
                }
            },
        }
    }

    /// The stated gRPC code (`None` inside when the page states none), or `None` when the
    /// stated one is refused.
    fn grpc_code(&mut self, raw: &RawPage) -> Option<Option<(GrpcCode, Range<usize>)>> {
        let row = raw.fact(FactKind::GrpcCode).cloned();
        let front = raw.front_matter.fact(FactKind::GrpcCode);
        let from_row = row.map(|f| self.grpc_value(&f.value, f.span));
        let from_front = front.map(|v| (self.grpc_value(&v.value, v.span.clone()), v.span));
        match (from_row, from_front) {
            (Some(a), Some((b, fm_span))) => {
                let (a, b) = (a?, b?);
                if a.0 != b.0 {
                    self.error(
                        fm_span,
                        format!(
                            "front matter `grpc_code: {}` disagrees with the `gRPC code` row `{}`",
                            b.0, a.0
                        ),
                    )
                    .with_help("state the gRPC code once, or make both agree".to_owned());
                }
                Some(Some(a))
            }
            (Some(a), None) => a.map(Some),
            (None, Some((b, _))) => b.map(Some),
            (None, None) => Some(None),
        }
    }

    fn grpc_value(&mut self, value: &str, span: Range<usize>) -> Option<(GrpcCode, Range<usize>)> {
        let value = value.trim();
        match parse_grpc_code(value) {
            Ok(code) => Some((code, span)),
            Err(GrpcCodeError::Ok) => {
                self.error(span, format!("`{value}` is the gRPC code of a success"))
                    .with_label("an error page needs a failure code")
                    .with_help(
                        "write the code clients get for this error, or drop the row to derive it from the HTTP status"
                            .to_owned(),
                    );
                None
            }
            Err(GrpcCodeError::Unknown(near)) => {
                let d = self
                    .error(span, format!("`{value}` is not a gRPC status code"))
                    .with_label("expected a canonical code name");
                match near {
                    Some(near) => d.with_help(format!("did you mean `{near}`?")),
                    None => d.with_help(format!(
                        "write one of {}",
                        list(&GrpcCode::ALL.map(GrpcCode::name))
                    )),
                };
                None
            }
        }
    }

    /// The first blockquote or paragraph after the H1, without an `HTTP 401 —` prefix.
    /// The summary, plain and as markdown.
    fn summary(&mut self, raw: &mut RawPage, status: Option<u16>) -> Option<(String, String)> {
        // The raw page's strings are moved out: nothing reads them after this.
        let found = match (raw.summary.take(), &raw.h1) {
            (Some(s), _) => Some((s, std::mem::take(&mut raw.summary_markdown))),
            (None, None) => raw
                .first_block
                .take()
                .map(|b| (b, std::mem::take(&mut raw.first_block_markdown))),
            (None, Some(_)) => None,
        };
        let (text, markdown, span) = match (found, &raw.front_matter.description) {
            (Some((found, markdown)), _) => (found.value, markdown, found.span),
            (None, Some(d)) => (d.clone(), d.clone(), 0..0),
            (None, None) => {
                self.error(anchor(raw), "page has no summary")
                    .with_help("put a one-sentence blockquote after the H1: `> HTTP 404 — the resource does not exist.`");
                return None;
            }
        };
        let (said, rest) = summary_body(&text);
        if let (Some(n), Some(status)) = (said, status)
            && n != status
        {
            self.error(
                span.clone(),
                format!("the summary says HTTP {n} but the page's status is {status}"),
            )
            .with_help(format!("write `HTTP {status} — …`"));
        }
        let rest = subrange(&text, rest);
        let summary = capitalized_owned(text, rest);
        if summary.is_empty() {
            self.error(span, "the summary is empty")
                .with_help("say in one sentence what the error means");
            return None;
        }
        let rest = subrange(&markdown, summary_body(&markdown).1);
        Some((summary, capitalized_owned(markdown, rest)))
    }
}

/// The status a summary names (`HTTP 401 — …`), and the summary without that prefix.
fn summary_body(text: &str) -> (Option<u16>, &str) {
    let mut rest = text.trim();
    let mut said = None;
    if let Some(after) = rest.strip_prefix("HTTP ") {
        let digits = &after[..after.bytes().take_while(u8::is_ascii_digit).count()];
        said = digits.parse::<u16>().ok();
        let tail = after[digits.len()..].trim_start();
        if let Some(t) = tail.strip_prefix(['—', '–', '-', ':']) {
            rest = t.trim_start();
        }
    }
    (said, rest)
}

/// Where the slice `part` of `text` lies in it.
fn subrange(text: &str, part: &str) -> Range<usize> {
    let start = part.as_ptr() as usize - text.as_ptr() as usize;
    start..start + part.len()
}

/// [`capitalized`] of `text[range]`, reusing `text`'s buffer when the first letter is ASCII.
fn capitalized_owned(mut text: String, range: Range<usize>) -> String {
    if !text[range.clone()].starts_with(|c: char| c.is_ascii()) {
        return capitalized(&text[range]);
    }
    text.truncate(range.end);
    text.drain(..range.start);
    text[..1].make_ascii_uppercase();
    text
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.extend(first.to_uppercase());
    out.push_str(chars.as_str());
    out
}

/// Where to point when a fact is missing: the H1, else the start of the page.
fn anchor(raw: &RawPage) -> Range<usize> {
    raw.h1.as_ref().map_or(0..0, |h1| h1.span.clone())
}

fn list(keys: &[&str]) -> String {
    keys.iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn closest<'a>(key: &str, candidates: &[&'a str]) -> Option<&'a str> {
    crate::suggest(key, candidates.iter().copied())
}

/// The path of an absolute URL (`https://h/errors/x` → `/errors/x`), or the text itself.
fn url_path(url: &str) -> &str {
    crate::url::split_url(url).1
}

fn offset_of_line_col(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return (offset + column.saturating_sub(1)).min(text.len());
        }
        offset += l.len();
    }
    text.len()
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod capitalized_tests {
    use super::{capitalized, capitalized_owned, subrange, summary_body};

    /// Capitalizing in the text's own buffer gives what capitalizing a copy gives.
    #[test]
    fn in_place_capitalizing_agrees_with_copying() {
        for text in [
            "HTTP 401 — missing credentials.",
            "  plain summary ",
            "HTTP 429: slow down",
            "élan first",
            "",
            "HTTP 500",
            "x",
        ] {
            let rest = summary_body(text).1;
            let want = capitalized(rest);
            let owned = text.to_owned();
            let range = subrange(&owned, summary_body(&owned).1);
            assert_eq!(capitalized_owned(owned.clone(), range), want, "{text:?}");
        }
    }
}
