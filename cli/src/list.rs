//! `errdocs list`: the catalog as an aligned table, colored on a terminal.

use std::path::PathBuf;
use std::process::ExitCode;

use anstyle::{AnsiColor, Style};
use errdocs_catalog::Catalog;

/// Runs `errdocs list`: the table, colored only on a terminal without `NO_COLOR`.
pub(crate) fn run(dir: Option<PathBuf>, doc_url: Option<String>) -> ExitCode {
    crate::catalog::with_catalog(dir, doc_url, |c| render(c, crate::output::stdout_color()))
}

pub(crate) fn render(catalog: &Catalog, color: bool) -> String {
    let rows: Vec<[String; 4]> = catalog
        .pages
        .iter()
        .map(|p| {
            let retry = if p.retry.retryable { "yes" } else { "no" };
            [
                p.code.clone(),
                format!("{} {}", p.status, p.title),
                retry.to_owned(),
                p.doc_url.clone(),
            ]
        })
        .collect();
    table(rows, color, "DOC URL")
}

/// What `list --keep-going` shows for a fact a page leaves unstated.
pub(crate) const MISSING: &str = "—";

/// Runs `errdocs list --keep-going`: a catalog that loads is listed as without the flag;
/// otherwise every entry read, with `—` for missing facts and its page and line, the
/// diagnostics on stderr, and exit status 1 if any error remains.
pub(crate) fn run_keep_going(dir: Option<PathBuf>, doc_url: Option<String>) -> ExitCode {
    let surveyed = match crate::catalog::survey(dir, doc_url, false) {
        Ok(s) => s,
        Err(diags) => {
            crate::output::report(&diags);
            return ExitCode::FAILURE;
        }
    };
    let color = crate::output::stdout_color();
    let out = match &surveyed.catalog {
        Some(catalog) => render(catalog, color),
        None => render_entries(&surveyed.survey.entries, color),
    };
    crate::output::finish_surveyed(&surveyed, &out)
}

/// The entries of a survey as the table of `list`, the page and line in the last column.
pub(crate) fn render_entries(entries: &[errdocs_catalog::Entry], color: bool) -> String {
    let rows: Vec<[String; 4]> = entries
        .iter()
        .map(|e| {
            let status = match e.status {
                Some(s) => match errdocs_catalog::canonical_reason(s) {
                    Some(reason) => format!("{s} {reason}"),
                    None => s.to_string(),
                },
                None => MISSING.to_owned(),
            };
            let retry = match e.retryable {
                Some(true) => "yes",
                Some(false) => "no",
                None => MISSING,
            };
            [
                e.code.clone().unwrap_or_else(|| MISSING.to_owned()),
                status,
                retry.to_owned(),
                format!("{}:{}", e.source_path, e.line),
            ]
        })
        .collect();
    table(rows, color, "PAGE")
}

/// An aligned table of four columns; the last is not padded.
fn table(rows: Vec<[String; 4]>, color: bool, last: &str) -> String {
    let header = ["CODE", "STATUS", "RETRY", last].map(str::to_owned);
    let mut widths = [0usize; 4];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let bold = Style::new().bold();
    let mut out = String::new();
    for (i, row) in std::iter::once(&header).chain(&rows).enumerate() {
        let mut line = String::new();
        for (k, (cell, w)) in row.iter().zip(widths).enumerate() {
            let pad = if k == 3 {
                0
            } else {
                w - cell.chars().count() + 2
            };
            let style = match (color, i, k) {
                (false, _, _) => Style::new(),
                (true, 0, _) => bold,
                (true, _, 1) if cell.starts_with('5') => AnsiColor::Red.on_default(),
                (true, _, 1) => AnsiColor::Yellow.on_default(),
                (true, _, 2) if cell == "yes" => AnsiColor::Green.on_default(),
                _ => Style::new(),
            };
            line.push_str(&format!("{style}{cell}{style:#}{}", " ".repeat(pad)));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/errors");
        errdocs_catalog::load(dir).unwrap()
    }

    #[test]
    fn plain_table_is_aligned_without_escapes() {
        let out = render(&catalog(), false);
        assert!(!out.contains('\u{1b}'));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 16);
        let doc_col = lines[0].find("DOC URL").unwrap();
        assert!(
            lines[1..]
                .iter()
                .all(|l| l.find("https://").unwrap() == doc_col),
            "{out}"
        );
    }

    #[test]
    fn a_terminal_gets_colors() {
        let out = render(&catalog(), true);
        assert!(out.contains("\u{1b}[1m"), "bold header");
        assert!(
            out.contains("\u{1b}[31m502 Bad Gateway"),
            "5xx in red: {out}"
        );
        assert!(out.contains("\u{1b}[32myes"), "retryable in green");
    }
}
