//! `errdocs diff` between two 10 000-page catalogs: the comparison alone, and the whole
//! work of the command (load both folders, snapshot, compare). The new side flips the retry
//! flag of every tenth page and retires every hundredth.
//!
//! `cargo bench -p errdocs-catalog --bench diff`

use std::path::{Path, PathBuf};

use errdocs_catalog::evolve::{Snapshot, diff::diff};

fn main() {
    divan::main();
}

const PAGES: usize = 10_000;

/// A folder of `n` copies of the seed page, each its own code, linked in a ring; with
/// `changed`, every tenth page's retry flag flipped and every hundredth page retired.
fn catalog(n: usize, changed: bool) -> PathBuf {
    let name = format!("diff-{}-{n}", if changed { "new" } else { "old" });
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../target/bench-catalogs")
        .join(name);
    if dir.join(".complete").exists() {
        return dir;
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let seed = include_str!("../../docs/errors/unauthorized.md");
    for i in 0..n {
        let mut page = seed
            .replace("/errors/forbidden", &format!("/errors/e{:05}", (i + 1) % n))
            .replace("unauthorized", &format!("e{i:05}"));
        if changed && i % 10 == 0 {
            page = page.replace("| No — refresh", "| Yes — refresh");
        }
        if changed && i % 100 == 1 {
            page = page.replace(
                "| **Retry?**",
                "| **Retired?**    | Yes — since 2026-03-01                 |\n| **Retry?**",
            );
        }
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

fn load(dir: &Path) -> errdocs_catalog::Catalog {
    errdocs_catalog::load_catalog(dir, &config()).unwrap()
}

/// The comparison of two snapshots already made.
#[divan::bench(sample_count = 20)]
fn compare_snapshots(bencher: divan::Bencher) {
    let old = Snapshot::of(&load(&catalog(PAGES, false)));
    let new = Snapshot::of(&load(&catalog(PAGES, true)));
    bencher.bench(|| {
        let changes = diff(&old, &new);
        assert_eq!(changes.len(), 1_100);
        changes
    });
}

/// Snapshots of two loaded catalogs, and their comparison.
#[divan::bench(sample_count = 20)]
fn snapshot_and_compare(bencher: divan::Bencher) {
    let old = load(&catalog(PAGES, false));
    let new = load(&catalog(PAGES, true));
    bencher.bench(|| diff(&Snapshot::of(&old), &Snapshot::of(&new)));
}

/// What `errdocs diff OLD NEW` does for two folders: load, validate and snapshot both,
/// then compare.
#[divan::bench(sample_count = 10)]
fn load_both_and_compare(bencher: divan::Bencher) {
    let (a, b) = (catalog(PAGES, false), catalog(PAGES, true));
    bencher.bench(|| diff(&Snapshot::of(&load(&a)), &Snapshot::of(&load(&b))));
}
