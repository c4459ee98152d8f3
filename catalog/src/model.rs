//! The parsed model: [`Page`], [`Catalog`] and their parts.

use std::ops::Range;
use std::path::PathBuf;

use serde::Serialize;

use crate::{Config, GrpcCode};

/// Whether a client may retry, and what the page advises.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Retry {
    /// `true` for `Retry? Yes`.
    pub retryable: bool,
    /// The advice after the dash (`refresh credentials and re-issue.`), or empty.
    pub advice: String,
}

/// A retired code's tombstone: since when it is no longer sent, and what replaces it.
///
/// ```
/// let page = errdocs_catalog::parse_page(
///     "docs/errors/card_refused.md",
///     "# card_refused\n\n> The card was refused.\n\n| | |\n|-|-|\n| **HTTP status** | `402` |\n| **Retry?** | No |\n| **Retired?** | Yes — since 2026-03-01, use `card_declined` |\n",
/// )
/// .unwrap();
/// let retired = page.retired.unwrap();
/// assert_eq!(retired.since, "2026-03-01");
/// assert_eq!(retired.replacement.as_deref(), Some("card_declined"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Retired {
    /// The date the code stopped being sent (`2026-03-01`).
    pub since: String,
    /// The code that replaces it, if the page names one.
    pub replacement: Option<String>,
}

/// One row of the `SDK behaviour` table.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct SdkMapping {
    /// The SDK (`Python`, `TypeScript`, …).
    pub sdk: String,
    /// The exception or error class that SDK raises.
    pub exception: String,
}

/// The JSON block of the `Example response` section. It serializes as its JSON value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Example {
    /// The parsed JSON value, keys in page order.
    pub json: serde_json::Value,
    /// The block's text as written.
    #[serde(skip)]
    pub text: String,
}

/// A markdown link found on a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    /// The link destination as written.
    pub dest: String,
    /// The H2 section the link sits in (normalized, e.g. `related`), empty before any H2.
    pub section: &'static str,
    /// The slug of the catalog page it points to, when it points into the catalog.
    pub target: Option<String>,
    /// Byte range of the link in the page.
    #[serde(skip)]
    pub span: Range<usize>,
}

/// An H2 section the page contract does not know, kept as extra documentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The heading text.
    pub heading: String,
    /// The section's markdown, without its heading.
    pub markdown: String,
}

/// A value read from a page, with the byte range of the page it was read from.
///
/// ```
/// use errdocs_catalog::Spanned;
/// let code = Spanned::new("not_found".to_owned(), 2..11);
/// assert_eq!(code.value, "not_found");
/// assert_eq!(code.span, 2..11);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was read: byte offsets into the page text.
    pub span: Range<usize>,
}

impl<T> Spanned<T> {
    /// `value`, read from `span` of the page.
    pub fn new(value: T, span: Range<usize>) -> Self {
        Spanned { value, span }
    }
}

/// A top-level key of a page's example response.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExampleKey {
    /// The key, with the range of its quoted name in the page.
    pub name: Spanned<String>,
    /// The range of its value in the page.
    pub value: Range<usize>,
}

/// Where each fact of a page was found, for diagnostics that come after parsing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spans {
    /// The code (facts-table cell, H1 or front matter).
    pub code: Range<usize>,
    /// The status.
    pub status: Range<usize>,
    /// The retry flag.
    pub retry: Range<usize>,
    /// The stated gRPC code; empty when it follows from the status.
    pub grpc_code: Range<usize>,
    /// The example's JSON text.
    pub example: Range<usize>,
    /// Top-level keys of the example, in order.
    pub example_keys: Vec<ExampleKey>,
    /// Maps offsets in the example's text to offsets in the page.
    pub(crate) example_map: Vec<(usize, usize)>,
    /// The `Retired?` row or front-matter value; empty when the page states none.
    pub retired: Range<usize>,
    /// For an entry of a page in another style (read by the `[read]` rules): the part of
    /// the page it was read from (its table row, its rows under a status heading, or the
    /// single page's body). Empty for a house-style page.
    pub entry: Range<usize>,
}

/// One error page.
///
/// A page serializes as its entry of `errdocs export --format json`: the facts in field
/// order, without what only diagnostics and rendering need (`#[serde(skip)]` fields), and
/// the example as its JSON value. A new field is exported unless it says otherwise.
///
/// ```
/// let page = errdocs_catalog::parse_page(
///     "docs/errors/not_found.md",
///     "# not_found\n\n> The resource does not exist.\n\n| | |\n|-|-|\n| **HTTP status** | `404 Not Found` |\n| **Retry?** | No |\n",
/// )
/// .unwrap();
/// assert_eq!((page.code.as_str(), page.status), ("not_found", 404));
/// assert_eq!(page.summary, "The resource does not exist.");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page {
    /// The error code (`unauthorized`).
    pub code: String,
    /// The HTTP status (400–599).
    pub status: u16,
    /// The gRPC status code: the page's `gRPC code`, else the one its HTTP status maps to.
    pub grpc_code: GrpcCode,
    /// The reason phrase (`Unauthorized`).
    pub title: String,
    /// The one-sentence summary after the H1, without its `HTTP 401 —` prefix, as plain
    /// text (what a response body's `detail` says).
    pub summary: String,
    /// The summary as markdown, inline code kept (`` the `Idempotency-Key` header ``): for
    /// targets that render markdown (rustdoc, llms.txt, OpenAPI descriptions).
    #[serde(skip)]
    pub summary_markdown: String,
    /// The retry flag and advice.
    pub retry: Retry,
    /// The path under the docs folder without extension (`billing/card_declined`).
    #[serde(skip)]
    pub slug: String,
    /// The page's public URL, from the configured template.
    pub doc_url: String,
    /// The bullets of `When this happens`, as plain text (as markdown:
    /// [`causes_markdown`](Page::causes_markdown)).
    pub causes: Vec<String>,
    /// The steps of `How to fix`.
    pub fixes: Vec<String>,
    /// The rows of `SDK behaviour`.
    pub sdk: Vec<SdkMapping>,
    /// The codes of the error pages linked from `Related`.
    pub related: Vec<String>,
    /// The example response.
    pub example: Option<Example>,
    /// Sections the contract does not know.
    #[serde(skip)]
    pub sections: Vec<Section>,
    /// Every link of the page.
    #[serde(skip)]
    pub links: Vec<Link>,
    /// The path relative to the docs folder, `/`-separated.
    pub source_path: String,
    /// The page's markdown (front matter and preamble included).
    #[serde(skip)]
    pub markdown: String,
    /// Where the facts were found.
    #[serde(skip)]
    pub spans: Spans,
    /// The path used in diagnostics.
    #[serde(skip)]
    pub display_path: String,
    /// The tombstone of a retired code (``Retired? Yes — since 2026-03-01, use
    /// `card_declined` ``); `None` while the code is live.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retired: Option<Retired>,
    /// The members of the error's body beyond the envelope's keys, in page order: the
    /// example's extra keys and the `Response fields` section.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<crate::BodyMember>,
}

impl Page {
    /// The causes as markdown, inline code kept (`` the `Idempotency-Key` header ``), like
    /// [`summary_markdown`](Page::summary_markdown): one per cause of
    /// [`causes`](Page::causes), for targets that render markdown. Read again from the
    /// page's [`markdown`](Page::markdown) when asked, so that no load pays for it; a page
    /// whose markdown does not give its causes (one made by hand) gets them as plain text.
    ///
    /// ```
    /// let page = errdocs_catalog::parse_page(
    ///     "conflict.md",
    ///     "# conflict\n\n> HTTP 409 — the key was reused.\n\n| | |\n|-|-|\n\
    ///      | **HTTP status** | `409 Conflict` |\n| **Retry?** | No |\n\n\
    ///      ## When this happens\n\n* The same `Idempotency-Key` with another body.\n",
    /// )
    /// .unwrap();
    /// assert_eq!(page.causes, ["The same Idempotency-Key with another body."]);
    /// assert_eq!(page.causes_markdown(), ["The same `Idempotency-Key` with another body."]);
    /// ```
    pub fn causes_markdown(&self) -> Vec<String> {
        if self.causes.is_empty() {
            return Vec::new();
        }
        let markdown = crate::parse::causes_markdown(&self.display_path, &self.markdown);
        if markdown.len() == self.causes.len() {
            markdown
        } else {
            self.causes.clone()
        }
    }

    /// Offset in the page of byte `i` of the example's text.
    pub fn example_offset(&self, i: usize) -> usize {
        let map = &self.spans.example_map;
        match map.binary_search_by(|&(text, _)| text.cmp(&i)) {
            Ok(k) => map[k].1,
            Err(0) => self.spans.example.start + i,
            Err(k) => map[k - 1].1 + (i - map[k - 1].0),
        }
    }
}

/// A validated folder of pages.
#[derive(Debug, Clone, Serialize)]
pub struct Catalog {
    /// The docs folder as the user named it.
    pub root: PathBuf,
    /// How diagnostics and generated docs name the folder (`docs/errors`), `/`-separated.
    pub display_root: String,
    /// The folder's own name (`errors`), the first segment of default doc URLs.
    pub folder_name: String,
    /// The settings in force.
    pub config: Config,
    /// The pages, sorted by code.
    pub pages: Vec<Page>,
    /// Every file that was read (pages and `errdocs.toml`), sorted, for rebuild tracking.
    pub inputs: Vec<PathBuf>,
    /// Warnings found while loading (errors make loading fail instead).
    pub warnings: Vec<crate::Diagnostic>,
}

impl Catalog {
    /// The page of `code`, if any.
    pub fn page(&self, code: &str) -> Option<&Page> {
        self.pages
            .binary_search_by(|p| p.code.as_str().cmp(code))
            .ok()
            .map(|i| &self.pages[i])
    }

    /// Adds a file read besides the pages (`errdocs.toml`, `errdocs.lock`) to the sorted
    /// `inputs`, where a stable sort would put it: after its equals.
    pub(crate) fn add_input(&mut self, path: PathBuf) {
        debug_assert!(self.inputs.is_sorted());
        let at = self.inputs.partition_point(|p| *p <= path);
        self.inputs.insert(at, path);
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    /// An added input lands where pushing it and sorting the inputs would put it.
    #[test]
    fn an_added_input_keeps_the_inputs_sorted() {
        let pages = ["docs/a.md", "docs/b/c.md", "docs/b-d.md", "docs/z.md"];
        for added in ["errdocs.toml", "docs/b", "docs/b/c.md", "docs/zz.lock", "a"] {
            let mut catalog = super::Catalog {
                root: PathBuf::from("docs"),
                display_root: "docs".to_owned(),
                folder_name: "docs".to_owned(),
                config: crate::Config::default(),
                pages: Vec::new(),
                inputs: pages.iter().map(PathBuf::from).collect(),
                warnings: Vec::new(),
            };
            catalog.inputs.sort();
            let mut want = catalog.inputs.clone();
            want.push(PathBuf::from(added));
            want.sort();
            catalog.add_input(PathBuf::from(added));
            assert_eq!(catalog.inputs, want, "{added}");
        }
    }
}
