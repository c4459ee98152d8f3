//! Every "From `fixture`" example of `docs/PAGE-FORMAT.md` is what `errdocs check` prints for
//! that fixture of `tests/fixtures/bad/`, so the documented contract cannot drift from the tool.

mod support;

use support::{errdocs, workspace};

/// `(fixture, example text)` of every "From `fixture`" example: the first ```` ```text ````
/// block after the words.
fn examples(doc: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = doc;
    while let Some(at) = rest.find("From `") {
        let after = &rest[at + "From `".len()..];
        let Some(end) = after.find('`') else { break };
        let fixture = after[..end].to_owned();
        let Some(open) = after.find("```text\n") else {
            break;
        };
        let block = &after[open + "```text\n".len()..];
        let Some(close) = block.find("\n```") else {
            break;
        };
        out.push((fixture, format!("{}\n", &block[..close])));
        rest = &block[close..];
    }
    out
}

#[test]
fn every_from_fixture_example_of_page_format_is_what_check_prints() {
    let doc = std::fs::read_to_string(workspace().join("docs/PAGE-FORMAT.md")).unwrap();
    let examples = examples(&doc);
    assert!(
        examples.len() >= 25,
        "only {} examples found",
        examples.len()
    );
    let mut drifted = Vec::new();
    for (fixture, expected) in &examples {
        let dir = format!("tests/fixtures/bad/{fixture}");
        assert!(
            workspace().join(&dir).is_dir(),
            "PAGE-FORMAT.md names a fixture that does not exist: {dir}"
        );
        let out = errdocs(&["check", &dir]);
        let actual = String::from_utf8(out.stderr).unwrap();
        if !actual.contains(expected.as_str()) {
            drifted.push(format!(
                "--- From `{fixture}`: documented\n{expected}--- printed\n{actual}"
            ));
        }
    }
    assert!(
        drifted.is_empty(),
        "{} examples of PAGE-FORMAT.md differ from the tool:\n{}",
        drifted.len(),
        drifted.join("\n")
    );
}

/// `(fixture, text)` of every "`words` `existing/NAME`:" example of `docs/PAGE-FORMAT.md`:
/// the first block after the words.
fn existing_examples(doc: &str, words: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = doc;
    let marker = format!("{words} `existing/");
    while let Some(at) = rest.find(&marker) {
        let after = &rest[at + marker.len()..];
        let Some(end) = after.find('`') else { break };
        let fixture = after[..end].to_owned();
        let Some(open) = after.find("```") else { break };
        let Some(newline) = after[open..].find('\n') else {
            break;
        };
        let block = &after[open + newline + 1..];
        let Some(close) = block.find("\n```") else {
            break;
        };
        out.push((fixture, format!("{}\n", &block[..close])));
        rest = &block[close..];
    }
    out
}

#[test]
fn every_reading_existing_docs_example_is_what_the_tool_prints() {
    let doc = std::fs::read_to_string(workspace().join("docs/PAGE-FORMAT.md")).unwrap();
    let mut checked = 0;
    for (words, args) in [
        ("Read from", &["list", "--keep-going"][..]),
        ("Init of", &["init"]),
    ] {
        for (fixture, expected) in existing_examples(&doc, words) {
            let dir = format!("tests/fixtures/existing/{fixture}");
            assert!(workspace().join(&dir).is_dir(), "no fixture {dir}");
            let mut all = args.to_vec();
            all.push(&dir);
            let out = errdocs(&all);
            let actual = String::from_utf8(out.stdout).unwrap();
            assert_eq!(
                actual, expected,
                "{words} `existing/{fixture}` differs from the tool"
            );
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} examples found");
}

#[test]
fn the_explain_example_of_an_entry_is_what_the_tool_prints() {
    let doc = std::fs::read_to_string(workspace().join("docs/PAGE-FORMAT.md")).unwrap();
    let marker = "`errdocs explain 10003 --docs tests/fixtures/catalogs/entries`:\n\n```text\n";
    let at = doc.find(marker).expect("no explain example of an entry") + marker.len();
    let expected = &doc[at..at + doc[at..].find("\n```").unwrap() + 1];
    let out = errdocs(&[
        "explain",
        "10003",
        "--docs",
        "tests/fixtures/catalogs/entries",
    ]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
}
