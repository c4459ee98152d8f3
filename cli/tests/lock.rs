//! `errdocs lock` and the lock checks: a changed locked fact fails `check` at the page's
//! line, `errdocs lock` accepts it and says what it accepted, and the lock is the same
//! bytes whatever the run or the order the files were written in.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use support::{assert_golden, errdocs_in};

fn page(code: &str, status: u16, rows: &str) -> String {
    format!(
        "# {code}\n\n> HTTP {status} — it failed.\n\n| | |\n|-|-|\n| **HTTP status** | `{status}` |\n| **Retry?** | No |\n{rows}"
    )
}

/// A catalog of this test's own: `errdocs.toml` and `errors/CODE.md` for each page, written
/// in the given order.
fn catalog(name: &str, pages: &[(&str, String)]) -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("lock")
        .join(name);
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("errors")).unwrap();
    std::fs::write(root.join("errdocs.toml"), "docs = \"errors\"\n").unwrap();
    for (code, text) in pages {
        std::fs::write(root.join("errors").join(format!("{code}.md")), text).unwrap();
    }
    root
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn lock(root: &Path) -> String {
    let out = errdocs_in(root, &["lock"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stderr(&out)
}

fn three() -> Vec<(&'static str, String)> {
    vec![
        ("busy", page("busy", 503, "")),
        ("conflict", page("conflict", 409, "")),
        ("gone", page("gone", 410, "")),
    ]
}

#[test]
fn a_changed_locked_status_fails_check_at_the_page_line_until_locked_again() {
    let root = catalog("status", &three());
    assert_eq!(
        lock(&root),
        "wrote errdocs.lock: 3 codes, 0 changes accepted\n"
    );
    std::fs::write(root.join("errors/conflict.md"), page("conflict", 422, "")).unwrap();
    let out = errdocs_in(&root, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_golden("lock/status-changed.txt", &stderr(&out));
    assert!(stderr(&out).contains(" --> errors/conflict.md:7:21\n"));
    // `errdocs lock` accepts the change, and says so.
    assert_golden("lock/accepted.txt", &lock(&root));
    let out = errdocs_in(&root, &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(lock(&root), "errdocs.lock is up to date: 3 codes\n");
}

#[test]
fn a_locked_code_needs_its_page_or_a_tombstone_and_a_retired_code_stays_retired() {
    let mut pages = three();
    pages.push((
        "card_refused",
        page(
            "card_refused",
            402,
            "| **Retired?** | Yes — since 2026-03-01, use `conflict` |\n",
        ),
    ));
    let root = catalog("tombstones", &pages);
    lock(&root);
    // A tombstone keeps a locked code: retiring `gone` is no lock error.
    std::fs::write(
        root.join("errors/gone.md"),
        page("gone", 410, "| **Retired?** | Yes — since 2026-04-01 |\n"),
    )
    .unwrap();
    let out = errdocs_in(&root, &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // A deleted page and a retired code made live again are.
    std::fs::remove_file(root.join("errors/busy.md")).unwrap();
    std::fs::write(
        root.join("errors/card_refused.md"),
        page("card_refused", 402, ""),
    )
    .unwrap();
    let out = errdocs_in(&root, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_golden("lock/removed-and-reused.txt", &stderr(&out));
}

#[test]
fn the_lock_is_the_same_bytes_across_runs_and_file_orders() {
    let mut pages = three();
    pages.push((
        "card_refused",
        page(
            "card_refused",
            402,
            "| **Retired?** | Yes — since 2026-03-01, use `conflict` |\n",
        ),
    ));
    let forward = catalog("order-forward", &pages);
    pages.reverse();
    let backward = catalog("order-backward", &pages);
    lock(&forward);
    lock(&backward);
    let a = std::fs::read(forward.join("errdocs.lock")).unwrap();
    let b = std::fs::read(backward.join("errdocs.lock")).unwrap();
    assert_eq!(a, b);
    lock(&forward);
    assert_eq!(std::fs::read(forward.join("errdocs.lock")).unwrap(), a);
    assert_golden("lock/errdocs.lock", &String::from_utf8(a).unwrap());
}

#[test]
fn a_broken_lock_is_reported_at_its_line() {
    let root = catalog("broken", &three());
    std::fs::write(
        root.join("errdocs.lock"),
        "busy status=503 retry=yes envelope=errdocs\nconflict status=409 retry=maybe\n",
    )
    .unwrap();
    let out = errdocs_in(&root, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_golden("lock/broken.txt", &stderr(&out));
}

#[test]
fn without_a_lock_there_are_no_lock_checks() {
    let root = catalog("none", &three());
    let out = errdocs_in(&root, &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!root.join("errdocs.lock").exists());
}

#[test]
fn without_an_errdocs_toml_there_is_no_lock() {
    // Outside the repository, so that no `errdocs.toml` of an ancestor is found.
    let root = std::env::temp_dir().join(format!("errdocs-lock-test-{}", std::process::id()));
    if let Some(found) = root.ancestors().find(|a| a.join("errdocs.toml").exists()) {
        eprintln!(
            "skipped: the no-config case, because {} has an errdocs.toml",
            found.display()
        );
        return;
    }
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("errors")).unwrap();
    std::fs::write(root.join("errors/gone.md"), page("gone", 410, "")).unwrap();
    let out = errdocs_in(&root, &["lock", "errors"]);
    let _ = std::fs::remove_dir_all(&root);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: no `errdocs.toml` found: the lock is written beside it; create one with `docs = \"errors\"`\n"
    );
}
