//! Body members: the example's extra keys and the `Response fields` section.

use super::*;
use crate::MemberType;

/// A page whose example has `members` (JSON lines after `doc_url`) and `fields` after it.
fn with_members(members: &str, fields: &str) -> String {
    format!(
        "# not_found\n\n> Gone.\n\n| | |\n|-|-|\n| Status | 404 |\n| Retry? | No |\n\n\
         ## Example response\n\n```json\n{{\n  \"detail\": \"Not found\",\n  \"code\": \"not_found\",\n  \
         \"request_id\": \"r1\",\n  \"doc_url\": \"/errors/test_page\"{members}\n}}\n```\n\n{fields}"
    )
}

#[test]
fn extra_keys_are_members_with_the_type_of_their_value() {
    let page = ok(&with_members(
        ",\n  \"limit\": 100,\n  \"ratio\": 0.5,\n  \"ok\": true,\n  \"tags\": [\"a\"],\n  \"meta\": {\"n\": 1},\n  \"hint\": null",
        "",
    ));
    let got: Vec<(&str, String, bool)> = page
        .members
        .iter()
        .map(|m| (m.name.as_str(), m.json_type.to_string(), m.required))
        .collect();
    assert_eq!(
        got,
        [
            ("limit", "integer".to_owned(), true),
            ("ratio", "number".to_owned(), true),
            ("ok", "boolean".to_owned(), true),
            ("tags", "array of string".to_owned(), true),
            ("meta", "object with `n` (integer)".to_owned(), true),
            ("hint", "null".to_owned(), false),
        ]
    );
    assert_eq!(page.members[0].example, Some(serde_json::json!(100)));
    assert_eq!(&page.markdown[page.members[0].span.clone()], "\"limit\"");
}

#[test]
fn a_page_without_extra_keys_has_no_members() {
    assert!(
        parse_page("docs/errors/unauthorized.md", SEED)
            .unwrap()
            .members
            .is_empty()
    );
    assert!(ok(&with_members("", "")).members.is_empty());
}

#[test]
fn a_near_miss_of_a_missing_envelope_key_is_a_typo_not_a_member() {
    let text = with_members("", "").replace("\"doc_url\"", "\"doc_ur\"");
    let diags = errors(&text);
    only(&diags, "unexpected key `doc_ur` in the example response");
}

#[test]
fn the_table_gives_descriptions_optional_members_and_nested_fields() {
    let page = ok(&with_members(
        ",\n  \"errors\": [{\"field\": \"limit\", \"message\": \"too big\"}]",
        "## Response fields\n\n| Field | Type | Description |\n| --- | --- | --- |\n\
         | `errors` | `object[]` | What failed. |\n| `errors[].field` | `string` | The field. |\n\
         | `hint` | `string`, optional | What to try. |\n",
    ));
    assert_eq!(page.members.len(), 2);
    let errors = &page.members[0];
    assert_eq!(errors.description, "What failed.");
    assert!(errors.required);
    assert_eq!(errors.fields[0].path, "[].field");
    assert_eq!(errors.fields[0].description, "The field.");
    let hint = &page.members[1];
    assert_eq!((hint.name.as_str(), hint.required), ("hint", false));
    assert_eq!(hint.json_type, MemberType::String);
    assert_eq!(hint.example, None);
    // The section is read as members, not kept as an unknown section.
    assert!(page.sections.iter().all(|s| s.heading != "Response fields"));
}

#[test]
fn mintlify_response_fields_are_read() {
    let page = ok(&with_members(
        ",\n  \"limit\": 100",
        "## Response fields\n\n<ResponseField name=\"limit\" type=\"integer\" required>\n  Requests per minute.\n</ResponseField>\n\
         <ResponseField name=\"reset\" type=\"string\">When the window resets.</ResponseField>\n",
    ));
    let got: Vec<(&str, bool, &str)> = page
        .members
        .iter()
        .map(|m| (m.name.as_str(), m.required, m.description.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("limit", true, "Requests per minute."),
            ("reset", false, "When the window resets.")
        ]
    );
}

#[test]
fn a_null_example_takes_the_tables_type() {
    let page = ok(&with_members(
        ",\n  \"hint\": null",
        "## Response fields\n\n| Field | Type | Description |\n| --- | --- | --- |\n| `hint` | `string` (optional) | x |\n",
    ));
    assert_eq!(page.members[0].json_type, MemberType::String);
    assert!(!page.members[0].required);
}

#[test]
fn types_parse_and_agree() {
    for (text, shown) in [
        ("string", "string"),
        ("`Integer`", "integer"),
        ("string[]", "array of string"),
        ("array of objects", "array of object"),
        ("list of int", "array of integer"),
    ] {
        assert_eq!(
            MemberType::parse(text).unwrap().to_string(),
            shown,
            "{text}"
        );
    }
    assert_eq!(MemberType::parse("strng"), None);
    let number = MemberType::Number;
    assert!(number.agrees(&MemberType::Integer));
    assert!(!MemberType::Boolean.agrees(&MemberType::String));
}

/// The section is where the walk finds it: a heading with emphasis names it, a `##` line in
/// a code fence inside it does not end it, and the next H2 does.
#[test]
fn the_fields_section_runs_from_its_heading_to_the_next_h2_as_markdown_reads_them() {
    let fields = "## Response *fields*\n\n```text\n## not a heading\n```\n\n\
                  | Field | Type | Description |\n|---|---|---|\n| `limit` | `integer` | The cap. |\n\n\
                  ## How to fix\n\n| Field | Type | Description |\n|---|---|---|\n| `other` | `string` | Not a member. |\n";
    let page = ok(&with_members(",\n  \"limit\": 100", fields));
    let got: Vec<(&str, &str)> = page
        .members
        .iter()
        .map(|m| (m.name.as_str(), m.description.as_str()))
        .collect();
    assert_eq!(got, [("limit", "The cap.")]);
    let headings: Vec<&str> = page.sections.iter().map(|s| s.heading.as_str()).collect();
    assert!(!headings.contains(&"Response fields"), "{headings:?}");
}
