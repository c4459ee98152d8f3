//! The lock checks belong to the loader: `load_resolved` (what `errdocs check`, the derive,
//! `catalog!` and `build.rs` call) reports them, `load_resolved_without_lock` does not.

use std::path::{Path, PathBuf};

use errdocs_catalog::evolve::{Snapshot, lock};
use errdocs_catalog::{Source, load_resolved, load_resolved_without_lock, resolve};

fn page(code: &str, status: u16) -> String {
    format!(
        "# {code}\n\n> HTTP {status} — it failed.\n\n| | |\n|-|-|\n| **HTTP status** | `{status}` |\n| **Retry?** | No |\n"
    )
}

/// A crate-like folder of this test's own: `errdocs.toml` and `errors/`.
fn project(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("catalog-lock")
        .join(name);
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("errors")).unwrap();
    std::fs::write(root.join("errdocs.toml"), "docs = \"errors\"\n").unwrap();
    std::fs::write(root.join("errors/conflict.md"), page("conflict", 409)).unwrap();
    root
}

#[test]
fn load_resolved_reports_a_changed_locked_fact_and_tracks_the_lock() {
    let root = project("changed");
    let resolved = resolve(&Source::new(&root)).unwrap();
    let catalog = load_resolved(&resolved).unwrap();
    let path = lock::lock_path(&resolved).unwrap();
    assert_eq!(path, root.join("errdocs.lock"));
    std::fs::write(&path, lock::render(&Snapshot::of(&catalog))).unwrap();
    // Locked as it is: no error, and the lock is an input (editing it rebuilds).
    let catalog = load_resolved(&resolved).unwrap();
    assert!(catalog.inputs.contains(&path), "{:?}", catalog.inputs);
    std::fs::write(root.join("errors/conflict.md"), page("conflict", 422)).unwrap();
    let errors = load_resolved(&resolved).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].message,
        "the status of `conflict` changed from 409 to 422"
    );
    assert_eq!((errors[0].line, errors[0].column), (7, 21));
    assert!(
        errors[0].path.ends_with("errors/conflict.md"),
        "{}",
        errors[0].path
    );
    assert!(load_resolved_without_lock(&resolved).is_ok());
}

#[test]
fn a_lock_round_trips() {
    let root = project("round-trip");
    let catalog = load_resolved(&resolve(&Source::new(&root)).unwrap()).unwrap();
    let snapshot = Snapshot::of(&catalog);
    let text = lock::render(&snapshot);
    let parsed = lock::parse("errdocs.lock", &text).unwrap();
    assert_eq!(lock::render(&parsed), text);
    assert_eq!(parsed.entries[0].status, 409);
}
