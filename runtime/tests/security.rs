//! No 5xx body, on any code path, shows the error's `Display` or source; `doc_url` never
//! carries request data; request ids are sanitized before they are echoed.

use errdocs::ApiError;
use errdocs::request::RequestContext;

const SECRET: &str = "s3cr3t-token";

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors")]
enum Failure {
    #[error("internal {SECRET}")]
    #[api_error(code = "internal_error")]
    Unit,
    #[error("upstream said {0}")]
    #[api_error(code = "bad_gateway")]
    Tuple(#[source] std::io::Error),
    #[error("timeout after {secs}s talking to {host}")]
    #[api_error(code = "gateway_timeout")]
    Named { secs: u64, host: String },
    #[error("{0}")]
    #[api_error(code = "service_unavailable")]
    Message(String),
}

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors", envelope = "problem")]
enum ProblemFailure {
    #[error("db {SECRET}")]
    #[api_error(code = "internal_error")]
    Db(#[source] std::io::Error),
}

fn all() -> Vec<Failure> {
    vec![
        Failure::Unit,
        Failure::Tuple(std::io::Error::other(SECRET)),
        Failure::Named {
            secs: 30,
            host: SECRET.into(),
        },
        Failure::Message(SECRET.into()),
    ]
}

fn ctx() -> RequestContext {
    RequestContext {
        request_id: "req-1".into(),
        path: format!("/{SECRET}"),
    }
}

#[test]
fn no_5xx_body_shows_display_or_source() {
    for error in all() {
        assert!(error.status().is_server_error());
        assert!(
            errdocs::response::source_chain(&error).contains(SECRET),
            "the secret is in the error"
        );
        let body = serde_json::to_string(&error.body("r")).unwrap();
        assert!(!body.contains(SECRET), "{body}");
        let problem = serde_json::to_string(&error.problem("r", "/")).unwrap();
        assert!(!problem.contains(SECRET), "{problem}");
        let response = errdocs::response::build(&error, &ctx());
        let text = String::from_utf8(response.body().clone()).unwrap();
        assert!(!text.contains(SECRET), "{text}");
        assert_eq!(error.detail(), error.doc().summary);
    }
    let error = ProblemFailure::Db(std::io::Error::other(SECRET));
    let response = errdocs::response::build(
        &error,
        &RequestContext {
            request_id: "r".into(),
            path: "/x".into(),
        },
    );
    let text = String::from_utf8(response.body().clone()).unwrap();
    assert!(!text.contains(SECRET), "{text}");
}

#[cfg(feature = "axum")]
#[test]
fn no_5xx_axum_response_shows_display_or_source() {
    use axum::response::IntoResponse;
    for error in all() {
        let response = error.into_response();
        let body = futures_body(response);
        assert!(!body.contains(SECRET), "{body}");
    }
}

#[cfg(feature = "axum")]
fn futures_body(response: axum::response::Response) -> String {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let bytes = rt
        .block_on(axum::body::to_bytes(response.into_body(), usize::MAX))
        .unwrap();
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[cfg(feature = "actix-web")]
#[test]
fn no_5xx_actix_response_shows_display_or_source() {
    use actix_web::ResponseError;
    for error in all() {
        let response = error.error_response();
        let body = actix_web::body::to_bytes(response.into_body());
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let bytes = rt.block_on(body).unwrap();
        let text = String::from_utf8(bytes.to_vec()).unwrap();
        assert!(!text.contains(SECRET), "{text}");
    }
}

#[test]
fn doc_url_never_carries_request_data() {
    let error = Failure::Unit;
    let response = errdocs::response::build(&error, &ctx());
    let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(
        body["doc_url"],
        "https://docs.lasscyber.com/errors/internal_error"
    );
    assert_eq!(body["doc_url"], error.doc_url());
}

#[test]
fn request_ids_from_clients_are_sanitized() {
    let mut headers = http::HeaderMap::new();
    for bad in ["a\"b", "<x>", "a/b", "a b", "", "ünïcode"] {
        if let Ok(value) = http::HeaderValue::from_str(bad) {
            headers.insert("x-request-id", value);
            let ctx = RequestContext::from_headers(&headers, "/");
            assert_ne!(ctx.request_id, bad);
            assert_eq!(ctx.request_id.len(), 36);
        }
    }
    headers.insert(
        "x-request-id",
        http::HeaderValue::from_str(&"a".repeat(128)).unwrap(),
    );
    assert_eq!(
        RequestContext::from_headers(&headers, "/").request_id.len(),
        128
    );
    headers.insert(
        "x-request-id",
        http::HeaderValue::from_str(&"a".repeat(129)).unwrap(),
    );
    assert_eq!(
        RequestContext::from_headers(&headers, "/").request_id.len(),
        36
    );
}
