//! Doc URLs: the template of `errdocs.toml`, and which links point into the catalog.

use crate::Config;

/// The doc URL of a page: the configured template with `{slug}` and `{code}` filled in.
///
/// Without a template the URL is `/<folder>/{slug}`, as Mintlify routes a docs folder.
///
/// ```
/// let config = errdocs_catalog::Config {
///     doc_url: Some("https://docs.lasscyber.com/errors/{slug}".into()),
///     ..Default::default()
/// };
/// let url = errdocs_catalog::doc_url_for(&config, "errors", "billing/card_declined", "card_declined");
/// assert_eq!(url, "https://docs.lasscyber.com/errors/billing/card_declined");
/// ```
pub fn doc_url_for(config: &Config, folder: &str, slug: &str, code: &str) -> String {
    template(config, folder)
        .replace("{slug}", slug)
        .replace("{code}", code)
}

fn template(config: &Config, folder: &str) -> String {
    match &config.doc_url {
        Some(t) => t.clone(),
        None => format!("/{folder}/{{slug}}"),
    }
}

/// What a link inside the catalog's URL space names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LinkTarget {
    /// A page slug (`billing/card_declined`) or code, depending on the template.
    Page(String),
    /// A link outside the catalog (another docs page, an external site, an anchor).
    Outside,
}

/// The URL space of the catalog, read from the doc URL template.
pub(crate) struct UrlSpace {
    host: Option<String>,
    prefix: String,
    /// Whether the placeholder is `{code}` rather than `{slug}`.
    pub by_code: bool,
}

impl UrlSpace {
    pub(crate) fn new(config: &Config, folder: &str) -> UrlSpace {
        let template = template(config, folder);
        let (host, path) = split_url(&template);
        let cut = path.find('{').unwrap_or(path.len());
        UrlSpace {
            host: host.map(str::to_owned),
            prefix: path[..cut].to_owned(),
            by_code: path[cut..].starts_with("{code}"),
        }
    }

    /// Resolves `dest`, a link written on the page whose slug is `from_slug`.
    pub(crate) fn resolve(&self, dest: &str, from_slug: &str) -> LinkTarget {
        let end = dest
            .bytes()
            .position(|b| b == b'#' || b == b'?')
            .unwrap_or(dest.len());
        let dest = &dest[..end];
        if dest.is_empty() {
            return LinkTarget::Outside;
        }
        // `contains("://")`, without building a substring searcher for every link.
        let has_scheme = dest
            .find(':')
            .is_some_and(|i| dest[i..].starts_with("://") || dest[i + 1..].contains("://"));
        let path = if has_scheme {
            let (host, path) = split_url(dest);
            if host != self.host.as_deref() {
                return LinkTarget::Outside;
            }
            path.to_owned()
        } else if dest.starts_with('/') {
            dest.to_owned()
        } else if dest.contains(':') {
            return LinkTarget::Outside;
        } else {
            let own = format!("{}{}", self.prefix, from_slug);
            let base = own.rsplit_once('/').map_or("", |(b, _)| b);
            normalize(format!("{base}/{dest}"))
        };
        let path = path.trim_end_matches('/');
        let path = path
            .strip_suffix(".mdx")
            .or_else(|| path.strip_suffix(".md"))
            .unwrap_or(path);
        match path.strip_prefix(self.prefix.as_str()) {
            Some(rest) if !rest.is_empty() && !self.prefix.is_empty() => {
                LinkTarget::Page(rest.to_owned())
            }
            _ => LinkTarget::Outside,
        }
    }
}

/// An absolute URL's authority and path (`https://h/errors/x` → `(Some("h"), "/errors/x")`);
/// anything else is all path. The one URL splitter of the catalog, the example check and the
/// CLI.
///
/// ```
/// assert_eq!(errdocs_catalog::split_url("https://docs.x.io/e/a"), (Some("docs.x.io"), "/e/a"));
/// assert_eq!(errdocs_catalog::split_url("https://docs.x.io"), (Some("docs.x.io"), "/"));
/// assert_eq!(errdocs_catalog::split_url("/errors/a"), (None, "/errors/a"));
/// ```
pub fn split_url(url: &str) -> (Option<&str>, &str) {
    match url.split_once("://") {
        Some((_, rest)) => match rest.find('/') {
            Some(i) => (Some(&rest[..i]), &rest[i..]),
            None => (Some(rest), "/"),
        },
        None => (None, url),
    }
}

/// Resolves `.` and `..` segments of an absolute path.
fn normalize(path: String) -> String {
    // Most links have no `.`, `..` or empty segments: nothing to do (and a page of many
    // links stays cheap).
    let b = path.as_bytes();
    let clean = b.first() == Some(&b'/')
        && !(1..b.len()).any(|i| b[i - 1] == b'/' && (b[i] == b'/' || b[i] == b'.'));
    if clean {
        return path;
    }
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn space() -> UrlSpace {
        let config = Config {
            doc_url: Some("https://docs.lasscyber.com/errors/{slug}".into()),
            ..Config::default()
        };
        UrlSpace::new(&config, "errors")
    }

    #[test]
    fn links_into_the_catalog_resolve_to_slugs() {
        let s = space();
        let page = |p: &str| LinkTarget::Page(p.to_owned());
        assert_eq!(
            s.resolve("/errors/forbidden", "unauthorized"),
            page("forbidden")
        );
        assert_eq!(
            s.resolve("https://docs.lasscyber.com/errors/forbidden#fix", "x"),
            page("forbidden")
        );
        assert_eq!(s.resolve("forbidden", "unauthorized"), page("forbidden"));
        assert_eq!(
            s.resolve("./forbidden.md", "unauthorized"),
            page("forbidden")
        );
        assert_eq!(
            s.resolve("../not_found", "billing/card_declined"),
            page("not_found")
        );
        assert_eq!(
            s.resolve("card_declined", "billing/insufficient_funds"),
            page("billing/card_declined")
        );
    }

    #[test]
    fn other_links_are_outside() {
        let s = space();
        assert_eq!(
            s.resolve("/get-started/authentication", "x"),
            LinkTarget::Outside
        );
        assert_eq!(
            s.resolve("https://example.com/errors/x", "x"),
            LinkTarget::Outside
        );
        assert_eq!(s.resolve("mailto:a@b.c", "x"), LinkTarget::Outside);
        assert_eq!(s.resolve("#anchor", "x"), LinkTarget::Outside);
        assert_eq!(s.resolve("/errors/", "x"), LinkTarget::Outside);
    }

    #[test]
    fn default_template_uses_the_folder_name() {
        let config = Config::default();
        assert_eq!(doc_url_for(&config, "errors", "a/b", "b"), "/errors/a/b");
        let s = UrlSpace::new(&config, "errors");
        assert_eq!(s.resolve("/errors/b", "a"), LinkTarget::Page("b".into()));
    }
}
