//! Reading existing docs, graded: every corpus folder (`../shared/corpus/<catalog>`) is read
//! with the configuration committed in `tests/corpus/<catalog>.toml`, and what comes out is
//! compared with the hand-made ground truth of `../shared/corpus-expected/<catalog>.json`.
//!
//! The bar: at least 95 % of the entries that state a code and a status yield both,
//! correctly; no wrong status; no status where the truth has none; no wrong retry flag.
//! A per-catalog table is printed (`cargo test -p errdocs-tests --test corpus_expected --
//! --nocapture`).
//!
//! Without the corpus the test is skipped with one printed line, or fails when `CI` is set.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use errdocs_catalog::{Config, Entry, init_toml, survey};
use serde_json::Value;

/// The catalogs of the corpus, each with its committed configuration.
const CATALOGS: &[&str] = &[
    "unkey",
    "smartbear-problems",
    "better-auth",
    "box",
    "cloudflare",
    "rustc",
    "mdn-http-status",
    "appwrite",
];

/// The longest a catalog may take to read.
const MAX_TIME: Duration = Duration::from_secs(10);

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared");
    if dir.join("corpus").is_dir() && dir.join("corpus-expected").is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "the page corpus or its ground truth is missing at {}; CI needs them",
        dir.display()
    );
    eprintln!(
        "skipped: the corpus comparison, because there is no `corpus` and `corpus-expected` at {}",
        dir.display()
    );
    None
}

/// One entry of the ground truth.
#[derive(Debug, Clone)]
struct Truth {
    file: String,
    code: Option<String>,
    status: Option<u16>,
    retryable: Option<bool>,
}

fn truth(path: &Path) -> Vec<Truth> {
    let text = std::fs::read_to_string(path).unwrap();
    let json: Value = serde_json::from_str(&text).unwrap();
    json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| Truth {
            file: e["file"].as_str().unwrap().to_owned(),
            code: e["code"].as_str().map(str::to_owned),
            status: e["status"].as_u64().map(|s| s as u16),
            retryable: e["retryable"].as_bool(),
        })
        .collect()
}

/// The grades of one catalog.
#[derive(Debug, Default, Clone, Copy)]
struct Grade {
    entries: usize,
    /// Truth entries with a code and a status.
    expected: usize,
    /// Of those, entries read with both, correctly.
    yielded: usize,
    /// Statuses read that differ from the truth's.
    wrong_status: usize,
    /// Statuses read where the truth has none (or the entry is not in the truth).
    status_without_truth: usize,
    /// Retry flags read that differ from the truth's (a flag where the truth has none
    /// counts too).
    wrong_retry: usize,
    /// Entries read that match no truth entry.
    extra: usize,
}

/// Pairs read entries with truth entries of the same file: first by code (in page order,
/// so a repeated code pairs in order), then code-less entries by status in page order.
fn grade(truth: &[Truth], read: &[Entry]) -> Grade {
    let mut g = Grade {
        entries: truth.len(),
        ..Grade::default()
    };
    let mut taken = vec![false; truth.len()];
    let mut pairs: Vec<(Option<usize>, &Entry)> = Vec::new();
    for entry in read {
        let found = (0..truth.len()).find(|&i| {
            !taken[i]
                && truth[i].file == entry.source_path
                && match (&entry.code, &truth[i].code) {
                    (Some(a), Some(b)) => a == b,
                    (None, None) => entry.status.is_none() || entry.status == truth[i].status,
                    _ => false,
                }
        });
        if let Some(i) = found {
            taken[i] = true;
        }
        pairs.push((found, entry));
    }
    if std::env::var_os("ERRDOCS_CORPUS_VERBOSE").is_some() {
        for (i, t) in truth.iter().enumerate() {
            if !taken[i] {
                println!("  not read: {} {:?} {:?}", t.file, t.code, t.status);
            }
        }
        for (found, e) in &pairs {
            if found.is_none() {
                println!(
                    "  extra: {}:{} {:?} {:?}",
                    e.source_path, e.line, e.code, e.status
                );
            }
        }
    }
    for (found, entry) in pairs {
        let Some(i) = found else {
            g.extra += 1;
            if entry.status.is_some() {
                g.status_without_truth += 1;
            }
            if entry.retryable.is_some() {
                g.wrong_retry += 1;
            }
            continue;
        };
        let t = &truth[i];
        match (entry.status, t.status) {
            (Some(_), None) => g.status_without_truth += 1,
            (Some(a), Some(b)) if a != b => g.wrong_status += 1,
            _ => {}
        }
        if entry.retryable.is_some() && entry.retryable != t.retryable {
            g.wrong_retry += 1;
        }
        if t.code.is_some()
            && t.status.is_some()
            && entry.code == t.code
            && entry.status == t.status
        {
            g.yielded += 1;
        }
    }
    g.expected = truth
        .iter()
        .filter(|t| t.code.is_some() && t.status.is_some())
        .count();
    g
}

fn config(catalog: &str) -> Config {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(format!("{catalog}.toml"));
    let text = std::fs::read_to_string(&path).unwrap();
    Config::from_toml_str(&path.display().to_string(), &text).unwrap()
}

/// Grades every catalog with `config_of` and prints the table.
fn grade_all(shared: &Path, config_of: impl Fn(&str) -> Config) -> BTreeMap<&'static str, Grade> {
    let mut grades = BTreeMap::new();
    println!(
        "{:<20} {:>7} {:>13} {:>7} {:>5} {:>9} {:>9} {:>5}",
        "catalog", "entries", "code+status", "yielded", "wrong", "no-truth", "retry-bad", "extra"
    );
    for catalog in CATALOGS {
        let started = Instant::now();
        let read = survey(shared.join("corpus").join(catalog), &config_of(catalog));
        let took = started.elapsed();
        assert!(took < MAX_TIME, "{catalog} took {took:?}");
        let truth = truth(
            &shared
                .join("corpus-expected")
                .join(format!("{catalog}.json")),
        );
        let g = grade(&truth, &read.entries);
        println!(
            "{:<20} {:>7} {:>13} {:>7} {:>5} {:>9} {:>9} {:>5}",
            catalog,
            g.entries,
            g.expected,
            g.yielded,
            g.wrong_status,
            g.status_without_truth,
            g.wrong_retry,
            g.extra
        );
        grades.insert(*catalog, g);
    }
    grades
}

/// Checks the bar: `percent` of code+status entries, and no wrong answer.
fn assert_bar(grades: &BTreeMap<&str, Grade>, percent: usize) {
    let expected: usize = grades.values().map(|g| g.expected).sum();
    let yielded: usize = grades.values().map(|g| g.yielded).sum();
    println!(
        "total: {yielded} of {expected} code+status entries ({:.1} %)",
        yielded as f64 * 100.0 / expected as f64
    );
    for (catalog, g) in grades {
        assert_eq!(g.wrong_status, 0, "{catalog}: wrong statuses");
        assert_eq!(
            g.status_without_truth, 0,
            "{catalog}: statuses without truth"
        );
        assert_eq!(g.wrong_retry, 0, "{catalog}: wrong retry flags");
    }
    assert!(
        yielded * 100 >= expected * percent,
        "{yielded} of {expected} is below {percent} %"
    );
}

#[test]
fn the_committed_configurations_read_95_percent_of_the_corpus_and_nothing_wrong() {
    let Some(shared) = shared() else { return };
    let grades = grade_all(&shared, config);
    assert_bar(&grades, 95);
}

#[test]
fn the_configurations_errdocs_init_writes_read_90_percent_and_nothing_wrong() {
    let Some(shared) = shared() else { return };
    let grades = grade_all(&shared, |catalog| {
        let dir = shared.join("corpus").join(catalog);
        let toml = init_toml(&dir, catalog);
        Config::from_toml_str("errdocs.toml", &toml).unwrap()
    });
    assert_bar(&grades, 90);
}

#[test]
fn the_grader_counts_wrong_answers() {
    let truth = vec![
        Truth {
            file: "a.md".into(),
            code: Some("a".into()),
            status: Some(400),
            retryable: None,
        },
        Truth {
            file: "b.md".into(),
            code: Some("b".into()),
            status: None,
            retryable: None,
        },
    ];
    let entry = |code: &str, status: Option<u16>, retryable: Option<bool>, file: &str| Entry {
        code: Some(code.into()),
        status,
        retryable,
        source_path: file.into(),
        line: 1,
        code_from: "",
        status_from: "",
        span: 0..0,
    };
    let g = grade(&truth, &[entry("a", Some(400), None, "a.md")]);
    assert_eq!((g.expected, g.yielded, g.wrong_status), (1, 1, 0));
    let g = grade(&truth, &[entry("a", Some(401), Some(true), "a.md")]);
    assert_eq!((g.yielded, g.wrong_status, g.wrong_retry), (0, 1, 1));
    let g = grade(&truth, &[entry("b", Some(404), None, "b.md")]);
    assert_eq!(g.status_without_truth, 1);
    let g = grade(&truth, &[entry("c", Some(404), None, "a.md")]);
    assert_eq!((g.extra, g.status_without_truth), (1, 1));
}
