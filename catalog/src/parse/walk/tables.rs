//! The tables of a page: the facts table, the SDK table, and tables that markdown does not
//! read as tables (HTML, no delimiter row).

use std::ops::Range;

use super::{Cell, MAX_LABEL_SUGGESTIONS, SectionKind, Table, Walker, collapse_str as collapse};
use crate::Diagnostic;
use crate::model::SdkMapping;
use crate::parse::facts::{FactKind, fact_kind, similar_label};
use crate::parse::walk::Fact;

impl Walker<'_> {
    /// Rows of a facts table without the `| --- |` line are read as text: say so.
    pub(super) fn check_headerless_table(&mut self, range: Range<usize>) {
        let raw = self.text.get(range.clone()).unwrap_or_default();
        if !raw.contains('|') {
            return;
        }
        let Some(d) = self.unread_facts(
            facts_in_rows(raw),
            range.start,
            "this facts table has no delimiter row",
        ) else {
            return;
        };
        d.with_label("read as a paragraph, not a table")
            .with_help("add a header and a `| --- | --- |` line above the first row");
    }

    /// Facts in an HTML `<table>` are not read: say so rather than report them missing.
    pub(super) fn check_html_table(&mut self, range: Range<usize>) {
        let raw = self.text.get(range.clone()).unwrap_or_default();
        let has_table = raw
            .as_bytes()
            .windows(6)
            .any(|w| w.eq_ignore_ascii_case(b"<table"));
        if !has_table {
            return;
        }
        let kinds = html_cells(raw)
            .iter()
            .filter_map(|c| fact_kind(c))
            .collect();
        let Some(d) = self.unread_facts(kinds, range.start, "facts in an HTML table are not read")
        else {
            return;
        };
        d.with_label("an HTML `<table>`").with_help(
            "write the facts as a markdown table: `| **HTTP status** | `404 Not Found` |`",
        );
    }

    /// Facts written where markdown does not read them: they count as reported (so their
    /// absence is not reported again) and get one error at `at`, returned for its label and
    /// help. `None` when there are none.
    pub(super) fn unread_facts(
        &mut self,
        kinds: Vec<FactKind>,
        at: usize,
        message: &str,
    ) -> Option<&mut Diagnostic> {
        if kinds.is_empty() {
            return None;
        }
        self.page.reported.extend(kinds);
        Some(self.error(at..at + 1, message))
    }

    /// Whether the walk is in a `Response fields` section, whose table documents body
    /// members (the first such section's are read from the page's text), not facts.
    pub(super) fn in_fields_section(&self) -> bool {
        self.section == SectionKind::Other
            && self
                .other
                .last()
                .is_some_and(|(heading, _)| crate::parse::members::is_fields_heading(heading))
    }

    pub(super) fn table_ends(&mut self) {
        let table = std::mem::take(&mut self.table);
        self.read_table(&table);
        // The cells' buffers serve the next table, and the table the next page.
        let Table {
            mut cells,
            mut row_starts,
        } = table;
        for cell in cells.drain(..) {
            self.return_string(cell.text);
        }
        row_starts.clear();
        self.table = Table { cells, row_starts };
    }

    fn read_table(&mut self, table: &Table) {
        if self.section == SectionKind::Sdk {
            for row in table.rows().skip(1) {
                let (Some(sdk), Some(exception)) = (row.first(), row.get(1)) else {
                    continue;
                };
                let (sdk, exception) = (collapse(&sdk.text), collapse(&exception.text));
                if !sdk.is_empty() && !exception.is_empty() {
                    self.page.sdk.push(SdkMapping {
                        sdk: sdk.to_owned(),
                        exception: exception.to_owned(),
                    });
                }
            }
            return;
        }
        // The `Response fields` table documents body members, not facts: it was skipped, and
        // reads as no table here.
        let is_facts = table
            .rows()
            .any(|r| r.first().is_some_and(|c| fact_kind(&c.text).is_some()));
        if !is_facts {
            return;
        }
        let mut unknown_labels = 0;
        let no_value = Cell::default();
        for row in table.rows() {
            let Some(label) = row.first() else { continue };
            let label_span = label.span.clone().unwrap_or(0..0);
            let value = row.get(1).unwrap_or(&no_value);
            let value_span = value.span.clone().unwrap_or(label_span.clone());
            let label_text = collapse(&label.text);
            match fact_kind(label_text) {
                Some(kind) => {
                    if let Some(first) = self.page.fact(kind) {
                        let first_line = self.line_of(first.span.start);
                        self.error(label_span, format!("`{}` is given twice", kind.name()))
                            .with_label(format!("first given on line {first_line}"))
                            .with_help("keep one row per fact".to_owned());
                        continue;
                    }
                    let value_text = collapse(&value.text);
                    if value_text.is_empty() {
                        self.page.reported.push(kind);
                        self.error(label_span, format!("`{}` has no value", kind.name()))
                            .with_help("fill in the second column".to_owned());
                        continue;
                    }
                    let mut value = self.spare_string();
                    value.push_str(value_text);
                    self.page.facts.push(Fact {
                        kind,
                        value,
                        span: value_span,
                    });
                }
                None => {
                    // Past a few dozen unknown labels this is a data table, not a facts
                    // table with typos: stop looking for misspellings.
                    unknown_labels += 1;
                    if unknown_labels > MAX_LABEL_SUGGESTIONS {
                        continue;
                    }
                    if let Some(kind) = similar_label(label_text) {
                        self.page.reported.push(kind);
                        self.error(label_span, format!("unknown fact `{label_text}`"))
                            .with_label("not a label errdocs knows")
                            .with_help(format!("did you mean `{}`?", kind.name()));
                    }
                }
            }
        }
    }
}

/// The text of each `<td>`/`<th>` cell of an HTML table, tags removed.
fn html_cells(html: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut text = String::new();
    let mut in_cell = false;
    for piece in html.split('<').skip(1) {
        let (tag, rest) = piece.split_once('>').unwrap_or((piece, ""));
        let tag = tag.trim().to_ascii_lowercase();
        if tag.starts_with("td") || (tag.starts_with("th") && !tag.starts_with("thead")) {
            in_cell = true;
            text.clear();
        } else if tag.starts_with("/td") || tag.starts_with("/th") {
            if in_cell {
                cells.push(text.trim().to_owned());
            }
            in_cell = false;
        }
        if in_cell {
            text.push_str(rest);
        }
    }
    cells
}

/// The facts named by the first cells of lines that look like table rows (`| **Code** | …`).
pub(super) fn facts_in_rows(text: &str) -> Vec<FactKind> {
    text.lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix('|')?
                .split('|')
                .next()
                .and_then(fact_kind)
        })
        .collect()
}
