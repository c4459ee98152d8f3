//! The exported Python and TypeScript modules follow the Rust client's rules: the same
//! retry decision for unknown codes, and (Python) the same reading of raw bodies and headers.
//!
//! Python runs under `python3`; TypeScript is checked with `tsc --strict` and run with
//! `node`. A missing tool fails when `CI` is set and is skipped with one printed line otherwise.

use std::path::{Path, PathBuf};
use std::process::Command;

use errdocs::client::{default_retryable, parse};

errdocs::catalog!("../docs/errors");

/// A fresh scratch folder for one test, under `target/`.
fn scratch(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("export-clients")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[path = "../../cli/tests/support/tools.rs"]
mod tools;

/// Whether `program` can run (the project's `.tools/` or `PATH`); a missing tool fails on CI
/// and is a printed skip elsewhere.
fn tool(program: &str, install: &str) -> bool {
    tools::tool_available(tools::tool(program).is_some(), program, install)
}

/// The command of a tool that [`tool`] found.
fn command(program: &str) -> Command {
    tools::tool(program).unwrap_or_else(|| Command::new(program))
}

/// Runs `command` and returns its stdout, failing the test with its output unless it succeeds.
fn run(command: &mut Command, what: &str) -> String {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{what} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn catalog() -> errdocs_catalog::Catalog {
    errdocs_catalog::load("../docs/errors").unwrap()
}

/// What the Rust client says of each status `0..=1000` for an unknown code.
fn rust_decisions() -> Vec<bool> {
    (0..=1000u16)
        .map(|status| {
            let body = br#"{"code":"brand_new"}"#;
            let failure = parse::<ErrorCode>(status, &http::HeaderMap::new(), body);
            assert!(!failure.is_retryable() || default_retryable(status));
            failure.is_retryable()
        })
        .collect()
}

fn python_module(dir: &Path) -> PathBuf {
    let path = dir.join("errors.py");
    std::fs::write(&path, errdocs_export::to_python(&catalog())).unwrap();
    path
}

/// Loads the module at `sys.argv[1]` as `m`.
const PY_IMPORT: &str = "import importlib.util, json, sys\n\
    spec = importlib.util.spec_from_file_location('errors', sys.argv[1])\n\
    m = importlib.util.module_from_spec(spec)\n\
    spec.loader.exec_module(m)\n";

/// Regression: the Python module called every unknown code not retryable.
#[test]
fn python_retries_unknown_codes_like_the_rust_client() {
    if !tool("python3", "apt-get install python3") {
        return;
    }
    let dir = scratch("python_rule");
    let script = format!(
        "{PY_IMPORT}print(json.dumps([[m.default_retryable(s), \
         m.from_response(s, {{'code': 'brand_new'}}).retryable, \
         m.ApiError('x', code='brand_new', status=s).retryable] for s in range(1001)]))"
    );
    let out = run(
        command("python3")
            .arg("-c")
            .arg(script)
            .arg(python_module(&dir)),
        "the Python rule",
    );
    let python: Vec<[bool; 3]> = serde_json::from_str(&out).unwrap();
    assert_eq!(python.len(), 1001);
    for (status, (py, rust)) in python.iter().zip(rust_decisions()).enumerate() {
        assert_eq!(*py, [rust; 3], "status {status}");
    }
}

/// Regression: Python's `from_response` silently took raw bytes as an empty body and
/// ignored the headers (request id, `Retry-After`).
#[test]
fn python_reads_raw_bodies_and_headers_like_the_rust_client() {
    if !tool("python3", "apt-get install python3") {
        return;
    }
    let dir = scratch("python_response");
    type Case = (u16, Vec<(&'static str, &'static str)>, Vec<u8>);
    let cases: Vec<Case> = vec![
        (
            429,
            vec![("Retry-After", "3"), ("X-Request-Id", "hdr-1")],
            br#"{"code":"rate_limited","detail":"slow down"}"#.to_vec(),
        ),
        (
            503,
            vec![("retry-after", "86400")],
            br#"{"code":"service_unavailable","request_id":"r-2"}"#.to_vec(),
        ),
        (
            503,
            vec![("retry-after", "soon"), ("x-request-id", "<script>")],
            b"<html>down</html>".to_vec(),
        ),
        (
            502,
            vec![("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")],
            vec![0xff, 0xfe, b'{', 0x80],
        ),
        (
            401,
            vec![],
            br#"{"code":"unauthorized","detail":"a\r\nb\u001b[31mc","request_id":"r-3\u001b]0;x\u0007\r\n"}"#
                .to_vec(),
        ),
        (
            500,
            vec![("x-request-id", "from-header")],
            br#"{"request_id":"\r\n","detail":"\t"}"#.to_vec(),
        ),
        (418, vec![], b"[1, 2, 3]".to_vec()),
        (
            404,
            vec![],
            format!(r#"{{"detail":"{}"}}"#, "é".repeat(3000)).into_bytes(),
        ),
        (500, vec![], "[".repeat(100_000).into_bytes()),
    ];
    let input: Vec<serde_json::Value> = cases
        .iter()
        .map(|(status, headers, body)| {
            let headers: serde_json::Map<String, serde_json::Value> = headers
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).into()))
                .collect();
            serde_json::json!({"status": status, "headers": headers, "body": body})
        })
        .collect();
    let cases_file = dir.join("cases.json");
    std::fs::write(&cases_file, serde_json::to_string(&input).unwrap()).unwrap();
    let script = format!(
        "{PY_IMPORT}out = []\n\
         for case in json.load(open(sys.argv[2])):\n    \
             e = m.from_response(case['status'], bytes(case['body']), case['headers'])\n    \
             out.append([e.code, e.detail, e.request_id, e.retryable, e.retry_after])\n\
         print(json.dumps(out))\n\
         for bad in (object(), 3j, {{1, 2}}):\n    \
             try:\n        m.from_response(500, bad)\n    \
             except TypeError as err:\n        \
                 assert 'body must be bytes, str or parsed JSON' in str(err), err\n    \
             else:\n        raise AssertionError(bad)\n\
         assert m.from_response(429, '{{\"code\": \"rate_limited\"}}').code == 'rate_limited'\n\
         assert m.from_response(429, bytearray(b'{{\"code\": \"rate_limited\"}}')).code == 'rate_limited'\n\
         assert m.from_response(500, None).detail == 'HTTP 500'\n"
    );
    let out = run(
        command("python3")
            .arg("-c")
            .arg(script)
            .arg(python_module(&dir))
            .arg(&cases_file),
        "the Python from_response",
    );
    type Row = (String, String, Option<String>, bool, Option<f64>);
    let python: Vec<Row> = serde_json::from_str(&out).unwrap();
    assert_eq!(python.len(), cases.len());
    for ((status, headers, body), (code, detail, request_id, retryable, retry_after)) in
        cases.iter().zip(python)
    {
        let mut map = http::HeaderMap::new();
        for (name, value) in headers {
            map.insert(
                http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                value.parse().unwrap(),
            );
        }
        let rust = parse::<ErrorCode>(*status, &map, body);
        let start = String::from_utf8_lossy(&body[..body.len().min(60)]).into_owned();
        let what = format!("HTTP {status} {start:?}");
        let code = Some(code.as_str()).filter(|c| !c.is_empty());
        assert_eq!(code, rust.raw_code.as_deref(), "{what}");
        let default_detail = format!("HTTP {status}");
        assert_eq!(
            rust.detail.as_deref().unwrap_or(&default_detail),
            detail,
            "{what}"
        );
        assert_eq!(request_id, rust.request_id, "{what}");
        assert_eq!(retryable, rust.is_retryable(), "{what}");
        let rust_wait = rust.retry_after.map(|d| d.as_secs_f64());
        assert_eq!(retry_after, rust_wait, "{what}");
    }
}

/// Regression: the TypeScript module called every unknown code not retryable.
#[test]
fn typescript_retries_unknown_codes_like_the_rust_client() {
    if !tool("tsc", "npm install --prefix .tools typescript@5")
        || !tool("node", "apt-get install nodejs")
    {
        return;
    }
    let dir = scratch("typescript_rule");
    let source = dir.join("errors.ts");
    std::fs::write(&source, errdocs_export::to_typescript(&catalog())).unwrap();
    run(
        command("tsc")
            .args(["--strict", "--target", "es2020", "--module", "commonjs"])
            .arg("--outDir")
            .arg(&dir)
            .arg(&source),
        "tsc --strict",
    );
    let script = "const m = require(process.argv[1]); const out = [];\n\
        for (let s = 0; s <= 1000; s++) {\n\
          out.push([m.defaultRetryable(s), m.errorFromResponse(s, { code: 'brand_new' }).retryable,\n\
            new m.ApiError('x', { code: 'brand_new', status: s }).retryable]);\n\
        }\n\
        console.log(JSON.stringify(out));";
    let out = run(
        command("node")
            .arg("-e")
            .arg(script)
            .arg(dir.join("errors.js")),
        "the TypeScript rule",
    );
    let typescript: Vec<[bool; 3]> = serde_json::from_str(&out).unwrap();
    assert_eq!(typescript.len(), 1001);
    for (status, (ts, rust)) in typescript.iter().zip(rust_decisions()).enumerate() {
        assert_eq!(*ts, [rust; 3], "status {status}");
    }
}

/// Python's `clean_text` removes and replaces what the Rust client's does.
#[test]
fn python_cleans_text_like_the_rust_client() {
    if !tool("python3", "apt-get install python3") {
        return;
    }
    let dir = scratch("python_clean");
    let inputs = [
        "plain",
        "a\r\nb",
        "tab\there",
        "nul\0del\x7f",
        "c1\u{85}\u{9b}x",
        "\x1b[1;31mbold\x1b[0m",
        "\x1b[?25l x",
        "\x1b]8;;https://evil\x1b\\link\x1b]8;;\x1b\\",
        "\x1b]0;title\x07after",
        "\x1b]0;open",
        "\x1bPdcs\x1b\\x",
        "\x1bcreset",
        "end\x1b",
        "\x1b\x1b[2J",
        "\x1bé",
        "rtl\u{202e}\u{2066}\u{2069}\u{61c}\u{200e}",
        "line\u{2028}sep",
        "ünïcödé 😀",
    ];
    let file = dir.join("inputs.json");
    std::fs::write(&file, serde_json::to_string(&inputs).unwrap()).unwrap();
    let script = format!(
        "{PY_IMPORT}print(json.dumps([m.clean_text(s) for s in json.load(open(sys.argv[2]))]))"
    );
    let out = run(
        command("python3")
            .arg("-c")
            .arg(script)
            .arg(python_module(&dir))
            .arg(&file),
        "the Python clean_text",
    );
    let python: Vec<String> = serde_json::from_str(&out).unwrap();
    assert_eq!(python.len(), inputs.len());
    for (input, py) in inputs.iter().zip(python) {
        assert_eq!(py, errdocs::client::clean_text(input), "{input:?}");
    }
}

/// A body the Rust service sends for `validation_failed`: its page's example.
fn validation_body() -> String {
    let catalog = catalog();
    catalog
        .page("validation_failed")
        .unwrap()
        .example
        .as_ref()
        .unwrap()
        .text
        .clone()
}

/// The Python module builds a `ValidationError` whose `errors` are typed items, from a real
/// body, and leaves absent optional members `None`.
#[test]
fn python_members_are_typed_attributes() {
    if !tool("python3", "apt-get install python3") {
        return;
    }
    let dir = scratch("python_members");
    let script = format!(
        "{PY_IMPORT}e = m.from_response(422, sys.argv[2])\n\
         item = e.errors[0]\n\
         r = m.from_response(429, {{'code': 'rate_limited', 'limit': 100}})\n\
         h = m.from_response(422, {{'code': 'validation_failed', 'errors': 'not a list'}})\n\
         print(json.dumps([type(e).__name__, type(item).__name__, item.field, item.message, \
         r.limit, r.remaining, h.errors, m.ValidationError('x').errors]))"
    );
    let out = run(
        command("python3")
            .arg("-c")
            .arg(script)
            .arg(python_module(&dir))
            .arg(validation_body()),
        "Python members",
    );
    let got: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        got,
        serde_json::json!([
            "ValidationError",
            "ValidationErrorErrorsItem",
            "limit",
            "must be between 1 and 100 (got 500)",
            100,
            null,
            [],
            []
        ])
    );
}

/// The TypeScript module types the members (`tsc --strict` checks a use of them) and
/// `errorFromResponse` fills them.
#[test]
fn typescript_members_are_typed_fields() {
    if !tool("tsc", "npm install --prefix .tools typescript@5")
        || !tool("node", "apt-get install nodejs")
    {
        return;
    }
    let dir = scratch("typescript_members");
    std::fs::write(
        dir.join("errors.ts"),
        errdocs_export::to_typescript(&catalog()),
    )
    .unwrap();
    // Uses the member types as a caller would: this must type-check under --strict.
    let usage = "import { ValidationError, RateLimitError, CardDeclinedError, errorFromResponse } from \"./errors\";\n\
        declare const process: { argv: string[] };\n\
        const body: unknown = JSON.parse(process.argv[2] ?? \"{}\");\n\
        const e = errorFromResponse(422, body);\n\
        const out: unknown[] = [];\n\
        if (e instanceof ValidationError) {\n\
          const first: { field: string; message: string } | undefined = e.errors[0];\n\
          out.push(e.name, first?.field, first?.message);\n\
        }\n\
        const r = errorFromResponse(429, { code: \"rate_limited\", limit: 100 });\n\
        if (r instanceof RateLimitError) {\n\
          const limit: number | undefined = r.limit;\n\
          out.push(limit, r.remaining ?? null);\n\
        }\n\
        const c = errorFromResponse(402, { code: \"card_declined\", decline_code: 7 });\n\
        if (c instanceof CardDeclinedError) {\n\
          const reason: string = c.decline_code;\n\
          out.push(reason);\n\
        }\n\
        console.log(JSON.stringify(out));\n";
    std::fs::write(dir.join("use.ts"), usage).unwrap();
    run(
        command("tsc")
            .args(["--strict", "--target", "es2020", "--module", "commonjs"])
            .arg("--outDir")
            .arg(&dir)
            .arg(dir.join("errors.ts"))
            .arg(dir.join("use.ts")),
        "tsc --strict",
    );
    let out = run(
        command("node")
            .arg(dir.join("use.js"))
            .arg(validation_body()),
        "the TypeScript members",
    );
    let got: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        got,
        serde_json::json!([
            "ValidationError",
            "limit",
            "must be between 1 and 100 (got 500)",
            100,
            null,
            ""
        ])
    );
}

/// Each code with members has its own schema, which its page's example satisfies in
/// shape: the members' types and the required ones present.
#[test]
fn openapi_has_a_schema_per_code_with_members() {
    let catalog = catalog();
    let doc: serde_json::Value =
        serde_json::from_str(&errdocs_export::to_openapi(&catalog)).unwrap();
    let schemas = &doc["components"]["schemas"];
    for (code, name) in [
        ("validation_failed", "ErrorBodyValidationFailed"),
        ("card_declined", "ErrorBodyCardDeclined"),
        ("rate_limited", "ErrorBodyRateLimited"),
    ] {
        let schema = &schemas[name];
        assert_eq!(
            schema["allOf"][0]["$ref"], "#/components/schemas/ErrorBody",
            "{code}"
        );
        assert_eq!(
            schema["allOf"][1]["properties"]["code"]["enum"],
            serde_json::json!([code])
        );
        let status = catalog.page(code).unwrap().status;
        let response = &doc["components"]["responses"][format!("Error{status}")];
        let media = &response["content"]["application/json"];
        assert_eq!(
            media["schema"]["$ref"],
            format!("#/components/schemas/{name}"),
            "{code}"
        );
        assert!(media["examples"][code].is_object());
    }
    let errors = &schemas["ErrorBodyValidationFailed"]["allOf"][1]["properties"]["errors"];
    assert_eq!(errors["items"]["properties"]["message"]["type"], "string");
    assert_eq!(
        errors["items"]["properties"]["field"]["description"],
        "The field's path in the request body."
    );
    assert_eq!(
        schemas["ErrorBodyValidationFailed"]["allOf"][1]["required"],
        serde_json::json!(["errors"])
    );
    assert!(
        schemas["ErrorBodyRateLimited"]["allOf"][1]
            .get("required")
            .is_none()
    );
    assert!(schemas.get("ErrorBodyNotFound").is_none());
}
