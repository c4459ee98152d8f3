//! Loading a docs folder: find the pages, parse each, then run the cross-page checks.

mod check;
mod entries;
pub(crate) mod fs;
#[cfg(test)]
mod tests;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::model::{Catalog, Page};
use crate::parse::{PageSource, parse_page_unnamed};
use crate::{Config, Diagnostic};

pub use check::{
    IdentifierClash, MAX_DIAGNOSTICS_PER_RUN, identifier_clash, identifier_key, variant_name,
};
pub use entries::{explained_markdown, is_other_style};
use fs::{find_pages, read_page, too_large};

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
    let files = match find_pages(dir, &shown_root, &config.read, &mut diags) {
        Some(files) => files,
        None => return Err(diags),
    };
    let found_none = files.is_empty();
    // The inputs are kept in `Path` order; the folder walk usually yields it already.
    let in_path_order = files.windows(2).all(|w| names_in_path_order(&w[0], &w[1]));
    let mut inputs = Vec::with_capacity(files.len());
    let mut sources = Vec::with_capacity(files.len());
    for rel in files {
        // `dir.join(rel)`, made at its final length.
        let mut path = PathBuf::with_capacity(dir.as_os_str().len() + 1 + rel.len());
        path.push(dir);
        path.push(&rel);
        inputs.push(path.clone());
        // Read where it is parsed: on the parsing threads for a large catalog.
        sources.push((rel, PageInput::File(path)));
    }
    if found_none && diags.is_empty() {
        diags.push(
            Diagnostic::at_path(&shown_root, "no error pages found")
                .help("a catalog needs at least one `.md` or `.mdx` page; check the folder's path"),
        );
    }
    if !in_path_order {
        inputs.sort();
    }
    build_catalog(dir, &shown_root, &folder, sources, config, diags, inputs)
}

/// Whether `dir.join(a)` comes no later than `dir.join(b)` in `Path` order, for paths relative to
/// the docs folder as its walk names them: names joined by `/`, none empty, `.` or `..`.
/// `Path` compares component by component, so a `/` sorts before any byte of a name
/// (`a/b.md` before `a.md`, where the strings' own order is the reverse); comparing the
/// strings so costs a tenth of comparing the paths.
fn names_in_path_order(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    match (a.get(common), b.get(common)) {
        (Some(&x), Some(&y)) => {
            let rank = |c: u8| if c == b'/' { 0 } else { u16::from(c) + 1 };
            rank(x) < rank(y)
        }
        // One is a prefix of the other (or both are equal): the shorter comes first.
        (None, _) => true,
        (Some(_), None) => false,
    }
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
    let mut sources = Vec::new();
    for (rel, text) in pages {
        if text.len() as u64 > config.max_page_bytes {
            let shown = format!("docs/errors/{rel}");
            diags.push(too_large(&shown, text.len() as u64, config.max_page_bytes));
        } else {
            sources.push(((*rel).to_owned(), PageInput::Text((*text).to_owned())));
        }
    }
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
pub(super) const PARALLEL_FROM: usize = 64;

/// How many threads parse and check a large catalog: `ERRDOCS_THREADS`, else the cores, at
/// most 8. `ERRDOCS_THREADS=1` uses one thread (to measure, or on a busy build machine).
pub(crate) fn threads() -> usize {
    std::env::var("ERRDOCS_THREADS")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, 8)
}

/// A page to parse: its text, or the file that holds it.
enum PageInput {
    Text(String),
    File(std::path::PathBuf),
}

/// What reading and parsing one file gave: its slug if it failed to parse, its pages, the
/// problems of reading it and those of parsing it.
type Parsed = (Option<String>, FilePages, Vec<Diagnostic>, Vec<Diagnostic>);

/// The pages of one file: a house-style page is one, a page in another style holds entries.
// The large variant is the usual one; boxing it would be the allocation this type avoids.
#[allow(clippy::large_enum_variant)]
enum FilePages {
    /// One page, kept out of a vector (a file is one page as a rule).
    One(Page),
    Entries(Vec<Page>),
}

/// Reads and parses every page, on all cores for large catalogs, and gives each file's
/// result to `sink` in the pages' order, so the output does not depend on the number of
/// threads.
fn parse_all(
    shown_root: &str,
    sources: Vec<(String, PageInput)>,
    config: &Config,
    folder: &str,
    sink: impl FnMut(Parsed),
) {
    let parse_one = |(rel, input): (String, PageInput)| -> Parsed {
        // Written in one piece: `format!` would grow the string as it writes.
        let mut shown = String::with_capacity(shown_root.len() + 1 + rel.len());
        shown.push_str(shown_root);
        shown.push('/');
        shown.push_str(&rel);
        let slug = config.read.strip_extension(&rel);
        let text = match input {
            PageInput::Text(text) => text,
            PageInput::File(path) => {
                let mut unread = Vec::new();
                match read_page(&path, &shown, config.max_page_bytes, &mut unread) {
                    Some(text) => text,
                    None => return (None, FilePages::Entries(Vec::new()), unread, Vec::new()),
                }
            }
        };
        let source = PageSource {
            display_path: &shown,
            source_path: &rel,
            slug,
        };
        // Only a catalog with `[read]` rules reads a page the house style rejects again.
        let other_style = (config.read != crate::ReadSettings::default()).then(|| text.clone());
        let parsed = parse_page_unnamed(&source, text, config, folder);
        let (pages, diags) = match (parsed, other_style) {
            (Ok(mut page), _) => {
                // The names are moved into the page, not copied.
                page.display_path = shown;
                page.source_path = rel;
                return (None, FilePages::One(page), Vec::new(), Vec::new());
            }
            (Err(strict), Some(text)) => {
                entries::entry_pages(&source, &text, config, folder, strict)
            }
            (Err(strict), None) => (Vec::new(), strict),
        };
        let failed = diags
            .iter()
            .any(Diagnostic::is_error)
            .then(|| slug.to_owned());
        (failed, FilePages::Entries(pages), Vec::new(), diags)
    };
    in_order_each(sources, parse_one, sink);
}

/// `f` of every item, on all cores above [`PARALLEL_FROM`] items (in contiguous chunks, one
/// per thread), in the items' order: the result does not depend on the number of threads.
pub(crate) fn in_order<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let mut results = Vec::with_capacity(items.len());
    in_order_each(items, f, |r| results.push(r));
    results
}

/// [`in_order`], each result given to `sink` in the items' order instead of collected: on one
/// thread each goes to `sink` as it is made, so no list of them is ever kept (a list of
/// parsed pages would hold every page twice at its peak, touching memory the pages' own
/// list touches again).
pub(crate) fn in_order_each<T: Send, R: Send>(
    items: Vec<T>,
    f: impl Fn(T) -> R + Sync,
    sink: impl FnMut(R),
) {
    in_order_on(threads(), items, f, sink);
}

/// [`in_order_each`] on `threads` threads.
fn in_order_on<T: Send, R: Send>(
    threads: usize,
    items: Vec<T>,
    f: impl Fn(T) -> R + Sync,
    mut sink: impl FnMut(R),
) {
    if threads < 2 || items.len() < PARALLEL_FROM {
        items.into_iter().map(f).for_each(sink);
        return;
    }
    let chunk = items.len().div_ceil(threads);
    let mut items = items.into_iter();
    let chunks: Vec<Vec<T>> = (0..threads)
        .map(|_| items.by_ref().take(chunk).collect())
        .collect();
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| scope.spawn(move || chunk.into_iter().map(f).collect::<Vec<_>>()))
            .collect();
        for handle in handles {
            // A panic in a worker thread is a bug; re-raise it rather than lose pages.
            let results = handle
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            results.into_iter().for_each(&mut sink);
        }
    });
}

/// Parses every page, then runs the cross-page checks.
fn build_catalog(
    dir: &Path,
    shown_root: &str,
    folder: &str,
    sources: Vec<(String, PageInput)>,
    config: &Config,
    mut diags: Vec<Diagnostic>,
    inputs: Vec<std::path::PathBuf>,
) -> Result<Catalog, Vec<Diagnostic>> {
    // A page a file, mostly: the pages are not moved again as the list grows.
    let mut pages = Vec::with_capacity(sources.len());
    let mut failed = HashSet::new();
    // Every file's reading problems come before any page's parsing problems.
    let mut parse_diags = Vec::new();
    parse_all(
        shown_root,
        sources,
        config,
        folder,
        |(failed_slug, file_pages, read_diags, page_diags)| {
            diags.extend(read_diags);
            failed.extend(failed_slug);
            match file_pages {
                FilePages::One(page) => pages.push(page),
                FilePages::Entries(entries) => pages.extend(entries),
            }
            parse_diags.extend(page_diags);
        },
    );
    diags.extend(parse_diags);
    let mut budget = check::Budget::new(diags.len());
    check::check_unique_codes(&pages, &mut budget, &mut diags);
    check::check_identifiers(&pages, &mut budget, &mut diags);
    check::check_links(&mut pages, &failed, config, folder, &mut budget, &mut diags);
    check::check_replacements(&pages, &mut budget, &mut diags);
    budget.finish(&mut diags, shown_root);
    // Unstable: two pages sharing a code is an error, and the order of equals is still the
    // same on every run (it depends on the input's order alone); a stable sort would
    // allocate scratch room for the pages first, even for a list already in order, as one
    // named by its codes is.
    pages.sort_unstable_by(|a, b| a.code.cmp(&b.code));
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

/// The page files of the docs folder `dir`, as the loader finds them: the same folder walk
/// (what counts as a page, what is skipped, symbolic links that leave the folder refused),
/// without reading any page. Paths are `dir` joined with each page's relative path, sorted.
///
/// Which files count follows `config` (its `[read]` extensions and include patterns).
///
/// ```
/// let config = errdocs_catalog::Config::default();
/// let files = errdocs_catalog::page_files("../docs/errors", &config);
/// assert!(files.iter().any(|p| p.ends_with("unauthorized.md")));
/// ```
pub fn page_files(dir: impl AsRef<Path>, config: &Config) -> Vec<std::path::PathBuf> {
    let dir = dir.as_ref();
    let mut ignored = Vec::new();
    find_pages(dir, "", &config.read, &mut ignored)
        .unwrap_or_default()
        .into_iter()
        .map(|rel| dir.join(rel))
        .collect()
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
