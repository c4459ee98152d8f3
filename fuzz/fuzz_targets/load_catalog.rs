//! `load_catalog_from_pages` on a small in-memory folder: the input is split into up to
//! four pages on NUL bytes; never panics, and every diagnostic renders.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 4] = ["unauthorized.md", "forbidden.md", "billing/card_declined.md", "not_found.mdx"];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let pages: Vec<(&str, &str)> = NAMES.iter().copied().zip(text.split('\0')).collect();
    let config = errdocs_catalog::Config {
        doc_url: Some("https://docs.lasscyber.com/errors/{slug}".into()),
        ..Default::default()
    };
    match errdocs_catalog::load_catalog_from_pages(&pages, &config) {
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
