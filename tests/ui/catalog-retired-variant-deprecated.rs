#![deny(deprecated)]

errdocs::catalog!("../../../../tests/fixtures/catalogs/retired");

fn main() {
    // Parsing the retired code still works and names no variant: no warning.
    assert!(ErrorCode::from_code("card_refused").is_some());
    let _ = ErrorCode::CardDeclined;
    // Naming the variant, to produce the error, is refused with the replacement.
    let _ = ErrorCode::CardRefused;
}
