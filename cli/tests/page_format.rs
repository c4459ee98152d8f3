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
