//! What a page may hold around its facts: the Mintlify preamble, MDX, `.mdx`, CRLF, a BOM.

use super::*;

const PREAMBLE: &str = "> ## Documentation Index\n\
                        > Fetch the complete documentation index at: https://docs.example.com/llms.txt\n\
                        > Use this file to discover all available pages before exploring further.\n\n";

#[test]
fn the_mintlify_preamble_is_tolerated() {
    let body = page_with_rows("not_found", &["| Status | 404 |", "| Retry? | No |"]);
    let text = format!("{PREAMBLE}{body}");
    let page = ok(&text);
    assert_eq!(page.code, "not_found");
    // The preamble is neither the summary nor a section.
    assert_eq!(page.summary, "The resource does not exist.");
    assert_eq!(page.sections, []);
    assert_eq!(page.markdown, text);
    // Diagnostics count the preamble's lines.
    let bad = format!(
        "{PREAMBLE}{}",
        page_with_rows("not_found", &["| Status | 404 |", "| Retry? | Nah |"])
    );
    let diags = errors(&bad);
    assert_eq!(messages(&diags), ["`Nah` is not a retry flag"]);
    assert_eq!(at(&diags[0]), (12, 12));
}

#[test]
fn a_heading_inside_a_blockquote_opens_no_section() {
    let text = "# not_found\n\n> Gone.\n\n| | |\n|-|-|\n| Status | 404 |\n| Retry? | No |\n\n\
                ## How to fix\n\n> ## Tip\n> Check the id.\n\n1. Check the URL.\n";
    let page = ok(text);
    assert_eq!(page.fixes, ["Check the URL."]);
    assert_eq!(page.sections, []);
}

#[test]
fn mdx_components_are_tolerated() {
    let text = concat!(
        "import { Note } from \"/snippets/note.mdx\";\n",
        "\n",
        "# not_found\n",
        "\n",
        "> The resource does not exist.\n",
        "\n",
        "<Note>\n",
        "  Ids are case-sensitive.\n",
        "</Note>\n",
        "\n",
        "| | |\n",
        "|-|-|\n",
        "| **HTTP status** | `404 Not Found` |\n",
        "| **Retry?** | No |\n",
        "\n",
        "## When this happens\n",
        "\n",
        "<Warning>Deleted resources are gone for good.</Warning>\n",
        "\n",
        "* The id is wrong.\n",
        "* The resource was deleted.\n",
        "\n",
        "<Tabs>\n",
        "<Tab title=\"curl\">\n",
        "\n",
        "```bash\n",
        "curl https://api.example.com/v1/things/x\n",
        "```\n",
        "\n",
        "</Tab>\n",
        "</Tabs>\n",
    );
    let page = ok(text);
    assert_eq!(page.code, "not_found");
    assert_eq!(page.summary, "The resource does not exist.");
    assert_eq!(
        page.causes,
        ["The id is wrong.", "The resource was deleted."]
    );
    assert_eq!((page.status, page.retry.retryable), (404, false));
}

#[test]
fn mdx_pages_take_their_slug_from_the_stem() {
    let text = page_with_rows("not_found", &["| Status | 404 |", "| Retry? | No |"]);
    let page = parse_page("docs/errors/not_found.mdx", &text).unwrap();
    assert_eq!(
        (page.slug.as_str(), page.doc_url.as_str()),
        ("not_found", "/errors/not_found")
    );
    assert_eq!(page.source_path, "docs/errors/not_found.mdx");
    let diags = parse_page("docs\\errors\\bad.mdx", "# Bad\n").unwrap_err();
    assert_eq!(diags[0].path, "docs/errors/bad.mdx");
}

#[test]
fn crlf_pages_have_the_same_facts_as_lf_pages() {
    let lf = concat!(
        "# not_found\n\n> HTTP 404 — the resource\ndoes not exist.\n\n",
        "| | |\n|-|-|\n| Status | 404 |\n| Retry? | No — check the id |\n\n",
        "## When this happens\n\n* The id\n  is wrong.\n* It was deleted.\n\n",
        "## How to fix\n\n1. Check the id.\n\n## Notes\n\nSome notes.\n",
    );
    let crlf = lf.replace('\n', "\r\n");
    let (a, b) = (ok(lf), ok(&crlf));
    assert_eq!(b.summary, "The resource does not exist.");
    assert_eq!(b.causes, ["The id is wrong.", "It was deleted."]);
    assert_eq!(
        (
            &a.code, a.status, &a.title, &a.summary, &a.retry, &a.causes, &a.fixes
        ),
        (
            &b.code, b.status, &b.title, &b.summary, &b.retry, &b.causes, &b.fixes
        )
    );
    assert_eq!(b.retry.advice, "check the id");
    assert_eq!(b.sections.len(), 1);
    assert_eq!(b.sections[0].heading, "Notes");
    assert_eq!(b.sections[0].markdown, "Some notes.");
}

#[test]
fn a_bom_is_skipped() {
    let text = format!(
        "\u{feff}{}",
        page_with_rows("not_found", &["| Status | 404 |", "| Retry? | No |"])
    );
    let page = ok(&text);
    assert_eq!(
        (page.code.as_str(), page.summary.as_str()),
        ("not_found", "The resource does not exist.")
    );
    assert_eq!(&text[page.spans.code.clone()], "not_found");
    // Columns on the first line do not count the BOM.
    let text = format!(
        "\u{feff}{}",
        page_with_rows("Not_Found", &["| Status | 404 |", "| Retry? | No |"])
    );
    let diags = errors(&text);
    assert_eq!(messages(&diags), ["`Not_Found` is not a valid error code"]);
    assert_eq!(at(&diags[0]), (1, 3));
    assert_eq!(diags[0].source_line, "# Not_Found");
    assert_eq!(&diags[0].source_line[diags[0].span.clone()], "Not_Found");
    // A page that is only a BOM.
    let diags = errors("\u{feff}");
    assert_eq!(at(&diags[0]), (1, 1));
    assert_eq!(diags[0].source_line, "");
    assert_eq!(diags[0].span, 0..0);
}

#[test]
fn an_empty_page_is_diagnosed() {
    for text in ["", "\n\n  \n", "\u{feff}", "\r\n\t"] {
        let diags = errors(text);
        assert_eq!(messages(&diags), ["the page is empty"], "{text:?}");
        assert_eq!(
            (at(&diags[0]), diags[0].path.as_str()),
            ((1, 1), "docs/errors/test_page.md")
        );
        assert_eq!(
            diags[0].help.as_deref(),
            Some("write the page in the catalog's style, or run `errdocs new CODE --status N`")
        );
    }
}
