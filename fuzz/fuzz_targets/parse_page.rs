//! `parse_page` on arbitrary bytes: never panics, and every diagnostic renders.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(diags) = errdocs_catalog::parse_page("docs/errors/fuzz.md", &text) {
        for d in diags {
            let _ = d.render(false);
        }
    }
});
