//! Hostile docs folders, one test per row of the audit's table (issue 12), generated at test
//! time: each `errdocs check` must end with exit 0 or 1 in under 5 s (debug build) with a peak
//! memory under 500 MB, and print a bounded number of diagnostics plus a count of the rest.
//! Each run's time and peak memory are printed (`-- --nocapture`); in a release build
//! (`cargo test --release`) they are the figures of `BENCHMARKS.md`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The most diagnostics a run may print: the run's cap, its count line and the CLI's total.
const MAX_PRINTED: usize = errdocs_catalog::MAX_DIAGNOSTICS_PER_RUN + 2;

const HEAD: &str = "# teapot\n\n> HTTP 418 — the server is a teapot.\n\n| | |\n|-|-|\n| **HTTP status** | `418 I'm a teapot` |\n| **Code** | `teapot` |\n| **Retry?** | No |\n";

/// A fresh folder for one test, with its own `errdocs.toml` (`extra` appended to it).
fn case(name: &str, extra: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .join("target/tests/hostile")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("errors")).unwrap();
    std::fs::write(
        dir.join("errdocs.toml"),
        format!("doc_url = \"https://docs.example.com/errors/{{slug}}\"\n{extra}"),
    )
    .unwrap();
    dir
}

struct Run {
    code: i32,
    took: Duration,
    /// Peak resident memory in MB, where the platform reports it.
    peak_mb: Option<f64>,
    stderr: String,
}

/// One run at a time: the rows are timed, and must not compete for the cores.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// `errdocs check errors` in `dir`, timed, with the child's own peak memory from
/// `/usr/bin/time` where it is installed (outside CI its absence skips the memory check
/// with one printed line; with `CI` set it fails).
fn check(name: &str, dir: &Path) -> Run {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let time = Path::new("/usr/bin/time");
    let rss = dir.join("peak-rss.txt");
    let mut command = if time.exists() {
        let mut c = Command::new(time);
        c.arg("-f").arg("%M").arg("-o").arg(&rss);
        c.arg(env!("CARGO_BIN_EXE_errdocs"));
        c
    } else {
        assert!(
            std::env::var_os("CI").is_none(),
            "the hostile-input tests need /usr/bin/time to measure peak memory"
        );
        println!("{name}: peak memory not measured: /usr/bin/time is not installed");
        Command::new(env!("CARGO_BIN_EXE_errdocs"))
    };
    let start = Instant::now();
    let out = command
        .current_dir(dir)
        .args(["check", "errors"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let took = start.elapsed();
    // GNU time writes the child's peak resident set in KiB (after a status line if the
    // child failed).
    let peak_mb = std::fs::read_to_string(&rss).ok().and_then(|t| {
        t.lines()
            .last()
            .and_then(|l| l.trim().parse::<f64>().ok())
            .map(|kib| kib / 1024.0)
    });
    let code = out.status.code().unwrap_or(-1);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let mut line = format!("{name:<36} exit {code}  {:>7.2} s", took.as_secs_f64());
    if let Some(mb) = peak_mb {
        let _ = write!(line, "  {mb:>7.1} MB");
    }
    let _ = write!(line, "  {:>8} bytes of output", stderr.len());
    println!("{line}");
    Run {
        code,
        took,
        peak_mb,
        stderr,
    }
}

/// The row's acceptance: exit 0 or 1, under 5 s and 500 MB, a bounded number of diagnostics.
#[track_caller]
fn assert_bounded(run: &Run) {
    assert_bounded_within(run, Duration::from_secs(5));
}

/// Like [`assert_bounded`], with another time limit.
#[track_caller]
fn assert_bounded_within(run: &Run, limit: Duration) {
    let tail = &run.stderr[run.stderr.len().saturating_sub(1500)..];
    assert!(run.code == 0 || run.code == 1, "exit {}: {tail}", run.code);
    assert!(!run.stderr.contains("panicked"), "{tail}");
    assert!(run.took < limit, "took {:?}: {tail}", run.took);
    if let Some(mb) = run.peak_mb {
        assert!(mb < 500.0, "peak memory {mb:.0} MB");
    }
    let printed = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("error") || l.starts_with("warning"))
        .count();
    assert!(printed <= MAX_PRINTED, "{printed} diagnostics printed");
}

#[test]
fn ten_thousand_pages() {
    let dir = case("pages-10000", "");
    for i in 0..10_000 {
        let page = HEAD
            .replace("teapot", &format!("e{i}"))
            .replace(&format!("`418 I'm a e{i}`"), "`418`");
        std::fs::write(dir.join(format!("errors/e{i}.md")), page).unwrap();
    }
    let run = check("10 000 pages", &dir);
    assert_bounded(&run);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_50_mb_page_is_one_size_diagnostic() {
    let dir = case("page-50mb", "");
    let mut page = String::from(HEAD);
    page.push_str(&"word ".repeat(10 * 1024 * 1024));
    std::fs::write(dir.join("errors/teapot.md"), &page).unwrap();
    let run = check("one 50 MB page", &dir);
    assert_bounded(&run);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(&format!(
            "error: the page is larger than the limit of 1048576 bytes ({} bytes)",
            page.len()
        )),
        "{}",
        run.stderr
    );
}

/// A page whose front matter anchors one large string and aliases it 9 000 times.
fn yaml_bomb(name: &str, page_bytes: usize, extra: &str) -> Run {
    let dir = case(name, extra);
    let aliases = "  - *big\n".repeat(9_000);
    let big = "x".repeat(page_bytes - aliases.len() - 200 - HEAD.len());
    let page = format!("---\ncode: teapot\nbig: &big \"{big}\"\nmany:\n{aliases}---\n\n{HEAD}");
    std::fs::write(dir.join("errors/teapot.md"), page).unwrap();
    let run = check(&format!("{name} (9 000 aliases)"), &dir);
    assert_bounded(&run);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("error: front matter is not valid YAML")
            && run.stderr.contains("aliases expand to more than"),
        "{}",
        run.stderr
    );
    run
}

#[test]
fn a_1_mb_yaml_bomb() {
    yaml_bomb("yaml-bomb-1mb", 1_000_000, "");
}

#[test]
fn a_2_mb_yaml_bomb() {
    yaml_bomb("yaml-bomb-2mb", 2_000_000, "max_page_bytes = 4194304\n");
}

/// A page of 100 000 dead links, `sep` between them (the limit raised to read it all).
fn dead_links(name: &str, sep: &str) -> Run {
    let dir = case(name, "max_page_bytes = 16777216\n");
    let mut page = format!("{HEAD}\n## Related\n\n");
    for i in 0..100_000 {
        let _ = write!(page, "[x](/errors/nope{i}){sep}");
    }
    std::fs::write(dir.join("errors/teapot.md"), page).unwrap();
    let run = check(name, &dir);
    assert_bounded(&run);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("99900 more problems in this page are not shown"),
        "{}",
        &run.stderr[run.stderr.len().saturating_sub(1500)..]
    );
    run
}

#[test]
fn a_hundred_thousand_dead_links_one_per_line() {
    dead_links("dead-links-100k-lines", "\n");
}

#[test]
fn a_hundred_thousand_dead_links_on_one_line() {
    let run = dead_links("dead-links-100k-one-line", " ");
    // Snippets are windows of the line, not the 2.6 MB line.
    assert!(run.stderr.len() < 200_000, "{} bytes", run.stderr.len());
}

#[test]
fn a_thousand_pages_of_a_thousand_dead_links() {
    let dir = case("dead-links-1000x1000", "");
    for p in 0..1_000 {
        let mut page = HEAD
            .replace("teapot", &format!("e{p}"))
            .replace(&format!("`418 I'm a e{p}`"), "`418`");
        page.push_str("\n## Related\n\n");
        for i in 0..1_000 {
            let _ = writeln!(page, "[x](n{i})");
        }
        std::fs::write(dir.join(format!("errors/e{p}.md")), page).unwrap();
    }
    let run = check("1 000 pages × 1 000 dead links", &dir);
    // A million links: the row that costs most in a debug build (about 2 s of CPU, the
    // markdown parser being optimized even there: see the workspace's Cargo.toml).
    assert_bounded(&run);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("more problems in this catalog are not shown"),
        "{}",
        &run.stderr[run.stderr.len().saturating_sub(1500)..]
    );
    assert!(run.stderr.len() < 1_000_000, "{} bytes", run.stderr.len());
}

#[cfg(unix)]
#[test]
fn a_symlink_to_the_root_folder() {
    let dir = case("symlink-to-root", "");
    std::fs::write(dir.join("errors/teapot.md"), HEAD).unwrap();
    std::os::unix::fs::symlink("/", dir.join("errors/root")).unwrap();
    let run = check("a symlink to /", &dir);
    assert_bounded(&run);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error: this symbolic link leads outside the docs folder\n--> errors/root"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_file_name_with_a_newline() {
    let dir = case("newline-in-name", "");
    std::fs::write(dir.join("errors/teapot.md"), HEAD).unwrap();
    std::fs::write(dir.join("errors/a\ncargo:rustc-env=PWNED=1\nb.md"), HEAD).unwrap();
    let run = check("a file name with a newline", &dir);
    assert_bounded(&run);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "error: file name holds a control character\n--> errors/a\\ncargo:rustc-env=PWNED=1\\nb.md"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("\ncargo:"), "{}", run.stderr);
}

#[test]
fn section_headings_of_1_6_mb() {
    let dir = case("headings-1.6mb", "max_page_bytes = 2097152\n");
    let mut page = String::from(HEAD);
    let mut i = 0;
    while page.len() < 1_600_000 {
        let _ = writeln!(page, "## Section {i}\n");
        i += 1;
    }
    std::fs::write(dir.join("errors/teapot.md"), page).unwrap();
    let run = check("1.6 MB of section headings", &dir);
    assert_bounded(&run);
}

#[test]
fn repeated_known_section_headings() {
    let dir = case("headings-repeated", "max_page_bytes = 2097152\n");
    let mut page = String::from(HEAD);
    while page.len() < 1_600_000 {
        page.push_str("## Related\n\n");
    }
    std::fs::write(dir.join("errors/teapot.md"), page).unwrap();
    let run = check("1.6 MB of one repeated heading", &dir);
    assert_bounded(&run);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("more problems in this page are not shown")
    );
}

#[test]
fn nested_blockquotes_of_960_kb() {
    let dir = case("blockquotes-960kb", "");
    let mut page = String::from(HEAD);
    page.push('\n');
    while page.len() < 960_000 {
        page.push_str(&"> ".repeat(300));
        page.push_str("x\n\n");
    }
    std::fs::write(dir.join("errors/teapot.md"), page).unwrap();
    let run = check("960 KB of nested blockquotes", &dir);
    assert_bounded(&run);
}
