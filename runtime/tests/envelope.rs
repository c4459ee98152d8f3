//! For every page of the reference catalog, in both envelopes, the body the runtime writes
//! equals the page's example response apart from `request_id` (and, for problem details,
//! mapped key by key).

errdocs::catalog!("../docs/errors");

/// The detail a service would send for a page without a template: for 5xx the summary
/// (never the error's text); for 4xx the service's message, taken here from the example.
fn detail(doc: &errdocs::ErrorDoc, example: &serde_json::Value) -> String {
    if doc.is_server_error() {
        doc.summary.to_owned()
    } else {
        example["detail"].as_str().unwrap().to_owned()
    }
}

#[test]
fn errdocs_envelope_matches_every_example() {
    assert_eq!(ERRORS.len(), 15);
    for doc in ERRORS.iter() {
        let example_text = doc.example.unwrap();
        let mut example: serde_json::Value = serde_json::from_str(example_text).unwrap();
        // A page's members come from an error value (tests/members.rs): the page's body
        // alone is the envelope.
        for member in doc.members {
            example.as_object_mut().unwrap().remove(member.name);
        }
        let request_id = example["request_id"].as_str().unwrap();
        let body = doc.body(detail(doc, &example).into(), request_id);
        let written = serde_json::to_string(&body).unwrap();
        // Same keys, same order, same values: compare the compact texts.
        let expected = serde_json::to_string(&example).unwrap();
        assert_eq!(written, expected, "{}", doc.code);
    }
}

#[test]
fn problem_envelope_carries_the_same_facts() {
    for doc in ERRORS.iter() {
        let example: serde_json::Value = serde_json::from_str(doc.example.unwrap()).unwrap();
        let request_id = example["request_id"].as_str().unwrap();
        let problem = doc.problem(detail(doc, &example).into(), request_id, "/x");
        let json = serde_json::to_value(&problem).unwrap();
        assert_eq!(json["type"], example["doc_url"], "{}", doc.code);
        assert_eq!(json["code"], example["code"]);
        assert_eq!(json["detail"], example["detail"]);
        assert_eq!(json["request_id"], example["request_id"]);
        assert_eq!(json["status"], doc.status);
        let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "type",
                "title",
                "status",
                "detail",
                "instance",
                "code",
                "request_id"
            ]
        );
    }
}
