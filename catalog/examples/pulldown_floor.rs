//! The floor of `bench/ingest.sh`: list a docs folder, read every page and walk
//! pulldown-cmark's events (with errdocs' extensions) without looking at them.
//!
//! `cargo run --release -p errdocs-catalog --example pulldown_floor -- DIR`

use pulldown_cmark::{Options, Parser};

fn main() {
    let dir = std::env::args().nth(1).expect("usage: pulldown_floor DIR");
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_STRIKETHROUGH;
    let mut stack = vec![std::path::PathBuf::from(dir)];
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
    eprintln!("walked {pages} pages, {events} events");
}
