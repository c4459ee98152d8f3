//! `errdocs check`: every page of a docs folder, with a summary line; exits 1 on any error.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use errdocs_catalog::Diagnostic;

use crate::CheckFormat;
use crate::output::plural;

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
                "not_shown": counts.not_shown,
                "diagnostics": diags,
            });
            crate::output::print_json(&report);
        }
        CheckFormat::Github | CheckFormat::Human => {
            if matches!(format, CheckFormat::Github) {
                print!("{}", crate::github::diagnostics(&diags));
            } else {
                crate::output::report(&diags);
            }
            // Both end with the summary line on standard error.
            let folder = shown
                .map(|d| d.display().to_string())
                .unwrap_or_else(|| "the catalog".to_owned());
            let _ = writeln!(
                anstream::stderr(),
                "{}",
                summary(&folder, pages, ok, &counts)
            );
        }
    }
    // The process ends here: the operating system takes the catalog's memory back at once,
    // where freeing its many small strings one by one costs about 4 % of a check.
    std::mem::forget(result);
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Runs `errdocs check --coverage`: reads every page as far as it can (the house style,
/// then the `[read]` rules), prints the diagnostics, then per fact how many entries state
/// it and which do not. Exits 1 if any error remains.
pub(crate) fn coverage(
    dir: Option<PathBuf>,
    format: CheckFormat,
    doc_url: Option<String>,
) -> ExitCode {
    let surveyed = match crate::catalog::survey(dir, doc_url, true) {
        Ok(s) => s,
        Err(diags) => {
            crate::output::report(&diags);
            return ExitCode::FAILURE;
        }
    };
    let survey = &surveyed.survey;
    let diags = match &surveyed.catalog {
        Some(catalog) => catalog.warnings.clone(),
        None => survey.diagnostics.clone(),
    };
    let ok = !diags.iter().any(Diagnostic::is_error);
    let report = crate::coverage::Coverage::of(
        survey,
        surveyed.config.read.retry == errdocs_catalog::RetryRule::Unstated,
    );
    match format {
        CheckFormat::Json => {
            let json = serde_json::json!({
                "ok": ok,
                "pages": survey.pages,
                "entries": survey.entries.len(),
                "coverage": report.to_json(),
                "diagnostics": diags,
            });
            crate::output::print_json(&json);
        }
        CheckFormat::Human => {
            crate::output::report(&diags);
            print!("{}", report.render(&surveyed.display_root));
        }
        // Annotations on the page lines, then the same coverage table as the text format.
        CheckFormat::Github => {
            print!("{}", crate::github::diagnostics(&diags));
            print!("{}", report.render(&surveyed.display_root));
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// How many errors and warnings a run found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Counts {
    /// Errors shown.
    pub errors: usize,
    /// Warnings shown.
    pub warnings: usize,
    /// Problems left out of the report, counted by its "not shown" notes.
    pub not_shown: usize,
}

impl Counts {
    pub(crate) fn of(diags: &[Diagnostic]) -> Counts {
        let notes = diags.iter().filter(|d| d.not_shown > 0).count();
        let errors = diags.iter().filter(|d| d.is_error()).count();
        let warnings = diags.len() - errors;
        Counts {
            errors: errors - notes,
            warnings,
            not_shown: diags.iter().map(|d| d.not_shown).sum(),
        }
    }

    /// Errors, shown or not (a problem not shown counts as an error).
    pub(crate) fn all_errors(&self) -> usize {
        self.errors + self.not_shown
    }
}

/// The last line of a human report.
fn summary(folder: &str, pages: usize, ok: bool, counts: &Counts) -> String {
    let Counts {
        errors,
        warnings,
        not_shown,
    } = *counts;
    let warnings_part = |sep: &str| {
        if warnings > 0 {
            format!("{sep}{warnings} warning{}", plural(warnings))
        } else {
            String::new()
        }
    };
    if ok {
        format!(
            "checked {pages} page{} in {folder}: no errors{}",
            plural(pages),
            warnings_part(", ")
        )
    } else {
        let hidden = if not_shown > 0 {
            format!(
                ", and {not_shown} more problem{} not shown",
                plural(not_shown)
            )
        } else {
            String::new()
        };
        format!(
            "error: {folder} has {errors} error{}{}{hidden}",
            plural(errors),
            warnings_part(" and ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_not_shown_are_counted_apart_from_the_note() {
        let mut diags: Vec<Diagnostic> = (0..100)
            .map(|i| Diagnostic::at_path("x.md", format!("problem {i}")))
            .collect();
        diags.push(Diagnostic::not_shown("x.md", 5));
        let counts = Counts::of(&diags);
        assert_eq!(
            counts,
            Counts {
                errors: 100,
                warnings: 0,
                not_shown: 5
            }
        );
        assert_eq!(counts.all_errors(), 105);
        assert_eq!(
            summary("docs", 0, false, &counts),
            "error: docs has 100 errors, and 5 more problems not shown"
        );
    }
}
