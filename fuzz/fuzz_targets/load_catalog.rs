//! `errdocs_catalog::load` on a whole folder written to disk: the folder walk, `errdocs.toml`
//! (envelope, `retry_default`, `doc_url`), every page check; never panics, and every
//! diagnostic renders.
//!
//! Input: NUL-separated fields `errdocs.toml text \0 path \0 page \0 path \0 page ...`.
//! Paths are reduced to at most three segments of `[A-Za-z0-9_.+-]` (no `..`), so nothing
//! is written outside the scratch folder; `fuzz/seed.sh` writes seeds in this form.
#![no_main]

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

const MAX_PAGES: usize = 24;

fn root() -> &'static PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| common::scratch("load_catalog"))
}

/// A safe relative path for `raw`, or `None` when nothing usable is left.
fn clean_path(raw: &str) -> Option<String> {
    let segments: Vec<String> = raw
        .split(['/', '\\'])
        .map(|s| {
            s.chars()
                .filter(|c| c.is_ascii_alphanumeric() || "_.+-".contains(*c))
                .take(40)
                .collect::<String>()
        })
        .filter(|s| !s.is_empty() && s != "." && s != "..")
        .take(3)
        .collect();
    let path = segments.join("/");
    (!path.is_empty() && path != errdocs_catalog::CONFIG_FILE).then_some(path)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut fields = text.split('\0');
    let config = fields.next().unwrap_or_default();
    let dir = root().join("errors");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("cannot create the docs folder");
    std::fs::write(dir.join(errdocs_catalog::CONFIG_FILE), config).expect("cannot write config");
    let mut count = 0;
    while let (Some(path), Some(page)) = (fields.next(), fields.next()) {
        if count == MAX_PAGES {
            break;
        }
        let Some(path) = clean_path(path) else {
            continue;
        };
        let file = dir.join(&path);
        if let Some(parent) = file.parent()
            && std::fs::create_dir_all(parent).is_ok()
            && std::fs::write(&file, page).is_ok()
        {
            count += 1;
        }
    }
    match errdocs_catalog::load(&dir) {
        Ok(catalog) => {
            let _ = errdocs_export::to_json(&catalog);
        }
        Err(diags) => {
            for d in diags {
                let _ = d.render(false);
            }
        }
    }
});
