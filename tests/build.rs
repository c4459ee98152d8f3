//! `build.rs` ingestion of the reference catalog, as a user's crate would do it.

fn main() {
    if let Err(e) = errdocs_build::compile("../docs/errors") {
        // The diagnostics were printed as `cargo::error=` lines already.
        eprintln!("{e}");
        std::process::exit(1);
    }
}
