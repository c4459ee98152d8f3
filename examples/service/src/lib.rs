//! An axum service whose errors come from `docs/errors`: each route fails in a documented
//! way, and `GET /errors/{code}` serves the page itself.

use std::time::Duration;

use axum::Router;
use axum::extract::Path;
use axum::http::header::CONTENT_TYPE;
use axum::response::IntoResponse;
use axum::routing::get;
use tower_http::request_id::{MakeRequestUuid, SetRequestIdLayer};

errdocs::catalog!("../../docs/errors");

/// The service's errors; every fact but the message comes from the pages.
#[derive(Debug, thiserror::Error, errdocs::ApiError)]
#[api_error(docs = "../../docs/errors")]
pub enum AppError {
    /// No or bad credentials.
    #[error("invalid credentials")]
    Unauthorized,
    /// The caller lacks a scope.
    #[error("missing scope {scope}")]
    #[api_error(code = "forbidden", detail = "missing scope `{scope}`")]
    MissingScope {
        /// The scope the route needs.
        scope: String,
    },
    /// No such resource (scan, error page); the message says which.
    #[error("{0}")]
    #[api_error(code = "not_found")]
    NotFound(String),
    /// Too many requests.
    #[error("rate limited")]
    #[api_error(code = "rate_limited")]
    RateLimited {
        /// How long to wait.
        #[api_error(retry_after)]
        wait: Duration,
        /// Requests allowed per minute (the page's `limit` member).
        #[api_error(body)]
        limit: Option<u32>,
        /// Requests left in the window (the page's `remaining` member).
        #[api_error(body)]
        remaining: Option<u32>,
    },
    /// Some fields of the request are invalid; `errors` lists each.
    #[error("{}", first_error(errors))]
    #[api_error(code = "validation_failed")]
    Invalid {
        /// The fields that failed (the page's `errors` member).
        #[api_error(body)]
        errors: Vec<FieldError>,
    },
    /// The card was declined; `decline_code` says why.
    #[error("Your card was declined by the issuer ({reason})")]
    #[api_error(code = "card_declined")]
    Declined {
        /// The issuer's reason (the page's `decline_code` member).
        #[api_error(body = "decline_code")]
        reason: String,
    },
    /// Storage failed; the body shows only the page's summary.
    #[error("storage failed")]
    #[api_error(code = "internal_error")]
    Internal(#[source] std::io::Error),
}

/// One invalid field of a request, as `validation_failed` documents it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FieldError {
    /// The field's path in the request.
    pub field: String,
    /// The rule it broke.
    pub message: String,
}

/// `field: message` of the first failed field: the body's `detail`.
fn first_error(errors: &[FieldError]) -> String {
    errors.first().map_or_else(
        || "invalid request".to_owned(),
        |e| format!("{}: {}", e.field, e.message),
    )
}

async fn me() -> Result<&'static str, AppError> {
    Err(AppError::Unauthorized)
}

async fn scan(Path(id): Path<u64>) -> Result<String, AppError> {
    match id {
        1 => Ok("{\"id\":1,\"status\":\"done\"}".to_owned()),
        _ => Err(AppError::NotFound(format!("no scan with id `{id}`"))),
    }
}

async fn delete_scan() -> Result<(), AppError> {
    Err(AppError::MissingScope {
        scope: "scans:write".into(),
    })
}

async fn search() -> Result<(), AppError> {
    Err(AppError::RateLimited {
        wait: Duration::from_secs(30),
        limit: Some(100),
        remaining: Some(0),
    })
}

async fn list_scans(
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<&'static str, AppError> {
    match query.get("limit").map(|l| l.parse::<u32>()) {
        Some(Ok(1..=100)) | None => Ok("[]"),
        Some(Ok(n)) => Err(AppError::Invalid {
            errors: vec![FieldError {
                field: "limit".into(),
                message: format!("must be between 1 and 100 (got {n})"),
            }],
        }),
        Some(Err(_)) => Err(AppError::Invalid {
            errors: vec![FieldError {
                field: "limit".into(),
                message: "must be a whole number".into(),
            }],
        }),
    }
}

async fn charge() -> Result<(), AppError> {
    Err(AppError::Declined {
        reason: "insufficient_funds".into(),
    })
}

async fn report() -> Result<(), AppError> {
    Err(AppError::Internal(std::io::Error::other(
        "disk /var/db full; db password=hunter2",
    )))
}

async fn explain(Path(code): Path<String>) -> axum::response::Response {
    match ErrorCode::from_code(&code) {
        Some(code) => (
            [(CONTENT_TYPE, "text/markdown; charset=utf-8")],
            errdocs::explain(code),
        )
            .into_response(),
        None => AppError::NotFound(format!("no error page for the code `{code}`")).into_response(),
    }
}

/// The service's routes, with request ids: tower-http sets `x-request-id` when the client
/// sent none, and errdocs' layer carries it into error bodies. axum's own errors (unknown
/// route, wrong method, rejected body) are answered with the catalog's pages.
pub fn app() -> Router {
    // Two pages have status 400: `bad_request` answers axum's.
    let framework_errors = errdocs::FrameworkErrors::for_catalog::<ErrorCode>()
        .status(400, "bad_request")
        .build()
        .expect("the catalog has a page for each status axum answers itself");
    Router::new()
        .route("/me", get(me))
        .route("/scans", get(list_scans))
        .route("/scans/{id}", get(scan).delete(delete_scan))
        .route("/billing/charge", axum::routing::post(charge))
        .route("/search", get(search))
        .route("/reports", get(report))
        .route("/errors/{code}", get(explain))
        .layer(errdocs::axum::FrameworkErrorsLayer::new(framework_errors))
        .layer(errdocs::axum::RequestIdLayer::new())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
}
