//! Existing docs: `export --keep-going`, `list --keep-going`, `check --coverage`, `init` and
//! `--config FILE`, on small folders of pages written in other styles.

mod support;

use std::path::{Path, PathBuf};

use support::{errdocs, errdocs_in, folder, stderr, stdout, workspace};

const KEY_NOT_FOUND: &str = "---\ntitle: \"key_not_found\"\n---\n\n```json Example\n{\"error\": {\"status\": 404, \"title\": \"Not Found\"}}\n```\n";
const NO_STATUS: &str = "---\ntitle: \"query_timeout\"\n---\n\nThe query took too long.\n";

fn mintlify(name: &str) -> PathBuf {
    folder(
        "existing",
        name,
        &[
            ("docs/key_not_found.mdx", KEY_NOT_FOUND),
            ("docs/query_timeout.mdx", NO_STATUS),
            (
                "errdocs.toml",
                "docs = \"docs\"\n\n[read]\nretry = \"unstated\"\n",
            ),
        ],
    )
}

#[test]
fn export_keep_going_prints_what_it_read_and_fails_on_what_is_missing() {
    let root = mintlify("export");
    let out = errdocs_in(&root, &["export", "--format", "json", "--keep-going"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let errors = json["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["code"], "key_not_found");
    assert_eq!(errors[0]["status"], 404);
    assert_eq!(errors[0]["retry"]["retryable"], serde_json::Value::Null);
    assert_eq!(errors[1]["status"], serde_json::Value::Null);
    assert_eq!(
        stderr(&out),
        "error: page `query_timeout` states no HTTP status\n --> docs/query_timeout.mdx:2:8\n  |\n2 | title: \"query_timeout\"\n  |        ^^^^^^^^^^^^^^^\n  |\n  = help: add a `| **HTTP status** | `404 Not Found` |` row, a status column or heading, or `status` in the example response\n\n",
        "the diagnostic names the page and line"
    );
    // Without the flag nothing is exported, as before.
    let out = errdocs_in(&root, &["export", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
}

#[test]
fn export_keep_going_of_a_catalog_that_loads_is_the_plain_export() {
    let plain = errdocs(&["export", "--format", "json", "docs/errors"]);
    let kept = errdocs(&["export", "--format", "json", "--keep-going", "docs/errors"]);
    assert_eq!(kept.status.code(), Some(0), "{}", stderr(&kept));
    assert_eq!(stdout(&plain), stdout(&kept));
    assert_eq!(stderr(&kept), "");
}

#[test]
fn export_keep_going_is_json_only() {
    let out = errdocs(&["export", "--format", "openapi", "--keep-going"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: `--keep-going` exports JSON only: add `--format json`\n"
    );
}

#[test]
fn list_keep_going_shows_missing_facts_as_a_dash() {
    let root = mintlify("list");
    let out = errdocs_in(&root, &["list", "--keep-going"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "CODE           STATUS         RETRY  PAGE\n\
         key_not_found  404 Not Found  —      key_not_found.mdx:2\n\
         query_timeout  —              —      query_timeout.mdx:2\n"
    );
}

#[test]
fn check_coverage_counts_each_fact_and_names_the_entries_without_it() {
    let root = mintlify("coverage");
    let out = errdocs_in(&root, &["check", "--coverage"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "coverage of docs: 2 entries in 2 pages\n  \
         code   2 of 2 stated\n  \
         status 1 of 2 stated; not by query_timeout.mdx:2\n  \
         retry  0 of 2 stated; not by key_not_found.mdx:2, query_timeout.mdx:2\n         \
         unstated in 2 entries: allowed by `retry = \"unstated\"`: exports give null, the client uses the status rule\n"
    );
    assert!(stderr(&out).contains("states no HTTP status"));
}

#[test]
fn check_coverage_as_json() {
    let root = mintlify("coverage-json");
    let out = errdocs_in(&root, &["check", "--coverage", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["ok"], false);
    assert_eq!(
        (json["pages"].as_u64(), json["entries"].as_u64()),
        (Some(2), Some(2))
    );
    assert_eq!(json["coverage"]["status"]["stated"], 1);
    assert_eq!(
        json["coverage"]["status"]["missing"][0],
        "query_timeout.mdx:2"
    );
    assert_eq!(json["coverage"]["retry"]["stated"], 0);
    assert_eq!(
        json["diagnostics"][0]["message"],
        "page `query_timeout` states no HTTP status"
    );
}

#[test]
fn config_file_is_accepted_by_every_command() {
    let root = folder(
        "existing",
        "config",
        &[
            ("pages/gone.md", "---\ntitle: gone\nstatus: 410\n---\n"),
            (
                "settings/read.toml",
                "docs = \"../pages\"\n\n[read]\nretry = \"unstated\"\n",
            ),
        ],
    );
    let with = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--config", "settings/read.toml"]);
        errdocs_in(&root, &all)
    };
    let out = with(&["export", "--format", "json", "--keep-going"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("\"status\": 410"));
    let out = with(&["check", "--coverage"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Without `--config` the settings (and the pages) are not found.
    let out = errdocs_in(&root, &["export", "--format", "json", "--keep-going"]);
    assert_eq!(out.status.code(), Some(1));
    for args in [&["check"][..], &["list"], &["explain", "gone"], &["export"]] {
        let out = with(args);
        assert!(
            !stderr(&out).contains("unexpected argument"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn init_prints_the_settings_with_what_it_found_and_write_never_overwrites() {
    let root = mintlify("init");
    std::fs::remove_file(root.join("errdocs.toml")).unwrap();
    let out = errdocs_in(&root, &["init", "docs"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let toml = stdout(&out);
    assert!(
        toml.contains("# 2 of 2 entries state no retry flag\nretry = \"unstated\"\n"),
        "{toml}"
    );
    assert!(
        toml.contains("1 entry gives its status in the example's `error.status`"),
        "{toml}"
    );
    assert!(toml.contains("docs = \"docs\"\n"), "{toml}");
    let out = errdocs_in(&root, &["init", "docs", "--write"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(root.join("errdocs.toml")).unwrap(),
        toml
    );
    // What init wrote reads the folder.
    let out = errdocs_in(&root, &["export", "--format", "json", "--keep-going"]);
    assert!(stdout(&out).contains("\"status\": 404"), "{}", stderr(&out));
    let out = errdocs_in(&root, &["init", "docs", "--write"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("exists already: not overwritten"));
}

#[test]
fn init_on_the_reference_catalog_needs_no_rules() {
    let out = errdocs(&["init", "docs/errors"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("no `[read]` rules are needed"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn corpus_folders_export_with_keep_going_without_a_panic() {
    let corpus = workspace().join("../shared/corpus");
    if !corpus.is_dir() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI needs ../shared/corpus"
        );
        eprintln!("skipped: the corpus export, because there is no ../shared/corpus");
        return;
    }
    let config = |c: &str| workspace().join("tests/corpus").join(format!("{c}.toml"));
    for catalog in ["unkey", "box", "appwrite"] {
        let dir = corpus.join(catalog);
        let out = errdocs_in(
            Path::new("."),
            &[
                "export",
                "--format",
                "json",
                "--keep-going",
                "--config",
                config(catalog).to_str().unwrap(),
                dir.to_str().unwrap(),
            ],
        );
        assert!(!stderr(&out).contains("panicked"), "{catalog}");
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert!(json["errors"].as_array().unwrap().len() > 10, "{catalog}");
    }
}
