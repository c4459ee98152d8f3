//! The `[read]` table of `errdocs.toml`: which rules read pages written in another style.

use serde::{Deserialize, Serialize};

/// How pages that do not follow the house style are read (`[read]` in `errdocs.toml`).
///
/// Rules that cannot give a wrong answer are always on (the example's `status` on a
/// single-error page, status headings, catalog tables); every rule that could is off until
/// set here.
///
/// ```
/// let config = errdocs_catalog::Config::from_toml_str(
///     "errdocs.toml",
///     "[read]\nretry = \"unstated\"\ncode_from = [\"file-name\"]\ncode_pattern = \"any\"\n",
/// )
/// .unwrap();
/// assert_eq!(config.read.retry, errdocs_catalog::RetryRule::Unstated);
/// assert!(config.read.code_from_file_name());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadSettings {
    /// Whether a page must state its retry flag (`"required"`, the default) or may leave it
    /// unstated (`"unstated"`: exports give `null`).
    #[serde(default)]
    pub retry: RetryRule,
    /// Extra places a code may come from: `"file-name"` (the file's name without its
    /// extension; index, overview and readme pages are skipped).
    #[serde(default)]
    pub code_from: Vec<CodeSource>,
    /// Which codes are accepted besides the house rule.
    #[serde(default)]
    pub code_pattern: CodePattern,
    /// Extra header names of a table's code column (`["Type"]`).
    #[serde(default)]
    pub code_columns: Vec<String>,
    /// Extra header names of a table's HTTP-status column (`["Code"]`); a header named
    /// here is a status column even where it would otherwise name the code.
    #[serde(default)]
    pub status_columns: Vec<String>,
    /// What the example response's `code` is: `"page"` (the default: the page's own code,
    /// so an example whose `code` differs does not give the page its status) or `"other"`
    /// (another identifier, such as SmartBear's `"409-01"`).
    #[serde(default)]
    pub example_code: ExampleCode,
    /// Whether a page that states no code, no status and no facts is skipped with a note
    /// instead of being an error.
    #[serde(default)]
    pub skip_non_error_pages: bool,
    /// Whether an entry that states only an HTTP status (MDN, Cloudflare's 4xx pages) is an
    /// error of its own; its code is `null` in exports.
    #[serde(default)]
    pub status_only: bool,
    /// Whether such a status-only entry gets a code derived from its status, so that code
    /// generation makes a variant of it: the canonical reason phrase in snake case
    /// (`429` → `too_many_requests`), else `http_` and the number. Exports keep the code the
    /// page states (`null`) under `--keep-going`.
    #[serde(default)]
    pub code_from_status: bool,
    /// Extra file extensions read as pages, without the dot (`["markdoc"]`).
    #[serde(default)]
    pub extensions: Vec<String>,
    /// File names read although they start with `_` (skipped otherwise): an exact name
    /// (`_errors.md`) or `*` and a suffix (`*_errors.md`). They must still be pages by
    /// their extension.
    #[serde(default)]
    pub include: Vec<String>,
    /// Whether a single-error page that states its status nowhere else may state it in
    /// prose, with an explicit anchor: `HTTP status 401`, ``returns `503 Service
    /// Unavailable` `` (the canonical phrase), or `represents a 429 error` in the
    /// front-matter `description`. One status only: a page naming two is not read.
    #[serde(default)]
    pub prose_status: bool,
}

impl ReadSettings {
    /// Whether codes may come from the file name.
    pub fn code_from_file_name(&self) -> bool {
        self.code_from.contains(&CodeSource::FileName)
    }

    /// Whether `name` is a page file: `.md`, `.mdx` or one of the configured extensions.
    ///
    /// ```
    /// let mut read = errdocs_catalog::ReadSettings::default();
    /// assert!(!read.is_page_file("+page.markdoc"));
    /// read.extensions.push("markdoc".into());
    /// assert!(read.is_page_file("+page.markdoc"));
    /// ```
    pub fn is_page_file(&self, name: &str) -> bool {
        name.ends_with(".md")
            || name.ends_with(".mdx")
            || self.extensions.iter().any(|ext| {
                name.len() > ext.len() + 1
                    && name.ends_with(ext.as_str())
                    && name[..name.len() - ext.len()].ends_with('.')
            })
    }

    /// Whether the file or folder `name` is named by `include`.
    ///
    /// ```
    /// let mut read = errdocs_catalog::ReadSettings::default();
    /// assert!(!read.includes("_errors.md"));
    /// read.include.push("*_errors.md".into());
    /// assert!(read.includes("_errors.md") && read.includes("_billing_errors.md"));
    /// assert!(!read.includes("_drafts"));
    /// ```
    pub fn includes(&self, name: &str) -> bool {
        self.include.iter().any(|p| match p.strip_prefix('*') {
            Some(suffix) => name.ends_with(suffix),
            None => name == p,
        })
    }

    /// `name` without its page extension (`a/b.markdoc` → `a/b`).
    pub(crate) fn strip_extension<'a>(&self, name: &'a str) -> &'a str {
        if let Some(s) = name
            .strip_suffix(".mdx")
            .or_else(|| name.strip_suffix(".md"))
        {
            return s;
        }
        for ext in &self.extensions {
            if let Some(s) = name
                .strip_suffix(ext.as_str())
                .and_then(|s| s.strip_suffix('.'))
            {
                return s;
            }
        }
        name
    }

    /// Whether `code` is accepted as a code: the house rule, or the configured pattern.
    ///
    /// ```
    /// use errdocs_catalog::{CodePattern, ReadSettings};
    /// let mut read = ReadSettings::default();
    /// assert!(read.accepts_code("key_not_found"));
    /// assert!(!read.accepts_code("10001"));
    /// read.code_pattern = CodePattern::Numeric;
    /// assert!(read.accepts_code("10001"));
    /// read.code_pattern = CodePattern::Any;
    /// assert!(read.accepts_code("E0308") && read.accepts_code("AccessDenied"));
    /// assert!(!read.accepts_code("Already Exists"));
    /// ```
    pub fn accepts_code(&self, code: &str) -> bool {
        if crate::is_valid_code(code) {
            return true;
        }
        match self.code_pattern {
            CodePattern::House => false,
            CodePattern::Numeric => is_numeric_code(code),
            CodePattern::Any => is_any_code(code),
        }
    }
}

/// Whether `code` is a product code of 4 to 6 digits (`1015`, `10001`): never a status.
pub(crate) fn is_numeric_code(code: &str) -> bool {
    (4..=6).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

/// One token of letters, digits and `_ - . : ' /`, starting with a letter or digit, at most
/// 100 characters.
fn is_any_code(code: &str) -> bool {
    let mut chars = code.chars();
    code.len() <= 100
        && chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || "_-.:'/".contains(c))
}

/// The `retry` setting of `[read]`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RetryRule {
    /// Every page states its retry flag (or `retry_default` gives it).
    #[default]
    Required,
    /// A page may leave it unstated: exports give `null`, and code generation and the
    /// client use the status rule (`errdocs_wire::retryable_by_status`).
    Unstated,
}

/// A place a code may come from, besides the house places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CodeSource {
    /// The file name without its extension.
    FileName,
}

/// Which codes `[read]` accepts besides the house rule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CodePattern {
    /// Only the house rule (`[a-z][a-z0-9_]*`, with `.` and `-`).
    #[default]
    House,
    /// Also product codes of 4 to 6 digits (`10001`, `Error 1015`).
    Numeric,
    /// Any one token of letters, digits and `_ - . : ' /` (`E0308`, `AccessDenied`,
    /// `email_doesn't_match`, `unkey/data/gone`), and numeric codes.
    Any,
}

/// What an example response's `code` is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExampleCode {
    /// The page's code.
    #[default]
    Page,
    /// Another identifier.
    Other,
}
