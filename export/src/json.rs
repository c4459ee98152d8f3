//! The lossless JSON dump of a catalog (`errdocs export --format json`).

use serde::Serialize;

use errdocs_catalog::{Catalog, Page};

/// `{"errors": [ … ]}`, sorted by code, pretty-printed with a final newline.
///
/// ```
/// let catalog = errdocs_catalog::load("../docs/errors").unwrap();
/// let json = errdocs_export::to_json(&catalog);
/// assert!(json.starts_with("{\n  \"errors\": ["));
/// ```
pub fn to_json(catalog: &Catalog) -> String {
    // Each page serializes as its entry (see `Page`).
    #[derive(Serialize)]
    struct Export<'a> {
        errors: &'a [Page],
    }
    let export = Export {
        errors: &catalog.pages,
    };
    let mut out =
        serde_json::to_string_pretty(&export).expect("strings and numbers always serialize");
    out.push('\n');
    out
}
