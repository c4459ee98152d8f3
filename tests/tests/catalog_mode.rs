//! Catalog mode: `errdocs::catalog!` and `build.rs` ingestion (`include_catalog!`) produce
//! the same `ErrorCode` from the reference catalog.

use std::str::FromStr;

use errdocs::CatalogCode;
use errdocs_tests::{expanded, generated};

const CODES: [&str; 15] = [
    "bad_gateway",
    "bad_request",
    "card_declined",
    "conflict",
    "forbidden",
    "gateway_timeout",
    "internal_error",
    "method_not_allowed",
    "not_found",
    "payload_too_large",
    "rate_limited",
    "service_unavailable",
    "unauthorized",
    "unsupported_version",
    "validation_failed",
];

#[test]
fn all_codes_in_order() {
    let codes: Vec<&str> = expanded::ErrorCode::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(codes, CODES);
    let codes: Vec<&str> = generated::ErrorCode::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(codes, CODES);
    assert_eq!(expanded::ERRORS.len(), 15);
}

#[test]
fn build_rs_and_macro_agree_on_every_page() {
    for (a, b) in expanded::ErrorCode::ALL
        .iter()
        .zip(generated::ErrorCode::ALL)
    {
        assert_eq!(a.doc(), b.doc());
    }
}

#[test]
fn the_seed_page_facts() {
    let doc = expanded::ErrorCode::Unauthorized.doc();
    assert_eq!(doc.code, "unauthorized");
    assert_eq!(doc.status, 401);
    assert_eq!(doc.title, "Unauthorized");
    assert!(!doc.retry.retryable);
    assert_eq!(doc.retry.advice, "refresh credentials and re-issue.");
    assert_eq!(doc.causes().len(), 5);
    assert_eq!(doc.fixes().len(), 4);
    assert_eq!(
        doc.sdk(),
        [
            errdocs::SdkMapping {
                sdk: "Python",
                exception: "agnes.AuthenticationError"
            },
            errdocs::SdkMapping {
                sdk: "TypeScript",
                exception: "AuthenticationError"
            },
        ]
    );
    assert_eq!(doc.related(), ["forbidden"]);
    assert_eq!(
        doc.doc_url,
        "https://docs.lasscyber.com/errors/unauthorized"
    );
    assert_eq!(
        doc.markdown,
        include_str!("../../docs/errors/unauthorized.md")
    );
    let example: serde_json::Value = serde_json::from_str(doc.example.unwrap()).unwrap();
    assert_eq!(example["code"], "unauthorized");
}

#[test]
fn nested_pages_keep_their_slug() {
    let doc = expanded::ErrorCode::CardDeclined.doc();
    assert_eq!(doc.source_path, "billing/card_declined.md");
    assert_eq!(
        doc.doc_url,
        "https://docs.lasscyber.com/errors/billing/card_declined"
    );
}

#[test]
fn parsing_and_printing_codes() {
    use expanded::ErrorCode;
    assert_eq!(
        ErrorCode::from_code("rate_limited"),
        Some(ErrorCode::RateLimited)
    );
    assert_eq!(ErrorCode::from_code("nope"), None);
    assert_eq!(ErrorCode::from_str("forbidden"), Ok(ErrorCode::Forbidden));
    assert_eq!(
        ErrorCode::from_str("Forbidden").unwrap_err().code(),
        "Forbidden"
    );
    assert_eq!(ErrorCode::NotFound.to_string(), "not_found");
    assert_eq!(ErrorCode::NotFound.status(), http::StatusCode::NOT_FOUND);
    assert!(ErrorCode::ServiceUnavailable.is_retryable());
    assert_eq!(
        <ErrorCode as CatalogCode>::from_code("conflict"),
        Some(ErrorCode::Conflict)
    );
    assert_eq!(<ErrorCode as CatalogCode>::ALL.len(), 15);
}

#[test]
fn serde_uses_the_code_string() {
    use expanded::ErrorCode;
    assert_eq!(
        serde_json::to_string(&ErrorCode::RateLimited).unwrap(),
        "\"rate_limited\""
    );
    let code: ErrorCode = serde_json::from_str("\"unauthorized\"").unwrap();
    assert_eq!(code, ErrorCode::Unauthorized);
    let owned: ErrorCode = serde_json::from_value(serde_json::json!("conflict")).unwrap();
    assert_eq!(owned, ErrorCode::Conflict);
    let err = serde_json::from_str::<ErrorCode>("\"teapot\"")
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("unknown variant `teapot`, expected one of `bad_gateway`"),
        "{err}"
    );
}

#[test]
fn every_page_matches_the_export() {
    let catalog = errdocs_catalog::load("../docs/errors").unwrap();
    for code in expanded::ErrorCode::ALL {
        let doc = code.doc();
        let page = catalog.page(doc.code).unwrap();
        assert_eq!(doc.status, page.status);
        assert_eq!(doc.retry.retryable, page.retry.retryable);
        assert_eq!(doc.retry.advice, page.retry.advice);
        assert_eq!(doc.doc_url, page.doc_url);
        assert_eq!(doc.summary, page.summary);
        assert_eq!(doc.causes(), page.causes);
        assert_eq!(doc.fixes(), page.fixes);
        assert_eq!(doc.related(), page.related);
    }
}
