//! Ingest: `load_catalog` (read, parse, validate) against the floor, a bare pulldown-cmark
//! walk over the same files, on synthetic catalogs of seed-style pages.
//!
//! `cargo bench -p errdocs-catalog --bench ingest`

use std::path::{Path, PathBuf};

use pulldown_cmark::{Options, Parser};

fn main() {
    divan::main();
}

const SIZES: [usize; 4] = [10, 100, 1_000, 10_000];

/// A folder of `n` copies of the seed page, each its own code, linked in a ring.
fn catalog(n: usize) -> PathBuf {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../target/bench-catalogs/seed-{n}"));
    if dir.join(".complete").exists() {
        return dir;
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let seed = include_str!("../../docs/errors/unauthorized.md");
    for i in 0..n {
        let page = seed
            .replace("/errors/forbidden", &format!("/errors/e{:05}", (i + 1) % n))
            .replace("unauthorized", &format!("e{i:05}"));
        std::fs::write(dir.join(format!("e{i:05}.md")), page).unwrap();
    }
    std::fs::write(dir.join(".complete"), "").unwrap();
    dir
}

fn config() -> errdocs_catalog::Config {
    errdocs_catalog::Config {
        doc_url: Some("https://docs.lasscyber.com/errors/{slug}".into()),
        ..Default::default()
    }
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn load_and_validate(bencher: divan::Bencher, n: usize) {
    let dir = catalog(n);
    let config = config();
    bencher.bench(|| {
        let catalog = errdocs_catalog::load_catalog(&dir, &config).unwrap();
        assert_eq!(catalog.pages.len(), n);
        catalog
    });
}

/// The same on one thread (`ERRDOCS_THREADS=1`), for the per-core cost.
#[divan::bench(args = SIZES, sample_count = 20)]
fn load_and_validate_one_thread(bencher: divan::Bencher, n: usize) {
    let dir = catalog(n);
    let config = config();
    // SAFETY: divan runs benchmarks one after another on this thread; nothing else reads
    // the environment meanwhile.
    unsafe { std::env::set_var("ERRDOCS_THREADS", "1") };
    bencher.bench(|| errdocs_catalog::load_catalog(&dir, &config).unwrap());
    unsafe { std::env::remove_var("ERRDOCS_THREADS") };
}

/// The floor: list the folder, read every page, walk pulldown-cmark's events (with the
/// same extensions errdocs enables) and do nothing with them.
#[divan::bench(args = SIZES, sample_count = 20)]
fn pulldown_walk_floor(bencher: divan::Bencher, n: usize) {
    let dir = catalog(n);
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_STRIKETHROUGH;
    bencher.bench(|| {
        let mut events = 0usize;
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        names.sort();
        for path in names
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
        {
            let text = std::fs::read_to_string(path).unwrap();
            events += Parser::new_ext(&text, options).into_offset_iter().count();
        }
        events
    });
}
