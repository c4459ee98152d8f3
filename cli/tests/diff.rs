//! `errdocs diff OLD NEW`: for every kind of change, two small catalogs written by the test,
//! the change's level, and the exact text output (a golden under `tests/golden/diff/`);
//! one golden per output format; a git revision as a side.

mod support;

use std::path::{Path, PathBuf};

use support::{assert_golden, errdocs_in, stdout, tool, tool_available};

/// One page: code, status, retry cell, extra facts rows, Python exception, and the body
/// members of its example response (JSON members after the envelope's keys, or empty).
struct P<'a> {
    code: &'a str,
    status: u16,
    retry: &'a str,
    rows: &'a str,
    python: &'a str,
    summary: &'a str,
    members: &'a str,
}

const fn p(code: &str, status: u16) -> P<'_> {
    P {
        code,
        status,
        retry: "No",
        rows: "",
        python: "",
        summary: "it failed",
        members: "",
    }
}

impl P<'_> {
    fn text(&self) -> String {
        let mut page = format!(
            "# {}\n\n> HTTP {} — {}.\n\n| | |\n|-|-|\n| **HTTP status** | `{}` |\n| **Retry?** | {} |\n{}",
            self.code, self.status, self.summary, self.status, self.retry, self.rows
        );
        if !self.members.is_empty() {
            page.push_str(&format!(
                "\n## Example response\n\n```json\n{{\"detail\": \"{}\", \"code\": \"{}\", \"request_id\": \"req_1\", \"doc_url\": \"https://docs.example.com/errors/{}\", {}}}\n```\n",
                self.summary, self.code, self.code, self.members
            ));
        }
        if !self.python.is_empty() {
            page.push_str(&format!(
                "\n## SDK behaviour\n\n| SDK | Exception |\n| --- | --- |\n| Python | `{}` |\n",
                self.python
            ));
        }
        page
    }
}

/// `root/SIDE/errdocs.toml` (with `toml` appended) and its pages under `root/SIDE/errors/`,
/// each in the file named by its code.
fn write_side(root: &Path, side: &str, toml: &str, pages: &[P<'_>]) -> PathBuf {
    let dir = root.join(side);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("errors")).unwrap();
    let doc_url = if toml.contains("doc_url") {
        ""
    } else {
        "doc_url = \"https://docs.example.com/errors/{slug}\"\n"
    };
    std::fs::write(
        dir.join("errdocs.toml"),
        format!("docs = \"errors\"\n{doc_url}{toml}"),
    )
    .unwrap();
    for page in pages {
        let file = dir.join("errors").join(format!("{}.md", page.code));
        std::fs::write(file, page.text()).unwrap();
    }
    dir
}

/// A folder of this test's own with an old and a new catalog.
fn catalogs(name: &str, old: &[P<'_>], new: &[P<'_>], old_toml: &str, new_toml: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("diff")
        .join(name);
    write_side(&root, "old", old_toml, old);
    write_side(&root, "new", new_toml, new);
    root
}

/// The `(level, kind)` of each change, from the JSON report.
fn levels(root: &Path) -> Vec<(String, String)> {
    let out = errdocs_in(
        root,
        &["diff", "old/errors", "new/errors", "--format", "json"],
    );
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["level"].as_str().unwrap().to_owned(),
                c["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Runs the text diff, compares it with `diff/NAME.txt` (exit code included), and returns
/// the levels and kinds of the changes.
fn case(name: &str, old: &[P<'_>], new: &[P<'_>]) -> Vec<(String, String)> {
    case_with(name, old, new, "", "")
}

fn case_with(
    name: &str,
    old: &[P<'_>],
    new: &[P<'_>],
    old_toml: &str,
    new_toml: &str,
) -> Vec<(String, String)> {
    let root = catalogs(name, old, new, old_toml, new_toml);
    let out = errdocs_in(&root, &["diff", "old/errors", "new/errors"]);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = format!("{}exit: {}\n", stdout(&out), out.status.code().unwrap());
    assert_golden(&format!("diff/{name}.txt"), &text);
    levels(&root)
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

const TOMBSTONE: &str = "| **Retired?** | Yes — since 2026-03-01, use `card_declined` |\n";

#[test]
fn a_code_removed_without_a_tombstone_is_breaking() {
    let got = case(
        "removed",
        &[p("conflict", 409), p("gone", 410)],
        &[p("conflict", 409)],
    );
    assert_eq!(got, pairs(&[("breaking", "removed")]));
}

#[test]
fn a_status_changed_is_breaking() {
    let got = case(
        "status-changed",
        &[p("conflict", 409)],
        &[p("conflict", 422)],
    );
    assert_eq!(got, pairs(&[("breaking", "status-changed")]));
}

#[test]
fn a_retry_flag_flipped_is_breaking() {
    let old = P {
        retry: "Yes — after a second.",
        ..p("busy", 503)
    };
    let got = case("retry-flipped", &[old], &[p("busy", 503)]);
    assert_eq!(
        got,
        pairs(&[("breaking", "retry-flipped"), ("info", "text-changed")])
    );
}

#[test]
fn a_retired_code_reused_is_breaking() {
    let old = P {
        rows: TOMBSTONE,
        ..p("card_refused", 402)
    };
    let got = case(
        "retired-reused",
        &[p("card_declined", 402), old],
        &[p("card_declined", 402), p("card_refused", 402)],
    );
    assert_eq!(got, pairs(&[("breaking", "retired-reused")]));
}

#[test]
fn a_tombstone_removed_is_breaking() {
    let old = P {
        rows: TOMBSTONE,
        ..p("card_refused", 402)
    };
    let got = case(
        "tombstone-removed",
        &[p("card_declined", 402), old],
        &[p("card_declined", 402)],
    );
    assert_eq!(got, pairs(&[("breaking", "removed")]));
}

#[test]
fn the_envelope_changed_is_breaking() {
    let got = case_with(
        "envelope-changed",
        &[p("conflict", 409)],
        &[p("conflict", 409)],
        "",
        "envelope = \"problem\"\n",
    );
    assert_eq!(got, pairs(&[("breaking", "envelope-changed")]));
}

#[test]
fn an_sdk_exception_renamed_is_breaking() {
    let old = P {
        python: "agnes.ConflictError",
        ..p("conflict", 409)
    };
    let new = P {
        python: "agnes.StateConflict",
        ..p("conflict", 409)
    };
    let got = case("sdk-exception-renamed", &[old], &[new]);
    assert_eq!(got, pairs(&[("breaking", "sdk-exception-renamed")]));
}

#[test]
fn a_doc_url_changed_is_a_warning() {
    let got = case_with(
        "doc-url-changed",
        &[p("conflict", 409)],
        &[p("conflict", 409)],
        "",
        "doc_url = \"https://docs.example.com/api/errors/{code}\"\n",
    );
    assert_eq!(got, pairs(&[("warning", "doc-url-changed")]));
}

#[test]
fn a_code_retired_is_a_warning() {
    let new = P {
        rows: TOMBSTONE,
        ..p("card_refused", 402)
    };
    let got = case(
        "retired",
        &[p("card_declined", 402), p("card_refused", 402)],
        &[p("card_declined", 402), new],
    );
    assert_eq!(got, pairs(&[("warning", "retired")]));
}

#[test]
fn a_code_added_is_info() {
    let got = case(
        "added",
        &[p("conflict", 409)],
        &[p("conflict", 409), p("gone", 410)],
    );
    assert_eq!(got, pairs(&[("info", "added")]));
}

#[test]
fn text_changed_is_info() {
    let new = P {
        summary: "the resource changed meanwhile",
        ..p("conflict", 409)
    };
    let got = case("text-changed", &[p("conflict", 409)], &[new]);
    assert_eq!(got, pairs(&[("info", "text-changed")]));
}

#[test]
fn a_member_removed_is_breaking() {
    let old = P {
        members: "\"decline_code\": \"expired_card\"",
        ..p("declined", 402)
    };
    let got = case("member-removed", &[old], &[p("declined", 402)]);
    assert_eq!(got, pairs(&[("breaking", "member-removed")]));
}

#[test]
fn a_member_type_changed_is_breaking() {
    let old = P {
        members: "\"limit\": 100",
        ..p("rate_limited", 429)
    };
    let new = P {
        members: "\"limit\": \"100 per minute\"",
        ..p("rate_limited", 429)
    };
    let got = case("member-type-changed", &[old], &[new]);
    assert_eq!(got, pairs(&[("breaking", "member-type-changed")]));
}

#[test]
fn a_member_added_is_info() {
    let new = P {
        members: "\"errors\": [{\"field\": \"limit\", \"message\": \"too large\"}]",
        ..p("invalid", 422)
    };
    let got = case("member-added", &[p("invalid", 422)], &[new]);
    assert_eq!(got, pairs(&[("info", "member-added")]));
}

#[test]
fn identical_catalogs_have_no_changes() {
    let got = case("none", &[p("conflict", 409)], &[p("conflict", 409)]);
    assert!(got.is_empty());
}

/// The catalogs of the format goldens: one change of each level, in the folder `name` of
/// the calling test.
fn mixed(name: &str) -> PathBuf {
    catalogs(
        name,
        &[
            p("conflict", 409),
            p("card_refused", 402),
            p("card_declined", 402),
        ],
        &[
            p("conflict", 422),
            P {
                rows: TOMBSTONE,
                ..p("card_refused", 402)
            },
            p("card_declined", 402),
            p("gone", 410),
        ],
        "",
        "",
    )
}

#[test]
fn one_golden_per_format() {
    let root = mixed("formats");
    for (format, golden) in [
        ("text", "diff/format.txt"),
        ("json", "diff/format.json"),
        ("markdown", "diff/format.md"),
        ("github", "diff/format.github.txt"),
    ] {
        let out = errdocs_in(
            &root,
            &["diff", "old/errors", "new/errors", "--format", format],
        );
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert_golden(golden, &stdout(&out));
    }
    let out = errdocs_in(&root, &["diff", "old/errors", "new/errors", "--changelog"]);
    assert_golden("diff/changelog.md", &stdout(&out));
}

#[test]
fn fail_on_sets_the_exit_code() {
    let root = catalogs(
        "fail-on",
        &[p("conflict", 409)],
        &[P {
            rows: "| **Retired?** | Yes — since 2026-03-01 |\n",
            ..p("conflict", 409)
        }],
        "",
        "",
    );
    let exit = |extra: &[&str]| {
        let mut args = vec!["diff", "old/errors", "new/errors"];
        args.extend_from_slice(extra);
        errdocs_in(&root, &args).status.code()
    };
    assert_eq!(exit(&[]), Some(0), "a warning passes by default");
    assert_eq!(exit(&["--fail-on", "warning"]), Some(1));
    assert_eq!(exit(&["--fail-on", "breaking"]), Some(0));
    let breaking = mixed("fail-on-never");
    let out = errdocs_in(
        &breaking,
        &["diff", "old/errors", "new/errors", "--fail-on", "never"],
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn an_exported_json_file_is_a_side() {
    let root = mixed("json-side");
    let export = errdocs_in(&root.join("old"), &["export", "--format", "json"]);
    assert_eq!(export.status.code(), Some(0));
    std::fs::write(root.join("old.json"), &export.stdout).unwrap();
    let out = errdocs_in(&root, &["diff", "old.json", "new/errors"]);
    assert_eq!(out.status.code(), Some(1));
    assert_golden("diff/from-json.txt", &stdout(&out));
}

#[test]
fn an_unreadable_side_exits_2() {
    let root = mixed("unreadable");
    let out = errdocs_in(&root, &["diff", "nowhere", "new/errors"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: `nowhere` is neither a docs folder, an exported JSON file nor `git:REV[:PATH]`\n"
    );
}

fn git(dir: &Path, args: &[&str]) {
    let out = tool("git")
        .unwrap()
        .current_dir(dir)
        .args([
            "-c",
            "user.name=errdocs",
            "-c",
            "user.email=errdocs@example.com",
        ])
        .args(args)
        .env_remove("GIT_DIR")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_git_revision_is_a_side() {
    if !tool_available(tool("git").is_some(), "git", "apt-get install git") {
        return;
    }
    let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("diff")
        .join("git");
    let dir = write_side(
        &root,
        "repo",
        "",
        &[p("conflict", 409), p("gone", 410), p("busy", 503)],
    );
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "-A"]);
    git(&dir, &["commit", "-q", "-m", "catalog"]);
    // A status changed and a page deleted: both breaking.
    std::fs::write(dir.join("errors/conflict.md"), p("conflict", 422).text()).unwrap();
    std::fs::remove_file(dir.join("errors/gone.md")).unwrap();
    let out = errdocs_in(&dir, &["diff", "git:HEAD", "errors"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_golden("diff/git-deleted.txt", &stdout(&out));
    // With a tombstone instead of the deletion, only the status change is breaking.
    let tombstone = P {
        rows: "| **Retired?** | Yes — since 2026-03-01, use `conflict` |\n",
        ..p("gone", 410)
    };
    std::fs::write(dir.join("errors/gone.md"), tombstone.text()).unwrap();
    let out = errdocs_in(&dir, &["diff", "git:HEAD", "errors", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let breaking: Vec<&str> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["level"] == "breaking")
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(breaking, ["status-changed"]);
    // The work tree and the index are untouched; a revision with its path works too.
    let out = errdocs_in(&dir, &["diff", "git:HEAD:errors", "errors"]);
    assert_eq!(out.status.code(), Some(1));
    let status = tool("git")
        .unwrap()
        .current_dir(&dir)
        .args(["status", "--porcelain"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&status.stdout),
        " M errors/conflict.md\n M errors/gone.md\n"
    );
}
