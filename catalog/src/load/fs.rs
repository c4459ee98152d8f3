//! The folder walk: which files are pages, read within the docs folder and the page-size limit.

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

use crate::Diagnostic;

/// Every page under `dir`, as `/`-separated paths relative to it, sorted.
///
/// The folder is a boundary: a symbolic link that leads outside it is reported and not
/// followed (its target is never read), and a folder reached twice is read once.
pub(crate) fn find_pages(
    dir: &Path,
    shown_root: &str,
    read: &crate::ReadSettings,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<String>> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            diags.push(
                Diagnostic::at_path(shown_root, "the docs folder is not a folder")
                    .help("pass the folder that holds the error pages"),
            );
            return None;
        }
        Err(e) => {
            diags.push(Diagnostic::at_path(shown_root, format!("cannot open the docs folder: {}", io_reason(&e)))
                .help("check the folder's path (the `docs` setting of `errdocs.toml`, or the path given)"));
            return None;
        }
    }
    let root_real = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let mut pages = Vec::new();
    let mut visited = HashSet::new();
    let mut stack = vec![String::new()];
    while let Some(rel) = stack.pop() {
        let path = if rel.is_empty() {
            dir.to_path_buf()
        } else {
            dir.join(&rel)
        };
        let shown = if rel.is_empty() {
            shown_root.to_owned()
        } else {
            format!("{shown_root}/{rel}")
        };
        if let Ok(real) = path.canonicalize()
            && !visited.insert(real)
        {
            diags.push(
                Diagnostic::at_path(&shown, "this folder links back to a folder already read")
                    .warning()
                    .help("remove the symbolic link loop"),
            );
            continue;
        }
        let entries = match std::fs::read_dir(&path) {
            Ok(entries) => entries,
            Err(e) => {
                diags.push(Diagnostic::at_path(
                    &shown,
                    format!("cannot read the folder: {}", io_reason(&e)),
                ));
                continue;
            }
        };
        let mut names: Vec<(String, Option<std::fs::FileType>)> = Vec::new();
        for entry in entries.flatten() {
            // The entry's own name, kept without a copy.
            let name = match entry.file_name().into_string() {
                Ok(name) => name,
                Err(name) => {
                    let lossy = name.to_string_lossy();
                    diags.push(
                        Diagnostic::at_path(
                            format!("{shown}/{lossy}"),
                            "file name is not valid UTF-8",
                        )
                        .help("rename the file: a page's path becomes its URL"),
                    );
                    continue;
                }
            };
            if name.starts_with('.') || (name.starts_with('_') && !read.includes(&name)) {
                continue;
            }
            let file_type = entry.file_type().ok();
            names.push((name, file_type));
        }
        names.sort_by(|a, b| a.0.cmp(&b.0));
        // Pushed in reverse so that the stack pops folders in sorted order.
        let mut subdirs = Vec::new();
        for (name, file_type) in names {
            let child = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            // The entry's name is the end of `child`; its full path is made only for a link.
            let name = &child[if rel.is_empty() { 0 } else { rel.len() + 1 }..];
            let full = || path.join(name);
            let is_page = read.is_page_file(name);
            let is_link = file_type.is_none_or(|t| t.is_symlink());
            if is_link
                && let Ok(real) = full().canonicalize()
                && !real.starts_with(&root_real)
            {
                // Only the link's own name is shown: never its target or what it holds.
                diags.push(
                    Diagnostic::at_path(
                        format!("{shown_root}/{}", escaped(&child)),
                        "this symbolic link leads outside the docs folder",
                    )
                    .help("errdocs reads only inside the docs folder: copy the page in, or remove the link"),
                );
                continue;
            }
            // The directory entry's type needs no system call; only links are followed.
            let kind = match file_type {
                Some(t) if !t.is_symlink() => Ok((t.is_dir(), t.is_file())),
                _ => std::fs::metadata(full()).map(|m| (m.is_dir(), m.is_file())),
            };
            let is_dir = matches!(kind, Ok((true, _)));
            if (is_page || is_dir) && name.chars().any(char::is_control) {
                diags.push(
                    Diagnostic::at_path(
                        format!("{shown_root}/{}", escaped(&child)),
                        "file name holds a control character",
                    )
                    .help("rename it: a page's path becomes its URL and appears in build output"),
                );
                continue;
            }
            match kind {
                Ok((true, _)) => {
                    if is_page {
                        diags.push(
                            Diagnostic::at_path(
                                format!("{shown_root}/{child}"),
                                "this page is a folder, not a file",
                            )
                            .help("rename the folder, or move its pages up"),
                        );
                    } else {
                        subdirs.push(child);
                    }
                }
                _ if !is_page || name.eq_ignore_ascii_case("README.md") => {}
                // A FIFO or device would block or never end when read.
                Ok((_, false)) => diags.push(
                    Diagnostic::at_path(
                        format!("{shown_root}/{child}"),
                        "this page is not a regular file",
                    )
                    .help("replace it with a markdown file"),
                ),
                // A dangling link or an unreadable entry is reported when it is read.
                _ => pages.push(child),
            }
        }
        stack.extend(subdirs.into_iter().rev());
    }
    pages.sort();
    Some(pages)
}

pub(super) use crate::escape_controls as escaped;

/// A short, platform-independent reason for an I/O error.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "it does not exist".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

/// The diagnostic of a page larger than `max_page_bytes`.
pub(super) fn too_large(shown: &str, len: u64, max: u64) -> Diagnostic {
    Diagnostic::at_path(
        shown,
        format!("the page is larger than the limit of {max} bytes ({len} bytes)"),
    )
    .help("split the page, or raise `max_page_bytes` in `errdocs.toml`")
}

/// The page's text; a page over `max` bytes is not read past the limit.
pub(crate) fn read_page(
    path: &Path,
    shown: &str,
    max: u64,
    diags: &mut Vec<Diagnostic>,
) -> Option<String> {
    let cannot = |e: std::io::Error| {
        Diagnostic::at_path(shown, format!("cannot read the page: {}", io_reason(&e)))
    };
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) => {
            diags.push(cannot(e));
            return None;
        }
    };
    // Sized from the file's length (up to the limit), so reading is one allocation.
    let hint = file.metadata().map_or(0, |m| m.len()).min(max);
    let mut bytes = Vec::with_capacity(usize::try_from(hint).unwrap_or(0).saturating_add(1));
    if let Err(e) = file.take(max.saturating_add(1)).read_to_end(&mut bytes) {
        diags.push(cannot(e));
        return None;
    }
    if bytes.len() as u64 > max {
        let len = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        diags.push(too_large(shown, len, max));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let at = lossy.len().min(at);
            diags.push(
                Diagnostic::at_span(shown, &lossy, at..at + 1, "the page is not valid UTF-8")
                    .label("invalid byte here")
                    .help("save the page as UTF-8"),
            );
            None
        }
    }
}
