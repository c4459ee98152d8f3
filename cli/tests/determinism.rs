//! Exports are byte-identical across runs, directory orders and checkout locations.

mod support;

use std::path::Path;
use std::process::Command;
use support::{copy_catalog, workspace};

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
