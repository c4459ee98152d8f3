//! Body members over loopback: a variant with `#[api_error(body)]` fields, served by axum and
//! by actix-web in both envelopes, answers with its page's example (apart from `request_id`
//! and the member values given), and `client::parse` gives back the same typed members.
#![cfg(all(feature = "axum", feature = "actix-web"))]

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;

errdocs::catalog!("../docs/errors");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct FieldError {
    field: String,
    message: String,
}

/// The seed envelope.
#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors")]
enum ShopError {
    #[error("limit: must be between 1 and 100 (got 500)")]
    ValidationFailed {
        #[api_error(body)]
        errors: Vec<FieldError>,
    },
    #[error("Your card was declined by the issuer (insufficient_funds)")]
    CardDeclined {
        #[api_error(body = "decline_code")]
        reason: String,
    },
    #[error("Rate limit exceeded; retry after 12 seconds")]
    RateLimited {
        // Declared in another order than the page's: the body follows the page.
        #[api_error(body)]
        remaining: Option<u32>,
        #[api_error(body)]
        limit: Option<u32>,
        #[api_error(retry_after)]
        wait: Duration,
    },
    #[error("no")]
    Forbidden,
}

/// The same errors as RFC 9457 problem details.
#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors", envelope = "problem")]
enum ProblemError {
    #[error("limit: must be between 1 and 100 (got 500)")]
    ValidationFailed {
        #[api_error(body)]
        errors: Vec<FieldError>,
    },
    #[error("Your card was declined by the issuer (insufficient_funds)")]
    CardDeclined {
        #[api_error(body = "decline_code")]
        reason: String,
    },
    #[error("Rate limit exceeded; retry after 12 seconds")]
    RateLimited {
        #[api_error(body)]
        limit: Option<u32>,
        #[api_error(body)]
        remaining: Option<u32>,
    },
    #[error("no")]
    Forbidden,
}

fn field_errors() -> Vec<FieldError> {
    vec![FieldError {
        field: "limit".into(),
        message: "must be between 1 and 100 (got 500)".into(),
    }]
}

fn shop(path: &str) -> ShopError {
    match path {
        "validation" => ShopError::ValidationFailed {
            errors: field_errors(),
        },
        "declined" => ShopError::CardDeclined {
            reason: "insufficient_funds".into(),
        },
        "limited" => ShopError::RateLimited {
            remaining: Some(0),
            limit: Some(100),
            wait: Duration::from_secs(12),
        },
        _ => ShopError::Forbidden,
    }
}

fn problem(path: &str) -> ProblemError {
    match path {
        "validation" => ProblemError::ValidationFailed {
            errors: field_errors(),
        },
        "declined" => ProblemError::CardDeclined {
            reason: "insufficient_funds".into(),
        },
        "limited" => ProblemError::RateLimited {
            limit: Some(100),
            remaining: Some(0),
        },
        _ => ProblemError::Forbidden,
    }
}

const CASES: [(&str, ErrorCode); 3] = [
    ("validation", ErrorCode::ValidationFailed),
    ("declined", ErrorCode::CardDeclined),
    ("limited", ErrorCode::RateLimited),
];

async fn axum_server() -> String {
    use axum::routing::get;
    let app = axum::Router::new()
        .route(
            "/shop/{case}",
            get(
                |axum::extract::Path(case): axum::extract::Path<String>| async move {
                    Err::<(), _>(shop(&case))
                },
            ),
        )
        .route(
            "/problem/{case}",
            get(
                |axum::extract::Path(case): axum::extract::Path<String>| async move {
                    Err::<(), _>(problem(&case))
                },
            ),
        )
        .layer(errdocs::axum::RequestIdLayer::new());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

fn actix_server() -> String {
    use actix_web::{App, HttpServer, middleware::from_fn, web};
    async fn shop_route(case: web::Path<String>) -> Result<String, ShopError> {
        Err(shop(&case))
    }
    async fn problem_route(case: web::Path<String>) -> Result<String, ProblemError> {
        Err(problem(&case))
    }
    let server = HttpServer::new(|| {
        App::new()
            .wrap(from_fn(errdocs::actix::request_id))
            .route("/shop/{case}", web::get().to(shop_route))
            .route("/problem/{case}", web::get().to(problem_route))
    })
    .workers(1)
    .bind(("127.0.0.1", 0))
    .unwrap();
    let addr = server.addrs()[0];
    let server = server.run();
    std::thread::spawn(move || actix_web::rt::System::new().block_on(server));
    format!("http://{addr}")
}

async fn get(url: String) -> (u16, http::HeaderMap, Vec<u8>) {
    let response = reqwest::Client::new()
        .get(url)
        .header("x-request-id", "req-members")
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let mut headers = http::HeaderMap::new();
    for (k, v) in response.headers() {
        headers.insert(k.clone(), v.clone());
    }
    (status, headers, response.bytes().await.unwrap().to_vec())
}

/// The page's example with the request id of this test.
fn example(code: ErrorCode) -> serde_json::Map<String, Value> {
    let mut json: serde_json::Map<String, Value> =
        serde_json::from_str(code.doc().example.unwrap()).unwrap();
    json["request_id"] = Value::from("req-members");
    json
}

fn members_of(map: &serde_json::Map<String, Value>) -> Vec<(String, Value)> {
    let envelope = errdocs::Envelope::ALL;
    map.iter()
        .filter(|(k, _)| !envelope.iter().any(|e| e.keys().contains(&k.as_str())))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// Every case over one server: the body is the page's example (same keys in the same
/// order, same values), and the client reads the typed members back.
async fn round_trip(base: &str) {
    for (case, code) in CASES {
        // The seed envelope: exactly the page's example.
        let (status, headers, body) = get(format!("{base}/shop/{case}")).await;
        assert_eq!(status, code.doc().status, "{case}");
        let got: serde_json::Map<String, Value> = serde_json::from_slice(&body).unwrap();
        let want = example(code);
        assert_eq!(got, want, "{case}");
        assert_eq!(
            got.keys().collect::<Vec<_>>(),
            want.keys().collect::<Vec<_>>(),
            "{case}: key order"
        );
        check_client(case, status, &headers, &body);

        // Problem details: the envelope's keys, then the same members in the same order.
        let (status, headers, body) = get(format!("{base}/problem/{case}")).await;
        assert_eq!(headers["content-type"], "application/problem+json");
        let got: serde_json::Map<String, Value> = serde_json::from_slice(&body).unwrap();
        let keys: Vec<&str> = got.keys().map(String::as_str).collect();
        let problem_keys = errdocs::Envelope::Problem.keys();
        assert_eq!(&keys[..problem_keys.len()], problem_keys, "{case}");
        assert_eq!(members_of(&got), members_of(&want), "{case}");
        check_client(case, status, &headers, &body);
    }
    // A variant without members: the body it always had, byte for byte.
    let (_, _, body) = get(format!("{base}/shop/forbidden")).await;
    assert_eq!(
        String::from_utf8(body).unwrap(),
        r#"{"detail":"no","code":"forbidden","request_id":"req-members","doc_url":"https://docs.lasscyber.com/errors/forbidden"}"#
    );
    let (_, _, body) = get(format!("{base}/problem/forbidden")).await;
    assert!(
        String::from_utf8(body)
            .unwrap()
            .ends_with(r#""code":"forbidden","request_id":"req-members"}"#)
    );
}

fn check_client(case: &str, status: u16, headers: &http::HeaderMap, body: &[u8]) {
    let failure = errdocs::client::parse::<ErrorCode>(status, headers, body);
    assert_eq!(failure.request_id.as_deref(), Some("req-members"));
    match case {
        "validation" => {
            assert_eq!(failure.code, Some(ErrorCode::ValidationFailed));
            assert_eq!(
                failure.member::<Vec<FieldError>>("errors"),
                Some(field_errors())
            );
        }
        "declined" => {
            assert_eq!(
                failure.member::<String>("decline_code").as_deref(),
                Some("insufficient_funds")
            );
        }
        _ => {
            #[derive(Deserialize)]
            struct Limits {
                limit: u32,
                remaining: u32,
            }
            let limits: Limits = failure.members_as().unwrap();
            assert_eq!((limits.limit, limits.remaining), (100, 0));
        }
    }
}

#[tokio::test]
async fn axum_round_trips_members_in_both_envelopes() {
    round_trip(&axum_server().await).await;
}

#[tokio::test]
async fn actix_round_trips_members_in_both_envelopes() {
    round_trip(&actix_server()).await;
}

#[test]
fn body_and_problem_carry_the_members_for_any_serializer() {
    use errdocs::ApiError;
    let err = shop("declined");
    let body = serde_json::to_string(&err.body("r1")).unwrap();
    assert!(body.ends_with(r#""doc_url":"https://docs.lasscyber.com/errors/billing/card_declined","decline_code":"insufficient_funds"}"#), "{body}");
    let limited = shop("limited");
    // The response and the generic serializer agree, byte for byte.
    let ctx = errdocs::request::RequestContext {
        request_id: "r1".into(),
        path: "/x".into(),
    };
    let response = errdocs::response::build(&limited, &ctx);
    assert_eq!(
        response.body().as_slice(),
        serde_json::to_vec(&limited.body("r1")).unwrap().as_slice()
    );
    let none = ShopError::RateLimited {
        remaining: None,
        limit: None,
        wait: Duration::from_secs(1),
    };
    let body = String::from_utf8(errdocs::response::build(&none, &ctx).into_body()).unwrap();
    assert!(
        body.ends_with(r#"/errors/rate_limited"}"#),
        "absent optional members are left out: {body}"
    );
}

#[test]
fn hostile_members_are_bounded_and_never_panic() {
    let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
    let big = "x".repeat(100 * 1024);
    let mut extra: String = (0..100).map(|i| format!(",\"m{i:03}\":{i}")).collect();
    extra.push_str(&format!(",\"deep\":{deep},\"big\":\"{big}\""));
    let body = format!(
        r#"{{"detail":"d","code":"validation_failed","request_id":"r","doc_url":"u"{extra}}}"#
    );
    let failure =
        errdocs::client::parse::<ErrorCode>(422, &http::HeaderMap::new(), body.as_bytes());
    assert_eq!(failure.members.len(), errdocs::members::MAX_MEMBERS);
    assert!(!failure.members.contains_key("deep") && !failure.members.contains_key("big"));
    assert_eq!(failure.member::<u32>("m000"), Some(0));
    assert_eq!(failure.member::<Vec<FieldError>>("m001"), None);
    assert_eq!(failure.member::<u32>("absent"), None);
}
