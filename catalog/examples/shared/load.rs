//! The library side of errdocs' ingest figures, shared by the `load` and `ingest_wall`
//! examples: load and validate one docs folder as `errdocs check` does.

use std::path::Path;

/// The catalog of `dir`; on problems, the first is printed and the process exits with 1.
pub fn load(dir: &Path) -> errdocs_catalog::Catalog {
    errdocs_catalog::load(dir).unwrap_or_else(|diagnostics| {
        eprintln!(
            "{} problems, the first: {:?}",
            diagnostics.len(),
            diagnostics.first()
        );
        std::process::exit(1);
    })
}
