//! `errdocs`: check, list and export a folder of markdown error pages.

mod explain;
mod list;
mod new;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use errdocs_catalog::{Catalog, Config, Diagnostic};

/// Markdown error pages as the single source of truth for an HTTP API's errors.
#[derive(Debug, Parser)]
#[command(name = "errdocs", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check every page of a docs folder; exits 1 on any error.
    Check {
        /// The docs folder (default: `docs` of errdocs.toml, else docs/errors).
        dir: Option<PathBuf>,
        /// Output format of the diagnostics.
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Doc URL template overriding errdocs.toml (`https://…/errors/{slug}`).
        #[arg(long)]
        doc_url: Option<String>,
    },
    /// Print the catalog as a table: code, status, retry, doc URL.
    List {
        /// The docs folder.
        dir: Option<PathBuf>,
        /// Doc URL template overriding errdocs.toml.
        #[arg(long)]
        doc_url: Option<String>,
    },
    /// Show an error's page in the terminal, like `rustc --explain`.
    Explain {
        /// The error code (`unauthorized`).
        code: String,
        /// The docs folder.
        #[arg(long)]
        docs: Option<PathBuf>,
    },
    /// Write a new page in the catalog's house style.
    New {
        /// The error code (`payment_required`).
        code: String,
        /// The HTTP status (400–599).
        #[arg(long)]
        status: u16,
        /// Whether clients may retry.
        #[arg(long, value_enum, default_value_t = YesNo::No)]
        retry: YesNo,
        /// The docs folder to write into.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Export the catalog for other tools.
    Export {
        /// The docs folder.
        dir: Option<PathBuf>,
        /// What to produce.
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Doc URL template overriding errdocs.toml.
        #[arg(long)]
        doc_url: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CheckFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum YesNo {
    Yes,
    No,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// The lossless dump: `{"errors": [...]}` sorted by code.
    Json,
    /// An OpenAPI 3.1 document: envelope schemas and one response per status.
    Openapi,
    /// An index in the llms.txt convention.
    LlmsTxt,
    /// A Python module: code → status, retry flag, doc URL and exception class.
    Python,
    /// A TypeScript module, the same for TypeScript SDKs.
    Typescript,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            dir,
            format,
            doc_url,
        } => check(dir, format, doc_url),
        Command::List { dir, doc_url } => with_catalog(dir, doc_url, list::print),
        Command::Explain { code, docs } => explain(&code, docs),
        Command::New {
            code,
            status,
            retry,
            dir,
        } => new_page(&code, status, retry == YesNo::Yes, dir),
        Command::Export {
            dir,
            format,
            doc_url,
        } => with_catalog(dir, doc_url, |c| match format {
            ExportFormat::Json => errdocs_export::to_json(c),
            ExportFormat::Openapi => errdocs_export::to_openapi(c),
            ExportFormat::LlmsTxt => errdocs_export::to_llms_txt(c),
            ExportFormat::Python => errdocs_export::to_python(c),
            ExportFormat::Typescript => errdocs_export::to_typescript(c),
        }),
    }
}

/// The docs folder and the configuration in force for it.
fn resolve(
    dir: Option<PathBuf>,
    doc_url: Option<String>,
) -> Result<(PathBuf, Config), Vec<Diagnostic>> {
    let start = dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let found = Config::discover(&start).map_err(|d| vec![d])?;
    let (dir, mut config) = match (dir, found) {
        (Some(dir), Some((_, config))) => (dir, config),
        (Some(dir), None) => (dir, Config::default()),
        (None, Some((path, config))) => {
            let base = path.parent().unwrap_or(Path::new("."));
            let docs = relative_to_cwd(&base.join(&config.docs));
            (docs, config)
        }
        (None, None) => (
            PathBuf::from(errdocs_catalog::DEFAULT_DOCS),
            Config::default(),
        ),
    };
    if let Some(template) = doc_url {
        let toml = format!("doc_url = {}", toml_string(&template));
        let parsed = Config::from_toml_str("--doc-url", &toml).map_err(|d| vec![d])?;
        config.doc_url = parsed.doc_url;
    }
    Ok((dir, config))
}

fn toml_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn relative_to_cwd(path: &Path) -> PathBuf {
    let cwd = std::env::current_dir().ok();
    cwd.and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}

fn load(dir: Option<PathBuf>, doc_url: Option<String>) -> Result<Catalog, Vec<Diagnostic>> {
    let (dir, config) = resolve(dir, doc_url)?;
    errdocs_catalog::load_catalog(&dir, &config)
}

fn check(dir: Option<PathBuf>, format: CheckFormat, doc_url: Option<String>) -> ExitCode {
    let shown = dir.clone();
    let result = load(dir, doc_url);
    let (diags, pages) = match &result {
        Ok(catalog) => (catalog.warnings.clone(), catalog.pages.len()),
        Err(diags) => (diags.clone(), 0),
    };
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    let ok = result.is_ok();
    match format {
        CheckFormat::Json => {
            let report = serde_json::json!({
                "ok": ok,
                "pages": pages,
                "errors": errors,
                "warnings": warnings,
                "diagnostics": diags,
            });
            println!(
                "{}",
                serde_json::to_string_pretty(&report).unwrap_or_default()
            );
        }
        CheckFormat::Human => {
            let color = std::io::stderr().is_terminal();
            let mut err = anstream::stderr();
            let _ = write!(err, "{}", errdocs_catalog::render_all(&diags, color));
            let folder = shown
                .map(|d| d.display().to_string())
                .unwrap_or_else(|| "the catalog".to_owned());
            if ok {
                let _ = writeln!(
                    err,
                    "checked {pages} page{} in {folder}: no errors{}",
                    plural(pages),
                    if warnings > 0 {
                        format!(", {warnings} warning{}", plural(warnings))
                    } else {
                        String::new()
                    }
                );
            } else {
                let _ = writeln!(
                    err,
                    "error: {folder} has {errors} error{}{}",
                    plural(errors),
                    if warnings > 0 {
                        format!(" and {warnings} warning{}", plural(warnings))
                    } else {
                        String::new()
                    }
                );
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn report(diags: &[Diagnostic]) {
    let color = std::io::stderr().is_terminal();
    let mut err = anstream::stderr();
    let _ = write!(err, "{}", errdocs_catalog::render_all(diags, color));
}

fn fail(message: &str) -> ExitCode {
    let _ = writeln!(anstream::stderr(), "error: {message}");
    ExitCode::FAILURE
}

fn explain(code: &str, docs: Option<PathBuf>) -> ExitCode {
    let catalog = match load(docs, None) {
        Ok(catalog) => catalog,
        Err(diags) => {
            report(&diags);
            return fail("the catalog has errors; run `errdocs check`");
        }
    };
    match catalog.page(code) {
        Some(page) => {
            let color = std::io::stdout().is_terminal();
            let mut out = anstream::stdout();
            let _ = write!(out, "{}", explain::render(&page.markdown, color));
            let _ = writeln!(out, "\n{}", explain::grpc_line(page));
            ExitCode::SUCCESS
        }
        None => {
            let suggestion = catalog
                .pages
                .iter()
                .map(|p| (strsim::levenshtein(code, &p.code), p.code.as_str()))
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

fn new_page(code: &str, status: u16, retryable: bool, dir: Option<PathBuf>) -> ExitCode {
    let (dir, config) = match resolve(dir, None) {
        Ok(found) => found,
        Err(diags) => {
            report(&diags);
            return ExitCode::FAILURE;
        }
    };
    let path = new::page_path(&dir, code);
    if path.exists() {
        return fail(&format!(
            "{} already exists; edit it instead",
            path.display()
        ));
    }
    if dir.is_dir()
        && let Ok(catalog) = errdocs_catalog::load_catalog(&dir, &config)
        && let Some(page) = catalog.page(code)
    {
        return fail(&format!(
            "the code `{code}` is already documented by {}",
            page.display_path
        ));
    }
    let folder = std::path::absolute(&dir)
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "errors".to_owned());
    let text = match new::page_text(
        &new::NewPage {
            code,
            status,
            retryable,
        },
        &config,
        &folder,
    ) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    if let Err(e) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, &text)) {
        return fail(&format!("cannot write {}: {e}", path.display()));
    }
    let _ = writeln!(
        anstream::stderr(),
        "created {}",
        path.display().to_string().replace('\\', "/")
    );
    ExitCode::SUCCESS
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn with_catalog(
    dir: Option<PathBuf>,
    doc_url: Option<String>,
    output: impl FnOnce(&Catalog) -> String,
) -> ExitCode {
    match load(dir, doc_url) {
        Ok(catalog) => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(output(&catalog).as_bytes());
            ExitCode::SUCCESS
        }
        Err(diags) => {
            let color = std::io::stderr().is_terminal();
            let mut err = anstream::stderr();
            let _ = write!(err, "{}", errdocs_catalog::render_all(&diags, color));
            let errors = diags.iter().filter(|d| d.is_error()).count();
            let _ = writeln!(
                err,
                "error: the catalog has {errors} error{}; run `errdocs check`",
                plural(errors)
            );
            ExitCode::FAILURE
        }
    }
}
