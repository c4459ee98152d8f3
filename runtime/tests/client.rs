//! Client-side parsing: hostile bodies never panic, and every page's example parses back.

use std::time::{Duration, Instant};

use errdocs::client::{ApiFailure, Failure, FailureKind, RetryPolicy, default_retryable, parse};
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

/// The one rule for unknown codes, over every status: 5xx and 429 retry, the rest not.
#[test]
fn unknown_codes_retry_exactly_5xx_and_429() {
    for status in 100..=999u16 {
        let expected = status == 429 || (500..600).contains(&status);
        assert_eq!(default_retryable(status), expected, "{status}");
        let f = failure(status, br#"{"code":"brand_new"}"#);
        assert_eq!(f.is_retryable(), expected, "{status}");
    }
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
}

/// Regression: a status outside 100–999 became a retryable 500.
#[test]
fn a_status_outside_100_to_999_is_an_invalid_status_never_retried() {
    for status in [0, 42, 99, 1000, 4242, u16::MAX] {
        let f = failure(status, br#"{"code":"service_unavailable","detail":"busy"}"#);
        assert_eq!(f.kind, FailureKind::InvalidStatus(status));
        assert!(!f.is_retryable(), "{status}");
        assert_eq!(RetryPolicy::default().delay(1, &f), None);
        assert_eq!(
            f.to_string(),
            format!(
                "invalid HTTP status {status}, not an HTTP response `service_unavailable`: busy"
            )
        );
    }
    for status in [100, 200, 503, 999] {
        assert_eq!(failure(status, b"").kind, FailureKind::Response);
    }
}

/// Regression: a body's request id and detail reached `Display` with CR/LF and ANSI escapes.
#[test]
fn hostile_request_ids_and_details_are_cleaned_before_display() {
    let body = br#"{"code":"rate_\u001b[2Jlimited\r\n","detail":"slow\r\nSet-Cookie: a=b\u001b[31m red\u001b[0m\u0000\u0007\u202e","request_id":"r-1\r\nX-Injected: 1\u001b]0;pwned\u0007"}"#;
    let f = failure(429, body);
    assert_eq!(f.detail.as_deref(), Some("slow  Set-Cookie: a=b red   "));
    assert_eq!(f.request_id.as_deref(), Some("r-1  X-Injected: 1"));
    let shown = f.to_string();
    assert_eq!(
        shown,
        "HTTP 429 `rate_limited  `: slow  Set-Cookie: a=b red    (request r-1  X-Injected: 1)"
    );
    assert!(!shown.chars().any(char::is_control), "{shown:?}");

    // Only control characters: the field counts as absent, and the header's id is used.
    let mut headers = HeaderMap::new();
    headers.insert("x-request-id", "from-header".parse().unwrap());
    let f = parse::<ErrorCode>(
        503,
        &headers,
        br#"{"request_id":"\r\n\u001b[0m","detail":"\t"}"#,
    );
    assert_eq!(f.request_id.as_deref(), Some("from-header"));
    assert_eq!(f.detail, None);

    // A failure built by hand is cleaned by `Display` too.
    let mut hand = failure(500, b"");
    hand.detail = Some("a\nb\u{1b}[1mc".into());
    hand.request_id = Some("\r".into());
    assert_eq!(hand.to_string(), "HTTP 500: a bc (request  )");
}

#[test]
fn hostile_strings_never_panic_and_never_display_controls() {
    proptest::proptest!(|(detail in ".{0,64}", id in "[\\x00-\\x7f\u{80}-\u{2070}]{0,64}", status in proptest::prelude::any::<u16>())| {
        let body = serde_json::json!({"detail": detail, "request_id": id, "code": id}).to_string();
        let shown = failure(status, body.as_bytes()).to_string();
        proptest::prop_assert!(!shown.chars().any(|c| c.is_control() || ('\u{2028}'..='\u{202e}').contains(&c)), "{:?}", shown);
    });
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

/// Regression: `delay(0, …)` panicked with "attempt to subtract with overflow".
#[test]
fn delay_of_attempt_zero_does_not_panic() {
    let busy = failure(503, br#"{"code":"service_unavailable"}"#);
    let policy = RetryPolicy::default().jitter(false);
    assert_eq!(policy.delay(0, &busy), Some(Duration::from_millis(200)));
    assert_eq!(
        RetryPolicy::default()
            .delay(0, &busy)
            .map(|d| d <= Duration::from_millis(200)),
        Some(true)
    );
    for attempt in [u32::MAX - 1, u32::MAX] {
        assert_eq!(
            policy
                .max_attempts(u32::MAX)
                .delay(attempt, &busy)
                .is_some(),
            attempt < u32::MAX
        );
    }
}

#[test]
fn delay_never_panics_whatever_the_numbers() {
    use proptest::prelude::*;
    let duration = || (any::<u64>(), 0u32..1_000_000_000).prop_map(|(s, n)| Duration::new(s, n));
    proptest!(|(attempt in any::<u32>(), max_attempts in any::<u32>(), base in duration(), max in duration(),
                cap in duration(), server in proptest::option::of(any::<u64>()), jitter in any::<bool>())| {
        let policy = RetryPolicy::default()
            .max_attempts(max_attempts)
            .base_delay(base)
            .max_delay(max)
            .max_retry_after(cap)
            .jitter(jitter);
        let mut busy = failure(503, b"");
        busy.retry_after = server.map(Duration::from_secs);
        if let Some(delay) = policy.delay(attempt, &busy) {
            prop_assert!(delay <= max.max(busy.retry_after.unwrap_or_default()));
            prop_assert!(busy.retry_after.is_none_or(|s| s <= cap && delay >= s));
        }
    });
}

/// Regression: `Retry-After: 86400` made the policy sleep for a day.
#[test]
fn a_retry_after_past_the_cap_stops_at_once() {
    let mut headers = HeaderMap::new();
    headers.insert("retry-after", "86400".parse().unwrap());
    let later = parse::<ErrorCode>(503, &headers, br#"{"code":"service_unavailable"}"#);
    let policy = RetryPolicy::default();
    assert_eq!(policy.delay(1, &later), None);
    assert_eq!(
        policy
            .max_retry_after(Duration::from_secs(86_400))
            .jitter(false)
            .delay(1, &later),
        Some(Duration::from_secs(86_400))
    );
    let mut slept = Vec::new();
    let mut calls = 0;
    let result: Result<(), _> = block_on(policy.run(
        || {
            calls += 1;
            let later = later.clone();
            async move { Err(later) }
        },
        |d| {
            slept.push(d);
            async {}
        },
    ));
    assert_eq!(
        result.unwrap_err().retry_after,
        Some(Duration::from_secs(86_400))
    );
    assert_eq!((calls, slept.len()), (1, 0));
    // Under the cap, the server's wait is honoured.
    headers.insert("retry-after", "60".parse().unwrap());
    let soon = parse::<ErrorCode>(503, &headers, b"");
    assert_eq!(
        policy.delay(1, &soon).map(|d| d >= Duration::from_secs(60)),
        Some(true)
    );
}

#[test]
fn the_budget_stops_before_a_wait_that_would_overrun_it() {
    let mut headers = HeaderMap::new();
    headers.insert("retry-after", "2".parse().unwrap());
    let limited = parse::<ErrorCode>(429, &headers, br#"{"code":"rate_limited"}"#);
    let mut calls = 0;
    let mut slept = Vec::new();
    let policy = RetryPolicy::default()
        .base_delay(Duration::from_millis(1))
        .jitter(false)
        .max_attempts(10)
        .budget(Duration::from_secs(5));
    let result: Result<(), _> = block_on(policy.run(
        || {
            calls += 1;
            let limited = limited.clone();
            async move { Err(limited) }
        },
        |d| {
            slept.push(d);
            async {}
        },
    ));
    assert!(result.is_err());
    // The fake sleep takes no time, so every 2 s wait fits the 5 s budget until attempts run out.
    assert_eq!((calls, slept.len()), (10, 9));

    let mut calls = 0;
    let policy = policy.budget(Duration::from_secs(1));
    let result: Result<(), _> = block_on(policy.run(
        || {
            calls += 1;
            let limited = limited.clone();
            async move { Err(limited) }
        },
        |_| async { panic!("a 2 s wait does not fit a 1 s budget") },
    ));
    assert_eq!(result.unwrap_err().code, Some(ErrorCode::RateLimited));
    assert_eq!(calls, 1);
}

/// Regression: `run` took only `ApiFailure`, so a refused connection could not be retried.
#[test]
fn transport_errors_are_retried_by_the_same_backoff() {
    use std::io::{Error, ErrorKind};
    let policy = RetryPolicy::default()
        .base_delay(Duration::from_millis(1))
        .jitter(false);
    let mut calls = 0;
    let mut slept = Vec::new();
    let result: Result<&str, Failure<ErrorCode, Error>> = block_on(policy.run(
        || {
            calls += 1;
            let outcome: Result<&str, Failure<ErrorCode, Error>> = match calls {
                1 => Err(Error::from(ErrorKind::ConnectionRefused).into()),
                2 => Err(failure(503, br#"{"code":"service_unavailable"}"#).into()),
                3 => Err(Error::from(ErrorKind::TimedOut).into()),
                _ => Ok("done"),
            };
            async move { outcome }
        },
        |d| {
            slept.push(d);
            async {}
        },
    ));
    assert_eq!(result.unwrap(), "done");
    assert_eq!(slept, [1, 2, 4].map(Duration::from_millis));

    // A lasting transport error is not retried.
    let mut calls = 0;
    let result: Result<(), Failure<ErrorCode, Error>> = block_on(policy.run(
        || {
            calls += 1;
            async { Err(Error::from(ErrorKind::PermissionDenied).into()) }
        },
        |_| async {},
    ));
    let err = result.unwrap_err();
    assert!(matches!(err, Failure::Transport(_)));
    assert_eq!(err.to_string(), "no response: permission denied");
    assert_eq!(calls, 1);
}
