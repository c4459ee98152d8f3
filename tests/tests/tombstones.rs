//! Retired codes stay known: the catalog enum keeps their variant (deprecated) and clients
//! still parse them, while producing one is refused at compile time (see `tests/ui`).

#![deny(deprecated)]

errdocs::catalog!("fixtures/catalogs/retired");

#[test]
fn a_retired_code_is_still_parsed_by_clients() {
    let code = ErrorCode::from_code("card_refused").expect("the retired code is known");
    assert_eq!(code.code(), "card_refused");
    assert_eq!(code.status(), 402);
    let body = br#"{"detail":"refused","code":"card_refused","request_id":"r1","doc_url":"/errors/card_refused"}"#;
    let failure = errdocs::client::parse::<ErrorCode>(402, &http::HeaderMap::new(), body);
    assert_eq!(failure.code.map(ErrorCode::code), Some("card_refused"));
}

#[test]
fn the_retired_variant_is_in_the_table_and_deprecated() {
    let codes: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(codes, ["card_declined", "card_refused"]);
    #[allow(deprecated)]
    let retired = ErrorCode::CardRefused;
    assert_eq!(retired.doc().source_path, "card_refused.md");
}
