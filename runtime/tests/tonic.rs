//! tonic over loopback: a real server answers with derived errors, a real client reads the
//! code, message and each google.rpc detail back, and `from_status` round-trips the code.
#![cfg(feature = "tonic")]

use std::convert::Infallible;
use std::future::Future;
use std::io::Write;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use errdocs::client::{ApiFailure, RetryPolicy, from_status};
use http::uri::PathAndQuery;
use proptest::prelude::*;
use tonic::{Code, Status};
use tonic_prost::ProstCodec;
use tonic_types::StatusExt as _;

errdocs::catalog!("../docs/errors");

const SECRET: &str = "postgres://admin:hunter2@10.0.0.7/scans";

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors")]
enum AppError {
    #[error("missing scope {scope}")]
    #[api_error(code = "forbidden", detail = "missing scope `{scope}`")]
    MissingScope { scope: String },
    #[error("too many scans")]
    RateLimited {
        #[api_error(retry_after)]
        wait: Duration,
    },
    #[error("database query failed")]
    #[api_error(code = "internal_error")]
    Database(#[source] std::io::Error),
}

/// The error a call names in its request message.
fn error_for(name: &str) -> AppError {
    match name {
        "forbidden" => AppError::MissingScope {
            scope: "scans:write".into(),
        },
        "rate_limited" => AppError::RateLimited {
            wait: Duration::from_millis(2500),
        },
        _ => AppError::Database(std::io::Error::other(SECRET)),
    }
}

/// `errdocs.test.Errors/Fail`: a unary method (string in, string out) that always fails.
#[derive(Clone)]
struct Errors;

impl tonic::server::NamedService for Errors {
    const NAME: &'static str = "errdocs.test.Errors";
}

struct Fail;

impl tonic::server::UnaryService<String> for Fail {
    type Response = String;
    type Future = Pin<Box<dyn Future<Output = Result<tonic::Response<String>, Status>> + Send>>;

    fn call(&mut self, request: tonic::Request<String>) -> Self::Future {
        Box::pin(async move { Err(error_for(request.get_ref()).into()) })
    }
}

impl tower_service::Service<http::Request<tonic::body::Body>> for Errors {
    type Response = http::Response<tonic::body::Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<tonic::body::Body>) -> Self::Future {
        Box::pin(async move {
            let mut grpc = tonic::server::Grpc::new(ProstCodec::<String, String>::default());
            Ok(grpc.unary(Fail, request).await)
        })
    }
}

/// A server on a free loopback port; its address.
async fn serve() -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let incoming = tonic::transport::server::TcpIncoming::from(listener);
    tokio::spawn(
        tonic::transport::Server::builder()
            .layer(errdocs::tonic::RequestIdLayer::new())
            .add_service(Errors)
            .serve_with_incoming(incoming),
    );
    addr
}

/// Calls `Fail` with `name`, and the request id `id` if any; the status it fails with.
async fn call(addr: std::net::SocketAddr, name: &str, id: Option<&str>) -> Status {
    let channel = tonic::transport::Endpoint::from_shared(format!("http://{addr}"))
        .unwrap()
        .connect()
        .await
        .unwrap();
    let mut grpc = tonic::client::Grpc::new(channel);
    grpc.ready().await.unwrap();
    let mut request = tonic::Request::new(name.to_owned());
    if let Some(id) = id {
        request
            .metadata_mut()
            .insert("x-request-id", id.parse().unwrap());
    }
    let path = PathAndQuery::from_static("/errdocs.test.Errors/Fail");
    let codec = ProstCodec::<String, String>::default();
    grpc.unary(request, path, codec).await.unwrap_err()
}

/// Every detail of `status`, checked against the page of `code`.
fn assert_details(status: &Status, code: ErrorCode, request_id: &str) {
    let doc = code.doc();
    let info = status.get_details_error_info().expect("ErrorInfo");
    assert_eq!(info.reason, doc.code);
    assert_eq!(info.domain, "api.lasscyber.com");
    assert!(info.metadata.is_empty());
    let help = status.get_details_help().expect("Help");
    assert_eq!(help.links.len(), 1);
    assert_eq!(help.links[0].url, doc.doc_url);
    assert_eq!(help.links[0].description, doc.summary);
    let info = status.get_details_request_info().expect("RequestInfo");
    assert_eq!(info.request_id, request_id);
    assert_eq!(status.metadata().get("x-request-id").unwrap(), request_id);
}

#[tokio::test]
async fn a_4xx_carries_its_code_detail_and_details() {
    let addr = serve().await;
    let status = call(addr, "forbidden", Some("g-1")).await;
    assert_eq!(status.code(), Code::PermissionDenied);
    assert_eq!(status.message(), "missing scope `scans:write`");
    assert_details(&status, ErrorCode::Forbidden, "g-1");
    assert!(status.get_details_retry_info().is_none());

    let failure: ApiFailure<ErrorCode> = from_status(&status);
    assert_eq!(failure.code, Some(ErrorCode::Forbidden));
    assert_eq!(failure.status, 403);
    assert_eq!(failure.raw_code.as_deref(), Some("forbidden"));
    assert_eq!(
        failure.detail.as_deref(),
        Some("missing scope `scans:write`")
    );
    assert_eq!(failure.request_id.as_deref(), Some("g-1"));
    assert_eq!(
        failure.doc_url.as_deref(),
        Some(ErrorCode::Forbidden.doc().doc_url)
    );
    assert_eq!(failure.retry_after, None);
    assert!(!failure.is_retryable());
}

#[tokio::test]
async fn a_429_carries_its_retry_delay() {
    let addr = serve().await;
    let status = call(addr, "rate_limited", None).await;
    assert_eq!(status.code(), Code::ResourceExhausted);
    assert_eq!(status.message(), "too many scans");
    let id = status.get_details_request_info().unwrap().request_id;
    assert_eq!(id.len(), 36, "a fresh UUID: {id}");
    assert_details(&status, ErrorCode::RateLimited, &id);
    let retry = status.get_details_retry_info().expect("RetryInfo");
    assert_eq!(retry.retry_delay, Some(Duration::from_millis(2500)));

    let failure = from_status::<ErrorCode>(&status);
    assert_eq!(failure.code, Some(ErrorCode::RateLimited));
    assert_eq!(failure.status, 429);
    assert_eq!(failure.retry_after, Some(Duration::from_millis(2500)));
    assert!(failure.is_retryable());
    // The retry policy waits at least as long as the server asked.
    let policy = RetryPolicy::default().jitter(false);
    assert_eq!(policy.delay(1, &failure), Some(Duration::from_millis(2500)));
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
async fn a_5xx_never_shows_its_source_and_is_logged_in_full() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let addr = serve().await;
    let status = call(addr, "database", Some("g-5")).await;
    assert_eq!(status.code(), Code::Internal);
    assert_eq!(status.message(), ErrorCode::InternalError.doc().summary);
    assert_details(&status, ErrorCode::InternalError, "g-5");
    let wire = format!("{status:?} {:?} {:?}", status.details(), status.metadata());
    assert!(
        !wire.contains("hunter2") && !wire.contains("10.0.0.7"),
        "{wire}"
    );
    assert!(!wire.contains("database query failed"), "{wire}");

    let failure = from_status::<ErrorCode>(&status);
    assert_eq!(failure.code, Some(ErrorCode::InternalError));
    assert_eq!(failure.status, 500);
    assert_eq!(
        failure.is_retryable(),
        ErrorCode::InternalError.doc().retry.retryable
    );

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(log.contains("request_id=g-5"), "{log}");
    assert!(log.contains("code=\"internal_error\""), "{log}");
    assert!(
        log.contains(&format!("database query failed: {SECRET}")),
        "{log}"
    );
}

#[tokio::test]
async fn retry_policy_retries_by_the_page_flag() {
    let addr = serve().await;
    let policy = RetryPolicy::default()
        .max_attempts(3)
        .base_delay(Duration::from_millis(1))
        .jitter(false);
    assert!(ErrorCode::InternalError.doc().retry.retryable);
    for (name, code, attempts) in [
        ("forbidden", ErrorCode::Forbidden, 1),
        // The page says `Retry? Yes`: every attempt is made.
        ("database", ErrorCode::InternalError, 3),
    ] {
        let calls = Arc::new(Mutex::new(0));
        let counter = calls.clone();
        let result: Result<(), ApiFailure<ErrorCode>> = policy
            .run(
                || {
                    let counter = counter.clone();
                    async move {
                        *counter.lock().unwrap() += 1;
                        Err(from_status(&call(addr, name, None).await))
                    }
                },
                tokio::time::sleep,
            )
            .await;
        assert_eq!(result.unwrap_err().code, Some(code));
        assert_eq!(*calls.lock().unwrap(), attempts, "{name}");
    }
}

#[test]
fn a_status_without_details_gives_what_the_code_says() {
    let failure = from_status::<ErrorCode>(&Status::not_found("no scan"));
    assert_eq!(failure.code, None);
    assert_eq!(failure.raw_code, None);
    assert_eq!(failure.status, 404);
    assert_eq!(failure.detail.as_deref(), Some("no scan"));
    assert!(!failure.is_retryable());
    let failure = from_status::<ErrorCode>(&Status::unavailable(""));
    assert_eq!(
        (failure.status.as_u16(), failure.detail.as_deref()),
        (503, None)
    );
    assert!(failure.is_retryable());
    // An unknown reason keeps the raw code and falls back to the gRPC code.
    let details = tonic_types::ErrorDetails::with_error_info(
        "brand_new",
        "x",
        std::collections::HashMap::new(),
    );
    let status = Status::with_error_details(Code::ResourceExhausted, "m", details);
    let failure = from_status::<ErrorCode>(&status);
    assert_eq!(
        (failure.code, failure.raw_code.as_deref()),
        (None, Some("brand_new"))
    );
    assert_eq!(failure.status, 429);
}

#[test]
fn one_broken_detail_does_not_hide_the_others() {
    use prost::Message as _;
    let good = tonic_types::ErrorDetails::with_error_info(
        "forbidden",
        "d",
        std::collections::HashMap::new(),
    );
    let status = Status::with_error_details(Code::PermissionDenied, "no", good);
    let mut rpc = tonic_types::Status::decode(status.details()).unwrap();
    rpc.details.push(prost_types_any(
        "type.googleapis.com/google.rpc.RetryInfo",
        vec![0xff; 7],
    ));
    let status = Status::with_details(Code::PermissionDenied, "no", rpc.encode_to_vec().into());
    let failure = from_status::<ErrorCode>(&status);
    assert_eq!(failure.code, Some(ErrorCode::Forbidden));
    assert_eq!(failure.retry_after, None);
}

fn prost_types_any(type_url: &str, value: Vec<u8>) -> prost_types::Any {
    prost_types::Any {
        type_url: type_url.to_owned(),
        value,
    }
}

const TYPE_URLS: [&str; 5] = [
    "type.googleapis.com/google.rpc.ErrorInfo",
    "type.googleapis.com/google.rpc.RetryInfo",
    "type.googleapis.com/google.rpc.Help",
    "type.googleapis.com/google.rpc.RequestInfo",
    "type.googleapis.com/google.rpc.BadRequest",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Random bytes as the whole details blob, or as the value of each known detail: a
    /// failure every time, never a panic.
    #[test]
    fn hostile_details_give_a_failure_not_a_panic(
        blob in proptest::collection::vec(any::<u8>(), 0..512),
        values in proptest::collection::vec((0..TYPE_URLS.len(), proptest::collection::vec(any::<u8>(), 0..128)), 0..6),
        code in 0i32..20,
        message in ".{0,64}",
    ) {
        use prost::Message as _;
        let code = Code::from_i32(code);
        let raw = Status::with_details(code, message.clone(), blob.into());
        let failure = from_status::<ErrorCode>(&raw);
        prop_assert!(failure.detail.as_deref().unwrap_or_default().len() <= 4096);

        let rpc = tonic_types::Status {
            code: code as i32,
            message,
            details: values
                .into_iter()
                .map(|(i, v)| prost_types_any(TYPE_URLS[i], v))
                .collect(),
        };
        let status = Status::with_details(code, "m", rpc.encode_to_vec().into());
        let failure = from_status::<ErrorCode>(&status);
        if let Some(code) = failure.code {
            prop_assert_eq!(failure.status, code.doc().status_code());
        }
    }
}
