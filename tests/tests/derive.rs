//! `#[derive(ApiError)]`: every attribute, on enums and structs, against the reference
//! catalog and a small fixture catalog.

use std::borrow::Cow;
use std::time::Duration;

use errdocs::ApiError;
use http::StatusCode;

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    #[error("invalid credentials")]
    Unauthorized,
    #[error("missing scope {scope}")]
    #[api_error(code = "forbidden", detail = "missing scope `{scope}`")]
    MissingScope { scope: String },
    #[error("rate limited")]
    #[api_error(code = "rate_limited", status = 429)]
    RateLimited {
        #[api_error(retry_after)]
        wait: Duration,
    },
    #[error("storage failed: {0}")]
    #[api_error(code = "internal_error")]
    Internal(#[source] std::io::Error),
    #[error("no scan {0}")]
    #[api_error(code = "not_found", detail = "no scan with id {0:>4}")]
    NoScan(u32),
    #[error("busy")]
    #[api_error(code = "service_unavailable")]
    Busy(#[api_error(retry_after)] Option<Duration>),
    #[error("bad field {0}")]
    #[api_error(code = "bad_request")]
    BadField(String),
}

#[test]
fn facts_come_from_the_pages() {
    let err = AppError::Unauthorized;
    assert_eq!(err.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(err.code(), "unauthorized");
    assert!(!err.is_retryable());
    assert_eq!(
        err.doc_url(),
        "https://docs.lasscyber.com/errors/unauthorized"
    );
    assert_eq!(
        err.doc().summary,
        "Missing, expired, or invalid credentials."
    );
    assert_eq!(err.doc().retry.advice, "refresh credentials and re-issue.");
    assert_eq!(err.retry_after(), None);
    assert_eq!(err.envelope(), errdocs::Envelope::Errdocs);

    let err = AppError::RateLimited {
        wait: Duration::from_secs(7),
    };
    assert_eq!(err.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(err.is_retryable());
    assert_eq!(err.retry_after(), Some(Duration::from_secs(7)));
}

#[test]
fn the_code_defaults_to_the_snake_case_variant_name() {
    assert_eq!(AppError::Unauthorized.code(), "unauthorized");
    assert_eq!(AppError::NoScan(1).code(), "not_found");
}

#[test]
fn detail_templates_format_fields() {
    let err = AppError::MissingScope {
        scope: "scans:write".into(),
    };
    assert_eq!(err.detail(), "missing scope `scans:write`");
    assert_eq!(AppError::NoScan(42).detail(), "no scan with id   42");
}

#[test]
fn a_4xx_without_template_shows_display() {
    assert_eq!(AppError::Unauthorized.detail(), "invalid credentials");
    // A plain `#[error("…")]` is borrowed, not formatted.
    assert!(matches!(
        AppError::Unauthorized.detail(),
        Cow::Borrowed("invalid credentials")
    ));
    // One with arguments goes through `Display`.
    let err = AppError::BadField("name".into());
    assert!(matches!(err.detail(), Cow::Owned(d) if d == "bad field name"));
}

#[test]
fn a_5xx_never_shows_display_or_source() {
    let err = AppError::Internal(std::io::Error::other("password=hunter2"));
    assert!(err.to_string().contains("hunter2"));
    assert_eq!(err.detail(), "An unexpected error occurred on our side.");
    assert!(matches!(err.detail(), Cow::Borrowed(_)));
    let body = serde_json::to_string(&err.body("r")).unwrap();
    assert!(!body.contains("hunter2"), "{body}");
}

#[test]
fn optional_retry_after() {
    assert_eq!(AppError::Busy(None).retry_after(), None);
    assert_eq!(
        AppError::Busy(Some(Duration::from_secs(2))).retry_after(),
        Some(Duration::from_secs(2))
    );
    assert!(AppError::Busy(None).is_retryable());
}

#[test]
fn the_body_is_the_documented_envelope() {
    let err = AppError::MissingScope { scope: "a".into() };
    let body = serde_json::to_string(&err.body("5b3f6c7e")).unwrap();
    assert_eq!(
        body,
        r#"{"detail":"missing scope `a`","code":"forbidden","request_id":"5b3f6c7e","doc_url":"https://docs.lasscyber.com/errors/forbidden"}"#
    );
    let problem = serde_json::to_value(err.problem("5b3f6c7e", "/scans")).unwrap();
    assert_eq!(
        problem,
        serde_json::json!({
            "type": "https://docs.lasscyber.com/errors/forbidden",
            "title": "Forbidden",
            "status": 403,
            "detail": "missing scope `a`",
            "instance": "/scans",
            "code": "forbidden",
            "request_id": "5b3f6c7e",
        })
    );
}

/// A struct, with the code and detail on the type.
#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(
    code = "payload_too_large",
    status = 413,
    detail = "body of {size} bytes exceeds {limit}"
)]
#[error("payload too large")]
struct TooLarge {
    size: usize,
    limit: usize,
}

#[test]
fn structs_take_code_and_detail_on_the_type() {
    let err = TooLarge {
        size: 20,
        limit: 10,
    };
    assert_eq!(err.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(err.detail(), "body of 20 bytes exceeds 10");
}

/// A unit struct named after its code.
#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[error("conflict")]
struct Conflict;

#[test]
fn struct_code_defaults_to_its_name() {
    assert_eq!(Conflict.code(), "conflict");
    assert_eq!(Conflict.status().as_u16(), 409);
}

/// `exhaustive` over a fixture catalog, with errdocs' own `Display` and `Error`.
#[derive(Debug, errdocs::ApiError)]
#[api_error(docs = "fixtures/catalogs/mini", exhaustive, display)]
enum TeaError {
    Teapot,
    #[api_error(detail = "overloaded; try again in {0:?}")]
    Overloaded(#[api_error(retry_after)] Duration),
    Gone {
        #[source]
        source: std::io::Error,
    },
}

#[test]
fn fixture_catalog_with_exhaustive_and_display() {
    assert_eq!(TeaError::Teapot.status().as_u16(), 418);
    assert_eq!(TeaError::Teapot.to_string(), "The server is a teapot.");
    assert_eq!(TeaError::Teapot.detail(), "The server is a teapot.");
    let over = TeaError::Overloaded(Duration::from_secs(3));
    assert_eq!(over.to_string(), "overloaded; try again in 3s");
    assert_eq!(over.detail(), "overloaded; try again in 3s");
    assert!(over.is_retryable());
    let gone = TeaError::Gone {
        source: std::io::Error::other("disk"),
    };
    let source = std::error::Error::source(&gone).unwrap();
    assert_eq!(source.to_string(), "disk");
    assert_eq!(gone.doc().related(), ["teapot"]);
    assert_eq!(
        std::error::Error::source(&TeaError::Teapot).map(|_| ()),
        None
    );
}

/// The RFC 9457 envelope chosen on the type.
#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(envelope = "problem")]
enum ProblemError {
    #[error("nope")]
    NotFound,
}

#[test]
fn envelope_on_the_type() {
    assert_eq!(
        ProblemError::NotFound.envelope(),
        errdocs::Envelope::Problem
    );
}

/// Generic types keep their parameters and bounds.
#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum Generic<T: std::fmt::Debug + std::fmt::Display> {
    #[error("bad {0}")]
    #[api_error(code = "bad_request", detail = "bad value {0}")]
    Bad(T),
}

#[test]
fn generics_are_supported() {
    let err = Generic::Bad(5u8);
    assert_eq!(err.detail(), "bad value 5");
    assert_eq!(err.status().as_u16(), 400);
}

#[test]
fn the_page_markdown_is_embedded() {
    let page = include_str!("../../docs/errors/unauthorized.md");
    assert_eq!(AppError::Unauthorized.doc().markdown, page);
    assert_eq!(AppError::Unauthorized.doc().source_path, "unauthorized.md");
}

/// The envelope chosen by the catalog's `errdocs.toml` (`envelope = "problem"`).
#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "fixtures/catalogs/problem/errors")]
enum ShopError {
    #[error("only {left} left of item {item}")]
    #[api_error(code = "out_of_stock")]
    OutOfStock { item: u32, left: u32 },
}

#[test]
fn envelope_from_the_catalog_config() {
    let err = ShopError::OutOfStock { item: 17, left: 2 };
    assert_eq!(err.envelope(), errdocs::Envelope::Problem);
    assert_eq!(
        err.doc_url(),
        "https://api.example.com/problems/out_of_stock"
    );
    let response = err.to_response();
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(
        body["type"],
        "https://api.example.com/problems/out_of_stock"
    );
    assert_eq!(body["status"], 409);
    assert_eq!(body["detail"], "only 2 left of item 17");
}
