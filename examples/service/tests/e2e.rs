//! The example service on a loopback port, checked with a real HTTP client.

use std::net::SocketAddr;

use reqwest::header::HeaderMap;
use service_example::ErrorCode;

async fn start() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, service_example::app()).await.unwrap() });
    addr
}

struct Reply {
    status: u16,
    headers: HeaderMap,
    body: String,
}

async fn get(addr: SocketAddr, path: &str, request_id: Option<&str>) -> Reply {
    let client = reqwest::Client::new();
    let mut request = client.get(format!("http://{addr}{path}"));
    if let Some(id) = request_id {
        request = request.header("x-request-id", id);
    }
    let response = request.send().await.unwrap();
    Reply {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap()
}

#[tokio::test]
async fn a_4xx_has_the_documented_envelope_and_echoes_the_request_id() {
    let addr = start().await;
    let reply = get(addr, "/me", Some("client-id-1")).await;
    assert_eq!(reply.status, 401);
    assert_eq!(reply.headers["content-type"], "application/json");
    assert_eq!(reply.headers["x-request-id"], "client-id-1");
    assert!(reply.headers.get("retry-after").is_none());
    assert_eq!(
        reply.body,
        r#"{"detail":"invalid credentials","code":"unauthorized","request_id":"client-id-1","doc_url":"https://docs.lasscyber.com/errors/unauthorized"}"#
    );
}

#[tokio::test]
async fn without_a_client_id_tower_http_makes_one_and_it_reaches_the_body() {
    let addr = start().await;
    let reply = get(addr, "/scans/7", None).await;
    assert_eq!(reply.status, 404);
    let body = json(&reply.body);
    let id = reply.headers["x-request-id"].to_str().unwrap();
    assert_eq!(id.len(), 36, "{id}");
    assert_eq!(body["request_id"], id);
    assert_eq!(body["detail"], "no scan with id `7`");
}

#[tokio::test]
async fn an_unsafe_request_id_is_replaced() {
    let addr = start().await;
    let long = "a".repeat(200);
    for bad in ["<script>alert(1)</script>", long.as_str(), "a b"] {
        let reply = get(addr, "/me", Some(bad)).await;
        let id = json(&reply.body)["request_id"].as_str().unwrap().to_owned();
        assert_ne!(id, bad);
        assert_eq!(id.len(), 36);
        assert_eq!(reply.headers["x-request-id"], id.as_str());
    }
}

#[tokio::test]
async fn rate_limits_send_retry_after_and_parse_back_as_retryable() {
    let addr = start().await;
    let reply = get(addr, "/search", Some("r-2")).await;
    assert_eq!(reply.status, 429);
    assert_eq!(reply.headers["retry-after"], "30");
    let mut headers = http::HeaderMap::new();
    headers.insert(
        "retry-after",
        reply.headers["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap(),
    );
    let failure =
        errdocs::client::parse::<ErrorCode>(reply.status, &headers, reply.body.as_bytes());
    assert_eq!(failure.code, Some(ErrorCode::RateLimited));
    assert_eq!(failure.request_id.as_deref(), Some("r-2"));
    assert_eq!(
        failure.retry_after,
        Some(std::time::Duration::from_secs(30))
    );
    assert!(failure.is_retryable());
    assert_eq!(failure.member::<u32>("limit"), Some(100));
    assert_eq!(failure.member::<u32>("remaining"), Some(0));
}

#[tokio::test]
async fn members_are_the_pages_examples_and_parse_back_typed() {
    let addr = start().await;
    for (path, code) in [
        ("/scans?limit=500", ErrorCode::ValidationFailed),
        ("/search", ErrorCode::RateLimited),
    ] {
        let reply = get(addr, path, Some("r-m")).await;
        let mut want = json(code.doc().example.unwrap());
        want["request_id"] = "r-m".into();
        if code == ErrorCode::RateLimited {
            want["detail"] = "rate limited".into();
        }
        assert_eq!(json(&reply.body), want, "{path}");
    }
    let reply = get(addr, "/scans?limit=500", None).await;
    let failure =
        errdocs::client::parse::<ErrorCode>(422, &http::HeaderMap::new(), reply.body.as_bytes());
    let errors: Vec<service_example::FieldError> = failure.member("errors").unwrap();
    assert_eq!(errors[0].field, "limit");
}

#[tokio::test]
async fn a_5xx_body_never_shows_the_source() {
    let addr = start().await;
    let reply = get(addr, "/reports", Some("r-3")).await;
    assert_eq!(reply.status, 500);
    assert_eq!(
        reply.body,
        r#"{"detail":"An unexpected error occurred on our side.","code":"internal_error","request_id":"r-3","doc_url":"https://docs.lasscyber.com/errors/internal_error"}"#
    );
    assert!(!reply.body.contains("hunter2") && !reply.body.contains("disk"));
}

#[tokio::test]
async fn the_service_explains_its_errors() {
    let addr = start().await;
    let reply = get(addr, "/errors/unauthorized", None).await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.headers["content-type"],
        "text/markdown; charset=utf-8"
    );
    assert_eq!(
        reply.body,
        include_str!("../../../docs/errors/unauthorized.md")
    );
}

#[tokio::test]
async fn an_unknown_error_page_answers_the_not_found_page() {
    let addr = start().await;
    let reply = get(addr, "/errors/nope", Some("r-5")).await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.headers["content-type"], "application/json");
    assert_eq!(reply.headers["x-request-id"], "r-5");
    assert_eq!(
        reply.body,
        r#"{"detail":"no error page for the code `nope`","code":"not_found","request_id":"r-5","doc_url":"https://docs.lasscyber.com/errors/not_found"}"#
    );
}

/// The documented body of `code`'s page with its summary as detail.
fn page_body(code: ErrorCode, id: &str) -> String {
    let doc = code.doc();
    serde_json::to_string(&doc.body(doc.summary.into(), id)).unwrap()
}

#[tokio::test]
async fn an_unknown_route_answers_the_not_found_page() {
    let addr = start().await;
    let reply = get(addr, "/nowhere", Some("r-6")).await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.headers["content-type"], "application/json");
    assert_eq!(reply.headers["x-request-id"], "r-6");
    assert_eq!(reply.body, page_body(ErrorCode::NotFound, "r-6"));
}

#[tokio::test]
async fn a_wrong_method_answers_the_method_not_allowed_page() {
    let addr = start().await;
    let response = reqwest::Client::new()
        .post(format!("http://{addr}/me"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(response.headers()["allow"], "GET,HEAD");
    let id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(id.len(), 36);
    assert_eq!(
        response.text().await.unwrap(),
        page_body(ErrorCode::MethodNotAllowed, &id)
    );
}

#[tokio::test]
async fn successes_are_untouched() {
    let addr = start().await;
    let reply = get(addr, "/scans/1", Some("r-4")).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body, "{\"id\":1,\"status\":\"done\"}");
    assert_eq!(reply.headers["x-request-id"], "r-4");
}
