//! Runtime cost of `#[derive(ApiError)]` against hand-written `match`es, on a 200-variant
//! enum over 200 generated seed-style pages.
//!
//! ```sh
//! cargo bench -p errdocs --bench generated --features axum      # or --all-features
//! ```
//!
//! Each module is one measurement with its two sides, `errdocs` and `hand`, printed next to
//! each other; every iteration walks all 200 variants (inputs through `black_box`). The
//! machine is shared: compare the two medians of one run, not absolute times.
//! `AllocProfiler` prints the allocations of one iteration (200 errors).
//!
//! The pages: `bench/fixtures/errors200/` (doc URLs from `bench/fixtures/errdocs.toml`, the
//! config nearest to the pages). Regenerate pages and enums with
//!
//! ```sh
//! bench/gen_catalog.py 200 bench/fixtures/errors200 \
//!     --doc-url 'https://docs.example.com/errors/{slug}' \
//!     --rust-enum runtime/benches/generated.rs --rust-docs ../bench/fixtures/errors200
//! ```

#![allow(clippy::all, missing_docs, dead_code)]

use axum::response::IntoResponse;
use divan::black_box;
use errdocs::ApiError as _;
use http::header::CONTENT_TYPE;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    check_same_values();
    divan::main();
}

const REQUEST_ID: &str = "req-1";

fn ctx() -> errdocs::request::RequestContext {
    errdocs::request::RequestContext {
        request_id: REQUEST_ID.into(),
        path: "/bench".into(),
    }
}

/// The hand-written body: the same four keys, in the same order.
#[derive(serde::Serialize)]
struct Body<'a> {
    detail: &'a str,
    code: &'a str,
    request_id: &'a str,
    doc_url: &'a str,
}

fn hand_json(err: Hand, request_id: &str) -> Vec<u8> {
    serde_json::to_vec(&Body {
        detail: err.detail(),
        code: err.code(),
        request_id,
        doc_url: err.doc_url(),
    })
    .unwrap()
}

/// `hand_json` with errdocs' detail rule: `Display` for 4xx (allocates), summary for 5xx.
fn hand_json_display(err: Hand, request_id: &str) -> Vec<u8> {
    let detail: std::borrow::Cow<'_, str> = if err.status().is_server_error() {
        err.detail().into()
    } else {
        err.to_string().into()
    };
    serde_json::to_vec(&Body {
        detail: &detail,
        code: err.code(),
        request_id,
        doc_url: err.doc_url(),
    })
    .unwrap()
}

fn hand_response(err: Hand, request_id: &str) -> axum::response::Response {
    (
        err.status(),
        [
            (CONTENT_TYPE, "application/json"),
            (http::HeaderName::from_static("x-request-id"), request_id),
        ],
        hand_json(err, request_id),
    )
        .into_response()
}

fn errdocs_response(
    err: Generated,
    ctx: &errdocs::request::RequestContext,
) -> axum::response::Response {
    errdocs::response::build(&err, ctx).map(axum::body::Body::from)
}

/// Both sides answer the same thing; run before the benchmarks so a drift fails loudly.
fn check_same_values() {
    let ctx = ctx();
    for (g, h) in Generated::ALL.into_iter().zip(Hand::ALL) {
        assert_eq!(g.status(), h.status(), "{g:?}");
        assert_eq!(g.code(), h.code());
        assert_eq!(g.is_retryable(), h.is_retryable());
        assert_eq!(g.doc_url(), h.doc_url());
        let (gd, hd) = (g.doc(), h.doc());
        assert_eq!(
            (
                gd.code,
                gd.status,
                gd.title,
                gd.summary,
                gd.retry.retryable,
                gd.doc_url
            ),
            (
                hd.code,
                hd.status,
                hd.title,
                hd.summary,
                hd.retryable,
                hd.doc_url
            )
        );
        assert_eq!(
            serde_json::to_vec(&g.body(REQUEST_ID)).unwrap(),
            hand_json(h, REQUEST_ID)
        );
        assert_eq!(
            errdocs::response::build(&g, &ctx).into_body(),
            hand_json(h, REQUEST_ID)
        );
        let (a, b) = (errdocs_response(g, &ctx), hand_response(h, REQUEST_ID));
        assert_eq!(a.status(), b.status());
        assert_eq!(a.headers(), b.headers());
    }
}

// Each module holds the two sides of one measurement; divan prints them next to each other.
// Every iteration walks all 200 variants; inputs and results go through `black_box`.

mod status {
    use super::*;

    #[divan::bench]
    fn errdocs() {
        for e in black_box(&Generated::ALL) {
            black_box(black_box(e).status());
        }
    }

    #[divan::bench]
    fn hand() {
        for e in black_box(&Hand::ALL) {
            black_box(black_box(e).status());
        }
    }
}

mod code {
    use super::*;

    #[divan::bench]
    fn errdocs() {
        for e in black_box(&Generated::ALL) {
            black_box(black_box(e).code());
        }
    }

    #[divan::bench]
    fn hand() {
        for e in black_box(&Hand::ALL) {
            black_box(black_box(e).code());
        }
    }
}

mod is_retryable {
    use super::*;

    #[divan::bench]
    fn errdocs() {
        for e in black_box(&Generated::ALL) {
            black_box(black_box(e).is_retryable());
        }
    }

    #[divan::bench]
    fn hand() {
        for e in black_box(&Hand::ALL) {
            black_box(black_box(e).is_retryable());
        }
    }
}

mod doc_url {
    use super::*;

    #[divan::bench]
    fn errdocs() {
        for e in black_box(&Generated::ALL) {
            black_box(black_box(e).doc_url());
        }
    }

    #[divan::bench]
    fn hand() {
        for e in black_box(&Hand::ALL) {
            black_box(black_box(e).doc_url());
        }
    }
}

mod doc {
    use super::*;

    #[divan::bench]
    fn errdocs() {
        for e in black_box(&Generated::ALL) {
            black_box(black_box(e).doc());
        }
    }

    #[divan::bench]
    fn hand() {
        for e in black_box(&Hand::ALL) {
            black_box(black_box(e).doc());
        }
    }
}

mod json_body {
    use super::*;

    /// `serde_json::to_vec(&err.body(id))`; a 4xx detail is the error's `Display`.
    #[divan::bench]
    fn errdocs() {
        for e in black_box(&Generated::ALL) {
            black_box(serde_json::to_vec(&black_box(e).body(black_box(REQUEST_ID))).unwrap());
        }
    }

    /// The same bytes from a `#[derive(Serialize)]` struct of `&str`s.
    #[divan::bench]
    fn hand() {
        for e in black_box(&Hand::ALL) {
            black_box(hand_json(*black_box(e), black_box(REQUEST_ID)));
        }
    }

    /// Diagnostic, not a budget: `hand` with errdocs' detail rule (a 4xx detail is the
    /// `Display`, formatted into a `String`; a 5xx detail is the static summary).
    #[divan::bench]
    fn hand_display_detail() {
        for e in black_box(&Hand::ALL) {
            black_box(hand_json_display(*black_box(e), black_box(REQUEST_ID)));
        }
    }
}

mod axum_response {
    use super::*;

    /// `errdocs::response::build` with a fixed request context, as an axum response (what the
    /// generated `IntoResponse` does inside `RequestIdLayer`'s scope, minus the context clone).
    #[divan::bench]
    fn errdocs(bencher: divan::Bencher) {
        let ctx = ctx();
        bencher.bench_local(|| {
            for e in black_box(&Generated::ALL) {
                black_box(errdocs_response(*black_box(e), black_box(&ctx)));
            }
        });
    }

    /// `(StatusCode, [headers], Vec<u8>).into_response()` with the same id and body.
    #[divan::bench]
    fn hand() {
        for e in black_box(&Hand::ALL) {
            black_box(hand_response(*black_box(e), black_box(REQUEST_ID)));
        }
    }
}

/// The derived `IntoResponse` itself (no request scope: it makes a UUID v4 id per error,
/// so it is not comparable with `hand`; shown for what an unscoped call costs).
mod axum_into_response_unscoped {
    use super::*;

    #[divan::bench]
    fn errdocs() {
        for e in black_box(&Generated::ALL) {
            black_box(IntoResponse::into_response(*black_box(e)));
        }
    }
}

// BEGIN generated by bench/gen_catalog.py
// @generated by bench/gen_catalog.py from 200 pages; do not edit.

/// 200 unit variants whose facts come from the generated pages.
#[derive(Debug, Clone, Copy, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../bench/fixtures/errors200")]
pub enum Generated {
    #[error("The request body of operation 0 is malformed.")]
    #[api_error(code = "err_000")]
    Err000,
    #[error("The credentials sent to operation 1 are missing or invalid.")]
    #[api_error(code = "err_001")]
    Err001,
    #[error("The credentials lack the scope operation 2 needs.")]
    #[api_error(code = "err_002")]
    Err002,
    #[error("The resource addressed by operation 3 does not exist.")]
    #[api_error(code = "err_003")]
    Err003,
    #[error("Operation 4 does not accept this HTTP method.")]
    #[api_error(code = "err_004")]
    Err004,
    #[error("Operation 5 conflicts with the current state of the resource.")]
    #[api_error(code = "err_005")]
    Err005,
    #[error("The resource addressed by operation 6 is gone for good.")]
    #[api_error(code = "err_006")]
    Err006,
    #[error("A precondition of operation 7 does not hold.")]
    #[api_error(code = "err_007")]
    Err007,
    #[error("Operation 8 does not accept the body's media type.")]
    #[api_error(code = "err_008")]
    Err008,
    #[error("The body of operation 9 is well-formed but invalid.")]
    #[api_error(code = "err_009")]
    Err009,
    #[error("Too many requests reached operation 10 in the current window.")]
    #[api_error(code = "err_010")]
    Err010,
    #[error("An unexpected error occurred while handling operation 11.")]
    #[api_error(code = "err_011")]
    Err011,
    #[error("The gateway got an invalid answer for operation 12.")]
    #[api_error(code = "err_012")]
    Err012,
    #[error("The service behind operation 13 is temporarily unavailable.")]
    #[api_error(code = "err_013")]
    Err013,
    #[error("The service behind operation 14 did not answer in time.")]
    #[api_error(code = "err_014")]
    Err014,
    #[error("The request body of operation 15 is malformed.")]
    #[api_error(code = "err_015")]
    Err015,
    #[error("The credentials sent to operation 16 are missing or invalid.")]
    #[api_error(code = "err_016")]
    Err016,
    #[error("The credentials lack the scope operation 17 needs.")]
    #[api_error(code = "err_017")]
    Err017,
    #[error("The resource addressed by operation 18 does not exist.")]
    #[api_error(code = "err_018")]
    Err018,
    #[error("Operation 19 does not accept this HTTP method.")]
    #[api_error(code = "err_019")]
    Err019,
    #[error("Operation 20 conflicts with the current state of the resource.")]
    #[api_error(code = "err_020")]
    Err020,
    #[error("The resource addressed by operation 21 is gone for good.")]
    #[api_error(code = "err_021")]
    Err021,
    #[error("A precondition of operation 22 does not hold.")]
    #[api_error(code = "err_022")]
    Err022,
    #[error("Operation 23 does not accept the body's media type.")]
    #[api_error(code = "err_023")]
    Err023,
    #[error("The body of operation 24 is well-formed but invalid.")]
    #[api_error(code = "err_024")]
    Err024,
    #[error("Too many requests reached operation 25 in the current window.")]
    #[api_error(code = "err_025")]
    Err025,
    #[error("An unexpected error occurred while handling operation 26.")]
    #[api_error(code = "err_026")]
    Err026,
    #[error("The gateway got an invalid answer for operation 27.")]
    #[api_error(code = "err_027")]
    Err027,
    #[error("The service behind operation 28 is temporarily unavailable.")]
    #[api_error(code = "err_028")]
    Err028,
    #[error("The service behind operation 29 did not answer in time.")]
    #[api_error(code = "err_029")]
    Err029,
    #[error("The request body of operation 30 is malformed.")]
    #[api_error(code = "err_030")]
    Err030,
    #[error("The credentials sent to operation 31 are missing or invalid.")]
    #[api_error(code = "err_031")]
    Err031,
    #[error("The credentials lack the scope operation 32 needs.")]
    #[api_error(code = "err_032")]
    Err032,
    #[error("The resource addressed by operation 33 does not exist.")]
    #[api_error(code = "err_033")]
    Err033,
    #[error("Operation 34 does not accept this HTTP method.")]
    #[api_error(code = "err_034")]
    Err034,
    #[error("Operation 35 conflicts with the current state of the resource.")]
    #[api_error(code = "err_035")]
    Err035,
    #[error("The resource addressed by operation 36 is gone for good.")]
    #[api_error(code = "err_036")]
    Err036,
    #[error("A precondition of operation 37 does not hold.")]
    #[api_error(code = "err_037")]
    Err037,
    #[error("Operation 38 does not accept the body's media type.")]
    #[api_error(code = "err_038")]
    Err038,
    #[error("The body of operation 39 is well-formed but invalid.")]
    #[api_error(code = "err_039")]
    Err039,
    #[error("Too many requests reached operation 40 in the current window.")]
    #[api_error(code = "err_040")]
    Err040,
    #[error("An unexpected error occurred while handling operation 41.")]
    #[api_error(code = "err_041")]
    Err041,
    #[error("The gateway got an invalid answer for operation 42.")]
    #[api_error(code = "err_042")]
    Err042,
    #[error("The service behind operation 43 is temporarily unavailable.")]
    #[api_error(code = "err_043")]
    Err043,
    #[error("The service behind operation 44 did not answer in time.")]
    #[api_error(code = "err_044")]
    Err044,
    #[error("The request body of operation 45 is malformed.")]
    #[api_error(code = "err_045")]
    Err045,
    #[error("The credentials sent to operation 46 are missing or invalid.")]
    #[api_error(code = "err_046")]
    Err046,
    #[error("The credentials lack the scope operation 47 needs.")]
    #[api_error(code = "err_047")]
    Err047,
    #[error("The resource addressed by operation 48 does not exist.")]
    #[api_error(code = "err_048")]
    Err048,
    #[error("Operation 49 does not accept this HTTP method.")]
    #[api_error(code = "err_049")]
    Err049,
    #[error("Operation 50 conflicts with the current state of the resource.")]
    #[api_error(code = "err_050")]
    Err050,
    #[error("The resource addressed by operation 51 is gone for good.")]
    #[api_error(code = "err_051")]
    Err051,
    #[error("A precondition of operation 52 does not hold.")]
    #[api_error(code = "err_052")]
    Err052,
    #[error("Operation 53 does not accept the body's media type.")]
    #[api_error(code = "err_053")]
    Err053,
    #[error("The body of operation 54 is well-formed but invalid.")]
    #[api_error(code = "err_054")]
    Err054,
    #[error("Too many requests reached operation 55 in the current window.")]
    #[api_error(code = "err_055")]
    Err055,
    #[error("An unexpected error occurred while handling operation 56.")]
    #[api_error(code = "err_056")]
    Err056,
    #[error("The gateway got an invalid answer for operation 57.")]
    #[api_error(code = "err_057")]
    Err057,
    #[error("The service behind operation 58 is temporarily unavailable.")]
    #[api_error(code = "err_058")]
    Err058,
    #[error("The service behind operation 59 did not answer in time.")]
    #[api_error(code = "err_059")]
    Err059,
    #[error("The request body of operation 60 is malformed.")]
    #[api_error(code = "err_060")]
    Err060,
    #[error("The credentials sent to operation 61 are missing or invalid.")]
    #[api_error(code = "err_061")]
    Err061,
    #[error("The credentials lack the scope operation 62 needs.")]
    #[api_error(code = "err_062")]
    Err062,
    #[error("The resource addressed by operation 63 does not exist.")]
    #[api_error(code = "err_063")]
    Err063,
    #[error("Operation 64 does not accept this HTTP method.")]
    #[api_error(code = "err_064")]
    Err064,
    #[error("Operation 65 conflicts with the current state of the resource.")]
    #[api_error(code = "err_065")]
    Err065,
    #[error("The resource addressed by operation 66 is gone for good.")]
    #[api_error(code = "err_066")]
    Err066,
    #[error("A precondition of operation 67 does not hold.")]
    #[api_error(code = "err_067")]
    Err067,
    #[error("Operation 68 does not accept the body's media type.")]
    #[api_error(code = "err_068")]
    Err068,
    #[error("The body of operation 69 is well-formed but invalid.")]
    #[api_error(code = "err_069")]
    Err069,
    #[error("Too many requests reached operation 70 in the current window.")]
    #[api_error(code = "err_070")]
    Err070,
    #[error("An unexpected error occurred while handling operation 71.")]
    #[api_error(code = "err_071")]
    Err071,
    #[error("The gateway got an invalid answer for operation 72.")]
    #[api_error(code = "err_072")]
    Err072,
    #[error("The service behind operation 73 is temporarily unavailable.")]
    #[api_error(code = "err_073")]
    Err073,
    #[error("The service behind operation 74 did not answer in time.")]
    #[api_error(code = "err_074")]
    Err074,
    #[error("The request body of operation 75 is malformed.")]
    #[api_error(code = "err_075")]
    Err075,
    #[error("The credentials sent to operation 76 are missing or invalid.")]
    #[api_error(code = "err_076")]
    Err076,
    #[error("The credentials lack the scope operation 77 needs.")]
    #[api_error(code = "err_077")]
    Err077,
    #[error("The resource addressed by operation 78 does not exist.")]
    #[api_error(code = "err_078")]
    Err078,
    #[error("Operation 79 does not accept this HTTP method.")]
    #[api_error(code = "err_079")]
    Err079,
    #[error("Operation 80 conflicts with the current state of the resource.")]
    #[api_error(code = "err_080")]
    Err080,
    #[error("The resource addressed by operation 81 is gone for good.")]
    #[api_error(code = "err_081")]
    Err081,
    #[error("A precondition of operation 82 does not hold.")]
    #[api_error(code = "err_082")]
    Err082,
    #[error("Operation 83 does not accept the body's media type.")]
    #[api_error(code = "err_083")]
    Err083,
    #[error("The body of operation 84 is well-formed but invalid.")]
    #[api_error(code = "err_084")]
    Err084,
    #[error("Too many requests reached operation 85 in the current window.")]
    #[api_error(code = "err_085")]
    Err085,
    #[error("An unexpected error occurred while handling operation 86.")]
    #[api_error(code = "err_086")]
    Err086,
    #[error("The gateway got an invalid answer for operation 87.")]
    #[api_error(code = "err_087")]
    Err087,
    #[error("The service behind operation 88 is temporarily unavailable.")]
    #[api_error(code = "err_088")]
    Err088,
    #[error("The service behind operation 89 did not answer in time.")]
    #[api_error(code = "err_089")]
    Err089,
    #[error("The request body of operation 90 is malformed.")]
    #[api_error(code = "err_090")]
    Err090,
    #[error("The credentials sent to operation 91 are missing or invalid.")]
    #[api_error(code = "err_091")]
    Err091,
    #[error("The credentials lack the scope operation 92 needs.")]
    #[api_error(code = "err_092")]
    Err092,
    #[error("The resource addressed by operation 93 does not exist.")]
    #[api_error(code = "err_093")]
    Err093,
    #[error("Operation 94 does not accept this HTTP method.")]
    #[api_error(code = "err_094")]
    Err094,
    #[error("Operation 95 conflicts with the current state of the resource.")]
    #[api_error(code = "err_095")]
    Err095,
    #[error("The resource addressed by operation 96 is gone for good.")]
    #[api_error(code = "err_096")]
    Err096,
    #[error("A precondition of operation 97 does not hold.")]
    #[api_error(code = "err_097")]
    Err097,
    #[error("Operation 98 does not accept the body's media type.")]
    #[api_error(code = "err_098")]
    Err098,
    #[error("The body of operation 99 is well-formed but invalid.")]
    #[api_error(code = "err_099")]
    Err099,
    #[error("Too many requests reached operation 100 in the current window.")]
    #[api_error(code = "err_100")]
    Err100,
    #[error("An unexpected error occurred while handling operation 101.")]
    #[api_error(code = "err_101")]
    Err101,
    #[error("The gateway got an invalid answer for operation 102.")]
    #[api_error(code = "err_102")]
    Err102,
    #[error("The service behind operation 103 is temporarily unavailable.")]
    #[api_error(code = "err_103")]
    Err103,
    #[error("The service behind operation 104 did not answer in time.")]
    #[api_error(code = "err_104")]
    Err104,
    #[error("The request body of operation 105 is malformed.")]
    #[api_error(code = "err_105")]
    Err105,
    #[error("The credentials sent to operation 106 are missing or invalid.")]
    #[api_error(code = "err_106")]
    Err106,
    #[error("The credentials lack the scope operation 107 needs.")]
    #[api_error(code = "err_107")]
    Err107,
    #[error("The resource addressed by operation 108 does not exist.")]
    #[api_error(code = "err_108")]
    Err108,
    #[error("Operation 109 does not accept this HTTP method.")]
    #[api_error(code = "err_109")]
    Err109,
    #[error("Operation 110 conflicts with the current state of the resource.")]
    #[api_error(code = "err_110")]
    Err110,
    #[error("The resource addressed by operation 111 is gone for good.")]
    #[api_error(code = "err_111")]
    Err111,
    #[error("A precondition of operation 112 does not hold.")]
    #[api_error(code = "err_112")]
    Err112,
    #[error("Operation 113 does not accept the body's media type.")]
    #[api_error(code = "err_113")]
    Err113,
    #[error("The body of operation 114 is well-formed but invalid.")]
    #[api_error(code = "err_114")]
    Err114,
    #[error("Too many requests reached operation 115 in the current window.")]
    #[api_error(code = "err_115")]
    Err115,
    #[error("An unexpected error occurred while handling operation 116.")]
    #[api_error(code = "err_116")]
    Err116,
    #[error("The gateway got an invalid answer for operation 117.")]
    #[api_error(code = "err_117")]
    Err117,
    #[error("The service behind operation 118 is temporarily unavailable.")]
    #[api_error(code = "err_118")]
    Err118,
    #[error("The service behind operation 119 did not answer in time.")]
    #[api_error(code = "err_119")]
    Err119,
    #[error("The request body of operation 120 is malformed.")]
    #[api_error(code = "err_120")]
    Err120,
    #[error("The credentials sent to operation 121 are missing or invalid.")]
    #[api_error(code = "err_121")]
    Err121,
    #[error("The credentials lack the scope operation 122 needs.")]
    #[api_error(code = "err_122")]
    Err122,
    #[error("The resource addressed by operation 123 does not exist.")]
    #[api_error(code = "err_123")]
    Err123,
    #[error("Operation 124 does not accept this HTTP method.")]
    #[api_error(code = "err_124")]
    Err124,
    #[error("Operation 125 conflicts with the current state of the resource.")]
    #[api_error(code = "err_125")]
    Err125,
    #[error("The resource addressed by operation 126 is gone for good.")]
    #[api_error(code = "err_126")]
    Err126,
    #[error("A precondition of operation 127 does not hold.")]
    #[api_error(code = "err_127")]
    Err127,
    #[error("Operation 128 does not accept the body's media type.")]
    #[api_error(code = "err_128")]
    Err128,
    #[error("The body of operation 129 is well-formed but invalid.")]
    #[api_error(code = "err_129")]
    Err129,
    #[error("Too many requests reached operation 130 in the current window.")]
    #[api_error(code = "err_130")]
    Err130,
    #[error("An unexpected error occurred while handling operation 131.")]
    #[api_error(code = "err_131")]
    Err131,
    #[error("The gateway got an invalid answer for operation 132.")]
    #[api_error(code = "err_132")]
    Err132,
    #[error("The service behind operation 133 is temporarily unavailable.")]
    #[api_error(code = "err_133")]
    Err133,
    #[error("The service behind operation 134 did not answer in time.")]
    #[api_error(code = "err_134")]
    Err134,
    #[error("The request body of operation 135 is malformed.")]
    #[api_error(code = "err_135")]
    Err135,
    #[error("The credentials sent to operation 136 are missing or invalid.")]
    #[api_error(code = "err_136")]
    Err136,
    #[error("The credentials lack the scope operation 137 needs.")]
    #[api_error(code = "err_137")]
    Err137,
    #[error("The resource addressed by operation 138 does not exist.")]
    #[api_error(code = "err_138")]
    Err138,
    #[error("Operation 139 does not accept this HTTP method.")]
    #[api_error(code = "err_139")]
    Err139,
    #[error("Operation 140 conflicts with the current state of the resource.")]
    #[api_error(code = "err_140")]
    Err140,
    #[error("The resource addressed by operation 141 is gone for good.")]
    #[api_error(code = "err_141")]
    Err141,
    #[error("A precondition of operation 142 does not hold.")]
    #[api_error(code = "err_142")]
    Err142,
    #[error("Operation 143 does not accept the body's media type.")]
    #[api_error(code = "err_143")]
    Err143,
    #[error("The body of operation 144 is well-formed but invalid.")]
    #[api_error(code = "err_144")]
    Err144,
    #[error("Too many requests reached operation 145 in the current window.")]
    #[api_error(code = "err_145")]
    Err145,
    #[error("An unexpected error occurred while handling operation 146.")]
    #[api_error(code = "err_146")]
    Err146,
    #[error("The gateway got an invalid answer for operation 147.")]
    #[api_error(code = "err_147")]
    Err147,
    #[error("The service behind operation 148 is temporarily unavailable.")]
    #[api_error(code = "err_148")]
    Err148,
    #[error("The service behind operation 149 did not answer in time.")]
    #[api_error(code = "err_149")]
    Err149,
    #[error("The request body of operation 150 is malformed.")]
    #[api_error(code = "err_150")]
    Err150,
    #[error("The credentials sent to operation 151 are missing or invalid.")]
    #[api_error(code = "err_151")]
    Err151,
    #[error("The credentials lack the scope operation 152 needs.")]
    #[api_error(code = "err_152")]
    Err152,
    #[error("The resource addressed by operation 153 does not exist.")]
    #[api_error(code = "err_153")]
    Err153,
    #[error("Operation 154 does not accept this HTTP method.")]
    #[api_error(code = "err_154")]
    Err154,
    #[error("Operation 155 conflicts with the current state of the resource.")]
    #[api_error(code = "err_155")]
    Err155,
    #[error("The resource addressed by operation 156 is gone for good.")]
    #[api_error(code = "err_156")]
    Err156,
    #[error("A precondition of operation 157 does not hold.")]
    #[api_error(code = "err_157")]
    Err157,
    #[error("Operation 158 does not accept the body's media type.")]
    #[api_error(code = "err_158")]
    Err158,
    #[error("The body of operation 159 is well-formed but invalid.")]
    #[api_error(code = "err_159")]
    Err159,
    #[error("Too many requests reached operation 160 in the current window.")]
    #[api_error(code = "err_160")]
    Err160,
    #[error("An unexpected error occurred while handling operation 161.")]
    #[api_error(code = "err_161")]
    Err161,
    #[error("The gateway got an invalid answer for operation 162.")]
    #[api_error(code = "err_162")]
    Err162,
    #[error("The service behind operation 163 is temporarily unavailable.")]
    #[api_error(code = "err_163")]
    Err163,
    #[error("The service behind operation 164 did not answer in time.")]
    #[api_error(code = "err_164")]
    Err164,
    #[error("The request body of operation 165 is malformed.")]
    #[api_error(code = "err_165")]
    Err165,
    #[error("The credentials sent to operation 166 are missing or invalid.")]
    #[api_error(code = "err_166")]
    Err166,
    #[error("The credentials lack the scope operation 167 needs.")]
    #[api_error(code = "err_167")]
    Err167,
    #[error("The resource addressed by operation 168 does not exist.")]
    #[api_error(code = "err_168")]
    Err168,
    #[error("Operation 169 does not accept this HTTP method.")]
    #[api_error(code = "err_169")]
    Err169,
    #[error("Operation 170 conflicts with the current state of the resource.")]
    #[api_error(code = "err_170")]
    Err170,
    #[error("The resource addressed by operation 171 is gone for good.")]
    #[api_error(code = "err_171")]
    Err171,
    #[error("A precondition of operation 172 does not hold.")]
    #[api_error(code = "err_172")]
    Err172,
    #[error("Operation 173 does not accept the body's media type.")]
    #[api_error(code = "err_173")]
    Err173,
    #[error("The body of operation 174 is well-formed but invalid.")]
    #[api_error(code = "err_174")]
    Err174,
    #[error("Too many requests reached operation 175 in the current window.")]
    #[api_error(code = "err_175")]
    Err175,
    #[error("An unexpected error occurred while handling operation 176.")]
    #[api_error(code = "err_176")]
    Err176,
    #[error("The gateway got an invalid answer for operation 177.")]
    #[api_error(code = "err_177")]
    Err177,
    #[error("The service behind operation 178 is temporarily unavailable.")]
    #[api_error(code = "err_178")]
    Err178,
    #[error("The service behind operation 179 did not answer in time.")]
    #[api_error(code = "err_179")]
    Err179,
    #[error("The request body of operation 180 is malformed.")]
    #[api_error(code = "err_180")]
    Err180,
    #[error("The credentials sent to operation 181 are missing or invalid.")]
    #[api_error(code = "err_181")]
    Err181,
    #[error("The credentials lack the scope operation 182 needs.")]
    #[api_error(code = "err_182")]
    Err182,
    #[error("The resource addressed by operation 183 does not exist.")]
    #[api_error(code = "err_183")]
    Err183,
    #[error("Operation 184 does not accept this HTTP method.")]
    #[api_error(code = "err_184")]
    Err184,
    #[error("Operation 185 conflicts with the current state of the resource.")]
    #[api_error(code = "err_185")]
    Err185,
    #[error("The resource addressed by operation 186 is gone for good.")]
    #[api_error(code = "err_186")]
    Err186,
    #[error("A precondition of operation 187 does not hold.")]
    #[api_error(code = "err_187")]
    Err187,
    #[error("Operation 188 does not accept the body's media type.")]
    #[api_error(code = "err_188")]
    Err188,
    #[error("The body of operation 189 is well-formed but invalid.")]
    #[api_error(code = "err_189")]
    Err189,
    #[error("Too many requests reached operation 190 in the current window.")]
    #[api_error(code = "err_190")]
    Err190,
    #[error("An unexpected error occurred while handling operation 191.")]
    #[api_error(code = "err_191")]
    Err191,
    #[error("The gateway got an invalid answer for operation 192.")]
    #[api_error(code = "err_192")]
    Err192,
    #[error("The service behind operation 193 is temporarily unavailable.")]
    #[api_error(code = "err_193")]
    Err193,
    #[error("The service behind operation 194 did not answer in time.")]
    #[api_error(code = "err_194")]
    Err194,
    #[error("The request body of operation 195 is malformed.")]
    #[api_error(code = "err_195")]
    Err195,
    #[error("The credentials sent to operation 196 are missing or invalid.")]
    #[api_error(code = "err_196")]
    Err196,
    #[error("The credentials lack the scope operation 197 needs.")]
    #[api_error(code = "err_197")]
    Err197,
    #[error("The resource addressed by operation 198 does not exist.")]
    #[api_error(code = "err_198")]
    Err198,
    #[error("Operation 199 does not accept this HTTP method.")]
    #[api_error(code = "err_199")]
    Err199,
}

impl Generated {
    pub const ALL: [Generated; 200] = [
        Generated::Err000,
        Generated::Err001,
        Generated::Err002,
        Generated::Err003,
        Generated::Err004,
        Generated::Err005,
        Generated::Err006,
        Generated::Err007,
        Generated::Err008,
        Generated::Err009,
        Generated::Err010,
        Generated::Err011,
        Generated::Err012,
        Generated::Err013,
        Generated::Err014,
        Generated::Err015,
        Generated::Err016,
        Generated::Err017,
        Generated::Err018,
        Generated::Err019,
        Generated::Err020,
        Generated::Err021,
        Generated::Err022,
        Generated::Err023,
        Generated::Err024,
        Generated::Err025,
        Generated::Err026,
        Generated::Err027,
        Generated::Err028,
        Generated::Err029,
        Generated::Err030,
        Generated::Err031,
        Generated::Err032,
        Generated::Err033,
        Generated::Err034,
        Generated::Err035,
        Generated::Err036,
        Generated::Err037,
        Generated::Err038,
        Generated::Err039,
        Generated::Err040,
        Generated::Err041,
        Generated::Err042,
        Generated::Err043,
        Generated::Err044,
        Generated::Err045,
        Generated::Err046,
        Generated::Err047,
        Generated::Err048,
        Generated::Err049,
        Generated::Err050,
        Generated::Err051,
        Generated::Err052,
        Generated::Err053,
        Generated::Err054,
        Generated::Err055,
        Generated::Err056,
        Generated::Err057,
        Generated::Err058,
        Generated::Err059,
        Generated::Err060,
        Generated::Err061,
        Generated::Err062,
        Generated::Err063,
        Generated::Err064,
        Generated::Err065,
        Generated::Err066,
        Generated::Err067,
        Generated::Err068,
        Generated::Err069,
        Generated::Err070,
        Generated::Err071,
        Generated::Err072,
        Generated::Err073,
        Generated::Err074,
        Generated::Err075,
        Generated::Err076,
        Generated::Err077,
        Generated::Err078,
        Generated::Err079,
        Generated::Err080,
        Generated::Err081,
        Generated::Err082,
        Generated::Err083,
        Generated::Err084,
        Generated::Err085,
        Generated::Err086,
        Generated::Err087,
        Generated::Err088,
        Generated::Err089,
        Generated::Err090,
        Generated::Err091,
        Generated::Err092,
        Generated::Err093,
        Generated::Err094,
        Generated::Err095,
        Generated::Err096,
        Generated::Err097,
        Generated::Err098,
        Generated::Err099,
        Generated::Err100,
        Generated::Err101,
        Generated::Err102,
        Generated::Err103,
        Generated::Err104,
        Generated::Err105,
        Generated::Err106,
        Generated::Err107,
        Generated::Err108,
        Generated::Err109,
        Generated::Err110,
        Generated::Err111,
        Generated::Err112,
        Generated::Err113,
        Generated::Err114,
        Generated::Err115,
        Generated::Err116,
        Generated::Err117,
        Generated::Err118,
        Generated::Err119,
        Generated::Err120,
        Generated::Err121,
        Generated::Err122,
        Generated::Err123,
        Generated::Err124,
        Generated::Err125,
        Generated::Err126,
        Generated::Err127,
        Generated::Err128,
        Generated::Err129,
        Generated::Err130,
        Generated::Err131,
        Generated::Err132,
        Generated::Err133,
        Generated::Err134,
        Generated::Err135,
        Generated::Err136,
        Generated::Err137,
        Generated::Err138,
        Generated::Err139,
        Generated::Err140,
        Generated::Err141,
        Generated::Err142,
        Generated::Err143,
        Generated::Err144,
        Generated::Err145,
        Generated::Err146,
        Generated::Err147,
        Generated::Err148,
        Generated::Err149,
        Generated::Err150,
        Generated::Err151,
        Generated::Err152,
        Generated::Err153,
        Generated::Err154,
        Generated::Err155,
        Generated::Err156,
        Generated::Err157,
        Generated::Err158,
        Generated::Err159,
        Generated::Err160,
        Generated::Err161,
        Generated::Err162,
        Generated::Err163,
        Generated::Err164,
        Generated::Err165,
        Generated::Err166,
        Generated::Err167,
        Generated::Err168,
        Generated::Err169,
        Generated::Err170,
        Generated::Err171,
        Generated::Err172,
        Generated::Err173,
        Generated::Err174,
        Generated::Err175,
        Generated::Err176,
        Generated::Err177,
        Generated::Err178,
        Generated::Err179,
        Generated::Err180,
        Generated::Err181,
        Generated::Err182,
        Generated::Err183,
        Generated::Err184,
        Generated::Err185,
        Generated::Err186,
        Generated::Err187,
        Generated::Err188,
        Generated::Err189,
        Generated::Err190,
        Generated::Err191,
        Generated::Err192,
        Generated::Err193,
        Generated::Err194,
        Generated::Err195,
        Generated::Err196,
        Generated::Err197,
        Generated::Err198,
        Generated::Err199,
    ];
}

/// The same errors, written by hand: a `match` per fact.
#[derive(Debug, Clone, Copy, thiserror::Error)]
pub enum Hand {
    #[error("The request body of operation 0 is malformed.")]
    Err000,
    #[error("The credentials sent to operation 1 are missing or invalid.")]
    Err001,
    #[error("The credentials lack the scope operation 2 needs.")]
    Err002,
    #[error("The resource addressed by operation 3 does not exist.")]
    Err003,
    #[error("Operation 4 does not accept this HTTP method.")]
    Err004,
    #[error("Operation 5 conflicts with the current state of the resource.")]
    Err005,
    #[error("The resource addressed by operation 6 is gone for good.")]
    Err006,
    #[error("A precondition of operation 7 does not hold.")]
    Err007,
    #[error("Operation 8 does not accept the body's media type.")]
    Err008,
    #[error("The body of operation 9 is well-formed but invalid.")]
    Err009,
    #[error("Too many requests reached operation 10 in the current window.")]
    Err010,
    #[error("An unexpected error occurred while handling operation 11.")]
    Err011,
    #[error("The gateway got an invalid answer for operation 12.")]
    Err012,
    #[error("The service behind operation 13 is temporarily unavailable.")]
    Err013,
    #[error("The service behind operation 14 did not answer in time.")]
    Err014,
    #[error("The request body of operation 15 is malformed.")]
    Err015,
    #[error("The credentials sent to operation 16 are missing or invalid.")]
    Err016,
    #[error("The credentials lack the scope operation 17 needs.")]
    Err017,
    #[error("The resource addressed by operation 18 does not exist.")]
    Err018,
    #[error("Operation 19 does not accept this HTTP method.")]
    Err019,
    #[error("Operation 20 conflicts with the current state of the resource.")]
    Err020,
    #[error("The resource addressed by operation 21 is gone for good.")]
    Err021,
    #[error("A precondition of operation 22 does not hold.")]
    Err022,
    #[error("Operation 23 does not accept the body's media type.")]
    Err023,
    #[error("The body of operation 24 is well-formed but invalid.")]
    Err024,
    #[error("Too many requests reached operation 25 in the current window.")]
    Err025,
    #[error("An unexpected error occurred while handling operation 26.")]
    Err026,
    #[error("The gateway got an invalid answer for operation 27.")]
    Err027,
    #[error("The service behind operation 28 is temporarily unavailable.")]
    Err028,
    #[error("The service behind operation 29 did not answer in time.")]
    Err029,
    #[error("The request body of operation 30 is malformed.")]
    Err030,
    #[error("The credentials sent to operation 31 are missing or invalid.")]
    Err031,
    #[error("The credentials lack the scope operation 32 needs.")]
    Err032,
    #[error("The resource addressed by operation 33 does not exist.")]
    Err033,
    #[error("Operation 34 does not accept this HTTP method.")]
    Err034,
    #[error("Operation 35 conflicts with the current state of the resource.")]
    Err035,
    #[error("The resource addressed by operation 36 is gone for good.")]
    Err036,
    #[error("A precondition of operation 37 does not hold.")]
    Err037,
    #[error("Operation 38 does not accept the body's media type.")]
    Err038,
    #[error("The body of operation 39 is well-formed but invalid.")]
    Err039,
    #[error("Too many requests reached operation 40 in the current window.")]
    Err040,
    #[error("An unexpected error occurred while handling operation 41.")]
    Err041,
    #[error("The gateway got an invalid answer for operation 42.")]
    Err042,
    #[error("The service behind operation 43 is temporarily unavailable.")]
    Err043,
    #[error("The service behind operation 44 did not answer in time.")]
    Err044,
    #[error("The request body of operation 45 is malformed.")]
    Err045,
    #[error("The credentials sent to operation 46 are missing or invalid.")]
    Err046,
    #[error("The credentials lack the scope operation 47 needs.")]
    Err047,
    #[error("The resource addressed by operation 48 does not exist.")]
    Err048,
    #[error("Operation 49 does not accept this HTTP method.")]
    Err049,
    #[error("Operation 50 conflicts with the current state of the resource.")]
    Err050,
    #[error("The resource addressed by operation 51 is gone for good.")]
    Err051,
    #[error("A precondition of operation 52 does not hold.")]
    Err052,
    #[error("Operation 53 does not accept the body's media type.")]
    Err053,
    #[error("The body of operation 54 is well-formed but invalid.")]
    Err054,
    #[error("Too many requests reached operation 55 in the current window.")]
    Err055,
    #[error("An unexpected error occurred while handling operation 56.")]
    Err056,
    #[error("The gateway got an invalid answer for operation 57.")]
    Err057,
    #[error("The service behind operation 58 is temporarily unavailable.")]
    Err058,
    #[error("The service behind operation 59 did not answer in time.")]
    Err059,
    #[error("The request body of operation 60 is malformed.")]
    Err060,
    #[error("The credentials sent to operation 61 are missing or invalid.")]
    Err061,
    #[error("The credentials lack the scope operation 62 needs.")]
    Err062,
    #[error("The resource addressed by operation 63 does not exist.")]
    Err063,
    #[error("Operation 64 does not accept this HTTP method.")]
    Err064,
    #[error("Operation 65 conflicts with the current state of the resource.")]
    Err065,
    #[error("The resource addressed by operation 66 is gone for good.")]
    Err066,
    #[error("A precondition of operation 67 does not hold.")]
    Err067,
    #[error("Operation 68 does not accept the body's media type.")]
    Err068,
    #[error("The body of operation 69 is well-formed but invalid.")]
    Err069,
    #[error("Too many requests reached operation 70 in the current window.")]
    Err070,
    #[error("An unexpected error occurred while handling operation 71.")]
    Err071,
    #[error("The gateway got an invalid answer for operation 72.")]
    Err072,
    #[error("The service behind operation 73 is temporarily unavailable.")]
    Err073,
    #[error("The service behind operation 74 did not answer in time.")]
    Err074,
    #[error("The request body of operation 75 is malformed.")]
    Err075,
    #[error("The credentials sent to operation 76 are missing or invalid.")]
    Err076,
    #[error("The credentials lack the scope operation 77 needs.")]
    Err077,
    #[error("The resource addressed by operation 78 does not exist.")]
    Err078,
    #[error("Operation 79 does not accept this HTTP method.")]
    Err079,
    #[error("Operation 80 conflicts with the current state of the resource.")]
    Err080,
    #[error("The resource addressed by operation 81 is gone for good.")]
    Err081,
    #[error("A precondition of operation 82 does not hold.")]
    Err082,
    #[error("Operation 83 does not accept the body's media type.")]
    Err083,
    #[error("The body of operation 84 is well-formed but invalid.")]
    Err084,
    #[error("Too many requests reached operation 85 in the current window.")]
    Err085,
    #[error("An unexpected error occurred while handling operation 86.")]
    Err086,
    #[error("The gateway got an invalid answer for operation 87.")]
    Err087,
    #[error("The service behind operation 88 is temporarily unavailable.")]
    Err088,
    #[error("The service behind operation 89 did not answer in time.")]
    Err089,
    #[error("The request body of operation 90 is malformed.")]
    Err090,
    #[error("The credentials sent to operation 91 are missing or invalid.")]
    Err091,
    #[error("The credentials lack the scope operation 92 needs.")]
    Err092,
    #[error("The resource addressed by operation 93 does not exist.")]
    Err093,
    #[error("Operation 94 does not accept this HTTP method.")]
    Err094,
    #[error("Operation 95 conflicts with the current state of the resource.")]
    Err095,
    #[error("The resource addressed by operation 96 is gone for good.")]
    Err096,
    #[error("A precondition of operation 97 does not hold.")]
    Err097,
    #[error("Operation 98 does not accept the body's media type.")]
    Err098,
    #[error("The body of operation 99 is well-formed but invalid.")]
    Err099,
    #[error("Too many requests reached operation 100 in the current window.")]
    Err100,
    #[error("An unexpected error occurred while handling operation 101.")]
    Err101,
    #[error("The gateway got an invalid answer for operation 102.")]
    Err102,
    #[error("The service behind operation 103 is temporarily unavailable.")]
    Err103,
    #[error("The service behind operation 104 did not answer in time.")]
    Err104,
    #[error("The request body of operation 105 is malformed.")]
    Err105,
    #[error("The credentials sent to operation 106 are missing or invalid.")]
    Err106,
    #[error("The credentials lack the scope operation 107 needs.")]
    Err107,
    #[error("The resource addressed by operation 108 does not exist.")]
    Err108,
    #[error("Operation 109 does not accept this HTTP method.")]
    Err109,
    #[error("Operation 110 conflicts with the current state of the resource.")]
    Err110,
    #[error("The resource addressed by operation 111 is gone for good.")]
    Err111,
    #[error("A precondition of operation 112 does not hold.")]
    Err112,
    #[error("Operation 113 does not accept the body's media type.")]
    Err113,
    #[error("The body of operation 114 is well-formed but invalid.")]
    Err114,
    #[error("Too many requests reached operation 115 in the current window.")]
    Err115,
    #[error("An unexpected error occurred while handling operation 116.")]
    Err116,
    #[error("The gateway got an invalid answer for operation 117.")]
    Err117,
    #[error("The service behind operation 118 is temporarily unavailable.")]
    Err118,
    #[error("The service behind operation 119 did not answer in time.")]
    Err119,
    #[error("The request body of operation 120 is malformed.")]
    Err120,
    #[error("The credentials sent to operation 121 are missing or invalid.")]
    Err121,
    #[error("The credentials lack the scope operation 122 needs.")]
    Err122,
    #[error("The resource addressed by operation 123 does not exist.")]
    Err123,
    #[error("Operation 124 does not accept this HTTP method.")]
    Err124,
    #[error("Operation 125 conflicts with the current state of the resource.")]
    Err125,
    #[error("The resource addressed by operation 126 is gone for good.")]
    Err126,
    #[error("A precondition of operation 127 does not hold.")]
    Err127,
    #[error("Operation 128 does not accept the body's media type.")]
    Err128,
    #[error("The body of operation 129 is well-formed but invalid.")]
    Err129,
    #[error("Too many requests reached operation 130 in the current window.")]
    Err130,
    #[error("An unexpected error occurred while handling operation 131.")]
    Err131,
    #[error("The gateway got an invalid answer for operation 132.")]
    Err132,
    #[error("The service behind operation 133 is temporarily unavailable.")]
    Err133,
    #[error("The service behind operation 134 did not answer in time.")]
    Err134,
    #[error("The request body of operation 135 is malformed.")]
    Err135,
    #[error("The credentials sent to operation 136 are missing or invalid.")]
    Err136,
    #[error("The credentials lack the scope operation 137 needs.")]
    Err137,
    #[error("The resource addressed by operation 138 does not exist.")]
    Err138,
    #[error("Operation 139 does not accept this HTTP method.")]
    Err139,
    #[error("Operation 140 conflicts with the current state of the resource.")]
    Err140,
    #[error("The resource addressed by operation 141 is gone for good.")]
    Err141,
    #[error("A precondition of operation 142 does not hold.")]
    Err142,
    #[error("Operation 143 does not accept the body's media type.")]
    Err143,
    #[error("The body of operation 144 is well-formed but invalid.")]
    Err144,
    #[error("Too many requests reached operation 145 in the current window.")]
    Err145,
    #[error("An unexpected error occurred while handling operation 146.")]
    Err146,
    #[error("The gateway got an invalid answer for operation 147.")]
    Err147,
    #[error("The service behind operation 148 is temporarily unavailable.")]
    Err148,
    #[error("The service behind operation 149 did not answer in time.")]
    Err149,
    #[error("The request body of operation 150 is malformed.")]
    Err150,
    #[error("The credentials sent to operation 151 are missing or invalid.")]
    Err151,
    #[error("The credentials lack the scope operation 152 needs.")]
    Err152,
    #[error("The resource addressed by operation 153 does not exist.")]
    Err153,
    #[error("Operation 154 does not accept this HTTP method.")]
    Err154,
    #[error("Operation 155 conflicts with the current state of the resource.")]
    Err155,
    #[error("The resource addressed by operation 156 is gone for good.")]
    Err156,
    #[error("A precondition of operation 157 does not hold.")]
    Err157,
    #[error("Operation 158 does not accept the body's media type.")]
    Err158,
    #[error("The body of operation 159 is well-formed but invalid.")]
    Err159,
    #[error("Too many requests reached operation 160 in the current window.")]
    Err160,
    #[error("An unexpected error occurred while handling operation 161.")]
    Err161,
    #[error("The gateway got an invalid answer for operation 162.")]
    Err162,
    #[error("The service behind operation 163 is temporarily unavailable.")]
    Err163,
    #[error("The service behind operation 164 did not answer in time.")]
    Err164,
    #[error("The request body of operation 165 is malformed.")]
    Err165,
    #[error("The credentials sent to operation 166 are missing or invalid.")]
    Err166,
    #[error("The credentials lack the scope operation 167 needs.")]
    Err167,
    #[error("The resource addressed by operation 168 does not exist.")]
    Err168,
    #[error("Operation 169 does not accept this HTTP method.")]
    Err169,
    #[error("Operation 170 conflicts with the current state of the resource.")]
    Err170,
    #[error("The resource addressed by operation 171 is gone for good.")]
    Err171,
    #[error("A precondition of operation 172 does not hold.")]
    Err172,
    #[error("Operation 173 does not accept the body's media type.")]
    Err173,
    #[error("The body of operation 174 is well-formed but invalid.")]
    Err174,
    #[error("Too many requests reached operation 175 in the current window.")]
    Err175,
    #[error("An unexpected error occurred while handling operation 176.")]
    Err176,
    #[error("The gateway got an invalid answer for operation 177.")]
    Err177,
    #[error("The service behind operation 178 is temporarily unavailable.")]
    Err178,
    #[error("The service behind operation 179 did not answer in time.")]
    Err179,
    #[error("The request body of operation 180 is malformed.")]
    Err180,
    #[error("The credentials sent to operation 181 are missing or invalid.")]
    Err181,
    #[error("The credentials lack the scope operation 182 needs.")]
    Err182,
    #[error("The resource addressed by operation 183 does not exist.")]
    Err183,
    #[error("Operation 184 does not accept this HTTP method.")]
    Err184,
    #[error("Operation 185 conflicts with the current state of the resource.")]
    Err185,
    #[error("The resource addressed by operation 186 is gone for good.")]
    Err186,
    #[error("A precondition of operation 187 does not hold.")]
    Err187,
    #[error("Operation 188 does not accept the body's media type.")]
    Err188,
    #[error("The body of operation 189 is well-formed but invalid.")]
    Err189,
    #[error("Too many requests reached operation 190 in the current window.")]
    Err190,
    #[error("An unexpected error occurred while handling operation 191.")]
    Err191,
    #[error("The gateway got an invalid answer for operation 192.")]
    Err192,
    #[error("The service behind operation 193 is temporarily unavailable.")]
    Err193,
    #[error("The service behind operation 194 did not answer in time.")]
    Err194,
    #[error("The request body of operation 195 is malformed.")]
    Err195,
    #[error("The credentials sent to operation 196 are missing or invalid.")]
    Err196,
    #[error("The credentials lack the scope operation 197 needs.")]
    Err197,
    #[error("The resource addressed by operation 198 does not exist.")]
    Err198,
    #[error("Operation 199 does not accept this HTTP method.")]
    Err199,
}

/// What a hand-written catalog keeps per error.
#[derive(Debug)]
pub struct HandDoc {
    pub code: &'static str,
    pub status: u16,
    pub title: &'static str,
    pub summary: &'static str,
    pub retryable: bool,
    pub doc_url: &'static str,
}

impl Hand {
    pub const ALL: [Hand; 200] = [
        Hand::Err000,
        Hand::Err001,
        Hand::Err002,
        Hand::Err003,
        Hand::Err004,
        Hand::Err005,
        Hand::Err006,
        Hand::Err007,
        Hand::Err008,
        Hand::Err009,
        Hand::Err010,
        Hand::Err011,
        Hand::Err012,
        Hand::Err013,
        Hand::Err014,
        Hand::Err015,
        Hand::Err016,
        Hand::Err017,
        Hand::Err018,
        Hand::Err019,
        Hand::Err020,
        Hand::Err021,
        Hand::Err022,
        Hand::Err023,
        Hand::Err024,
        Hand::Err025,
        Hand::Err026,
        Hand::Err027,
        Hand::Err028,
        Hand::Err029,
        Hand::Err030,
        Hand::Err031,
        Hand::Err032,
        Hand::Err033,
        Hand::Err034,
        Hand::Err035,
        Hand::Err036,
        Hand::Err037,
        Hand::Err038,
        Hand::Err039,
        Hand::Err040,
        Hand::Err041,
        Hand::Err042,
        Hand::Err043,
        Hand::Err044,
        Hand::Err045,
        Hand::Err046,
        Hand::Err047,
        Hand::Err048,
        Hand::Err049,
        Hand::Err050,
        Hand::Err051,
        Hand::Err052,
        Hand::Err053,
        Hand::Err054,
        Hand::Err055,
        Hand::Err056,
        Hand::Err057,
        Hand::Err058,
        Hand::Err059,
        Hand::Err060,
        Hand::Err061,
        Hand::Err062,
        Hand::Err063,
        Hand::Err064,
        Hand::Err065,
        Hand::Err066,
        Hand::Err067,
        Hand::Err068,
        Hand::Err069,
        Hand::Err070,
        Hand::Err071,
        Hand::Err072,
        Hand::Err073,
        Hand::Err074,
        Hand::Err075,
        Hand::Err076,
        Hand::Err077,
        Hand::Err078,
        Hand::Err079,
        Hand::Err080,
        Hand::Err081,
        Hand::Err082,
        Hand::Err083,
        Hand::Err084,
        Hand::Err085,
        Hand::Err086,
        Hand::Err087,
        Hand::Err088,
        Hand::Err089,
        Hand::Err090,
        Hand::Err091,
        Hand::Err092,
        Hand::Err093,
        Hand::Err094,
        Hand::Err095,
        Hand::Err096,
        Hand::Err097,
        Hand::Err098,
        Hand::Err099,
        Hand::Err100,
        Hand::Err101,
        Hand::Err102,
        Hand::Err103,
        Hand::Err104,
        Hand::Err105,
        Hand::Err106,
        Hand::Err107,
        Hand::Err108,
        Hand::Err109,
        Hand::Err110,
        Hand::Err111,
        Hand::Err112,
        Hand::Err113,
        Hand::Err114,
        Hand::Err115,
        Hand::Err116,
        Hand::Err117,
        Hand::Err118,
        Hand::Err119,
        Hand::Err120,
        Hand::Err121,
        Hand::Err122,
        Hand::Err123,
        Hand::Err124,
        Hand::Err125,
        Hand::Err126,
        Hand::Err127,
        Hand::Err128,
        Hand::Err129,
        Hand::Err130,
        Hand::Err131,
        Hand::Err132,
        Hand::Err133,
        Hand::Err134,
        Hand::Err135,
        Hand::Err136,
        Hand::Err137,
        Hand::Err138,
        Hand::Err139,
        Hand::Err140,
        Hand::Err141,
        Hand::Err142,
        Hand::Err143,
        Hand::Err144,
        Hand::Err145,
        Hand::Err146,
        Hand::Err147,
        Hand::Err148,
        Hand::Err149,
        Hand::Err150,
        Hand::Err151,
        Hand::Err152,
        Hand::Err153,
        Hand::Err154,
        Hand::Err155,
        Hand::Err156,
        Hand::Err157,
        Hand::Err158,
        Hand::Err159,
        Hand::Err160,
        Hand::Err161,
        Hand::Err162,
        Hand::Err163,
        Hand::Err164,
        Hand::Err165,
        Hand::Err166,
        Hand::Err167,
        Hand::Err168,
        Hand::Err169,
        Hand::Err170,
        Hand::Err171,
        Hand::Err172,
        Hand::Err173,
        Hand::Err174,
        Hand::Err175,
        Hand::Err176,
        Hand::Err177,
        Hand::Err178,
        Hand::Err179,
        Hand::Err180,
        Hand::Err181,
        Hand::Err182,
        Hand::Err183,
        Hand::Err184,
        Hand::Err185,
        Hand::Err186,
        Hand::Err187,
        Hand::Err188,
        Hand::Err189,
        Hand::Err190,
        Hand::Err191,
        Hand::Err192,
        Hand::Err193,
        Hand::Err194,
        Hand::Err195,
        Hand::Err196,
        Hand::Err197,
        Hand::Err198,
        Hand::Err199,
    ];

    pub fn status(&self) -> ::http::StatusCode {
        match self {
            Hand::Err000 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err001 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err002 => ::http::StatusCode::FORBIDDEN,
            Hand::Err003 => ::http::StatusCode::NOT_FOUND,
            Hand::Err004 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err005 => ::http::StatusCode::CONFLICT,
            Hand::Err006 => ::http::StatusCode::GONE,
            Hand::Err007 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err008 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err009 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err010 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err011 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err012 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err013 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err014 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err015 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err016 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err017 => ::http::StatusCode::FORBIDDEN,
            Hand::Err018 => ::http::StatusCode::NOT_FOUND,
            Hand::Err019 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err020 => ::http::StatusCode::CONFLICT,
            Hand::Err021 => ::http::StatusCode::GONE,
            Hand::Err022 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err023 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err024 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err025 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err026 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err027 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err028 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err029 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err030 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err031 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err032 => ::http::StatusCode::FORBIDDEN,
            Hand::Err033 => ::http::StatusCode::NOT_FOUND,
            Hand::Err034 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err035 => ::http::StatusCode::CONFLICT,
            Hand::Err036 => ::http::StatusCode::GONE,
            Hand::Err037 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err038 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err039 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err040 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err041 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err042 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err043 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err044 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err045 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err046 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err047 => ::http::StatusCode::FORBIDDEN,
            Hand::Err048 => ::http::StatusCode::NOT_FOUND,
            Hand::Err049 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err050 => ::http::StatusCode::CONFLICT,
            Hand::Err051 => ::http::StatusCode::GONE,
            Hand::Err052 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err053 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err054 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err055 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err056 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err057 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err058 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err059 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err060 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err061 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err062 => ::http::StatusCode::FORBIDDEN,
            Hand::Err063 => ::http::StatusCode::NOT_FOUND,
            Hand::Err064 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err065 => ::http::StatusCode::CONFLICT,
            Hand::Err066 => ::http::StatusCode::GONE,
            Hand::Err067 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err068 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err069 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err070 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err071 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err072 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err073 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err074 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err075 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err076 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err077 => ::http::StatusCode::FORBIDDEN,
            Hand::Err078 => ::http::StatusCode::NOT_FOUND,
            Hand::Err079 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err080 => ::http::StatusCode::CONFLICT,
            Hand::Err081 => ::http::StatusCode::GONE,
            Hand::Err082 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err083 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err084 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err085 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err086 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err087 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err088 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err089 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err090 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err091 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err092 => ::http::StatusCode::FORBIDDEN,
            Hand::Err093 => ::http::StatusCode::NOT_FOUND,
            Hand::Err094 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err095 => ::http::StatusCode::CONFLICT,
            Hand::Err096 => ::http::StatusCode::GONE,
            Hand::Err097 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err098 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err099 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err100 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err101 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err102 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err103 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err104 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err105 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err106 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err107 => ::http::StatusCode::FORBIDDEN,
            Hand::Err108 => ::http::StatusCode::NOT_FOUND,
            Hand::Err109 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err110 => ::http::StatusCode::CONFLICT,
            Hand::Err111 => ::http::StatusCode::GONE,
            Hand::Err112 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err113 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err114 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err115 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err116 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err117 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err118 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err119 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err120 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err121 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err122 => ::http::StatusCode::FORBIDDEN,
            Hand::Err123 => ::http::StatusCode::NOT_FOUND,
            Hand::Err124 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err125 => ::http::StatusCode::CONFLICT,
            Hand::Err126 => ::http::StatusCode::GONE,
            Hand::Err127 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err128 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err129 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err130 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err131 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err132 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err133 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err134 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err135 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err136 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err137 => ::http::StatusCode::FORBIDDEN,
            Hand::Err138 => ::http::StatusCode::NOT_FOUND,
            Hand::Err139 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err140 => ::http::StatusCode::CONFLICT,
            Hand::Err141 => ::http::StatusCode::GONE,
            Hand::Err142 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err143 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err144 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err145 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err146 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err147 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err148 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err149 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err150 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err151 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err152 => ::http::StatusCode::FORBIDDEN,
            Hand::Err153 => ::http::StatusCode::NOT_FOUND,
            Hand::Err154 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err155 => ::http::StatusCode::CONFLICT,
            Hand::Err156 => ::http::StatusCode::GONE,
            Hand::Err157 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err158 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err159 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err160 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err161 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err162 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err163 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err164 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err165 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err166 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err167 => ::http::StatusCode::FORBIDDEN,
            Hand::Err168 => ::http::StatusCode::NOT_FOUND,
            Hand::Err169 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err170 => ::http::StatusCode::CONFLICT,
            Hand::Err171 => ::http::StatusCode::GONE,
            Hand::Err172 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err173 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err174 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err175 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err176 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err177 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err178 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err179 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err180 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err181 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err182 => ::http::StatusCode::FORBIDDEN,
            Hand::Err183 => ::http::StatusCode::NOT_FOUND,
            Hand::Err184 => ::http::StatusCode::METHOD_NOT_ALLOWED,
            Hand::Err185 => ::http::StatusCode::CONFLICT,
            Hand::Err186 => ::http::StatusCode::GONE,
            Hand::Err187 => ::http::StatusCode::PRECONDITION_FAILED,
            Hand::Err188 => ::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Hand::Err189 => ::http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::Err190 => ::http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Err191 => ::http::StatusCode::INTERNAL_SERVER_ERROR,
            Hand::Err192 => ::http::StatusCode::BAD_GATEWAY,
            Hand::Err193 => ::http::StatusCode::SERVICE_UNAVAILABLE,
            Hand::Err194 => ::http::StatusCode::GATEWAY_TIMEOUT,
            Hand::Err195 => ::http::StatusCode::BAD_REQUEST,
            Hand::Err196 => ::http::StatusCode::UNAUTHORIZED,
            Hand::Err197 => ::http::StatusCode::FORBIDDEN,
            Hand::Err198 => ::http::StatusCode::NOT_FOUND,
            Hand::Err199 => ::http::StatusCode::METHOD_NOT_ALLOWED,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Hand::Err000 => "err_000",
            Hand::Err001 => "err_001",
            Hand::Err002 => "err_002",
            Hand::Err003 => "err_003",
            Hand::Err004 => "err_004",
            Hand::Err005 => "err_005",
            Hand::Err006 => "err_006",
            Hand::Err007 => "err_007",
            Hand::Err008 => "err_008",
            Hand::Err009 => "err_009",
            Hand::Err010 => "err_010",
            Hand::Err011 => "err_011",
            Hand::Err012 => "err_012",
            Hand::Err013 => "err_013",
            Hand::Err014 => "err_014",
            Hand::Err015 => "err_015",
            Hand::Err016 => "err_016",
            Hand::Err017 => "err_017",
            Hand::Err018 => "err_018",
            Hand::Err019 => "err_019",
            Hand::Err020 => "err_020",
            Hand::Err021 => "err_021",
            Hand::Err022 => "err_022",
            Hand::Err023 => "err_023",
            Hand::Err024 => "err_024",
            Hand::Err025 => "err_025",
            Hand::Err026 => "err_026",
            Hand::Err027 => "err_027",
            Hand::Err028 => "err_028",
            Hand::Err029 => "err_029",
            Hand::Err030 => "err_030",
            Hand::Err031 => "err_031",
            Hand::Err032 => "err_032",
            Hand::Err033 => "err_033",
            Hand::Err034 => "err_034",
            Hand::Err035 => "err_035",
            Hand::Err036 => "err_036",
            Hand::Err037 => "err_037",
            Hand::Err038 => "err_038",
            Hand::Err039 => "err_039",
            Hand::Err040 => "err_040",
            Hand::Err041 => "err_041",
            Hand::Err042 => "err_042",
            Hand::Err043 => "err_043",
            Hand::Err044 => "err_044",
            Hand::Err045 => "err_045",
            Hand::Err046 => "err_046",
            Hand::Err047 => "err_047",
            Hand::Err048 => "err_048",
            Hand::Err049 => "err_049",
            Hand::Err050 => "err_050",
            Hand::Err051 => "err_051",
            Hand::Err052 => "err_052",
            Hand::Err053 => "err_053",
            Hand::Err054 => "err_054",
            Hand::Err055 => "err_055",
            Hand::Err056 => "err_056",
            Hand::Err057 => "err_057",
            Hand::Err058 => "err_058",
            Hand::Err059 => "err_059",
            Hand::Err060 => "err_060",
            Hand::Err061 => "err_061",
            Hand::Err062 => "err_062",
            Hand::Err063 => "err_063",
            Hand::Err064 => "err_064",
            Hand::Err065 => "err_065",
            Hand::Err066 => "err_066",
            Hand::Err067 => "err_067",
            Hand::Err068 => "err_068",
            Hand::Err069 => "err_069",
            Hand::Err070 => "err_070",
            Hand::Err071 => "err_071",
            Hand::Err072 => "err_072",
            Hand::Err073 => "err_073",
            Hand::Err074 => "err_074",
            Hand::Err075 => "err_075",
            Hand::Err076 => "err_076",
            Hand::Err077 => "err_077",
            Hand::Err078 => "err_078",
            Hand::Err079 => "err_079",
            Hand::Err080 => "err_080",
            Hand::Err081 => "err_081",
            Hand::Err082 => "err_082",
            Hand::Err083 => "err_083",
            Hand::Err084 => "err_084",
            Hand::Err085 => "err_085",
            Hand::Err086 => "err_086",
            Hand::Err087 => "err_087",
            Hand::Err088 => "err_088",
            Hand::Err089 => "err_089",
            Hand::Err090 => "err_090",
            Hand::Err091 => "err_091",
            Hand::Err092 => "err_092",
            Hand::Err093 => "err_093",
            Hand::Err094 => "err_094",
            Hand::Err095 => "err_095",
            Hand::Err096 => "err_096",
            Hand::Err097 => "err_097",
            Hand::Err098 => "err_098",
            Hand::Err099 => "err_099",
            Hand::Err100 => "err_100",
            Hand::Err101 => "err_101",
            Hand::Err102 => "err_102",
            Hand::Err103 => "err_103",
            Hand::Err104 => "err_104",
            Hand::Err105 => "err_105",
            Hand::Err106 => "err_106",
            Hand::Err107 => "err_107",
            Hand::Err108 => "err_108",
            Hand::Err109 => "err_109",
            Hand::Err110 => "err_110",
            Hand::Err111 => "err_111",
            Hand::Err112 => "err_112",
            Hand::Err113 => "err_113",
            Hand::Err114 => "err_114",
            Hand::Err115 => "err_115",
            Hand::Err116 => "err_116",
            Hand::Err117 => "err_117",
            Hand::Err118 => "err_118",
            Hand::Err119 => "err_119",
            Hand::Err120 => "err_120",
            Hand::Err121 => "err_121",
            Hand::Err122 => "err_122",
            Hand::Err123 => "err_123",
            Hand::Err124 => "err_124",
            Hand::Err125 => "err_125",
            Hand::Err126 => "err_126",
            Hand::Err127 => "err_127",
            Hand::Err128 => "err_128",
            Hand::Err129 => "err_129",
            Hand::Err130 => "err_130",
            Hand::Err131 => "err_131",
            Hand::Err132 => "err_132",
            Hand::Err133 => "err_133",
            Hand::Err134 => "err_134",
            Hand::Err135 => "err_135",
            Hand::Err136 => "err_136",
            Hand::Err137 => "err_137",
            Hand::Err138 => "err_138",
            Hand::Err139 => "err_139",
            Hand::Err140 => "err_140",
            Hand::Err141 => "err_141",
            Hand::Err142 => "err_142",
            Hand::Err143 => "err_143",
            Hand::Err144 => "err_144",
            Hand::Err145 => "err_145",
            Hand::Err146 => "err_146",
            Hand::Err147 => "err_147",
            Hand::Err148 => "err_148",
            Hand::Err149 => "err_149",
            Hand::Err150 => "err_150",
            Hand::Err151 => "err_151",
            Hand::Err152 => "err_152",
            Hand::Err153 => "err_153",
            Hand::Err154 => "err_154",
            Hand::Err155 => "err_155",
            Hand::Err156 => "err_156",
            Hand::Err157 => "err_157",
            Hand::Err158 => "err_158",
            Hand::Err159 => "err_159",
            Hand::Err160 => "err_160",
            Hand::Err161 => "err_161",
            Hand::Err162 => "err_162",
            Hand::Err163 => "err_163",
            Hand::Err164 => "err_164",
            Hand::Err165 => "err_165",
            Hand::Err166 => "err_166",
            Hand::Err167 => "err_167",
            Hand::Err168 => "err_168",
            Hand::Err169 => "err_169",
            Hand::Err170 => "err_170",
            Hand::Err171 => "err_171",
            Hand::Err172 => "err_172",
            Hand::Err173 => "err_173",
            Hand::Err174 => "err_174",
            Hand::Err175 => "err_175",
            Hand::Err176 => "err_176",
            Hand::Err177 => "err_177",
            Hand::Err178 => "err_178",
            Hand::Err179 => "err_179",
            Hand::Err180 => "err_180",
            Hand::Err181 => "err_181",
            Hand::Err182 => "err_182",
            Hand::Err183 => "err_183",
            Hand::Err184 => "err_184",
            Hand::Err185 => "err_185",
            Hand::Err186 => "err_186",
            Hand::Err187 => "err_187",
            Hand::Err188 => "err_188",
            Hand::Err189 => "err_189",
            Hand::Err190 => "err_190",
            Hand::Err191 => "err_191",
            Hand::Err192 => "err_192",
            Hand::Err193 => "err_193",
            Hand::Err194 => "err_194",
            Hand::Err195 => "err_195",
            Hand::Err196 => "err_196",
            Hand::Err197 => "err_197",
            Hand::Err198 => "err_198",
            Hand::Err199 => "err_199",
        }
    }

    pub fn is_retryable(&self) -> bool {
        match self {
            Hand::Err000 => false,
            Hand::Err001 => false,
            Hand::Err002 => false,
            Hand::Err003 => false,
            Hand::Err004 => false,
            Hand::Err005 => false,
            Hand::Err006 => false,
            Hand::Err007 => false,
            Hand::Err008 => false,
            Hand::Err009 => false,
            Hand::Err010 => true,
            Hand::Err011 => true,
            Hand::Err012 => true,
            Hand::Err013 => true,
            Hand::Err014 => true,
            Hand::Err015 => false,
            Hand::Err016 => false,
            Hand::Err017 => false,
            Hand::Err018 => false,
            Hand::Err019 => false,
            Hand::Err020 => false,
            Hand::Err021 => false,
            Hand::Err022 => false,
            Hand::Err023 => false,
            Hand::Err024 => false,
            Hand::Err025 => true,
            Hand::Err026 => true,
            Hand::Err027 => true,
            Hand::Err028 => true,
            Hand::Err029 => true,
            Hand::Err030 => false,
            Hand::Err031 => false,
            Hand::Err032 => false,
            Hand::Err033 => false,
            Hand::Err034 => false,
            Hand::Err035 => false,
            Hand::Err036 => false,
            Hand::Err037 => false,
            Hand::Err038 => false,
            Hand::Err039 => false,
            Hand::Err040 => true,
            Hand::Err041 => true,
            Hand::Err042 => true,
            Hand::Err043 => true,
            Hand::Err044 => true,
            Hand::Err045 => false,
            Hand::Err046 => false,
            Hand::Err047 => false,
            Hand::Err048 => false,
            Hand::Err049 => false,
            Hand::Err050 => false,
            Hand::Err051 => false,
            Hand::Err052 => false,
            Hand::Err053 => false,
            Hand::Err054 => false,
            Hand::Err055 => true,
            Hand::Err056 => true,
            Hand::Err057 => true,
            Hand::Err058 => true,
            Hand::Err059 => true,
            Hand::Err060 => false,
            Hand::Err061 => false,
            Hand::Err062 => false,
            Hand::Err063 => false,
            Hand::Err064 => false,
            Hand::Err065 => false,
            Hand::Err066 => false,
            Hand::Err067 => false,
            Hand::Err068 => false,
            Hand::Err069 => false,
            Hand::Err070 => true,
            Hand::Err071 => true,
            Hand::Err072 => true,
            Hand::Err073 => true,
            Hand::Err074 => true,
            Hand::Err075 => false,
            Hand::Err076 => false,
            Hand::Err077 => false,
            Hand::Err078 => false,
            Hand::Err079 => false,
            Hand::Err080 => false,
            Hand::Err081 => false,
            Hand::Err082 => false,
            Hand::Err083 => false,
            Hand::Err084 => false,
            Hand::Err085 => true,
            Hand::Err086 => true,
            Hand::Err087 => true,
            Hand::Err088 => true,
            Hand::Err089 => true,
            Hand::Err090 => false,
            Hand::Err091 => false,
            Hand::Err092 => false,
            Hand::Err093 => false,
            Hand::Err094 => false,
            Hand::Err095 => false,
            Hand::Err096 => false,
            Hand::Err097 => false,
            Hand::Err098 => false,
            Hand::Err099 => false,
            Hand::Err100 => true,
            Hand::Err101 => true,
            Hand::Err102 => true,
            Hand::Err103 => true,
            Hand::Err104 => true,
            Hand::Err105 => false,
            Hand::Err106 => false,
            Hand::Err107 => false,
            Hand::Err108 => false,
            Hand::Err109 => false,
            Hand::Err110 => false,
            Hand::Err111 => false,
            Hand::Err112 => false,
            Hand::Err113 => false,
            Hand::Err114 => false,
            Hand::Err115 => true,
            Hand::Err116 => true,
            Hand::Err117 => true,
            Hand::Err118 => true,
            Hand::Err119 => true,
            Hand::Err120 => false,
            Hand::Err121 => false,
            Hand::Err122 => false,
            Hand::Err123 => false,
            Hand::Err124 => false,
            Hand::Err125 => false,
            Hand::Err126 => false,
            Hand::Err127 => false,
            Hand::Err128 => false,
            Hand::Err129 => false,
            Hand::Err130 => true,
            Hand::Err131 => true,
            Hand::Err132 => true,
            Hand::Err133 => true,
            Hand::Err134 => true,
            Hand::Err135 => false,
            Hand::Err136 => false,
            Hand::Err137 => false,
            Hand::Err138 => false,
            Hand::Err139 => false,
            Hand::Err140 => false,
            Hand::Err141 => false,
            Hand::Err142 => false,
            Hand::Err143 => false,
            Hand::Err144 => false,
            Hand::Err145 => true,
            Hand::Err146 => true,
            Hand::Err147 => true,
            Hand::Err148 => true,
            Hand::Err149 => true,
            Hand::Err150 => false,
            Hand::Err151 => false,
            Hand::Err152 => false,
            Hand::Err153 => false,
            Hand::Err154 => false,
            Hand::Err155 => false,
            Hand::Err156 => false,
            Hand::Err157 => false,
            Hand::Err158 => false,
            Hand::Err159 => false,
            Hand::Err160 => true,
            Hand::Err161 => true,
            Hand::Err162 => true,
            Hand::Err163 => true,
            Hand::Err164 => true,
            Hand::Err165 => false,
            Hand::Err166 => false,
            Hand::Err167 => false,
            Hand::Err168 => false,
            Hand::Err169 => false,
            Hand::Err170 => false,
            Hand::Err171 => false,
            Hand::Err172 => false,
            Hand::Err173 => false,
            Hand::Err174 => false,
            Hand::Err175 => true,
            Hand::Err176 => true,
            Hand::Err177 => true,
            Hand::Err178 => true,
            Hand::Err179 => true,
            Hand::Err180 => false,
            Hand::Err181 => false,
            Hand::Err182 => false,
            Hand::Err183 => false,
            Hand::Err184 => false,
            Hand::Err185 => false,
            Hand::Err186 => false,
            Hand::Err187 => false,
            Hand::Err188 => false,
            Hand::Err189 => false,
            Hand::Err190 => true,
            Hand::Err191 => true,
            Hand::Err192 => true,
            Hand::Err193 => true,
            Hand::Err194 => true,
            Hand::Err195 => false,
            Hand::Err196 => false,
            Hand::Err197 => false,
            Hand::Err198 => false,
            Hand::Err199 => false,
        }
    }

    pub fn doc_url(&self) -> &'static str {
        match self {
            Hand::Err000 => "https://docs.example.com/errors/err_000",
            Hand::Err001 => "https://docs.example.com/errors/err_001",
            Hand::Err002 => "https://docs.example.com/errors/err_002",
            Hand::Err003 => "https://docs.example.com/errors/err_003",
            Hand::Err004 => "https://docs.example.com/errors/err_004",
            Hand::Err005 => "https://docs.example.com/errors/err_005",
            Hand::Err006 => "https://docs.example.com/errors/err_006",
            Hand::Err007 => "https://docs.example.com/errors/err_007",
            Hand::Err008 => "https://docs.example.com/errors/err_008",
            Hand::Err009 => "https://docs.example.com/errors/err_009",
            Hand::Err010 => "https://docs.example.com/errors/err_010",
            Hand::Err011 => "https://docs.example.com/errors/err_011",
            Hand::Err012 => "https://docs.example.com/errors/err_012",
            Hand::Err013 => "https://docs.example.com/errors/err_013",
            Hand::Err014 => "https://docs.example.com/errors/err_014",
            Hand::Err015 => "https://docs.example.com/errors/err_015",
            Hand::Err016 => "https://docs.example.com/errors/err_016",
            Hand::Err017 => "https://docs.example.com/errors/err_017",
            Hand::Err018 => "https://docs.example.com/errors/err_018",
            Hand::Err019 => "https://docs.example.com/errors/err_019",
            Hand::Err020 => "https://docs.example.com/errors/err_020",
            Hand::Err021 => "https://docs.example.com/errors/err_021",
            Hand::Err022 => "https://docs.example.com/errors/err_022",
            Hand::Err023 => "https://docs.example.com/errors/err_023",
            Hand::Err024 => "https://docs.example.com/errors/err_024",
            Hand::Err025 => "https://docs.example.com/errors/err_025",
            Hand::Err026 => "https://docs.example.com/errors/err_026",
            Hand::Err027 => "https://docs.example.com/errors/err_027",
            Hand::Err028 => "https://docs.example.com/errors/err_028",
            Hand::Err029 => "https://docs.example.com/errors/err_029",
            Hand::Err030 => "https://docs.example.com/errors/err_030",
            Hand::Err031 => "https://docs.example.com/errors/err_031",
            Hand::Err032 => "https://docs.example.com/errors/err_032",
            Hand::Err033 => "https://docs.example.com/errors/err_033",
            Hand::Err034 => "https://docs.example.com/errors/err_034",
            Hand::Err035 => "https://docs.example.com/errors/err_035",
            Hand::Err036 => "https://docs.example.com/errors/err_036",
            Hand::Err037 => "https://docs.example.com/errors/err_037",
            Hand::Err038 => "https://docs.example.com/errors/err_038",
            Hand::Err039 => "https://docs.example.com/errors/err_039",
            Hand::Err040 => "https://docs.example.com/errors/err_040",
            Hand::Err041 => "https://docs.example.com/errors/err_041",
            Hand::Err042 => "https://docs.example.com/errors/err_042",
            Hand::Err043 => "https://docs.example.com/errors/err_043",
            Hand::Err044 => "https://docs.example.com/errors/err_044",
            Hand::Err045 => "https://docs.example.com/errors/err_045",
            Hand::Err046 => "https://docs.example.com/errors/err_046",
            Hand::Err047 => "https://docs.example.com/errors/err_047",
            Hand::Err048 => "https://docs.example.com/errors/err_048",
            Hand::Err049 => "https://docs.example.com/errors/err_049",
            Hand::Err050 => "https://docs.example.com/errors/err_050",
            Hand::Err051 => "https://docs.example.com/errors/err_051",
            Hand::Err052 => "https://docs.example.com/errors/err_052",
            Hand::Err053 => "https://docs.example.com/errors/err_053",
            Hand::Err054 => "https://docs.example.com/errors/err_054",
            Hand::Err055 => "https://docs.example.com/errors/err_055",
            Hand::Err056 => "https://docs.example.com/errors/err_056",
            Hand::Err057 => "https://docs.example.com/errors/err_057",
            Hand::Err058 => "https://docs.example.com/errors/err_058",
            Hand::Err059 => "https://docs.example.com/errors/err_059",
            Hand::Err060 => "https://docs.example.com/errors/err_060",
            Hand::Err061 => "https://docs.example.com/errors/err_061",
            Hand::Err062 => "https://docs.example.com/errors/err_062",
            Hand::Err063 => "https://docs.example.com/errors/err_063",
            Hand::Err064 => "https://docs.example.com/errors/err_064",
            Hand::Err065 => "https://docs.example.com/errors/err_065",
            Hand::Err066 => "https://docs.example.com/errors/err_066",
            Hand::Err067 => "https://docs.example.com/errors/err_067",
            Hand::Err068 => "https://docs.example.com/errors/err_068",
            Hand::Err069 => "https://docs.example.com/errors/err_069",
            Hand::Err070 => "https://docs.example.com/errors/err_070",
            Hand::Err071 => "https://docs.example.com/errors/err_071",
            Hand::Err072 => "https://docs.example.com/errors/err_072",
            Hand::Err073 => "https://docs.example.com/errors/err_073",
            Hand::Err074 => "https://docs.example.com/errors/err_074",
            Hand::Err075 => "https://docs.example.com/errors/err_075",
            Hand::Err076 => "https://docs.example.com/errors/err_076",
            Hand::Err077 => "https://docs.example.com/errors/err_077",
            Hand::Err078 => "https://docs.example.com/errors/err_078",
            Hand::Err079 => "https://docs.example.com/errors/err_079",
            Hand::Err080 => "https://docs.example.com/errors/err_080",
            Hand::Err081 => "https://docs.example.com/errors/err_081",
            Hand::Err082 => "https://docs.example.com/errors/err_082",
            Hand::Err083 => "https://docs.example.com/errors/err_083",
            Hand::Err084 => "https://docs.example.com/errors/err_084",
            Hand::Err085 => "https://docs.example.com/errors/err_085",
            Hand::Err086 => "https://docs.example.com/errors/err_086",
            Hand::Err087 => "https://docs.example.com/errors/err_087",
            Hand::Err088 => "https://docs.example.com/errors/err_088",
            Hand::Err089 => "https://docs.example.com/errors/err_089",
            Hand::Err090 => "https://docs.example.com/errors/err_090",
            Hand::Err091 => "https://docs.example.com/errors/err_091",
            Hand::Err092 => "https://docs.example.com/errors/err_092",
            Hand::Err093 => "https://docs.example.com/errors/err_093",
            Hand::Err094 => "https://docs.example.com/errors/err_094",
            Hand::Err095 => "https://docs.example.com/errors/err_095",
            Hand::Err096 => "https://docs.example.com/errors/err_096",
            Hand::Err097 => "https://docs.example.com/errors/err_097",
            Hand::Err098 => "https://docs.example.com/errors/err_098",
            Hand::Err099 => "https://docs.example.com/errors/err_099",
            Hand::Err100 => "https://docs.example.com/errors/err_100",
            Hand::Err101 => "https://docs.example.com/errors/err_101",
            Hand::Err102 => "https://docs.example.com/errors/err_102",
            Hand::Err103 => "https://docs.example.com/errors/err_103",
            Hand::Err104 => "https://docs.example.com/errors/err_104",
            Hand::Err105 => "https://docs.example.com/errors/err_105",
            Hand::Err106 => "https://docs.example.com/errors/err_106",
            Hand::Err107 => "https://docs.example.com/errors/err_107",
            Hand::Err108 => "https://docs.example.com/errors/err_108",
            Hand::Err109 => "https://docs.example.com/errors/err_109",
            Hand::Err110 => "https://docs.example.com/errors/err_110",
            Hand::Err111 => "https://docs.example.com/errors/err_111",
            Hand::Err112 => "https://docs.example.com/errors/err_112",
            Hand::Err113 => "https://docs.example.com/errors/err_113",
            Hand::Err114 => "https://docs.example.com/errors/err_114",
            Hand::Err115 => "https://docs.example.com/errors/err_115",
            Hand::Err116 => "https://docs.example.com/errors/err_116",
            Hand::Err117 => "https://docs.example.com/errors/err_117",
            Hand::Err118 => "https://docs.example.com/errors/err_118",
            Hand::Err119 => "https://docs.example.com/errors/err_119",
            Hand::Err120 => "https://docs.example.com/errors/err_120",
            Hand::Err121 => "https://docs.example.com/errors/err_121",
            Hand::Err122 => "https://docs.example.com/errors/err_122",
            Hand::Err123 => "https://docs.example.com/errors/err_123",
            Hand::Err124 => "https://docs.example.com/errors/err_124",
            Hand::Err125 => "https://docs.example.com/errors/err_125",
            Hand::Err126 => "https://docs.example.com/errors/err_126",
            Hand::Err127 => "https://docs.example.com/errors/err_127",
            Hand::Err128 => "https://docs.example.com/errors/err_128",
            Hand::Err129 => "https://docs.example.com/errors/err_129",
            Hand::Err130 => "https://docs.example.com/errors/err_130",
            Hand::Err131 => "https://docs.example.com/errors/err_131",
            Hand::Err132 => "https://docs.example.com/errors/err_132",
            Hand::Err133 => "https://docs.example.com/errors/err_133",
            Hand::Err134 => "https://docs.example.com/errors/err_134",
            Hand::Err135 => "https://docs.example.com/errors/err_135",
            Hand::Err136 => "https://docs.example.com/errors/err_136",
            Hand::Err137 => "https://docs.example.com/errors/err_137",
            Hand::Err138 => "https://docs.example.com/errors/err_138",
            Hand::Err139 => "https://docs.example.com/errors/err_139",
            Hand::Err140 => "https://docs.example.com/errors/err_140",
            Hand::Err141 => "https://docs.example.com/errors/err_141",
            Hand::Err142 => "https://docs.example.com/errors/err_142",
            Hand::Err143 => "https://docs.example.com/errors/err_143",
            Hand::Err144 => "https://docs.example.com/errors/err_144",
            Hand::Err145 => "https://docs.example.com/errors/err_145",
            Hand::Err146 => "https://docs.example.com/errors/err_146",
            Hand::Err147 => "https://docs.example.com/errors/err_147",
            Hand::Err148 => "https://docs.example.com/errors/err_148",
            Hand::Err149 => "https://docs.example.com/errors/err_149",
            Hand::Err150 => "https://docs.example.com/errors/err_150",
            Hand::Err151 => "https://docs.example.com/errors/err_151",
            Hand::Err152 => "https://docs.example.com/errors/err_152",
            Hand::Err153 => "https://docs.example.com/errors/err_153",
            Hand::Err154 => "https://docs.example.com/errors/err_154",
            Hand::Err155 => "https://docs.example.com/errors/err_155",
            Hand::Err156 => "https://docs.example.com/errors/err_156",
            Hand::Err157 => "https://docs.example.com/errors/err_157",
            Hand::Err158 => "https://docs.example.com/errors/err_158",
            Hand::Err159 => "https://docs.example.com/errors/err_159",
            Hand::Err160 => "https://docs.example.com/errors/err_160",
            Hand::Err161 => "https://docs.example.com/errors/err_161",
            Hand::Err162 => "https://docs.example.com/errors/err_162",
            Hand::Err163 => "https://docs.example.com/errors/err_163",
            Hand::Err164 => "https://docs.example.com/errors/err_164",
            Hand::Err165 => "https://docs.example.com/errors/err_165",
            Hand::Err166 => "https://docs.example.com/errors/err_166",
            Hand::Err167 => "https://docs.example.com/errors/err_167",
            Hand::Err168 => "https://docs.example.com/errors/err_168",
            Hand::Err169 => "https://docs.example.com/errors/err_169",
            Hand::Err170 => "https://docs.example.com/errors/err_170",
            Hand::Err171 => "https://docs.example.com/errors/err_171",
            Hand::Err172 => "https://docs.example.com/errors/err_172",
            Hand::Err173 => "https://docs.example.com/errors/err_173",
            Hand::Err174 => "https://docs.example.com/errors/err_174",
            Hand::Err175 => "https://docs.example.com/errors/err_175",
            Hand::Err176 => "https://docs.example.com/errors/err_176",
            Hand::Err177 => "https://docs.example.com/errors/err_177",
            Hand::Err178 => "https://docs.example.com/errors/err_178",
            Hand::Err179 => "https://docs.example.com/errors/err_179",
            Hand::Err180 => "https://docs.example.com/errors/err_180",
            Hand::Err181 => "https://docs.example.com/errors/err_181",
            Hand::Err182 => "https://docs.example.com/errors/err_182",
            Hand::Err183 => "https://docs.example.com/errors/err_183",
            Hand::Err184 => "https://docs.example.com/errors/err_184",
            Hand::Err185 => "https://docs.example.com/errors/err_185",
            Hand::Err186 => "https://docs.example.com/errors/err_186",
            Hand::Err187 => "https://docs.example.com/errors/err_187",
            Hand::Err188 => "https://docs.example.com/errors/err_188",
            Hand::Err189 => "https://docs.example.com/errors/err_189",
            Hand::Err190 => "https://docs.example.com/errors/err_190",
            Hand::Err191 => "https://docs.example.com/errors/err_191",
            Hand::Err192 => "https://docs.example.com/errors/err_192",
            Hand::Err193 => "https://docs.example.com/errors/err_193",
            Hand::Err194 => "https://docs.example.com/errors/err_194",
            Hand::Err195 => "https://docs.example.com/errors/err_195",
            Hand::Err196 => "https://docs.example.com/errors/err_196",
            Hand::Err197 => "https://docs.example.com/errors/err_197",
            Hand::Err198 => "https://docs.example.com/errors/err_198",
            Hand::Err199 => "https://docs.example.com/errors/err_199",
        }
    }

    pub fn detail(&self) -> &'static str {
        match self {
            Hand::Err000 => "The request body of operation 0 is malformed.",
            Hand::Err001 => "The credentials sent to operation 1 are missing or invalid.",
            Hand::Err002 => "The credentials lack the scope operation 2 needs.",
            Hand::Err003 => "The resource addressed by operation 3 does not exist.",
            Hand::Err004 => "Operation 4 does not accept this HTTP method.",
            Hand::Err005 => "Operation 5 conflicts with the current state of the resource.",
            Hand::Err006 => "The resource addressed by operation 6 is gone for good.",
            Hand::Err007 => "A precondition of operation 7 does not hold.",
            Hand::Err008 => "Operation 8 does not accept the body's media type.",
            Hand::Err009 => "The body of operation 9 is well-formed but invalid.",
            Hand::Err010 => "Too many requests reached operation 10 in the current window.",
            Hand::Err011 => "An unexpected error occurred while handling operation 11.",
            Hand::Err012 => "The gateway got an invalid answer for operation 12.",
            Hand::Err013 => "The service behind operation 13 is temporarily unavailable.",
            Hand::Err014 => "The service behind operation 14 did not answer in time.",
            Hand::Err015 => "The request body of operation 15 is malformed.",
            Hand::Err016 => "The credentials sent to operation 16 are missing or invalid.",
            Hand::Err017 => "The credentials lack the scope operation 17 needs.",
            Hand::Err018 => "The resource addressed by operation 18 does not exist.",
            Hand::Err019 => "Operation 19 does not accept this HTTP method.",
            Hand::Err020 => "Operation 20 conflicts with the current state of the resource.",
            Hand::Err021 => "The resource addressed by operation 21 is gone for good.",
            Hand::Err022 => "A precondition of operation 22 does not hold.",
            Hand::Err023 => "Operation 23 does not accept the body's media type.",
            Hand::Err024 => "The body of operation 24 is well-formed but invalid.",
            Hand::Err025 => "Too many requests reached operation 25 in the current window.",
            Hand::Err026 => "An unexpected error occurred while handling operation 26.",
            Hand::Err027 => "The gateway got an invalid answer for operation 27.",
            Hand::Err028 => "The service behind operation 28 is temporarily unavailable.",
            Hand::Err029 => "The service behind operation 29 did not answer in time.",
            Hand::Err030 => "The request body of operation 30 is malformed.",
            Hand::Err031 => "The credentials sent to operation 31 are missing or invalid.",
            Hand::Err032 => "The credentials lack the scope operation 32 needs.",
            Hand::Err033 => "The resource addressed by operation 33 does not exist.",
            Hand::Err034 => "Operation 34 does not accept this HTTP method.",
            Hand::Err035 => "Operation 35 conflicts with the current state of the resource.",
            Hand::Err036 => "The resource addressed by operation 36 is gone for good.",
            Hand::Err037 => "A precondition of operation 37 does not hold.",
            Hand::Err038 => "Operation 38 does not accept the body's media type.",
            Hand::Err039 => "The body of operation 39 is well-formed but invalid.",
            Hand::Err040 => "Too many requests reached operation 40 in the current window.",
            Hand::Err041 => "An unexpected error occurred while handling operation 41.",
            Hand::Err042 => "The gateway got an invalid answer for operation 42.",
            Hand::Err043 => "The service behind operation 43 is temporarily unavailable.",
            Hand::Err044 => "The service behind operation 44 did not answer in time.",
            Hand::Err045 => "The request body of operation 45 is malformed.",
            Hand::Err046 => "The credentials sent to operation 46 are missing or invalid.",
            Hand::Err047 => "The credentials lack the scope operation 47 needs.",
            Hand::Err048 => "The resource addressed by operation 48 does not exist.",
            Hand::Err049 => "Operation 49 does not accept this HTTP method.",
            Hand::Err050 => "Operation 50 conflicts with the current state of the resource.",
            Hand::Err051 => "The resource addressed by operation 51 is gone for good.",
            Hand::Err052 => "A precondition of operation 52 does not hold.",
            Hand::Err053 => "Operation 53 does not accept the body's media type.",
            Hand::Err054 => "The body of operation 54 is well-formed but invalid.",
            Hand::Err055 => "Too many requests reached operation 55 in the current window.",
            Hand::Err056 => "An unexpected error occurred while handling operation 56.",
            Hand::Err057 => "The gateway got an invalid answer for operation 57.",
            Hand::Err058 => "The service behind operation 58 is temporarily unavailable.",
            Hand::Err059 => "The service behind operation 59 did not answer in time.",
            Hand::Err060 => "The request body of operation 60 is malformed.",
            Hand::Err061 => "The credentials sent to operation 61 are missing or invalid.",
            Hand::Err062 => "The credentials lack the scope operation 62 needs.",
            Hand::Err063 => "The resource addressed by operation 63 does not exist.",
            Hand::Err064 => "Operation 64 does not accept this HTTP method.",
            Hand::Err065 => "Operation 65 conflicts with the current state of the resource.",
            Hand::Err066 => "The resource addressed by operation 66 is gone for good.",
            Hand::Err067 => "A precondition of operation 67 does not hold.",
            Hand::Err068 => "Operation 68 does not accept the body's media type.",
            Hand::Err069 => "The body of operation 69 is well-formed but invalid.",
            Hand::Err070 => "Too many requests reached operation 70 in the current window.",
            Hand::Err071 => "An unexpected error occurred while handling operation 71.",
            Hand::Err072 => "The gateway got an invalid answer for operation 72.",
            Hand::Err073 => "The service behind operation 73 is temporarily unavailable.",
            Hand::Err074 => "The service behind operation 74 did not answer in time.",
            Hand::Err075 => "The request body of operation 75 is malformed.",
            Hand::Err076 => "The credentials sent to operation 76 are missing or invalid.",
            Hand::Err077 => "The credentials lack the scope operation 77 needs.",
            Hand::Err078 => "The resource addressed by operation 78 does not exist.",
            Hand::Err079 => "Operation 79 does not accept this HTTP method.",
            Hand::Err080 => "Operation 80 conflicts with the current state of the resource.",
            Hand::Err081 => "The resource addressed by operation 81 is gone for good.",
            Hand::Err082 => "A precondition of operation 82 does not hold.",
            Hand::Err083 => "Operation 83 does not accept the body's media type.",
            Hand::Err084 => "The body of operation 84 is well-formed but invalid.",
            Hand::Err085 => "Too many requests reached operation 85 in the current window.",
            Hand::Err086 => "An unexpected error occurred while handling operation 86.",
            Hand::Err087 => "The gateway got an invalid answer for operation 87.",
            Hand::Err088 => "The service behind operation 88 is temporarily unavailable.",
            Hand::Err089 => "The service behind operation 89 did not answer in time.",
            Hand::Err090 => "The request body of operation 90 is malformed.",
            Hand::Err091 => "The credentials sent to operation 91 are missing or invalid.",
            Hand::Err092 => "The credentials lack the scope operation 92 needs.",
            Hand::Err093 => "The resource addressed by operation 93 does not exist.",
            Hand::Err094 => "Operation 94 does not accept this HTTP method.",
            Hand::Err095 => "Operation 95 conflicts with the current state of the resource.",
            Hand::Err096 => "The resource addressed by operation 96 is gone for good.",
            Hand::Err097 => "A precondition of operation 97 does not hold.",
            Hand::Err098 => "Operation 98 does not accept the body's media type.",
            Hand::Err099 => "The body of operation 99 is well-formed but invalid.",
            Hand::Err100 => "Too many requests reached operation 100 in the current window.",
            Hand::Err101 => "An unexpected error occurred while handling operation 101.",
            Hand::Err102 => "The gateway got an invalid answer for operation 102.",
            Hand::Err103 => "The service behind operation 103 is temporarily unavailable.",
            Hand::Err104 => "The service behind operation 104 did not answer in time.",
            Hand::Err105 => "The request body of operation 105 is malformed.",
            Hand::Err106 => "The credentials sent to operation 106 are missing or invalid.",
            Hand::Err107 => "The credentials lack the scope operation 107 needs.",
            Hand::Err108 => "The resource addressed by operation 108 does not exist.",
            Hand::Err109 => "Operation 109 does not accept this HTTP method.",
            Hand::Err110 => "Operation 110 conflicts with the current state of the resource.",
            Hand::Err111 => "The resource addressed by operation 111 is gone for good.",
            Hand::Err112 => "A precondition of operation 112 does not hold.",
            Hand::Err113 => "Operation 113 does not accept the body's media type.",
            Hand::Err114 => "The body of operation 114 is well-formed but invalid.",
            Hand::Err115 => "Too many requests reached operation 115 in the current window.",
            Hand::Err116 => "An unexpected error occurred while handling operation 116.",
            Hand::Err117 => "The gateway got an invalid answer for operation 117.",
            Hand::Err118 => "The service behind operation 118 is temporarily unavailable.",
            Hand::Err119 => "The service behind operation 119 did not answer in time.",
            Hand::Err120 => "The request body of operation 120 is malformed.",
            Hand::Err121 => "The credentials sent to operation 121 are missing or invalid.",
            Hand::Err122 => "The credentials lack the scope operation 122 needs.",
            Hand::Err123 => "The resource addressed by operation 123 does not exist.",
            Hand::Err124 => "Operation 124 does not accept this HTTP method.",
            Hand::Err125 => "Operation 125 conflicts with the current state of the resource.",
            Hand::Err126 => "The resource addressed by operation 126 is gone for good.",
            Hand::Err127 => "A precondition of operation 127 does not hold.",
            Hand::Err128 => "Operation 128 does not accept the body's media type.",
            Hand::Err129 => "The body of operation 129 is well-formed but invalid.",
            Hand::Err130 => "Too many requests reached operation 130 in the current window.",
            Hand::Err131 => "An unexpected error occurred while handling operation 131.",
            Hand::Err132 => "The gateway got an invalid answer for operation 132.",
            Hand::Err133 => "The service behind operation 133 is temporarily unavailable.",
            Hand::Err134 => "The service behind operation 134 did not answer in time.",
            Hand::Err135 => "The request body of operation 135 is malformed.",
            Hand::Err136 => "The credentials sent to operation 136 are missing or invalid.",
            Hand::Err137 => "The credentials lack the scope operation 137 needs.",
            Hand::Err138 => "The resource addressed by operation 138 does not exist.",
            Hand::Err139 => "Operation 139 does not accept this HTTP method.",
            Hand::Err140 => "Operation 140 conflicts with the current state of the resource.",
            Hand::Err141 => "The resource addressed by operation 141 is gone for good.",
            Hand::Err142 => "A precondition of operation 142 does not hold.",
            Hand::Err143 => "Operation 143 does not accept the body's media type.",
            Hand::Err144 => "The body of operation 144 is well-formed but invalid.",
            Hand::Err145 => "Too many requests reached operation 145 in the current window.",
            Hand::Err146 => "An unexpected error occurred while handling operation 146.",
            Hand::Err147 => "The gateway got an invalid answer for operation 147.",
            Hand::Err148 => "The service behind operation 148 is temporarily unavailable.",
            Hand::Err149 => "The service behind operation 149 did not answer in time.",
            Hand::Err150 => "The request body of operation 150 is malformed.",
            Hand::Err151 => "The credentials sent to operation 151 are missing or invalid.",
            Hand::Err152 => "The credentials lack the scope operation 152 needs.",
            Hand::Err153 => "The resource addressed by operation 153 does not exist.",
            Hand::Err154 => "Operation 154 does not accept this HTTP method.",
            Hand::Err155 => "Operation 155 conflicts with the current state of the resource.",
            Hand::Err156 => "The resource addressed by operation 156 is gone for good.",
            Hand::Err157 => "A precondition of operation 157 does not hold.",
            Hand::Err158 => "Operation 158 does not accept the body's media type.",
            Hand::Err159 => "The body of operation 159 is well-formed but invalid.",
            Hand::Err160 => "Too many requests reached operation 160 in the current window.",
            Hand::Err161 => "An unexpected error occurred while handling operation 161.",
            Hand::Err162 => "The gateway got an invalid answer for operation 162.",
            Hand::Err163 => "The service behind operation 163 is temporarily unavailable.",
            Hand::Err164 => "The service behind operation 164 did not answer in time.",
            Hand::Err165 => "The request body of operation 165 is malformed.",
            Hand::Err166 => "The credentials sent to operation 166 are missing or invalid.",
            Hand::Err167 => "The credentials lack the scope operation 167 needs.",
            Hand::Err168 => "The resource addressed by operation 168 does not exist.",
            Hand::Err169 => "Operation 169 does not accept this HTTP method.",
            Hand::Err170 => "Operation 170 conflicts with the current state of the resource.",
            Hand::Err171 => "The resource addressed by operation 171 is gone for good.",
            Hand::Err172 => "A precondition of operation 172 does not hold.",
            Hand::Err173 => "Operation 173 does not accept the body's media type.",
            Hand::Err174 => "The body of operation 174 is well-formed but invalid.",
            Hand::Err175 => "Too many requests reached operation 175 in the current window.",
            Hand::Err176 => "An unexpected error occurred while handling operation 176.",
            Hand::Err177 => "The gateway got an invalid answer for operation 177.",
            Hand::Err178 => "The service behind operation 178 is temporarily unavailable.",
            Hand::Err179 => "The service behind operation 179 did not answer in time.",
            Hand::Err180 => "The request body of operation 180 is malformed.",
            Hand::Err181 => "The credentials sent to operation 181 are missing or invalid.",
            Hand::Err182 => "The credentials lack the scope operation 182 needs.",
            Hand::Err183 => "The resource addressed by operation 183 does not exist.",
            Hand::Err184 => "Operation 184 does not accept this HTTP method.",
            Hand::Err185 => "Operation 185 conflicts with the current state of the resource.",
            Hand::Err186 => "The resource addressed by operation 186 is gone for good.",
            Hand::Err187 => "A precondition of operation 187 does not hold.",
            Hand::Err188 => "Operation 188 does not accept the body's media type.",
            Hand::Err189 => "The body of operation 189 is well-formed but invalid.",
            Hand::Err190 => "Too many requests reached operation 190 in the current window.",
            Hand::Err191 => "An unexpected error occurred while handling operation 191.",
            Hand::Err192 => "The gateway got an invalid answer for operation 192.",
            Hand::Err193 => "The service behind operation 193 is temporarily unavailable.",
            Hand::Err194 => "The service behind operation 194 did not answer in time.",
            Hand::Err195 => "The request body of operation 195 is malformed.",
            Hand::Err196 => "The credentials sent to operation 196 are missing or invalid.",
            Hand::Err197 => "The credentials lack the scope operation 197 needs.",
            Hand::Err198 => "The resource addressed by operation 198 does not exist.",
            Hand::Err199 => "Operation 199 does not accept this HTTP method.",
        }
    }

    pub fn doc(&self) -> &'static HandDoc {
        match self {
            Hand::Err000 => &HandDoc {
                code: "err_000",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 0 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_000",
            },
            Hand::Err001 => &HandDoc {
                code: "err_001",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 1 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_001",
            },
            Hand::Err002 => &HandDoc {
                code: "err_002",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 2 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_002",
            },
            Hand::Err003 => &HandDoc {
                code: "err_003",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 3 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_003",
            },
            Hand::Err004 => &HandDoc {
                code: "err_004",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 4 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_004",
            },
            Hand::Err005 => &HandDoc {
                code: "err_005",
                status: 409,
                title: "Conflict",
                summary: "Operation 5 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_005",
            },
            Hand::Err006 => &HandDoc {
                code: "err_006",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 6 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_006",
            },
            Hand::Err007 => &HandDoc {
                code: "err_007",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 7 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_007",
            },
            Hand::Err008 => &HandDoc {
                code: "err_008",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 8 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_008",
            },
            Hand::Err009 => &HandDoc {
                code: "err_009",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 9 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_009",
            },
            Hand::Err010 => &HandDoc {
                code: "err_010",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 10 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_010",
            },
            Hand::Err011 => &HandDoc {
                code: "err_011",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 11.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_011",
            },
            Hand::Err012 => &HandDoc {
                code: "err_012",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 12.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_012",
            },
            Hand::Err013 => &HandDoc {
                code: "err_013",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 13 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_013",
            },
            Hand::Err014 => &HandDoc {
                code: "err_014",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 14 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_014",
            },
            Hand::Err015 => &HandDoc {
                code: "err_015",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 15 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_015",
            },
            Hand::Err016 => &HandDoc {
                code: "err_016",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 16 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_016",
            },
            Hand::Err017 => &HandDoc {
                code: "err_017",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 17 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_017",
            },
            Hand::Err018 => &HandDoc {
                code: "err_018",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 18 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_018",
            },
            Hand::Err019 => &HandDoc {
                code: "err_019",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 19 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_019",
            },
            Hand::Err020 => &HandDoc {
                code: "err_020",
                status: 409,
                title: "Conflict",
                summary: "Operation 20 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_020",
            },
            Hand::Err021 => &HandDoc {
                code: "err_021",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 21 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_021",
            },
            Hand::Err022 => &HandDoc {
                code: "err_022",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 22 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_022",
            },
            Hand::Err023 => &HandDoc {
                code: "err_023",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 23 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_023",
            },
            Hand::Err024 => &HandDoc {
                code: "err_024",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 24 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_024",
            },
            Hand::Err025 => &HandDoc {
                code: "err_025",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 25 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_025",
            },
            Hand::Err026 => &HandDoc {
                code: "err_026",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 26.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_026",
            },
            Hand::Err027 => &HandDoc {
                code: "err_027",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 27.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_027",
            },
            Hand::Err028 => &HandDoc {
                code: "err_028",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 28 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_028",
            },
            Hand::Err029 => &HandDoc {
                code: "err_029",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 29 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_029",
            },
            Hand::Err030 => &HandDoc {
                code: "err_030",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 30 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_030",
            },
            Hand::Err031 => &HandDoc {
                code: "err_031",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 31 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_031",
            },
            Hand::Err032 => &HandDoc {
                code: "err_032",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 32 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_032",
            },
            Hand::Err033 => &HandDoc {
                code: "err_033",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 33 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_033",
            },
            Hand::Err034 => &HandDoc {
                code: "err_034",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 34 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_034",
            },
            Hand::Err035 => &HandDoc {
                code: "err_035",
                status: 409,
                title: "Conflict",
                summary: "Operation 35 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_035",
            },
            Hand::Err036 => &HandDoc {
                code: "err_036",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 36 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_036",
            },
            Hand::Err037 => &HandDoc {
                code: "err_037",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 37 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_037",
            },
            Hand::Err038 => &HandDoc {
                code: "err_038",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 38 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_038",
            },
            Hand::Err039 => &HandDoc {
                code: "err_039",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 39 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_039",
            },
            Hand::Err040 => &HandDoc {
                code: "err_040",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 40 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_040",
            },
            Hand::Err041 => &HandDoc {
                code: "err_041",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 41.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_041",
            },
            Hand::Err042 => &HandDoc {
                code: "err_042",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 42.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_042",
            },
            Hand::Err043 => &HandDoc {
                code: "err_043",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 43 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_043",
            },
            Hand::Err044 => &HandDoc {
                code: "err_044",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 44 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_044",
            },
            Hand::Err045 => &HandDoc {
                code: "err_045",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 45 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_045",
            },
            Hand::Err046 => &HandDoc {
                code: "err_046",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 46 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_046",
            },
            Hand::Err047 => &HandDoc {
                code: "err_047",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 47 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_047",
            },
            Hand::Err048 => &HandDoc {
                code: "err_048",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 48 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_048",
            },
            Hand::Err049 => &HandDoc {
                code: "err_049",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 49 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_049",
            },
            Hand::Err050 => &HandDoc {
                code: "err_050",
                status: 409,
                title: "Conflict",
                summary: "Operation 50 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_050",
            },
            Hand::Err051 => &HandDoc {
                code: "err_051",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 51 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_051",
            },
            Hand::Err052 => &HandDoc {
                code: "err_052",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 52 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_052",
            },
            Hand::Err053 => &HandDoc {
                code: "err_053",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 53 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_053",
            },
            Hand::Err054 => &HandDoc {
                code: "err_054",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 54 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_054",
            },
            Hand::Err055 => &HandDoc {
                code: "err_055",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 55 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_055",
            },
            Hand::Err056 => &HandDoc {
                code: "err_056",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 56.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_056",
            },
            Hand::Err057 => &HandDoc {
                code: "err_057",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 57.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_057",
            },
            Hand::Err058 => &HandDoc {
                code: "err_058",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 58 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_058",
            },
            Hand::Err059 => &HandDoc {
                code: "err_059",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 59 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_059",
            },
            Hand::Err060 => &HandDoc {
                code: "err_060",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 60 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_060",
            },
            Hand::Err061 => &HandDoc {
                code: "err_061",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 61 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_061",
            },
            Hand::Err062 => &HandDoc {
                code: "err_062",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 62 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_062",
            },
            Hand::Err063 => &HandDoc {
                code: "err_063",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 63 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_063",
            },
            Hand::Err064 => &HandDoc {
                code: "err_064",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 64 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_064",
            },
            Hand::Err065 => &HandDoc {
                code: "err_065",
                status: 409,
                title: "Conflict",
                summary: "Operation 65 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_065",
            },
            Hand::Err066 => &HandDoc {
                code: "err_066",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 66 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_066",
            },
            Hand::Err067 => &HandDoc {
                code: "err_067",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 67 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_067",
            },
            Hand::Err068 => &HandDoc {
                code: "err_068",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 68 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_068",
            },
            Hand::Err069 => &HandDoc {
                code: "err_069",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 69 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_069",
            },
            Hand::Err070 => &HandDoc {
                code: "err_070",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 70 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_070",
            },
            Hand::Err071 => &HandDoc {
                code: "err_071",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 71.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_071",
            },
            Hand::Err072 => &HandDoc {
                code: "err_072",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 72.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_072",
            },
            Hand::Err073 => &HandDoc {
                code: "err_073",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 73 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_073",
            },
            Hand::Err074 => &HandDoc {
                code: "err_074",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 74 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_074",
            },
            Hand::Err075 => &HandDoc {
                code: "err_075",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 75 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_075",
            },
            Hand::Err076 => &HandDoc {
                code: "err_076",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 76 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_076",
            },
            Hand::Err077 => &HandDoc {
                code: "err_077",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 77 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_077",
            },
            Hand::Err078 => &HandDoc {
                code: "err_078",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 78 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_078",
            },
            Hand::Err079 => &HandDoc {
                code: "err_079",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 79 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_079",
            },
            Hand::Err080 => &HandDoc {
                code: "err_080",
                status: 409,
                title: "Conflict",
                summary: "Operation 80 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_080",
            },
            Hand::Err081 => &HandDoc {
                code: "err_081",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 81 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_081",
            },
            Hand::Err082 => &HandDoc {
                code: "err_082",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 82 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_082",
            },
            Hand::Err083 => &HandDoc {
                code: "err_083",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 83 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_083",
            },
            Hand::Err084 => &HandDoc {
                code: "err_084",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 84 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_084",
            },
            Hand::Err085 => &HandDoc {
                code: "err_085",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 85 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_085",
            },
            Hand::Err086 => &HandDoc {
                code: "err_086",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 86.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_086",
            },
            Hand::Err087 => &HandDoc {
                code: "err_087",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 87.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_087",
            },
            Hand::Err088 => &HandDoc {
                code: "err_088",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 88 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_088",
            },
            Hand::Err089 => &HandDoc {
                code: "err_089",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 89 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_089",
            },
            Hand::Err090 => &HandDoc {
                code: "err_090",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 90 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_090",
            },
            Hand::Err091 => &HandDoc {
                code: "err_091",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 91 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_091",
            },
            Hand::Err092 => &HandDoc {
                code: "err_092",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 92 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_092",
            },
            Hand::Err093 => &HandDoc {
                code: "err_093",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 93 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_093",
            },
            Hand::Err094 => &HandDoc {
                code: "err_094",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 94 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_094",
            },
            Hand::Err095 => &HandDoc {
                code: "err_095",
                status: 409,
                title: "Conflict",
                summary: "Operation 95 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_095",
            },
            Hand::Err096 => &HandDoc {
                code: "err_096",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 96 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_096",
            },
            Hand::Err097 => &HandDoc {
                code: "err_097",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 97 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_097",
            },
            Hand::Err098 => &HandDoc {
                code: "err_098",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 98 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_098",
            },
            Hand::Err099 => &HandDoc {
                code: "err_099",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 99 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_099",
            },
            Hand::Err100 => &HandDoc {
                code: "err_100",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 100 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_100",
            },
            Hand::Err101 => &HandDoc {
                code: "err_101",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 101.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_101",
            },
            Hand::Err102 => &HandDoc {
                code: "err_102",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 102.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_102",
            },
            Hand::Err103 => &HandDoc {
                code: "err_103",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 103 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_103",
            },
            Hand::Err104 => &HandDoc {
                code: "err_104",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 104 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_104",
            },
            Hand::Err105 => &HandDoc {
                code: "err_105",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 105 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_105",
            },
            Hand::Err106 => &HandDoc {
                code: "err_106",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 106 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_106",
            },
            Hand::Err107 => &HandDoc {
                code: "err_107",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 107 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_107",
            },
            Hand::Err108 => &HandDoc {
                code: "err_108",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 108 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_108",
            },
            Hand::Err109 => &HandDoc {
                code: "err_109",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 109 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_109",
            },
            Hand::Err110 => &HandDoc {
                code: "err_110",
                status: 409,
                title: "Conflict",
                summary: "Operation 110 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_110",
            },
            Hand::Err111 => &HandDoc {
                code: "err_111",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 111 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_111",
            },
            Hand::Err112 => &HandDoc {
                code: "err_112",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 112 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_112",
            },
            Hand::Err113 => &HandDoc {
                code: "err_113",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 113 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_113",
            },
            Hand::Err114 => &HandDoc {
                code: "err_114",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 114 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_114",
            },
            Hand::Err115 => &HandDoc {
                code: "err_115",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 115 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_115",
            },
            Hand::Err116 => &HandDoc {
                code: "err_116",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 116.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_116",
            },
            Hand::Err117 => &HandDoc {
                code: "err_117",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 117.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_117",
            },
            Hand::Err118 => &HandDoc {
                code: "err_118",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 118 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_118",
            },
            Hand::Err119 => &HandDoc {
                code: "err_119",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 119 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_119",
            },
            Hand::Err120 => &HandDoc {
                code: "err_120",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 120 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_120",
            },
            Hand::Err121 => &HandDoc {
                code: "err_121",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 121 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_121",
            },
            Hand::Err122 => &HandDoc {
                code: "err_122",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 122 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_122",
            },
            Hand::Err123 => &HandDoc {
                code: "err_123",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 123 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_123",
            },
            Hand::Err124 => &HandDoc {
                code: "err_124",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 124 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_124",
            },
            Hand::Err125 => &HandDoc {
                code: "err_125",
                status: 409,
                title: "Conflict",
                summary: "Operation 125 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_125",
            },
            Hand::Err126 => &HandDoc {
                code: "err_126",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 126 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_126",
            },
            Hand::Err127 => &HandDoc {
                code: "err_127",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 127 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_127",
            },
            Hand::Err128 => &HandDoc {
                code: "err_128",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 128 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_128",
            },
            Hand::Err129 => &HandDoc {
                code: "err_129",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 129 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_129",
            },
            Hand::Err130 => &HandDoc {
                code: "err_130",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 130 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_130",
            },
            Hand::Err131 => &HandDoc {
                code: "err_131",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 131.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_131",
            },
            Hand::Err132 => &HandDoc {
                code: "err_132",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 132.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_132",
            },
            Hand::Err133 => &HandDoc {
                code: "err_133",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 133 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_133",
            },
            Hand::Err134 => &HandDoc {
                code: "err_134",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 134 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_134",
            },
            Hand::Err135 => &HandDoc {
                code: "err_135",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 135 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_135",
            },
            Hand::Err136 => &HandDoc {
                code: "err_136",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 136 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_136",
            },
            Hand::Err137 => &HandDoc {
                code: "err_137",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 137 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_137",
            },
            Hand::Err138 => &HandDoc {
                code: "err_138",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 138 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_138",
            },
            Hand::Err139 => &HandDoc {
                code: "err_139",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 139 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_139",
            },
            Hand::Err140 => &HandDoc {
                code: "err_140",
                status: 409,
                title: "Conflict",
                summary: "Operation 140 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_140",
            },
            Hand::Err141 => &HandDoc {
                code: "err_141",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 141 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_141",
            },
            Hand::Err142 => &HandDoc {
                code: "err_142",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 142 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_142",
            },
            Hand::Err143 => &HandDoc {
                code: "err_143",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 143 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_143",
            },
            Hand::Err144 => &HandDoc {
                code: "err_144",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 144 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_144",
            },
            Hand::Err145 => &HandDoc {
                code: "err_145",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 145 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_145",
            },
            Hand::Err146 => &HandDoc {
                code: "err_146",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 146.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_146",
            },
            Hand::Err147 => &HandDoc {
                code: "err_147",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 147.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_147",
            },
            Hand::Err148 => &HandDoc {
                code: "err_148",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 148 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_148",
            },
            Hand::Err149 => &HandDoc {
                code: "err_149",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 149 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_149",
            },
            Hand::Err150 => &HandDoc {
                code: "err_150",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 150 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_150",
            },
            Hand::Err151 => &HandDoc {
                code: "err_151",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 151 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_151",
            },
            Hand::Err152 => &HandDoc {
                code: "err_152",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 152 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_152",
            },
            Hand::Err153 => &HandDoc {
                code: "err_153",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 153 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_153",
            },
            Hand::Err154 => &HandDoc {
                code: "err_154",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 154 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_154",
            },
            Hand::Err155 => &HandDoc {
                code: "err_155",
                status: 409,
                title: "Conflict",
                summary: "Operation 155 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_155",
            },
            Hand::Err156 => &HandDoc {
                code: "err_156",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 156 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_156",
            },
            Hand::Err157 => &HandDoc {
                code: "err_157",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 157 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_157",
            },
            Hand::Err158 => &HandDoc {
                code: "err_158",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 158 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_158",
            },
            Hand::Err159 => &HandDoc {
                code: "err_159",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 159 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_159",
            },
            Hand::Err160 => &HandDoc {
                code: "err_160",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 160 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_160",
            },
            Hand::Err161 => &HandDoc {
                code: "err_161",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 161.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_161",
            },
            Hand::Err162 => &HandDoc {
                code: "err_162",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 162.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_162",
            },
            Hand::Err163 => &HandDoc {
                code: "err_163",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 163 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_163",
            },
            Hand::Err164 => &HandDoc {
                code: "err_164",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 164 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_164",
            },
            Hand::Err165 => &HandDoc {
                code: "err_165",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 165 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_165",
            },
            Hand::Err166 => &HandDoc {
                code: "err_166",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 166 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_166",
            },
            Hand::Err167 => &HandDoc {
                code: "err_167",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 167 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_167",
            },
            Hand::Err168 => &HandDoc {
                code: "err_168",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 168 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_168",
            },
            Hand::Err169 => &HandDoc {
                code: "err_169",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 169 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_169",
            },
            Hand::Err170 => &HandDoc {
                code: "err_170",
                status: 409,
                title: "Conflict",
                summary: "Operation 170 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_170",
            },
            Hand::Err171 => &HandDoc {
                code: "err_171",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 171 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_171",
            },
            Hand::Err172 => &HandDoc {
                code: "err_172",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 172 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_172",
            },
            Hand::Err173 => &HandDoc {
                code: "err_173",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 173 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_173",
            },
            Hand::Err174 => &HandDoc {
                code: "err_174",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 174 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_174",
            },
            Hand::Err175 => &HandDoc {
                code: "err_175",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 175 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_175",
            },
            Hand::Err176 => &HandDoc {
                code: "err_176",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 176.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_176",
            },
            Hand::Err177 => &HandDoc {
                code: "err_177",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 177.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_177",
            },
            Hand::Err178 => &HandDoc {
                code: "err_178",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 178 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_178",
            },
            Hand::Err179 => &HandDoc {
                code: "err_179",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 179 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_179",
            },
            Hand::Err180 => &HandDoc {
                code: "err_180",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 180 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_180",
            },
            Hand::Err181 => &HandDoc {
                code: "err_181",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 181 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_181",
            },
            Hand::Err182 => &HandDoc {
                code: "err_182",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 182 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_182",
            },
            Hand::Err183 => &HandDoc {
                code: "err_183",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 183 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_183",
            },
            Hand::Err184 => &HandDoc {
                code: "err_184",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 184 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_184",
            },
            Hand::Err185 => &HandDoc {
                code: "err_185",
                status: 409,
                title: "Conflict",
                summary: "Operation 185 conflicts with the current state of the resource.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_185",
            },
            Hand::Err186 => &HandDoc {
                code: "err_186",
                status: 410,
                title: "Gone",
                summary: "The resource addressed by operation 186 is gone for good.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_186",
            },
            Hand::Err187 => &HandDoc {
                code: "err_187",
                status: 412,
                title: "Precondition Failed",
                summary: "A precondition of operation 187 does not hold.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_187",
            },
            Hand::Err188 => &HandDoc {
                code: "err_188",
                status: 415,
                title: "Unsupported Media Type",
                summary: "Operation 188 does not accept the body's media type.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_188",
            },
            Hand::Err189 => &HandDoc {
                code: "err_189",
                status: 422,
                title: "Unprocessable Entity",
                summary: "The body of operation 189 is well-formed but invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_189",
            },
            Hand::Err190 => &HandDoc {
                code: "err_190",
                status: 429,
                title: "Too Many Requests",
                summary: "Too many requests reached operation 190 in the current window.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_190",
            },
            Hand::Err191 => &HandDoc {
                code: "err_191",
                status: 500,
                title: "Internal Server Error",
                summary: "An unexpected error occurred while handling operation 191.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_191",
            },
            Hand::Err192 => &HandDoc {
                code: "err_192",
                status: 502,
                title: "Bad Gateway",
                summary: "The gateway got an invalid answer for operation 192.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_192",
            },
            Hand::Err193 => &HandDoc {
                code: "err_193",
                status: 503,
                title: "Service Unavailable",
                summary: "The service behind operation 193 is temporarily unavailable.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_193",
            },
            Hand::Err194 => &HandDoc {
                code: "err_194",
                status: 504,
                title: "Gateway Timeout",
                summary: "The service behind operation 194 did not answer in time.",
                retryable: true,
                doc_url: "https://docs.example.com/errors/err_194",
            },
            Hand::Err195 => &HandDoc {
                code: "err_195",
                status: 400,
                title: "Bad Request",
                summary: "The request body of operation 195 is malformed.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_195",
            },
            Hand::Err196 => &HandDoc {
                code: "err_196",
                status: 401,
                title: "Unauthorized",
                summary: "The credentials sent to operation 196 are missing or invalid.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_196",
            },
            Hand::Err197 => &HandDoc {
                code: "err_197",
                status: 403,
                title: "Forbidden",
                summary: "The credentials lack the scope operation 197 needs.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_197",
            },
            Hand::Err198 => &HandDoc {
                code: "err_198",
                status: 404,
                title: "Not Found",
                summary: "The resource addressed by operation 198 does not exist.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_198",
            },
            Hand::Err199 => &HandDoc {
                code: "err_199",
                status: 405,
                title: "Method Not Allowed",
                summary: "Operation 199 does not accept this HTTP method.",
                retryable: false,
                doc_url: "https://docs.example.com/errors/err_199",
            },
        }
    }
}
// END generated by bench/gen_catalog.py
