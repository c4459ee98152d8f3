//! Helpers shared by the targets: a private scratch folder per fuzzing process.

use std::path::PathBuf;

/// A folder of this process below `ERRDOCS_FUZZ_TMP` (set by `run.sh`) or the system temp
/// folder, created empty on first use.
pub fn scratch(target: &str) -> PathBuf {
    let base = std::env::var_os("ERRDOCS_FUZZ_TMP")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let dir = base.join(format!("errdocs-fuzz-{target}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("cannot create the scratch folder");
    dir
}
