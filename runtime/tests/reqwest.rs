//! The `reqwest` feature: a real response from a loopback server becomes an `ApiFailure`.
#![cfg(all(feature = "reqwest", feature = "axum"))]

use axum::Router;
use axum::routing::get;

errdocs::catalog!("../docs/errors");

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors")]
enum ServerError {
    #[error("slow down")]
    #[api_error(code = "rate_limited")]
    Limited(#[api_error(retry_after)] std::time::Duration),
}

async fn limited() -> Result<&'static str, ServerError> {
    Err(ServerError::Limited(std::time::Duration::from_secs(5)))
}

async fn ok() -> &'static str {
    "fine"
}

#[tokio::test]
async fn check_turns_error_responses_into_failures() {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let app = Router::new()
        .route("/limited", get(limited))
        .route("/ok", get(ok))
        .layer(errdocs::axum::RequestIdLayer::new());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let client = reqwest::Client::new();
    let response = client
        .get(format!("http://{addr}/ok"))
        .send()
        .await
        .unwrap();
    let response = errdocs::client::check::<ErrorCode>(response).await.unwrap();
    assert_eq!(response.text().await.unwrap(), "fine");

    let response = client
        .get(format!("http://{addr}/limited"))
        .header("x-request-id", "q-1")
        .send()
        .await
        .unwrap();
    let failure = errdocs::client::check::<ErrorCode>(response)
        .await
        .unwrap_err();
    assert_eq!(failure.code, Some(ErrorCode::RateLimited));
    assert_eq!(failure.status.as_u16(), 429);
    assert_eq!(failure.request_id.as_deref(), Some("q-1"));
    assert_eq!(failure.retry_after, Some(std::time::Duration::from_secs(5)));
    assert!(failure.is_retryable());
    assert_eq!(
        failure.to_string(),
        "HTTP 429 `rate_limited`: slow down (request q-1)"
    );
}
