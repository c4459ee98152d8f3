//! No input panics the parser: arbitrary text, markdown-ish fragments, mutated seed pages.

use errdocs_catalog::{Page, parse_page};
use proptest::prelude::*;

const SEED: &str = include_str!("../../docs/errors/unauthorized.md");

/// Parses `text`, and renders every diagnostic, which must not panic either.
fn parse(text: &str) -> Result<Page, Vec<errdocs_catalog::Diagnostic>> {
    let result = parse_page("docs/errors/unauthorized.md", text);
    if let Err(diags) = &result {
        for d in diags {
            let _ = d.render(false);
            assert!(
                d.span.end <= d.source_line.len(),
                "span outside its line: {d:?}"
            );
        }
    }
    result
}

/// `cases` per property, unless `PROPTEST_CASES` asks for more (or fewer).
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// Pieces that steer pulldown-cmark into every kind of block and inline.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("|".to_owned()),
        Just("| ".to_owned()),
        Just("|-|-|".to_owned()),
        Just("#".to_owned()),
        Just("# ".to_owned()),
        Just("## ".to_owned()),
        Just(">".to_owned()),
        Just("> ".to_owned()),
        Just("```json".to_owned()),
        Just("```json theme={null}".to_owned()),
        Just("```".to_owned()),
        Just("---".to_owned()),
        Just("[x](/errors/y)".to_owned()),
        Just("[x](../y.md)".to_owned()),
        Just("\n".to_owned()),
        Just("\r".to_owned()),
        Just("\r\n".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("* ".to_owned()),
        Just("1. ".to_owned()),
        Just("   ".to_owned()),
        Just("**".to_owned()),
        Just("`".to_owned()),
        Just("<Note>".to_owned()),
        Just("</Note>".to_owned()),
        Just("HTTP status".to_owned()),
        Just("Retry?".to_owned()),
        Just("Code".to_owned()),
        Just("401 Unauthorized".to_owned()),
        Just("No — ".to_owned()),
        Just("HTTP 401 — ".to_owned()),
        Just("code: ".to_owned()),
        Just("status: ".to_owned()),
        Just("retryable: ".to_owned()),
        Just("## Example response".to_owned()),
        Just("## How to fix".to_owned()),
        Just("## SDK behaviour".to_owned()),
        Just("## Related".to_owned()),
        Just("{\"code\": \"x\", \"detail\": [".to_owned()),
        Just("é".to_owned()),
        Just("—".to_owned()),
        Just("😀".to_owned()),
        "[a-z_]{1,8}",
        "[0-9]{1,4}",
        any::<char>().prop_map(String::from),
    ]
}

/// A random edit of a page, applied at char boundaries.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, String),
    Replace(usize, usize, String),
    DuplicateLine(usize),
    SwapLines(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0..40usize).prop_map(|(at, len)| Edit::Delete(at, len)),
        (any::<usize>(), fragment()).prop_map(|(at, s)| Edit::Insert(at, s)),
        (any::<usize>(), 0..20usize, ".{0,6}").prop_map(|(at, len, s)| Edit::Replace(at, len, s)),
        any::<usize>().prop_map(Edit::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
    ]
}

/// The char boundary at or before `at % (len + 1)`.
fn boundary(text: &str, at: usize) -> usize {
    let mut i = at % (text.len() + 1);
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(text: &mut String, edit: &Edit) {
    match edit {
        Edit::Delete(at, len) => {
            let start = boundary(text, *at);
            let end = boundary(text, start + len).max(start);
            text.replace_range(start..end, "");
        }
        Edit::Insert(at, s) => {
            let at = boundary(text, *at);
            text.insert_str(at, s);
        }
        Edit::Replace(at, len, s) => {
            let start = boundary(text, *at);
            let end = boundary(text, (start + len).min(text.len())).max(start);
            text.replace_range(start..end, s);
        }
        Edit::DuplicateLine(i) => {
            let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
            if !lines.is_empty() {
                let line = lines[i % lines.len()];
                lines.insert(i % lines.len(), line);
            }
            *text = lines.concat();
        }
        Edit::SwapLines(a, b) => {
            let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
            if !lines.is_empty() {
                let n = lines.len();
                lines.swap(a % n, b % n);
            }
            *text = lines.concat();
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = parse(&text);
    }

    #[test]
    fn arbitrary_unicode_lines_never_panic(lines in prop::collection::vec("\\PC{0,30}", 0..20)) {
        let _ = parse(&lines.join("\n"));
    }

    #[test]
    fn markdownish_fragments_never_panic(parts in prop::collection::vec(fragment(), 0..60)) {
        let _ = parse(&parts.concat());
    }

    #[test]
    fn mutated_seed_pages_never_panic(edits in prop::collection::vec(edit(), 1..8)) {
        let mut text = SEED.to_owned();
        for e in &edits {
            apply(&mut text, e);
        }
        let _ = parse(&text);
        let _ = parse(&text.replace('\n', "\r\n"));
    }

    #[test]
    fn seed_pieces_in_any_order_never_panic(order in Just((0..SEED.lines().count()).collect::<Vec<_>>()).prop_shuffle()) {
        let lines: Vec<&str> = SEED.lines().collect();
        let text: Vec<&str> = order.iter().map(|&i| lines[i]).collect();
        let _ = parse(&text.join("\n"));
    }
}

/// Pieces that steer the readers of other styles (`[read]`) into each of their rules.
fn read_fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        fragment(),
        Just("### 400 Bad Request\n".to_owned()),
        Just("## Error 1015: limited\n".to_owned()),
        Just("| Error Code | S3 Code | HTTP Status | Details |\n".to_owned()),
        Just("| Code | Type | Description |\n".to_owned()),
        Just("|---|---|---|---|\n".to_owned()),
        Just("| **Error** | `x` |\n".to_owned()),
        Just("**HTTP Status:** ".to_owned()),
        Just("## HTTP Status Code\n\n".to_owned()),
        Just("returns `503 Service Unavailable`".to_owned()),
        Just("represents a 429 error".to_owned()),
        Just("title: ".to_owned()),
        Just("{% #anchor %}".to_owned()),
        Just("{\"error\": {\"status\": 404, \"code\": \"x\"}}".to_owned()),
    ]
}

/// Every rule of `[read]` on.
fn wide_read_config() -> errdocs_catalog::Config {
    errdocs_catalog::Config::from_toml_str(
        "errdocs.toml",
        "[read]\nretry = \"unstated\"\ncode_pattern = \"any\"\ncode_from = [\"file-name\"]\n\
         status_columns = [\"Code\"]\ncode_columns = [\"Type\"]\nexample_code = \"other\"\n\
         status_only = true\nskip_non_error_pages = true\nprose_status = true\n",
    )
    .unwrap()
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn the_readers_of_other_styles_never_panic(parts in prop::collection::vec(read_fragment(), 0..60)) {
        let text = parts.concat();
        for config in [errdocs_catalog::Config::default(), wide_read_config()] {
            let survey = errdocs_catalog::survey_pages(&[("a/x-400.mdx", text.as_str())], &config);
            for d in &survey.diagnostics {
                let _ = d.render(false);
                prop_assert!(d.span.end <= d.source_line.len(), "span outside its line: {:?}", d);
            }
            for e in &survey.entries {
                prop_assert!(e.status.is_none_or(errdocs_catalog::is_error_status));
            }
        }
    }
}

#[test]
fn crlf_seed_has_the_same_facts() {
    let lf = parse(SEED).expect("the seed parses");
    let crlf = parse(&SEED.replace('\n', "\r\n")).expect("the CRLF seed parses");
    assert_eq!(crlf.code, "unauthorized");
    assert_eq!(
        (
            &crlf.code,
            crlf.status,
            &crlf.title,
            &crlf.summary,
            &crlf.retry
        ),
        (&lf.code, lf.status, &lf.title, &lf.summary, &lf.retry)
    );
    assert_eq!(
        (&crlf.causes, &crlf.fixes, &crlf.sdk),
        (&lf.causes, &lf.fixes, &lf.sdk)
    );
    assert_eq!(crlf.sections, lf.sections);
    assert_eq!(crlf.example.map(|e| e.json), lf.example.map(|e| e.json));
}

proptest! {
    #![proptest_config(config(64))]

    /// Any mix of LF and CRLF line ends gives the seed's facts.
    #[test]
    fn mixed_line_ends_give_the_same_facts(crlf in prop::collection::vec(any::<bool>(), SEED.lines().count())) {
        let lf = parse(SEED).expect("the seed parses");
        let text: String = SEED
            .lines()
            .zip(&crlf)
            .map(|(line, &cr)| format!("{line}{}", if cr { "\r\n" } else { "\n" }))
            .collect();
        let page = parse(&text).expect("the mixed page parses");
        prop_assert_eq!(
            (&page.code, page.status, &page.summary, &page.retry, &page.causes, &page.fixes, &page.sdk),
            (&lf.code, lf.status, &lf.summary, &lf.retry, &lf.causes, &lf.fixes, &lf.sdk)
        );
    }
}

/// Deep nesting must not overflow the stack (tests run on small thread stacks), and nested
/// YAML aliases must not expand without bound.
#[test]
fn deep_or_exploding_input_is_refused_in_time() {
    let deep = 50_000;
    let cases = [
        format!("---\ncode: {}\n---\n", "[".repeat(deep)),
        format!("---\ncode: {}\n---\n", "{a: ".repeat(deep)),
        format!("---\n{}x: 1\n---\n", "- ".repeat(deep)),
        format!("# x\n\n{}deep\n", "> ".repeat(deep)),
        format!("# x\n\n{}deep\n", "* ".repeat(deep)),
        format!("# x\n\n{}deep{}\n", "*".repeat(deep), "*".repeat(deep)),
        format!("# x\n\n{}x{}\n", "[".repeat(deep), "](y)".repeat(deep)),
        format!(
            "# x\n\n## Example response\n\n```json\n{}\n```\n",
            "[".repeat(deep)
        ),
        format!(
            "# x\n\n## Example response\n\n```json\n{{\"a\": {}\n```\n",
            "{\"b\": ".repeat(deep)
        ),
        format!("# x\n\n{}\n", "<Note>".repeat(deep)),
        // Each alias copies its value: nine levels of nine make 9^9 strings.
        {
            let mut yaml = String::from("---\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
            for i in 1..10 {
                let p = i - 1;
                yaml.push_str(&format!(
                    "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
                ));
            }
            yaml.push_str("---\n# x\n");
            yaml
        },
    ];
    for text in &cases {
        let start = std::time::Instant::now();
        let _ = parse(text);
        assert!(
            start.elapsed() < std::time::Duration::from_secs(5),
            "slow on {:?}…",
            &text[..40]
        );
    }
}

/// Many rows, links and diagnostics stay fast.
#[test]
fn large_pages_parse_in_time() {
    // Each duplicate row costs a scan of the page for its line: keep the count modest.
    let rows = "| **HTTP status** | `404 Not Found` |\n".repeat(1_000);
    let links = "* [`x`](/errors/x) and [y](../y.md)\n".repeat(5_000);
    let cases = [
        format!("# x\n\n> Gone.\n\n| | |\n|-|-|\n{rows}"),
        format!("{SEED}\n## Related\n\n{links}"),
        SEED.repeat(20),
    ];
    for text in &cases {
        let start = std::time::Instant::now();
        let _ = parse(text);
        assert!(
            start.elapsed() < std::time::Duration::from_secs(5),
            "slow on {:?}…",
            &text[..40]
        );
    }
}
