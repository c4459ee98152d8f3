//! utoipa: an axum app's OpenAPI document lists its documented errors, validates as served
//! (no hand-added components), and states the same contract as `errdocs export --format openapi`.
#![cfg(feature = "utoipa")]

#[path = "../../cli/tests/support/tools.rs"]
mod tools;

use serde_json::{Value, json};
use utoipa::OpenApi;

/// Only its type is used: the OpenAPI document is built from the type.
#[allow(dead_code)]
#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors")]
enum ScanError {
    #[error("no")]
    Unauthorized,
    #[error("bad")]
    BadRequest,
    #[error("old")]
    UnsupportedVersion,
    #[error("busy")]
    #[api_error(code = "rate_limited")]
    Busy,
}

#[utoipa::path(get, path = "/scans", responses((status = 200, description = "The scans"), ScanError))]
#[allow(dead_code)]
async fn list_scans() {}

#[derive(OpenApi)]
#[openapi(paths(list_scans))]
struct ApiDoc;

/// Every page of the reference catalog, so its document can be compared with the export's.
#[allow(dead_code)]
#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors")]
enum AllErrors {
    #[error("x")]
    BadGateway,
    #[error("x")]
    BadRequest,
    #[error("x")]
    CardDeclined {
        #[api_error(body)]
        decline_code: String,
    },
    #[error("x")]
    Conflict,
    #[error("x")]
    Forbidden,
    #[error("x")]
    GatewayTimeout,
    #[error("x")]
    InternalError,
    #[error("x")]
    MethodNotAllowed,
    #[error("x")]
    NotFound,
    #[error("x")]
    PayloadTooLarge,
    #[error("x")]
    RateLimited,
    #[error("x")]
    ServiceUnavailable,
    #[error("x")]
    Unauthorized,
    #[error("x")]
    UnsupportedVersion,
    #[error("x")]
    ValidationFailed {
        #[api_error(body)]
        errors: Vec<serde_json::Value>,
    },
}

#[utoipa::path(get, path = "/everything", responses(AllErrors))]
#[allow(dead_code)]
async fn everything() {}

#[derive(OpenApi)]
#[openapi(paths(everything))]
struct AllDoc;

#[test]
fn the_openapi_document_shows_every_documented_error() {
    let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
    let responses = &doc["paths"]["/scans"]["get"]["responses"];
    let statuses: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(statuses, ["200", "400", "401", "429"]);
    let examples = &responses["400"]["content"]["application/json"]["examples"];
    assert_eq!(
        examples.as_object().unwrap().len(),
        2,
        "one example per code, never collapsed"
    );
    assert_eq!(
        examples["unsupported_version"]["value"]["code"],
        "unsupported_version"
    );
    assert_eq!(
        examples["bad_request"]["value"]["doc_url"],
        "https://docs.lasscyber.com/errors/bad_request"
    );
    // `rate_limited` has members: its schema is the envelope's and its own.
    let schema = &responses["429"]["content"]["application/json"]["schema"]["allOf"][0];
    assert_eq!(
        schema["required"],
        json!(["detail", "code", "request_id", "doc_url"])
    );
    assert_eq!(
        schema["properties"]["code"]["enum"],
        json!([
            "bad_request",
            "rate_limited",
            "unauthorized",
            "unsupported_version"
        ])
    );
    let registered = doc["components"]["schemas"]
        .as_object()
        .map_or(0, |s| s.len());
    assert_eq!(registered, 0, "nothing to register by hand");
}

/// The export's response for `status`, with its schema references resolved.
fn export_response(export: &Value, status: &str) -> Value {
    let mut response = export["components"]["responses"][format!("Error{status}")].clone();
    resolve(&mut response, export);
    response
}

/// `value` with every `$ref` to a component schema replaced by the schema.
fn resolve(value: &mut Value, export: &Value) {
    if let Some(name) = value.get("$ref").and_then(Value::as_str) {
        let name = name.trim_start_matches("#/components/schemas/").to_owned();
        *value = export["components"]["schemas"][name].clone();
    }
    match value {
        Value::Object(map) => map.values_mut().for_each(|v| resolve(v, export)),
        Value::Array(items) => items.iter_mut().for_each(|v| resolve(v, export)),
        _ => {}
    }
}

#[test]
fn the_utoipa_document_states_the_same_contract_as_the_export() {
    let catalog = errdocs_catalog::load("../docs/errors").unwrap();
    let export: Value = serde_json::from_str(&errdocs_export::to_openapi(&catalog)).unwrap();
    let served = serde_json::to_value(AllDoc::openapi()).unwrap();
    let responses = served["paths"]["/everything"]["get"]["responses"]
        .as_object()
        .unwrap();
    let exported = export["components"]["responses"].as_object().unwrap();
    assert_eq!(responses.len(), exported.len());
    for (status, response) in responses {
        assert_eq!(
            *response,
            export_response(&export, status),
            "the response for {status} differs between utoipa and the export"
        );
    }
}

/// `python3` with openapi-spec-validator importable (the project's `.tools/` or the system's),
/// or a skip line outside CI.
fn validator() -> Option<std::process::Command> {
    let available = tools::tool("python3").is_some_and(|mut python| {
        python
            .args(["-c", "import openapi_spec_validator"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    tools::tool_available(
        available,
        "openapi-spec-validator",
        "pip install openapi-spec-validator",
    )
    .then(|| tools::tool("python3"))
    .flatten()
}

#[tokio::test]
async fn the_served_document_validates_without_hand_added_components() {
    use axum::routing::get;
    let app = axum::Router::new().route(
        "/openapi.json",
        get(|| async { axum::Json(ApiDoc::openapi()) }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let text = reqwest::get(format!("http://{addr}/openapi.json"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let served: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(served["openapi"], "3.1.0");
    let Some(mut python) = validator() else {
        return;
    };
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("utoipa-served");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("openapi-{}.json", std::process::id()));
    std::fs::write(&path, &text).unwrap();
    let out = python
        .arg("-m")
        .arg("openapi_spec_validator")
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the served document does not validate:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
