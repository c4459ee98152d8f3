//! Which docs folder and settings a command works on, and loading its catalog.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use errdocs_catalog::{Catalog, Config, Diagnostic};

/// The docs folder a command works on and the configuration in force for it.
pub(crate) struct Resolved {
    /// The docs folder, as given or relative to the current folder.
    pub dir: PathBuf,
    /// The catalog's root folder: the `docs` of `errdocs.toml` when `dir` lies inside it,
    /// else `dir` itself.
    pub root: PathBuf,
    /// `dir` relative to `root` (empty when they are the same folder).
    pub sub: PathBuf,
    /// The settings in force.
    pub config: Config,
}

/// The docs folder and the configuration in force for it: `dir` (default: the `docs` of the
/// nearest `errdocs.toml`, else `docs/errors`), and `doc_url` overriding the config's template.
pub(crate) fn resolve(
    dir: Option<PathBuf>,
    doc_url: Option<String>,
) -> Result<Resolved, Vec<Diagnostic>> {
    let start = dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let found = Config::discover(&start).map_err(|d| vec![d])?;
    let (dir, (root, sub), mut config) = match (dir, found) {
        (Some(dir), Some((path, config))) => {
            let base = path.parent().unwrap_or(Path::new("."));
            let docs = relative_to_cwd(&base.join(&config.docs));
            let root = enclosing_root(&dir, &docs).unwrap_or_else(|| (dir.clone(), PathBuf::new()));
            (dir, root, config)
        }
        (Some(dir), None) => (dir.clone(), (dir, PathBuf::new()), Config::default()),
        (None, Some((path, config))) => {
            let base = path.parent().unwrap_or(Path::new("."));
            let docs = relative_to_cwd(&base.join(&config.docs));
            (docs.clone(), (docs, PathBuf::new()), config)
        }
        (None, None) => {
            let docs = PathBuf::from(errdocs_catalog::DEFAULT_DOCS);
            (docs.clone(), (docs, PathBuf::new()), Config::default())
        }
    };
    if let Some(template) = doc_url {
        let toml = format!("doc_url = {}", toml_string(&template));
        let parsed = Config::from_toml_str("--doc-url", &toml).map_err(|d| vec![d])?;
        config.doc_url = parsed.doc_url;
    }
    Ok(Resolved {
        dir,
        root,
        sub,
        config,
    })
}

/// `docs` and the rest of `dir` when `dir` is `docs` or a folder inside it (compared as
/// absolute paths).
fn enclosing_root(dir: &Path, docs: &Path) -> Option<(PathBuf, PathBuf)> {
    let abs_dir = normalize(&std::path::absolute(dir).ok()?);
    let abs_docs = normalize(&std::path::absolute(docs).ok()?);
    let sub = abs_dir.strip_prefix(&abs_docs).ok()?;
    Some((docs.to_path_buf(), sub.to_path_buf()))
}

/// `a/./b/../c` → `a/c`, without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn toml_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn relative_to_cwd(path: &Path) -> PathBuf {
    let cwd = std::env::current_dir().ok();
    cwd.and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}

/// The validated catalog of `dir` (see [`resolve`]).
pub(crate) fn load(
    dir: Option<PathBuf>,
    doc_url: Option<String>,
) -> Result<Catalog, Vec<Diagnostic>> {
    let Resolved { dir, config, .. } = resolve(dir, doc_url)?;
    errdocs_catalog::load_catalog(&dir, &config)
}

/// Loads the catalog and prints `output(catalog)` to stdout; on errors, prints them and fails.
pub(crate) fn with_catalog(
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
            crate::output::report(&diags);
            let errors = crate::check::Counts::of(&diags).all_errors();
            crate::output::fail(&format!(
                "the catalog has {errors} error{}; run `errdocs check`",
                crate::output::plural(errors)
            ))
        }
    }
}

/// A path as messages show it: `/`-separated, without a leading `./`.
pub(crate) fn display(path: &Path) -> String {
    let shown = path.to_string_lossy().replace('\\', "/");
    shown.strip_prefix("./").map(str::to_owned).unwrap_or(shown)
}
