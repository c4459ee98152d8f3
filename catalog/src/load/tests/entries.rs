//! Pages in other styles through the loader: one page per entry that states a code and a
//! status, at its own line; the house style read exactly as without `[read]` rules.

use crate::{Config, Diagnostic, explained_markdown, load_catalog_from_pages};

fn config(read: &str) -> Config {
    Config::from_toml_str("errdocs.toml", &format!("[read]\n{read}")).unwrap()
}

const TABLE: &str = "# R2 errors\n\n| Error Code | S3 Code | HTTP Status | Details |\n|-|-|-|-|\n| 10001 | InternalError | 500 | An internal error occurred. |\n| 10002 | Unauthorized | 401 | Missing credentials. |\n| 10003 | AccessDenied | 403 | Insufficient permissions. |\n";

const SEED: &str = include_str!("../../../../docs/errors/unauthorized.md");

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

fn errors(diags: &[Diagnostic]) -> Vec<&str> {
    diags
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.message.as_str())
        .collect()
}

#[test]
fn each_table_row_is_a_page_at_its_line() {
    let config = config("retry = \"unstated\"\ncode_pattern = \"numeric\"\n");
    let catalog = load_catalog_from_pages(&[("r2.md", TABLE)], &config).unwrap();
    let got: Vec<_> = catalog
        .pages
        .iter()
        .map(|p| {
            (
                p.code.as_str(),
                p.status,
                p.retry.retryable,
                p.slug.as_str(),
                line_of(&p.markdown, p.spans.code.start),
                p.source_path.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("10001", 500, true, "r2#10001", 5, "r2.md"),
            ("10002", 401, false, "r2#10002", 6, "r2.md"),
            ("10003", 403, false, "r2#10003", 7, "r2.md"),
        ]
    );
    let page = catalog.page("10002").unwrap();
    assert_eq!(page.title, "Unauthorized");
    assert_eq!(page.summary, "Missing credentials.");
    assert_eq!(page.doc_url, "/errors/r2#10002");
}

#[test]
fn errors_under_status_headings_are_pages() {
    let text = "# Errors\n\n### 409 Conflict\n\n| | |\n|-|-|\n| **Error** | `item_exists` |\n| **Message** | The item exists. |\n| **Error** | `name_taken` |\n\n### 503 Service Unavailable\n\n| | |\n|-|-|\n| **Error** | `try_later` |\n";
    let catalog =
        load_catalog_from_pages(&[("box.md", text)], &config("retry = \"unstated\"\n")).unwrap();
    let got: Vec<_> = catalog
        .pages
        .iter()
        .map(|p| (p.code.as_str(), p.status, p.summary.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("item_exists", 409, "The item exists."),
            ("name_taken", 409, "Conflict."),
            ("try_later", 503, "Service Unavailable."),
        ]
    );
    let shown = explained_markdown(catalog.page("item_exists").unwrap());
    assert!(
        shown.contains("| **Message** | The item exists. |"),
        "{shown}"
    );
    assert!(!shown.contains("name_taken"), "{shown}");
}

#[test]
fn a_single_page_in_another_style_is_one_page() {
    let text = "---\ntitle: key_not_found\n---\n\nThe key does not exist.\n\n```json\n{\"error\": {\"status\": 404}}\n```\n";
    let catalog = load_catalog_from_pages(
        &[("key_not_found.mdx", text)],
        &config("retry = \"unstated\"\n"),
    )
    .unwrap();
    let page = catalog.page("key_not_found").unwrap();
    assert_eq!((page.status, page.retry.retryable), (404, false));
    assert_eq!(page.slug, "key_not_found");
    assert_eq!(page.summary, "The key does not exist.");
    let shown = explained_markdown(page);
    assert!(
        shown.starts_with(
            "# key_not_found\n\n> HTTP 404 — The key does not exist.\n\nThe key does not exist.\n"
        ),
        "{shown}"
    );
    assert!(
        shown.ends_with("Read from line 2 of `docs/errors/key_not_found.mdx`.\n"),
        "{shown}"
    );
}

#[test]
fn house_pages_read_as_without_read_rules() {
    let plain = load_catalog_from_pages(&[("unauthorized.md", SEED)], &Config::default());
    let with_rules = load_catalog_from_pages(
        &[("unauthorized.md", SEED)],
        &config("retry = \"unstated\"\n"),
    );
    // The seed links to `forbidden`, absent here: both fail with the same diagnostics.
    assert_eq!(plain.unwrap_err(), with_rules.unwrap_err());
}

#[test]
fn without_read_rules_a_table_page_is_a_house_style_error() {
    let err = load_catalog_from_pages(&[("r2.md", TABLE)], &Config::default()).unwrap_err();
    assert!(!errors(&err).is_empty());
    assert!(
        errors(&err).iter().all(|m| !m.starts_with("entry")),
        "{err:?}"
    );
}

#[test]
fn an_unstated_retry_flag_is_an_error_unless_the_catalog_allows_it() {
    let err = load_catalog_from_pages(&[("r2.md", TABLE)], &config("code_pattern = \"numeric\"\n"))
        .unwrap_err();
    assert_eq!(
        errors(&err),
        [
            "entry `10001` states no retry flag",
            "entry `10002` states no retry flag",
            "entry `10003` states no retry flag",
        ]
    );
    assert_eq!(err[1].line, 6);
}

#[test]
fn a_status_only_entry_is_a_warning_and_no_page() {
    let table = "# Statuses\n\n| Status | Meaning | Notes |\n|-|-|-|\n| 404 | Not Found | Gone. |\n| 410 | Gone | Gone for good. |\n";
    let config = config("retry = \"unstated\"\nstatus_only = true\n");
    let catalog = load_catalog_from_pages(
        &[
            ("statuses.md", table),
            ("r2.md", "---\ntitle: not_found\nstatus: 404\n---\n"),
        ],
        &config,
    )
    .unwrap();
    assert_eq!(catalog.pages.len(), 1);
    let warnings: Vec<_> = catalog
        .warnings
        .iter()
        .map(|d| (d.message.as_str(), d.line))
        .collect();
    assert_eq!(
        warnings,
        [
            (
                "entry HTTP 404 states no error code: no variant is generated for it",
                5
            ),
            (
                "entry HTTP 410 states no error code: no variant is generated for it",
                6
            ),
        ]
    );
}

#[test]
fn a_non_error_page_is_skipped_when_the_catalog_says_so() {
    let config = config("retry = \"unstated\"\nskip_non_error_pages = true\n");
    let catalog = load_catalog_from_pages(
        &[
            ("overview.md", "# Overview\n\nHow errors work.\n"),
            ("gone.md", "---\ntitle: gone\nstatus: 410\n---\n"),
        ],
        &config,
    )
    .unwrap();
    assert_eq!(catalog.pages.len(), 1);
    assert_eq!(
        catalog.warnings[0].message,
        "not an error page (no code, no status, no facts): skipped"
    );
}

#[test]
fn a_page_of_too_many_rows_is_one_error_not_a_copy_per_row() {
    let mut text = String::from("# Errors\n\n| Code | HTTP Status | Details |\n|-|-|-|\n");
    for i in 0..4000 {
        text.push_str(&format!(
            "| {} | 500 | Internal error number {i}. |\n",
            10000 + i
        ));
    }
    let config = config("retry = \"unstated\"\ncode_pattern = \"numeric\"\n");
    let err = load_catalog_from_pages(&[("big.md", &text)], &config).unwrap_err();
    assert_eq!(
        errors(&err),
        [format!(
            "4000 entries in a page of {} bytes: too many to read as one page each",
            text.len()
        )
        .as_str()]
    );
}

#[test]
fn code_from_status_names_a_status_only_entry_by_its_reason_phrase() {
    let table = "# Statuses\n\n| Status | Meaning | Notes |\n|-|-|-|\n| 404 | Not Found | Gone. |\n| 429 | Too Many Requests | Slow down. |\n";
    let config = config("retry = \"unstated\"\nstatus_only = true\ncode_from_status = true\n");
    let catalog = load_catalog_from_pages(&[("statuses.md", table)], &config).unwrap();
    let pages: Vec<(&str, u16, usize)> = catalog
        .pages
        .iter()
        .map(|p| (p.code.as_str(), p.status, p.spans.code.start))
        .collect();
    assert_eq!(pages.len(), 2, "{pages:?}");
    assert_eq!((pages[0].0, pages[0].1), ("not_found", 404));
    assert_eq!((pages[1].0, pages[1].1), ("too_many_requests", 429));
    assert!(catalog.warnings.is_empty(), "{:?}", catalog.warnings);
}

#[test]
fn a_code_from_a_status_is_a_house_code() {
    use crate::load::entries::code_of_status;
    assert_eq!(code_of_status(429), "too_many_requests");
    assert_eq!(code_of_status(418), "i_m_a_teapot");
    assert_eq!(code_of_status(503), "service_unavailable");
    assert_eq!(code_of_status(499), "http_499");
    for status in 400..600 {
        assert!(crate::is_valid_code(&code_of_status(status)), "{status}");
    }
}
