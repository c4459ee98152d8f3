//! `errdocs check --format github`: one workflow-command annotation per diagnostic on the
//! page's line, the summary on standard error, the same exit codes as the other formats.

mod support;

use support::{assert_golden, errdocs};

#[test]
fn annotations_on_the_page_lines() {
    let out = errdocs(&[
        "check",
        "tests/fixtures/bad/dead-related-link",
        "--format",
        "github",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_golden(
        "check-github.txt",
        &String::from_utf8(out.stdout.clone()).unwrap(),
    );
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "error: tests/fixtures/bad/dead-related-link has 1 error\n"
    );
}

#[test]
fn a_clean_catalog_has_no_annotations() {
    let out = errdocs(&["check", "docs/errors", "--format", "github"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}
