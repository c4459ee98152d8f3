//! Which docs folder and settings a command works on, and loading its catalog.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use errdocs_catalog::{Catalog, Config, Diagnostic, Source, normalize, relative_to_cwd};

/// The docs folder a command works on and the configuration in force for it.
pub(crate) struct Resolved {
    /// The catalog's root folder: the `docs` of `errdocs.toml` when `dir` lies inside it,
    /// else `dir` itself.
    pub root: PathBuf,
    /// `dir` relative to `root` (empty when they are the same folder).
    pub sub: PathBuf,
    /// The settings in force.
    pub config: Config,
    /// What the catalog's one resolver found, to load.
    pub found: errdocs_catalog::Resolved,
}

/// The docs folder and the configuration in force for it, by the rule every tool follows
/// ([`errdocs_catalog::resolve`], from the working directory): `dir` (default: the `docs` of
/// the nearest `errdocs.toml`, else `docs/errors`), and `doc_url` overriding the template.
pub(crate) fn resolve(
    dir: Option<PathBuf>,
    doc_url: Option<String>,
) -> Result<Resolved, Vec<Diagnostic>> {
    let mut source = Source::new("");
    source.docs.clone_from(&dir);
    source.config = CONFIG_FILE.get().cloned().flatten();
    let mut found = errdocs_catalog::resolve(&source)?;
    if let Some(template) = doc_url {
        let toml = format!("doc_url = {}", toml_string(&template));
        let parsed = Config::from_toml_str("--doc-url", &toml).map_err(|d| vec![d])?;
        found.config.doc_url = parsed.doc_url;
    }
    // A folder inside the configured one belongs to that catalog (`errdocs new --dir`).
    let (root, sub) = match (&dir, &found.config_path) {
        (Some(dir), Some(path)) => {
            let base = path.parent().unwrap_or(Path::new("."));
            let docs = relative_to_cwd(&base.join(&found.config.docs));
            enclosing_root(dir, &docs).unwrap_or_else(|| (dir.clone(), PathBuf::new()))
        }
        _ => (PathBuf::from(&found.display_root), PathBuf::new()),
    };
    Ok(Resolved {
        root,
        sub,
        config: found.config.clone(),
        found,
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

fn toml_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// The `--config FILE` of this run, set once by `main`.
static CONFIG_FILE: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();

/// Makes every command resolve its settings from `file` (`--config FILE`) instead of the
/// nearest `errdocs.toml`.
pub(crate) fn set_config_file(file: Option<PathBuf>) {
    let _ = CONFIG_FILE.set(file);
}

/// Every entry of `dir` read as far as it can be (see [`errdocs_catalog::survey`]), with the
/// catalog when it also loads cleanly in the house style (then `survey` is empty unless
/// `--coverage` asked for it).
pub(crate) struct Surveyed {
    pub survey: errdocs_catalog::Survey,
    pub catalog: Option<Catalog>,
    pub display_root: String,
    pub config: Config,
}

/// Reads `dir` for `--keep-going` and `--coverage`. The folder is read entry by entry
/// (`survey`) only when it does not load as a house-style catalog, or when `coverage` asks
/// for the entries anyway: a catalog that loads is not parsed twice for `--keep-going`.
pub(crate) fn survey(
    dir: Option<PathBuf>,
    doc_url: Option<String>,
    coverage: bool,
) -> Result<Surveyed, Vec<Diagnostic>> {
    let resolved = resolve(dir, doc_url)?;
    let found = &resolved.found;
    // A catalog that loads only because entries of other styles became pages is still
    // shown as surveyed: what its pages leave unstated stays `null` (`—`).
    let catalog = errdocs_catalog::load_resolved(found)
        .ok()
        .filter(|c| !c.pages.iter().any(errdocs_catalog::is_other_style));
    let survey = if catalog.is_none() || coverage {
        errdocs_catalog::survey_named(&found.docs_dir, &found.display_root, &found.config)
    } else {
        errdocs_catalog::Survey::default()
    };
    Ok(Surveyed {
        survey,
        catalog,
        display_root: found.display_root.clone(),
        config: found.config.clone(),
    })
}

/// The validated catalog of `dir` (see [`resolve`]).
pub(crate) fn load(
    dir: Option<PathBuf>,
    doc_url: Option<String>,
) -> Result<Catalog, Vec<Diagnostic>> {
    errdocs_catalog::load_resolved(&resolve(dir, doc_url)?.found)
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
