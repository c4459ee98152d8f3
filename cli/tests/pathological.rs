//! Pathological pages: huge tables, deep nesting, long lines, thousands of pages. Each
//! check must end with exit 0 or 1 (no stack overflow, no hang); the times are printed
//! (`-- --nocapture`). Time limits here only catch hangs: performance lives in `bench/`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn base() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .join("target/tests/pathological")
}

const HEAD: &str = "# teapot\n\n> HTTP 418 — the server is a teapot.\n\n| | |\n|-|-|\n| **HTTP status** | `418 I'm a teapot` |\n| **Code** | `teapot` |\n| **Retry?** | No |\n";

fn one_page(name: &str, text: &str) -> String {
    let dir = base().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // These pages are over the default `max_page_bytes`: raise it, so the parser is tested.
    std::fs::write(
        dir.join("errdocs.toml"),
        "doc_url = \"https://docs.lasscyber.com/errors/{slug}\"\nmax_page_bytes = 67108864\n",
    )
    .unwrap();
    std::fs::write(dir.join("teapot.md"), text).unwrap();
    name.to_owned()
}

fn check(name: &str) -> (i32, Duration, String) {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_errdocs"))
        .current_dir(base())
        .args(["check", name])
        .output()
        .unwrap();
    let took = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let code = out.status.code().unwrap_or(-1);
    println!("{name:<28} exit {code}  {:>8.2} s", took.as_secs_f64());
    (code, took, stderr)
}

fn assert_finishes(name: &str, expected_exit: i32) -> String {
    let (code, took, stderr) = check(name);
    assert_eq!(
        code,
        expected_exit,
        "{name}: {}",
        &stderr[..stderr.len().min(2000)]
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("overflow"),
        "{name}: {stderr}"
    );
    assert!(
        took < Duration::from_secs(120),
        "{name} took {took:?}: a hang?"
    );
    stderr
}

#[test]
fn a_facts_table_of_200_000_rows() {
    let rows: String = (0..200_000)
        .map(|i| format!("| **Note {i}** | value {i} |\n"))
        .collect();
    assert_finishes(&one_page("rows-200k", &format!("{HEAD}{rows}")), 0);
}

#[test]
fn a_facts_table_of_200_000_duplicate_rows_reports_a_bounded_number() {
    let rows = "| **HTTP status** | `418` |\n".repeat(200_000);
    let stderr = assert_finishes(
        &one_page("duplicate-rows-200k", &format!("{HEAD}{rows}")),
        1,
    );
    assert!(
        stderr.contains("199900 more problems in this page are not shown"),
        "{}",
        &stderr[stderr.len() - 500..]
    );
}

#[test]
fn blockquote_markers_200_000_deep() {
    assert_finishes(
        &one_page(
            "quotes-200k",
            &format!("{HEAD}\n{} deep\n", ">".repeat(200_000)),
        ),
        0,
    );
}

#[test]
fn lists_3_000_deep() {
    let lists: String = (0..3_000)
        .map(|i| format!("{}- item\n", "  ".repeat(i)))
        .collect();
    assert_finishes(
        &one_page(
            "lists-3000",
            &format!("{HEAD}\n## When this happens\n\n{lists}"),
        ),
        0,
    );
}

#[test]
fn a_3_mb_line() {
    assert_finishes(
        &one_page(
            "line-3mb",
            &format!("{HEAD}\n{}\n", "word ".repeat(600_000)),
        ),
        0,
    );
}

#[test]
fn half_a_million_brackets() {
    assert_finishes(
        &one_page(
            "brackets-500k",
            &format!("{HEAD}\n{}\n", "[".repeat(500_000)),
        ),
        0,
    );
}

#[test]
fn deeply_nested_example_json() {
    let json = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let page = format!("{HEAD}\n## Example response\n\n```json\n{json}\n```\n");
    let stderr = assert_finishes(&one_page("json-100k-deep", &page), 1);
    assert!(
        stderr.contains("the example response is not valid JSON"),
        "{stderr}"
    );
}

#[test]
fn three_thousand_cross_linked_pages() {
    let dir = base().join("pages-3000");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..3_000 {
        let page = HEAD
            .replace("teapot", &format!("e{i}"))
            .replace("`418 I'm a e{i}`", "`418`");
        let page = page.replace(&format!("`418 I'm a e{i}`"), "`418`");
        let related = format!(
            "\n## Related\n\n* [`e{0}`](/errors/e{0})\n* [`e{1}`](/errors/e{1})\n",
            (i + 1) % 3_000,
            (i + 7) % 3_000
        );
        std::fs::write(dir.join(format!("e{i}.md")), format!("{page}{related}")).unwrap();
    }
    let stderr = assert_finishes("pages-3000", 0);
    assert!(stderr.contains("checked 3000 pages"), "{stderr}");
}
