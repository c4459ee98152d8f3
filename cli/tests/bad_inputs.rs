//! Bad inputs that cannot live in git (symlink loops, FIFOs, non-UTF-8 names, huge files),
//! made at test time; each gives a clear diagnostic, never a panic or a hang.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The folder of test `name` alone: its `errdocs.toml` and its docs folder `name/`, so no
/// two tests share a file.
fn base(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("bad-inputs")
        .join(name)
}

const PAGE: &str = "# teapot\n\n> HTTP 418 — the server is a teapot.\n\n| | |\n|-|-|\n| **HTTP status** | `418 I'm a teapot` |\n| **Code** | `teapot` |\n| **Retry?** | No |\n";

/// A fresh folder `name` holding a valid page, under the test's own folder.
fn case(name: &str) -> PathBuf {
    let root = base(name);
    let _ = std::fs::remove_dir_all(&root);
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        root.join("errdocs.toml"),
        "doc_url = \"https://docs.example.com/errors/{slug}\"\n",
    )
    .unwrap();
    std::fs::write(dir.join("teapot.md"), PAGE).unwrap();
    dir
}

/// `errdocs check PATH` in the folder of test `name` (`PATH` starts with `name`).
fn check(path: &str) -> (Output, Duration) {
    let name = path.split('/').next().unwrap_or(path);
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_errdocs"))
        .current_dir(base(name))
        .args(["check", path])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (out, start.elapsed())
}

fn assert_golden(name: &str, out: &Output, code: i32) {
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(out.status.code(), Some(code), "{name}:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let path = workspace()
        .join("tests/golden/bad-inputs")
        .join(format!("{name}.stderr"));
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &stderr).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == stderr,
        "{name} differs from its golden file:\n{stderr}"
    );
}

#[test]
fn a_10_mb_example_is_checked_quickly() {
    let dir = case("example-10mb");
    // Over the default `max_page_bytes` (1 MiB): this page is read, as an allowed large page.
    std::fs::write(
        dir.join("errdocs.toml"),
        "doc_url = \"https://docs.example.com/errors/{slug}\"\nmax_page_bytes = 16777216\n",
    )
    .unwrap();
    let detail = "x".repeat(10 * 1024 * 1024);
    let page = format!(
        "{PAGE}\n## Example response\n\n```json\n{{\n  \"detail\": \"{detail}\",\n  \"code\": \"teapots\",\n  \"request_id\": \"r\",\n  \"doc_url\": \"https://docs.example.com/errors/teapot\"\n}}\n```\n"
    );
    std::fs::write(dir.join("teapot.md"), page).unwrap();
    let (out, took) = check("example-10mb");
    assert_golden("example-10mb", &out, 1);
    assert!(took < Duration::from_secs(60), "took {took:?}");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_once_and_not_followed_forever() {
    let dir = case("symlink-loop");
    std::fs::create_dir_all(dir.join("nested")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("nested/up")).unwrap();
    let (out, _) = check("symlink-loop");
    assert_golden("symlink-loop", &out, 0);
}

#[cfg(unix)]
#[test]
fn a_dangling_link_is_an_unreadable_page() {
    let dir = case("dangling-link");
    std::os::unix::fs::symlink("nowhere.md", dir.join("ghost.md")).unwrap();
    let (out, _) = check("dangling-link");
    assert_golden("dangling-link", &out, 1);
}

#[test]
fn a_page_that_is_a_folder() {
    let dir = case("page-is-a-folder");
    std::fs::create_dir_all(dir.join("gone.md")).unwrap();
    let (out, _) = check("page-is-a-folder");
    assert_golden("page-is-a-folder", &out, 1);
}

#[cfg(target_os = "linux")]
#[test]
fn a_file_name_that_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let dir = case("non-utf8-name");
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.md");
    std::fs::write(dir.join(name), PAGE).unwrap();
    let (out, _) = check("non-utf8-name");
    assert_golden("non-utf8-name", &out, 1);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_not_read() {
    let dir = case("fifo-page");
    let fifo = dir.join("pipe.md");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is not available; skipped");
        return;
    }
    let (out, took) = check("fifo-page");
    assert_golden("fifo-page", &out, 1);
    assert!(took < Duration::from_secs(30));
}

#[cfg(unix)]
#[test]
fn an_unreadable_page() {
    use std::os::unix::fs::PermissionsExt;
    let dir = case("unreadable-page");
    let page = dir.join("secret.md");
    std::fs::write(&page, PAGE).unwrap();
    std::fs::set_permissions(&page, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&page).is_ok() {
        // Running as root: permissions do not stop reads, so there is nothing to test.
        eprintln!("the page is still readable (root?); skipped");
        return;
    }
    let (out, _) = check("unreadable-page");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains(
            "error: cannot read the page: permission denied\n--> unreadable-page/secret.md"
        ),
        "{stderr}"
    );
}

#[test]
fn an_empty_folder_fails() {
    let dir = case("empty-folder");
    std::fs::remove_file(dir.join("teapot.md")).unwrap();
    std::fs::write(dir.join("notes.txt"), "not a page").unwrap();
    let (out, _) = check("empty-folder");
    assert_golden("empty-folder", &out, 1);
}

#[test]
fn a_docs_path_that_is_a_file() {
    case("docs-is-a-file");
    let (out, _) = check("docs-is-a-file/teapot.md");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr
            .starts_with("error: the docs folder is not a folder\n--> docs-is-a-file/teapot.md\n"),
        "{stderr}"
    );
}

#[test]
fn each_case_has_its_own_config_and_folder() {
    let a = case("own-folder-a");
    let b = case("own-folder-b");
    assert_ne!(a.parent(), b.parent());
    // Rewriting or removing one case's files cannot change what another case's check reads.
    std::fs::write(base("own-folder-a").join("errdocs.toml"), "").unwrap();
    std::fs::remove_dir_all(base("own-folder-a")).unwrap();
    let (out, _) = check("own-folder-b");
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "checked 1 page in own-folder-b: no errors\n"
    );
}

#[test]
fn a_page_with_105_problems_is_counted_with_those_not_shown() {
    let dir = case("105-problems");
    let rows = "| **HTTP status** | `418` |\n".repeat(105);
    std::fs::write(dir.join("teapot.md"), format!("{PAGE}{rows}")).unwrap();
    let (out, _) = check("105-problems");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("error: 5 more problems in this page are not shown\n"),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("error: 105-problems has 100 errors, and 5 more problems not shown\n"),
        "{}",
        &stderr[stderr.len().saturating_sub(300)..]
    );
}
