//! The library side of the ingest comparison: load and validate one docs folder, as
//! `errdocs check` does, and print how many pages it holds. Beside `pulldown_floor` it
//! gives the ingest ratio in instructions (`bash bench/ingest-ir.sh`):
//!
//! `ERRDOCS_THREADS=1 cargo run --release -p errdocs-catalog --example load -- DIR`
//!
//! The catalog is not freed, as `errdocs check` does not free it and the ingest
//! benchmark drops it outside its timing.

#[path = "shared/load.rs"]
mod shared;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: load DIR");
    let catalog = shared::load(std::path::Path::new(&dir));
    eprintln!("loaded {} pages", catalog.pages.len());
    std::mem::forget(catalog);
}
