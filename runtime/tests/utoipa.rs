//! utoipa: an axum app's OpenAPI document lists its documented errors.
#![cfg(feature = "utoipa")]

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
#[openapi(paths(list_scans), components(schemas(errdocs::ErrorBody)))]
struct ApiDoc;

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
    assert_eq!(
        responses["429"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/ErrorBody"
    );
    let schema = &doc["components"]["schemas"]["ErrorBody"];
    assert_eq!(
        schema["required"],
        serde_json::json!(["detail", "code", "request_id", "doc_url"])
    );
}
