//! The documentation of one error, as generated from its page: `ErrorDoc` and its parts.

use std::borrow::Cow;

use std::fmt;

use serde::Serialize;

use crate::{ErrorBody, ProblemDetails, SdkList, TextList};

/// Whether a client may retry, and what the page advises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Retry {
    /// `true` when the page says `Retry? Yes`.
    pub retryable: bool,
    /// The advice after the dash (`refresh credentials and re-issue.`), or empty.
    pub advice: &'static str,
}

/// One row of a page's `SDK behaviour` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct SdkMapping {
    /// The SDK (`Python`).
    pub sdk: &'static str,
    /// The exception it raises (`agnes.AuthenticationError`).
    pub exception: &'static str,
}

pub use errdocs_wire::Envelope;

/// Everything a page says about one error, as `'static` data generated at build time.
///
/// ```
/// errdocs::catalog!("../docs/errors");
///
/// let doc = ErrorCode::Unauthorized.doc();
/// assert_eq!(doc.code, "unauthorized");
/// assert_eq!(doc.status, 401);
/// assert_eq!(doc.grpc_code, "UNAUTHENTICATED");
/// assert_eq!(doc.domain, "api.lasscyber.com");
/// assert_eq!(doc.retry.advice, "refresh credentials and re-issue.");
/// assert_eq!(doc.related(), ["forbidden"]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ErrorDoc {
    /// The error code (`unauthorized`).
    pub code: &'static str,
    /// The HTTP status (`401`).
    pub status: u16,
    /// The gRPC status code's canonical name (`UNAUTHENTICATED`): the page's `gRPC code`,
    /// else the one its HTTP status maps to.
    pub grpc_code: &'static str,
    /// The `ErrorInfo` domain: `domain` in `errdocs.toml`, else the host of `doc_url`.
    pub domain: &'static str,
    /// The reason phrase (`Unauthorized`).
    pub title: &'static str,
    /// The page's one-sentence summary, as plain text (what a 5xx body shows).
    pub summary: &'static str,
    /// The summary as markdown, inline code kept (for documents that render markdown).
    pub summary_markdown: &'static str,
    /// The retry flag and advice.
    pub retry: Retry,
    /// The page's public URL.
    pub doc_url: &'static str,
    /// The page's lists ([`causes`](Self::causes), [`fixes`](Self::fixes),
    /// [`related`](Self::related), [`sdk`](Self::sdk)) as one string
    /// (`errdocs_wire::join_lists`): one field instead of four values the compiler checks
    /// per page. Written by generated code; read through the methods.
    #[doc(hidden)]
    pub __lists: &'static str,
    /// The example response's JSON text.
    pub example: Option<&'static str>,
    /// The page's path under the docs folder.
    pub source_path: &'static str,
    /// The page's markdown (empty without the `explain` feature).
    pub markdown: &'static str,
    /// The members the page documents beyond the envelope's keys, in page order.
    pub members: &'static [crate::members::MemberDoc],
}

impl fmt::Debug for ErrorDoc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorDoc")
            .field("code", &self.code)
            .field("status", &self.status)
            .field("grpc_code", &self.grpc_code)
            .field("domain", &self.domain)
            .field("title", &self.title)
            .field("summary", &self.summary)
            .field("summary_markdown", &self.summary_markdown)
            .field("retry", &self.retry)
            .field("doc_url", &self.doc_url)
            .field("causes", &self.causes())
            .field("fixes", &self.fixes())
            .field("sdk", &self.sdk())
            .field("related", &self.related())
            .field("example", &self.example)
            .field("source_path", &self.source_path)
            .field("markdown", &self.markdown)
            .field("members", &self.members)
            .finish()
    }
}

/// The page's facts and lists, without its markdown.
impl Serialize for ErrorDoc {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("ErrorDoc", 16)?;
        s.serialize_field("code", self.code)?;
        s.serialize_field("status", &self.status)?;
        s.serialize_field("grpc_code", self.grpc_code)?;
        s.serialize_field("domain", self.domain)?;
        s.serialize_field("title", self.title)?;
        s.serialize_field("summary", self.summary)?;
        s.serialize_field("summary_markdown", self.summary_markdown)?;
        s.serialize_field("retry", &self.retry)?;
        s.serialize_field("doc_url", self.doc_url)?;
        s.serialize_field("causes", &self.causes())?;
        s.serialize_field("fixes", &self.fixes())?;
        s.serialize_field("sdk", &self.sdk())?;
        s.serialize_field("related", &self.related())?;
        s.serialize_field("example", &self.example)?;
        s.serialize_field("source_path", self.source_path)?;
        s.serialize_field("members", self.members)?;
        s.end()
    }
}

impl ErrorDoc {
    /// `When this happens`: what makes the error happen.
    ///
    /// ```
    /// errdocs::catalog!("../docs/errors");
    /// assert!(ErrorCode::Unauthorized.doc().causes().iter().any(|c| c.contains("expired")));
    /// ```
    pub fn causes(&self) -> TextList {
        TextList::from_joined(errdocs_wire::split_lists(self.__lists)[0])
    }

    /// `How to fix`.
    pub fn fixes(&self) -> TextList {
        TextList::from_joined(errdocs_wire::split_lists(self.__lists)[1])
    }

    /// The codes of the related error pages.
    ///
    /// ```
    /// errdocs::catalog!("../docs/errors");
    /// assert_eq!(ErrorCode::Unauthorized.doc().related(), ["forbidden"]);
    /// ```
    pub fn related(&self) -> TextList {
        TextList::from_joined(errdocs_wire::split_lists(self.__lists)[2])
    }

    /// `SDK behaviour`: the exception each SDK raises.
    pub fn sdk(&self) -> SdkList {
        SdkList::from_joined(errdocs_wire::split_lists(self.__lists)[3])
    }

    /// The HTTP status as an [`http::StatusCode`].
    pub fn status_code(&self) -> http::StatusCode {
        http::StatusCode::from_u16(self.status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// The documented body of this error with `detail` and `request_id`.
    ///
    /// ```
    /// errdocs::catalog!("../docs/errors");
    /// let body = ErrorCode::Forbidden.doc().body("no".into(), "r1");
    /// assert_eq!(body.doc_url, "https://docs.lasscyber.com/errors/forbidden");
    /// ```
    pub fn body<'a>(&'static self, detail: Cow<'a, str>, request_id: &'a str) -> ErrorBody<'a> {
        ErrorBody {
            detail,
            code: Cow::Borrowed(self.code),
            request_id: Cow::Borrowed(request_id),
            doc_url: Cow::Borrowed(self.doc_url),
            members: crate::members::Members::NONE,
        }
    }

    /// The RFC 9457 body of this error; see [`ProblemDetails::new`].
    pub fn problem<'a>(
        &'static self,
        detail: Cow<'a, str>,
        request_id: &'a str,
        instance: &'a str,
    ) -> ProblemDetails<'a> {
        ProblemDetails::new(self, detail, request_id, instance)
    }

    /// Whether a 5xx status: the body then never shows the error's own text.
    pub fn is_server_error(&self) -> bool {
        self.status >= 500
    }
}
