//! `errdocs.toml`: where the pages live, how their URLs look, which envelope they show.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::Diagnostic;

/// The file name errdocs looks for, in a folder or its nearest ancestor.
pub const CONFIG_FILE: &str = "errdocs.toml";

/// The docs folder used when nothing else is configured.
pub const DEFAULT_DOCS: &str = "docs/errors";

pub use errdocs_wire::Envelope;

/// The largest page read when `max_page_bytes` is not set: 1 MiB. A larger page is one
/// diagnostic and is not parsed, so no page can stall a build.
pub const DEFAULT_MAX_PAGE_BYTES: u64 = 1024 * 1024;

/// The settings of `errdocs.toml`.
///
/// ```
/// let config: errdocs_catalog::Config = errdocs_catalog::Config::from_toml_str(
///     "errdocs.toml",
///     "docs = \"docs/errors\"\ndoc_url = \"https://docs.example.com/errors/{slug}\"\n",
/// )
/// .unwrap();
/// assert_eq!(config.doc_url.as_deref(), Some("https://docs.example.com/errors/{slug}"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The docs folder, relative to the config file.
    #[serde(default = "default_docs")]
    pub docs: PathBuf,
    /// The doc URL template, with `{slug}` or `{code}`; `None` uses `/<folder>/{slug}`.
    #[serde(default)]
    pub doc_url: Option<String>,
    /// The body shape of error responses.
    #[serde(default)]
    pub envelope: Envelope,
    /// The retry flag of pages that do not state one; `None` makes the flag required.
    #[serde(default)]
    pub retry_default: Option<bool>,
    /// The largest page, in bytes ([`DEFAULT_MAX_PAGE_BYTES`] unless set); a larger page is
    /// one diagnostic.
    #[serde(default = "default_max_page_bytes")]
    pub max_page_bytes: u64,
    /// The `domain` of the `google.rpc.ErrorInfo` sent over gRPC (`api.example.com`);
    /// `None` uses the host of `doc_url`. See [`Config::error_domain`].
    #[serde(default)]
    pub domain: Option<String>,
    /// How pages in other styles are read (`[read]`): see [`ReadSettings`](crate::ReadSettings).
    #[serde(default)]
    pub read: crate::ReadSettings,
}

fn default_max_page_bytes() -> u64 {
    DEFAULT_MAX_PAGE_BYTES
}

fn default_docs() -> PathBuf {
    PathBuf::from(DEFAULT_DOCS)
}

impl Default for Config {
    fn default() -> Self {
        Config {
            docs: default_docs(),
            doc_url: None,
            envelope: Envelope::Errdocs,
            retry_default: None,
            max_page_bytes: DEFAULT_MAX_PAGE_BYTES,
            domain: None,
            read: crate::ReadSettings::default(),
        }
    }
}

impl Config {
    /// Parses the contents of an `errdocs.toml`; `path` is only used in diagnostics.
    pub fn from_toml_str(path: &str, text: &str) -> Result<Config, Diagnostic> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let range = e.span().unwrap_or(0..0);
            Diagnostic::at_span(path, text, range, format!("invalid `{CONFIG_FILE}`"))
                .label(e.message().trim_end_matches('\n').to_owned())
        })?;
        if let Some(template) = &config.doc_url
            && !template.contains("{slug}")
            && !template.contains("{code}")
        {
            let start = text.find(template.as_str()).unwrap_or(0);
            return Err(Diagnostic::at_span(
                path,
                text,
                start..start + template.len(),
                "`doc_url` has no `{slug}` or `{code}` placeholder",
            )
            .label("every page would get the same URL")
            .help(
                "end the template with `{slug}`, e.g. `https://docs.example.com/errors/{slug}`",
            ));
        }
        if let Some(domain) = &config.domain
            && !is_valid_domain(domain)
        {
            let start = text.find(&format!("\"{domain}\"")).map_or(0, |i| i + 1);
            return Err(Diagnostic::at_span(
                path,
                text,
                start..start + domain.len(),
                "`domain` is not a domain name",
            )
            .label("expected letters, digits, `.` and `-`")
            .help("name the service that sends the errors, e.g. `domain = \"api.example.com\"`"));
        }
        Ok(config)
    }

    /// The error domain: `domain` when set, else the host of an absolute `doc_url`
    /// template, else empty.
    ///
    /// ```
    /// let config = errdocs_catalog::Config::from_toml_str(
    ///     "errdocs.toml",
    ///     "doc_url = \"https://docs.example.com/errors/{slug}\"\n",
    /// )
    /// .unwrap();
    /// assert_eq!(config.error_domain(), "docs.example.com");
    /// ```
    pub fn error_domain(&self) -> &str {
        if let Some(domain) = &self.domain {
            return domain;
        }
        let host = self
            .doc_url
            .as_deref()
            .and_then(|t| crate::url::split_url(t).0)
            .map(|h| h.split(['?', '#']).next().unwrap_or_default());
        // `user@host:port` → `host`.
        host.and_then(|h| h.rsplit('@').next())
            .and_then(|h| h.split(':').next())
            .unwrap_or_default()
    }

    /// Reads the `errdocs.toml` in `start` or its nearest ancestor.
    ///
    /// Returns the file's path and its settings, or `Ok(None)` when there is none.
    pub fn discover(start: &Path) -> Result<Option<(PathBuf, Config)>, Diagnostic> {
        let absolute = std::path::absolute(start).unwrap_or_else(|_| start.to_path_buf());
        for dir in absolute.ancestors() {
            let candidate = dir.join(CONFIG_FILE);
            if candidate.is_file() {
                return Config::read(&candidate).map(|c| Some((candidate, c)));
            }
        }
        Ok(None)
    }
}

/// A DNS-style name: dot-separated labels of ASCII letters, digits and `-`.
fn is_valid_domain(domain: &str) -> bool {
    !domain.is_empty()
        && domain.len() <= 253
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_apply_to_an_empty_file() {
        let c = Config::from_toml_str("errdocs.toml", "").unwrap();
        assert_eq!(c, Config::default());
    }

    #[test]
    fn unknown_keys_are_reported_with_their_line() {
        let err =
            Config::from_toml_str("errdocs.toml", "docs = \"x\"\ndoc_uri = \"y\"\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 1));
        assert_eq!(err.message, "invalid `errdocs.toml`");
        assert!(
            err.label.contains("unknown field `doc_uri`"),
            "{}",
            err.label
        );
    }

    #[test]
    fn template_needs_a_placeholder() {
        let err =
            Config::from_toml_str("errdocs.toml", "doc_url = \"https://x/errors\"\n").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.contains("placeholder"));
    }

    #[test]
    fn max_page_bytes_defaults_to_one_mib_and_can_be_raised() {
        let c = Config::from_toml_str("errdocs.toml", "").unwrap();
        assert_eq!(c.max_page_bytes, 1024 * 1024);
        let c = Config::from_toml_str("errdocs.toml", "max_page_bytes = 67108864\n").unwrap();
        assert_eq!(c.max_page_bytes, 64 << 20);
    }

    #[test]
    fn the_error_domain_is_set_or_the_doc_url_host() {
        let c = Config::from_toml_str("errdocs.toml", "domain = \"api.lasscyber.com\"\n").unwrap();
        assert_eq!(c.error_domain(), "api.lasscyber.com");
        let c = Config::from_toml_str(
            "errdocs.toml",
            "doc_url = \"https://user@docs.x.io:8443/e/{slug}\"\n",
        )
        .unwrap();
        assert_eq!(c.error_domain(), "docs.x.io");
        assert_eq!(Config::default().error_domain(), "");
        let err = Config::from_toml_str("errdocs.toml", "domain = \"api example\"\n").unwrap_err();
        assert_eq!((err.line, err.column), (1, 11));
        assert_eq!(err.message, "`domain` is not a domain name");
    }

    #[test]
    fn problem_envelope_is_parsed() {
        let c = Config::from_toml_str("errdocs.toml", "envelope = \"problem\"\n").unwrap();
        assert_eq!(c.envelope, Envelope::Problem);
        assert_eq!(c.envelope.keys()[0], "type");
    }
}
