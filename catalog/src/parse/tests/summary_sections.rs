//! The summary after the H1, and the H2 sections.

use super::*;

fn with_summary(summary: &str) -> String {
    format!("# not_found\n\n{summary}\n\n| | |\n|-|-|\n| Status | 404 |\n| Retry? | No |\n")
}

#[test]
fn summary_from_a_blockquote_or_a_paragraph() {
    assert_eq!(
        ok(&with_summary("> The resource does not exist.")).summary,
        "The resource does not exist."
    );
    assert_eq!(
        ok(&with_summary("The resource does not exist.")).summary,
        "The resource does not exist."
    );
    assert_eq!(
        ok(&with_summary("> The *resource*\n> does not `exist`.")).summary,
        "The resource does not exist."
    );
    // Only the first block counts.
    assert_eq!(ok(&with_summary("First.\n\nSecond.")).summary, "First.");
}

#[test]
fn summary_drops_the_status_prefix() {
    for summary in [
        "> HTTP 404 — the resource does not exist.",
        "> HTTP 404 – the resource does not exist.",
        "> HTTP 404 - the resource does not exist.",
        "> HTTP 404: the resource does not exist.",
        "HTTP 404 — the resource does not exist.",
    ] {
        assert_eq!(
            ok(&with_summary(summary)).summary,
            "The resource does not exist.",
            "{summary}"
        );
    }
    // Without a separator the text stays as it is.
    assert_eq!(
        ok(&with_summary("> HTTP 404 means gone.")).summary,
        "HTTP 404 means gone."
    );
}

#[test]
fn summary_with_another_status_is_an_error() {
    let diags = errors(&with_summary("> HTTP 410 — gone."));
    assert_eq!(
        messages(&diags),
        ["the summary says HTTP 410 but the page's status is 404"]
    );
    assert_eq!(at(&diags[0]), (3, 1));
    assert_eq!(diags[0].help.as_deref(), Some("write `HTTP 404 — …`"));
}

#[test]
fn an_empty_summary_is_an_error() {
    let diags = errors(&with_summary("> HTTP 404 —"));
    assert_eq!(messages(&diags), ["the summary is empty"]);
    assert_eq!(at(&diags[0]), (3, 1));
}

#[test]
fn a_missing_summary_is_an_error() {
    let text = "# not_found\n\n| | |\n|-|-|\n| Status | 404 |\n| Retry? | No |\n";
    let diags = errors(text);
    assert_eq!(messages(&diags), ["page has no summary"]);
    assert_eq!(at(&diags[0]), (1, 3));
    // A summary below another block is not the summary.
    let text =
        "# not_found\n\n## Details\n\nGone.\n\n| | |\n|-|-|\n| Status | 404 |\n| Retry? | No |\n";
    assert_eq!(messages(&errors(text)), ["page has no summary"]);
    // Front matter `description:` stands in.
    let text = format!("---\ndescription: gone for good.\n---\n{text}");
    assert_eq!(ok(&text).summary, "Gone for good.");
}

#[test]
fn the_summary_is_read_after_the_h1_only() {
    let text = "Intro text.\n\n# not_found\n\n> Gone.\n\n| | |\n|-|-|\n| Status | 404 |\n| Retry? | No |\n";
    assert_eq!(ok(text).summary, "Gone.");
}

fn sections_page(sections: &str) -> String {
    format!(
        "# not_found\n\n> Gone.\n\n| | |\n|-|-|\n| Status | 404 |\n| Retry? | No |\n\n{sections}"
    )
}

#[test]
fn known_sections_in_any_order_and_spelling() {
    let text = sections_page(concat!(
        "## How To Fix\n\n1. Check the id.\n2. List the resources:\n   * with `GET /things`.\n\n",
        "## SDK behavior\n\n| SDK | Exception |\n|-|-|\n| Python | `NotFoundError` |\n| Go | |\n\n",
        "## Common causes\n\n- The id is wrong.\n- It was deleted.\n\n",
    ));
    let page = ok(&text);
    assert_eq!(
        page.fixes,
        ["Check the id.", "List the resources: with GET /things."]
    );
    assert_eq!(page.causes, ["The id is wrong.", "It was deleted."]);
    assert_eq!(
        page.sdk,
        [SdkMapping {
            sdk: "Python".to_owned(),
            exception: "NotFoundError".to_owned()
        }]
    );
    assert_eq!(page.sections, []);
    let british = ok(&sections_page(
        "## SDK Behaviour\n\n| SDK | Exception |\n|-|-|\n| TypeScript | `NotFound` |\n",
    ));
    assert_eq!(british.sdk[0].exception, "NotFound");
}

#[test]
fn unknown_sections_are_kept() {
    let text = sections_page(concat!(
        "## Notes\n\nIds are *case-sensitive*.\n\n",
        "## How to fix\n\n1. Check the id.\n\n",
        "## Rate of occurrence\n\nRare.\n\n| a | b |\n|-|-|\n| 1 | 2 |\n",
    ));
    let page = ok(&text);
    let sections: Vec<(&str, &str)> = page
        .sections
        .iter()
        .map(|s| (s.heading.as_str(), s.markdown.as_str()))
        .collect();
    assert_eq!(
        sections,
        [
            ("Notes", "Ids are *case-sensitive*."),
            ("Rate of occurrence", "Rare.\n\n| a | b |\n|-|-|\n| 1 | 2 |"),
        ]
    );
    assert_eq!(page.fixes, ["Check the id."]);
}

#[test]
fn lists_outside_known_sections_are_not_causes() {
    let page = ok(&sections_page("## Notes\n\n* Not a cause.\n"));
    assert!(page.causes.is_empty() && page.fixes.is_empty());
    assert_eq!(page.sections[0].markdown, "* Not a cause.");
}

#[test]
fn a_known_section_twice_is_an_error() {
    let text = sections_page("## How to fix\n\n1. One.\n\n## How To Fix\n\n1. Two.\n");
    let diags = errors(&text);
    assert_eq!(messages(&diags), ["section `How To Fix` appears twice"]);
    assert_eq!(at(&diags[0]), (14, 1));
    assert_eq!(
        diags[0].help.as_deref(),
        Some("merge the two sections into one")
    );
    // Unknown sections may repeat.
    let page = ok(&sections_page("## Notes\n\nA.\n\n## Notes\n\nB.\n"));
    assert_eq!(page.sections.len(), 2);
}

#[test]
fn without_an_h1_the_first_paragraph_is_the_summary() {
    let text = "---\ncode: not_found\nstatus: 404\nretryable: no\n---\n\nThe resource does not exist.\n\n## Notes\n\nMore.\n";
    assert_eq!(ok(text).summary, "The resource does not exist.");
    // Wherever it is.
    let text =
        "---\ncode: not_found\nstatus: 404\nretryable: no\n---\n\n## Notes\n\n* A list.\n\nMore.\n";
    assert_eq!(ok(text).summary, "More.");
    // No paragraph at all leaves no summary, unless front matter has a description.
    let text = "---\ncode: not_found\nstatus: 404\nretryable: no\n---\n\n## Notes\n\n* A list.\n";
    let diags = errors(text);
    assert_eq!(messages(&diags), ["page has no summary"]);
    assert_eq!(at(&diags[0]), (1, 1));
}
