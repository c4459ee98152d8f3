//! `errdocs explain` and `errdocs new`, with golden outputs.

mod support;

use std::path::PathBuf;
use std::process::Output;
use support::{assert_golden, copy_catalog, errdocs_in, workspace};

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

#[test]
fn explain_renders_the_page_as_plain_text_when_piped() {
    let out = errdocs_in(&workspace(), &["explain", "unauthorized"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'));
    assert_golden("explain-unauthorized.txt", &text);
}

#[test]
fn explain_an_unknown_code_suggests_the_closest() {
    let out = errdocs_in(
        &workspace(),
        &["explain", "rate_limit", "--docs", "docs/errors"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: no page documents the error code `rate_limit`; did you mean `rate_limited`?\n"
    );
    let out = errdocs_in(&workspace(), &["explain", "zzz"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn explain_accepts_a_slug_as_well_as_a_code() {
    let by_code = errdocs_in(&workspace(), &["explain", "card_declined"]);
    let by_slug = errdocs_in(&workspace(), &["explain", "billing/card_declined"]);
    assert_eq!(by_slug.status.code(), Some(0), "{}", stderr(&by_slug));
    assert_eq!(by_slug.stdout, by_code.stdout);
    assert!(
        String::from_utf8(by_slug.stdout)
            .unwrap()
            .starts_with("card_declined\n")
    );
}

/// A scratch copy of the reference catalog with its config.
fn scratch(name: &str) -> PathBuf {
    let root = workspace().join("target/tests/cli").join(name);
    copy_catalog(&root, false);
    root
}

#[test]
fn new_writes_a_page_that_passes_check() {
    let root = scratch("new");
    let out = errdocs_in(&root, &["new", "teapot", "--status", "418"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "created docs/errors/teapot.md\n");
    let page = std::fs::read_to_string(root.join("docs/errors/teapot.md")).unwrap();
    assert_golden("new-teapot.md", &page);

    let out = errdocs_in(
        &root,
        &["new", "overloaded", "--status", "503", "--retry", "yes"],
    );
    assert_eq!(out.status.code(), Some(0));

    let out = errdocs_in(&root, &["check"]);
    assert_eq!(stderr(&out), "checked 17 pages in the catalog: no errors\n");
    let out = errdocs_in(&root, &["export"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let overloaded = json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["code"] == "overloaded")
        .unwrap();
    assert_eq!(overloaded["retry"]["retryable"], true);
    assert_eq!(overloaded["status"], 503);
}

#[test]
fn new_refuses_to_overwrite_or_reuse_a_code() {
    let root = scratch("new-refuses");
    let page = root.join("docs/errors/forbidden.md");
    let before = std::fs::read(&page).unwrap();
    let out = errdocs_in(&root, &["new", "forbidden", "--status", "403"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: docs/errors/forbidden.md already exists; edit it instead\n"
    );
    assert_eq!(std::fs::read(&page).unwrap(), before);

    let out = errdocs_in(&root, &["new", "card_declined", "--status", "402"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: the code `card_declined` is already documented by docs/errors/billing/card_declined.md\n"
    );
    assert!(!root.join("docs/errors/card_declined.md").exists());

    let out = errdocs_in(&root, &["new", "Teapot", "--status", "418"]);
    assert_eq!(
        stderr(&out),
        "error: `Teapot` is not a valid error code; codes start with a lowercase letter and hold \
         lowercase letters, digits and `_`, with `.` or `-` only between two letters or digits\n"
    );
    let out = errdocs_in(&root, &["new", "moved", "--status", "301"]);
    assert_eq!(
        stderr(&out),
        "error: status 301 is not an error status; expected 400–599\n"
    );
}
