//! Catalog mode on pages written in another style: `errdocs::catalog!` on a folder whose
//! `errdocs.toml` has `[read]` rules gives one variant per entry of its catalog pages (rows
//! of a table, errors under status headings), each with its own facts and `explain` text.

use std::str::FromStr;

mod entries {
    errdocs::catalog!("fixtures/catalogs/entries");
}

use entries::ErrorCode;

#[test]
fn one_variant_per_entry() {
    let codes: Vec<(&str, u16, bool)> = ErrorCode::ALL
        .iter()
        .map(|c| (c.code(), c.doc().status, c.doc().retry.retryable))
        .collect();
    assert_eq!(
        codes,
        [
            ("10001", 500, true),
            ("10002", 401, false),
            ("10003", 403, false),
            ("bad_digest", 400, false),
            ("rate_limit_exceeded", 429, true),
        ]
    );
    assert_eq!(entries::ERRORS.len(), 5);
}

#[test]
fn numeric_codes_name_variants_and_parse_back() {
    assert_eq!(ErrorCode::E10002.code(), "10002");
    assert_eq!(ErrorCode::from_str("10003").ok(), Some(ErrorCode::E10003));
    assert_eq!(ErrorCode::BadDigest.doc().title, "Bad Request");
}

#[test]
fn entries_keep_their_file_and_get_their_own_doc_url() {
    let doc = ErrorCode::E10002.doc();
    assert_eq!(doc.source_path, "r2-errors.md");
    assert_eq!(doc.summary, "Missing or invalid credentials.");
    assert_eq!(
        doc.doc_url,
        "https://docs.example.com/errors/r2-errors#10002"
    );
    let doc = ErrorCode::RateLimitExceeded.doc();
    assert_eq!(doc.source_path, "common-errors.md");
    assert_eq!(doc.summary, "Request rate limit exceeded.");
}

#[test]
fn explain_shows_the_entrys_row_or_section() {
    let text = errdocs::explain(ErrorCode::E10002);
    assert_eq!(
        text,
        "# 10002\n\n> HTTP 401 — Missing or invalid credentials.\n\n\
         | Error Code | S3 Code | HTTP Status | Details |\n\
         |------------|---------|-------------|---------|\n\
         | 10002 | Unauthorized | 401 | Missing or invalid credentials. |\n\
         \nRead from line 10 of `fixtures/catalogs/entries/r2-errors.md`.\n"
    );
    let text = errdocs::explain(ErrorCode::BadDigest);
    assert!(
        text.contains(
            "| **Error** | `bad_digest` |\n| **Message** | The digest did not match. |\n"
        ),
        "{text}"
    );
    assert!(!text.contains("rate_limit_exceeded"), "{text}");
    assert!(text.contains("line 7 of"), "{text}");
}

/// The derive on the same folder: a variant names an entry by its code.
#[derive(Debug, errdocs::ApiError)]
#[api_error(docs = "fixtures/catalogs/entries", display)]
enum StorageError {
    #[api_error(code = "10002")]
    NoCredentials,
    #[api_error(code = "rate_limit_exceeded")]
    Slow,
}

#[test]
fn the_derive_reads_entries_of_catalog_pages() {
    use errdocs::ApiError;
    assert_eq!(StorageError::NoCredentials.status().as_u16(), 401);
    assert_eq!(
        StorageError::NoCredentials.to_string(),
        "Missing or invalid credentials."
    );
    assert!(!StorageError::NoCredentials.is_retryable());
    assert_eq!(StorageError::Slow.status().as_u16(), 429);
    assert!(StorageError::Slow.is_retryable());
    assert_eq!(
        StorageError::Slow.doc_url(),
        "https://docs.example.com/errors/common-errors#rate-limit-exceeded"
    );
}

/// `build.rs` ingestion of the same folder: the generated source holds one variant per entry
/// and each entry's own part of its page.
#[test]
fn build_rs_generates_one_variant_per_entry() {
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("entries-build-rs");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    let path = errdocs_build::Builder::new("fixtures/catalogs/entries")
        .out_dir(&out)
        .compile()
        .unwrap();
    let source = std::fs::read_to_string(path).unwrap();
    for variant in [
        "E10001",
        "E10002",
        "E10003",
        "BadDigest",
        "RateLimitExceeded",
    ] {
        assert!(source.contains(variant), "no {variant} in {source}");
    }
    assert!(source.contains("r2-errors#10002"), "{source}");
    assert!(source.contains("Read from line 10 of"), "{source}");
    assert!(!source.contains("include_str"), "{source}");
}
