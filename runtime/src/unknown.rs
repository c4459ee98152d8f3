//! The error of parsing a code string that the catalog does not have.

use std::fmt;

/// A code string that names no page of the catalog (`ErrorCode::from_str`).
///
/// ```
/// errdocs::catalog!("../docs/errors");
/// let err = "unauthorised".parse::<ErrorCode>().unwrap_err();
/// assert_eq!(err.code(), "unauthorised");
/// assert_eq!(err.to_string(), "unknown error code `unauthorised`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: String,
}

impl UnknownCode {
    /// The error for `code`.
    pub fn new(code: &str) -> UnknownCode {
        UnknownCode {
            code: code.to_owned(),
        }
    }

    /// The code that was not found.
    pub fn code(&self) -> &str {
        &self.code
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code `{}`", self.code)
    }
}

impl std::error::Error for UnknownCode {}
