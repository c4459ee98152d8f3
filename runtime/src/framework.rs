//! Errors the web framework produces itself (unknown route, wrong method, rejected body),
//! answered with the catalog's page for their status.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use crate::request::RequestContext;
use crate::{ApiError, CatalogCode, Documented, Envelope, ErrorDoc};

/// The statuses every [`FrameworkErrors`] answers with a page of its own: a malformed or
/// rejected body (400), an unknown route (404), a wrong method (405), a body over the limit
/// (413). [`build`](FrameworkErrorsBuilder::build) fails unless each one has a page.
pub const REQUIRED_STATUSES: [u16; 4] = [400, 404, 405, 413];

/// Which page answers each error status the framework produces, and in which envelope.
///
/// The page of a status is the one given with [`status`](FrameworkErrorsBuilder::status),
/// else the one page of the catalog with that status. Another 4xx status without its own
/// page (a 415 or 422 when the catalog has no page for it, or several) is answered with the
/// page of 400, a 5xx one with the page of 500 if the catalog has one; the response then
/// carries the page's status, so status and body always agree. The body's `detail` is the
/// page's summary.
///
/// ```
/// errdocs::catalog!("../docs/errors");
///
/// let errors = errdocs::FrameworkErrors::for_catalog::<ErrorCode>()
///     .status(400, "bad_request") // two pages have status 400
///     .build()
///     .unwrap();
/// assert_eq!(errors.page(405).unwrap().code, "method_not_allowed");
/// assert_eq!(errors.page(415).unwrap().code, "bad_request");
///
/// let err = errdocs::FrameworkErrors::for_catalog::<ErrorCode>().build().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "pages `bad_request` and `unsupported_version` both have status 400: choose the one \
///      that answers the framework's 400 with `.status(400, \"bad_request\")`"
/// );
/// ```
#[derive(Debug, Clone)]
pub struct FrameworkErrors {
    pages: BTreeMap<u16, &'static ErrorDoc>,
    envelope: Envelope,
}

/// Builds a [`FrameworkErrors`]; see [`FrameworkErrors::for_catalog`].
#[derive(Debug, Clone)]
#[must_use = "call `.build()` to get the `FrameworkErrors`"]
pub struct FrameworkErrorsBuilder {
    docs: Vec<&'static ErrorDoc>,
    explicit: Vec<(u16, String)>,
    envelope: Envelope,
}

impl FrameworkErrors {
    /// The pages of a catalog enum (`ErrorCode` from `catalog!`), in the errdocs envelope.
    pub fn for_catalog<C: CatalogCode>() -> FrameworkErrorsBuilder {
        FrameworkErrors::from_docs(C::ALL.iter().map(|c| c.doc()))
    }

    /// The pages of a derived error type, in its envelope.
    ///
    /// ```
    /// #[derive(Debug, thiserror::Error, errdocs::ApiError)]
    /// #[api_error(docs = "../docs/errors", envelope = "problem")]
    /// enum AppError {
    ///     #[error("bad input")]
    ///     BadRequest,
    ///     #[error("gone")]
    ///     NotFound,
    ///     #[error("wrong method")]
    ///     MethodNotAllowed,
    ///     #[error("too big")]
    ///     PayloadTooLarge,
    /// }
    ///
    /// let errors = errdocs::FrameworkErrors::for_type::<AppError>().build().unwrap();
    /// assert_eq!(errors.envelope(), errdocs::Envelope::Problem);
    /// ```
    pub fn for_type<T: Documented>() -> FrameworkErrorsBuilder {
        FrameworkErrors::from_docs(T::DOCS.iter()).envelope(T::ENVELOPE)
    }

    /// These pages, in the errdocs envelope.
    pub fn from_docs(docs: impl IntoIterator<Item = &'static ErrorDoc>) -> FrameworkErrorsBuilder {
        FrameworkErrorsBuilder {
            docs: docs.into_iter().collect(),
            explicit: Vec::new(),
            envelope: Envelope::Errdocs,
        }
    }

    /// The page that answers a framework error of `status`, if any (`None` for statuses
    /// below 400, and for a 5xx when the catalog has no page of 500).
    pub fn page(&self, status: u16) -> Option<&'static ErrorDoc> {
        if status < 400 {
            return None;
        }
        let class = if status < 500 { 400 } else { 500 };
        self.pages
            .get(&status)
            .or_else(|| self.pages.get(&class))
            .copied()
    }

    /// The envelope of the bodies.
    pub fn envelope(&self) -> Envelope {
        self.envelope
    }

    /// The response to a framework error of `status` for the request `ctx`, if a page
    /// answers it; see [`response::build`](crate::response::build).
    pub fn response(&self, status: u16, ctx: &RequestContext) -> Option<http::Response<Vec<u8>>> {
        let error = FrameworkError {
            doc: self.page(status)?,
            envelope: self.envelope,
            status,
        };
        Some(crate::response::build(&error, ctx))
    }

    /// What a framework integration answers instead of a response it saw: the page of its
    /// `status`, unless errdocs built that response (`built_by_errdocs`) or no page fits.
    /// A request id an inner layer set on the response (`inner_request_id`) wins over
    /// `ctx`'s, so header and body agree.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) fn replace(
        &self,
        status: u16,
        built_by_errdocs: bool,
        inner_request_id: Option<&str>,
        mut ctx: RequestContext,
    ) -> Option<http::Response<Vec<u8>>> {
        if built_by_errdocs {
            return None;
        }
        if let Some(id) = inner_request_id.and_then(crate::request::sanitize_request_id) {
            ctx.request_id = id.to_owned();
        }
        self.response(status, &ctx)
    }
}

impl FrameworkErrorsBuilder {
    /// Answers the framework's `status` with the page of `code` (needed when several pages
    /// share the status, or none has it).
    pub fn status(mut self, status: u16, code: &str) -> FrameworkErrorsBuilder {
        self.explicit.push((status, code.to_owned()));
        self
    }

    /// The body shape (the default is the derived type's, or [`Envelope::Errdocs`]).
    pub fn envelope(mut self, envelope: Envelope) -> FrameworkErrorsBuilder {
        self.envelope = envelope;
        self
    }

    /// The mapping, or why a status of [`REQUIRED_STATUSES`] has no page.
    pub fn build(self) -> Result<FrameworkErrors, FrameworkErrorsError> {
        let mut by_status: BTreeMap<u16, Vec<&'static ErrorDoc>> = BTreeMap::new();
        for doc in &self.docs {
            let pages = by_status.entry(doc.status).or_default();
            if !pages.iter().any(|d| d.code == doc.code) {
                pages.push(doc);
            }
        }
        let mut pages: BTreeMap<u16, &'static ErrorDoc> = by_status
            .iter()
            .filter(|(_, docs)| docs.len() == 1)
            .map(|(status, docs)| (*status, docs[0]))
            .collect();
        for (status, code) in self.explicit {
            let Some(doc) = self.docs.iter().find(|d| d.code == code) else {
                return Err(FrameworkErrorsError::UnknownCode { status, code });
            };
            pages.insert(status, doc);
        }
        for status in REQUIRED_STATUSES {
            if pages.contains_key(&status) {
                continue;
            }
            let codes: Vec<&'static str> = by_status
                .get(&status)
                .map(|docs| docs.iter().map(|d| d.code).collect())
                .unwrap_or_default();
            return Err(if codes.is_empty() {
                FrameworkErrorsError::NoPage { status }
            } else {
                FrameworkErrorsError::SeveralPages { status, codes }
            });
        }
        Ok(FrameworkErrors {
            pages,
            envelope: self.envelope,
        })
    }
}

/// Why a [`FrameworkErrors`] cannot be built.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FrameworkErrorsError {
    /// No page has this status of [`REQUIRED_STATUSES`].
    NoPage {
        /// The status.
        status: u16,
    },
    /// Several pages have this status of [`REQUIRED_STATUSES`].
    SeveralPages {
        /// The status.
        status: u16,
        /// Their codes.
        codes: Vec<&'static str>,
    },
    /// [`status`](FrameworkErrorsBuilder::status) names a code that has no page.
    UnknownCode {
        /// The status it was given for.
        status: u16,
        /// The code.
        code: String,
    },
}

impl fmt::Display for FrameworkErrorsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FrameworkErrorsError::NoPage { status } => write!(
                f,
                "no page has status {status}, which the framework answers itself: add one, \
                 or choose a page with `.status({status}, \"code\")`"
            ),
            FrameworkErrorsError::SeveralPages { status, codes } => {
                let names: Vec<String> = codes.iter().map(|c| format!("`{c}`")).collect();
                let (last, rest) = names.split_last().expect("several codes");
                write!(
                    f,
                    "pages {} and {last} both have status {status}: choose the one that \
                     answers the framework's {status} with `.status({status}, \"{}\")`",
                    rest.join(", "),
                    codes[0]
                )
            }
            FrameworkErrorsError::UnknownCode { status, code } => write!(
                f,
                "`.status({status}, \"{code}\")` names no page of the catalog"
            ),
        }
    }
}

impl std::error::Error for FrameworkErrorsError {}

/// A framework error answered with a page.
#[derive(Debug)]
struct FrameworkError {
    doc: &'static ErrorDoc,
    envelope: Envelope,
    status: u16,
}

impl fmt::Display for FrameworkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the framework answered {}", self.status)
    }
}

impl std::error::Error for FrameworkError {}

impl ApiError for FrameworkError {
    fn doc(&self) -> &'static ErrorDoc {
        self.doc
    }

    fn detail(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.doc.summary)
    }

    fn envelope(&self) -> Envelope {
        self.envelope
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Retry;

    const fn doc(code: &'static str, status: u16) -> ErrorDoc {
        ErrorDoc {
            code,
            status,
            grpc_code: "",
            domain: "",
            title: "",
            summary: "summary",
            summary_markdown: "summary",
            retry: Retry {
                retryable: false,
                advice: "",
            },
            doc_url: "",
            __lists: "",
            example: None,
            source_path: "",
            markdown: "",
            members: &[],
        }
    }

    static DOCS: [ErrorDoc; 6] = [
        doc("bad_request", 400),
        doc("old_version", 400),
        doc("not_found", 404),
        doc("wrong_method", 405),
        doc("too_large", 413),
        doc("validation", 422),
    ];

    fn builder() -> FrameworkErrorsBuilder {
        FrameworkErrors::from_docs(DOCS.iter())
    }

    #[test]
    fn an_explicit_page_wins_and_unique_pages_are_found() {
        let errors = builder().status(400, "old_version").build().unwrap();
        assert_eq!(errors.page(400).unwrap().code, "old_version");
        assert_eq!(errors.page(404).unwrap().code, "not_found");
        assert_eq!(errors.page(422).unwrap().code, "validation");
    }

    #[test]
    fn other_4xx_statuses_get_the_page_of_400_and_5xx_none_without_a_500_page() {
        let errors = builder().status(400, "bad_request").build().unwrap();
        assert_eq!(errors.page(415).unwrap().code, "bad_request");
        assert_eq!(errors.page(503), None);
        assert_eq!(errors.page(200), None);
    }

    #[test]
    fn a_shared_required_status_is_a_construction_error() {
        let err = builder().build().unwrap_err();
        assert_eq!(
            err,
            FrameworkErrorsError::SeveralPages {
                status: 400,
                codes: vec!["bad_request", "old_version"]
            }
        );
    }

    #[test]
    fn a_missing_required_status_is_a_construction_error() {
        let err = FrameworkErrors::from_docs(DOCS[..3].iter())
            .status(400, "bad_request")
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "no page has status 405, which the framework answers itself: add one, or choose \
             a page with `.status(405, \"code\")`"
        );
    }

    #[test]
    fn an_unknown_explicit_code_is_a_construction_error() {
        let err = builder().status(400, "bad_reqest").build().unwrap_err();
        assert_eq!(
            err.to_string(),
            "`.status(400, \"bad_reqest\")` names no page of the catalog"
        );
    }

    #[test]
    fn the_response_has_the_page_status_and_summary() {
        let errors = builder().status(400, "bad_request").build().unwrap();
        let ctx = RequestContext {
            request_id: "r-1".into(),
            path: "/x".into(),
        };
        let response = errors.response(415, &ctx).unwrap();
        assert_eq!(response.status(), 400);
        assert_eq!(
            String::from_utf8(response.into_body()).unwrap(),
            r#"{"detail":"summary","code":"bad_request","request_id":"r-1","doc_url":""}"#
        );
    }
}
