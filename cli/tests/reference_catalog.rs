//! The reference catalog `docs/errors` through the CLI: clean check, golden exports.

mod support;

use support::{assert_golden, errdocs};

#[test]
fn check_of_the_reference_catalog_is_clean() {
    let out = errdocs(&["check", "docs/errors"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "checked 15 pages in docs/errors: no errors\n"
    );
}

#[test]
fn check_without_a_folder_uses_errdocs_toml() {
    let out = errdocs(&["check"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "checked 15 pages in the catalog: no errors\n"
    );
}

#[test]
fn export_json_matches_the_golden_file() {
    let out = errdocs(&["export", "--format", "json", "docs/errors"]);
    assert_eq!(out.status.code(), Some(0));
    let json = String::from_utf8(out.stdout).unwrap();
    assert_golden("export.json", &json);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let errors = value["errors"].as_array().unwrap();
    let codes: Vec<&str> = errors.iter().map(|e| e["code"].as_str().unwrap()).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted);
    let keys: Vec<&String> = errors[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "code",
            "status",
            "grpc_code",
            "title",
            "summary",
            "retry",
            "doc_url",
            "causes",
            "fixes",
            "sdk",
            "related",
            "example",
            "source_path"
        ]
    );
}

#[test]
fn list_matches_the_golden_file() {
    let out = errdocs(&["list", "docs/errors"]);
    assert_eq!(out.status.code(), Some(0));
    assert_golden("list.txt", &String::from_utf8(out.stdout).unwrap());
}

#[test]
fn check_json_reports_diagnostics_with_positions() {
    let out = errdocs(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/bad/status-reason-phrase",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["ok"], false);
    let d = &report["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert!(d["line"].as_u64().unwrap() > 0);
    assert!(
        d["path"]
            .as_str()
            .unwrap()
            .starts_with("tests/fixtures/bad/status-reason-phrase/")
    );
}

#[test]
fn missing_folder_exits_1_not_101() {
    let out = errdocs(&["check", "no/such/folder"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("error: cannot open the docs folder"),
        "{stderr}"
    );
}

#[test]
fn doc_url_flag_overrides_the_config() {
    let out = errdocs(&[
        "check",
        "--doc-url",
        "https://other.example/errors/{slug}",
        "docs/errors",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("the example's `doc_url` is \"https://docs.lasscyber.com/errors/"),
        "{stderr}"
    );
}
