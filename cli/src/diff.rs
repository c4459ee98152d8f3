//! `errdocs diff OLD NEW`: the changes between two catalogs, each a docs folder, an
//! `errdocs export --format json` file or `git:REV[:PATH]`, with a level each; the exit
//! code says whether a change at `--fail-on` or above was found.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use errdocs_catalog::evolve::Snapshot;
use errdocs_catalog::evolve::diff::{Change, Level, diff};

use crate::output::{fail, plural, report};
use crate::{DiffFormat, FailOn};

/// What `errdocs diff` exits with when a side cannot be read (1 means "changes found").
const UNREADABLE: u8 = 2;

/// Runs `errdocs diff`.
pub(crate) fn run(
    old: &str,
    new: Option<&str>,
    format: DiffFormat,
    fail_on: FailOn,
    changelog: bool,
) -> ExitCode {
    let new_spec = new.map_or_else(default_folder, str::to_owned);
    // A git side without a path reads the other side's folder at that revision.
    let (old_side, new_side) = match (Side::parse(old, &new_spec), Side::parse(&new_spec, old)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return unreadable(&e),
    };
    // Both sides are read at once: a load parses pages on all cores, but its folder walk,
    // reads and cross-page checks run on one, so two loads side by side overlap them.
    let (old_loaded, new_loaded) = std::thread::scope(|scope| {
        let old = scope.spawn(|| old_side.load());
        let new = new_side.load();
        let old = old.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        (old, new)
    });
    let (old_snap, new_snap) = match (old_loaded, new_loaded) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            report(&e.diags);
            return unreadable(&e.message);
        }
    };
    let changes = diff(&old_snap, &new_snap);
    let names = (old_side.name(), new_side.name());
    let out = if changelog {
        changelog_section(&changes)
    } else {
        match format {
            DiffFormat::Text => text(&changes, &names),
            DiffFormat::Json => json(&changes, &names),
            DiffFormat::Markdown => markdown(&changes, &names),
            DiffFormat::Github => github(&changes),
        }
    };
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    let worst = changes.iter().map(|c| c.level).max();
    let failed = match fail_on {
        FailOn::Breaking => worst == Some(Level::Breaking),
        FailOn::Warning => worst >= Some(Level::Warning),
        FailOn::Never => false,
    };
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn unreadable(message: &str) -> ExitCode {
    let _ = fail(message);
    ExitCode::from(UNREADABLE)
}

/// The docs folder of the `errdocs.toml` in force, as the other commands find it.
fn default_folder() -> String {
    crate::catalog::resolve(None, None)
        .map(|r| r.found.display_root)
        .unwrap_or_else(|_| errdocs_catalog::DEFAULT_DOCS.to_owned())
}

/// One side of the comparison.
enum Side {
    /// A docs folder.
    Folder(PathBuf),
    /// An exported JSON file.
    Json(PathBuf),
    /// A folder at a git revision: the revision and the folder, relative to the working
    /// directory.
    Git { rev: String, path: String },
}

/// A side that could not be read: the message, and the catalog's diagnostics if any.
struct Unreadable {
    message: String,
    diags: Vec<errdocs_catalog::Diagnostic>,
}

impl Unreadable {
    fn new(message: String) -> Unreadable {
        Unreadable {
            message,
            diags: Vec::new(),
        }
    }
}

impl Side {
    /// `spec` as a side; `other` is the other side's spec, whose folder a bare
    /// `git:REV` reads.
    fn parse(spec: &str, other: &str) -> Result<Side, String> {
        if let Some(rest) = spec.strip_prefix("git:") {
            let (rev, path) = match rest.split_once(':') {
                Some((rev, path)) => (rev, path.to_owned()),
                None if !other.starts_with("git:") && !other.ends_with(".json") => {
                    (rest, other.to_owned())
                }
                None => (rest, default_folder()),
            };
            if rev.is_empty() || rev.starts_with('-') {
                return Err(format!(
                    "`{spec}` names no git revision: write `git:REV[:PATH]`"
                ));
            }
            let path = path.trim_end_matches('/').to_owned();
            return Ok(Side::Git {
                rev: rev.to_owned(),
                path: if path.is_empty() { ".".into() } else { path },
            });
        }
        let path = PathBuf::from(spec);
        if path.is_file() && spec.ends_with(".json") {
            Ok(Side::Json(path))
        } else if path.is_dir() {
            Ok(Side::Folder(path))
        } else {
            Err(format!(
                "`{spec}` is neither a docs folder, an exported JSON file nor `git:REV[:PATH]`"
            ))
        }
    }

    /// How the side is named in reports.
    fn name(&self) -> String {
        match self {
            Side::Folder(p) | Side::Json(p) => crate::catalog::display(p),
            Side::Git { rev, path } => format!("{rev}:{path}"),
        }
    }

    fn load(&self) -> Result<Snapshot, Unreadable> {
        match self {
            Side::Folder(dir) => {
                let resolved =
                    crate::catalog::resolve(Some(dir.clone()), None).map_err(|diags| {
                        Unreadable {
                            message: format!("cannot read {}", self.name()),
                            diags,
                        }
                    })?;
                errdocs_catalog::load_resolved_without_lock(&resolved.found)
                    .map(snapshot)
                    .map_err(|diags| Unreadable {
                        message: format!("{} has errors; run `errdocs check` on it", self.name()),
                        diags,
                    })
            }
            Side::Json(file) => {
                let shown = crate::catalog::display(file);
                let text = std::fs::read_to_string(file)
                    .map_err(|e| Unreadable::new(format!("cannot read {shown}: {e}")))?;
                Snapshot::from_export_json(&shown, &text).map_err(|d| Unreadable {
                    message: format!("cannot compare {shown}"),
                    diags: vec![d],
                })
            }
            Side::Git { rev, path } => git_snapshot(rev, path),
        }
    }
}

/// Runs `git ARGS` (with `input` on its standard input) and returns its output.
fn git(args: &[&str], input: Option<&[u8]>) -> Result<Vec<u8>, Unreadable> {
    let mut child = Command::new("git")
        .args(args)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Unreadable::new(format!("cannot run `git`: {e}")))?;
    if let (Some(input), Some(mut stdin)) = (input, child.stdin.take()) {
        let input = input.to_vec();
        std::thread::spawn(move || stdin.write_all(&input));
    }
    let out = child
        .wait_with_output()
        .map_err(|e| Unreadable::new(format!("cannot run `git`: {e}")))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(Unreadable::new(format!(
            "`git {}` failed: {}",
            args.join(" "),
            err.trim()
        )));
    }
    Ok(out.stdout)
}

/// The catalog in `path` at revision `rev`: its pages are read with `git ls-tree` and
/// `git cat-file` into a temporary folder (the work tree and index are not touched), with
/// the `errdocs.toml` of that revision when it has one at the same place.
fn git_snapshot(rev: &str, path: &str) -> Result<Snapshot, Unreadable> {
    // The folder's path from the repository's root, as `ls-tree --full-name` prints it.
    let prefix = String::from_utf8_lossy(&git(&["rev-parse", "--show-prefix"], None)?)
        .trim()
        .to_owned();
    let full = repo_path(&prefix, path);
    let pathspec = if full.is_empty() { "." } else { full.as_str() };
    let listing = git(
        &[
            "ls-tree",
            "-r",
            "-z",
            "--full-tree",
            "--full-name",
            rev,
            "--",
            pathspec,
        ],
        None,
    )?;
    let mut files = Vec::new();
    for record in listing.split(|&b| b == 0).filter(|r| !r.is_empty()) {
        let record = String::from_utf8_lossy(record);
        let Some((meta, name)) = record.split_once('\t') else {
            continue;
        };
        let mut meta = meta.split(' ');
        let (mode, kind, oid) = (meta.next(), meta.next(), meta.next());
        let rel = if full.is_empty() {
            Some(name)
        } else {
            name.strip_prefix(&format!("{full}/"))
        };
        if let (Some("100644" | "100755"), Some("blob"), Some(oid), Some(rel)) =
            (mode, kind, oid, rel)
        {
            files.push((oid.to_owned(), rel.to_owned()));
        }
    }
    if files.is_empty() {
        return Err(Unreadable::new(format!(
            "{rev}:{path} holds no files (is `{path}` the docs folder at that revision?)"
        )));
    }
    let folder = Path::new(path)
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .or_else(|| {
            Path::new(path)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
        })
        .unwrap_or_else(|| "errors".into());
    let temp = TempDir::new()?;
    let root = temp.0.join(&folder);
    let batch: String = files.iter().map(|(oid, _)| format!("{oid}\n")).collect();
    let blobs = git(&["cat-file", "--batch"], Some(batch.as_bytes()))?;
    let mut rest = &blobs[..];
    for (_, rel) in &files {
        let header_end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let header = String::from_utf8_lossy(&rest[..header_end]).into_owned();
        let size: usize = header
            .rsplit(' ')
            .next()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| {
                Unreadable::new(format!("unexpected `git cat-file` output: {header}"))
            })?;
        let body = rest
            .get(header_end + 1..header_end + 1 + size)
            .unwrap_or_default();
        let target = root.join(rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| Unreadable::new(format!("cannot write a temporary file: {e}")))?;
        }
        std::fs::write(&target, body)
            .map_err(|e| Unreadable::new(format!("cannot write a temporary file: {e}")))?;
        rest = rest.get(header_end + 2 + size..).unwrap_or_default();
    }
    let config = git_config(rev, path, &prefix);
    let shown = format!("{rev}:{path}");
    let catalog = errdocs_catalog::load_catalog_named(&root, &shown, &config).map_err(|diags| {
        Unreadable {
            message: format!("{shown} has errors"),
            diags,
        }
    })?;
    Ok(snapshot(catalog))
}

/// The snapshot of a loaded catalog. The catalog itself is not freed: the process ends
/// once the two snapshots are compared, and freeing a large catalog's many small strings
/// would cost more than the comparison (the operating system takes the memory back at once).
fn snapshot(catalog: errdocs_catalog::Catalog) -> Snapshot {
    let snapshot = Snapshot::of(&catalog);
    std::mem::forget(catalog);
    snapshot
}

/// The settings for `path` at `rev`: the `errdocs.toml` found for the folder today, as it
/// was at `rev`; else today's settings.
fn git_config(rev: &str, path: &str, prefix: &str) -> errdocs_catalog::Config {
    let today = crate::catalog::resolve(Some(PathBuf::from(path)), None).ok();
    let Some(today) = today else {
        return errdocs_catalog::Config::default();
    };
    let config_file = today
        .found
        .config_path
        .as_ref()
        .map(|p| crate::catalog::display(&errdocs_catalog::relative_to_cwd(p)));
    let then = config_file.and_then(|file| {
        let spec = format!("{rev}:{}", repo_path(prefix, &file));
        let text = git(&["cat-file", "blob", &spec], None).ok()?;
        errdocs_catalog::Config::from_toml_str(&spec, &String::from_utf8_lossy(&text)).ok()
    });
    then.unwrap_or(today.config)
}

/// `path` (relative to the working directory) from the repository's root, given the
/// working directory's `prefix` there (`git rev-parse --show-prefix`).
fn repo_path(prefix: &str, path: &str) -> String {
    errdocs_catalog::path_segments(&format!("{prefix}/{path}")).join("/")
}

/// A temporary folder of this process, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir, Unreadable> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("errdocs-diff-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)
            .map_err(|e| Unreadable::new(format!("cannot create a temporary folder: {e}")))?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// How many changes of each level.
fn counts(changes: &[Change]) -> [usize; 3] {
    let n = |l: Level| changes.iter().filter(|c| c.level == l).count();
    [n(Level::Breaking), n(Level::Warning), n(Level::Info)]
}

fn location(at: Option<&errdocs_catalog::evolve::diff::At>) -> Option<String> {
    at.map(errdocs_catalog::evolve::diff::At::location)
}

/// rustc-style: each change with the new side's and the old side's `path:line`, then a
/// summary line.
fn text(changes: &[Change], names: &(String, String)) -> String {
    let mut out = String::new();
    for c in changes {
        out.push_str(&format!(
            "{}[{}]: {}\n",
            c.level.name(),
            c.kind.name(),
            c.message
        ));
        if let Some(new) = location(c.new.as_ref()) {
            out.push_str(&format!("  --> {new}\n"));
        }
        if let Some(old) = location(c.old.as_ref()) {
            out.push_str(&format!("   = was: {old}\n"));
        }
        out.push('\n');
    }
    let [breaking, warnings, info] = counts(changes);
    out.push_str(&format!(
        "{} → {}: {breaking} breaking change{}, {warnings} warning{}, {info} info\n",
        names.0,
        names.1,
        plural(breaking),
        plural(warnings)
    ));
    out
}

fn json(changes: &[Change], names: &(String, String)) -> String {
    let [breaking, warnings, info] = counts(changes);
    let report = serde_json::json!({
        "old": names.0,
        "new": names.1,
        "breaking": breaking,
        "warnings": warnings,
        "info": info,
        "changes": changes,
    });
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_default();
    out.push('\n');
    out
}

/// A cell's text with `|` escaped and no line breaks.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn markdown(changes: &[Change], names: &(String, String)) -> String {
    let [breaking, warnings, info] = counts(changes);
    let mut out = format!(
        "### Error catalog: {breaking} breaking change{}, {warnings} warning{}, {info} info\n\n`{}` → `{}`\n\n",
        plural(breaking),
        plural(warnings),
        names.0,
        names.1
    );
    if changes.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    out.push_str("| level | code | change | where |\n| --- | --- | --- | --- |\n");
    for c in changes {
        let place = location(c.new.as_ref().or(c.old.as_ref())).unwrap_or_default();
        out.push_str(&format!(
            "| {} | `{}` | {} | `{}` |\n",
            if c.level == Level::Breaking {
                "**breaking**".to_owned()
            } else {
                c.level.name().to_owned()
            },
            c.code,
            cell(&c.message),
            cell(&place)
        ));
    }
    out
}

fn github(changes: &[Change]) -> String {
    changes
        .iter()
        .map(|c| {
            let level = match c.level {
                Level::Breaking => "error",
                Level::Warning => "warning",
                Level::Info => "notice",
            };
            let title = format!("errdocs diff: {} ({})", c.level.name(), c.kind.name());
            let mut message = c.message.clone();
            if let Some(old) = location(c.old.as_ref()) {
                message.push_str(&format!("\nwas: {old}"));
            }
            match &c.new {
                Some(at) => {
                    crate::github::annotation(level, &at.path, at.line, 0, &title, &message)
                }
                None => crate::github::annotation(level, "", 0, 0, &title, &message),
            }
        })
        .collect()
}

/// The changes as a markdown section for release notes, most severe first.
fn changelog_section(changes: &[Change]) -> String {
    let mut out = String::from("## Error codes\n");
    if changes.is_empty() {
        out.push_str("\nNo changes.\n");
        return out;
    }
    for (level, heading) in [
        (Level::Breaking, "Breaking changes"),
        (Level::Warning, "Deprecations and moved pages"),
        (Level::Info, "Other changes"),
    ] {
        let items: Vec<&Change> = changes.iter().filter(|c| c.level == level).collect();
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!("\n### {heading}\n\n"));
        for c in items {
            out.push_str(&format!("- {}\n", capitalized(&c.message)));
        }
    }
    out
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repo_paths_from_the_working_directory() {
        assert_eq!(repo_path("", "docs/errors"), "docs/errors");
        assert_eq!(repo_path("sub/", "../docs/errors/"), "docs/errors");
        assert_eq!(repo_path("a/b/", "./x"), "a/b/x");
        assert_eq!(repo_path("", "."), "");
    }
}
