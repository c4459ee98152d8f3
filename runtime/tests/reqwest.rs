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

/// Regression: a `Retry-After: 86400` from a misbehaving proxy made the policy sleep a day.
#[tokio::test]
async fn a_retry_after_of_a_day_stops_the_policy_at_once() {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let calls = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
    let counter = calls.clone();
    let app = Router::new().route(
        "/busy",
        get(move || {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            async {
                (
                    http::StatusCode::SERVICE_UNAVAILABLE,
                    [("retry-after", "86400")],
                    r#"{"code":"service_unavailable","detail":"come back tomorrow"}"#,
                )
            }
        }),
    );
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let client = reqwest::Client::new();
    let mut sleeps = 0;
    let policy = errdocs::client::RetryPolicy::default();
    let run = policy.run(
        || errdocs::client::send::<ErrorCode>(client.get(format!("http://{addr}/busy"))),
        |delay| {
            sleeps += 1;
            tokio::time::sleep(delay)
        },
    );
    // A bound for a hang, far above the milliseconds this takes.
    let result = tokio::time::timeout(std::time::Duration::from_secs(60), run)
        .await
        .expect("the policy slept instead of stopping");
    let failure = result.unwrap_err();
    let api = failure.api().expect("the API answered");
    assert_eq!(api.code, Some(ErrorCode::ServiceUnavailable));
    assert_eq!(
        api.retry_after,
        Some(std::time::Duration::from_secs(86_400))
    );
    assert_eq!(sleeps, 0);
    assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 1);
}

/// Regression: a refused connection could not go through `RetryPolicy::run`.
#[tokio::test]
async fn a_refused_connection_is_retried_and_the_second_attempt_succeeds() {
    // A free port with nothing listening: the first attempt is refused.
    let addr = std::net::TcpListener::bind(("127.0.0.1", 0))
        .unwrap()
        .local_addr()
        .unwrap();
    let client = reqwest::Client::new();
    let mut attempts = 0;
    let policy = errdocs::client::RetryPolicy::default()
        .base_delay(std::time::Duration::from_millis(1))
        .jitter(false);
    let result = policy
        .run(
            || {
                attempts += 1;
                errdocs::client::send::<ErrorCode>(client.get(format!("http://{addr}/ok")))
            },
            |delay| {
                // Between the attempts, the server comes up on that port.
                let listener = std::net::TcpListener::bind(addr).unwrap();
                listener.set_nonblocking(true).unwrap();
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                let app = Router::new().route("/ok", get(ok));
                tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
                tokio::time::sleep(delay)
            },
        )
        .await;
    let response = result.expect("the second attempt succeeds");
    assert_eq!(response.text().await.unwrap(), "fine");
    assert_eq!(attempts, 2);

    // The refusal itself is a retryable transport error.
    let closed = std::net::TcpListener::bind(("127.0.0.1", 0))
        .unwrap()
        .local_addr()
        .unwrap();
    let refused = client
        .get(format!("http://{closed}/"))
        .send()
        .await
        .expect_err("nothing listens there");
    assert!(errdocs::client::Retryable::is_retryable(&refused));
}
