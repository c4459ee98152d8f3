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
    // As `template.replace("{slug}", slug).replace("{code}", code)`, with one string built:
    // the second pass runs only when the first left a `{code}` (rare: a template naming
    // both, or a slug that spells it).
    let url = match &config.doc_url {
        Some(t) => replace_placeholder(t, "{slug}", slug),
        None => replace_placeholder(&template(config, folder), "{slug}", slug),
    };
    if find(url.as_bytes(), 0, b"{code}").is_some() {
        return replace_placeholder(&url, "{code}", code);
    }
    url
}

/// The offset of the first `needle` (not empty) in `bytes` at or after `from`: a search for
/// its first byte, then a compare, which is cheap for the short needles of URLs.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    let mut i = from;
    while i < bytes.len() {
        let k = bytes[i..].iter().position(|&b| b == first)?;
        i += k;
        if bytes[i..].starts_with(needle) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `text` with every `placeholder` replaced by `value`, left to right, as `str::replace`.
fn replace_placeholder(text: &str, placeholder: &str, value: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + value.len());
    let mut done = 0;
    while let Some(at) = find(bytes, done, placeholder.as_bytes()) {
        out.push_str(&text[done..at]);
        out.push_str(value);
        done = at + placeholder.len();
    }
    out.push_str(&text[done..]);
    out
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
    ///
    /// This runs once per link of the catalog (a million on a hostile folder), so it scans
    /// bytes by hand and allocates once: generic string searches cost thousands of
    /// instructions a call in the unoptimized builds that proc macros run in.
    pub(crate) fn resolve(&self, dest: &str, from_slug: &str) -> LinkTarget {
        let bytes = dest.as_bytes();
        let (mut end, mut colon, mut slash) = (0, None, false);
        while end < bytes.len() {
            match bytes[end] {
                b'#' | b'?' => break,
                b':' if colon.is_none() => colon = Some(end),
                b'/' => slash = true,
                _ => {}
            }
            end += 1;
        }
        let dest = &dest[..end];
        if dest.is_empty() {
            return LinkTarget::Outside;
        }
        let joined;
        let path = if let Some(i) = colon {
            // A `://` (which starts at a colon, so not before the first) is a scheme, else
            // another kind of link (`mailto:`).
            let Some(separator) = find(dest.as_bytes(), i, b"://") else {
                return LinkTarget::Outside;
            };
            let (host, path) = split_at_separator(dest, separator);
            if host != self.host.as_deref() {
                return LinkTarget::Outside;
            }
            path
        } else if dest.starts_with('/') {
            dest
        } else if !slash
            && !dest.starts_with('.')
            && self.prefix.ends_with('/')
            && !from_slug.contains('/')
        {
            // A file name beside a top-level page: the prefix plus the name, which has no
            // segment to normalize, so the name is the page.
            let name = dest
                .strip_suffix(".mdx")
                .or_else(|| dest.strip_suffix(".md"))
                .unwrap_or(dest);
            return match name {
                "" => LinkTarget::Outside,
                name => LinkTarget::Page(name.to_owned()),
            };
        } else {
            // The linking page's folder, then the link.
            let mut buf =
                String::with_capacity(self.prefix.len() + from_slug.len() + dest.len() + 1);
            buf.push_str(&self.prefix);
            buf.push_str(from_slug);
            buf.truncate(last_slash(buf.as_bytes()).unwrap_or(0));
            buf.push('/');
            buf.push_str(dest);
            joined = normalize(buf);
            &joined
        };
        self.page(path)
    }

    /// The page an absolute path of the site names, if it is inside the catalog.
    fn page(&self, path: &str) -> LinkTarget {
        let mut n = path.len();
        while n > 0 && path.as_bytes()[n - 1] == b'/' {
            n -= 1;
        }
        let path = &path[..n];
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

/// The offset of the last `/` of `bytes`.
fn last_slash(bytes: &[u8]) -> Option<usize> {
    let mut i = bytes.len();
    while i > 0 {
        i -= 1;
        if bytes[i] == b'/' {
            return Some(i);
        }
    }
    None
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
    match find(url.as_bytes(), 0, b"://") {
        Some(separator) => split_at_separator(url, separator),
        None => (None, url),
    }
}

/// [`split_url`] of `url`, whose first `://` is at `separator`.
fn split_at_separator(url: &str, separator: usize) -> (Option<&str>, &str) {
    let rest = &url[separator + 3..];
    match rest.bytes().position(|b| b == b'/') {
        Some(i) => (Some(&rest[..i]), &rest[i..]),
        None => (Some(rest), "/"),
    }
}

/// Resolves `.` and `..` segments of an absolute path.
fn normalize(path: String) -> String {
    // Most links have no `.`, `..` or empty segments: nothing to do (and a page of many
    // links stays cheap).
    let b = path.as_bytes();
    let mut clean = b.first() == Some(&b'/');
    let mut i = 1;
    while clean && i < b.len() {
        clean = !(b[i - 1] == b'/' && (b[i] == b'/' || b[i] == b'.'));
        i += 1;
    }
    if clean {
        return path;
    }
    format!("/{}", path_segments(&path).join("/"))
}

/// The segments of a `/`-separated path, with empty and `.` segments dropped and each `..`
/// removing the segment before it (none above the start).
///
/// ```
/// assert_eq!(errdocs_catalog::path_segments("/a/./b//../c"), ["a", "c"]);
/// assert_eq!(errdocs_catalog::path_segments("docs/../../x"), ["x"]);
/// ```
pub fn path_segments(path: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts
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

    /// Links to other docs pages, other sites, anchors and mail are outside the catalog; a
    /// scheme counts only before the query or fragment, and the first `://` splits.
    #[test]
    fn other_links_are_outside() {
        let s = space();
        for (link, want) in [
            ("/get-started/authentication", LinkTarget::Outside),
            ("https://example.com/errors/x", LinkTarget::Outside),
            ("mailto:a@b.c", LinkTarget::Outside),
            ("#anchor", LinkTarget::Outside),
            ("/errors/", LinkTarget::Outside),
            (
                "mailto:a?next=https://docs.lasscyber.com/errors/x",
                LinkTarget::Outside,
            ),
            (
                "a:b#https://docs.lasscyber.com/errors/x",
                LinkTarget::Outside,
            ),
            (
                "x:https://docs.lasscyber.com/errors/y",
                LinkTarget::Page("y".to_owned()),
            ),
        ] {
            assert_eq!(s.resolve(link, "x"), want, "{link}");
        }
    }

    #[test]
    fn urls_split_as_at_the_first_scheme_separator() {
        fn reference(url: &str) -> (Option<&str>, &str) {
            match url.split_once("://") {
                Some((_, rest)) => match rest.find('/') {
                    Some(i) => (Some(&rest[..i]), &rest[i..]),
                    None => (Some(rest), "/"),
                },
                None => (None, url),
            }
        }
        for url in [
            "https://h/errors/x",
            "https://h",
            "https://",
            "://",
            ":/:://a//b",
            "a:b://c/d://e",
            "/errors/a",
            "",
            ":",
            "::/",
            "é://ü/ß",
        ] {
            assert_eq!(split_url(url), reference(url), "{url:?}");
        }
    }

    #[test]
    fn placeholders_are_replaced_as_str_replace_does() {
        let templates = [
            "https://d.io/errors/{slug}",
            "/{code}/{slug}/{code}",
            "{{slug}}{slug}{code",
            "{c{slug}e}",
            "{sl{slug}ug}",
            "",
            "{",
            "no placeholder é",
        ];
        for t in templates {
            let config = Config {
                doc_url: Some(t.into()),
                ..Config::default()
            };
            for (slug, code) in [
                ("a/b", "b"),
                ("code}", "X"),
                ("od", "Y"),
                ("{slug}", "{code}"),
            ] {
                let expected = t.replace("{slug}", slug).replace("{code}", code);
                assert_eq!(
                    doc_url_for(&config, "errors", slug, code),
                    expected,
                    "{t} {slug}"
                );
            }
        }
        let config = Config::default();
        assert_eq!(doc_url_for(&config, "{slug}", "x{code}", "c"), "/xc/xc");
    }

    #[test]
    fn default_template_uses_the_folder_name() {
        let config = Config::default();
        assert_eq!(doc_url_for(&config, "errors", "a/b", "b"), "/errors/a/b");
        let s = UrlSpace::new(&config, "errors");
        assert_eq!(s.resolve("/errors/b", "a"), LinkTarget::Page("b".into()));
    }
}
