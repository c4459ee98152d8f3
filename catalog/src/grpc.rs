//! gRPC status codes: the canonical set, and the code an HTTP status maps to.

use serde::Serialize;

/// A canonical gRPC status code (`google.rpc.Code`), except `OK`: an error page never
/// documents a success.
///
/// A page states it with a `gRPC code` facts row or `grpc_code:` front matter; otherwise it
/// follows from the HTTP status by [`GrpcCode::from_http_status`].
///
/// ```
/// use errdocs_catalog::GrpcCode;
/// assert_eq!(GrpcCode::from_http_status(404), GrpcCode::NotFound);
/// assert_eq!(GrpcCode::from_name("FAILED_PRECONDITION"), Some(GrpcCode::FailedPrecondition));
/// assert_eq!(GrpcCode::Unauthenticated.name(), "UNAUTHENTICATED");
/// assert_eq!(GrpcCode::Unauthenticated.number(), 16);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum GrpcCode {
    /// `CANCELLED` (1): the caller cancelled the operation.
    Cancelled,
    /// `UNKNOWN` (2).
    Unknown,
    /// `INVALID_ARGUMENT` (3): the request is invalid whatever the server's state.
    InvalidArgument,
    /// `DEADLINE_EXCEEDED` (4).
    DeadlineExceeded,
    /// `NOT_FOUND` (5).
    NotFound,
    /// `ALREADY_EXISTS` (6).
    AlreadyExists,
    /// `PERMISSION_DENIED` (7).
    PermissionDenied,
    /// `RESOURCE_EXHAUSTED` (8): a quota or rate limit.
    ResourceExhausted,
    /// `FAILED_PRECONDITION` (9): the system is not in the state the request needs.
    FailedPrecondition,
    /// `ABORTED` (10): a concurrency conflict.
    Aborted,
    /// `OUT_OF_RANGE` (11).
    OutOfRange,
    /// `UNIMPLEMENTED` (12).
    Unimplemented,
    /// `INTERNAL` (13).
    Internal,
    /// `UNAVAILABLE` (14): transient, retry with backoff.
    Unavailable,
    /// `DATA_LOSS` (15).
    DataLoss,
    /// `UNAUTHENTICATED` (16).
    Unauthenticated,
}

impl GrpcCode {
    /// Every code, by number.
    pub const ALL: [GrpcCode; 16] = [
        GrpcCode::Cancelled,
        GrpcCode::Unknown,
        GrpcCode::InvalidArgument,
        GrpcCode::DeadlineExceeded,
        GrpcCode::NotFound,
        GrpcCode::AlreadyExists,
        GrpcCode::PermissionDenied,
        GrpcCode::ResourceExhausted,
        GrpcCode::FailedPrecondition,
        GrpcCode::Aborted,
        GrpcCode::OutOfRange,
        GrpcCode::Unimplemented,
        GrpcCode::Internal,
        GrpcCode::Unavailable,
        GrpcCode::DataLoss,
        GrpcCode::Unauthenticated,
    ];

    /// The canonical name (`NOT_FOUND`).
    pub fn name(self) -> &'static str {
        match self {
            GrpcCode::Cancelled => "CANCELLED",
            GrpcCode::Unknown => "UNKNOWN",
            GrpcCode::InvalidArgument => "INVALID_ARGUMENT",
            GrpcCode::DeadlineExceeded => "DEADLINE_EXCEEDED",
            GrpcCode::NotFound => "NOT_FOUND",
            GrpcCode::AlreadyExists => "ALREADY_EXISTS",
            GrpcCode::PermissionDenied => "PERMISSION_DENIED",
            GrpcCode::ResourceExhausted => "RESOURCE_EXHAUSTED",
            GrpcCode::FailedPrecondition => "FAILED_PRECONDITION",
            GrpcCode::Aborted => "ABORTED",
            GrpcCode::OutOfRange => "OUT_OF_RANGE",
            GrpcCode::Unimplemented => "UNIMPLEMENTED",
            GrpcCode::Internal => "INTERNAL",
            GrpcCode::Unavailable => "UNAVAILABLE",
            GrpcCode::DataLoss => "DATA_LOSS",
            GrpcCode::Unauthenticated => "UNAUTHENTICATED",
        }
    }

    /// The number on the wire (`grpc-status`).
    pub fn number(self) -> i32 {
        GrpcCode::ALL.iter().position(|&c| c == self).unwrap_or(1) as i32 + 1
    }

    /// The code of a canonical name, exactly as written (`NOT_FOUND`).
    pub fn from_name(name: &str) -> Option<GrpcCode> {
        GrpcCode::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The code an HTTP error status maps to when the page states none.
    ///
    /// The statuses that `google.rpc.Code` (and AIP-193) pair with one code map to it:
    /// 400 `INVALID_ARGUMENT`, 401 `UNAUTHENTICATED`, 403 `PERMISSION_DENIED`, 404
    /// `NOT_FOUND`, 409 `ABORTED`, 429 `RESOURCE_EXHAUSTED`, 499 `CANCELLED`, 500
    /// `INTERNAL`, 501 `UNIMPLEMENTED`, 503 `UNAVAILABLE`, 504 `DEADLINE_EXCEEDED`; 502 maps
    /// to `UNAVAILABLE` as in gRPC's own HTTP-to-gRPC table (a gateway failure is transient).
    /// The rest go by class: other 4xx → `FAILED_PRECONDITION` (the only remaining code that
    /// `google.rpc.Code` pairs with a 4xx: the request cannot be served as the system stands),
    /// other 5xx → `INTERNAL`.
    ///
    /// ```
    /// use errdocs_catalog::GrpcCode;
    /// assert_eq!(GrpcCode::from_http_status(429), GrpcCode::ResourceExhausted);
    /// assert_eq!(GrpcCode::from_http_status(422), GrpcCode::FailedPrecondition);
    /// assert_eq!(GrpcCode::from_http_status(507), GrpcCode::Internal);
    /// ```
    pub fn from_http_status(status: u16) -> GrpcCode {
        match status {
            400 => GrpcCode::InvalidArgument,
            401 => GrpcCode::Unauthenticated,
            403 => GrpcCode::PermissionDenied,
            404 => GrpcCode::NotFound,
            409 => GrpcCode::Aborted,
            429 => GrpcCode::ResourceExhausted,
            499 => GrpcCode::Cancelled,
            501 => GrpcCode::Unimplemented,
            502 | 503 => GrpcCode::Unavailable,
            504 => GrpcCode::DeadlineExceeded,
            _ if status < 500 => GrpcCode::FailedPrecondition,
            _ => GrpcCode::Internal,
        }
    }
}

impl std::fmt::Display for GrpcCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a `gRPC code` value is refused.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum GrpcCodeError {
    /// `OK`: not an error.
    Ok,
    /// Not a canonical name; holds the closest one, if any is close.
    Unknown(Option<GrpcCode>),
}

/// A stated `gRPC code` value: a canonical name, exactly.
pub(crate) fn parse_grpc_code(text: &str) -> Result<GrpcCode, GrpcCodeError> {
    let text = text.trim();
    if let Some(code) = GrpcCode::from_name(text) {
        return Ok(code);
    }
    // `not found`, `NotFound`, `not-found`, `Code.NOT_FOUND`: compare letters only.
    let squash = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect()
    };
    let wanted = squash(text.rsplit(['.', ':']).next().unwrap_or(text));
    if wanted == "OK" || text == "0" {
        return Err(GrpcCodeError::Ok);
    }
    if let Ok(n) = text.parse::<i32>() {
        let by_number = GrpcCode::ALL.into_iter().find(|c| c.number() == n);
        return Err(GrpcCodeError::Unknown(by_number));
    }
    let names: Vec<String> = GrpcCode::ALL.iter().map(|c| squash(c.name())).collect();
    let candidates: Vec<&str> = names.iter().map(String::as_str).collect();
    // The same name but for case and separators (`not_found`) is the likeliest meaning.
    let near = names
        .iter()
        .position(|n| *n == wanted)
        .or_else(|| {
            let near = crate::suggest(&wanted, candidates.iter().copied())?;
            names.iter().position(|m| m == near)
        })
        .map(|i| GrpcCode::ALL[i]);
    Err(GrpcCodeError::Unknown(near))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_numbers_are_the_canonical_ones() {
        let expected = [
            (1, "CANCELLED"),
            (2, "UNKNOWN"),
            (3, "INVALID_ARGUMENT"),
            (4, "DEADLINE_EXCEEDED"),
            (5, "NOT_FOUND"),
            (6, "ALREADY_EXISTS"),
            (7, "PERMISSION_DENIED"),
            (8, "RESOURCE_EXHAUSTED"),
            (9, "FAILED_PRECONDITION"),
            (10, "ABORTED"),
            (11, "OUT_OF_RANGE"),
            (12, "UNIMPLEMENTED"),
            (13, "INTERNAL"),
            (14, "UNAVAILABLE"),
            (15, "DATA_LOSS"),
            (16, "UNAUTHENTICATED"),
        ];
        for (code, (n, name)) in GrpcCode::ALL.into_iter().zip(expected) {
            assert_eq!((code.number(), code.name()), (n, name));
            assert_eq!(GrpcCode::from_name(name), Some(code));
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{name}\""));
        }
    }

    #[test]
    fn every_error_status_maps_by_the_table_or_its_class() {
        let table = [
            (400, GrpcCode::InvalidArgument),
            (401, GrpcCode::Unauthenticated),
            (403, GrpcCode::PermissionDenied),
            (404, GrpcCode::NotFound),
            (409, GrpcCode::Aborted),
            (429, GrpcCode::ResourceExhausted),
            (499, GrpcCode::Cancelled),
            (500, GrpcCode::Internal),
            (501, GrpcCode::Unimplemented),
            (502, GrpcCode::Unavailable),
            (503, GrpcCode::Unavailable),
            (504, GrpcCode::DeadlineExceeded),
        ];
        for status in 400..=599 {
            let expected = table
                .iter()
                .find(|(s, _)| *s == status)
                .map(|&(_, c)| c)
                .unwrap_or(if status < 500 {
                    GrpcCode::FailedPrecondition
                } else {
                    GrpcCode::Internal
                });
            assert_eq!(GrpcCode::from_http_status(status), expected, "{status}");
        }
    }

    #[test]
    fn stated_values_are_canonical_names_with_a_suggestion() {
        assert_eq!(
            parse_grpc_code(" FAILED_PRECONDITION "),
            Ok(GrpcCode::FailedPrecondition)
        );
        let near = |s| match parse_grpc_code(s) {
            Err(GrpcCodeError::Unknown(near)) => near,
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(near("not_found"), Some(GrpcCode::NotFound));
        assert_eq!(near("NotFound"), Some(GrpcCode::NotFound));
        assert_eq!(near("Code.NOT_FOUND"), Some(GrpcCode::NotFound));
        assert_eq!(near("CANCELED"), Some(GrpcCode::Cancelled));
        assert_eq!(near("UNAUTHENTICATD"), Some(GrpcCode::Unauthenticated));
        assert_eq!(near("5"), Some(GrpcCode::NotFound));
        assert_eq!(near("TEAPOT"), None);
        assert_eq!(near(""), None);
        assert_eq!(parse_grpc_code("OK"), Err(GrpcCodeError::Ok));
        assert_eq!(parse_grpc_code("0"), Err(GrpcCodeError::Ok));
    }
}
