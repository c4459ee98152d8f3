//! Front matter as a source of facts, and its agreement with the facts table and the H1.

use super::*;

#[test]
fn front_matter_alone_gives_every_fact() {
    let text = "---\ncode: not_found\nstatus: 404\nretryable: false\ndescription: the resource does not exist.\n---\n";
    let page = ok(text);
    assert_eq!(page.code, "not_found");
    assert_eq!((page.status, page.title.as_str()), (404, "Not Found"));
    assert_eq!(
        page.retry,
        Retry {
            retryable: false,
            advice: String::new()
        }
    );
    assert_eq!(page.summary, "The resource does not exist.");
    assert_eq!(&text[page.spans.code.clone()], "not_found");
    assert_eq!(&text[page.spans.status.clone()], "404");
    assert_eq!(&text[page.spans.retry.clone()], "false");
}

#[test]
fn front_matter_values_in_other_spellings() {
    let text = "---\ncode: \"rate_limited\"\nstatus: \"429 Too Many Requests\"\nretry: yes\n---\n\n# rate_limited\n\nSlow down.\n";
    let page = ok(text);
    assert_eq!(
        (page.code.as_str(), page.status, page.title.as_str()),
        ("rate_limited", 429, "Too Many Requests")
    );
    assert!(page.retry.retryable);
    assert_eq!(page.summary, "Slow down.");
}

#[test]
fn front_matter_and_table_that_agree() {
    let text = "---\ncode: not_found\nstatus: 404\nretryable: false\n---\n\n# not_found\n\n> Gone.\n\n\
                | | |\n|-|-|\n| Code | not_found |\n| Status | 404 |\n| Retry? | No — look elsewhere |\n";
    let page = ok(text);
    assert_eq!((page.code.as_str(), page.status), ("not_found", 404));
    // The table's value (and its advice) is the one kept.
    assert_eq!(page.retry.advice, "look elsewhere");
    let row = text.find("| Status | 404").unwrap();
    assert_eq!(page.spans.status, row + 11..row + 14);
}

#[test]
fn front_matter_and_table_that_disagree() {
    let text = concat!(
        "---\n",                  // 1
        "code: missing\n",        // 2
        "status: 410\n",          // 3
        "retryable: true\n",      // 4
        "---\n",                  // 5
        "\n",                     // 6
        "# not_found\n",          // 7
        "\n",                     // 8
        "> Gone.\n",              // 9
        "\n",                     // 10
        "| | |\n",                // 11
        "|-|-|\n",                // 12
        "| Code | not_found |\n", // 13
        "| Status | 404 |\n",     // 14
        "| Retry? | No |\n",      // 15
    );
    let diags = errors(text);
    assert_eq!(
        messages(&diags),
        [
            "front matter `code: missing` disagrees with the `Code` row `not_found`",
            "front matter `status: 410` disagrees with the facts table `404`",
            "front matter `retryable` disagrees with the facts table",
        ]
    );
    let places: Vec<_> = diags.iter().map(at).collect();
    assert_eq!(places, [(2, 7), (3, 9), (4, 12)]);
    assert_eq!(
        diags[0].help.as_deref(),
        Some("state the code once, or make both agree")
    );
}

#[test]
fn front_matter_code_and_the_h1() {
    // A title H1 is fine when front matter states the code.
    let text = "---\ncode: not_found\nstatus: 404\nretryable: no\n---\n\n# Not Found\n\n> Gone.\n";
    assert_eq!(ok(text).code, "not_found");
    // A code-like H1 must agree with it.
    let text = "---\ncode: not_found\nstatus: 404\nretryable: no\n---\n\n# missing\n\n> Gone.\n";
    let diags = errors(text);
    assert_eq!(
        messages(&diags),
        ["the H1 `missing` disagrees with the code `not_found`"]
    );
    assert_eq!(at(&diags[0]), (7, 3));
    assert_eq!(diags[0].label, "the code comes from front matter `code:`");
}

#[test]
fn front_matter_with_a_bad_value() {
    let text = "---\ncode: x\nstatus: 200\nretryable: sometimes\n---\n\n# x\n\n> Fine.\n";
    let diags = errors(text);
    assert_eq!(
        messages(&diags),
        [
            "status 200 is not an error status",
            "`sometimes` is not a retry flag"
        ]
    );
    assert_eq!(diags.iter().map(at).collect::<Vec<_>>(), [(3, 9), (4, 12)]);
}

#[test]
fn invalid_front_matter_is_reported() {
    let text = "---\ncode: [not_found\n---\n\n# not_found\n\n> Gone.\n\n| | |\n|-|-|\n| Status | 404 |\n| Retry? | No |\n";
    let diags = errors(text);
    assert_eq!(messages(&diags), ["front matter is not valid YAML"]);
    assert_eq!(at(&diags[0]), (3, 1));
    assert_eq!(
        diags[0].label,
        "while parsing a flow sequence, expected ',' or ']'"
    );
    let text = "---\njust a sentence\n---\n\n# not_found\n";
    let diags = errors(text);
    let d = only(&diags, "front matter is not valid YAML");
    assert_eq!(
        d.label,
        "front matter is not a mapping of `key: value` lines"
    );
    assert_eq!(at(d), (2, 1));
}

#[test]
fn unknown_front_matter_keys_are_ignored() {
    let text = "---\ntitle: Not found\nsidebarTitle: 404\nicon: ban\ncode: not_found\n---\n\n# Not found\n\n> Gone.\n\n\
                | | |\n|-|-|\n| Status | 404 |\n| Retry? | No |\n";
    let page = ok(text);
    assert_eq!((page.code.as_str(), page.status), ("not_found", 404));
}

#[test]
fn front_matter_with_crlf_gives_the_same_facts() {
    let lf = "---\ncode: not_found\nstatus: 404\nretryable: false\ndescription: gone.\n---\n\n# not_found\n";
    let crlf = lf.replace('\n', "\r\n");
    let (a, b) = (ok(lf), ok(&crlf));
    assert_eq!(
        (&a.code, a.status, &a.retry, &a.summary),
        (&b.code, b.status, &b.retry, &b.summary)
    );
    assert_eq!(&crlf[b.spans.status.clone()], "404");
    assert_eq!(&crlf[b.spans.retry.clone()], "false");
    // Disagreements point at the same line and column.
    let bad = "---\r\ncode: missing\r\nstatus: 404\r\nretryable: no\r\n---\r\n\r\n# not_found\r\n\r\n> Gone.\r\n";
    let diags = errors(bad);
    assert_eq!(
        messages(&diags),
        ["the H1 `not_found` disagrees with the code `missing`"]
    );
    assert_eq!(at(&diags[0]), (7, 3));
    let bad = "---\r\ncode: [x\r\n---\r\n";
    let diags = errors(bad);
    let d = only(&diags, "front matter is not valid YAML");
    assert_eq!(at(d), (3, 1));
}

#[test]
fn front_matter_after_a_bom() {
    let text =
        "\u{feff}---\ncode: not_found\nstatus: 404\nretryable: no\ndescription: gone.\n---\n";
    let page = ok(text);
    assert_eq!(
        (page.code.as_str(), page.status, page.summary.as_str()),
        ("not_found", 404, "Gone.")
    );
}

#[test]
fn unclosed_front_matter_is_reported() {
    let text = "---\ncode: not_found\nstatus: 404\n\n# not_found\n\n> Gone.\n\n| | |\n|-|-|\n| Status | 404 |\n| Retry? | No |\n";
    let diags = errors(text);
    assert_eq!(messages(&diags), ["front matter is not closed"]);
    assert_eq!(at(&diags[0]), (1, 1));
    assert_eq!(diags[0].label, "this `---` opens front matter");
    let crlf = errors(&text.replace('\n', "\r\n"));
    assert_eq!(messages(&crlf), ["front matter is not closed"]);
    assert_eq!(at(&crlf[0]), (1, 1));
}

#[test]
fn front_matter_too_deep_to_load_is_reported() {
    let text = format!(
        "---\ntitle: x\nnest:\n{}1\n---\n\n# not_found\n",
        "- ".repeat(1_000)
    );
    let diags = errors(&text);
    let d = only(&diags, "front matter is not valid YAML");
    assert_eq!(d.label, "nested more than 64 levels deep");
    // At the 64th `- ` of line 4 (the mapping is the first level).
    assert_eq!(at(d), (4, 1 + 2 * 63));
}
