//! `errdocs`: check, list and export a folder of markdown error pages.

mod catalog;
mod check;
mod coverage;
mod diff;
mod explain;
mod export;
mod github;
mod init;
mod list;
mod lock;
mod new;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Markdown error pages as the single source of truth for an HTTP API's errors.
#[derive(Debug, Parser)]
#[command(name = "errdocs", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The settings file to use instead of the nearest `errdocs.toml`.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
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
        /// Also print, per fact, how many entries state it and which do not (pages read
        /// by the `[read]` rules of errdocs.toml).
        #[arg(long)]
        coverage: bool,
    },
    /// Print the catalog as a table: code, status, retry, doc URL.
    List {
        /// The docs folder.
        dir: Option<PathBuf>,
        /// Doc URL template overriding errdocs.toml.
        #[arg(long)]
        doc_url: Option<String>,
        /// List every entry that could be read, even when some pages have errors;
        /// missing facts show as `—`.
        #[arg(long)]
        keep_going: bool,
    },
    /// Show an error's page in the terminal, like `rustc --explain`.
    Explain {
        /// The error code (`card_declined`) or the page's slug (`billing/card_declined`).
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
        /// Print every entry that could be read (JSON only; unstated facts are `null`),
        /// the diagnostics on stderr, and exit 1 if any error remains.
        #[arg(long)]
        keep_going: bool,
    },
    /// Look at an existing docs folder and print the errdocs.toml that reads its pages.
    Init {
        /// The folder of existing error pages (default: the current folder).
        dir: Option<PathBuf>,
        /// Write `errdocs.toml` in the current folder (never over an existing file).
        #[arg(long)]
        write: bool,
    },
    /// Write errdocs.lock beside errdocs.toml: every published code and the facts clients
    /// rely on; prints the changes it accepts.
    Lock {
        /// The docs folder.
        dir: Option<PathBuf>,
    },
    /// Compare two catalogs and report breaking changes; exits 1 on a breaking change.
    Diff {
        /// The old side: a docs folder, an `errdocs export --format json` file, or
        /// `git:REV[:PATH]`.
        old: String,
        /// The new side, likewise (default: the docs folder of errdocs.toml).
        new: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
        /// The lowest level that makes the exit code 1.
        #[arg(long, value_enum, default_value_t = FailOn::Breaking)]
        fail_on: FailOn,
        /// Write the changes as a markdown section for release notes instead.
        #[arg(long)]
        changelog: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum DiffFormat {
    /// rustc-style, with both sides' `path:line`.
    Text,
    /// One JSON object.
    Json,
    /// A markdown table, to post as a pull-request comment.
    Markdown,
    /// GitHub workflow-command annotations on the new side's lines.
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FailOn {
    /// Exit 1 on a breaking change.
    Breaking,
    /// Exit 1 on a breaking change or a warning.
    Warning,
    /// Always exit 0 once both sides are read.
    Never,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum CheckFormat {
    Human,
    Json,
    /// GitHub workflow-command annotations on the page lines.
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum YesNo {
    Yes,
    No,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum ExportFormat {
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
    catalog::set_config_file(cli.config);
    match cli.command {
        Command::Check {
            dir,
            format,
            doc_url,
            coverage: true,
        } => check::coverage(dir, format, doc_url),
        Command::Check {
            dir,
            format,
            doc_url,
            coverage: false,
        } => check::run(dir, format, doc_url),
        Command::List {
            dir,
            doc_url,
            keep_going: true,
        } => list::run_keep_going(dir, doc_url),
        Command::List {
            dir,
            doc_url,
            keep_going: false,
        } => list::run(dir, doc_url),
        Command::Explain { code, docs } => explain::run(&code, docs),
        Command::New {
            code,
            status,
            retry,
            dir,
        } => new::run(&code, status, retry == YesNo::Yes, dir),
        Command::Export {
            dir,
            format,
            doc_url,
            keep_going: true,
        } => export::run_keep_going(dir, format, doc_url),
        Command::Export {
            dir,
            format,
            doc_url,
            keep_going: false,
        } => export::run(dir, format, doc_url),
        Command::Init { dir, write } => init::run(dir, write),
        Command::Lock { dir } => lock::run(dir),
        Command::Diff {
            old,
            new,
            format,
            fail_on,
            changelog,
        } => diff::run(&old, new.as_deref(), format, fail_on, changelog),
    }
}
