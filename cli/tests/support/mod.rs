//! What the CLI tests share: the workspace, running `errdocs`, golden files, scratch copies
//! of the reference catalog.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

#[path = "tools.rs"]
mod tools;
#[allow(unused_imports)]
pub use tools::{tool, tool_available, tools_dir};

/// `errdocs ARGS` run in `dir`, without colors.
pub fn errdocs_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_errdocs"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// `errdocs ARGS` run at the repository root.
pub fn errdocs(args: &[&str]) -> Output {
    errdocs_in(&workspace(), args)
}

/// The command's standard output, as UTF-8.
pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// The command's standard error, as UTF-8.
pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// A fresh folder `target/tests/GROUP/NAME` (one per test) holding `files`, each a path
/// relative to it and its text.
pub fn folder(group: &str, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let root = workspace().join("target/tests").join(group).join(name);
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    for (rel, text) in files {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    root
}

/// Compares `actual` with `tests/golden/NAME`; `BLESS=1` rewrites the golden file.
pub fn assert_golden(name: &str, actual: &str) {
    let path = workspace().join("tests/golden").join(name);
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{name} differs from its golden file (BLESS=1 rewrites it):\n{actual}"
    );
}

/// A copy of the reference catalog and its `errdocs.toml` under `root`, the files created
/// in sorted or reverse order (so that `read_dir` lists them differently).
pub fn copy_catalog(root: &Path, reverse: bool) {
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
