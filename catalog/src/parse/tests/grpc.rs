//! The `gRPC code` fact: derived from the status, stated in a row or front matter, validated.

use super::*;
use crate::GrpcCode;

#[test]
fn every_status_of_the_reference_catalog_maps_to_its_grpc_code() {
    let catalog = crate::load("../docs/errors").unwrap();
    let expected = [
        ("bad_gateway", 502, GrpcCode::Unavailable),
        ("bad_request", 400, GrpcCode::InvalidArgument),
        ("card_declined", 402, GrpcCode::FailedPrecondition),
        ("conflict", 409, GrpcCode::Aborted),
        ("forbidden", 403, GrpcCode::PermissionDenied),
        ("gateway_timeout", 504, GrpcCode::DeadlineExceeded),
        ("internal_error", 500, GrpcCode::Internal),
        ("method_not_allowed", 405, GrpcCode::FailedPrecondition),
        ("not_found", 404, GrpcCode::NotFound),
        ("payload_too_large", 413, GrpcCode::FailedPrecondition),
        ("rate_limited", 429, GrpcCode::ResourceExhausted),
        ("service_unavailable", 503, GrpcCode::Unavailable),
        ("unauthorized", 401, GrpcCode::Unauthenticated),
        ("unsupported_version", 400, GrpcCode::InvalidArgument),
        ("validation_failed", 422, GrpcCode::FailedPrecondition),
    ];
    let got: Vec<(&str, u16, GrpcCode)> = catalog
        .pages
        .iter()
        .map(|p| (p.code.as_str(), p.status, p.grpc_code))
        .collect();
    assert_eq!(got, expected);
    // None of them states one: the span says so.
    assert!(catalog.pages.iter().all(|p| p.spans.grpc_code.is_empty()));
}

#[test]
fn a_stated_grpc_code_overrides_the_status() {
    let text = page_with_rows(
        "not_found",
        &[
            "| **HTTP status** | `404 Not Found` |",
            "| **gRPC code** | `FAILED_PRECONDITION` |",
            "| **Retry?** | No |",
        ],
    );
    let page = ok(&text);
    assert_eq!(page.grpc_code, GrpcCode::FailedPrecondition);
    assert_eq!(&text[page.spans.grpc_code.clone()], "`FAILED_PRECONDITION`");

    let front = "---\ngrpc_code: ALREADY_EXISTS\n---\n".to_owned()
        + &page_with_rows(
            "conflict",
            &[
                "| **HTTP status** | `409 Conflict` |",
                "| **Retry?** | No |",
            ],
        );
    assert_eq!(ok(&front).grpc_code, GrpcCode::AlreadyExists);
}

#[test]
fn a_bad_grpc_code_is_an_error_with_a_suggestion() {
    let cases = [
        ("NOT_FOUNDD", "did you mean `NOT_FOUND`?"),
        ("not_found", "did you mean `NOT_FOUND`?"),
        ("CANCELED", "did you mean `CANCELLED`?"),
        ("5", "did you mean `NOT_FOUND`?"),
    ];
    for (value, help) in cases {
        let text = page_with_rows(
            "not_found",
            &[
                "| **HTTP status** | `404 Not Found` |",
                &format!("| **gRPC code** | `{value}` |"),
                "| **Retry?** | No |",
            ],
        );
        let diags = errors(&text);
        let d = only(&diags, &format!("`{value}` is not a gRPC status code"));
        assert_eq!(d.help.as_deref(), Some(help), "{value}");
        assert_eq!(at(d), position(&text, &format!("`{value}`")));
    }
    let text = page_with_rows(
        "not_found",
        &[
            "| **HTTP status** | `404 Not Found` |",
            "| **gRPC code** | TEAPOT |",
            "| **Retry?** | No |",
        ],
    );
    let diags = errors(&text);
    let d = only(&diags, "`TEAPOT` is not a gRPC status code");
    let help = d.help.as_deref().unwrap_or_default();
    assert!(
        help.starts_with("write one of `CANCELLED`, `UNKNOWN`"),
        "{help}"
    );
    let text = page_with_rows(
        "not_found",
        &[
            "| **HTTP status** | `404 Not Found` |",
            "| **gRPC code** | OK |",
            "| **Retry?** | No |",
        ],
    );
    only(&errors(&text), "`OK` is the gRPC code of a success");
}

#[test]
fn row_and_front_matter_must_agree() {
    let text = "---\ngrpc_code: ABORTED\n---\n".to_owned()
        + &page_with_rows(
            "conflict",
            &[
                "| **HTTP status** | `409 Conflict` |",
                "| **gRPC code** | `ALREADY_EXISTS` |",
                "| **Retry?** | No |",
            ],
        );
    let diags = errors(&text);
    let d = only(
        &diags,
        "front matter `grpc_code: ABORTED` disagrees with the `gRPC code` row `ALREADY_EXISTS`",
    );
    assert_eq!(d.line, 2);
}

#[test]
fn a_misspelled_grpc_label_or_key_is_reported() {
    let text = page_with_rows(
        "not_found",
        &[
            "| **HTTP status** | `404 Not Found` |",
            "| **gRCP code** | `NOT_FOUND` |",
            "| **Retry?** | No |",
        ],
    );
    let diags = errors(&text);
    let d = only(&diags, "unknown fact `gRCP code`");
    assert_eq!(d.help.as_deref(), Some("did you mean `gRPC code`?"));
    let text = "---\ngrpc_cod: NOT_FOUND\n---\n".to_owned()
        + &page_with_rows(
            "not_found",
            &[
                "| **HTTP status** | `404 Not Found` |",
                "| **Retry?** | No |",
            ],
        );
    let diags = errors(&text);
    let d = only(&diags, "unknown front-matter key `grpc_cod`");
    assert_eq!(d.help.as_deref(), Some("did you mean `grpc_code`?"));
}

/// Regression: a misspelled front-matter key near `grpc_code` must not count as a reported
/// retry flag (the old catch-all mapped every misspelling but `code` and `status` to it).
#[test]
fn a_misspelled_grpc_key_does_not_hide_a_missing_retry_flag() {
    let text = "---\ngrpc_cod: NOT_FOUND\n---\n# not_found\n\n> Gone.\n\n| | |\n|-|-|\n| **HTTP status** | `404 Not Found` |\n";
    let diags = errors(text);
    only(&diags, "page states no retry flag");
}
