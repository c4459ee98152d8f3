//! Where the parser's diagnostics of one page are built: one line index per page, shared by
//! the walk over the markdown and the assembly of the [`Page`](crate::Page), and a cap past
//! which problems are only counted.

use std::ops::Range;

use crate::{Diagnostic, LineIndex};

/// Diagnostics of one page, built against one [`LineIndex`] (made on the first diagnostic).
pub(crate) struct Reporter<'t> {
    path: &'t str,
    text: &'t str,
    index: Option<LineIndex>,
    diags: Vec<Diagnostic>,
    /// How many diagnostics are built; past it they are only counted in `hidden`.
    cap: usize,
    hidden: usize,
    /// Where a diagnostic past the cap is written, then dropped.
    discarded: Diagnostic,
}

impl<'t> Reporter<'t> {
    /// A reporter for the page `text`, named `path` in diagnostics, that builds at most `cap`
    /// diagnostics.
    pub(crate) fn new(path: &'t str, text: &'t str, cap: usize) -> Self {
        Reporter {
            path,
            text,
            index: None,
            diags: Vec::new(),
            cap,
            hidden: 0,
            discarded: Diagnostic::at_path("", ""),
        }
    }

    /// The page's text.
    pub(crate) fn text(&self) -> &'t str {
        self.text
    }

    /// The 1-based line of a byte offset of the page.
    pub(crate) fn line_of(&mut self, offset: usize) -> usize {
        let text = self.text;
        self.index
            .get_or_insert_with(|| LineIndex::new(text))
            .line_of(offset)
    }

    /// An error at `range` of the page, to which labels and help can be added.
    pub(crate) fn error(
        &mut self,
        range: Range<usize>,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        if self.diags.len() >= self.cap {
            self.hidden += 1;
            return &mut self.discarded;
        }
        let text = self.text;
        let index = self.index.get_or_insert_with(|| LineIndex::new(text));
        let d = Diagnostic::at_span_in(self.path, text, index, range, message);
        self.diags.push(d);
        self.diags.last_mut().expect("just pushed")
    }

    /// Keeps room for one diagnostic reported out of line order, so the cap never drops it.
    pub(crate) fn reserve_one(&mut self) {
        let keep = self.cap.saturating_sub(1);
        self.hidden += self.diags.len().saturating_sub(keep);
        self.diags.truncate(keep);
    }

    /// Lifts the cap to `cap` (the assembly of a page adds its own diagnostics to the walk's).
    pub(crate) fn raise_cap(&mut self, cap: usize) {
        self.cap = self.cap.max(cap);
    }

    /// The diagnostics in page order, at most `shown` of them, plus a note counting the rest.
    pub(crate) fn finish(self, shown: usize) -> Vec<Diagnostic> {
        let mut diags = self.diags;
        diags.sort_by_key(|d| (d.line, d.column));
        if diags.len() > shown || self.hidden > 0 {
            let hidden = diags.len().saturating_sub(shown) + self.hidden;
            diags.truncate(shown);
            diags.push(Diagnostic::not_shown(self.path, hidden));
        }
        diags
    }
}
