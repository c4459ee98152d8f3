//! `build.rs` ingestion of the reference catalog, as a user's crate would do it (the
//! README's line: every page error is reported to cargo once).

fn main() {
    errdocs_build::run("../docs/errors");
}
