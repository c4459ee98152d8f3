//! `build.rs` ingestion: write the generated catalog to `$OUT_DIR` and tell cargo what to watch.

use std::fmt;
use std::path::{Path, PathBuf};

use errdocs_catalog::{Config, Diagnostic};

use crate::{Context, catalog_enum};

/// Why [`compile`] failed.
#[derive(Debug)]
pub enum CompileError {
    /// The pages or `errdocs.toml` have errors.
    Catalog(Vec<Diagnostic>),
    /// The generated file could not be written.
    Io(std::io::Error),
    /// `OUT_DIR` is not set: not running under cargo.
    NoOutDir,
    /// Code generation refused the catalog (e.g. two codes giving one variant name).
    Generate(String),
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Catalog(diags) => {
                let errors = diags.iter().filter(|d| d.is_error()).count();
                write!(
                    f,
                    "the error pages have {errors} error{}",
                    if errors == 1 { "" } else { "s" }
                )?;
                for d in diags {
                    write!(f, "\n\n{}", d.render(false))?;
                }
                Ok(())
            }
            CompileError::Io(e) => write!(f, "cannot write the generated catalog: {e}"),
            CompileError::NoOutDir => {
                f.write_str("`OUT_DIR` is not set; call `errdocs_build::compile` from build.rs")
            }
            CompileError::Generate(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for CompileError {}

/// Options of `build.rs` ingestion.
///
/// ```no_run
/// // build.rs
/// fn main() {
///     errdocs_build::Builder::new("docs/errors")
///         .enum_name("ApiErrorCode")
///         .out_file("api_errors.rs")
///         .compile()
///         .unwrap();
/// }
/// ```
#[derive(Debug, Clone)]
pub struct Builder {
    docs: PathBuf,
    config: Option<PathBuf>,
    out_file: String,
    enum_name: String,
    out_dir: Option<PathBuf>,
    emit_cargo: bool,
}

impl Builder {
    /// Ingest the pages of `docs` (relative to the crate's `Cargo.toml`).
    pub fn new(docs: impl Into<PathBuf>) -> Builder {
        Builder {
            docs: docs.into(),
            config: None,
            out_file: "errdocs_catalog.rs".to_owned(),
            enum_name: "ErrorCode".to_owned(),
            out_dir: None,
            emit_cargo: true,
        }
    }

    /// Read this `errdocs.toml` instead of the one nearest to the crate.
    pub fn config(mut self, path: impl Into<PathBuf>) -> Builder {
        self.config = Some(path.into());
        self
    }

    /// Name of the file written in `OUT_DIR` (default `errdocs_catalog.rs`); include it
    /// with `errdocs::include_catalog!("name.rs")`.
    pub fn out_file(mut self, name: impl Into<String>) -> Builder {
        self.out_file = name.into();
        self
    }

    /// Name of the generated enum (default `ErrorCode`).
    pub fn enum_name(mut self, name: impl Into<String>) -> Builder {
        self.enum_name = name.into();
        self
    }

    /// Write into this folder instead of `OUT_DIR` (for tests).
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Builder {
        self.out_dir = Some(dir.into());
        self
    }

    /// Generates the catalog, writes it when it changed, and prints `cargo:` directives.
    ///
    /// On errors the diagnostics are printed as `cargo::error=` lines (so cargo shows them
    /// without a panic backtrace) and returned.
    pub fn compile(&self) -> Result<PathBuf, CompileError> {
        let result = self.generate();
        if self.emit_cargo
            && let Err(CompileError::Catalog(diags)) = &result
        {
            for d in diags {
                for line in d.render(false).lines() {
                    println!("cargo::error={line}");
                }
            }
        }
        result
    }

    fn generate(&self) -> Result<PathBuf, CompileError> {
        let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
            .map(PathBuf::from)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or(CompileError::NoOutDir)?,
        };
        let dir = manifest_dir.join(&self.docs);
        if self.emit_cargo {
            println!("cargo:rerun-if-changed={}", dir.display());
        }
        // An explicit config file, else the `errdocs.toml` nearest to the pages (as
        // `errdocs check` and the derive find it).
        let (config_file, config) = match &self.config {
            Some(path) => {
                let path = manifest_dir.join(path);
                if self.emit_cargo {
                    println!("cargo:rerun-if-changed={}", path.display());
                }
                let shown = path.display().to_string();
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    CompileError::Catalog(vec![Diagnostic::at_path(
                        &shown,
                        format!("cannot read: {e}"),
                    )])
                })?;
                let config = Config::from_toml_str(&shown, &text)
                    .map_err(|d| CompileError::Catalog(vec![d]))?;
                (Some(path), config)
            }
            None => match Config::discover(&dir).map_err(|d| CompileError::Catalog(vec![d]))? {
                Some((path, config)) => (Some(path), config),
                None => (None, Config::default()),
            },
        };
        if let (true, None, Some(path)) = (self.emit_cargo, &self.config, &config_file) {
            println!("cargo:rerun-if-changed={}", path.display());
        }
        let shown = self.docs.to_string_lossy().replace('\\', "/");
        let catalog = errdocs_catalog::load_catalog_named(&dir, &shown, &config)
            .map_err(CompileError::Catalog)?;
        if self.emit_cargo {
            for input in &catalog.inputs {
                println!("cargo:rerun-if-changed={}", input.display());
            }
        }
        let ctx = Context {
            manifest_dir,
            call_file: None,
            inline_markdown: true,
        };
        let tokens = catalog_enum::catalog_tokens_untracked(&catalog, &ctx, &self.enum_name)
            .map_err(|e| CompileError::Generate(e.to_string()))?;
        let code =
            format!("// @generated by errdocs-build from `{shown}`; do not edit.\n{tokens}\n");
        let out = out_dir.join(&self.out_file);
        write_if_changed(&out, &code).map_err(CompileError::Io)?;
        Ok(out)
    }
}

/// Ingests `docs` (relative to the crate's `Cargo.toml`) into `$OUT_DIR/errdocs_catalog.rs`.
///
/// ```no_run
/// // build.rs
/// fn main() {
///     errdocs_build::compile("docs/errors").unwrap();
/// }
/// ```
pub fn compile(docs: impl AsRef<Path>) -> Result<PathBuf, CompileError> {
    Builder::new(docs.as_ref()).compile()
}

/// Leaves the file (and its mtime) alone when the content is the same, so cargo does not
/// rebuild what includes it.
fn write_if_changed(path: &Path, content: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == content) {
        return Ok(());
    }
    std::fs::write(path, content)
}
