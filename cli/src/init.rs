//! `errdocs init`: the `errdocs.toml` that reads an existing folder of error pages.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use errdocs_catalog::CONFIG_FILE;

/// Runs `errdocs init [DIR] [--write]`: prints the settings, or writes them to
/// `errdocs.toml` in the current folder when it does not exist yet.
pub(crate) fn run(dir: Option<PathBuf>, write: bool) -> ExitCode {
    let dir = dir.unwrap_or_else(|| PathBuf::from("."));
    if !dir.is_dir() {
        return crate::output::fail(&format!(
            "`{}` is not a folder: name the folder of error pages",
            crate::catalog::display(&dir)
        ));
    }
    let toml = errdocs_catalog::init_toml(&dir, &crate::catalog::display(&dir));
    if !write {
        print!("{toml}");
        return ExitCode::SUCCESS;
    }
    let target = Path::new(CONFIG_FILE);
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(target);
    match file.and_then(|mut f| std::io::Write::write_all(&mut f, toml.as_bytes())) {
        Ok(()) => {
            eprintln!("wrote {CONFIG_FILE}");
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => crate::output::fail(&format!(
            "`{CONFIG_FILE}` exists already: not overwritten (run without `--write` to see the settings)"
        )),
        Err(e) => crate::output::fail(&format!("cannot write `{CONFIG_FILE}`: {e}")),
    }
}
