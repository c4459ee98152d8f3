//! axum: `IntoResponse` without a server (tower `oneshot`), the request-id layer with
//! tower-http, the problem envelope, and 5xx logging.
#![cfg(feature = "axum")]

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::routing::get;
use http::Request;
use tower::ServiceExt;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors", envelope = "problem")]
enum ApiErr {
    #[error("conflict on {0}")]
    #[api_error(code = "conflict", detail = "version {0} is stale")]
    Stale(u32),
    #[error("upstream failed")]
    #[api_error(code = "bad_gateway")]
    Upstream(#[source] std::io::Error),
}

async fn stale() -> Result<(), ApiErr> {
    Err(ApiErr::Stale(3))
}
async fn upstream() -> Result<(), ApiErr> {
    Err(ApiErr::Upstream(std::io::Error::other(
        "tls handshake with 10.0.0.7 failed: key=abc",
    )))
}

fn app() -> Router {
    Router::new()
        .route("/docs/{id}", get(stale))
        .route("/upstream", get(upstream))
        .layer(errdocs::axum::RequestIdLayer::new())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
}

async fn call(path: &str, id: Option<&str>) -> (http::response::Parts, String) {
    let mut request = Request::get(path);
    if let Some(id) = id {
        request = request.header("x-request-id", id);
    }
    let response = app()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    (parts, String::from_utf8(bytes.to_vec()).unwrap())
}

#[tokio::test]
async fn problem_details_with_the_request_path_as_instance() {
    let (parts, body) = call("/docs/12", Some("p-1")).await;
    assert_eq!(parts.status, 409);
    assert_eq!(parts.headers["content-type"], "application/problem+json");
    assert_eq!(parts.headers["x-request-id"], "p-1");
    assert_eq!(
        body,
        r#"{"type":"https://docs.lasscyber.com/errors/conflict","title":"Conflict","status":409,"detail":"version 3 is stale","instance":"/docs/12","code":"conflict","request_id":"p-1"}"#
    );
}

#[tokio::test]
async fn tower_http_ids_reach_the_body() {
    let (parts, body) = call("/docs/1", None).await;
    let header = parts.headers["x-request-id"].to_str().unwrap().to_owned();
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["request_id"], header.as_str());
    assert_eq!(header.len(), 36);
}

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn a_5xx_is_masked_in_the_body_and_logged_in_full() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let (parts, body) = call("/upstream", Some("p-9")).await;
    assert_eq!(parts.status, 502);
    assert!(
        !body.contains("10.0.0.7") && !body.contains("key=abc"),
        "{body}"
    );
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        json["detail"],
        errdocs::ApiError::doc(&ApiErr::Upstream(std::io::Error::other("x"))).summary
    );

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(log.contains("request_id=p-9"), "{log}");
    assert!(log.contains("code=\"bad_gateway\""), "{log}");
    assert!(
        log.contains("upstream failed: tls handshake with 10.0.0.7 failed: key=abc"),
        "{log}"
    );
}

#[tokio::test]
async fn without_the_layer_each_error_gets_a_fresh_id() {
    let app = Router::new().route("/", get(stale));
    let response = app
        .oneshot(Request::get("/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(id.len(), 36);
}

// Framework errors: axum's own 404, 405, rejections and 413 over loopback.

errdocs::catalog!("../docs/errors");

#[derive(serde::Deserialize)]
struct Order {
    #[allow(dead_code)]
    qty: u32,
}

async fn create(axum::Json(_order): axum::Json<Order>) -> &'static str {
    "created"
}

async fn serve(envelope: errdocs::Envelope) -> String {
    let errors = errdocs::FrameworkErrors::for_catalog::<ErrorCode>()
        .status(400, "bad_request")
        .envelope(envelope)
        .build()
        .unwrap();
    let app = Router::new()
        .route("/orders", axum::routing::post(create))
        .route("/docs/{id}", get(stale))
        .layer(axum::extract::DefaultBodyLimit::max(1024))
        .layer(errdocs::axum::FrameworkErrorsLayer::new(errors))
        .layer(errdocs::axum::RequestIdLayer::new());
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

struct Reply {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: String,
}

async fn send(request: reqwest::RequestBuilder, id: &str) -> Reply {
    let response = request.header("x-request-id", id).send().await.unwrap();
    Reply {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

/// The errdocs body of `code`'s page with its summary as detail.
fn envelope(code: ErrorCode, id: &str) -> String {
    let doc = code.doc();
    serde_json::to_string(&doc.body(doc.summary.into(), id)).unwrap()
}

fn assert_page(reply: &Reply, code: ErrorCode, id: &str) {
    assert_eq!(reply.status, code.doc().status, "{}", reply.body);
    assert_eq!(reply.headers["content-type"], "application/json");
    assert_eq!(reply.headers["x-request-id"], id);
    assert_eq!(reply.body, envelope(code, id));
}

#[tokio::test]
async fn axum_answers_an_unknown_route_with_the_not_found_page() {
    let base = serve(errdocs::Envelope::Errdocs).await;
    let client = reqwest::Client::new();
    let reply = send(client.get(format!("{base}/nowhere")), "f-1").await;
    assert_page(&reply, ErrorCode::NotFound, "f-1");
    assert_eq!(
        reply.body,
        r#"{"detail":"The resource or route does not exist.","code":"not_found","request_id":"f-1","doc_url":"https://docs.lasscyber.com/errors/not_found"}"#
    );
}

#[tokio::test]
async fn axum_answers_a_wrong_method_with_the_method_not_allowed_page_and_keeps_allow() {
    let base = serve(errdocs::Envelope::Errdocs).await;
    let client = reqwest::Client::new();
    let reply = send(client.get(format!("{base}/orders")), "f-2").await;
    assert_page(&reply, ErrorCode::MethodNotAllowed, "f-2");
    assert_eq!(reply.headers["allow"], "POST");
}

#[tokio::test]
async fn axum_answers_a_malformed_json_body_with_the_chosen_400_page() {
    let base = serve(errdocs::Envelope::Errdocs).await;
    let client = reqwest::Client::new();
    let request = client
        .post(format!("{base}/orders"))
        .header("content-type", "application/json")
        .body("{\"qty\":");
    let reply = send(request, "f-3").await;
    assert_page(&reply, ErrorCode::BadRequest, "f-3");
}

#[tokio::test]
async fn axum_answers_an_oversized_body_with_the_payload_too_large_page() {
    let base = serve(errdocs::Envelope::Errdocs).await;
    let client = reqwest::Client::new();
    let request = client
        .post(format!("{base}/orders"))
        .header("content-type", "application/json")
        .body(format!("{{\"qty\":1,\"pad\":\"{}\"}}", "x".repeat(4096)));
    let reply = send(request, "f-4").await;
    assert_page(&reply, ErrorCode::PayloadTooLarge, "f-4");
}

#[tokio::test]
async fn axum_framework_errors_use_the_problem_envelope_and_leave_derived_errors_alone() {
    let base = serve(errdocs::Envelope::Problem).await;
    let client = reqwest::Client::new();
    let reply = send(client.get(format!("{base}/nowhere")), "f-5").await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.headers["content-type"], "application/problem+json");
    assert_eq!(reply.headers["x-request-id"], "f-5");
    assert_eq!(
        reply.body,
        r#"{"type":"https://docs.lasscyber.com/errors/not_found","title":"Not Found","status":404,"detail":"The resource or route does not exist.","instance":"/nowhere","code":"not_found","request_id":"f-5"}"#
    );

    // A derived error keeps its own detail.
    let reply = send(client.get(format!("{base}/docs/4")), "f-6").await;
    assert_eq!(reply.status, 409);
    assert!(
        reply.body.contains(r#""detail":"version 3 is stale""#),
        "{}",
        reply.body
    );
}
