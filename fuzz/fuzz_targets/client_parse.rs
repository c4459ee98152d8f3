//! `errdocs::client::parse` over a status, headers and a body, then everything a caller
//! does with the failure (`Display`, `is_retryable`, `RetryPolicy::delay`); never panics.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

errdocs::catalog!("../docs/errors");

/// The header names `parse` reads, and any other.
#[derive(Arbitrary, Debug)]
enum Name {
    RetryAfter,
    RequestId,
    ContentType,
    Other(Vec<u8>),
}

#[derive(Arbitrary, Debug)]
struct Input {
    status: u16,
    headers: Vec<(Name, Vec<u8>)>,
    attempt: u32,
    max_attempts: u32,
    base_delay_ms: u64,
    jitter: bool,
    body: Vec<u8>,
}

fuzz_target!(|input: Input| {
    let mut headers = http::HeaderMap::new();
    for (name, value) in input.headers.iter().take(16) {
        let name = match name {
            Name::RetryAfter => http::header::RETRY_AFTER,
            Name::RequestId => http::HeaderName::from_static(errdocs::request::REQUEST_ID_HEADER),
            Name::ContentType => http::header::CONTENT_TYPE,
            Name::Other(bytes) => match http::HeaderName::from_bytes(bytes) {
                Ok(name) => name,
                Err(_) => continue,
            },
        };
        if let Ok(value) = http::HeaderValue::from_bytes(value) {
            headers.append(name, value);
        }
    }
    let failure = errdocs::client::parse::<ErrorCode>(input.status, &headers, &input.body);
    let _ = failure.to_string();
    let _ = failure.is_retryable();
    let policy = errdocs::client::RetryPolicy::default()
        .max_attempts(input.max_attempts)
        .base_delay(std::time::Duration::from_millis(input.base_delay_ms))
        .jitter(input.jitter);
    // Attempt 0 included: `delay(0, …)` once overflowed (fuzz/regressions/client_parse).
    let _ = policy.delay(input.attempt, &failure);
});
