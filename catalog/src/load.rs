//! Loading a docs folder: find the pages, parse each, then run the cross-page checks.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use crate::model::{Catalog, Page};
use crate::parse::{PageSource, parse_page_with};
use crate::url::{LinkTarget, UrlSpace};
use crate::{Config, Diagnostic};

/// Loads, parses and validates every page under `dir` with `config`.
///
/// All problems are collected: the error holds every diagnostic of every page.
///
/// ```
/// let config = errdocs_catalog::Config {
///     doc_url: Some("https://docs.lasscyber.com/errors/{slug}".into()),
///     ..Default::default()
/// };
/// let catalog = errdocs_catalog::load_catalog("../docs/errors", &config).unwrap();
/// let page = catalog.page("unauthorized").unwrap();
/// assert_eq!(page.related, ["forbidden"]);
/// ```
pub fn load_catalog(dir: impl AsRef<Path>, config: &Config) -> Result<Catalog, Vec<Diagnostic>> {
    let dir = dir.as_ref();
    load_catalog_named(dir, &display(dir), config)
}

/// Like [`load_catalog`], but diagnostics name the folder `shown` (e.g. a path relative to
/// the crate, while `dir` is absolute).
pub fn load_catalog_named(
    dir: &Path,
    shown: &str,
    config: &Config,
) -> Result<Catalog, Vec<Diagnostic>> {
    let shown_root = display(Path::new(shown));
    let folder = crate::resolve::folder_name(dir);
    let mut diags = Vec::new();
    let files = match find_pages(dir, &shown_root, &mut diags) {
        Some(files) => files,
        None => return Err(diags),
    };
    let mut inputs = Vec::new();
    let mut sources = Vec::new();
    for rel in &files {
        let path = dir.join(rel);
        let shown = format!("{shown_root}/{rel}");
        inputs.push(path.clone());
        if let Some(text) = read_page(&path, &shown, &mut diags) {
            sources.push((rel.clone(), text));
        }
    }
    if files.is_empty() && diags.is_empty() {
        diags.push(
            Diagnostic::at_path(&shown_root, "no error pages found")
                .help("a catalog needs at least one `.md` or `.mdx` page; check the folder's path"),
        );
    }
    inputs.sort();
    build_catalog(dir, &shown_root, &folder, sources, config, diags, inputs)
}

/// Parses and validates pages given in memory: `(path relative to the docs folder, text)`.
/// The folder is named `errors` (for default doc URLs) and shown as `docs/errors`.
///
/// ```
/// let config = errdocs_catalog::Config::default();
/// let pages = [
///     ("gone.md", "# gone\n\n> HTTP 410 — gone for good.\n\n| | |\n|-|-|\n| **HTTP status** | `410 Gone` |\n| **Retry?** | No |\n\n## Related\n\n* [teapot](/errors/teapot)\n"),
/// ];
/// let err = errdocs_catalog::load_catalog_from_pages(&pages, &config).unwrap_err();
/// assert_eq!(err[0].message, "link to `/errors/teapot` names no page of the catalog");
/// ```
pub fn load_catalog_from_pages(
    pages: &[(&str, &str)],
    config: &Config,
) -> Result<Catalog, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    if pages.is_empty() {
        diags.push(Diagnostic::at_path("docs/errors", "no error pages found"));
    }
    let sources = pages
        .iter()
        .map(|(rel, text)| ((*rel).to_owned(), (*text).to_owned()))
        .collect();
    build_catalog(
        Path::new("docs/errors"),
        "docs/errors",
        "errors",
        sources,
        config,
        diags,
        Vec::new(),
    )
}

/// Below this many pages one thread parses them all: threads would cost more than they save.
const PARALLEL_FROM: usize = 64;

/// Parses every page, on all cores for large catalogs; results keep the pages' order, so
/// the output does not depend on the number of threads.
fn parse_all(
    shown_root: &str,
    sources: Vec<(String, String)>,
    config: &Config,
    folder: &str,
) -> Vec<(String, Result<Page, Vec<Diagnostic>>)> {
    let parse_one = |(rel, text): (String, String)| {
        let shown = format!("{shown_root}/{rel}");
        let slug = rel
            .strip_suffix(".mdx")
            .or_else(|| rel.strip_suffix(".md"))
            .unwrap_or(&rel);
        let source = PageSource {
            display_path: &shown,
            source_path: &rel,
            slug,
        };
        let result = parse_page_with(&source, text, config, folder);
        (slug.to_owned(), result)
    };
    // `ERRDOCS_THREADS=1` parses on one thread (to measure, or on a busy build machine).
    let threads = std::env::var("ERRDOCS_THREADS")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, 8);
    if threads < 2 || sources.len() < PARALLEL_FROM {
        return sources.into_iter().map(parse_one).collect();
    }
    let chunk = sources.len().div_ceil(threads);
    let mut sources = sources.into_iter();
    let chunks: Vec<Vec<(String, String)>> = (0..threads)
        .map(|_| sources.by_ref().take(chunk).collect())
        .collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| scope.spawn(move || chunk.into_iter().map(parse_one).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            // A panic in a parser thread is a bug; re-raise it rather than lose pages.
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Parses every page, then runs the cross-page checks.
fn build_catalog(
    dir: &Path,
    shown_root: &str,
    folder: &str,
    sources: Vec<(String, String)>,
    config: &Config,
    mut diags: Vec<Diagnostic>,
    inputs: Vec<std::path::PathBuf>,
) -> Result<Catalog, Vec<Diagnostic>> {
    let mut pages = Vec::new();
    let mut failed = Vec::new();
    for (slug, result) in parse_all(shown_root, sources, config, folder) {
        match result {
            Ok(page) => pages.push(page),
            Err(page_diags) => {
                diags.extend(page_diags);
                failed.push(slug);
            }
        }
    }
    check_unique_codes(&pages, &mut diags);
    check_links(&mut pages, &failed, config, folder, &mut diags);
    pages.sort_by(|a, b| a.code.cmp(&b.code));
    let (errors, warnings): (Vec<_>, Vec<_>) = diags.into_iter().partition(Diagnostic::is_error);
    if !errors.is_empty() {
        return Err(errors.into_iter().chain(warnings).collect());
    }
    Ok(Catalog {
        root: dir.to_path_buf(),
        display_root: shown_root.to_owned(),
        folder_name: folder.to_owned(),
        config: config.clone(),
        pages,
        inputs,
        warnings,
    })
}

/// Loads the catalog in `dir` with the `errdocs.toml` of `dir` or its nearest ancestor.
///
/// ```
/// let catalog = errdocs_catalog::load("../docs/errors").unwrap();
/// assert_eq!(
///     catalog.page("unauthorized").unwrap().doc_url,
///     "https://docs.lasscyber.com/errors/unauthorized"
/// );
/// ```
pub fn load(dir: impl AsRef<Path>) -> Result<Catalog, Vec<Diagnostic>> {
    let source = crate::Source::new("").docs(dir.as_ref());
    crate::load_resolved(&crate::resolve(&source)?)
}

fn display(path: &Path) -> String {
    crate::resolve::trimmed(crate::display_path(path))
}

/// Every page under `dir`, as `/`-separated paths relative to it, sorted.
fn find_pages(dir: &Path, shown_root: &str, diags: &mut Vec<Diagnostic>) -> Option<Vec<String>> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            diags.push(
                Diagnostic::at_path(shown_root, "the docs folder is not a folder")
                    .help("pass the folder that holds the error pages"),
            );
            return None;
        }
        Err(e) => {
            diags.push(Diagnostic::at_path(shown_root, format!("cannot open the docs folder: {}", io_reason(&e)))
                .help("check the folder's path (the `docs` setting of `errdocs.toml`, or the path given)"));
            return None;
        }
    }
    let mut pages = Vec::new();
    let mut visited = HashSet::new();
    let mut stack = vec![String::new()];
    while let Some(rel) = stack.pop() {
        let path = if rel.is_empty() {
            dir.to_path_buf()
        } else {
            dir.join(&rel)
        };
        let shown = if rel.is_empty() {
            shown_root.to_owned()
        } else {
            format!("{shown_root}/{rel}")
        };
        if let Ok(real) = path.canonicalize()
            && !visited.insert(real)
        {
            diags.push(
                Diagnostic::at_path(&shown, "this folder links back to a folder already read")
                    .warning()
                    .help("remove the symbolic link loop"),
            );
            continue;
        }
        let entries = match std::fs::read_dir(&path) {
            Ok(entries) => entries,
            Err(e) => {
                diags.push(Diagnostic::at_path(
                    &shown,
                    format!("cannot read the folder: {}", io_reason(&e)),
                ));
                continue;
            }
        };
        let mut names: Vec<(String, PathBuf, Option<std::fs::FileType>)> = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                let lossy = name.to_string_lossy();
                diags.push(
                    Diagnostic::at_path(format!("{shown}/{lossy}"), "file name is not valid UTF-8")
                        .help("rename the file: a page's path becomes its URL"),
                );
                continue;
            };
            if name.starts_with('.') || name.starts_with('_') {
                continue;
            }
            names.push((name.to_owned(), entry.path(), entry.file_type().ok()));
        }
        names.sort_by(|a, b| a.0.cmp(&b.0));
        // Pushed in reverse so that the stack pops folders in sorted order.
        let mut subdirs = Vec::new();
        for (name, full, file_type) in names {
            let child = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            let is_page = name.ends_with(".md") || name.ends_with(".mdx");
            // The directory entry's type needs no system call; only links are followed.
            let kind = match file_type {
                Some(t) if !t.is_symlink() => Ok((t.is_dir(), t.is_file())),
                _ => std::fs::metadata(&full).map(|m| (m.is_dir(), m.is_file())),
            };
            match kind {
                Ok((true, _)) => {
                    if is_page {
                        diags.push(
                            Diagnostic::at_path(
                                format!("{shown_root}/{child}"),
                                "this page is a folder, not a file",
                            )
                            .help("rename the folder, or move its pages up"),
                        );
                    } else {
                        subdirs.push(child);
                    }
                }
                _ if !is_page || name.eq_ignore_ascii_case("README.md") => {}
                // A FIFO or device would block or never end when read.
                Ok((_, false)) => diags.push(
                    Diagnostic::at_path(
                        format!("{shown_root}/{child}"),
                        "this page is not a regular file",
                    )
                    .help("replace it with a markdown file"),
                ),
                // A dangling link or an unreadable entry is reported when it is read.
                _ => pages.push(child),
            }
        }
        stack.extend(subdirs.into_iter().rev());
    }
    pages.sort();
    Some(pages)
}

/// A short, platform-independent reason for an I/O error.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "it does not exist".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

fn read_page(path: &Path, shown: &str, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            diags.push(Diagnostic::at_path(
                shown,
                format!("cannot read the page: {}", io_reason(&e)),
            ));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let at = lossy.len().min(at);
            diags.push(
                Diagnostic::at_span(shown, &lossy, at..at + 1, "the page is not valid UTF-8")
                    .label("invalid byte here")
                    .help("save the page as UTF-8"),
            );
            None
        }
    }
}

/// Two pages must not claim one code: the generated enum could not tell them apart.
fn check_unique_codes(pages: &[Page], diags: &mut Vec<Diagnostic>) {
    let mut first: BTreeMap<&str, &Page> = BTreeMap::new();
    for page in pages {
        match first.get(page.code.as_str()) {
            Some(other) => {
                let other_at = Diagnostic::at_span(
                    &other.display_path,
                    &other.markdown,
                    other.spans.code.clone(),
                    "",
                );
                diags.push(
                    Diagnostic::at_span(
                        &page.display_path,
                        &page.markdown,
                        page.spans.code.clone(),
                        format!("code `{}` is used by two pages", page.code),
                    )
                    .label(format!("also used by {}", other_at.location()))
                    .help("give each page its own code"),
                );
            }
            None => {
                first.insert(&page.code, page);
            }
        }
    }
}

/// Every link into the catalog's URL space must name a page; `related` lists their codes.
///
/// `failed` holds the slugs of pages that did not parse: they exist, and their own errors
/// are reported already, so links to them are not reported again.
fn check_links(
    pages: &mut [Page],
    failed: &[String],
    config: &Config,
    folder: &str,
    diags: &mut Vec<Diagnostic>,
) {
    let space = UrlSpace::new(config, folder);
    let keys: BTreeMap<String, String> = pages
        .iter()
        .map(|p| {
            let key = if space.by_code {
                p.code.clone()
            } else {
                p.slug.clone()
            };
            (key, p.code.clone())
        })
        .collect();
    for page in pages.iter_mut() {
        let mut related = Vec::new();
        for link in &mut page.links {
            let LinkTarget::Page(target) = space.resolve(&link.dest, &page.slug) else {
                continue;
            };
            match keys.get(&target) {
                Some(code) => {
                    if link.section == "related" && !related.contains(code) {
                        related.push(code.clone());
                    }
                    link.target = Some(target);
                }
                None if !space.by_code && failed.contains(&target) => link.target = Some(target),
                None => {
                    let help = match crate::suggest(&target, keys.keys().map(String::as_str)) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => "create the page, or fix the link".to_owned(),
                    };
                    diags.push(
                        Diagnostic::at_span(
                            &page.display_path,
                            &page.markdown,
                            link.span.clone(),
                            format!("link to `{}` names no page of the catalog", link.dest),
                        )
                        .label(format!("no page `{target}`"))
                        .help(help),
                    );
                }
            }
        }
        page.related = related;
    }
}
