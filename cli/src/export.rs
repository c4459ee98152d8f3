//! `errdocs export`: the catalog as JSON, OpenAPI, llms.txt, Python or TypeScript.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::ExportFormat;

/// Runs `errdocs export`.
pub(crate) fn run(dir: Option<PathBuf>, format: ExportFormat, doc_url: Option<String>) -> ExitCode {
    crate::catalog::with_catalog(dir, doc_url, |c| match format {
        ExportFormat::Json => errdocs_export::to_json(c),
        ExportFormat::Openapi => errdocs_export::to_openapi(c),
        ExportFormat::LlmsTxt => errdocs_export::to_llms_txt(c),
        ExportFormat::Python => errdocs_export::to_python(c),
        ExportFormat::Typescript => errdocs_export::to_typescript(c),
    })
}

/// Runs `errdocs export --keep-going`: a catalog that loads is exported as without the flag;
/// otherwise every entry read is printed (JSON only), the diagnostics go to stderr, and the
/// exit status is 1 if any error remains.
pub(crate) fn run_keep_going(
    dir: Option<PathBuf>,
    format: ExportFormat,
    doc_url: Option<String>,
) -> ExitCode {
    if !matches!(format, ExportFormat::Json) {
        return crate::output::fail("`--keep-going` exports JSON only: add `--format json`");
    }
    let surveyed = match crate::catalog::survey(dir, doc_url, false) {
        Ok(s) => s,
        Err(diags) => {
            crate::output::report(&diags);
            return ExitCode::FAILURE;
        }
    };
    let out = match &surveyed.catalog {
        Some(catalog) => errdocs_export::to_json(catalog),
        None => errdocs_export::to_partial_json(&surveyed.survey.entries),
    };
    crate::output::finish_surveyed(&surveyed, &out)
}
