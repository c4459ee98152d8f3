//! `errdocs new` writes only inside the docs folder, the page it writes passes `check`, and
//! it refuses a code that any page already has.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;
use support::{copy_catalog, errdocs_in};

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// A fresh copy of the reference catalog in a folder of this test's own, with an empty
/// `outside/` folder beside the docs that nothing may write to.
fn scratch(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("new")
        .join(name);
    copy_catalog(&root, false);
    std::fs::create_dir_all(root.join("outside")).unwrap();
    root
}

/// Every path under `dir`, symlinks not followed.
fn tree(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            out.push(e.path());
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            }
        }
    }
    out.sort();
    out
}

/// Runs `errdocs new ARGS` in `root`, expecting a refusal that writes nothing anywhere.
fn refused(root: &Path, args: &[&str]) -> String {
    let before = tree(root);
    let mut all = vec!["new"];
    all.extend_from_slice(args);
    let out = errdocs_in(root, &all);
    assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
    assert_eq!(tree(root), before, "{args:?} wrote a file");
    assert!(
        tree(&root.join("outside"))
            .iter()
            .all(|p| p.ends_with("secret.md")),
        "{args:?} wrote outside"
    );
    stderr(&out)
}

fn check_passes(root: &Path, pages: usize) {
    let out = errdocs_in(root, &["check"]);
    assert_eq!(
        stderr(&out),
        format!("checked {pages} pages in the catalog: no errors\n")
    );
}

#[test]
fn new_in_a_subfolder_puts_the_subfolder_in_the_doc_url() {
    let root = scratch("subfolder");
    let out = errdocs_in(
        &root,
        &[
            "new",
            "upstream_busy",
            "--status",
            "503",
            "--dir",
            "docs/errors/billing",
        ],
    );
    assert_eq!(
        stderr(&out),
        "created docs/errors/billing/upstream_busy.md\n"
    );
    let page = std::fs::read_to_string(root.join("docs/errors/billing/upstream_busy.md")).unwrap();
    assert!(
        page.contains("\"doc_url\": \"https://docs.lasscyber.com/errors/billing/upstream_busy\""),
        "{page}"
    );
    check_passes(&root, 16);
}

#[test]
fn new_accepts_every_status_check_accepts() {
    let root = scratch("status-499");
    let out = errdocs_in(&root, &["new", "client_closed", "--status", "499"]);
    assert_eq!(stderr(&out), "created docs/errors/client_closed.md\n");
    check_passes(&root, 16);
    let out = errdocs_in(&root, &["export"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let page = json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["code"] == "client_closed")
        .unwrap();
    assert_eq!(page["status"], 499);
}

#[test]
fn new_refuses_a_code_of_the_catalog_when_another_page_is_broken() {
    let root = scratch("broken-sibling");
    std::fs::write(
        root.join("docs/errors/conflict.md"),
        "# conflict\n\nbroken\n",
    )
    .unwrap();
    let message = refused(
        &root,
        &[
            "unauthorized",
            "--status",
            "401",
            "--dir",
            "docs/errors/billing",
        ],
    );
    assert_eq!(
        message,
        "error: the code `unauthorized` is already documented by docs/errors/unauthorized.md\n"
    );
    // The broken page keeps its code too.
    let message = refused(
        &root,
        &[
            "conflict",
            "--status",
            "409",
            "--dir",
            "docs/errors/billing",
        ],
    );
    assert_eq!(
        message,
        "error: the code `conflict` is already documented by docs/errors/conflict.md\n"
    );
}

#[test]
fn new_refuses_a_code_an_mdx_page_has() {
    let root = scratch("mdx-code");
    let teapot = "# teapot\n\n> HTTP 418 — the server is a teapot.\n\n| | |\n|-|-|\n| **HTTP status** | `418 I'm a teapot` |\n| **Code** | `teapot` |\n| **Retry?** | No |\n";
    std::fs::write(root.join("docs/errors/billing/teapot.mdx"), teapot).unwrap();
    let message = refused(&root, &["teapot", "--status", "418"]);
    assert_eq!(
        message,
        "error: the code `teapot` is already documented by docs/errors/billing/teapot.mdx\n"
    );
}

#[test]
fn new_refuses_invalid_codes_before_forming_a_path() {
    let root = scratch("invalid-codes");
    for code in ["x.", "a-", "a..b", "../outside/x", "a/b", "Teapot"] {
        let message = refused(&root, &[code, "--status", "418"]);
        assert_eq!(
            message,
            format!(
                "error: `{code}` is not a valid error code; codes start with a lowercase letter \
                 and hold lowercase letters, digits and `_`, with `.` or `-` only between two \
                 letters or digits\n"
            )
        );
    }
}

#[cfg(unix)]
#[test]
fn new_refuses_to_write_through_a_symlinked_folder() {
    let root = scratch("symlinked-folder");
    std::os::unix::fs::symlink("../../outside", root.join("docs/errors/linked")).unwrap();
    let message = refused(
        &root,
        &["teapot", "--status", "418", "--dir", "docs/errors/linked"],
    );
    assert_eq!(
        message,
        "error: docs/errors/linked is a symbolic link; `errdocs new` writes only real folders \
         and files inside the docs folder\n"
    );
}

#[cfg(unix)]
#[test]
fn new_refuses_a_target_that_is_a_dangling_symlink() {
    let root = scratch("dangling-symlink");
    std::os::unix::fs::symlink(
        "../../outside/teapot.md",
        root.join("docs/errors/teapot.md"),
    )
    .unwrap();
    let message = refused(&root, &["teapot", "--status", "418"]);
    assert_eq!(
        message,
        "error: docs/errors/teapot.md is a symbolic link; `errdocs new` writes only real \
         folders and files inside the docs folder\n"
    );
    assert!(!message.contains("outside"));
}

#[cfg(unix)]
#[test]
fn new_refuses_a_target_that_links_to_an_existing_file_outside() {
    let root = scratch("symlink-to-file");
    std::fs::write(root.join("outside/secret.md"), "secret").unwrap();
    std::os::unix::fs::symlink(
        "../../outside/secret.md",
        root.join("docs/errors/teapot.md"),
    )
    .unwrap();
    let before = tree(root.join("outside").as_path());
    let out = errdocs_in(&root, &["new", "teapot", "--status", "418"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!stderr(&out).contains("outside"), "{}", stderr(&out));
    assert_eq!(tree(&root.join("outside")), before);
    assert_eq!(
        std::fs::read_to_string(root.join("outside/secret.md")).unwrap(),
        "secret"
    );
}
