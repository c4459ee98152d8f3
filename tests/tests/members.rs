//! Body fields of `#[derive(ApiError)]`: serialized as members, and the generated test that
//! deserializes the page's example member into a field type the derive cannot read.

use std::path::Path;

use errdocs::ApiError;

#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct FieldError {
    field: String,
    message: String,
}

/// Serializes only: the generated example test has nothing to run for it.
#[derive(Debug, serde::Serialize)]
struct Reason(&'static str);

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
enum AppError {
    // `Vec<FieldError>`'s items are not plain: this test binary runs a generated test that
    // the page's `errors` deserializes into it.
    #[error("limit: too big")]
    ValidationFailed {
        #[api_error(body)]
        errors: Vec<FieldError>,
    },
    #[error("declined")]
    CardDeclined {
        #[api_error(body = "decline_code")]
        reason: Reason,
    },
    #[error("no")]
    Forbidden,
}

#[test]
fn members_follow_the_envelope_in_the_body() {
    let err = AppError::ValidationFailed {
        errors: vec![FieldError {
            field: "limit".into(),
            message: "too big".into(),
        }],
    };
    assert_eq!(
        serde_json::to_string(&err.body("r1")).unwrap(),
        r#"{"detail":"limit: too big","code":"validation_failed","request_id":"r1","doc_url":"https://docs.lasscyber.com/errors/validation_failed","errors":[{"field":"limit","message":"too big"}]}"#
    );
    let declined = AppError::CardDeclined {
        reason: Reason("expired_card"),
    };
    let problem = serde_json::to_value(declined.problem("r1", "/pay")).unwrap();
    assert_eq!(problem["decline_code"], "expired_card");
    assert!(AppError::Forbidden.members().is_none());
    let docs = &AppError::ValidationFailed { errors: vec![] }.doc().members;
    assert_eq!(docs[0].name, "errors");
    assert!(docs[0].required);
    assert_eq!(docs[0].schema_type, "array");
}

fn expand(input: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let ctx = errdocs_build::Context {
        manifest_dir: root.to_path_buf(),
        call_file: Some(root.join("src/lib.rs")),
        inline_markdown: false,
    };
    errdocs_build::expand_derive(input.parse().unwrap(), &ctx).to_string()
}

#[test]
fn a_field_type_that_is_not_plain_gets_a_test_naming_the_page() {
    let out = expand(
        "#[api_error(docs = \"docs/errors\")] enum E { ValidationFailed { #[api_error(body)] errors: Vec<Wrong> } }",
    );
    assert!(!out.contains("compile_error"), "{out}");
    assert!(
        out.contains("fn __errdocs_example_e_validation_failed_errors"),
        "{out}"
    );
    assert!(
        out.contains(
            "docs/errors/validation_failed.md:35:3: the example's `errors` does not deserialize into `Vec<Wrong>`"
        ),
        "{out}"
    );
    // Plain types are checked at compile time instead: no test.
    let out = expand(
        "#[api_error(docs = \"docs/errors\")] enum E { CardDeclined { #[api_error(body)] decline_code: String } }",
    );
    assert!(!out.contains("__errdocs_example_"), "{out}");
}
