//! Which page already has a code: every page of the folder counts, broken or `.mdx`.

use std::path::Path;

use errdocs_catalog::{Catalog, Config};

/// The page (as messages show it) that already has `code`, if any.
///
/// When the catalog loaded (`catalog`), its pages say it. Otherwise each page is asked on its
/// own: a page that parses by its code, a broken page by its file name or its H1.
pub(crate) fn page_with_code(
    root: &Path,
    config: &Config,
    catalog: Option<&Catalog>,
    code: &str,
) -> Option<String> {
    if let Some(catalog) = catalog {
        return catalog.page(code).map(|p| p.display_path.clone());
    }
    errdocs_catalog::page_files(root, config)
        .into_iter()
        .find_map(|path| {
            let shown = crate::catalog::display(&path);
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
            let text = std::fs::read(&path).ok()?;
            let text = String::from_utf8_lossy(&text);
            let named = match errdocs_catalog::parse_page(&shown, &text) {
                Ok(page) => page.code == code,
                Err(_) => stem.as_deref() == Some(code) || h1(&text) == Some(code),
            };
            named.then_some(shown)
        })
}

/// Why `code` may not be written again when a page retired it: the tombstone's page, date
/// and replacement. A retired code stays retired, so clients never confuse two errors.
pub(crate) fn retired_by(catalog: Option<&Catalog>, code: &str) -> Option<String> {
    let page = catalog?.page(code)?;
    let retired = page.retired.as_ref()?;
    let instead = match &retired.replacement {
        Some(other) => format!("; use `{other}`"),
        None => String::new(),
    };
    Some(format!(
        "the code `{code}` was retired on {} by {}{instead}; a retired code is never reused",
        retired.since, page.display_path
    ))
}

/// The text of the first `# ` heading line, trimmed.
fn h1(text: &str) -> Option<&str> {
    text.lines()
        .find_map(|l| l.strip_prefix("# "))
        .map(str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_h1_names_a_broken_page() {
        assert_eq!(h1("---\nx: 1\n---\n# teapot \n# other\n"), Some("teapot"));
        assert_eq!(h1("no heading\n"), None);
    }
}
