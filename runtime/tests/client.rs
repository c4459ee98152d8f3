//! Client-side parsing: hostile bodies never panic, and every page's example parses back.

use std::time::{Duration, Instant};

use errdocs::client::{ApiFailure, RetryPolicy, parse};
use http::HeaderMap;

errdocs::catalog!("../docs/errors");

fn failure(status: u16, body: &[u8]) -> ApiFailure<ErrorCode> {
    parse::<ErrorCode>(status, &HeaderMap::new(), body)
}

#[test]
fn every_example_parses_back_to_its_code_and_retry_flag() {
    for doc in ERRORS.iter() {
        let example = doc.example.expect("every reference page has an example");
        let f = failure(doc.status, example.as_bytes());
        let code = ErrorCode::from_code(doc.code).unwrap();
        assert_eq!(f.code, Some(code), "{}", doc.code);
        assert_eq!(f.raw_code.as_deref(), Some(doc.code));
        assert_eq!(f.doc_url.as_deref(), Some(doc.doc_url));
        assert_eq!(f.status.as_u16(), doc.status);
        assert!(f.request_id.is_some());
        assert_eq!(f.is_retryable(), doc.retry.retryable, "{}", doc.code);
    }
}

#[test]
fn problem_details_parse_too() {
    let body = br#"{"type":"https://docs.lasscyber.com/errors/not_found","title":"Not Found","status":404,"detail":"no scan","instance":"/scans/9","code":"not_found","request_id":"r-1"}"#;
    let f = failure(404, body);
    assert_eq!(f.code, Some(ErrorCode::NotFound));
    assert_eq!(
        f.doc_url.as_deref(),
        Some("https://docs.lasscyber.com/errors/not_found")
    );
    assert_eq!(f.detail.as_deref(), Some("no scan"));
}

#[test]
fn unknown_codes_fall_back_to_the_status() {
    let f = failure(503, br#"{"code":"brand_new"}"#);
    assert_eq!(f.code, None);
    assert_eq!(f.raw_code.as_deref(), Some("brand_new"));
    assert!(f.is_retryable());
    assert!(failure(429, b"").is_retryable());
    assert!(!failure(418, br#"{"code":"teapot"}"#).is_retryable());
    // A known code wins over the status: the docs say forbidden is final.
    assert!(!failure(503, br#"{"code":"forbidden"}"#).is_retryable());
}

#[test]
fn hostile_bodies_give_a_failure_not_a_panic() {
    let deep_open = "[".repeat(100_000);
    let deep_obj = "{\"a\":".repeat(100_000);
    let huge = format!(
        "{{\"code\":\"{}\",\"detail\":\"{}\"}}",
        "x".repeat(5_000_000),
        "y".repeat(5_000_000)
    );
    let cases: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"<html>502 Bad Gateway</html>".to_vec(),
        vec![0xff, 0xfe, 0x00, 0x80],
        b"\"just a string\"".to_vec(),
        b"[1,2,3]".to_vec(),
        b"null".to_vec(),
        deep_open.into_bytes(),
        deep_obj.into_bytes(),
        huge.into_bytes(),
        br#"{"code":5,"detail":["x"],"request_id":{},"doc_url":null}"#.to_vec(),
        br#"{"code":"forbidden","code":"unauthorized"}"#.to_vec(),
        br#"{"code":"forbidden""#.to_vec(),
        b"{\"code\":\"\\ud800\"}".to_vec(),
    ];
    for body in &cases {
        let start = Instant::now();
        let f = failure(502, body);
        assert_eq!(f.status.as_u16(), 502);
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "slow on a {}-byte body",
            body.len()
        );
        if let Some(code) = &f.raw_code {
            assert!(code.len() <= 4096);
        }
    }
    assert_eq!(failure(502, &cases[9]).raw_code, None);
    assert_eq!(failure(502, &cases[10]).code, Some(ErrorCode::Unauthorized));
    // An out-of-range status still parses.
    assert_eq!(failure(42, b"").status.as_u16(), 500);
}

#[test]
fn retry_after_accepts_seconds_and_http_dates() {
    let mut headers = HeaderMap::new();
    headers.insert("retry-after", "120".parse().unwrap());
    assert_eq!(
        errdocs::client::retry_after(&headers),
        Some(Duration::from_secs(120))
    );
    headers.insert(
        "retry-after",
        "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
    );
    assert_eq!(errdocs::client::retry_after(&headers), Some(Duration::ZERO));
    headers.insert("retry-after", "soon".parse().unwrap());
    assert_eq!(errdocs::client::retry_after(&headers), None);
}

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

#[test]
fn the_retry_loop_follows_the_docs() {
    let policy = RetryPolicy::default()
        .max_attempts(4)
        .base_delay(Duration::from_millis(1))
        .jitter(false);
    // Retryable twice, then success.
    let mut calls = 0;
    let mut slept = Vec::new();
    let result: Result<&str, _> = block_on(policy.run(
        || {
            calls += 1;
            let n = calls;
            async move {
                if n < 3 {
                    Err(failure(503, br#"{"code":"service_unavailable"}"#))
                } else {
                    Ok("done")
                }
            }
        },
        |d| {
            slept.push(d);
            async {}
        },
    ));
    assert_eq!(result.unwrap(), "done");
    assert_eq!(calls, 3);
    assert_eq!(slept, [Duration::from_millis(1), Duration::from_millis(2)]);

    // Never retries a code whose page says no.
    let mut calls = 0;
    let result: Result<(), _> = block_on(policy.run(
        || {
            calls += 1;
            async { Err(failure(401, br#"{"code":"unauthorized"}"#)) }
        },
        |_| async {},
    ));
    assert_eq!(result.unwrap_err().code, Some(ErrorCode::Unauthorized));
    assert_eq!(calls, 1);

    // Honours Retry-After and gives up after max_attempts.
    let mut headers = HeaderMap::new();
    headers.insert("retry-after", "2".parse().unwrap());
    let limited = parse::<ErrorCode>(429, &headers, br#"{"code":"rate_limited"}"#);
    assert_eq!(policy.delay(1, &limited), Some(Duration::from_secs(2)));
    assert_eq!(policy.delay(4, &limited), None);
}

#[test]
fn jitter_stays_within_the_computed_delay() {
    let policy = RetryPolicy::default().base_delay(Duration::from_millis(100));
    let busy = failure(503, br#"{"code":"service_unavailable"}"#);
    for _ in 0..100 {
        let d = policy.delay(2, &busy).unwrap();
        assert!(d <= Duration::from_millis(200), "{d:?}");
    }
}
