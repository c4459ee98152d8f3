//! `errdocs export` of the reference catalog as OpenAPI, llms.txt, Python and TypeScript:
//! golden files, determinism, and the real tools (python3, tsc, openapi-spec-validator).
//!
//! A check whose tool is missing fails when `CI` is set and is skipped with one printed line
//! otherwise. Tools are found in the project's `.tools/` folder (where `.ci/run` installs
//! them) or on `PATH`; nothing is downloaded.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use support::{assert_golden, errdocs, tool, tool_available, workspace};

const FORMATS: [&str; 4] = ["openapi", "llms-txt", "python", "typescript"];

/// The stdout of `errdocs export --format <format> docs/errors`, which must succeed.
fn export(format: &str) -> String {
    let out = errdocs(&["export", "--format", format, "docs/errors"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "`errdocs export --format {format}` failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `text` written to `name` in the test scratch folder under `target/`.
fn scratch_file(name: &str, text: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("exports")
        .join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

fn python() -> Option<Command> {
    let python = tool("python3");
    tool_available(python.is_some(), "python3", "apt-get install python3").then_some(python?)
}

/// Runs `command`, failing the test with its output unless it succeeds.
fn assert_success(command: &mut Command, what: &str) {
    let out = command.current_dir(workspace()).output().unwrap();
    assert!(
        out.status.success(),
        "{what} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn every_export_is_deterministic_and_machine_independent() {
    let root = workspace().display().to_string();
    for format in FORMATS {
        let first = export(format);
        assert!(!first.is_empty(), "{format}");
        assert_eq!(first, export(format), "two `--format {format}` runs differ");
        assert!(
            !first.contains(&root),
            "`--format {format}` names the checkout's path"
        );
        assert!(
            first.ends_with('\n') && !first.ends_with("\n\n"),
            "{format}"
        );
    }
}

#[test]
fn openapi_matches_the_golden_file_and_validates() {
    let text = export("openapi");
    assert_golden("export.openapi.json", &text);
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["info"]["title"], "API errors");
    let content = &doc["components"]["responses"]["Error400"]["content"]["application/json"];
    assert_eq!(content["schema"]["$ref"], "#/components/schemas/ErrorBody");
    let codes: Vec<&String> = content["examples"].as_object().unwrap().keys().collect();
    assert_eq!(codes, ["bad_request", "unsupported_version"]);
    let enum_len = doc["components"]["schemas"]["ErrorBody"]["properties"]["code"]["enum"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(enum_len, 15);

    let Some(mut python) = python() else {
        return;
    };
    let installed = tool("python3").is_some_and(|mut p| {
        p.args(["-c", "import openapi_spec_validator"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    let install = "pip install --target .tools/python openapi-spec-validator";
    if tool_available(installed, "openapi-spec-validator", install) {
        let path = scratch_file("errors.openapi.json", &text);
        assert_success(
            python.arg("-m").arg("openapi_spec_validator").arg(&path),
            "openapi-spec-validator",
        );
    }
}

#[test]
fn llms_txt_matches_the_golden_file() {
    let text = export("llms-txt");
    assert_golden("export.llms.txt", &text);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "# API errors");
    assert!(lines[2].starts_with("> "), "{}", lines[2]);
    let errors = lines.iter().position(|l| *l == "## Errors").unwrap();
    let entries: Vec<&str> = lines[errors + 1..]
        .iter()
        .copied()
        .filter(|l| !l.is_empty() && !l.starts_with("  - "))
        .collect();
    assert_eq!(entries.len(), 15);
    // Body members are listed under their error, indented.
    assert!(text.contains(
        "\n  - `decline_code` (string): The issuer's reason (`insufficient_funds`, `expired_card`, …).\n"
    ));
    assert!(entries.iter().all(|l| l.starts_with("- [")));
    assert!(entries.contains(
        &"- [unauthorized](https://docs.lasscyber.com/errors/unauthorized): HTTP 401 Unauthorized. \
          Missing, expired, or invalid credentials. Retry: no — refresh credentials and re-issue."
    ));
    let mut sorted = entries.clone();
    sorted.sort_unstable();
    assert_eq!(entries, sorted);
}

#[test]
fn python_matches_the_golden_file_and_imports() {
    let text = export("python");
    assert_golden("export.py", &text);
    assert!(text.contains("\nclass AuthenticationError(ApiError):\n"));

    let Some(mut python) = python() else {
        return;
    };
    let path = scratch_file("errors.py", &text);
    assert_success(python.args(["-m", "py_compile"]).arg(&path), "py_compile");
    let script = "import importlib.util,sys; \
        spec=importlib.util.spec_from_file_location('errors', sys.argv[1]); \
        m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m); \
        assert m.lookup('unauthorized').status==401; \
        e=m.from_response(401, {'code':'unauthorized','detail':'x','request_id':'r'}); \
        assert type(e).__name__=='AuthenticationError'; \
        assert (e.code, e.status, e.detail, e.request_id, e.retryable) == ('unauthorized', 401, 'x', 'r', False); \
        assert e.doc_url=='https://docs.lasscyber.com/errors/unauthorized'; \
        assert m.exception_for('bad_request') is not m.exception_for('unsupported_version'); \
        u=m.from_response(418, {'code':'teapot'}); \
        assert type(u) is m.ApiError and (u.code, u.status, u.detail) == ('teapot', 418, 'HTTP 418'); \
        assert m.lookup('teapot') is None and list(m.ERRORS) == sorted(m.ERRORS)";
    let mut python = tool("python3").unwrap();
    assert_success(
        python.arg("-c").arg(script).arg(&path),
        "importing the module",
    );
}

#[test]
fn typescript_matches_the_golden_file_and_type_checks() {
    let text = export("typescript");
    assert_golden("export.ts", &text);
    assert!(text.contains("\nexport class AuthenticationError extends ApiError {\n"));
    for any in [": any", "<any", "as any", "any[]"] {
        assert!(!text.contains(any), "the module uses `any`");
    }

    // Only an installed `tsc`: never `npx`, which would download TypeScript.
    let tsc = tool("tsc");
    let install = "npm install --prefix .tools typescript@5";
    if !tool_available(tsc.is_some(), "tsc", install) {
        return;
    }
    let path = scratch_file("errors.ts", &text);
    let mut tsc = tsc.unwrap();
    assert_success(
        tsc.args(["--strict", "--noEmit"]).arg(&path),
        "tsc --strict --noEmit",
    );
}

#[cfg(unix)]
#[test]
fn the_typescript_check_never_runs_npx() {
    use std::os::unix::fs::PermissionsExt;
    let bin = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fake-npx");
    let _ = std::fs::remove_dir_all(&bin);
    std::fs::create_dir_all(&bin).unwrap();
    let marker = bin.join("npx-was-run");
    let npx = bin.join("npx");
    std::fs::write(&npx, format!("#!/bin/sh\ntouch '{}'\n", marker.display())).unwrap();
    std::fs::set_permissions(&npx, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = std::env::join_paths(std::iter::once(bin.clone()).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap();
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "typescript_matches_the_golden_file_and_type_checks",
            "--exact",
            "--nocapture",
        ])
        .env("PATH", path)
        .env_remove("CI")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!marker.exists(), "the TypeScript check ran npx");
}
