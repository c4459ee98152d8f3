//! Exports of an errdocs catalog for other tools: JSON, OpenAPI, llms.txt, Python and
//! TypeScript.
//!
//! The parser crate (`errdocs-catalog`) stays "parse, validate, diagnose"; this crate turns its
//! [`Catalog`](errdocs_catalog::Catalog) into documents. Only the `errdocs` command line uses
//! it, so crates that derive `ApiError` never compile these writers.
//!
//! ```
//! let catalog = errdocs_catalog::load("../docs/errors").unwrap();
//! let json = errdocs_export::to_json(&catalog);
//! assert!(json.starts_with("{\n  \"errors\": ["));
//! ```

#![warn(missing_docs)]

mod json;
mod llms;
mod openapi;
mod partial;
mod python;
mod sdk_members;
mod typescript;

pub use json::to_json;
pub use llms::to_llms_txt;
pub use openapi::{body_schema, member_schema_name, members_schema, to_openapi};
pub use partial::{PartialEntry, PartialRetry, to_partial_json};
pub use python::to_python;
pub use typescript::to_typescript;

/// `, retired since DATE; use CODE` for a retired page (each code quoted by `quote`), or
/// nothing for a live one: how every export marks a tombstone after the code's status.
pub(crate) fn retired_note(page: &errdocs_catalog::Page, quote: fn(&str) -> String) -> String {
    match &page.retired {
        None => String::new(),
        Some(retired) => match &retired.replacement {
            Some(code) => format!(", retired since {}; use {}", retired.since, quote(code)),
            None => format!(", retired since {}", retired.since),
        },
    }
}

/// The reference catalog with `conflict` retired on 2026-03-01 (and replaced by
/// `replacement`), for the exporters' tests of tombstones.
#[cfg(test)]
pub(crate) fn catalog_with_retired_conflict(replacement: Option<&str>) -> errdocs_catalog::Catalog {
    let mut catalog = errdocs_catalog::load("../docs/errors").unwrap();
    let page = catalog
        .pages
        .iter_mut()
        .find(|p| p.code == "conflict")
        .unwrap();
    page.retired = Some(errdocs_catalog::Retired {
        since: "2026-03-01".into(),
        replacement: replacement.map(str::to_owned),
    });
    catalog
}

/// The exception class a page names for one SDK (`agnes.AuthenticationError` →
/// `AuthenticationError`), from the first `SDK behaviour` row whose SDK is one of `sdks`,
/// when it is an identifier by `ident_char` (which also says which characters may start one).
pub(crate) fn sdk_exception<'p>(
    page: &'p errdocs_catalog::Page,
    sdks: &[&str],
    ident_char: fn(char, bool) -> bool,
) -> Option<&'p str> {
    let row = page
        .sdk
        .iter()
        .find(|m| sdks.iter().any(|s| m.sdk.trim().eq_ignore_ascii_case(s)))?;
    let exception = row.exception.trim();
    let name = exception.rsplit('.').next().unwrap_or(exception);
    let mut chars = name.chars();
    let valid =
        chars.next().is_some_and(|c| ident_char(c, true)) && chars.all(|c| ident_char(c, false));
    valid.then_some(name)
}

/// The pages of each SDK exception class that `class_of` names, classes sorted: the shape of
/// the Python and TypeScript modules (one class per distinct exception, its codes listed).
pub(crate) fn pages_by_class<'p>(
    catalog: &'p errdocs_catalog::Catalog,
    class_of: fn(&'p errdocs_catalog::Page) -> Option<&'p str>,
) -> std::collections::BTreeMap<&'p str, Vec<&'p errdocs_catalog::Page>> {
    let mut classes: std::collections::BTreeMap<&str, Vec<&errdocs_catalog::Page>> =
        std::collections::BTreeMap::new();
    for page in &catalog.pages {
        if let Some(class) = class_of(page) {
            classes.entry(class).or_default().push(page);
        }
    }
    classes
}
