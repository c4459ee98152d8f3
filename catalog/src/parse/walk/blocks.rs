//! Blocks with their own syntax inside a page: YAML front matter and code blocks (the
//! example response, or a facts table that markdown reads as code).

use super::{CodeBlock, FrontMatterBlock, SectionKind, Walker};
use crate::parse::facts::FactKind;
use crate::parse::front_matter::parse_front_matter;

impl Walker<'_> {
    pub(super) fn metadata_ends(&mut self) {
        let FrontMatterBlock::Inside(Some(range)) =
            std::mem::replace(&mut self.metadata, FrontMatterBlock::Outside)
        else {
            return;
        };
        let yaml = self.text.get(range.clone()).unwrap_or_default();
        match parse_front_matter(yaml, range.start) {
            Ok(fm) => {
                for (key, near, span) in &fm.misspelled {
                    if let Some(kind) = FactKind::of_key(near) {
                        self.page.reported.push(kind);
                    }
                    self.error(span.clone(), format!("unknown front-matter key `{key}`"))
                        .with_label("not a key errdocs knows")
                        .with_help(format!("did you mean `{near}`?"));
                }
                self.page.front_matter = fm;
            }
            Err((message, at)) => {
                self.error(at..at + 1, "front matter is not valid YAML")
                    .with_label(message)
                    .with_help(
                        "write front matter as `key: value` lines between `---` fences".to_owned(),
                    );
            }
        }
    }

    pub(super) fn code_block_ends(&mut self, info: &str, block: CodeBlock) {
        let lang = info.split_whitespace().next().unwrap_or_default();
        if lang.is_empty() && block.text.contains('|') {
            let (label, help) = if block.indented {
                (
                    "indented by a tab or four spaces",
                    "start the table's lines at the left margin",
                )
            } else {
                ("inside a code fence", "take the table out of the ``` fence")
            };
            let kinds = super::tables::facts_in_rows(&block.text);
            if let Some(d) = self.unread_facts(
                kinds,
                block.span.start,
                "this facts table is read as a code block",
            ) {
                d.with_label(label).with_help(help);
                return;
            }
        }
        let text_start = block.text.trim_start();
        if self.section == SectionKind::Example
            && lang.is_empty()
            && (text_start.starts_with('{') || text_start.starts_with('['))
        {
            self.error(
                block.span.start..block.span.start + 3,
                "the example response is not tagged `json`",
            )
            .with_label("no language after the fence")
            .with_help("open the block with ```json so errdocs checks it");
            return;
        }
        if self.section != SectionKind::Example
            || !["json", "jsonc", "json5"]
                .iter()
                .any(|l| lang.eq_ignore_ascii_case(l))
        {
            return;
        }
        if let Some(first) = &self.page.example {
            let first_line = self.line_of(first.span.start);
            self.error(
                block.span.start..block.span.start + 3,
                "a second example response",
            )
            .with_label(format!("the first one starts on line {first_line}"))
            .with_help("keep one `json` block in `Example response`".to_owned());
            return;
        }
        self.page.example = Some(block);
    }
}
