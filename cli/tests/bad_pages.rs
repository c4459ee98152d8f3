//! Golden diagnostics: `errdocs check` on every folder of `tests/fixtures/bad`.
//!
//! Each case is a folder holding a small catalog with one problem; its expected output is
//! the `.stderr` file beside it. Run with `BLESS=1` to write missing or changed goldens
//! (then read the diff before committing).

mod support;

use std::process::Command;
use support::workspace;

#[test]
fn every_bad_page_fails_with_its_golden_diagnostic() {
    let root = workspace();
    let bad = root.join("tests/fixtures/bad");
    let mut cases: Vec<_> = std::fs::read_dir(&bad)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    cases.sort();
    assert!(cases.len() >= 30, "only {} bad-page cases", cases.len());
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let output = Command::new(env!("CARGO_BIN_EXE_errdocs"))
            .current_dir(&root)
            .args(["check", &format!("tests/fixtures/bad/{case}")])
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(
            output.status.code(),
            Some(1),
            "{case}: expected exit 1\n{stderr}"
        );
        assert!(
            stderr.contains(&format!("--> tests/fixtures/bad/{case}/")),
            "{case}: the diagnostic does not name the page\n{stderr}"
        );
        assert!(
            stderr
                .lines()
                .any(|l| l.contains("-->") && l.matches(':').count() >= 2),
            "{case}: the diagnostic does not name a line\n{stderr}"
        );
        let golden = bad.join(format!("{case}.stderr"));
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if expected != stderr {
            if bless {
                std::fs::write(&golden, &stderr).unwrap();
            } else {
                failures.push(format!(
                    "--- {case}: expected\n{expected}\n--- got\n{stderr}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
