//! What `build.rs` ingestion hands to cargo: `cargo:` lines that no file name can turn into
//! a directive, each error reported once, and the generated file, formatted.

use std::io::Write;
use std::path::Path;

use crate::CompileError;

/// Writes `cargo:rerun-if-changed=PATH`, unless the path cannot be one line of text: a
/// file name is data, never a directive, so a name holding a newline (or any control
/// character) is left out, with a warning that shows it escaped.
pub(crate) fn rerun_if_changed(out: &mut impl Write, path: &Path) {
    let _ = match path.to_str() {
        Some(text) if !text.chars().any(char::is_control) => {
            writeln!(out, "cargo:rerun-if-changed={text}")
        }
        _ => writeln!(
            out,
            "cargo:warning=errdocs: not watching {:?}: its name holds a control character or is not UTF-8",
            path.to_string_lossy()
        ),
    };
}

/// Prints `error` for cargo, each diagnostic once, as `cargo::error=` lines.
pub(crate) fn report(error: &CompileError, out: &mut impl Write) {
    let messages: Vec<(&str, String)> = match error {
        CompileError::Catalog(diags) => diags
            .iter()
            .map(|d| {
                let kind = if d.is_error() { "error" } else { "warning" };
                (kind, d.render(false))
            })
            .collect(),
        other => vec![("error", other.to_string())],
    };
    for (kind, text) in messages {
        for line in text.lines() {
            let _ = writeln!(out, "cargo::{kind}={}", escape_line(line));
        }
    }
}

/// A line of text with its control characters escaped, for a `cargo:` directive.
fn escape_line(line: &str) -> String {
    errdocs_catalog::escape_controls(line)
}

/// Lints of `clippy::pedantic` that generated items trip in a user's crate, allowed on each
/// item: `doc()`, `code()`… are not `#[must_use]`, and page text in the docs has no
/// backticks around names.
#[cfg(feature = "format")]
pub(crate) const GENERATED_ALLOWS: &str =
    "#[allow(clippy::must_use_candidate, clippy::doc_markdown)]";

/// The generated items, formatted like rustfmt would (a warning points at one short line,
/// not at one line of the whole file), each with [`GENERATED_ALLOWS`].
#[cfg(feature = "format")]
pub(crate) fn format_generated(tokens: proc_macro2::TokenStream) -> String {
    use syn::parse::Parser;

    let Ok(mut file) = syn::parse2::<syn::File>(tokens.clone()) else {
        return format!("{tokens}\n");
    };
    let allows = syn::Attribute::parse_outer
        .parse_str(GENERATED_ALLOWS)
        .unwrap_or_default();
    for item in &mut file.items {
        if let Some(attrs) = item_attrs(item) {
            attrs.splice(0..0, allows.iter().cloned());
        }
    }
    prettyplease::unparse(&file)
}

/// Without the `format` feature (off in the proc macros, which never write a file): the
/// same code on one line.
#[cfg(not(feature = "format"))]
pub(crate) fn format_generated(tokens: proc_macro2::TokenStream) -> String {
    format!("{tokens}\n")
}

/// The attributes of an item that can carry `#[allow]`.
#[cfg(feature = "format")]
fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    use syn::Item;
    Some(match item {
        Item::Const(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Struct(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        _ => return None,
    })
}

/// Leaves the file (and its mtime) alone when the content is the same, so cargo does not
/// rebuild what includes it.
pub(crate) fn write_if_changed(path: &Path, content: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == content) {
        return Ok(());
    }
    std::fs::write(path, content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_with_a_control_character_is_never_a_directive() {
        for name in ["a\ncargo:rustc-env=X=1", "a\rb", "a\u{1b}[31mb", "a\u{85}b"] {
            let mut out = Vec::new();
            rerun_if_changed(&mut out, Path::new(name));
            let text = String::from_utf8(out).unwrap();
            assert_eq!(text.lines().count(), 1, "{text:?}");
            assert!(
                text.starts_with("cargo:warning=errdocs: not watching "),
                "{text:?}"
            );
            assert!(
                !text.trim_end().contains(|c: char| c.is_control()),
                "{text:?}"
            );
        }
        let mut out = Vec::new();
        rerun_if_changed(&mut out, Path::new("docs/errors/a b.md"));
        assert_eq!(out, b"cargo:rerun-if-changed=docs/errors/a b.md\n");
    }

    #[test]
    fn report_lines_hold_no_control_character() {
        let mut out = Vec::new();
        report(&CompileError::Generate("a\rb\u{1b}c".to_owned()), &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "cargo::error=a\\rb\\u{1b}c\n"
        );
    }
}
