//! Where an expansion runs: the crate's folder, the calling file, and the catalog it reads.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use errdocs_catalog::{Catalog, Diagnostic, Resolved, Source, normalize, relative_to, resolve};

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
        let manifest_dir = manifest_dir();
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
            .and_then(|base| relative_to(base, &absolute));
        relative
            .unwrap_or(absolute)
            .to_string_lossy()
            .replace('\\', "/")
    }

    /// Loads the catalog at `docs` (relative to the crate), or the configured one, as
    /// [`errdocs_catalog::resolve`] finds it for every tool.
    pub(crate) fn load(&self, docs: Option<&str>) -> Result<Arc<Catalog>, Vec<Diagnostic>> {
        let mut source = Source::new(&self.manifest_dir);
        source.docs = docs.map(PathBuf::from);
        cached_load(&resolve(&source)?)
    }
}

/// The crate being compiled (`CARGO_MANIFEST_DIR`), else the working directory.
pub(crate) fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default()
}

type Fingerprint = Vec<(PathBuf, Option<SystemTime>, u64)>;
type CacheKey = String;
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

fn cached_load(resolved: &Resolved) -> Result<Arc<Catalog>, Vec<Diagnostic>> {
    let key = format!("{resolved:?}");
    if let Ok(guard) = CACHE.lock()
        && let Some((print, catalog)) = guard.as_ref().and_then(|m| m.get(&key))
        && *print == fingerprint(&catalog.inputs)
    {
        return Ok(Arc::clone(catalog));
    }
    let catalog = Arc::new(errdocs_catalog::load_resolved(resolved)?);
    if let Ok(mut guard) = CACHE.lock() {
        let print = fingerprint(&catalog.inputs);
        guard
            .get_or_insert_with(HashMap::new)
            .insert(key, (print, Arc::clone(&catalog)));
    }
    Ok(catalog)
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
