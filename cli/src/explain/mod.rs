//! `errdocs explain CODE`: an error's page in the terminal, like `rustc --explain`.

mod render;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::output::{fail, report, stdout_color};

/// Runs `errdocs explain`: `code` is an error code (`card_declined`) or a page's slug
/// (`billing/card_declined`).
pub(crate) fn run(code: &str, docs: Option<PathBuf>) -> ExitCode {
    let catalog = match crate::catalog::load(docs, None) {
        Ok(catalog) => catalog,
        Err(diags) => {
            report(&diags);
            return fail("the catalog has errors; run `errdocs check`");
        }
    };
    let page = catalog.page(code).or_else(|| {
        catalog
            .pages
            .iter()
            .find(|p| p.slug == code.trim_end_matches(".md"))
    });
    match page {
        Some(page) => {
            let mut out = anstream::stdout();
            let _ = write!(
                out,
                "{}",
                render::render(&errdocs_catalog::explained_markdown(page), stdout_color(),)
            );
            let _ = writeln!(out, "\n{}", render::grpc_line(page));
            ExitCode::SUCCESS
        }
        None => {
            let suggestion = catalog
                .pages
                .iter()
                .flat_map(|p| [p.code.as_str(), p.slug.as_str()])
                .map(|c| (strsim::levenshtein(code, c), c))
                .filter(|&(d, c)| d <= 2.max(c.len() / 3))
                .min_by_key(|&(d, _)| d);
            match suggestion {
                Some((_, s)) => fail(&format!(
                    "no page documents the error code `{code}`; did you mean `{s}`?"
                )),
                None => fail(&format!(
                    "no page documents the error code `{code}`; `errdocs list` shows them all"
                )),
            }
        }
    }
}
