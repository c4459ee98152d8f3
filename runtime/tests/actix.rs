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
