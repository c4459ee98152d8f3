//! Diagnostics: what went wrong, where (`path:line:col`), and how to fix it.

use std::fmt;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};
use serde::Serialize;

/// How serious a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The page or catalog is wrong: `errdocs check` fails and code generation stops.
    Error,
    /// Suspicious but usable: reported, never fatal.
    Warning,
}

/// One problem found in a page, a folder or the configuration.
///
/// A diagnostic is self-contained: it carries the offending source line so it
/// can be rendered without the file at hand.
///
/// ```
/// let err = errdocs_catalog::parse_page("docs/errors/oops.md", "# oops\n").unwrap_err();
/// assert_eq!(err[0].path, "docs/errors/oops.md");
/// assert!(err[0].to_string().starts_with("error: "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, lowercase, without a final period.
    pub message: String,
    /// The file at fault, `/`-separated, as the user named it.
    pub path: String,
    /// 1-based line, or 0 when the problem has no position (a whole file or folder).
    pub line: usize,
    /// 1-based column in characters, or 0 when there is no position.
    pub column: usize,
    /// The text of the line at fault (empty when there is no position); a long line is cut
    /// to a window around the span, with `…` where it is cut.
    pub source_line: String,
    /// Byte range inside `source_line` to underline.
    pub span: Range<usize>,
    /// A short label printed under the caret.
    pub label: String,
    /// A suggested fix, if any.
    pub help: Option<String>,
    /// For a "more problems are not shown" note ([`Diagnostic::not_shown`]): how many
    /// problems it stands for; else 0.
    #[serde(skip_serializing_if = "is_zero")]
    pub not_shown: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A line longer than this many bytes is shown as a window around the span.
const MAX_SNIPPET: usize = 512;
/// How much of a long line a snippet shows before the span's start…
const SNIPPET_BEFORE: usize = 120;
/// …and from the span's start on.
const SNIPPET_AFTER: usize = 392;

impl Diagnostic {
    /// A diagnostic about a whole file or folder, with no line.
    pub fn at_path(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            path: path.into(),
            line: 0,
            column: 0,
            source_line: String::new(),
            span: 0..0,
            label: String::new(),
            help: None,
            not_shown: 0,
        }
    }

    /// The note that stands for `hidden` problems of `path` left out of a report; its
    /// [`not_shown`](Diagnostic::not_shown) field holds the count, so a summary can say it.
    ///
    /// ```
    /// let d = errdocs_catalog::Diagnostic::not_shown("docs/errors/x.md", 5);
    /// assert_eq!(d.message, "5 more problems in this page are not shown");
    /// assert_eq!(d.not_shown, 5);
    /// ```
    pub fn not_shown(path: impl Into<String>, hidden: usize) -> Self {
        let mut d = Diagnostic::at_path(
            path,
            format!("{hidden} more problems in this page are not shown"),
        )
        .help("fix the ones above and check again");
        d.not_shown = hidden;
        d
    }

    /// A diagnostic pointing at `range` (byte offsets) of `text`, the contents of `path`.
    pub fn at_span(
        path: impl Into<String>,
        text: &str,
        range: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let start = floor_char_boundary(text, range.start.min(text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line = text[..line_start].bytes().filter(|&b| b == b'\n').count() + 1;
        Self::at_line(path, text, range, message, line_start, line)
    }

    /// Like [`at_span`](Self::at_span), with line numbers from `index` (built once per
    /// page), so reporting many problems in a large page stays linear.
    pub fn at_span_in(
        path: impl Into<String>,
        text: &str,
        index: &LineIndex,
        range: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let start = floor_char_boundary(text, range.start.min(text.len()));
        let line = index.line_of(start);
        let line_start = index.starts[line - 1];
        Self::at_line(path, text, range, message, line_start, line)
    }

    fn at_line(
        path: impl Into<String>,
        text: &str,
        range: Range<usize>,
        message: impl Into<String>,
        line_start: usize,
        line: usize,
    ) -> Self {
        // A byte-order mark is not a column of the first line.
        let bom = if text.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        let start = floor_char_boundary(text, range.start.min(text.len())).max(bom);
        let end = floor_char_boundary(text, range.end.clamp(start, text.len()));
        let line_start = if line_start == 0 { bom } else { line_start };
        // The line's end is looked for only as far as the snippet can show.
        let search_end = floor_char_boundary(text, start.saturating_add(SNIPPET_AFTER));
        let line_end = text[start..search_end]
            .find('\n')
            .map_or(search_end, |i| start + i);
        let content_end = if text[..line_end].ends_with('\r') {
            (line_end - 1).max(line_start)
        } else {
            line_end
        };
        let column = text[line_start..start.min(content_end)].chars().count() + 1;
        // A long line is shown as a window around the span, marked `…` where it is cut.
        let window_start = if line_end - line_start > MAX_SNIPPET {
            floor_char_boundary(text, start.saturating_sub(SNIPPET_BEFORE).max(line_start))
        } else {
            line_start
        };
        let cut_after = line_end == search_end
            && search_end < text.len()
            && !text[search_end..].starts_with('\n');
        let raw_line = &text[window_start..line_end];
        let raw_line = raw_line.strip_suffix('\r').unwrap_or(raw_line);
        let prefix = if window_start > line_start { "…" } else { "" };
        let suffix = if cut_after { "…" } else { "" };
        let source_line = format!("{prefix}{raw_line}{suffix}");
        let shown_end = prefix.len() + raw_line.len();
        let col_byte = (start - window_start + prefix.len()).min(shown_end);
        let span_start = floor_char_boundary(&source_line, col_byte);
        let span_end = floor_char_boundary(
            &source_line,
            (end - window_start + prefix.len()).min(shown_end),
        );
        let span_end = if span_end <= span_start {
            // Point at one character (or at the end of the line) rather than nothing.
            source_line[span_start..]
                .chars()
                .next()
                .map_or(span_start, |c| span_start + c.len_utf8())
        } else {
            span_end
        };
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            path: path.into(),
            line,
            column,
            source_line,
            span: span_start..span_end,
            label: String::new(),
            help: None,
            not_shown: 0,
        }
    }

    /// Sets the label printed under the caret.
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    /// Sets the suggested fix.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the label in place.
    pub fn with_label(&mut self, label: impl Into<String>) -> &mut Self {
        self.label = label.into();
        self
    }

    /// Sets the suggested fix in place.
    pub fn with_help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    /// Turns the diagnostic into a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Whether this diagnostic is an error (as opposed to a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:col`, or just the path when there is no position.
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.path.clone()
        } else {
            format!("{}:{}:{}", self.path, self.line, self.column)
        }
    }

    /// Renders the diagnostic in rustc's style, with ANSI colors when `color` is set.
    pub fn render(&self, color: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let title = level.primary_title(self.message.as_str());
        let group = if self.line == 0 {
            title.element(Origin::path(self.path.as_str()))
        } else {
            let mut annotation = AnnotationKind::Primary.span(self.span.clone());
            if !self.label.is_empty() {
                annotation = annotation.label(self.label.as_str());
            }
            title.element(
                Snippet::source(self.source_line.as_str())
                    .line_start(self.line)
                    .path(self.path.as_str())
                    .annotation(annotation),
            )
        };
        let group = match &self.help {
            Some(help) => group.element(Level::HELP.message(help.as_str())),
            None => group,
        };
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        renderer.render(&[group])
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for Diagnostic {}

/// The start of every line of a text, for line numbers in O(log n).
///
/// ```
/// let index = errdocs_catalog::LineIndex::new("a\nbc\nd");
/// assert_eq!(index.line_of(0), 1);
/// assert_eq!(index.line_of(3), 2);
/// assert_eq!(index.line_of(5), 3);
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        LineIndex { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// Renders a list of diagnostics, one after another, separated by blank lines.
pub fn render_all(diagnostics: &[Diagnostic], color: bool) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&d.render(color));
        out.push_str("\n\n");
    }
    out
}

pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_and_count_chars() {
        let text = "first\nsé x\r\nthird";
        let d = Diagnostic::at_span("p.md", text, 10..11, "bad");
        assert_eq!((d.line, d.column), (2, 4));
        assert_eq!(d.source_line, "sé x");
        assert_eq!(d.location(), "p.md:2:4");
    }

    #[test]
    fn renders_rustc_style_with_help() {
        let text = "a\n| **HTTP status** | `401 Unauthorised` |\n";
        let d = Diagnostic::at_span("docs/x.md", text, 23..39, "wrong reason phrase")
            .label("here")
            .help("use `401 Unauthorized`");
        let out = d.render(false);
        assert!(out.starts_with("error: wrong reason phrase\n"), "{out}");
        assert!(out.contains(" --> docs/x.md:2:22"), "{out}");
        assert!(out.contains("^^^^^^^^^^^^^^^^ here"), "{out}");
        assert!(out.contains("help: use `401 Unauthorized`"), "{out}");
    }

    #[test]
    fn a_long_line_is_shown_as_a_bounded_window() {
        let text = format!(
            "{}[x](/errors/nope){}\nnext",
            "a".repeat(1_000_000),
            "b".repeat(1_000_000)
        );
        let at = 1_000_000;
        let d = Diagnostic::at_span("p.md", &text, at..at + 17, "dead");
        assert_eq!((d.line, d.column), (1, 1_000_001));
        assert!(
            d.source_line.len() < MAX_SNIPPET + 8,
            "{}",
            d.source_line.len()
        );
        assert!(d.source_line.starts_with('…') && d.source_line.ends_with('…'));
        assert_eq!(&d.source_line[d.span.clone()], "[x](/errors/nope)");
        // A short line is shown whole, as before.
        let d = Diagnostic::at_span("p.md", "ab\ncd\r\n", 4..5, "x");
        assert_eq!((d.source_line.as_str(), d.span.clone()), ("cd", 1..2));
    }

    #[test]
    fn out_of_range_spans_do_not_panic() {
        let d = Diagnostic::at_span("p.md", "é", 1..99, "x");
        assert_eq!(d.line, 1);
        #[allow(clippy::reversed_empty_ranges)] // a reversed range is the point of the test
        let d = Diagnostic::at_span("p.md", "", 5..2, "x");
        assert_eq!((d.line, d.column), (1, 1));
        let _ = d.render(true);
    }
}
