//! The one way every test crate finds an external tool (tsc, node, python3 and its
//! packages): the project's `.tools/` folder first, then `PATH`; nothing is downloaded.
//! Test crates outside the CLI include this file with `#[path]`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (every crate that includes this file sits one folder below it).
fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The project's own tools folder (`.tools/`, ignored by git), where `.ci/run` installs
/// the external tools the tests use: npm packages under `node_modules/`, Python packages
/// under `python/`.
pub fn tools_dir() -> PathBuf {
    repository().join(".tools")
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
