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
