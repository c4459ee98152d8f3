//! Exports are byte-identical across runs, directory orders and checkout locations.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Copies the reference catalog and its config under `root`, creating files in sorted or
/// reverse order so that `read_dir` lists them differently.
fn copy_catalog(root: &Path, reverse: bool) {
    let src = workspace().join("docs/errors");
    let mut files = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            if entry.path().is_dir() {
                stack.push(entry.path());
            } else {
                files.push(entry.path());
            }
        }
    }
    files.sort();
    if reverse {
        files.reverse();
    }
    let _ = std::fs::remove_dir_all(root);
    for file in files {
        let to = root
            .join("docs/errors")
            .join(file.strip_prefix(&src).unwrap());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&file, to).unwrap();
    }
    std::fs::copy(workspace().join("errdocs.toml"), root.join("errdocs.toml")).unwrap();
}

fn export(root: &Path, format: &str) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_errdocs"))
        .current_dir(root)
        .args(["export", "--format", format])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn every_export_is_byte_identical_across_orders_and_locations() {
    let base = workspace().join("target/tests/export-determinism");
    let a = base.join("a");
    let b = base.join("somewhere/else/b");
    copy_catalog(&a, false);
    copy_catalog(&b, true);
    for format in ["json", "openapi", "llms-txt", "python", "typescript"] {
        let first = export(&a, format);
        assert_eq!(first, export(&a, format), "{format}: two runs differ");
        assert_eq!(
            first,
            export(&b, format),
            "{format}: locations or orders differ"
        );
        let text = String::from_utf8(first).unwrap();
        assert!(
            !text.contains(&base.display().to_string()),
            "{format} leaks a machine path"
        );
    }
}
