//! Which docs folder and which `errdocs.toml`: the one rule the derive, `catalog!`,
//! `build.rs` and every CLI command follow, and how paths are shown.

use std::path::{Component, Path, PathBuf};

use crate::{CONFIG_FILE, Catalog, Config, DEFAULT_DOCS, Diagnostic};

/// Where a tool was asked to look for the pages and their settings.
///
/// ```
/// use errdocs_catalog::{Source, resolve};
/// // `errdocs check docs/errors`, run at the repository's root:
/// let resolved = resolve(&Source::new("..").docs("docs/errors")).unwrap();
/// assert_eq!(resolved.display_root, "docs/errors");
/// assert_eq!(resolved.folder_name, "errors");
/// assert!(resolved.config_path.unwrap().ends_with("errdocs.toml"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Source {
    /// The folder that relative paths start from, and that diagnostics name paths from: the
    /// crate's folder for the derive, `catalog!` and `build.rs`; the working directory (an
    /// empty path) for the command line.
    pub base: PathBuf,
    /// The docs folder named explicitly (`errdocs check DIR`, `#[api_error(docs = "…")]`,
    /// `errdocs_build::compile(DIR)`), relative to `base`.
    pub docs: Option<PathBuf>,
    /// The `errdocs.toml` named explicitly (`--config FILE`, `Builder::config`), relative to
    /// `base`.
    pub config: Option<PathBuf>,
}

impl Source {
    /// Nothing named explicitly: the `errdocs.toml` nearest to `base` says where the pages are.
    pub fn new(base: impl Into<PathBuf>) -> Source {
        Source {
            base: base.into(),
            docs: None,
            config: None,
        }
    }

    /// With an explicit docs folder, relative to the base.
    pub fn docs(mut self, docs: impl Into<PathBuf>) -> Source {
        self.docs = Some(docs.into());
        self
    }

    /// With an explicit `errdocs.toml`, relative to the base.
    pub fn config(mut self, config: impl Into<PathBuf>) -> Source {
        self.config = Some(config.into());
        self
    }
}

/// A docs folder and the settings in force for it, as [`resolve`] found them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The folder to read.
    pub docs_dir: PathBuf,
    /// How diagnostics and generated docs name the folder (`docs/errors`), relative to the
    /// source's base, with `/` separators.
    pub display_root: String,
    /// The folder's own name (`errors`), the first segment of default doc URLs.
    pub folder_name: String,
    /// The settings in force.
    pub config: Config,
    /// The `errdocs.toml` they come from, if any.
    pub config_path: Option<PathBuf>,
}

/// Finds the docs folder and the settings in force, by one rule:
///
/// 1. the settings are those of the explicit config file, else of the `errdocs.toml` in the
///    explicit docs folder or its nearest ancestor, else of the one nearest to the base, else
///    the defaults;
/// 2. the pages are in the explicit docs folder, else in the settings' `docs` (relative to
///    their file), else in `docs/errors` under the base.
///
/// So `errdocs check DIR`, `#[api_error(docs = "DIR")]` and `errdocs_build::compile("DIR")`
/// read the same pages with the same settings.
///
/// ```
/// use errdocs_catalog::{Source, resolve};
/// // The derive in the `runtime` crate, with no `docs = "…"`: the workspace's
/// // `errdocs.toml` (one folder up) names `docs/errors`.
/// let resolved = resolve(&Source::new("../runtime")).unwrap();
/// assert_eq!(resolved.display_root, "../docs/errors");
/// ```
pub fn resolve(source: &Source) -> Result<Resolved, Vec<Diagnostic>> {
    let base = &source.base;
    let explicit_docs = source.docs.as_ref().map(|d| base.join(d));
    let (config_path, config) = match &source.config {
        Some(file) => {
            let path = base.join(file);
            let config = Config::read(&path).map_err(|d| vec![d])?;
            (Some(path), config)
        }
        None => {
            let start = explicit_docs.as_deref().unwrap_or(base);
            match Config::discover(start).map_err(|d| vec![d])? {
                Some((path, config)) => (Some(path), config),
                None => (None, Config::default()),
            }
        }
    };
    let (docs_dir, display_root) = match (&source.docs, &explicit_docs, &config_path) {
        (Some(docs), Some(dir), _) => (dir.clone(), trimmed(display_path(docs))),
        (_, _, Some(file)) => {
            let dir = file.parent().unwrap_or(Path::new("")).join(&config.docs);
            let shown = relative_to(base, &dir).unwrap_or_else(|| normalize(&dir));
            (dir, trimmed(display_path(&shown)))
        }
        _ => (base.join(DEFAULT_DOCS), DEFAULT_DOCS.to_owned()),
    };
    let folder_name = folder_name(&docs_dir);
    Ok(Resolved {
        docs_dir,
        display_root,
        folder_name,
        config,
        config_path,
    })
}

/// Loads the catalog that [`resolve`] found; its `errdocs.toml` counts among the inputs.
/// When an `errdocs.lock` lies beside the `errdocs.toml`, it is an input too, and the
/// catalog must keep what it locks ([`evolve::lock::check`](crate::evolve::lock::check)).
///
/// ```
/// use errdocs_catalog::{Source, load_resolved, resolve};
/// let catalog = load_resolved(&resolve(&Source::new("..")).unwrap()).unwrap();
/// assert_eq!(catalog.display_root, "docs/errors");
/// assert!(catalog.inputs.iter().any(|p| p.ends_with("errdocs.toml")));
/// ```
pub fn load_resolved(resolved: &Resolved) -> Result<Catalog, Vec<Diagnostic>> {
    let mut catalog = load_resolved_without_lock(resolved)?;
    crate::evolve::lock::apply(resolved, &mut catalog)?;
    Ok(catalog)
}

/// Like [`load_resolved`], without the checks of `errdocs.lock`: what `errdocs lock` reads
/// to write a new lock.
///
/// ```
/// use errdocs_catalog::{Source, load_resolved_without_lock, resolve};
/// let catalog = load_resolved_without_lock(&resolve(&Source::new("..")).unwrap()).unwrap();
/// assert!(catalog.page("unauthorized").is_some());
/// ```
pub fn load_resolved_without_lock(resolved: &Resolved) -> Result<Catalog, Vec<Diagnostic>> {
    let mut catalog = crate::load::load_catalog_named(
        &resolved.docs_dir,
        &resolved.display_root,
        &resolved.config,
    )?;
    catalog.folder_name.clone_from(&resolved.folder_name);
    if let Some(path) = &resolved.config_path {
        catalog.add_input(path.clone());
    }
    Ok(catalog)
}

impl Config {
    /// Reads the config file at `path` (named in diagnostics relative to the working
    /// directory).
    pub fn read(path: &Path) -> Result<Config, Diagnostic> {
        let shown = display_path(&relative_to_cwd(path));
        let name = path
            .file_name()
            .map_or_else(|| CONFIG_FILE.into(), |n| n.to_string_lossy());
        let text = std::fs::read_to_string(path)
            .map_err(|e| Diagnostic::at_path(&shown, format!("cannot read `{name}`: {e}")))?;
        Config::from_toml_str(&shown, &text)
    }
}

/// A path as diagnostics and generated code print it: `/`-separated on every platform.
///
/// ```
/// assert_eq!(errdocs_catalog::display_path(std::path::Path::new("docs/errors")), "docs/errors");
/// ```
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// `text` with its control characters escaped (`\n`, `\u{1b}`), safe to print anywhere: in
/// a diagnostic, in a terminal, in a `cargo:` directive of a build script.
///
/// ```
/// assert_eq!(errdocs_catalog::escape_controls("a\ncargo:x"), "a\\ncargo:x");
/// ```
pub fn escape_controls(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_owned();
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// `path` relative to the working directory when it lies below it, so diagnostics do not
/// depend on where the checkout lives.
///
/// ```
/// let cwd = std::env::current_dir().unwrap();
/// assert_eq!(errdocs_catalog::relative_to_cwd(&cwd.join("docs")), std::path::Path::new("docs"));
/// ```
pub fn relative_to_cwd(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}

/// The name of the folder itself (`errors`), through links, else `errors`.
pub(crate) fn folder_name(dir: &Path) -> String {
    dir.canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .or_else(|| dir.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "errors".to_owned())
}

/// `shown` without trailing `/` (unless it is only that).
pub(crate) fn trimmed(shown: String) -> String {
    let trimmed = shown.trim_end_matches('/');
    if trimmed.is_empty() {
        shown
    } else {
        trimmed.to_owned()
    }
}

/// `target` relative to `base`, both made absolute and normalized first; `None` when they
/// share no prefix (another drive).
pub fn relative_to(base: &Path, target: &Path) -> Option<PathBuf> {
    let absolute = |p: &Path| {
        let p = if p.as_os_str().is_empty() {
            Path::new(".")
        } else {
            p
        };
        normalize(&std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()))
    };
    let (base, target) = (absolute(base), absolute(target));
    let base: Vec<_> = base.components().collect();
    let target: Vec<_> = target.components().collect();
    let common = base.iter().zip(&target).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return None;
    }
    let mut out = PathBuf::new();
    for _ in common..base.len() {
        out.push("..");
    }
    for c in &target[common..] {
        out.push(c);
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    Some(out)
}

/// Resolves `.` and `..` without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of its own under the target directory, removed first.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir()
            .join(format!("errdocs-resolve-{}", std::process::id()))
            .join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn the_config_nearest_an_explicit_folder_wins_over_the_base() {
        let root = scratch("explicit");
        std::fs::create_dir_all(root.join("crate/pages/sub")).unwrap();
        std::fs::write(root.join("crate/errdocs.toml"), "envelope = \"errdocs\"\n").unwrap();
        std::fs::write(
            root.join("crate/pages/errdocs.toml"),
            "envelope = \"problem\"\n",
        )
        .unwrap();
        let r = resolve(&Source::new(root.join("crate")).docs("pages/sub/")).unwrap();
        assert_eq!(r.config.envelope, crate::Envelope::Problem);
        assert_eq!(r.display_root, "pages/sub");
        assert_eq!(r.folder_name, "sub");
        assert_eq!(r.config_path, Some(root.join("crate/pages/errdocs.toml")));
    }

    #[test]
    fn without_a_folder_the_config_names_it_relative_to_its_file() {
        let root = scratch("configured");
        std::fs::create_dir_all(root.join("ws/app")).unwrap();
        std::fs::write(root.join("ws/errdocs.toml"), "docs = \"site/errors\"\n").unwrap();
        let r = resolve(&Source::new(root.join("ws/app"))).unwrap();
        assert_eq!(r.docs_dir, root.join("ws/site/errors"));
        assert_eq!(r.display_root, "../site/errors");
    }

    #[test]
    fn an_explicit_config_file_is_read_even_far_from_the_pages() {
        let root = scratch("config-file");
        std::fs::create_dir_all(root.join("conf")).unwrap();
        std::fs::write(root.join("conf/errors.toml"), "docs = \"../pages\"\n").unwrap();
        let r = resolve(&Source::new(&root).config("conf/errors.toml")).unwrap();
        assert_eq!(r.docs_dir, root.join("conf/../pages"));
        assert_eq!(r.display_root, "pages");
        let missing = resolve(&Source::new(&root).config("nope.toml")).unwrap_err();
        assert!(
            missing[0].message.starts_with("cannot read `nope.toml`"),
            "{}",
            missing[0].message
        );
    }

    #[test]
    fn nothing_configured_means_docs_errors_under_the_base() {
        let root = scratch("nothing");
        let r = resolve(&Source::new(&root)).unwrap();
        // The scratch folder is in the system's temporary folder, which has no settings file
        // above it; if one appears there, this test says so instead of passing silently.
        assert_eq!(
            r.config_path,
            None,
            "an errdocs.toml above {}",
            root.display()
        );
        assert_eq!(r.config, Config::default());
        assert_eq!(r.docs_dir, root.join(DEFAULT_DOCS));
        assert_eq!(r.display_root, DEFAULT_DOCS);
    }

    #[test]
    fn relative_paths_climb_out_of_the_base() {
        assert_eq!(
            relative_to(Path::new("/w/app/src"), Path::new("/w/docs/errors")),
            Some(PathBuf::from("../../docs/errors"))
        );
        assert_eq!(
            relative_to(Path::new("/w/app"), Path::new("/w/app")),
            Some(PathBuf::from("."))
        );
        assert_eq!(normalize(Path::new("a/./b/../c")), PathBuf::from("a/c"));
    }
}
