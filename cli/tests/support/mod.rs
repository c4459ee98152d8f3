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

/// The project's own tools folder (`.tools/`, ignored by git), where `.ci/run` installs
/// the external tools the tests use: npm packages under `node_modules/`, Python packages
/// under `python/`.
pub fn tools_dir() -> PathBuf {
    workspace().join(".tools")
}

/// A command for the external tool `name`: the project's tools folder first, then `PATH`;
/// `None` when neither has it. Nothing is ever downloaded.
pub fn tool(name: &str) -> Option<Command> {
    let local = tools_dir().join("node_modules/.bin").join(name);
    let program = if local.is_file() {
        local
    } else {
        PathBuf::from(name)
    };
    let mut probe = Command::new(&program);
    probe.arg("--version");
    if name.starts_with("python") {
        with_python_tools(&mut probe);
    }
    probe.output().ok()?.status.success().then(|| {
        let mut command = Command::new(&program);
        if name.starts_with("python") {
            with_python_tools(&mut command);
        }
        command
    })
}

/// Lets Python find the packages of the project's tools folder (`pip install --target`).
fn with_python_tools(command: &mut Command) {
    let local = tools_dir().join("python");
    let mut paths = vec![local];
    if let Some(existing) = std::env::var_os("PYTHONPATH") {
        paths.extend(std::env::split_paths(&existing));
    }
    if let Ok(joined) = std::env::join_paths(paths) {
        command.env("PYTHONPATH", joined);
    }
}

/// Whether a check that needs `tool` can run: a missing tool fails when `CI` is set, and is
/// one printed line saying what is skipped and why otherwise.
pub fn tool_available(available: bool, tool: &str, install: &str) -> bool {
    if !available {
        assert!(
            std::env::var_os("CI").is_none(),
            "{tool} is required when CI is set; `.ci/run` installs it ({install})"
        );
        eprintln!("skipped: the {tool} check, because {tool} is not installed ({install})");
    }
    available
}

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
