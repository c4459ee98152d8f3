//! `errdocs check`: every page of a docs folder, with a summary line; exits 1 on any error.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use errdocs_catalog::Diagnostic;

use crate::CheckFormat;
use crate::output::{plural, stderr_color};

/// Runs `errdocs check`.
pub(crate) fn run(dir: Option<PathBuf>, format: CheckFormat, doc_url: Option<String>) -> ExitCode {
    let shown = dir.clone();
    let result = crate::catalog::load(dir, doc_url);
    let (diags, pages) = match &result {
        Ok(catalog) => (catalog.warnings.clone(), catalog.pages.len()),
        Err(diags) => (diags.clone(), 0),
    };
    let counts = Counts::of(&diags);
    let ok = result.is_ok();
    match format {
        CheckFormat::Json => {
            let report = serde_json::json!({
                "ok": ok,
                "pages": pages,
                "errors": counts.errors,
                "warnings": counts.warnings,
                "diagnostics": diags,
            });
            println!(
                "{}",
                serde_json::to_string_pretty(&report).unwrap_or_default()
            );
        }
        CheckFormat::Human => {
            let mut err = anstream::stderr();
            let _ = write!(
                err,
                "{}",
                errdocs_catalog::render_all(&diags, stderr_color())
            );
            let folder = shown
                .map(|d| d.display().to_string())
                .unwrap_or_else(|| "the catalog".to_owned());
            let _ = writeln!(err, "{}", summary(&folder, pages, ok, &counts));
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// How many errors and warnings a run found.
pub(crate) struct Counts {
    /// Errors, shown or not.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
}

impl Counts {
    pub(crate) fn of(diags: &[Diagnostic]) -> Counts {
        let errors = diags.iter().filter(|d| d.is_error()).count();
        Counts {
            errors,
            warnings: diags.len() - errors,
        }
    }
}

/// The last line of a human report.
fn summary(folder: &str, pages: usize, ok: bool, counts: &Counts) -> String {
    let Counts { errors, warnings } = *counts;
    if ok {
        format!(
            "checked {pages} page{} in {folder}: no errors{}",
            plural(pages),
            if warnings > 0 {
                format!(", {warnings} warning{}", plural(warnings))
            } else {
                String::new()
            }
        )
    } else {
        format!(
            "error: {folder} has {errors} error{}{}",
            plural(errors),
            if warnings > 0 {
                format!(" and {warnings} warning{}", plural(warnings))
            } else {
                String::new()
            }
        )
    }
}
