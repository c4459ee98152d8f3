//! The seed page: every fact it states, exactly.

use super::*;

#[test]
fn seed_facts() {
    let page = parse_page("docs/errors/unauthorized.md", SEED).unwrap();
    assert_eq!(page.code, "unauthorized");
    assert_eq!(page.status, 401);
    assert_eq!(page.title, "Unauthorized");
    assert_eq!(page.summary, "Missing, expired, or invalid credentials.");
    assert_eq!(
        page.retry,
        Retry {
            retryable: false,
            advice: "refresh credentials and re-issue.".to_owned(),
        }
    );
    assert_eq!(page.slug, "unauthorized");
    assert_eq!(page.doc_url, "/errors/unauthorized");
    assert_eq!(page.source_path, "docs/errors/unauthorized.md");
    assert_eq!(page.display_path, "docs/errors/unauthorized.md");
    assert_eq!(page.markdown, SEED);
}

#[test]
fn seed_causes_and_fixes() {
    let page = parse_page("docs/errors/unauthorized.md", SEED).unwrap();
    assert_eq!(
        page.causes,
        [
            "No Authorization header at all.",
            "The header is present but the bearer token is empty / malformed.",
            "The API key has been deleted (rotated out).",
            "The Auth0 JWT has expired.",
            "The Agnes-Version is so old the server cannot accept its credentials.",
        ]
    );
    assert_eq!(
        page.fixes,
        [
            "Confirm the Authorization: Bearer … header is set.",
            "Confirm the token's prefix: ak_ for live keys. ak_test_ for sandbox keys. \
             JWT for Auth0-authenticated dashboard requests.",
            "If using API keys, mint a fresh one in agnes.lasscyber.com/keys and delete \
             the old one once the new one is rolled out.",
            "If using JWTs, sign in again from the dashboard.",
        ]
    );
}

#[test]
fn seed_sdk_table() {
    let page = parse_page("docs/errors/unauthorized.md", SEED).unwrap();
    let sdk = |sdk: &str, exception: &str| SdkMapping {
        sdk: sdk.to_owned(),
        exception: exception.to_owned(),
    };
    assert_eq!(
        page.sdk,
        [
            sdk("Python", "agnes.AuthenticationError"),
            sdk("TypeScript", "AuthenticationError"),
        ]
    );
}

#[test]
fn seed_example_ignores_the_info_string_attributes() {
    let page = parse_page("docs/errors/unauthorized.md", SEED).unwrap();
    let example = page.example.expect("the seed has an example");
    assert_eq!(
        example.json,
        serde_json::json!({
            "detail": "Invalid authentication credentials",
            "code": "unauthorized",
            "request_id": "5b3f6c7e-7d24-4d40-9b12-3a59c01c6e91",
            "doc_url": "https://docs.lasscyber.com/errors/unauthorized",
        })
    );
    let keys: Vec<&str> = example
        .json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["detail", "code", "request_id", "doc_url"]);
    assert!(example.text.starts_with("{\n  \"detail\""));
    let spans: Vec<&str> = page
        .spans
        .example_keys
        .iter()
        .map(|key| &SEED[key.name.span.clone()])
        .collect();
    assert_eq!(
        spans,
        ["\"detail\"", "\"code\"", "\"request_id\"", "\"doc_url\""]
    );
}

#[test]
fn seed_links_and_sections() {
    let page = parse_page("docs/errors/unauthorized.md", SEED).unwrap();
    let links: Vec<(&str, &str)> = page
        .links
        .iter()
        .map(|l| (l.dest.as_str(), l.section))
        .collect();
    assert_eq!(
        links,
        [
            ("/errors/forbidden", "when this happens"),
            ("https://agnes.lasscyber.com/keys", "how to fix"),
            ("/get-started/authentication", "related"),
            ("/errors/forbidden", "related"),
        ]
    );
    assert_eq!(
        &SEED[page.links[2].span.clone()],
        "[Authentication](/get-started/authentication)"
    );
    // Links are resolved by `load_catalog`, not by a single page.
    assert!(page.links.iter().all(|l| l.target.is_none()));
    assert!(page.related.is_empty());
    // The Mintlify preamble's `> ## Documentation Index` is no section.
    assert_eq!(page.sections, []);
}

#[test]
fn seed_spans_point_at_the_facts() {
    let page = parse_page("docs/errors/unauthorized.md", SEED).unwrap();
    assert_eq!(&SEED[page.spans.code.clone()], "`unauthorized`");
    assert_eq!(&SEED[page.spans.status.clone()], "`401 Unauthorized`");
    assert_eq!(
        &SEED[page.spans.retry.clone()],
        "No — refresh credentials and re-issue."
    );
    assert!(SEED[page.spans.example.clone()].starts_with("```json theme={null}\n{"));
    assert_eq!(position(SEED, "`unauthorized`"), (12, 21));
}

#[test]
fn seed_doc_url_comes_from_the_template() {
    let config = Config {
        doc_url: Some("https://docs.lasscyber.com/errors/{slug}".to_owned()),
        ..Config::default()
    };
    let page = parse_with("unauthorized", SEED, &config).unwrap();
    assert_eq!(
        page.doc_url,
        "https://docs.lasscyber.com/errors/unauthorized"
    );
    let by_code = Config {
        doc_url: Some("https://errors.example.com/{code}.html".to_owned()),
        ..Config::default()
    };
    let err = parse_with("unauthorized", SEED, &by_code).unwrap_err();
    let d = only(
        &err,
        "the example's `doc_url` is \"https://docs.lasscyber.com/errors/unauthorized\", \
         expected \"https://errors.example.com/unauthorized.html\"",
    );
    assert_eq!(
        at(d),
        position(SEED, "\"https://docs.lasscyber.com/errors/unauthorized\"")
    );
    assert_eq!(at(d), (36, 14));
}

#[test]
fn seed_with_crlf_has_the_same_facts() {
    let lf = parse_page("docs/errors/unauthorized.md", SEED).unwrap();
    let crlf_text = SEED.replace('\n', "\r\n");
    let crlf = parse_page("docs/errors/unauthorized.md", &crlf_text).unwrap();
    assert_eq!(crlf.code, lf.code);
    assert_eq!(crlf.status, lf.status);
    assert_eq!(crlf.title, lf.title);
    assert_eq!(crlf.summary, lf.summary);
    assert_eq!(crlf.retry, lf.retry);
    assert_eq!(crlf.causes, lf.causes);
    assert_eq!(crlf.fixes, lf.fixes);
    assert_eq!(crlf.sdk, lf.sdk);
    assert_eq!(crlf.sections, lf.sections);
    assert_eq!(crlf.doc_url, lf.doc_url);
    assert_eq!(
        crlf.example.as_ref().unwrap().json,
        lf.example.as_ref().unwrap().json
    );
    let dests = |p: &Page| {
        p.links
            .iter()
            .map(|l| (l.dest.clone(), l.section))
            .collect::<Vec<_>>()
    };
    assert_eq!(dests(&crlf), dests(&lf));
    assert_eq!(&crlf_text[crlf.spans.code.clone()], "`unauthorized`");
}

#[test]
fn seed_with_crlf_reports_the_same_positions() {
    let bad = SEED.replace("`401 Unauthorized`", "`401 Unauthorised`");
    let lf = errors(&bad);
    let crlf = errors(&bad.replace('\n', "\r\n"));
    let message = "`Unauthorised` is not the reason phrase of status 401";
    assert_eq!(at(only(&lf, message)), (11, 21));
    assert_eq!(at(only(&crlf, message)), (11, 21));
    assert_eq!(
        only(&crlf, message).source_line,
        "| **HTTP status** | `401 Unauthorised`                     |"
    );
    assert_eq!(only(&crlf, message).label, "expected `Unauthorized`");
}

#[test]
fn seed_with_a_bom_has_the_same_facts() {
    let text = format!("\u{feff}{SEED}");
    let page = parse_page("docs/errors/unauthorized.md", &text).unwrap();
    let lf = parse_page("docs/errors/unauthorized.md", SEED).unwrap();
    assert_eq!(
        (
            &page.code,
            page.status,
            &page.summary,
            &page.retry,
            &page.causes,
            &page.fixes,
            &page.sdk
        ),
        (
            &lf.code,
            lf.status,
            &lf.summary,
            &lf.retry,
            &lf.causes,
            &lf.fixes,
            &lf.sdk
        )
    );
    assert_eq!(&text[page.spans.code.clone()], "`unauthorized`");
    assert_eq!(page.sections, []);
}
