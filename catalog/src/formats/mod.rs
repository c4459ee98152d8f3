//! Reading existing docs: the entries a folder of pages written in another style documents,
//! with what each states and what it leaves unstated.
//!
//! A page in the house style is read exactly as [`load_catalog`](crate::load_catalog)
//! reads it. Any other page is read by the rules of [`ReadSettings`] (`[read]` in
//! `errdocs.toml`), and what it leaves unstated is reported per entry while the entry is
//! kept: `errdocs export --keep-going` prints such entries with `null` facts.

mod detect;
mod folder;
mod prose;
pub(crate) mod read;
mod scan;
mod settings;
mod status;
#[cfg(test)]
mod tests;

use std::path::Path;

use crate::load::fs::{find_pages, read_page};
use crate::parse::{PageSource, parse_page_with};
use crate::{Config, Diagnostic};

pub use detect::{Detected, detect, init_toml};
pub use read::Entry;
pub use settings::{CodePattern, CodeSource, ExampleCode, ReadSettings, RetryRule};

/// What a folder of pages documents, read as far as it can be.
#[derive(Debug, Default)]
pub struct Survey {
    /// Every entry read, in file order, then page order.
    pub entries: Vec<Entry>,
    /// The problems: errors for facts an entry leaves unstated, warnings for places that
    /// disagree and for skipped pages.
    pub diagnostics: Vec<Diagnostic>,
    /// Pages that are not error pages (no code, no status, no facts), skipped because
    /// `skip_non_error_pages` is set.
    pub skipped: Vec<String>,
    /// How many pages were read.
    pub pages: usize,
}

impl Survey {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Reads every page under `dir` as far as it can: see [`Survey`].
///
/// ```
/// let survey = errdocs_catalog::survey("../docs/errors", &errdocs_catalog::Config::default());
/// let entry = survey.entries.iter().find(|e| e.code.as_deref() == Some("unauthorized")).unwrap();
/// assert_eq!((entry.status, entry.retryable), (Some(401), Some(false)));
/// assert!(!survey.has_errors());
/// ```
pub fn survey(dir: impl AsRef<Path>, config: &Config) -> Survey {
    let dir = dir.as_ref();
    let shown = crate::resolve::trimmed(crate::display_path(dir));
    survey_named(dir, &shown, config)
}

/// Like [`survey`], with diagnostics naming the folder `shown`.
pub fn survey_named(dir: &Path, shown: &str, config: &Config) -> Survey {
    let mut survey = Survey::default();
    let Some(files) = find_pages(dir, shown, &config.read, &mut survey.diagnostics) else {
        return survey;
    };
    let folder = crate::resolve::folder_name(dir);
    for rel in files {
        let display = format!("{shown}/{rel}");
        if let Some(text) = read_page(
            &dir.join(&rel),
            &display,
            config.max_page_bytes,
            &mut survey.diagnostics,
        ) {
            survey_page(&mut survey, &rel, &display, text, config, &folder);
        }
    }
    survey
}

/// Like [`survey`], for pages given in memory: `(path relative to the docs folder, text)`,
/// shown under `docs/errors`.
///
/// ```
/// use errdocs_catalog::{Config, survey_pages};
/// let config = Config::from_toml_str("errdocs.toml", "[read]\nretry = \"unstated\"\n").unwrap();
/// let page = "---\ntitle: key_not_found\n---\n\n```json\n{\"error\": {\"status\": 404}}\n```\n";
/// let survey = survey_pages(&[("key_not_found.mdx", page)], &config);
/// assert_eq!(survey.entries[0].status, Some(404));
/// assert_eq!(survey.entries[0].retryable, None);
/// assert!(!survey.has_errors());
/// ```
pub fn survey_pages(pages: &[(&str, &str)], config: &Config) -> Survey {
    let mut survey = Survey::default();
    for (rel, text) in pages {
        let display = format!("docs/errors/{rel}");
        survey_page(
            &mut survey,
            rel,
            &display,
            (*text).to_owned(),
            config,
            "errors",
        );
    }
    survey
}

fn survey_page(
    survey: &mut Survey,
    rel: &str,
    display: &str,
    text: String,
    config: &Config,
    folder: &str,
) {
    survey.pages += 1;
    let strict_diags = match house_style_entry(rel, display, &text, config, folder) {
        Ok(entry) => {
            survey.entries.push(entry);
            return;
        }
        Err(diags) => diags,
    };
    let other = read_other_style(rel, display, &text, config, strict_diags);
    add_other_style(survey, rel, other);
}

/// The entry of a page in the house style, else the house style's diagnostics for it.
fn house_style_entry(
    rel: &str,
    display: &str,
    text: &str,
    config: &Config,
    folder: &str,
) -> Result<Entry, Vec<Diagnostic>> {
    let slug = config.read.strip_extension(rel);
    let source = PageSource {
        display_path: display,
        source_path: rel,
        slug,
    };
    let page = parse_page_with(&source, text.to_owned(), config, folder)?;
    let line = text[..page.spans.code.start.min(text.len())]
        .matches('\n')
        .count()
        + 1;
    Ok(Entry {
        code: Some(page.code.clone()),
        status: Some(page.status),
        retryable: Some(page.retry.retryable),
        source_path: rel.to_owned(),
        line,
        code_from: "the house style",
        status_from: "the house style",
        span: page.spans.code.clone(),
    })
}

/// Adds what a page in another style gave to `survey`.
fn add_other_style(survey: &mut Survey, rel: &str, other: OtherStyle) {
    survey.diagnostics.extend(other.diagnostics);
    if other.skipped {
        survey.skipped.push(rel.to_owned());
    }
    survey.entries.extend(other.read.entries);
}

/// A page that breaks the house style, read by the `[read]` rules: what it gives, and the
/// diagnostics [`survey`] and the loader both report for it.
pub(crate) struct OtherStyle {
    /// The entries read.
    pub read: read::PageRead,
    /// Errors for facts an entry leaves unstated, warnings for conflicts and skips.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the page is not an error page and was skipped.
    pub skipped: bool,
}

/// Reads the page `rel` (shown as `display`) that the house-style parser rejected with
/// `strict_diags`. Without `[read]` rules the house style's diagnostics stand.
pub(crate) fn read_other_style(
    rel: &str,
    display: &str,
    text: &str,
    config: &Config,
    strict_diags: Vec<Diagnostic>,
) -> OtherStyle {
    let read = read::read_page(rel, text, &config.read);
    other_style(read, display, text, config, move || strict_diags)
}

/// [`read_other_style`] once the page was read into `read`; `strict_diags` gives the house
/// style's diagnostics, asked for only when they stand.
fn other_style(
    read: read::PageRead,
    display: &str,
    text: &str,
    config: &Config,
    strict_diags: impl FnOnce() -> Vec<Diagnostic>,
) -> OtherStyle {
    let mut diagnostics = Vec::new();
    if config.read == ReadSettings::default() {
        // No `[read]` rules: the catalog is in the house style, and a page that breaks it
        // is reported as `errdocs check` reports it, while what could be read is kept.
        return OtherStyle {
            read,
            diagnostics: strict_diags(),
            skipped: false,
        };
    }
    for (span, message) in &read.conflicts {
        diagnostics.push(
            Diagnostic::at_span(display, text, span.clone(), message.clone())
                .warning()
                .help("the first place read is kept; make the page state one status"),
        );
    }
    if read.entries.is_empty() {
        let skipped = config.read.skip_non_error_pages;
        if skipped {
            diagnostics.push(
                Diagnostic::at_path(
                    display,
                    "not an error page (no code, no status, no facts): skipped",
                )
                .warning(),
            );
        } else {
            diagnostics.extend(strict_diags());
        }
        return OtherStyle {
            read,
            diagnostics,
            skipped,
        };
    }
    for entry in &read.entries {
        let what = if read.catalog { "entry" } else { "page" };
        let named = match &entry.code {
            Some(c) => format!("`{c}`"),
            None => match entry.status {
                Some(s) => format!("HTTP {s}"),
                None => "this".to_owned(),
            },
        };
        if entry.code.is_none() && !(config.read.status_only && entry.status.is_some()) {
            diagnostics.push(
                Diagnostic::at_span(display, text, entry.span.clone(), format!("{what} {named} states no error code"))
                    .help("state the code in front matter `code:` or `title:`, a `Code` row or column; or set `code_from`, `code_pattern` or `status_only` under `[read]`"),
            );
        }
        if entry.status.is_none() {
            diagnostics.push(
                Diagnostic::at_span(display, text, entry.span.clone(), format!("{what} {named} states no HTTP status"))
                    .help("add a `| **HTTP status** | `404 Not Found` |` row, a status column or heading, or `status` in the example response"),
            );
        }
        if entry.retryable.is_none() && config.read.retry == RetryRule::Required {
            diagnostics.push(
                Diagnostic::at_span(display, text, entry.span.clone(), format!("{what} {named} states no retry flag"))
                    .help("add a `| **Retry?** | No |` row, or set `retry = \"unstated\"` under `[read]` in `errdocs.toml`"),
            );
        }
    }
    OtherStyle {
        read,
        diagnostics,
        skipped: false,
    }
}
