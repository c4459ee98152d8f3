//! Cross-page rules, through `load_catalog` on temporary folders.

mod entries;
mod hostile;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;
use crate::model::Catalog;

/// The seed page, byte for byte.
const SEED: &str = include_str!("../../../docs/errors/unauthorized.md");

/// A page in the seed's style: H1 on line 1, summary on line 3, table rows from line 7.
fn page_with_rows(h1: &str, rows: &[&str]) -> String {
    let mut text = format!("# {h1}\n\n> The resource does not exist.\n\n| | |\n|-|-|\n");
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    text
}

/// `(line, column)` of a diagnostic.
fn at(d: &Diagnostic) -> (usize, usize) {
    (d.line, d.column)
}

/// The messages of `diags`, in order.
fn messages(diags: &[Diagnostic]) -> Vec<&str> {
    diags.iter().map(|d| d.message.as_str()).collect()
}

/// 1-based `(line, column)` of the first `needle` in `text` (column in characters).
#[track_caller]
fn position(text: &str, needle: &str) -> (usize, usize) {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` is not in the text"));
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// A temporary `errors` folder, removed on drop.
struct Docs {
    base: PathBuf,
    root: PathBuf,
}

impl Docs {
    fn new(files: &[(&str, &[u8])]) -> Docs {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let base =
            std::env::temp_dir().join(format!("errdocs-catalog-test-{}-{n}", std::process::id()));
        let root = base.join("errors");
        std::fs::create_dir_all(&root).unwrap();
        for (rel, bytes) in files {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        Docs { base, root }
    }

    fn shown(&self, rel: &str) -> String {
        format!("{}/{rel}", self.root.to_string_lossy().replace('\\', "/"))
    }
}

impl Drop for Docs {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

/// A valid page in the seed's style, with `links` in its `Related` section (from line 12).
fn sibling(code: &str, status: u16, links: &[&str]) -> String {
    let mut text = format!(
        "# {code}\n\n> HTTP {status} — something went wrong.\n\n| | |\n|-|-|\n\
         | **HTTP status** | `{status}` |\n| **Retry?** | No |\n\n## Related\n\n"
    );
    for link in links {
        text.push_str(&format!("* [{link}]({link})\n"));
    }
    text
}

fn load(docs: &Docs) -> Result<Catalog, Vec<Diagnostic>> {
    load_catalog(&docs.root, &Config::default())
}

fn codes(catalog: &Catalog) -> Vec<&str> {
    catalog.pages.iter().map(|p| p.code.as_str()).collect()
}

#[test]
fn the_seed_links_to_its_sibling() {
    let forbidden = sibling("forbidden", 403, &["/errors/unauthorized"]);
    let docs = Docs::new(&[
        ("unauthorized.md", SEED.as_bytes()),
        ("forbidden.md", forbidden.as_bytes()),
    ]);
    let catalog = load(&docs).unwrap();
    assert_eq!(codes(&catalog), ["forbidden", "unauthorized"]);
    let seed = catalog.page("unauthorized").unwrap();
    // The `/get-started/authentication` link is kept but is no error page.
    assert_eq!(seed.related, ["forbidden"]);
    let targets: Vec<(&str, Option<&str>)> = seed
        .links
        .iter()
        .map(|l| (l.dest.as_str(), l.target.as_deref()))
        .collect();
    assert_eq!(
        targets,
        [
            ("/errors/forbidden", Some("forbidden")),
            ("https://agnes.lasscyber.com/keys", None),
            ("/get-started/authentication", None),
            ("/errors/forbidden", Some("forbidden")),
        ]
    );
    assert_eq!(catalog.page("forbidden").unwrap().related, ["unauthorized"]);
    assert_eq!(
        catalog.inputs,
        [
            docs.root.join("forbidden.md"),
            docs.root.join("unauthorized.md")
        ]
    );
    assert!(catalog.warnings.is_empty());
}

#[test]
fn related_only_lists_error_pages_once() {
    let a = sibling(
        "a_error",
        400,
        &[
            "/errors/b_error",
            "/guides/b_error",
            "https://example.com/errors/b_error",
            "b_error",
            "#top",
        ],
    );
    let b = sibling("b_error", 400, &[]).replace(
        "## Related",
        "## Notes\n\nSee [a](/errors/a_error).\n\n## Related",
    );
    let docs = Docs::new(&[("a_error.md", a.as_bytes()), ("b_error.md", b.as_bytes())]);
    let catalog = load(&docs).unwrap();
    assert_eq!(catalog.page("a_error").unwrap().related, ["b_error"]);
    // A link outside `Related` is checked but is no relation.
    let b = catalog.page("b_error").unwrap();
    assert!(b.related.is_empty());
    assert_eq!(b.links[0].target.as_deref(), Some("a_error"));
}

#[test]
fn dead_links_are_errors() {
    let docs = Docs::new(&[("unauthorized.md", SEED.as_bytes())]);
    let diags = load(&docs).unwrap_err();
    let message = "link to `/errors/forbidden` names no page of the catalog";
    assert_eq!(messages(&diags), [message, message]);
    assert_eq!(
        at(&diags[0]),
        position(SEED, "[`forbidden`](/errors/forbidden) (403)")
    );
    assert_eq!(at(&diags[0]), (27, 14));
    assert_eq!(at(&diags[1]), (66, 3));
    assert_eq!(diags[0].path, docs.shown("unauthorized.md"));
    assert_eq!(diags[0].label, "no page `forbidden`");
    assert_eq!(
        diags[0].help.as_deref(),
        Some("create the page, or fix the link")
    );
    // A near miss gets a suggestion.
    let a = sibling("a_error", 400, &["/errors/forbiden"]);
    let docs = Docs::new(&[
        ("a_error.md", a.as_bytes()),
        ("forbidden.md", sibling("forbidden", 403, &[]).as_bytes()),
    ]);
    let diags = load(&docs).unwrap_err();
    assert_eq!(
        messages(&diags),
        ["link to `/errors/forbiden` names no page of the catalog"]
    );
    assert_eq!(at(&diags[0]), (12, 3));
    assert_eq!(diags[0].help.as_deref(), Some("did you mean `forbidden`?"));
}

#[test]
fn codes_are_unique() {
    let one = sibling("conflict", 409, &[]);
    let two = page_with_rows(
        "Conflict again",
        &[
            "| Code | `conflict` |",
            "| Status | 409 |",
            "| Retry? | No |",
        ],
    );
    let docs = Docs::new(&[
        ("conflict.md", one.as_bytes()),
        ("more/conflict_again.md", two.as_bytes()),
    ]);
    let diags = load(&docs).unwrap_err();
    assert_eq!(messages(&diags), ["code `conflict` is used by two pages"]);
    assert_eq!(diags[0].path, docs.shown("more/conflict_again.md"));
    assert_eq!(at(&diags[0]), (7, 10));
    assert_eq!(
        diags[0].label,
        format!("also used by {}:1:3", docs.shown("conflict.md"))
    );
    assert_eq!(
        diags[0].help.as_deref(),
        Some("give each page its own code")
    );
}

#[test]
fn nested_folders_and_relative_links() {
    let declined = sibling(
        "card_declined",
        402,
        &["../unauthorized", "insufficient_funds.md"],
    );
    let funds = sibling(
        "insufficient_funds",
        402,
        &["./card_declined", "/errors/billing/card_declined"],
    );
    let docs = Docs::new(&[
        (
            "unauthorized.md",
            sibling("unauthorized", 401, &["billing/card_declined"]).as_bytes(),
        ),
        ("billing/card_declined.md", declined.as_bytes()),
        ("billing/insufficient_funds.mdx", funds.as_bytes()),
    ]);
    let config = Config {
        doc_url: Some("https://docs.example.com/errors/{slug}".to_owned()),
        ..Config::default()
    };
    let catalog = load_catalog(&docs.root, &config).unwrap();
    let declined = catalog.page("card_declined").unwrap();
    assert_eq!(declined.slug, "billing/card_declined");
    assert_eq!(declined.source_path, "billing/card_declined.md");
    assert_eq!(
        declined.doc_url,
        "https://docs.example.com/errors/billing/card_declined"
    );
    assert_eq!(
        declined.display_path,
        docs.shown("billing/card_declined.md")
    );
    assert_eq!(declined.related, ["unauthorized", "insufficient_funds"]);
    let funds = catalog.page("insufficient_funds").unwrap();
    assert_eq!(funds.slug, "billing/insufficient_funds");
    assert_eq!(funds.related, ["card_declined"]);
    assert_eq!(
        catalog.page("unauthorized").unwrap().related,
        ["card_declined"]
    );
    // Without a template the folder's name is the URL prefix.
    let catalog = load(&docs).unwrap();
    assert_eq!(
        catalog.page("card_declined").unwrap().doc_url,
        "/errors/billing/card_declined"
    );
}

#[test]
fn links_by_code_with_a_code_template() {
    let declined = sibling(
        "card_declined",
        402,
        &["/errors/unauthorized", "/errors/billing/unauthorized"],
    );
    let docs = Docs::new(&[
        (
            "auth/unauthorized.md",
            sibling("unauthorized", 401, &[]).as_bytes(),
        ),
        ("billing/declined.md", declined.as_bytes()),
    ]);
    let config = Config {
        doc_url: Some("https://docs.example.com/errors/{code}".to_owned()),
        ..Config::default()
    };
    let diags = load_catalog(&docs.root, &config).unwrap_err();
    assert_eq!(
        messages(&diags),
        ["link to `/errors/billing/unauthorized` names no page of the catalog"]
    );
    assert_eq!(at(&diags[0]), (13, 3));
}

#[test]
fn an_empty_folder_is_an_error() {
    let docs = Docs::new(&[
        ("README.md", b"# Errors\n"),
        ("_snippet.md", b"x"),
        (".draft.md", b"x"),
        ("notes.txt", b"x"),
    ]);
    let diags = load(&docs).unwrap_err();
    assert_eq!(messages(&diags), ["no error pages found"]);
    assert_eq!(
        (at(&diags[0]), diags[0].path.as_str()),
        ((0, 0), docs.shown("").trim_end_matches('/'))
    );
    let diags = load_catalog(docs.root.join("missing"), &Config::default()).unwrap_err();
    assert_eq!(diags.len(), 1);
    assert!(
        diags[0]
            .message
            .starts_with("cannot open the docs folder: "),
        "{}",
        diags[0].message
    );
}

#[test]
fn a_page_that_is_not_utf8_is_a_diagnostic() {
    let docs = Docs::new(&[
        ("bad.md", b"# bad\n\n> caf\xe9 closed.\n"),
        ("good.md", sibling("good", 400, &[]).as_bytes()),
    ]);
    let diags = load(&docs).unwrap_err();
    assert_eq!(messages(&diags), ["the page is not valid UTF-8"]);
    assert_eq!(diags[0].path, docs.shown("bad.md"));
    assert_eq!(at(&diags[0]), (3, 6));
    assert_eq!(diags[0].label, "invalid byte here");
    assert_eq!(diags[0].help.as_deref(), Some("save the page as UTF-8"));
}

#[test]
fn every_page_problem_is_collected() {
    let docs = Docs::new(&[
        (
            "a.md",
            b"# a\n\n> A.\n\n| | |\n|-|-|\n| Status | 200 |\n| Retry? | No |\n",
        ),
        (
            "b.md",
            b"# b\n\n> B.\n\n| | |\n|-|-|\n| Status | 400 |\n| Retry? | Perhaps |\n",
        ),
        ("c.md", sibling("c", 400, &["/errors/d"]).as_bytes()),
    ]);
    let diags = load(&docs).unwrap_err();
    assert_eq!(
        messages(&diags),
        [
            "status 200 is not an error status",
            "`Perhaps` is not a retry flag",
            "link to `/errors/d` names no page of the catalog",
        ]
    );
    let paths: Vec<String> = diags.iter().map(|d| d.path.clone()).collect();
    assert_eq!(
        paths,
        [docs.shown("a.md"), docs.shown("b.md"), docs.shown("c.md")]
    );
}

#[test]
fn temporary_folders_are_removed() {
    let root: PathBuf;
    {
        let docs = Docs::new(&[("x.md", b"x")]);
        root = docs.root.clone();
        assert!(Path::new(&root).is_dir());
    }
    assert!(!root.exists());
}

/// The folder walk's names are in `Path` order exactly when `names_in_path_order` says
/// so, on names with `/`, `.`, `-` and other bytes around the separator.
#[test]
fn names_are_in_path_order_as_their_paths_are() {
    let parts = [
        "a", "a.md", "a-b", "b", "a/b", "a/b.md", "a.b/c", "ab", "A", "é", "a/a/a",
    ];
    let dir = Path::new("/docs/errors");
    for x in parts {
        for y in parts {
            let want = dir.join(x) <= dir.join(y);
            assert_eq!(super::names_in_path_order(x, y), want, "{x:?} {y:?}");
        }
    }
}

/// A catalog's inputs are in `Path` order whether or not the folder walk yields it (here
/// it does not: the walk lists `a-b.md` and `a.md` before the folder `a`).
#[test]
fn inputs_are_in_path_order_with_nested_folders() {
    let (x, y, z) = (
        sibling("x_code", 400, &[]),
        sibling("y_code", 401, &[]),
        sibling("z_code", 403, &[]),
    );
    let docs = Docs::new(&[
        ("a-b.md", x.as_bytes()),
        ("a.md", y.as_bytes()),
        ("a/c.md", z.as_bytes()),
    ]);
    let catalog = load(&docs).unwrap();
    let mut sorted = catalog.inputs.clone();
    sorted.sort();
    assert_eq!(catalog.inputs, sorted);
    assert_eq!(catalog.inputs.len(), 3, "{:?}", catalog.inputs);
}

/// Results come in the items' order, one per item, whatever the number of threads and
/// whether the list is large enough to be split.
#[test]
fn results_keep_the_items_order_on_any_number_of_threads() {
    for len in [
        0,
        1,
        PARALLEL_FROM - 1,
        PARALLEL_FROM,
        PARALLEL_FROM + 1,
        3 * PARALLEL_FROM + 5,
    ] {
        let want: Vec<usize> = (0..len).map(|i| i * 7).collect();
        for threads in 1..=5 {
            let mut got = Vec::new();
            in_order_on(threads, (0..len).collect(), |i| i * 7, |r| got.push(r));
            assert_eq!(got, want, "{len} items on {threads} threads");
        }
    }
}
