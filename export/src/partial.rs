//! The partial JSON dump (`errdocs export --format json --keep-going`): every entry read,
//! facts a page leaves unstated as `null`.

use serde::Serialize;

use errdocs_catalog::Entry;

/// One entry of the partial dump.
#[derive(Debug, Serialize)]
pub struct PartialEntry<'a> {
    /// The error code, or `null`.
    pub code: Option<&'a str>,
    /// The HTTP status, or `null`.
    pub status: Option<u16>,
    /// The canonical reason phrase of the status, or `null`.
    pub title: Option<&'static str>,
    /// The retry flag: `{"retryable": true | false | null}`.
    pub retry: PartialRetry,
    /// The page's path relative to the docs folder.
    pub source_path: &'a str,
    /// The line the entry starts on.
    pub line: usize,
}

/// The retry flag of a [`PartialEntry`].
#[derive(Debug, Serialize)]
pub struct PartialRetry {
    /// `true`, `false`, or `null` when unstated.
    pub retryable: Option<bool>,
}

impl<'a> From<&'a Entry> for PartialEntry<'a> {
    fn from(e: &'a Entry) -> Self {
        PartialEntry {
            code: e.code.as_deref(),
            status: e.status,
            title: e.status.and_then(errdocs_catalog::canonical_reason),
            retry: PartialRetry {
                retryable: e.retryable,
            },
            source_path: &e.source_path,
            line: e.line,
        }
    }
}

/// `{"errors": [ … ]}` of the entries in page order, pretty-printed with a final newline.
///
/// ```
/// let config = errdocs_catalog::Config::from_toml_str("errdocs.toml", "[read]\nretry = \"unstated\"\n").unwrap();
/// let survey = errdocs_catalog::survey_pages(&[("gone.md", "---\ntitle: gone\nstatus: 410\n---\n")], &config);
/// let json = errdocs_export::to_partial_json(&survey.entries);
/// assert!(json.contains("\"status\": 410"));
/// assert!(json.contains("\"retryable\": null"));
/// ```
pub fn to_partial_json(entries: &[Entry]) -> String {
    #[derive(Serialize)]
    struct Export<'a> {
        errors: Vec<PartialEntry<'a>>,
    }
    let export = Export {
        errors: entries.iter().map(PartialEntry::from).collect(),
    };
    let mut out =
        serde_json::to_string_pretty(&export).expect("strings and numbers always serialize");
    out.push('\n');
    out
}
