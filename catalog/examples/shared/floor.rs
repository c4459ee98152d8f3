//! The floor of errdocs' ingest figures, shared by the `pulldown_floor` and `ingest_wall`
//! examples and the `ingest` benchmark: list a docs folder as a load does (sub-folders
//! included, each folder's names sorted), read every page and walk pulldown-cmark's events
//! with errdocs' own extensions ([`errdocs_catalog::markdown_options`]) without looking at
//! them.

use std::path::PathBuf;

use pulldown_cmark::Parser;

/// Walks the pages of `dir`: how many pages were read and how many events they gave.
pub fn walk(dir: impl Into<PathBuf>) -> (usize, usize) {
    let options = errdocs_catalog::markdown_options();
    let mut stack = vec![dir.into()];
    let (mut pages, mut events) = (0usize, 0usize);
    while let Some(dir) = stack.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&dir)
            .expect("a folder")
            .flatten()
            .collect();
        // Each name is read once: a plain `sort_by_key` would copy two names per comparison.
        entries.sort_by_cached_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "md" || e == "mdx") {
                let text = std::fs::read_to_string(&path).expect("a UTF-8 page");
                events += Parser::new_ext(&text, options).into_offset_iter().count();
                pages += 1;
            }
        }
    }
    (pages, events)
}
