//! Ingest: `load_catalog` (read, parse, validate) against the floor, a bare pulldown-cmark
//! walk over the same files, on synthetic catalogs of seed-style pages.
//!
//! The `load_full_*` rows load what `errdocs check` loads: a project with an `errdocs.toml`
//! and an `errdocs.lock` (checked against the pages), pages with body members and a
//! `Response fields` table, retired pages with a replacement, and cross links; the
//! `pulldown_walk_floor_full` row is the floor over the same pages.
//!
//! `cargo bench -p errdocs-catalog --bench ingest`

use std::path::{Path, PathBuf};

#[path = "../examples/shared/floor.rs"]
mod floor;

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
/// same extensions errdocs enables) and do nothing with them; the walk of the
/// `pulldown_floor` example, shared with it.
#[divan::bench(args = SIZES, sample_count = 20)]
fn pulldown_walk_floor(bencher: divan::Bencher, n: usize) {
    let dir = catalog(n);
    bencher.bench(|| floor::walk(&dir));
}

/// A project of `n` pages as `errdocs check` reads it: `errdocs.toml`, `errors/` and an
/// `errdocs.lock` of the pages. Every other page is the seed page, the others the seed's
/// `rate_limited` (two body members, a `Response fields` table); every 50th page is retired
/// in favour of the next; all are linked in a ring.
fn project(n: usize) -> PathBuf {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../target/bench-catalogs/full-{n}"));
    if dir.join(".complete").exists() {
        return dir;
    }
    let _ = std::fs::remove_dir_all(&dir);
    let errors = dir.join("errors");
    std::fs::create_dir_all(&errors).unwrap();
    std::fs::write(
        dir.join("errdocs.toml"),
        "docs = \"errors\"\ndoc_url = \"https://docs.lasscyber.com/errors/{slug}\"\n",
    )
    .unwrap();
    let seed = include_str!("../../docs/errors/unauthorized.md");
    let members = include_str!("../../docs/errors/rate_limited.md");
    for i in 0..n {
        let (code, next) = (format!("e{i:05}"), format!("e{:05}", (i + 1) % n));
        let mut page = if i % 2 == 0 {
            seed.replace("/errors/forbidden", &format!("/errors/{next}"))
                .replace("unauthorized", &code)
        } else {
            members
                .replace("/errors/service_unavailable", &format!("/errors/{next}"))
                .replace("/errors/payload_too_large", &format!("/errors/{next}"))
                .replace("rate_limited", &code)
        };
        if i % 50 == 49 {
            page = page.replacen(
                "| **Retry?**",
                &format!("| **Retired?** | Yes — since 2026-03-01, use `{next}` |\n| **Retry?**"),
                1,
            );
        }
        std::fs::write(errors.join(format!("{code}.md")), page).unwrap();
    }
    let catalog = errdocs_catalog::load(&errors).unwrap();
    let lock =
        errdocs_catalog::evolve::lock::render(&errdocs_catalog::evolve::Snapshot::of(&catalog));
    std::fs::write(dir.join("errdocs.lock"), lock).unwrap();
    std::fs::write(dir.join(".complete"), "").unwrap();
    dir
}

/// What `errdocs check` loads, on one thread: the config found, every page, the lock.
#[divan::bench(args = SIZES, sample_count = 20)]
fn load_full_one_thread(bencher: divan::Bencher, n: usize) {
    let errors = project(n).join("errors");
    // SAFETY: as in `load_and_validate_one_thread`.
    unsafe { std::env::set_var("ERRDOCS_THREADS", "1") };
    bencher.bench(|| {
        let catalog = errdocs_catalog::load(&errors).unwrap();
        assert_eq!(catalog.pages.len(), n);
        assert_eq!(
            catalog.pages.iter().filter(|p| p.retired.is_some()).count(),
            n / 50
        );
        assert_eq!(
            catalog
                .pages
                .iter()
                .filter(|p| !p.members.is_empty())
                .count(),
            n / 2
        );
        catalog
    });
    unsafe { std::env::remove_var("ERRDOCS_THREADS") };
}

/// The floor over the pages of [`load_full_one_thread`].
#[divan::bench(args = SIZES, sample_count = 20)]
fn pulldown_walk_floor_full(bencher: divan::Bencher, n: usize) {
    let dir = project(n).join("errors");
    bencher.bench(|| floor::walk(&dir));
}
