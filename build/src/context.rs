//! Where an expansion runs: the crate's folder, the calling file, and the catalog it reads.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use errdocs_catalog::{Catalog, Config, Diagnostic};

/// What code generation needs to know about the crate being compiled.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The folder of the crate's `Cargo.toml` (`CARGO_MANIFEST_DIR`).
    pub manifest_dir: PathBuf,
    /// The absolute path of the file holding the macro call, when the compiler tells it.
    /// Tracked files are then named relative to it, so output does not depend on where
    /// the checkout lives.
    pub call_file: Option<PathBuf>,
    /// Embed page markdown as string literals instead of `include_str!` (for `build.rs`
    /// output, whose file lives in `OUT_DIR`).
    pub inline_markdown: bool,
}

impl Context {
    /// The context of a proc-macro expansion: `CARGO_MANIFEST_DIR` and the calling file.
    pub fn from_env(call_file: Option<PathBuf>) -> Context {
        let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
            .map(PathBuf::from)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let call_file = call_file.map(|f| {
            if f.is_absolute() {
                f
            } else {
                std::env::current_dir().map(|cwd| cwd.join(&f)).unwrap_or(f)
            }
        });
        Context {
            manifest_dir,
            call_file,
            inline_markdown: false,
        }
    }

    /// How generated code names `path`: relative to the calling file where possible.
    pub(crate) fn path_literal(&self, path: &Path) -> String {
        let absolute = normalize(&self.manifest_dir.join(path));
        let relative = self
            .call_file
            .as_deref()
            .and_then(Path::parent)
            .and_then(|base| relative_path(&normalize(base), &absolute));
        relative
            .unwrap_or(absolute)
            .to_string_lossy()
            .replace('\\', "/")
    }

    /// The `errdocs.toml` in force (nearest to the crate), and its path.
    pub(crate) fn config(&self) -> Result<(Option<PathBuf>, Config), Diagnostic> {
        Ok(match Config::discover(&self.manifest_dir)? {
            Some((path, config)) => (Some(path), config),
            None => (None, Config::default()),
        })
    }

    /// Loads the catalog at `docs` (relative to the crate), or the configured one.
    pub(crate) fn load(&self, docs: Option<&str>) -> Result<Arc<Catalog>, Vec<Diagnostic>> {
        // With an explicit folder, the settings are those of the `errdocs.toml` nearest to
        // that folder, as `errdocs check DIR` finds them: the same pages pass or fail alike.
        let (config_path, config, dir, shown) = match docs {
            Some(docs) => {
                let dir = self.manifest_dir.join(docs);
                let (path, config) = match Config::discover(&dir).map_err(|d| vec![d])? {
                    Some((path, config)) => (Some(path), config),
                    None => (None, Config::default()),
                };
                (path, config, dir, docs.trim_end_matches('/').to_owned())
            }
            None => {
                let (path, config) = self.config().map_err(|d| vec![d])?;
                let (dir, shown) = match &path {
                    Some(path) => {
                        let dir = path.parent().unwrap_or(Path::new("")).join(&config.docs);
                        let shown = relative_path(&normalize(&self.manifest_dir), &normalize(&dir))
                            .unwrap_or_else(|| dir.clone());
                        (dir, shown.to_string_lossy().replace('\\', "/"))
                    }
                    None => (
                        self.manifest_dir.join(errdocs_catalog::DEFAULT_DOCS),
                        errdocs_catalog::DEFAULT_DOCS.to_owned(),
                    ),
                };
                (path, config, dir, shown)
            }
        };
        let mut catalog = cached_load(&dir, &shown, &config)?;
        if let Some(path) = config_path {
            let mut with_config = (*catalog).clone();
            with_config.inputs.push(path);
            with_config.inputs.sort();
            catalog = Arc::new(with_config);
        }
        Ok(catalog)
    }
}

type Fingerprint = Vec<(PathBuf, Option<SystemTime>, u64)>;
type CacheKey = (PathBuf, String, String);
type Cache = HashMap<CacheKey, (Fingerprint, Arc<Catalog>)>;

/// Catalogs already parsed by this compiler process: several derives over one folder
/// parse it once. An entry is reused only while its files keep their size and mtime
/// (rust-analyzer keeps one process alive across edits).
static CACHE: Mutex<Option<Cache>> = Mutex::new(None);

/// Forgets every cached catalog (for benchmarks of the first expansion).
#[doc(hidden)]
pub fn clear_cache() {
    if let Ok(mut guard) = CACHE.lock() {
        *guard = None;
    }
}

fn fingerprint(inputs: &[PathBuf]) -> Fingerprint {
    inputs
        .iter()
        .map(|p| {
            let meta = std::fs::metadata(p).ok();
            let modified = meta.as_ref().and_then(|m| m.modified().ok());
            (p.clone(), modified, meta.map_or(0, |m| m.len()))
        })
        .collect()
}

fn cached_load(dir: &Path, shown: &str, config: &Config) -> Result<Arc<Catalog>, Vec<Diagnostic>> {
    let key = (dir.to_path_buf(), shown.to_owned(), format!("{config:?}"));
    if let Ok(guard) = CACHE.lock()
        && let Some((print, catalog)) = guard.as_ref().and_then(|m| m.get(&key))
        && *print == fingerprint(&catalog.inputs)
    {
        return Ok(Arc::clone(catalog));
    }
    let catalog = Arc::new(errdocs_catalog::load_catalog_named(dir, shown, config)?);
    if let Ok(mut guard) = CACHE.lock() {
        let print = fingerprint(&catalog.inputs);
        guard
            .get_or_insert_with(HashMap::new)
            .insert(key, (print, Arc::clone(&catalog)));
    }
    Ok(catalog)
}

/// Resolves `.` and `..` without touching the file system.
fn normalize(path: &Path) -> PathBuf {
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

/// `target` relative to `base` (both absolute and normalized).
fn relative_path(base: &Path, target: &Path) -> Option<PathBuf> {
    if base.is_absolute() != target.is_absolute() {
        return None;
    }
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
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_to_the_calling_file() {
        let ctx = Context {
            manifest_dir: PathBuf::from("/w/app"),
            call_file: Some(PathBuf::from("/w/app/src/errors/mod.rs")),
            inline_markdown: false,
        };
        assert_eq!(
            ctx.path_literal(Path::new("docs/errors/a.md")),
            "../../docs/errors/a.md"
        );
        assert_eq!(
            ctx.path_literal(Path::new("/w/shared/x.md")),
            "../../../shared/x.md"
        );
        let ctx = Context {
            call_file: None,
            ..ctx
        };
        assert_eq!(ctx.path_literal(Path::new("docs/a.md")), "/w/app/docs/a.md");
    }
}
