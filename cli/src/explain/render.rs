//! A page rendered for the terminal: styled text, tables aligned, links spelled out.

use anstyle::{AnsiColor, Style};
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Renders markdown for a terminal: styled when `color`, plain text otherwise. Front
/// matter, the preamble before the H1 and MDX/HTML are left out.
pub(crate) fn render(markdown: &str, color: bool) -> String {
    let style = |s: Style| if color { s } else { Style::new() };
    let bold = style(Style::new().bold());
    let heading = style(Style::new().bold().underline());
    let code = style(AnsiColor::Cyan.on_default());
    let block = style(AnsiColor::Green.on_default());
    let quote = style(Style::new().italic());

    let mut r = Renderer::default();
    let mut seen_h1 = false;
    let mut skip_depth = 0usize;
    let options = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for event in Parser::new_ext(markdown, options) {
        // Everything before the H1 (front matter, a docs-site preamble) is skipped.
        if !seen_h1 {
            if let Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) = event
            {
                seen_h1 = true;
            } else {
                continue;
            }
        }
        if skip_depth > 0 {
            match event {
                Event::Start(Tag::MetadataBlock(_)) => skip_depth += 1,
                Event::End(TagEnd::MetadataBlock(_)) => skip_depth -= 1,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                r.block_gap();
                r.push_style(if level == HeadingLevel::H1 {
                    heading
                } else {
                    bold
                });
                if level > HeadingLevel::H2 {
                    r.text("  ");
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                r.pop_style();
                r.newline();
            }
            Event::Start(Tag::Paragraph) if r.list_depth == 0 => {
                r.block_gap();
            }
            Event::End(TagEnd::Paragraph) => r.newline(),
            Event::Start(Tag::BlockQuote(_)) => {
                r.block_gap();
                r.quote_depth += 1;
                r.push_style(quote);
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                r.quote_depth -= 1;
                r.pop_style();
            }
            Event::Start(Tag::List(start)) => {
                if r.list_depth == 0 {
                    r.block_gap();
                } else {
                    r.newline();
                }
                r.lists.push(start);
                r.list_depth += 1;
            }
            Event::End(TagEnd::List(_)) => {
                r.lists.pop();
                r.list_depth -= 1;
            }
            Event::Start(Tag::Item) => {
                r.newline();
                let marker = match r.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    _ => "• ".to_owned(),
                };
                r.line_prefix();
                r.raw(&format!(
                    "{}{marker}",
                    "  ".repeat(r.list_depth.saturating_sub(1))
                ));
            }
            Event::End(TagEnd::Item) => r.newline(),
            Event::Start(Tag::CodeBlock(kind)) => {
                r.block_gap();
                r.in_code_block = true;
                if let CodeBlockKind::Fenced(_) = kind {
                    r.push_style(block);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                r.in_code_block = false;
                r.pop_style();
            }
            Event::Start(Tag::Table(_)) => {
                r.block_gap();
                r.table = Some(Vec::new());
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                if let Some(t) = r.table.as_mut() {
                    t.push(Vec::new());
                }
            }
            Event::Start(Tag::TableCell) => {
                if let Some(row) = r.table.as_mut().and_then(|t| t.last_mut()) {
                    row.push(String::new());
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(rows) = r.table.take() {
                    r.table_rows(rows);
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => r.links.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = r.links.pop()
                    && !url.is_empty()
                    && !r.last_text.contains(url.as_str())
                {
                    r.text(&format!(" ({url})"));
                }
            }
            Event::Start(Tag::Strong) => r.push_style(bold),
            Event::End(TagEnd::Strong) => r.pop_style(),
            Event::Start(Tag::MetadataBlock(_)) => skip_depth = 1,
            Event::Text(t) => {
                if r.in_code_block {
                    for line in t.lines() {
                        r.line_prefix();
                        r.styled(&format!("    {line}"));
                        r.newline();
                    }
                } else {
                    r.text(&t);
                }
            }
            Event::Code(t) => {
                if color {
                    r.push_style(code);
                    r.text(&t);
                    r.pop_style();
                } else {
                    r.text(&format!("`{t}`"));
                }
            }
            Event::SoftBreak => r.text(" "),
            Event::HardBreak => r.newline(),
            Event::Rule => {
                r.block_gap();
                r.raw(&"─".repeat(40));
                r.newline();
            }
            _ => {}
        }
    }
    let mut out = r.out.trim_end().to_owned();
    out.push('\n');
    out
}

#[derive(Default)]
struct Renderer {
    out: String,
    styles: Vec<Style>,
    at_line_start: bool,
    list_depth: usize,
    lists: Vec<Option<u64>>,
    quote_depth: usize,
    in_code_block: bool,
    table: Option<Vec<Vec<String>>>,
    links: Vec<String>,
    last_text: String,
}

impl Renderer {
    fn push_style(&mut self, style: Style) {
        self.styles.push(style);
    }

    fn pop_style(&mut self) {
        self.styles.pop();
    }

    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
        self.at_line_start = s.ends_with('\n');
    }

    fn line_prefix(&mut self) {
        if self.out.is_empty() || self.out.ends_with('\n') {
            self.out.push_str(&"│ ".repeat(self.quote_depth));
        }
    }

    fn styled(&mut self, s: &str) {
        let style = self.styles.last().copied().unwrap_or_default();
        self.out.push_str(&format!("{style}{s}{style:#}"));
    }

    fn text(&mut self, s: &str) {
        if let Some(cell) = self
            .table
            .as_mut()
            .and_then(|t| t.last_mut())
            .and_then(|r| r.last_mut())
        {
            cell.push_str(s);
            return;
        }
        self.line_prefix();
        self.styled(s);
        self.last_text = s.to_owned();
    }

    fn newline(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    /// One blank line between blocks.
    fn block_gap(&mut self) {
        self.newline();
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn table_rows(&mut self, rows: Vec<Vec<String>>) {
        let rows: Vec<Vec<String>> = rows
            .into_iter()
            .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
            .collect();
        let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut widths = vec![0; columns];
        for row in &rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.trim().chars().count());
            }
        }
        for row in rows {
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .map(|(c, w)| format!("{:<w$}", c.trim(), w = *w))
                .collect();
            self.line_prefix();
            self.raw(&format!("  {}", cells.join("   ").trim_end()));
            self.newline();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_rendering_of_the_seed() {
        let page = include_str!("../../../docs/errors/unauthorized.md");
        let out = render(page, false);
        assert!(
            out.starts_with(
                "unauthorized\n\n│ HTTP 401 — missing, expired, or invalid credentials.\n"
            ),
            "{out}"
        );
        assert!(
            out.contains("  HTTP status   `401 Unauthorized`\n"),
            "{out}"
        );
        assert!(
            out.contains("• No `Authorization` header at all.\n"),
            "{out}"
        );
        assert!(
            out.contains("2. Confirm the token's prefix:\n  • `ak_` for live keys.\n"),
            "{out}"
        );
        assert!(
            out.contains("    {\n      \"detail\": \"Invalid authentication credentials\",\n"),
            "{out}"
        );
        assert!(
            out.contains("[`forbidden`]") || out.contains("`forbidden` (/errors/forbidden)"),
            "{out}"
        );
        assert!(
            !out.contains("Documentation Index"),
            "the preamble is skipped"
        );
        assert!(!out.contains('\u{1b}'), "no escape codes in plain text");
    }

    #[test]
    fn colored_rendering_uses_escape_codes() {
        let out = render("# x\n\nsee `y`\n", true);
        assert!(out.contains('\u{1b}'));
    }
}
