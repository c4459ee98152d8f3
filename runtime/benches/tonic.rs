//! The derived `From<E> for tonic::Status` against the same conversion written by hand with
//! tonic-types' `ErrorDetails` and `StatusExt`, side by side in one run.
//!
//! ```sh
//! cargo bench -p errdocs --bench tonic --features tonic
//! ```
//!
//! Budget: errdocs ≤ 1.05× hand-written (medians of each pair). Three errors of the
//! reference catalog (`docs/errors`), one per module: `forbidden` (403, a `detail`
//! template), `rate_limited` (429 with a retry-after) and `internal_error` (500 with a
//! source: masked, logged). Both sides send the same status: the code, the message, the
//! details (`ErrorInfo` with the `domain` of `errdocs.toml`, `RetryInfo` when there is a
//! retry-after, `RequestInfo`, `Help`) and the `x-request-id` metadata; `main` asserts that
//! code, message, details bytes and metadata are equal before anything is timed.
//!
//! The errdocs side is the generated `From`, run inside a request scope as tonic's
//! `RequestIdLayer` runs a handler (the scope is entered once, outside the timed loop); the
//! hand-written side is given the request id as a `&str`, as a handler that read it from
//! the request's metadata has it. Each iteration builds one error value and converts it;
//! inputs and outputs go through `black_box`. `AllocProfiler` prints the allocations of
//! one conversion. The machine is shared: compare the two medians of one run.

use std::collections::HashMap;
use std::time::Duration;

use divan::black_box;
use errdocs::request::RequestContext;
use tonic::metadata::MetadataValue;
use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt as _};

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

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

const REQUEST_ID: &str = "400cb70f-964e-43c0-b4a3-165de1ab3e01";
const PATH: &str = "/scans.v1.Scans/Start";
const DOMAIN: &str = "api.lasscyber.com";
const SCOPE: &str = "scans:write";
const WAIT: Duration = Duration::from_millis(2500);
const SECRET: &str = "postgres://admin:hunter2@10.0.0.7/scans";

fn ctx() -> RequestContext {
    RequestContext {
        request_id: REQUEST_ID.into(),
        path: PATH.into(),
    }
}

/// The `x-request-id` metadata, as both sides add it.
fn with_request_id(mut status: Status, request_id: &str) -> Status {
    if let Ok(id) = MetadataValue::try_from(request_id) {
        status.metadata_mut().insert("x-request-id", id);
    }
    status
}

/// By hand: `PermissionDenied`, the detail, `ErrorInfo`, `RequestInfo` and `Help`.
fn hand_forbidden(scope: &str, request_id: &str) -> Status {
    let mut details = ErrorDetails::new();
    details.set_error_info("forbidden", DOMAIN, HashMap::new());
    details.set_request_info(request_id, "");
    details.add_help_link(
        "Authenticated, but not allowed to perform this action.",
        "https://docs.lasscyber.com/errors/forbidden",
    );
    let message = format!("missing scope `{scope}`");
    with_request_id(
        Status::with_error_details(Code::PermissionDenied, message, details),
        request_id,
    )
}

/// The hand-written service's own error for a rate limit.
#[derive(Debug, thiserror::Error)]
#[error("too many scans")]
struct TooManyScans {
    wait: Duration,
}

/// By hand: `ResourceExhausted`, the error's text, and a `RetryInfo`.
fn hand_rate_limited(error: &TooManyScans, request_id: &str) -> Status {
    let mut details = ErrorDetails::new();
    details.set_error_info("rate_limited", DOMAIN, HashMap::new());
    details.set_retry_info(Some(error.wait));
    details.set_request_info(request_id, "");
    details.add_help_link(
        "Too many requests in the current rate-limit window.",
        "https://docs.lasscyber.com/errors/rate_limited",
    );
    with_request_id(
        Status::with_error_details(Code::ResourceExhausted, error.to_string(), details),
        request_id,
    )
}

/// The hand-written service's own error for a failed query.
#[derive(Debug, thiserror::Error)]
#[error("database query failed")]
struct QueryFailed(#[source] std::io::Error);

/// `error: source: source…`, for the log line.
fn chain(error: &dyn std::error::Error) -> String {
    let mut out = error.to_string();
    let mut source = error.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

/// By hand: `Internal`, the page's summary as the message; the source chain is logged.
fn hand_internal(error: &QueryFailed, request_id: &str) -> Status {
    tracing::error!(
        request_id = %request_id,
        code = "internal_error",
        status = 500u16,
        error = %chain(error),
        "request failed with a server error"
    );
    let mut details = ErrorDetails::new();
    details.set_error_info("internal_error", DOMAIN, HashMap::new());
    details.set_request_info(request_id, "");
    details.add_help_link(
        "An unexpected error occurred on our side.",
        "https://docs.lasscyber.com/errors/internal_error",
    );
    with_request_id(
        Status::with_error_details(
            Code::Internal,
            "An unexpected error occurred on our side.",
            details,
        ),
        request_id,
    )
}

/// Runs `f` inside a request scope for `ctx`, as tonic's `RequestIdLayer` runs a handler.
fn in_scope<T>(ctx: RequestContext, f: impl FnOnce() -> T) -> T {
    let waker = std::task::Waker::noop();
    let mut cx = std::task::Context::from_waker(waker);
    let mut fut = std::pin::pin!(errdocs::request::scope(ctx, async move { f() }));
    loop {
        if let std::task::Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

/// What a client sees of a status: code, message, details bytes and metadata.
fn seen(status: &Status) -> (Code, String, Vec<u8>, http::HeaderMap) {
    (
        status.code(),
        status.message().to_owned(),
        status.details().to_vec(),
        status.metadata().clone().into_headers(),
    )
}

/// Both sides send the same status; run before the benchmarks so a drift fails loudly.
fn check_same_statuses() {
    let database = || AppError::Database(std::io::Error::other(SECRET));
    let pairs = in_scope(ctx(), || {
        [
            (
                Status::from(AppError::MissingScope {
                    scope: SCOPE.into(),
                }),
                hand_forbidden(SCOPE, REQUEST_ID),
            ),
            (
                Status::from(AppError::RateLimited { wait: WAIT }),
                hand_rate_limited(&TooManyScans { wait: WAIT }, REQUEST_ID),
            ),
            (
                Status::from(database()),
                hand_internal(&QueryFailed(std::io::Error::other(SECRET)), REQUEST_ID),
            ),
        ]
    });
    for (errdocs, hand) in &pairs {
        assert_eq!(seen(errdocs), seen(hand));
        assert!(!errdocs.details().is_empty());
        assert!(errdocs.get_details_help().is_some());
    }
    let retry = pairs[1].0.get_details_retry_info().unwrap();
    assert_eq!(retry.retry_delay, Some(WAIT));
    assert!(!format!("{:?}", pairs[2].0).contains("hunter2"));
}

fn main() {
    check_same_statuses();
    divan::main();
}

mod forbidden {
    use super::*;

    /// `tonic::Status::from(err)`, the request id from the scope.
    #[divan::bench]
    fn errdocs(bencher: divan::Bencher) {
        in_scope(ctx(), || {
            bencher.bench_local(|| {
                let err = AppError::MissingScope {
                    scope: black_box(SCOPE).to_owned(),
                };
                black_box(Status::from(black_box(err)))
            });
        });
    }

    /// The same status by hand.
    #[divan::bench]
    fn hand(bencher: divan::Bencher) {
        bencher.bench_local(|| {
            let scope = black_box(SCOPE).to_owned();
            black_box(hand_forbidden(black_box(&scope), black_box(REQUEST_ID)))
        });
    }
}

mod rate_limited {
    use super::*;

    /// `tonic::Status::from(err)` with a `RetryInfo`.
    #[divan::bench]
    fn errdocs(bencher: divan::Bencher) {
        in_scope(ctx(), || {
            bencher.bench_local(|| {
                let err = AppError::RateLimited {
                    wait: black_box(WAIT),
                };
                black_box(Status::from(black_box(err)))
            });
        });
    }

    /// The same status by hand.
    #[divan::bench]
    fn hand(bencher: divan::Bencher) {
        bencher.bench_local(|| {
            let err = TooManyScans {
                wait: black_box(WAIT),
            };
            black_box(hand_rate_limited(black_box(&err), black_box(REQUEST_ID)))
        });
    }
}

mod internal_error {
    use super::*;

    /// `tonic::Status::from(err)`: masked, logged with its source chain (no subscriber).
    #[divan::bench]
    fn errdocs(bencher: divan::Bencher) {
        in_scope(ctx(), || {
            bencher.bench_local(|| {
                let err = AppError::Database(std::io::Error::other(black_box(SECRET)));
                black_box(Status::from(black_box(err)))
            });
        });
    }

    /// The same status and log line by hand.
    #[divan::bench]
    fn hand(bencher: divan::Bencher) {
        bencher.bench_local(|| {
            let err = QueryFailed(std::io::Error::other(black_box(SECRET)));
            black_box(hand_internal(black_box(&err), black_box(REQUEST_ID)))
        });
    }
}
