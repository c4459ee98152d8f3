//! The floor of `bench/ingest.sh` and `bench/ingest-ir.sh`: list a docs folder, read every
//! page and walk pulldown-cmark's events (with errdocs' extensions) without looking at them.
//!
//! `cargo run --release -p errdocs-catalog --example pulldown_floor -- DIR`

#[path = "shared/floor.rs"]
mod floor;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: pulldown_floor DIR");
    let (pages, events) = floor::walk(dir);
    eprintln!("walked {pages} pages, {events} events");
}
