//! A body with two members (`rate_limited`'s `limit` and `remaining`), errdocs against the
//! same body written by hand (a serde struct with `#[serde(flatten)]`) and against
//! `problem_details`' `ProblemDetails<Ext>`, side by side in one run. Budget: errdocs ≤ 1.05×
//! hand-written. Each iteration builds the body of one error value and serializes it to a
//! `Vec<u8>`, as a response does; inputs and outputs go through `black_box`.

use divan::black_box;
use serde::Serialize;

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors")]
enum Seed {
    #[error("Rate limit exceeded; retry after 12 seconds")]
    RateLimited {
        #[api_error(body)]
        limit: u32,
        #[api_error(body)]
        remaining: u32,
    },
}

#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../docs/errors", envelope = "problem")]
enum Problem {
    #[error("Rate limit exceeded; retry after 12 seconds")]
    RateLimited {
        #[api_error(body)]
        limit: u32,
        #[api_error(body)]
        remaining: u32,
    },
}

const DETAIL: &str = "Rate limit exceeded; retry after 12 seconds";
const CODE: &str = "rate_limited";
const DOC_URL: &str = "https://docs.lasscyber.com/errors/rate_limited";
const REQUEST_ID: &str = "400cb70f-964e-43c0-b4a3-165de1ab3e01";
const PATH: &str = "/search";

#[derive(Serialize)]
struct Limits {
    limit: u32,
    remaining: u32,
}

/// The seed envelope by hand.
#[derive(Serialize)]
struct HandBody<'a> {
    detail: &'a str,
    code: &'a str,
    request_id: &'a str,
    doc_url: &'a str,
    #[serde(flatten)]
    members: Limits,
}

/// RFC 9457 by hand.
#[derive(Serialize)]
struct HandProblem<'a> {
    #[serde(rename = "type")]
    type_: &'a str,
    title: &'a str,
    status: u16,
    detail: &'a str,
    instance: &'a str,
    code: &'a str,
    request_id: &'a str,
    #[serde(flatten)]
    members: Limits,
}

/// `problem_details`' extension members: errdocs' two and the two of the body.
#[derive(Serialize)]
struct Ext<'a> {
    code: &'a str,
    request_id: &'a str,
    limit: u32,
    remaining: u32,
}

fn ctx() -> errdocs::request::RequestContext {
    errdocs::request::RequestContext {
        request_id: REQUEST_ID.into(),
        path: PATH.into(),
    }
}

fn main() {
    // The bodies are the same bytes (the crate's keys follow its own field order).
    let seed = Seed::RateLimited {
        limit: 100,
        remaining: 0,
    };
    let hand = serde_json::to_vec(&HandBody {
        detail: DETAIL,
        code: CODE,
        request_id: REQUEST_ID,
        doc_url: DOC_URL,
        members: Limits {
            limit: 100,
            remaining: 0,
        },
    })
    .unwrap();
    assert_eq!(errdocs::response::body(&seed, &ctx()), hand);
    let problem = Problem::RateLimited {
        limit: 100,
        remaining: 0,
    };
    let hand = serde_json::to_vec(&HandProblem {
        type_: DOC_URL,
        title: "Too Many Requests",
        status: 429,
        detail: DETAIL,
        instance: PATH,
        code: CODE,
        request_id: REQUEST_ID,
        members: Limits {
            limit: 100,
            remaining: 0,
        },
    })
    .unwrap();
    assert_eq!(errdocs::response::body(&problem, &ctx()), hand);
    divan::main();
}

mod seed_envelope {
    use super::*;

    /// `errdocs::response::body`: the envelope, then the members into the same buffer.
    #[divan::bench]
    fn errdocs(bencher: divan::Bencher) {
        let ctx = ctx();
        bencher.bench_local(|| {
            let err = black_box(Seed::RateLimited {
                limit: black_box(100),
                remaining: black_box(0),
            });
            black_box(errdocs::response::body(&err, black_box(&ctx)))
        });
    }

    /// A `#[derive(Serialize)]` struct with the members `#[serde(flatten)]`ed.
    #[divan::bench]
    fn hand_flatten() {
        let body = HandBody {
            detail: black_box(DETAIL),
            code: black_box(CODE),
            request_id: black_box(REQUEST_ID),
            doc_url: black_box(DOC_URL),
            members: Limits {
                limit: black_box(100),
                remaining: black_box(0),
            },
        };
        black_box(serde_json::to_vec(&body).unwrap());
    }

    /// Diagnostic, not a budget: `serde_json::to_vec(&err.body(id))`, where the members go
    /// through a `serde_json::Value` each (any serializer may be asked for them).
    #[divan::bench]
    fn errdocs_generic_serializer() {
        use errdocs::ApiError;
        let err = black_box(Seed::RateLimited {
            limit: black_box(100),
            remaining: black_box(0),
        });
        black_box(serde_json::to_vec(&err.body(black_box(REQUEST_ID))).unwrap());
    }
}

mod problem_envelope {
    use super::*;

    /// `errdocs::response::body` in problem mode.
    #[divan::bench]
    fn errdocs(bencher: divan::Bencher) {
        let ctx = ctx();
        bencher.bench_local(|| {
            let err = black_box(Problem::RateLimited {
                limit: black_box(100),
                remaining: black_box(0),
            });
            black_box(errdocs::response::body(&err, black_box(&ctx)))
        });
    }

    /// By hand, members flattened.
    #[divan::bench]
    fn hand_flatten() {
        let body = HandProblem {
            type_: black_box(DOC_URL),
            title: black_box("Too Many Requests"),
            status: black_box(429),
            detail: black_box(DETAIL),
            instance: black_box(PATH),
            code: black_box(CODE),
            request_id: black_box(REQUEST_ID),
            members: Limits {
                limit: black_box(100),
                remaining: black_box(0),
            },
        };
        black_box(serde_json::to_vec(&body).unwrap());
    }

    /// `problem_details::ProblemDetails<Ext>`, built per response as its API asks (owned
    /// strings, parsed URIs) and serialized.
    #[divan::bench]
    fn problem_details_crate() {
        let body = problem_details::ProblemDetails::new()
            .with_type(black_box(DOC_URL).parse::<http::Uri>().unwrap())
            .with_title(black_box("Too Many Requests"))
            .with_status(http::StatusCode::TOO_MANY_REQUESTS)
            .with_detail(black_box(DETAIL))
            .with_instance(black_box(PATH).parse::<http::Uri>().unwrap())
            .with_extensions(Ext {
                code: black_box(CODE),
                request_id: black_box(REQUEST_ID),
                limit: black_box(100),
                remaining: black_box(0),
            });
        black_box(serde_json::to_vec(&body).unwrap());
    }

    /// The same, with the `ProblemDetails` built once outside the loop: serialization alone.
    #[divan::bench]
    fn problem_details_crate_serialize_only(bencher: divan::Bencher) {
        let body = problem_details::ProblemDetails::new()
            .with_type(DOC_URL.parse::<http::Uri>().unwrap())
            .with_title("Too Many Requests")
            .with_status(http::StatusCode::TOO_MANY_REQUESTS)
            .with_detail(DETAIL)
            .with_instance(PATH.parse::<http::Uri>().unwrap())
            .with_extensions(Ext {
                code: CODE,
                request_id: REQUEST_ID,
                limit: 100,
                remaining: 0,
            });
        bencher.bench_local(|| black_box(serde_json::to_vec(black_box(&body)).unwrap()));
    }
}
