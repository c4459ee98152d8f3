//! `errdocs new CODE --status N`: writes a page in the catalog's house style.
//!
//! It writes only inside the docs folder: the code is validated before it becomes a path,
//! no symlink is crossed, the file is created atomically, and a code that any page already
//! has (broken, `.mdx` or in another folder) is refused.

mod page;
mod taken;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::catalog::Resolved;
use crate::output::{fail, report};

/// Runs `errdocs new`.
pub(crate) fn run(code: &str, status: u16, retryable: bool, dir: Option<PathBuf>) -> ExitCode {
    if let Err(message) = page::validate(code, status) {
        return fail(&message);
    }
    let Resolved {
        root, sub, config, ..
    } = match crate::catalog::resolve(dir, None) {
        Ok(found) => found,
        Err(diags) => {
            report(&diags);
            return ExitCode::FAILURE;
        }
    };
    let file = format!("{code}.md");
    let dir = root.join(&sub);
    let path = dir.join(&file);
    let shown = shown(&path);
    if let Some(link) = first_symlink(&root, &sub.join(&file)) {
        return fail(&format!(
            "{} is a symbolic link; `errdocs new` writes only real folders and files inside the docs folder",
            crate::catalog::display(&link)
        ));
    }
    // Read once for both questions below (a broken folder is asked page by page).
    let catalog = errdocs_catalog::load_catalog(&root, &config).ok();
    // Before "already exists": the tombstone is the page, and the reason is the retirement.
    if let Some(message) = taken::retired_by(catalog.as_ref(), code) {
        return fail(&message);
    }
    if std::fs::symlink_metadata(&path).is_ok() {
        return fail(&format!("{shown} already exists; edit it instead"));
    }
    if let Some(owner) = taken::page_with_code(&root, &config, catalog.as_ref(), code) {
        return fail(&format!(
            "the code `{code}` is already documented by {owner}"
        ));
    }
    let slug = slash_path(&sub.join(code));
    let text = match page::page_text(
        &page::NewPage {
            code,
            status,
            retryable,
            slug: &slug,
        },
        &config,
        &folder_name(&root),
    ) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    match create(&dir, &path, &text) {
        Ok(()) => {
            let _ = writeln!(anstream::stderr(), "created {shown}");
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            fail(&format!("{shown} already exists; edit it instead"))
        }
        Err(e) => fail(&format!("cannot write {shown}: {e}")),
    }
}

/// Writes `text` to a new file `path` in `dir`; never replaces or follows anything there.
fn create(dir: &Path, path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes())
}

/// The first of `root`, `root/a`, `root/a/b`, … (the parts of `below`) that is a symlink.
fn first_symlink(root: &Path, below: &Path) -> Option<PathBuf> {
    let mut at = root.to_path_buf();
    let mut parts = below.components();
    loop {
        if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            return Some(at);
        }
        at.push(parts.next()?);
    }
}

/// The docs folder's name, for default doc URLs (`/errors/{slug}`), as the loader reads it.
fn folder_name(root: &Path) -> String {
    std::path::absolute(root)
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "errors".to_owned())
}

fn slash_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn shown(path: &Path) -> String {
    crate::catalog::display(path)
}
