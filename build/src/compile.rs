//! `build.rs` ingestion: write the generated catalog to `$OUT_DIR` and tell cargo what to watch.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use errdocs_catalog::{Catalog, Diagnostic, Resolved, Source, load_resolved, resolve};
use heck::ToUpperCamelCase;

use crate::context::manifest_dir;
use crate::emit::{format_generated, report, rerun_if_changed, write_if_changed};
use crate::{Context, catalog_enum};

/// The variable `build.rs` ingestion ([`track`], [`compile`]) sets for the crate's
/// compilation, so the derive knows that cargo watches the docs folder.
pub(crate) const TRACKED_ENV: &str = "ERRDOCS_BUILD_TRACKED";

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
    /// [`Builder::enum_name`] is not a Rust identifier (`Api-Code`, `Api Codes`, `self`).
    EnumName(String),
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Catalog(diags) => {
                let errors = diags.iter().filter(|d| d.is_error()).count();
                write!(
                    f,
                    "the error pages have {errors} error{}",
                    errdocs_catalog::plural(errors)
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
            CompileError::EnumName(name) => {
                let suggestion = name.to_upper_camel_case();
                write!(
                    f,
                    "`enum_name({name:?})` is not a Rust identifier; the name of the generated enum must be one"
                )?;
                if syn::parse_str::<syn::Ident>(&suggestion).is_ok() && suggestion != *name {
                    write!(f, " (such as `{suggestion}`)")?;
                }
                Ok(())
            }
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
///         .run();
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
    /// without a panic backtrace) and returned. A `build.rs` that only needs the errors
    /// reported should call [`run`](Self::run) instead: unwrapping this result would
    /// print them a second time.
    pub fn compile(&self) -> Result<PathBuf, CompileError> {
        if self.emit_cargo {
            self.compile_to(&mut std::io::stdout().lock())
        } else {
            self.generate(&mut std::io::sink())
        }
    }

    /// [`compile`](Self::compile), writing the `cargo:` lines to `out`.
    fn compile_to(&self, out: &mut impl Write) -> Result<PathBuf, CompileError> {
        let result = self.generate(out);
        if let Err(e) = &result {
            report(e, out);
        }
        result
    }

    /// [`compile`](Self::compile), reporting every error once, to cargo, and returning
    /// normally: cargo then fails the build with each diagnostic shown once, and no panic
    /// or exit code adds a copy.
    ///
    /// ```no_run
    /// // build.rs
    /// fn main() {
    ///     errdocs_build::Builder::new("docs/errors").enum_name("ApiCode").run();
    /// }
    /// ```
    pub fn run(&self) {
        let _ = self.compile();
    }

    /// Makes cargo watch the docs folder, each page and the `errdocs.toml` in force, and
    /// tells the derive so (see [`track`]). Nothing is generated; a broken catalog is left
    /// for the derive to report.
    pub fn track(&self) {
        self.track_to(&mut std::io::stdout().lock());
    }

    fn track_to(&self, out: &mut impl Write) {
        // A broken catalog still has the folder line, which catches every change (cargo
        // scans a folder recursively).
        let _ = self.load_watched(&manifest_dir(), out);
        let _ = writeln!(out, "cargo:rustc-env={TRACKED_ENV}=1");
    }

    /// Loads the catalog as [`errdocs_catalog::resolve`] finds it for every tool, telling
    /// cargo to watch the folder, the `errdocs.toml` in force and each page.
    fn load_watched(
        &self,
        manifest_dir: &Path,
        out: &mut impl Write,
    ) -> Result<(Resolved, Catalog), CompileError> {
        rerun_if_changed(out, &manifest_dir.join(&self.docs));
        let source = Source {
            base: manifest_dir.to_path_buf(),
            docs: Some(self.docs.clone()),
            config: self.config.clone(),
        };
        let resolved = resolve(&source);
        // An explicit config file is watched even when it cannot be read yet.
        let config_path = match (&resolved, &self.config) {
            (Ok(r), _) => r.config_path.clone(),
            (Err(_), Some(path)) => Some(manifest_dir.join(path)),
            (Err(_), None) => None,
        };
        if let Some(path) = &config_path {
            rerun_if_changed(out, path);
        }
        let resolved = resolved.map_err(CompileError::Catalog)?;
        let catalog = load_resolved(&resolved).map_err(CompileError::Catalog)?;
        for input in catalog
            .inputs
            .iter()
            .filter(|i| Some(*i) != config_path.as_ref())
        {
            rerun_if_changed(out, input);
        }
        Ok((resolved, catalog))
    }

    fn generate(&self, stdout: &mut impl Write) -> Result<PathBuf, CompileError> {
        let enum_name = enum_ident(&self.enum_name)?;
        let manifest_dir = manifest_dir();
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or(CompileError::NoOutDir)?,
        };
        let (resolved, catalog) = self.load_watched(&manifest_dir, stdout)?;
        let shown = resolved.display_root;
        let _ = writeln!(stdout, "cargo:rustc-env={TRACKED_ENV}=1");
        let ctx = Context {
            manifest_dir,
            call_file: None,
            inline_markdown: true,
        };
        let tokens = catalog_enum::catalog_tokens_untracked(&catalog, &ctx, &enum_name)
            .map_err(|e| CompileError::Generate(e.to_string()))?;
        let code = format!(
            "// @generated by errdocs-build from `{shown}`; do not edit.\n{}",
            format_generated(tokens)
        );
        let out = out_dir.join(&self.out_file);
        write_if_changed(&out, &code).map_err(CompileError::Io)?;
        Ok(out)
    }
}

/// Ingests `docs` (relative to the crate's `Cargo.toml`) into `$OUT_DIR/errdocs_catalog.rs`.
///
/// Errors are reported to cargo before they are returned, so a `build.rs` need not print
/// them again ([`run`] is this call with the result ignored).
///
/// ```no_run
/// // build.rs
/// fn main() {
///     if let Ok(path) = errdocs_build::compile("docs/errors") {
///         println!("cargo:warning=wrote {}", path.display());
///     }
/// }
/// ```
pub fn compile(docs: impl AsRef<Path>) -> Result<PathBuf, CompileError> {
    Builder::new(docs.as_ref()).compile()
}

/// `build.rs` in one line: generates the catalog of `docs` and reports every error once, to
/// cargo (see [`Builder::run`]).
///
/// ```no_run
/// // build.rs
/// fn main() {
///     errdocs_build::run("docs/errors");
/// }
/// ```
pub fn run(docs: impl AsRef<Path>) {
    Builder::new(docs.as_ref()).run();
}

/// `build.rs` in one line for crates that only derive: cargo then watches `docs` (the
/// folder, each page, the `errdocs.toml` in force), so adding a page rebuilds the crate and
/// `#[api_error(exhaustive)]` sees it at once. Without it, the derive warns on `exhaustive`.
///
/// ```no_run
/// // build.rs
/// fn main() {
///     errdocs_build::track("docs/errors");
/// }
/// ```
pub fn track(docs: impl AsRef<Path>) {
    Builder::new(docs.as_ref()).track();
}

/// `name` as the identifier of the generated enum.
fn enum_ident(name: &str) -> Result<String, CompileError> {
    match syn::parse_str::<syn::Ident>(name) {
        Ok(ident) if !name.starts_with("r#") && ident != "_" => Ok(name.to_owned()),
        _ => Err(CompileError::EnumName(name.to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEAPOT: &str = "# teapot\n\n> HTTP 418 — the server is a teapot.\n\n| | |\n|-|-|\n\
        | **HTTP status** | `418 I'm a teapot` |\n| **Code** | `teapot` |\n| **Retry?** | No |\n";

    /// A fresh folder of this test's own.
    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("errdocs-build-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn lines(out: &[u8]) -> Vec<String> {
        String::from_utf8_lossy(out)
            .lines()
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn an_enum_name_that_is_not_an_identifier_is_a_diagnostic() {
        let dir = temp_dir("enum-name");
        for (name, suggestion) in [
            ("Api-Code", Some("ApiCode")),
            ("Api Codes", Some("ApiCodes")),
            ("self", None),
            ("r#type", None),
            ("_", None),
            ("", None),
        ] {
            let builder = Builder::new(&dir).enum_name(name).out_dir(&dir);
            let error = builder.generate(&mut std::io::sink()).unwrap_err();
            assert!(
                matches!(&error, CompileError::EnumName(n) if n == name),
                "{name:?}: {error:?}"
            );
            let message = error.to_string();
            assert!(message.contains("is not a Rust identifier"), "{message}");
            if let Some(s) = suggestion {
                assert!(message.contains(&format!("(such as `{s}`)")), "{message}");
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_file_name_with_a_newline_never_becomes_a_cargo_directive() {
        let dir = temp_dir("newline-name");
        std::fs::write(dir.join("teapot.md"), TEAPOT).unwrap();
        let hostile = "a\ncargo:rustc-env=PWNED=1\r\nb.md";
        std::fs::write(
            dir.join(hostile),
            TEAPOT
                .replace("# teapot", "# pwned")
                .replace("`teapot`", "`pwned`"),
        )
        .unwrap();
        let mut out = Vec::new();
        let _ = Builder::new(&dir).out_dir(&dir).compile_to(&mut out);
        let lines = lines(&out);
        assert!(!lines.is_empty());
        for line in &lines {
            assert!(
                line.starts_with("cargo:rerun-if-changed=")
                    || line.starts_with("cargo:warning=")
                    || line.starts_with("cargo::error=")
                    || line.starts_with("cargo::warning=")
                    || line == &format!("cargo:rustc-env={TRACKED_ENV}=1"),
                "unexpected line {line:?} in {lines:#?}"
            );
            assert!(!line.contains('\r'), "{line:?}");
            if line.starts_with("cargo:rerun-if-changed=") {
                assert!(!line.contains("PWNED"), "{line:?}");
            }
        }
        // Where the catalog accepts the page, it is read and left out of the watch list
        // (where it refuses it, the diagnostic's lines are all `cargo::error=` lines).
        if !lines.iter().any(|l| l.starts_with("cargo::error=")) {
            assert!(
                lines
                    .iter()
                    .any(|l| l.starts_with("cargo:warning=errdocs: not watching")),
                "{lines:#?}"
            );
        }
        let mut tracked = Vec::new();
        Builder::new(&dir).track_to(&mut tracked);
        for line in super::tests::lines(&tracked) {
            assert!(
                !line.starts_with("cargo:rustc-env=PWNED") && !line.starts_with("b.md"),
                "{line:?}"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn each_page_error_is_reported_once() {
        let dir = temp_dir("report-once");
        std::fs::write(
            dir.join("teapot.md"),
            TEAPOT.replace("`418 I'm a teapot`", "`418 I am a teapot`"),
        )
        .unwrap();
        let mut out = Vec::new();
        let error = Builder::new(&dir).out_dir(&dir).compile_to(&mut out);
        let CompileError::Catalog(diags) = error.unwrap_err() else {
            panic!("expected page diagnostics");
        };
        let text = String::from_utf8(out).unwrap();
        for d in diags.iter().filter(|d| d.is_error()) {
            assert_eq!(text.matches(&d.message).count(), 1, "{text}");
        }
        assert!(
            text.lines()
                .all(|l| l.starts_with("cargo:") || l.starts_with("cargo::")),
            "{text}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(feature = "format")]
    #[test]
    fn generated_code_is_formatted_and_allows_the_pedantic_lints_it_trips() {
        use crate::emit::GENERATED_ALLOWS;

        let dir = temp_dir("formatted");
        std::fs::write(dir.join("teapot.md"), TEAPOT).unwrap();
        let path = Builder::new(&dir)
            .out_dir(&dir)
            .compile_to(&mut std::io::sink())
            .unwrap();
        let code = std::fs::read_to_string(path).unwrap();
        assert!(code.lines().count() > 20, "{code}");
        assert!(code.lines().all(|l| l.len() < 200), "{code}");
        assert!(code.contains("\npub enum ErrorCode {\n"), "{code}");
        let items = code
            .lines()
            .filter(|l| l.starts_with("pub ") || l.starts_with("impl"))
            .count();
        assert_eq!(code.matches(GENERATED_ALLOWS).count(), items, "{code}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn tracking_watches_the_folder_each_page_and_tells_the_derive() {
        let dir = temp_dir("track");
        std::fs::write(dir.join("teapot.md"), TEAPOT).unwrap();
        let mut out = Vec::new();
        Builder::new(&dir).track_to(&mut out);
        let lines = lines(&out);
        assert_eq!(
            lines.first().map(String::as_str),
            Some(format!("cargo:rerun-if-changed={}", dir.display()).as_str())
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("cargo:rerun-if-changed=") && l.ends_with("teapot.md"))
        );
        assert_eq!(
            lines.last().map(String::as_str),
            Some(format!("cargo:rustc-env={TRACKED_ENV}=1").as_str())
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
