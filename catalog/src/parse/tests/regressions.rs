//! Regression tests: one per bug fixed after review.

use super::*;
use crate::load_catalog_from_pages;

const FACTS: &str = "| | |\n|-|-|\n| **HTTP status** | `404 Not Found` |\n| **Code** | `not_found` |\n| **Retry?** | No |\n";

#[test]
fn an_email_autolink_is_not_a_page_link() {
    let page = ok(&format!(
        "# not_found\n\n> HTTP 404 — no such thing.\n\n{FACTS}\nWrite to <support@example.com>.\n"
    ));
    assert!(page.links.is_empty(), "{:?}", page.links);
}

#[test]
fn site_front_matter_keys_are_not_misspelled_facts() {
    let page = ok(&format!(
        "---\nmode: wide\ntitle: Not found\n---\n\n# not_found\n\n> HTTP 404 — no such thing.\n\n{FACTS}"
    ));
    assert_eq!(page.code, "not_found");
    let err = errors(&format!(
        "---\ncdoe: not_found\n---\n\n# Not Found\n\n> HTTP 404 — no such thing.\n\n{}",
        FACTS.replace("| **Code** | `not_found` |\n", "")
    ));
    assert_eq!(err[0].message, "unknown front-matter key `cdoe`");
    assert_eq!(
        (err[0].line, err[0].column),
        (2, 1),
        "the caret is on the key"
    );
}

#[test]
fn the_preamble_is_not_the_summary_of_a_page_without_h1() {
    let text = format!(
        "---\ncode: not_found\n---\n\n> ## Documentation Index\n> Fetch the index at: https://x/llms.txt\n\n> The thing does not exist.\n\n{}",
        FACTS.replace("| **Code** | `not_found` |\n", "")
    );
    assert_eq!(ok(&text).summary, "The thing does not exist.");
}

#[test]
fn an_mdx_component_between_the_h1_and_the_summary_is_skipped() {
    let page = ok(&format!(
        "# not_found\n\n<Note>\nBeta.\n</Note>\n\n> HTTP 404 — no such thing.\n\n{FACTS}"
    ));
    assert_eq!(page.summary, "No such thing.");
}

#[test]
fn a_facts_table_in_an_untagged_fence_says_so() {
    let err = errors(&format!(
        "# not_found\n\n> HTTP 404 — no such thing.\n\n```\n{FACTS}```\n"
    ));
    assert_eq!(err[0].message, "this facts table is read as a code block");
    assert_eq!(err[0].label, "inside a code fence");
    assert_eq!(err.len(), 1, "no cascade of missing facts: {err:?}");
}

#[test]
fn links_to_a_page_with_errors_are_not_reported_again() {
    let good = format!(
        "# not_found\n\n> HTTP 404 — no such thing.\n\n{FACTS}\n## Related\n\n* [gone](/errors/gone)\n"
    );
    let broken = "# gone\n\n> HTTP 410 — gone.\n\n| | |\n|-|-|\n| **HTTP status** | `410 Went` |\n| **Retry?** | No |\n";
    let err = load_catalog_from_pages(
        &[("not_found.md", &good), ("gone.md", broken)],
        &Config::default(),
    )
    .unwrap_err();
    let messages: Vec<&str> = err.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(messages, ["`Went` is not the reason phrase of status 410"]);
}
