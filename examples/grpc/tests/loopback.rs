//! The example service on a loopback port, called with a real tonic client: the same pages
//! give the same codes, retry flags and doc URLs over gRPC as over HTTP.

use std::time::Duration;

use errdocs::client::{RetryPolicy, from_status};
use grpc_example::{ErrorCode, ScansClient};
use tonic::Code;
use tonic_types::StatusExt as _;

async fn client() -> ScansClient {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(grpc_example::serve(listener));
    ScansClient::connect(format!("http://{addr}"))
        .await
        .unwrap()
}

#[tokio::test]
async fn a_success_is_a_success() {
    let mut scans = client().await;
    let body = scans.call("Get", "1", None).await.unwrap();
    assert_eq!(body, "{\"id\":1,\"status\":\"done\"}");
}

#[tokio::test]
async fn each_error_arrives_with_its_page() {
    let mut scans = client().await;
    let cases = [
        (
            "Get",
            "7",
            ErrorCode::NotFound,
            Code::NotFound,
            "no scan with id `7`",
        ),
        (
            "Delete",
            "7",
            ErrorCode::Forbidden,
            Code::PermissionDenied,
            "missing scope `scans:write`",
        ),
        (
            "Search",
            "x",
            ErrorCode::RateLimited,
            Code::ResourceExhausted,
            "rate limited",
        ),
    ];
    for (method, arg, code, grpc, message) in cases {
        let status = scans.call(method, arg, Some("ex-1")).await.unwrap_err();
        assert_eq!(
            (status.code(), status.message()),
            (grpc, message),
            "{method}"
        );
        let info = status.get_details_error_info().unwrap();
        assert_eq!(info.reason, code.doc().code);
        assert_eq!(info.domain, "api.lasscyber.com");
        assert_eq!(
            status.get_details_help().unwrap().links[0].url,
            code.doc().doc_url
        );
        assert_eq!(
            status.get_details_request_info().unwrap().request_id,
            "ex-1"
        );
        let failure = from_status::<ErrorCode>(&status);
        assert_eq!(failure.code, Some(code));
        assert_eq!(failure.status, code.doc().status);
        assert_eq!(failure.request_id.as_deref(), Some("ex-1"));
        assert_eq!(failure.is_retryable(), code.doc().retry.retryable);
    }
    let status = scans.call("Search", "x", None).await.unwrap_err();
    let failure = from_status::<ErrorCode>(&status);
    assert_eq!(failure.retry_after, Some(Duration::from_secs(30)));
}

#[tokio::test]
async fn a_5xx_shows_only_the_summary() {
    let mut scans = client().await;
    let status = scans.call("Report", "q3", None).await.unwrap_err();
    assert_eq!(status.code(), Code::Internal);
    assert_eq!(status.message(), ErrorCode::InternalError.doc().summary);
    let wire = format!("{status:?}");
    assert!(
        !wire.contains("hunter2") && !wire.contains("storage failed"),
        "{wire}"
    );
}

#[tokio::test]
async fn the_retry_policy_gives_up_on_a_final_error() {
    let scans = client().await;
    let policy = RetryPolicy::default().base_delay(Duration::from_millis(1));
    let mut calls = 0;
    let result = policy
        .run(
            || {
                calls += 1;
                let mut scans = scans.clone();
                async move {
                    scans
                        .call("Delete", "7", None)
                        .await
                        .map_err(|s| from_status::<ErrorCode>(&s))
                }
            },
            tokio::time::sleep,
        )
        .await;
    assert_eq!(result.unwrap_err().code, Some(ErrorCode::Forbidden));
    assert_eq!(calls, 1, "the page says forbidden is final");
}
