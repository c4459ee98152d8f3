//! The `Example response` section: its JSON and the checks against the page's facts.

use super::*;
use crate::Envelope;

/// A page whose example block opens on line 12, so `json` starts on line 13.
fn with_example(info: &str, json: &str) -> String {
    format!(
        "# not_found\n\n> Gone.\n\n| | |\n|-|-|\n| Status | 404 |\n| Retry? | No |\n\n\
         ## Example response\n\n```{info}\n{json}\n```\n"
    )
}

const GOOD: &str = "{\n  \"detail\": \"Not found\",\n  \"code\": \"not_found\",\n  \
                    \"request_id\": \"r1\",\n  \"doc_url\": \"/errors/test_page\"\n}";

#[test]
fn the_example_is_parsed() {
    for info in [
        "json",
        "json theme={null}",
        "JSON title=\"Response\"",
        "jsonc",
    ] {
        let page = ok(&with_example(info, GOOD));
        let example = page.example.expect("an example");
        assert_eq!(example.json["code"], "not_found", "{info}");
        assert_eq!(example.text, format!("{GOOD}\n"));
    }
}

#[test]
fn other_blocks_are_not_the_example() {
    let page = ok(&with_example("bash", "curl https://api.example.com"));
    assert_eq!(page.example, None);
    let text = format!(
        "{}\n## Notes\n\n```json\n{{\"code\": \"other\"}}\n```\n",
        page_with_rows("not_found", &["| Status | 404 |", "| Retry? | No |"])
    );
    assert_eq!(ok(&text).example, None);
}

#[test]
fn the_doc_url_is_compared_by_path_without_a_template() {
    let json = GOOD.replace(
        "/errors/test_page",
        "https://docs.example.com/errors/test_page",
    );
    assert!(ok(&with_example("json", &json)).example.is_some());
    let json = GOOD.replace("/errors/test_page", "https://docs.example.com/errors/other");
    let diags = errors(&with_example("json", &json));
    assert_eq!(
        messages(&diags),
        [
            "the example's `doc_url` is \"https://docs.example.com/errors/other\", expected \"/errors/test_page\""
        ]
    );
    assert_eq!(at(&diags[0]), (17, 14));
}

#[test]
fn a_wrong_code_is_an_error() {
    let text = with_example("json", &GOOD.replace("\"not_found\"", "\"missing\""));
    let diags = errors(&text);
    assert_eq!(
        messages(&diags),
        ["the example's `code` is \"missing\", expected \"not_found\""]
    );
    assert_eq!(at(&diags[0]), (15, 11));
    assert_eq!(diags[0].label, "the page's code is \"not_found\"");
}

#[test]
fn unexpected_and_missing_keys() {
    let text = with_example("json", &GOOD.replace("\"doc_url\"", "\"docurl\""));
    let diags = errors(&text);
    // In page order: the missing key is reported at the object's `{`.
    assert_eq!(
        messages(&diags),
        [
            "the example response lacks `doc_url`",
            "unexpected key `docurl` in the example response"
        ]
    );
    assert_eq!(at(&diags[0]), (13, 1));
    assert_eq!(at(&diags[1]), (17, 3));
    assert_eq!(
        diags[1].help.as_deref(),
        Some(
            "did you mean `doc_url`? the envelope's keys are `detail`, `code`, `request_id`, `doc_url`"
        )
    );
}

#[test]
fn a_key_twice_is_an_error() {
    let json = GOOD.replace("\"r1\",", "\"r1\",\n  \"code\": \"not_found\",");
    let diags = errors(&with_example("json", &json));
    assert_eq!(
        messages(&diags),
        ["key `code` appears twice in the example response"]
    );
    assert_eq!(at(&diags[0]), (17, 3));
}

#[test]
fn invalid_json_is_an_error_at_its_place() {
    let json = GOOD.replace("\"r1\",", "\"r1\"");
    let diags = errors(&with_example("json", &json));
    assert_eq!(messages(&diags), ["the example response is not valid JSON"]);
    assert_eq!(at(&diags[0]), (17, 3));
    assert_eq!(diags[0].label, "expected `,` or `}`");
    let diags = errors(&with_example("json", "[1, 2]"));
    assert_eq!(
        messages(&diags),
        ["the example response is not a JSON object"]
    );
    assert_eq!(at(&diags[0]), (12, 1));
}

#[test]
fn a_second_example_is_an_error() {
    let text = format!("{}\n```json\n{GOOD}\n```\n", with_example("json", GOOD));
    let diags = errors(&text);
    assert_eq!(messages(&diags), ["a second example response"]);
    assert_eq!(at(&diags[0]), (21, 1));
    assert_eq!(diags[0].label, "the first one starts on line 12");
}

#[test]
fn the_problem_envelope_has_its_own_keys() {
    let config = Config {
        envelope: Envelope::Problem,
        doc_url: Some("https://docs.example.com/errors/{slug}".to_owned()),
        ..Config::default()
    };
    let json = "{\"type\": \"https://docs.example.com/errors/not_found\", \"title\": \"Not Found\", \
                \"status\": 404, \"detail\": \"Gone\", \"instance\": \"/things/1\", \
                \"code\": \"not_found\", \"request_id\": \"r1\"}";
    let page = parse_with("not_found", &with_example("json", json), &config).unwrap();
    assert_eq!(page.example.unwrap().json["status"], 404);
    let text = with_example("json", &json.replace("404", "410"));
    let diags = parse_with("not_found", &text, &config).unwrap_err();
    assert_eq!(
        messages(&diags),
        ["the example's `status` is 410, expected 404"]
    );
    assert_eq!(at(&diags[0]), position(&text, "410"));
    assert_eq!(at(&diags[0]), (13, 87));
}

#[test]
fn an_untagged_example_is_reported() {
    let diags = errors(&with_example("", GOOD));
    assert_eq!(
        messages(&diags),
        ["the example response is not tagged `json`"]
    );
    assert_eq!(at(&diags[0]), (12, 1));
    assert_eq!(diags[0].label, "no language after the fence");
    // Other untagged blocks are just text.
    assert_eq!(ok(&with_example("", "GET /things/1")).example, None);
}
