//! `errdocs check` and `explain` on catalog pages written in another style: each entry (a
//! table row, an error under a status heading) is checked and explained as a page of its
//! own, at its file and line.

mod support;

use support::{errdocs, folder, stderr, stdout};

const FIXTURE: &str = "tests/fixtures/catalogs/entries";

const CONFIG: &str = "[read]\nretry = \"unstated\"\ncode_pattern = \"numeric\"\n";

#[test]
fn check_passes_on_a_folder_of_catalog_pages() {
    let out = errdocs(&["check", FIXTURE]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn explain_shows_a_table_row_under_its_header() {
    let out = errdocs(&["explain", "10003", "--docs", FIXTURE]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "10003\n\n│ HTTP 403 — Insufficient permissions.\n\n  \
         Error Code   S3 Code        HTTP Status   Details\n  \
         10003        AccessDenied   403           Insufficient permissions.\n\n\
         Read from line 11 of `tests/fixtures/catalogs/entries/r2-errors.md`.\n\n\
         gRPC code `PERMISSION_DENIED` (from HTTP 403 by the standard mapping)\n"
    );
}

#[test]
fn explain_shows_an_error_under_its_status_heading() {
    let out = errdocs(&["explain", "rate_limit_exceeded", "--docs", FIXTURE]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("HTTP 429 — Request rate limit exceeded."),
        "{text}"
    );
    assert!(!text.contains("bad_digest"), "{text}");
    assert!(
        text.contains(&format!(
            "Read from line 14 of `{FIXTURE}/common-errors.md`."
        )),
        "{text}"
    );
}

#[test]
fn explain_finds_an_entry_by_its_slug() {
    let out = errdocs(&["explain", "r2-errors#10001", "--docs", FIXTURE]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("An internal error occurred."));
}

#[test]
fn an_entry_without_a_status_is_an_error_at_its_line() {
    let table = "# Errors\n\n| Code | HTTP Status | Details |\n|-|-|-|\n| 10001 | 500 | Internal. |\n| 10002 | soon | Unknown. |\n";
    let dir = folder(
        "entries",
        "no-status",
        &[("errdocs.toml", CONFIG), ("docs/r2.md", table)],
    );
    let out = errdocs(&["check", dir.join("docs").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("entry `10002` states no HTTP status"), "{err}");
    assert!(err.contains("r2.md:6:"), "{err}");
    assert!(!err.contains("10001"), "{err}");
}

#[test]
fn two_entries_with_one_code_clash_at_their_lines() {
    let table = "# Errors\n\n| Code | HTTP Status | Details |\n|-|-|-|\n| 10001 | 500 | Internal. |\n| 10001 | 503 | Again. |\n";
    let dir = folder(
        "entries",
        "clash",
        &[("errdocs.toml", CONFIG), ("docs/r2.md", table)],
    );
    let out = errdocs(&["check", dir.join("docs").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("10001"), "{err}");
    assert!(err.contains("r2.md:6:"), "{err}");
    assert!(err.contains("r2.md:5:"), "{err}");
}
