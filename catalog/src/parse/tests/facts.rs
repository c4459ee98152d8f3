//! The facts table: label aliases, where the table may be, values, and the H1 vs `Code` row.

use super::*;

#[test]
fn status_label_aliases() {
    for label in [
        "HTTP status",
        "**HTTP status**",
        "Status",
        "**Status:**",
        "HTTP Status Code",
        "status code",
    ] {
        let text = page_with_rows(
            "not_found",
            &[&format!("| {label} | `404 Not Found` |"), "| Retry? | No |"],
        );
        let page = ok(&text);
        assert_eq!(
            (page.status, page.title.as_str()),
            (404, "Not Found"),
            "label {label}"
        );
    }
}

#[test]
fn retry_label_aliases() {
    for label in [
        "Retry?",
        "**Retry?**",
        "Retryable",
        "Safe to retry",
        "**Safe to retry?**",
        "retriable",
    ] {
        let text = page_with_rows(
            "not_found",
            &[
                "| HTTP status | 404 |",
                &format!("| {label} | Yes — after a second |"),
            ],
        );
        let page = ok(&text);
        assert_eq!(
            page.retry,
            Retry {
                retryable: true,
                advice: "after a second".to_owned()
            },
            "label {label}"
        );
    }
}

#[test]
fn code_label_aliases() {
    for label in ["Code", "**Code**", "Error code", "**Error Code:**"] {
        let text = page_with_rows(
            "Not Found",
            &[
                "| HTTP status | 404 |",
                &format!("| {label} | `not_found` |"),
                "| Retry? | No |",
            ],
        );
        let page = ok(&text);
        assert_eq!(page.code, "not_found", "label {label}");
        assert_eq!(&text[page.spans.code.clone()], "`not_found`");
    }
}

#[test]
fn extra_rows_are_ignored() {
    let text = page_with_rows(
        "not_found",
        &[
            "| Owner | team-api |",
            "| HTTP status | 404 |",
            "| Since | v2 |",
            "| Retry? | No |",
            "| | |",
        ],
    );
    let page = ok(&text);
    assert_eq!(
        (page.code.as_str(), page.status, page.retry.retryable),
        ("not_found", 404, false)
    );
}

#[test]
fn a_misspelled_label_is_reported() {
    let text = page_with_rows(
        "not_found",
        &["| HTTP status | 404 |", "| **Retyr?** | No |"],
    );
    let diags = errors(&text);
    // The misspelling is the one report: no second "states no retry flag".
    assert_eq!(messages(&diags), ["unknown fact `Retyr?`"]);
    let d = &diags[0];
    assert_eq!(at(d), (8, 5));
    assert_eq!(d.label, "not a label errdocs knows");
    assert_eq!(d.help.as_deref(), Some("did you mean `Retry?`?"));
}

#[test]
fn a_table_without_a_fact_label_is_no_facts_table() {
    let text = "# not_found\n\n> Gone.\n\n| Field | Meaning |\n|-|-|\n| Staus | the state |\n";
    let diags = errors(text);
    assert_eq!(
        messages(&diags),
        ["page states no HTTP status", "page states no retry flag"]
    );
}

#[test]
fn the_header_row_can_hold_a_fact() {
    let text = page_with_rows("x", &[]).replace(
        "| | |\n|-|-|\n",
        "| **HTTP status** | `409 Conflict` |\n|---|---|\n| **Retry?** | Yes |\n",
    );
    let page = ok(&text);
    assert_eq!((page.status, page.title.as_str()), (409, "Conflict"));
    assert!(page.retry.retryable);
}

#[test]
fn the_table_may_be_anywhere() {
    let text = "# conflict\n\n> The resource changed.\n\n## When this happens\n\n* Two writers.\n\n\
                ## Details\n\n| | |\n|-|-|\n| Status | 409 |\n| Retry? | No |\n";
    let page = ok(text);
    assert_eq!(
        (page.code.as_str(), page.status, page.causes.len()),
        ("conflict", 409, 1)
    );
    // Before the H1 too.
    let text = "| | |\n|-|-|\n| Status | 409 |\n| Retry? | No |\n\n# conflict\n\n> The resource changed.\n";
    let page = ok(text);
    assert_eq!((page.code.as_str(), page.status), ("conflict", 409));
}

#[test]
fn a_table_in_sdk_behaviour_is_no_facts_table() {
    let text = "# conflict\n\n> Changed.\n\n## SDK behavior\n\n| SDK | Exception |\n|-|-|\n| Status | 409 |\n";
    let diags = errors(text);
    assert_eq!(
        messages(&diags),
        ["page states no HTTP status", "page states no retry flag"]
    );
}

#[test]
fn a_fact_given_twice_is_an_error() {
    let text = page_with_rows(
        "not_found",
        &[
            "| Status | 404 |",
            "| Retry? | No |",
            "| **HTTP status** | 404 |",
        ],
    );
    let diags = errors(&text);
    assert_eq!(messages(&diags), ["`HTTP status` is given twice"]);
    // At the label's text, inside the `**`.
    assert_eq!(at(&diags[0]), (9, 5));
    assert_eq!(diags[0].label, "first given on line 7");
    assert_eq!(diags[0].help.as_deref(), Some("keep one row per fact"));
}

#[test]
fn an_empty_value_is_an_error() {
    let text = page_with_rows(
        "not_found",
        &["| Status | 404 |", "| Retry? | No |", "| Code |  |"],
    );
    let diags = errors(&text);
    assert_eq!(messages(&diags), ["`Code` has no value"]);
    assert_eq!(at(&diags[0]), (9, 3));
}

#[test]
fn status_values() {
    let status = |value: &str| {
        let text = page_with_rows("x", &[&format!("| Status | {value} |"), "| Retry? | No |"]);
        parse(&text).map(|p| (p.status, p.title))
    };
    assert_eq!(
        status("`401 Unauthorized`").unwrap(),
        (401, "Unauthorized".to_owned())
    );
    assert_eq!(status("401").unwrap(), (401, "Unauthorized".to_owned()));
    assert_eq!(
        status("422 Unprocessable Content").unwrap(),
        (422, "Unprocessable Content".to_owned())
    );
    assert_eq!(
        status("422 Unprocessable Entity").unwrap(),
        (422, "Unprocessable Entity".to_owned())
    );
    assert_eq!(
        status("499 Client Closed Request").unwrap(),
        (499, "Client Closed Request".to_owned())
    );
    assert_eq!(status("599").unwrap(), (599, "Error".to_owned()));
    assert_eq!(
        status("400 bad request").unwrap(),
        (400, "bad request".to_owned())
    );
}

#[test]
fn status_errors() {
    let diag = |value: &str| {
        let text = page_with_rows("x", &[&format!("| Status | {value} |"), "| Retry? | No |"]);
        let diags = errors(&text);
        assert_eq!(diags.len(), 1, "{}", render_all(&diags, false));
        diags.into_iter().next().unwrap()
    };
    let d = diag("`401 Unauthorised`");
    assert_eq!(
        d.message,
        "`Unauthorised` is not the reason phrase of status 401"
    );
    assert_eq!(
        (at(&d), d.label.as_str()),
        ((7, 12), "expected `Unauthorized`")
    );
    assert_eq!(d.help.as_deref(), Some("write `401 Unauthorized`"));
    let d = diag("302 Found");
    assert_eq!(d.message, "status 302 is not an error status");
    assert_eq!((at(&d), d.label.as_str()), ((7, 12), "expected 400–599"));
    let d = diag("600");
    assert_eq!(d.message, "status 600 is not an error status");
    let d = diag("four-oh-one");
    assert_eq!(d.message, "`four-oh-one` is not an HTTP status");
    assert_eq!(d.label, "expected a number and an optional reason phrase");
    assert_eq!(diag("4010").message, "`4010` is not an HTTP status");
    assert_eq!(
        diag("401Unauthorized").message,
        "`401Unauthorized` is not an HTTP status"
    );
}

#[test]
fn retry_values() {
    let retry = |value: &str| {
        let text = page_with_rows("x", &["| Status | 404 |", &format!("| Retry? | {value} |")]);
        parse(&text).map(|p| p.retry)
    };
    let r = |retryable: bool, advice: &str| Retry {
        retryable,
        advice: advice.to_owned(),
    };
    assert_eq!(retry("No").unwrap(), r(false, ""));
    assert_eq!(retry("**Yes**").unwrap(), r(true, ""));
    assert_eq!(
        retry("No — refresh credentials and re-issue.").unwrap(),
        r(false, "refresh credentials and re-issue.")
    );
    assert_eq!(
        retry("yes - with backoff").unwrap(),
        r(true, "with backoff")
    );
    assert_eq!(
        retry("Yes, after `Retry-After`").unwrap(),
        r(true, "after Retry-After")
    );
    assert_eq!(retry("false").unwrap(), r(false, ""));
    let diags = retry("Maybe").unwrap_err();
    assert_eq!(messages(&diags), ["`Maybe` is not a retry flag"]);
    assert_eq!(at(&diags[0]), (8, 12));
    assert_eq!(diags[0].label, "expected `Yes` or `No`");
    assert_eq!(
        messages(&retry("Nope").unwrap_err()),
        ["`Nope` is not a retry flag"]
    );
}

#[test]
fn the_code_row_wins_over_a_title_h1() {
    let text = page_with_rows(
        "Not Found",
        &[
            "| Code | `not_found` |",
            "| Status | 404 |",
            "| Retry? | No |",
        ],
    );
    assert_eq!(ok(&text).code, "not_found");
}

#[test]
fn an_h1_that_disagrees_with_the_code_row_is_an_error() {
    let text = page_with_rows(
        "missing",
        &[
            "| Code | `not_found` |",
            "| Status | 404 |",
            "| Retry? | No |",
        ],
    );
    let diags = errors(&text);
    assert_eq!(
        messages(&diags),
        ["the H1 `missing` disagrees with the code `not_found`"]
    );
    assert_eq!(at(&diags[0]), (1, 3));
    assert_eq!(diags[0].label, "the code comes from the `Code` row");
    assert_eq!(
        diags[0].help.as_deref(),
        Some("make the heading `# not_found`, or fix the code")
    );
}

#[test]
fn the_h1_gives_the_code_when_there_is_no_code_row() {
    let text = page_with_rows("rate_limited", &["| Status | 429 |", "| Retry? | Yes |"]);
    let page = ok(&text);
    assert_eq!(page.code, "rate_limited");
    assert_eq!(&text[page.spans.code.clone()], "rate_limited");
    // Dots and dashes are valid too.
    let text = page_with_rows("card.declined-v2", &["| Status | 402 |", "| Retry? | No |"]);
    assert_eq!(ok(&text).code, "card.declined-v2");
}

#[test]
fn an_invalid_code_is_an_error_with_a_suggestion() {
    let text = page_with_rows("Not Found", &["| Status | 404 |", "| Retry? | No |"]);
    let diags = errors(&text);
    assert_eq!(messages(&diags), ["`Not Found` is not a valid error code"]);
    assert_eq!(at(&diags[0]), (1, 3));
    assert_eq!(diags[0].label, "from the H1");
    assert_eq!(
        diags[0].help.as_deref(),
        Some("codes match `[a-z][a-z0-9_]*`: did you mean `not_found`?")
    );
    let text = page_with_rows(
        "x",
        &["| Code | `404!` |", "| Status | 404 |", "| Retry? | No |"],
    );
    let diags = errors(&text);
    assert_eq!(messages(&diags), ["`404!` is not a valid error code"]);
    assert_eq!(
        (at(&diags[0]), diags[0].label.as_str()),
        ((7, 10), "from the `Code` row")
    );
    assert_eq!(
        diags[0].help.as_deref(),
        Some("codes match `[a-z][a-z0-9_]*` (`.` and `-` are also allowed)")
    );
}

#[test]
fn missing_facts_point_at_the_h1() {
    let diags = errors("\n# not_found\n\n> Gone.\n");
    assert_eq!(
        messages(&diags),
        ["page states no HTTP status", "page states no retry flag"]
    );
    assert!(diags.iter().all(|d| at(d) == (2, 3)));
    // Without an H1 they point at the start of the page.
    let diags = errors("Just text.\n");
    assert_eq!(
        messages(&diags),
        [
            "page states no error code",
            "page states no HTTP status",
            "page states no retry flag"
        ]
    );
    assert!(diags.iter().all(|d| at(d) == (1, 1)));
}

#[test]
fn retry_default_comes_from_the_config() {
    let text = page_with_rows("not_found", &["| Status | 404 |"]);
    for default in [true, false] {
        let config = Config {
            retry_default: Some(default),
            ..Config::default()
        };
        let page = parse_with("not_found", &text, &config).unwrap();
        assert_eq!(
            page.retry,
            Retry {
                retryable: default,
                advice: String::new()
            }
        );
    }
    // A stated flag wins over the default.
    let text = page_with_rows(
        "not_found",
        &["| Status | 404 |", "| Retry? | No — never |"],
    );
    let config = Config {
        retry_default: Some(true),
        ..Config::default()
    };
    let page = parse_with("not_found", &text, &config).unwrap();
    assert_eq!(
        (page.retry.retryable, page.retry.advice.as_str()),
        (false, "never")
    );
    // Without a default the flag is required.
    let diags = parse_with(
        "not_found",
        &page_with_rows("not_found", &["| Status | 404 |"]),
        &Config::default(),
    )
    .unwrap_err();
    let d = only(&diags, "page states no retry flag");
    assert_eq!(at(d), (1, 3));
    assert_eq!(
        d.help.as_deref(),
        Some("add a `| **Retry?** | No |` row, or set `retry_default` in `errdocs.toml`")
    );
}

#[test]
fn an_indented_facts_table_is_reported_once() {
    let text = "# not_found\n\n> Gone.\n\n    | | |\n    |-|-|\n    | Status | 404 |\n    | Retry? | No |\n";
    let diags = errors(text);
    assert_eq!(
        messages(&diags),
        ["this facts table is read as a code block"]
    );
    assert_eq!(at(&diags[0]), (5, 5));
    assert_eq!(diags[0].label, "indented by a tab or four spaces");
    assert_eq!(
        diags[0].help.as_deref(),
        Some("start the table's lines at the left margin")
    );
}

#[test]
fn code_separators_sit_between_letters_or_digits() {
    for ok in ["a", "a_", "a.b", "a-b", "v2.card-declined", "a__b"] {
        assert!(is_valid_code(ok), "{ok}");
    }
    for bad in ["x.", "a-", "a..b", "a.-b", "-a", "", "../x", "a/b", "A"] {
        assert!(!is_valid_code(bad), "{bad}");
    }
}

#[test]
fn summary_and_causes_keep_inline_code_in_their_markdown_form() {
    let page = ok(
        "# conflict\n\n> HTTP 409 — the `Idempotency-Key` was reused.\n\n| | |\n|-|-|\n| **HTTP status** | `409 Conflict` |\n| **Retry?** | No |\n\n## When this happens\n\n* A second request with the same `Idempotency-Key` and another body.\n* Code with a backtick: ``a`b``.\n",
    );
    assert_eq!(page.summary, "The Idempotency-Key was reused.");
    assert_eq!(page.summary_markdown, "The `Idempotency-Key` was reused.");
    assert_eq!(
        page.causes,
        [
            "A second request with the same Idempotency-Key and another body.",
            "Code with a backtick: a`b."
        ]
    );
    assert_eq!(
        page.causes_markdown(),
        [
            "A second request with the same `Idempotency-Key` and another body.",
            "Code with a backtick: `` a`b ``."
        ]
    );
}

/// The markdown of causes is read again from the page when asked; a page whose markdown no
/// longer gives its causes (changed by hand) gets them as plain text, one per cause.
#[test]
fn causes_markdown_follows_the_causes_of_the_page() {
    let mut page = ok(
        "# conflict\n\n> HTTP 409 — reused.\n\n| | |\n|-|-|\n| **HTTP status** | `409 Conflict` |\n| **Retry?** | No |\n\n## When this happens\n\n* The `Idempotency-Key` was reused.\n\n## How to fix\n\n* Send a new `Idempotency-Key`.\n",
    );
    assert_eq!(
        page.causes_markdown(),
        ["The `Idempotency-Key` was reused."]
    );
    assert_eq!(page.fixes, ["Send a new Idempotency-Key."]);
    page.causes.push("Another cause.".to_owned());
    assert_eq!(page.causes_markdown(), page.causes);
    page.causes.clear();
    assert!(page.causes_markdown().is_empty());
}
