//! A page rendered for the terminal: styled text, tables aligned, links spelled out.

use anstyle::{AnsiColor, Style};
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Parser, Tag, TagEnd};

/// Renders markdown for a terminal: styled when `color`, plain text otherwise. Front
/// matter, the preamble before the H1 and HTML are left out; the content of MDX components
/// (`<Note>…</Note>`) is rendered as the page's own.
pub(crate) fn render(markdown: &str, color: bool) -> String {
    let markdown = unwrap_components(markdown);
    let style = |s: Style| if color { s } else { Style::new() };
    let bold = style(Style::new().bold());
    let heading = style(Style::new().bold().underline());
    let code = style(AnsiColor::Cyan.on_default());
    let block = style(AnsiColor::Green.on_default());
    let quote = style(Style::new().italic());

    let mut r = Renderer::default();
    let mut seen_h1 = false;
    // Blocks open before the H1: an H1 inside a preamble blockquote is not the page's.
    let mut open_before_h1 = 0usize;
    let mut skip_depth = 0usize;
    for event in Parser::new_ext(&markdown, errdocs_catalog::markdown_options()) {
        // Everything before the H1 (front matter, a docs-site preamble) is skipped.
        if !seen_h1 {
            match event {
                Event::Start(Tag::Heading {
                    level: HeadingLevel::H1,
                    ..
                }) if open_before_h1 == 0 => seen_h1 = true,
                Event::Start(Tag::Heading { .. }) => continue,
                Event::End(TagEnd::Heading(_)) => continue,
                Event::Start(_) => {
                    open_before_h1 += 1;
                    continue;
                }
                Event::End(_) => {
                    open_before_h1 = open_before_h1.saturating_sub(1);
                    continue;
                }
                _ => continue,
            }
        }
        if skip_depth > 0 {
            match event {
                Event::Start(Tag::MetadataBlock(_)) => skip_depth += 1,
                Event::End(TagEnd::MetadataBlock(_)) => skip_depth = skip_depth.saturating_sub(1),
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
                r.quote_depth = r.quote_depth.saturating_sub(1);
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
                r.list_depth = r.list_depth.saturating_sub(1);
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

/// The markdown with MDX component tags (`<Note>`, `</Note>`, `<Card title="x" />`, a
/// capitalized name) taken off their lines, so what they wrap renders as markdown. Fenced
/// code is left alone.
fn unwrap_components(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut fence: Option<&str> = None;
    for line in markdown.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let marker = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m));
        match (fence, marker) {
            (None, Some(m)) => fence = Some(m),
            (Some(open), Some(m)) if open == m => fence = None,
            _ => {}
        }
        if fence.is_some() || marker.is_some() {
            out.push_str(line);
            continue;
        }
        let mut rest = line.trim_end_matches(['\n', '\r']);
        let ending = &line[rest.len()..];
        let indent = rest.len() - rest.trim_start().len();
        out.push_str(&rest[..indent]);
        rest = rest[indent..].trim_end();
        while let Some(after) = strip_component_tag(rest, false) {
            rest = after.trim_start();
        }
        while let Some(before) = strip_component_tag(rest, true) {
            rest = before.trim_end();
        }
        out.push_str(rest);
        out.push_str(ending);
    }
    out
}

/// `s` without a component tag at its start (or its end, when `at_end`), if it has one.
fn strip_component_tag(s: &str, at_end: bool) -> Option<&str> {
    let (tag, rest) = if at_end {
        let start = s.rfind('<')?;
        s.ends_with('>').then(|| (&s[start..], &s[..start]))?
    } else {
        let end = s.find('>')?;
        s.starts_with('<').then(|| (&s[..=end], &s[end + 1..]))?
    };
    let name = tag.trim_start_matches('<').trim_start_matches('/');
    let is_component = name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
            .all(|c| c.is_ascii_alphanumeric() || c == '.');
    is_component.then_some(rest)
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

/// The page's gRPC code and where it comes from, as the last line of `explain`.
pub(crate) fn grpc_line(page: &errdocs_catalog::Page) -> String {
    let from = if page.spans.grpc_code.is_empty() {
        format!("from HTTP {} by the standard mapping", page.status)
    } else {
        "stated on the page".to_owned()
    };
    format!("gRPC code `{}` ({from})", page.grpc_code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grpc_line_says_where_the_code_comes_from() {
        let derived = errdocs_catalog::parse_page(
            "docs/errors/unauthorized.md",
            include_str!("../../../docs/errors/unauthorized.md"),
        )
        .unwrap();
        assert_eq!(
            grpc_line(&derived),
            "gRPC code `UNAUTHENTICATED` (from HTTP 401 by the standard mapping)"
        );
        let stated = errdocs_catalog::parse_page(
            "docs/errors/conflict.md",
            "# conflict\n\n> Exists.\n\n| | |\n|-|-|\n| **HTTP status** | `409` |\n| **gRPC code** | `ALREADY_EXISTS` |\n| **Retry?** | No |\n",
        )
        .unwrap();
        assert_eq!(
            grpc_line(&stated),
            "gRPC code `ALREADY_EXISTS` (stated on the page)"
        );
    }

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
    fn an_h1_in_the_preamble_blockquote_does_not_panic() {
        let page = "> # Documentation index\n> Fetch it at https://x/llms.txt\n\n# teapot\n\n> HTTP 418 — a teapot.\n";
        for color in [false, true] {
            let out = render(page, color);
            assert!(!out.contains("Documentation index"), "{out}");
        }
        assert!(render(page, false).starts_with("teapot\n\n│ HTTP 418 — a teapot.\n"));
    }

    #[test]
    fn the_content_of_mdx_components_is_rendered() {
        let page = "# x\n\n<Note>\nRetry after `Retry-After` seconds.\n</Note>\n\n<Warning title=\"Careful\">Do not loop.</Warning>\n\n<Card href=\"/y\" />\n\n```jsx\n<Note>kept</Note>\n```\n";
        let out = render(page, false);
        assert!(
            out.contains("Retry after `Retry-After` seconds.\n"),
            "{out}"
        );
        assert!(out.contains("Do not loop.\n"), "{out}");
        assert!(!out.contains("<Warning") && !out.contains("<Card"), "{out}");
        assert!(
            out.contains("    <Note>kept</Note>\n"),
            "code is left alone: {out}"
        );
    }

    proptest::proptest! {
        #[test]
        fn rendering_never_panics(pieces in proptest::collection::vec(proptest::sample::select(vec![
            "> ", "# ", "## ", "### ", "* ", "1. ", "  ", "| a | b |\n", "|-|-|\n", "`", "```\n",
            "~~~\n", "\n", "\n\n", "x", "é", "<Note>", "</Note>", "<br/>", "<!-- c -->", "---\n",
            "[a](b)", "[a]", "**", "_", "\\", "\t", "> > ", "- [ ] ", "<https://x>",
        ]), 0..40)) {
            let text: String = pieces.concat();
            let _ = render(&text, false);
            let _ = render(&text, true);
        }
    }

    #[test]
    fn colored_rendering_uses_escape_codes() {
        let out = render("# x\n\nsee `y`\n", true);
        assert!(out.contains('\u{1b}'));
    }
}
