//! Unit tests of the page parser: one module per rule family, shared helpers here.

mod example;
mod facts;
mod front_matter;
mod grpc;
mod layout;
mod members;
mod regressions;
mod seed;
mod summary_sections;

use super::*;
use crate::model::SdkMapping;
use crate::render_all;

/// The seed page, byte for byte.
const SEED: &str = include_str!("../../../docs/errors/unauthorized.md");

/// Parses `text` as `docs/errors/test_page.md` with the default configuration.
fn parse(text: &str) -> Result<Page, Vec<Diagnostic>> {
    parse_page("docs/errors/test_page.md", text)
}

/// The page `text` must parse to, with every diagnostic shown if it does not.
fn ok(text: &str) -> Page {
    parse(text).unwrap_or_else(|d| panic!("expected a page, got:\n{}", render_all(&d, false)))
}

/// The diagnostics of a page that must not parse.
fn errors(text: &str) -> Vec<Diagnostic> {
    match parse(text) {
        Ok(page) => panic!("expected diagnostics, got the page `{}`", page.code),
        Err(d) => d,
    }
}

/// Parses `text` as the page `slug` with `config`, as `load_catalog` does.
fn parse_with(slug: &str, text: &str, config: &Config) -> Result<Page, Vec<Diagnostic>> {
    let path = format!("docs/errors/{slug}.md");
    let source = PageSource {
        display_path: &path,
        source_path: &path,
        slug,
    };
    parse_page_with(&source, text.to_owned(), config, "errors")
}

/// The only diagnostic of `diags` whose message is `message`.
#[track_caller]
fn only<'a>(diags: &'a [Diagnostic], message: &str) -> &'a Diagnostic {
    let found: Vec<&Diagnostic> = diags.iter().filter(|d| d.message == message).collect();
    assert_eq!(
        found.len(),
        1,
        "expected one `{message}`, got:\n{}",
        render_all(diags, false)
    );
    found[0]
}

/// The messages of `diags`, in order.
fn messages(diags: &[Diagnostic]) -> Vec<&str> {
    diags.iter().map(|d| d.message.as_str()).collect()
}

/// `(line, column)` of a diagnostic.
fn at(d: &Diagnostic) -> (usize, usize) {
    (d.line, d.column)
}

/// 1-based `(line, column)` of the first `needle` in `text` (column in characters).
#[track_caller]
fn position(text: &str, needle: &str) -> (usize, usize) {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` is not in the text"));
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// A page in the seed's style: H1 on line 1, summary on line 3, table rows from line 7.
fn page_with_rows(h1: &str, rows: &[&str]) -> String {
    let mut text = format!("# {h1}\n\n> The resource does not exist.\n\n| | |\n|-|-|\n");
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    text
}
