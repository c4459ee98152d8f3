//! Real error pages of other projects (`../shared/corpus/`): the parser must never panic on
//! them, every catalog load must finish, and what the parser extracts is counted per folder so
//! that any change in behaviour shows up here.
//!
//! The corpus lives beside the repository and is never copied into it (`ERRDOCS_CORPUS` names
//! another folder). Without it the test is skipped with one printed line, or fails when `CI`
//! is set. `ERRDOCS_CORPUS_VERBOSE` prints every diagnostic.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use errdocs_catalog::{Config, Diagnostic, load_catalog, parse_page};

/// How long one catalog load may take before the test calls it a hang.
const LOAD_TIMEOUT: Duration = Duration::from_secs(120);

/// What the parser made of one corpus folder.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Counts {
    /// Files of the folder (at any depth) that are markup pages.
    pages: usize,
    /// Pages with no diagnostic about their code.
    code: usize,
    /// Pages with no diagnostic about their status.
    status: usize,
    /// Pages that parse without any error.
    ok: usize,
    /// Pages in the loaded catalog, or `None` when loading failed.
    catalog_pages: Option<usize>,
    /// Diagnostics of the catalog load (errors and warnings).
    catalog_diags: usize,
}

/// `pages, code, status, ok` of the pages; then the catalog's pages (`None`: the load
/// failed) and its diagnostics.
const fn counts(
    pages: usize,
    code: usize,
    status: usize,
    ok: usize,
    catalog_pages: Option<usize>,
    catalog_diags: usize,
) -> Counts {
    Counts {
        pages,
        code,
        status,
        ok,
        catalog_pages,
        catalog_diags,
    }
}

/// The counts observed; update them deliberately when the parser changes.
///
/// No corpus page follows the page contract: codes sit in front matter `title:` (better-auth,
/// unkey) or nowhere, statuses in prose or JSON, and no page states a retry flag; so no page
/// parses, and no catalog loads.
const EXPECTED: &[(&str, Counts)] = &[
    ("appwrite", counts(1, 0, 0, 0, None, 1)),
    ("better-auth", counts(20, 16, 0, 0, None, 44)),
    ("box", counts(2, 0, 0, 0, None, 6)),
    ("cloudflare", counts(14, 0, 0, 0, None, 47)),
    ("mdn-http-status", counts(4, 0, 0, 0, None, 12)),
    ("rustc", counts(9, 0, 0, 0, None, 27)),
    ("smartbear-problems", counts(20, 0, 0, 0, None, 60)),
    ("unkey", counts(60, 58, 0, 0, None, 122)),
];

/// The corpus folder: `ERRDOCS_CORPUS` when set, else `../shared/corpus` beside the
/// repository. Where it is missing the test is skipped with one printed line, unless `CI` is
/// set: then it fails.
fn corpus_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("ERRDOCS_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"));
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "the page corpus is missing: expected a folder at {} (the repository's sibling \
         `shared/corpus`, or ERRDOCS_CORPUS); CI needs it",
        dir.display()
    );
    eprintln!(
        "skipped: the corpus test, because there is no page corpus at {} (the repository's \
         sibling `shared/corpus`, or set ERRDOCS_CORPUS)",
        dir.display()
    );
    None
}

#[test]
fn a_missing_corpus_is_skipped_outside_ci_and_fails_on_ci() {
    let run = |ci: bool| {
        let mut test = std::process::Command::new(std::env::current_exe().unwrap());
        test.args([
            "corpus_pages_never_panic_the_parser",
            "--exact",
            "--nocapture",
        ])
        .env("ERRDOCS_CORPUS", "/nonexistent/errdocs-corpus");
        if ci {
            test.env("CI", "1");
        } else {
            test.env_remove("CI");
        }
        test.output().unwrap()
    };
    let skipped = run(false);
    let stderr = String::from_utf8_lossy(&skipped.stderr);
    assert!(skipped.status.success(), "{stderr}");
    let notes: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("skipped:"))
        .collect();
    assert_eq!(notes.len(), 1, "{stderr}");
    assert!(notes[0].contains("/nonexistent/errdocs-corpus"), "{stderr}");
    assert!(
        !run(true).status.success(),
        "a missing corpus must fail on CI"
    );
}

/// Every markup file under `dir`, sorted, hidden files skipped.
fn pages_under(dir: &Path) -> Vec<PathBuf> {
    let mut pages = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("a folder entry").path();
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            if name.starts_with('.') {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if [".md", ".mdx", ".markdoc"]
                .iter()
                .any(|ext| name.ends_with(ext))
            {
                pages.push(path);
            }
        }
    }
    pages.sort();
    pages
}

/// The diagnostic says the page yields no usable error code.
fn is_about_code(d: &Diagnostic) -> bool {
    let m = d.message.as_str();
    m == "page states no error code"
        || m == "the page is empty"
        || m.contains("is not a valid error code")
        || m.contains("disagrees with the code")
        || m.contains("disagrees with the `Code` row")
        || m.starts_with("`Code` ")
        || (m.starts_with("unknown fact")
            && d.help.as_deref().is_some_and(|h| h.contains("`Code`")))
}

/// The diagnostic says the page yields no usable HTTP status.
fn is_about_status(d: &Diagnostic) -> bool {
    let m = d.message.as_str();
    // The summary naming another status still leaves the page with one.
    (m.contains("status") && !m.starts_with("the summary says"))
        || m.contains("reason phrase")
        || m == "the page is empty"
        || (m.starts_with("unknown fact")
            && d.help
                .as_deref()
                .is_some_and(|h| h.contains("`HTTP status`")))
}

fn count_folder(corpus: &Path, folder: &Path) -> Counts {
    let mut counts = Counts::default();
    for path in pages_under(folder) {
        let shown = path
            .strip_prefix(corpus)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {shown}: {e}"));
        let text = String::from_utf8_lossy(&bytes);
        let result = catch_unwind(AssertUnwindSafe(|| parse_page(&shown, &text)))
            .unwrap_or_else(|_| panic!("parse_page panicked on {shown}"));
        counts.pages += 1;
        let diags = match &result {
            Ok(_) => &[][..],
            Err(diags) => diags.as_slice(),
        };
        if std::env::var_os("ERRDOCS_CORPUS_VERBOSE").is_some() {
            for d in diags {
                println!("{shown}:{}:{}: {}", d.line, d.column, d.message);
            }
        }
        for d in diags {
            assert_eq!(d.path, shown, "a diagnostic of {shown} names another file");
            assert!(
                d.line >= 1 && d.column >= 1,
                "{shown}: a diagnostic without position: {d:?}"
            );
            let _ = d.render(false);
        }
        counts.ok += usize::from(result.is_ok());
        counts.code += usize::from(!diags.iter().any(is_about_code));
        counts.status += usize::from(!diags.iter().any(is_about_status));
    }
    let (sender, receiver) = mpsc::channel();
    let dir = folder.to_path_buf();
    std::thread::spawn(move || {
        let result = catch_unwind(|| load_catalog(&dir, &Config::default()));
        let _ = sender.send(result);
    });
    let name = folder.display();
    let loaded = receiver
        .recv_timeout(LOAD_TIMEOUT)
        .unwrap_or_else(|_| panic!("load_catalog did not finish within {LOAD_TIMEOUT:?} on {name}"))
        .unwrap_or_else(|_| panic!("load_catalog panicked on {name}"));
    match loaded {
        Ok(catalog) => {
            counts.catalog_pages = Some(catalog.pages.len());
            counts.catalog_diags = catalog.warnings.len();
        }
        Err(diags) => counts.catalog_diags = diags.len(),
    }
    counts
}

#[test]
fn corpus_pages_never_panic_the_parser() {
    let Some(corpus) = corpus_dir() else { return };
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .expect("the corpus folder is readable")
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    assert!(
        !folders.is_empty(),
        "the corpus at {} holds no folders",
        corpus.display()
    );

    let mut observed = BTreeMap::new();
    for folder in &folders {
        let name = folder
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        observed.insert(name, count_folder(&corpus, folder));
    }

    println!(
        "\n{:<20} {:>5} {:>5} {:>7} {:>4} {:>8} {:>6}",
        "folder", "pages", "code", "status", "ok", "catalog", "diags"
    );
    let mut total = Counts::default();
    for (name, c) in &observed {
        let catalog = c
            .catalog_pages
            .map_or("error".to_owned(), |n| n.to_string());
        println!(
            "{name:<20} {:>5} {:>5} {:>7} {:>4} {catalog:>8} {:>6}",
            c.pages, c.code, c.status, c.ok, c.catalog_diags
        );
        total.pages += c.pages;
        total.code += c.code;
        total.status += c.status;
        total.ok += c.ok;
        total.catalog_diags += c.catalog_diags;
    }
    println!(
        "{:<20} {:>5} {:>5} {:>7} {:>4} {:>8} {:>6}",
        "total", total.pages, total.code, total.status, total.ok, "", total.catalog_diags
    );

    let expected: BTreeMap<String, Counts> = EXPECTED
        .iter()
        .map(|(n, c)| ((*n).to_owned(), *c))
        .collect();
    assert_eq!(
        observed, expected,
        "the parser's results on the corpus changed; if on purpose, update EXPECTED"
    );
}
