//! Hostile folders: clashing Rust names, links out, control characters, huge pages, floods.

use super::*;
use crate::{MAX_DIAGNOSTICS_PER_RUN, identifier_key, render_all};

fn with_max(max: u64) -> Config {
    Config {
        max_page_bytes: max,
        ..Config::default()
    }
}

#[test]
fn codes_that_become_one_rust_name_are_reported_at_every_page() {
    let docs = Docs::new(&[
        (
            "card_declined.md",
            sibling("card_declined", 402, &[]).as_bytes(),
        ),
        (
            "card-declined.md",
            sibling("card-declined", 402, &[]).as_bytes(),
        ),
        (
            "billing/Card.Declined.md",
            sibling("card.declined", 402, &[]).as_bytes(),
        ),
        ("paid.md", sibling("paid", 402, &[]).as_bytes()),
    ]);
    let diags = load(&docs).unwrap_err();
    assert_eq!(
        messages(&diags),
        [
            "code `card.declined` becomes the same Rust name as `card-declined`, `card_declined`",
            "code `card-declined` becomes the same Rust name as `card.declined`, `card_declined`",
            "code `card_declined` becomes the same Rust name as `card.declined`, `card-declined`",
        ]
    );
    // Each at its own page's code, naming the others' `path:line:col`.
    assert_eq!(diags[0].path, docs.shown("billing/Card.Declined.md"));
    assert_eq!(at(&diags[0]), (1, 3));
    assert_eq!(
        diags[1].label,
        format!(
            "also `card.declined` at {}:1:3, `card_declined` at {}:1:3",
            docs.shown("billing/Card.Declined.md"),
            docs.shown("card_declined.md")
        )
    );
    assert_eq!(identifier_key("Card.De-cl_ined"), "carddeclined");
}

#[test]
fn a_code_that_becomes_a_keyword_or_a_generated_name_is_reported() {
    let docs = Docs::new(&[
        ("self.md", sibling("self", 400, &[]).as_bytes()),
        ("a_l_l.md", sibling("a_l_l", 400, &[]).as_bytes()),
        ("err.md", sibling("err", 400, &[]).as_bytes()),
        ("type.md", sibling("type", 400, &[]).as_bytes()),
        ("all.md", sibling("all", 400, &[]).as_bytes()),
    ]);
    let diags = load(&docs).unwrap_err();
    let mut got = messages(&diags);
    got.sort();
    assert_eq!(
        got,
        [
            "code `a_l_l` becomes `ALL`, a name the generated enum already uses",
            "code `a_l_l` becomes the same Rust name as `all`",
            "code `all` becomes the same Rust name as `a_l_l`",
            "code `err` becomes `Err`, a name the generated enum already uses",
            "code `self` becomes the Rust keyword `Self`",
        ]
    );
}

#[test]
fn every_keyword_is_checked_as_a_code() {
    use crate::{IdentifierClash, identifier_clash};
    // Only `self` becomes a keyword in PascalCase; every other keyword is a fine variant.
    for kw in super::super::check::KEYWORDS {
        let code = kw.to_lowercase();
        let expected = (code == "self").then_some(IdentifierClash::Keyword("Self"));
        assert_eq!(identifier_clash(&code), expected, "{code}");
    }
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_folder_are_not_followed() {
    let docs = Docs::new(&[("paid.md", sibling("paid", 402, &[]).as_bytes())]);
    let secret = docs.base.join("secret.md");
    std::fs::write(&secret, "root:x:0:0:secret line\n").unwrap();
    std::os::unix::fs::symlink(&secret, docs.root.join("passwd.md")).unwrap();
    std::os::unix::fs::symlink("/", docs.root.join("root")).unwrap();
    // A link inside the folder is fine.
    std::os::unix::fs::symlink("paid.md", docs.root.join("alias.md")).unwrap();
    let diags = load(&docs).unwrap_err();
    // `alias.md` is read (inside the folder), so `paid` has two pages.
    assert_eq!(
        messages(&diags),
        [
            "this symbolic link leads outside the docs folder",
            "this symbolic link leads outside the docs folder",
            "code `paid` is used by two pages",
        ]
    );
    assert_eq!(diags[0].path, docs.shown("passwd.md"));
    assert_eq!(diags[1].path, docs.shown("root"));
    assert!(!render_all(&diags, false).contains("secret line"));
}

#[test]
fn a_file_name_with_a_control_character_is_a_diagnostic() {
    let docs = Docs::new(&[
        ("paid.md", sibling("paid", 402, &[]).as_bytes()),
        (
            "a\ncargo:rustc-env=PWNED=1\nb.md",
            sibling("b", 402, &[]).as_bytes(),
        ),
    ]);
    let diags = load(&docs).unwrap_err();
    assert_eq!(messages(&diags), ["file name holds a control character"]);
    assert_eq!(
        diags[0].path,
        docs.shown("a\\ncargo:rustc-env=PWNED=1\\nb.md")
    );
    assert!(!diags[0].to_string().contains("\ncargo:"));
}

#[test]
fn a_page_over_max_page_bytes_is_one_diagnostic() {
    let big = format!("{}{}", sibling("big", 400, &[]), "x ".repeat(600));
    let docs = Docs::new(&[
        ("big.md", big.as_bytes()),
        ("paid.md", sibling("paid", 402, &[]).as_bytes()),
    ]);
    let diags = load_catalog(&docs.root, &with_max(1000)).unwrap_err();
    assert_eq!(
        messages(&diags),
        [format!(
            "the page is larger than the limit of 1000 bytes ({} bytes)",
            big.len()
        )]
    );
    assert_eq!(diags[0].line, 0);
    assert!(load_catalog(&docs.root, &with_max(big.len() as u64)).is_ok());
    let err =
        crate::load_catalog_from_pages(&[("big.md", big.as_str())], &with_max(10)).unwrap_err();
    assert_eq!(err[0].path, "docs/errors/big.md");
}

#[test]
fn dead_links_are_capped_per_page_and_per_run() {
    let links: Vec<String> = (0..300).map(|i| format!("/errors/nope{i}")).collect();
    let links: Vec<&str> = links.iter().map(String::as_str).collect();
    let files: Vec<(String, String)> = (0..8)
        .map(|p| (format!("p{p}.md"), sibling(&format!("p{p}"), 400, &links)))
        .collect();
    let files: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_bytes()))
        .collect();
    let docs = Docs::new(&files);
    let diags = load(&docs).unwrap_err();
    assert_eq!(diags.len(), MAX_DIAGNOSTICS_PER_RUN + 1);
    // The first page: 100 dead links, then the count of its other 200.
    assert_eq!(
        diags[100].message,
        "200 more problems in this page are not shown"
    );
    assert_eq!(diags[100].path, docs.shown("p0.md"));
    // 8 pages × 300 links: 500 shown (4 pages of 101, 96 of the fifth), the rest counted.
    let last = diags.last().unwrap();
    assert_eq!(
        last.message,
        format!(
            "{} more problems in this catalog are not shown",
            8 * 300 - 4 * 300 - 96
        )
    );
}

#[test]
fn one_line_of_many_dead_links_reports_bounded_snippets() {
    let line: String = (0..20_000).map(|i| format!("[x](/errors/n{i}) ")).collect();
    let page = format!("{}\n{line}\n", sibling("p", 400, &[]));
    let docs = Docs::new(&[("p.md", page.as_bytes())]);
    let diags = load_catalog(&docs.root, &with_max(1 << 24)).unwrap_err();
    assert_eq!(diags.len(), 101);
    assert!(diags.iter().all(|d| d.source_line.len() < 1024));
    assert_eq!(diags[99].line, 13);
    assert_eq!(diags[0].help.as_deref(), Some("did you mean `p`?"));
}

#[test]
fn a_dead_link_still_gets_a_suggestion_among_many_pages() {
    let mut files: Vec<(String, String)> = (0..2_000)
        .map(|p| {
            (
                format!("e{p:04}.md"),
                sibling(&format!("e{p:04}"), 400, &[]),
            )
        })
        .collect();
    files.push((
        "x.md".to_owned(),
        sibling("x", 400, &["/errors/rate_limitd"]),
    ));
    files.push((
        "rate_limited.md".to_owned(),
        sibling("rate_limited", 429, &[]),
    ));
    let files: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_bytes()))
        .collect();
    let docs = Docs::new(&files);
    let diags = load(&docs).unwrap_err();
    assert_eq!(diags.len(), 1);
    assert_eq!(
        diags[0].help.as_deref(),
        Some("did you mean `rate_limited`?")
    );
}

#[test]
fn a_large_group_of_colliding_codes_names_a_few_and_counts_the_rest() {
    let codes = [
        "abc", "a_bc", "ab_c", "a_b_c", "a-bc", "ab-c", "a-b-c", "a.bc", "ab.c", "a.b.c", "a_b-c",
        "a-b_c",
    ];
    let files: Vec<(String, String)> = codes
        .iter()
        .map(|c| (format!("{c}.md"), sibling(c, 400, &[])))
        .collect();
    let files: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_bytes()))
        .collect();
    let docs = Docs::new(&files);
    let diags = load(&docs).unwrap_err();
    assert_eq!(diags.len(), codes.len());
    assert!(
        diags.iter().all(|d| d.message.ends_with(" and 6 more")),
        "{}",
        diags[0].message
    );
}
