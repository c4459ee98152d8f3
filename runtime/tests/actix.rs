//! actix-web: a real server on a loopback port, a real HTTP client, both envelopes.
#![cfg(feature = "actix-web")]

use std::time::Duration;

use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors")]
enum ShopError {
    #[error("missing scope {0}")]
    #[api_error(code = "forbidden", detail = "missing scope `{0}`")]
    Scope(&'static str),
    #[error("slow down")]
    #[api_error(code = "rate_limited")]
    Limited(#[api_error(retry_after)] Duration),
    #[error("db down")]
    #[api_error(code = "service_unavailable")]
    Down(#[source] std::io::Error),
}

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors", envelope = "problem")]
enum ProblemError {
    #[error("no such order")]
    NotFound,
}

async fn scope() -> Result<String, ShopError> {
    Err(ShopError::Scope("orders:write"))
}
async fn limited() -> Result<String, ShopError> {
    Err(ShopError::Limited(Duration::from_millis(1500)))
}
async fn down() -> Result<String, ShopError> {
    Err(ShopError::Down(std::io::Error::other("token=SECRET")))
}
async fn order() -> Result<String, ProblemError> {
    Err(ProblemError::NotFound)
}

fn start() -> String {
    let server = HttpServer::new(|| {
        App::new()
            .wrap(from_fn(errdocs::actix::request_id))
            .route("/scope", web::get().to(scope))
            .route("/limited", web::get().to(limited))
            .route("/down", web::get().to(down))
            .route("/orders/{id}", web::get().to(order))
    })
    .workers(1)
    .bind(("127.0.0.1", 0))
    .unwrap();
    let addr = server.addrs()[0];
    let server = server.run();
    std::thread::spawn(move || actix_web::rt::System::new().block_on(server));
    format!("http://{addr}")
}

async fn get(url: String, id: Option<&str>) -> (u16, reqwest::header::HeaderMap, String) {
    let mut request = reqwest::Client::new().get(url);
    if let Some(id) = id {
        request = request.header("x-request-id", id);
    }
    let response = request.send().await.unwrap();
    (
        response.status().as_u16(),
        response.headers().clone(),
        response.text().await.unwrap(),
    )
}

#[tokio::test]
async fn actix_serves_the_documented_envelope() {
    let base = start();
    let (status, headers, body) = get(format!("{base}/scope"), Some("a-1")).await;
    assert_eq!(status, 403);
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(headers["x-request-id"], "a-1");
    assert_eq!(
        body,
        r#"{"detail":"missing scope `orders:write`","code":"forbidden","request_id":"a-1","doc_url":"https://docs.lasscyber.com/errors/forbidden"}"#
    );

    let (status, headers, _) = get(format!("{base}/limited"), None).await;
    assert_eq!(status, 429);
    assert_eq!(headers["retry-after"], "2");
    assert_eq!(headers["x-request-id"].len(), 36);

    let (status, _, body) = get(format!("{base}/down"), Some("a-2")).await;
    assert_eq!(status, 503);
    assert!(!body.contains("SECRET"), "{body}");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["detail"], "The service is temporarily unavailable.");

    let (status, headers, body) = get(format!("{base}/orders/9"), Some("a-3")).await;
    assert_eq!(status, 404);
    assert_eq!(headers["content-type"], "application/problem+json");
    assert_eq!(
        body,
        r#"{"type":"https://docs.lasscyber.com/errors/not_found","title":"Not Found","status":404,"detail":"no such order","instance":"/orders/9","code":"not_found","request_id":"a-3"}"#
    );
}

// Framework errors: actix-web's own 404, 405, JSON errors and 413 over loopback.

errdocs::catalog!("../docs/errors");

#[derive(serde::Deserialize)]
struct NewOrder {
    #[allow(dead_code)]
    qty: u32,
}

async fn create(_order: web::Json<NewOrder>) -> &'static str {
    "created"
}

fn start_framework(envelope: errdocs::Envelope) -> String {
    let errors = errdocs::FrameworkErrors::for_catalog::<ErrorCode>()
        .status(400, "bad_request")
        .envelope(envelope)
        .build()
        .unwrap();
    let server = HttpServer::new(move || {
        App::new()
            .app_data(web::JsonConfig::default().limit(1024))
            .service(web::resource("/orders").route(web::post().to(create)))
            .route("/scope", web::get().to(scope))
            .wrap(errdocs::actix::FrameworkErrorsMiddleware::new(
                errors.clone(),
            ))
            .wrap(from_fn(errdocs::actix::request_id))
    })
    .workers(1)
    .bind(("127.0.0.1", 0))
    .unwrap();
    let addr = server.addrs()[0];
    let server = server.run();
    std::thread::spawn(move || actix_web::rt::System::new().block_on(server));
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
async fn actix_answers_an_unknown_route_with_the_not_found_page() {
    let base = start_framework(errdocs::Envelope::Errdocs);
    let client = reqwest::Client::new();
    let reply = send(client.get(format!("{base}/nowhere")), "g-1").await;
    assert_page(&reply, ErrorCode::NotFound, "g-1");
    assert_eq!(
        reply.body,
        r#"{"detail":"The resource or route does not exist.","code":"not_found","request_id":"g-1","doc_url":"https://docs.lasscyber.com/errors/not_found"}"#
    );
}

#[tokio::test]
async fn actix_answers_a_wrong_method_with_the_method_not_allowed_page() {
    let base = start_framework(errdocs::Envelope::Errdocs);
    let client = reqwest::Client::new();
    let reply = send(client.get(format!("{base}/orders")), "g-2").await;
    assert_page(&reply, ErrorCode::MethodNotAllowed, "g-2");
}

#[tokio::test]
async fn actix_answers_a_malformed_json_body_with_the_chosen_400_page() {
    let base = start_framework(errdocs::Envelope::Errdocs);
    let client = reqwest::Client::new();
    let request = client
        .post(format!("{base}/orders"))
        .header("content-type", "application/json")
        .body("{\"qty\":");
    let reply = send(request, "g-3").await;
    assert_page(&reply, ErrorCode::BadRequest, "g-3");
}

#[tokio::test]
async fn actix_answers_an_oversized_body_with_the_payload_too_large_page() {
    let base = start_framework(errdocs::Envelope::Errdocs);
    let client = reqwest::Client::new();
    let request = client
        .post(format!("{base}/orders"))
        .header("content-type", "application/json")
        .body(format!("{{\"qty\":1,\"pad\":\"{}\"}}", "x".repeat(4096)));
    let reply = send(request, "g-4").await;
    assert_page(&reply, ErrorCode::PayloadTooLarge, "g-4");
}

#[tokio::test]
async fn actix_framework_errors_use_the_problem_envelope_and_leave_derived_errors_alone() {
    let base = start_framework(errdocs::Envelope::Problem);
    let client = reqwest::Client::new();
    let reply = send(client.get(format!("{base}/nowhere")), "g-5").await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.headers["content-type"], "application/problem+json");
    assert_eq!(reply.headers["x-request-id"], "g-5");
    assert_eq!(
        reply.body,
        r#"{"type":"https://docs.lasscyber.com/errors/not_found","title":"Not Found","status":404,"detail":"The resource or route does not exist.","instance":"/nowhere","code":"not_found","request_id":"g-5"}"#
    );

    let reply = send(client.get(format!("{base}/scope")), "g-6").await;
    assert_eq!(reply.status, 403);
    assert!(
        reply.body.contains("missing scope `orders:write`"),
        "{}",
        reply.body
    );
}
