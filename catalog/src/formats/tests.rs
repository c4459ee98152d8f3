//! One test per reading rule, on small pages written for the test; each trap of the corpus
//! (numbers that are codes, page-wide examples, header rows, 1xx–3xx rows, non-HTTP pages)
//! has its own.

use super::read::read_page;
use super::status::{heading_status, status_cell, summary_status};
use super::*;

fn settings(toml: &str) -> ReadSettings {
    Config::from_toml_str("errdocs.toml", &format!("[read]\n{toml}"))
        .unwrap()
        .read
}

/// (code, status) of every entry of `text` read as `rel` with `toml`.
fn read(rel: &str, text: &str, toml: &str) -> Vec<(Option<String>, Option<u16>)> {
    read_page(rel, text, &settings(toml))
        .entries
        .into_iter()
        .map(|e| (e.code, e.status))
        .collect()
}

fn one(code: Option<&str>, status: Option<u16>) -> Vec<(Option<String>, Option<u16>)> {
    vec![(code.map(str::to_owned), status)]
}

#[test]
fn a_status_is_three_digits_from_400_to_599_with_a_fitting_reason() {
    assert_eq!(status_cell("401"), Some(401));
    assert_eq!(status_cell("`429 Too Many Requests`"), Some(429));
    assert_eq!(status_cell("429 Too Many requests"), Some(429));
    assert_eq!(status_cell("503 Unavailable"), Some(503));
    assert_eq!(status_cell("500 Internal Service Error"), Some(500));
    assert_eq!(status_cell("400 things to know"), None);
    assert_eq!(status_cell("304"), None);
    assert_eq!(status_cell("N/A"), None);
    assert_eq!(status_cell("4000"), None);
}

#[test]
fn trap_a_status_is_never_read_out_of_a_longer_number() {
    assert_eq!(status_cell("10001"), None);
    assert_eq!(status_cell("100100"), None);
    assert_eq!(
        heading_status("Error 1015: You are being rate limited"),
        None
    );
    assert_eq!(heading_status("Error 10028"), None);
    assert_eq!(summary_status("HTTP 4291."), None);
}

#[test]
fn status_headings_take_the_forms_pages_use() {
    assert_eq!(heading_status("400 Bad Request"), Some(400));
    assert_eq!(
        heading_status("Error 503: service temporarily unavailable"),
        Some(503)
    );
    assert_eq!(heading_status("Error 400"), Some(400));
    assert_eq!(
        heading_status("520 web server"),
        Some(520),
        "no canonical phrase"
    );
    assert_eq!(heading_status("404 when the key is missing"), None);
    assert_eq!(heading_status("400"), None, "a bare number is no heading");
}

#[test]
fn the_summary_prefix_is_read_with_a_dot_or_a_dash() {
    assert_eq!(summary_status("HTTP 429. Slow down."), Some(429));
    assert_eq!(summary_status("HTTP 429 — slow down."), Some(429));
    assert_eq!(summary_status("HTTP 429 requests are limited"), None);
}

#[test]
fn the_example_status_is_read_on_a_single_error_page() {
    let page = "---\ntitle: key_not_found\n---\n\n```json Example\n{\"error\": {\"status\": 404, \"title\": \"Not Found\"}}\n```\n";
    assert_eq!(
        read("key_not_found.mdx", page, ""),
        one(Some("key_not_found"), Some(404))
    );
    let top = "---\ntitle: gone\n---\n\n```json\n{\"status\": 410, \"code\": \"gone\"}\n```\n";
    assert_eq!(read("gone.md", top, ""), one(Some("gone"), Some(410)));
}

#[test]
fn trap_an_example_whose_code_is_another_error_gives_no_status() {
    let page = "---\ntitle: already-exists\n---\n\n```json\n{\"status\": 409, \"code\": \"409-01\"}\n```\n";
    assert_eq!(
        read("already-exists.md", page, ""),
        one(Some("already-exists"), None)
    );
    assert_eq!(
        read("already-exists.md", page, "example_code = \"other\""),
        one(Some("already-exists"), Some(409))
    );
}

#[test]
fn trap_an_example_on_a_page_without_a_code_gives_no_status() {
    // unkey's overview: an illustration of the format, not an error.
    let page = "---\ntitle: Error Codes\n---\n\n```json\n{\"error\": {\"status\": 401}}\n```\n";
    assert_eq!(read("overview.mdx", page, "code_pattern = \"any\""), vec![]);
}

#[test]
fn trap_a_page_wide_example_is_not_every_errors_status() {
    // Box: one example (status 400) above status headings with errors under them.
    let page = "# Errors\n\n```json\n{\"status\": 400, \"code\": \"bad_digest\"}\n```\n\n### 404 Not Found\n\n| | |\n|-|-|\n| **Error** | `not_found` |\n| **Message** | gone |\n| | |\n| **Error** | `trashed` |\n\n### 409 Conflict\n\n| | |\n|-|-|\n| **Error** | `item_name_in_use` |\n";
    assert_eq!(
        read("common-errors.md", page, ""),
        vec![
            (Some("not_found".into()), Some(404)),
            (Some("trashed".into()), Some(404)),
            (Some("item_name_in_use".into()), Some(409)),
        ]
    );
}

#[test]
fn a_table_with_a_code_and_a_status_column_is_a_catalog() {
    let page = "# Errors\n\n| Error Code | S3 Code | HTTP Status | Details |\n|-|-|-|-|\n| 10002 | Unauthorized | 401 | Bad token. |\n| 10058 | SlowDown | 429 | Too fast. |\n";
    assert_eq!(
        read("r2.mdx", page, "code_pattern = \"numeric\""),
        vec![
            (Some("10002".into()), Some(401)),
            (Some("10058".into()), Some(429))
        ]
    );
    // Without the numeric pattern the codes are not codes, and the statuses stay.
    assert_eq!(
        read("r2.mdx", page, ""),
        vec![(None, Some(401)), (None, Some(429))]
    );
}

#[test]
fn configured_columns_name_the_code_and_the_status() {
    let page = "| Code | Type | Description |\n|-|-|-|\n| 400 | general_argument_invalid | Bad. |\n| 409 | document_already_exists | Taken. |\n";
    let toml = "status_columns = [\"Code\"]\ncode_columns = [\"Type\"]";
    assert_eq!(
        read("+page.markdoc", page, toml),
        vec![
            (Some("general_argument_invalid".into()), Some(400)),
            (Some("document_already_exists".into()), Some(409)),
        ]
    );
    // By default `Code` names the code column and there is no status column: no catalog.
    assert_eq!(read("+page.markdoc", page, ""), vec![]);
}

#[test]
fn trap_1xx_to_3xx_rows_are_not_errors() {
    let page = "| Code | Text | Description |\n|-|-|-|\n| 200 | OK | Fine. |\n| 304 | Not Modified | Same. |\n| 404 | Not Found | Gone. |\n";
    let toml = "status_columns = [\"Code\"]\nstatus_only = true";
    assert_eq!(read("codes.md", page, toml), vec![(None, Some(404))]);
}

#[test]
fn trap_the_header_row_of_a_wide_table_is_not_a_facts_row() {
    // Today's facts reader would take `Name` for the code of `| Code | Name |`.
    let page =
        "---\ntitle: quota_exceeded\n---\n\n| Code | Name | Meaning |\n|-|-|-|\n| 1 | a | b |\n";
    assert_eq!(
        read("quota_exceeded.md", page, ""),
        one(Some("quota_exceeded"), None)
    );
    let two =
        "---\ntitle: quota_exceeded\n---\n\n| Code | Name |\n|-|-|\n| **HTTP status** | 429 |\n";
    assert_eq!(
        read("quota_exceeded.md", two, ""),
        one(Some("quota_exceeded"), None)
    );
}

#[test]
fn a_two_column_table_with_an_empty_or_fact_header_is_a_facts_table() {
    let empty = "# card_declined\n\n| | |\n|-|-|\n| **HTTP status** | `402 Payment Required` |\n| **Retry?** | No |\n";
    let entries = read_page("card_declined.md", empty, &ReadSettings::default()).entries;
    assert_eq!(
        (
            entries[0].code.as_deref(),
            entries[0].status,
            entries[0].retryable
        ),
        (Some("card_declined"), Some(402), Some(false))
    );
    let fact_header = "# card_declined\n\n| **HTTP status** | 402 |\n|-|-|\n| **Retry?** | Yes |\n";
    let entries = read_page("card_declined.md", fact_header, &ReadSettings::default()).entries;
    assert_eq!(
        (entries[0].status, entries[0].retryable),
        (Some(402), Some(true))
    );
}

#[test]
fn a_bold_label_line_is_read_like_a_facts_row() {
    let page =
        "---\ntitle: expired\n---\n\n**HTTP Status:** 401 Unauthorized\n\nThe token expired.\n";
    assert_eq!(
        read("expired.md", page, ""),
        one(Some("expired"), Some(401))
    );
}

#[test]
fn a_fact_section_gives_the_code_and_the_status() {
    let page = "---\ntitle: Namespace Gone\n---\n\n## Error Code\n\n`unkey/data/gone`\n\n## HTTP Status Code\n\n`410 Gone`\n";
    assert_eq!(
        read("gone.mdx", page, "code_pattern = \"any\""),
        one(Some("unkey/data/gone"), Some(410))
    );
}

#[test]
fn prose_statuses_need_the_setting_an_anchor_and_one_status() {
    let page =
        "---\ntitle: deployment_offline\n---\n\nThe gateway returns `503 Service Unavailable`.\n";
    assert_eq!(
        read("d.mdx", page, ""),
        one(Some("deployment_offline"), None)
    );
    assert_eq!(
        read("d.mdx", page, "prose_status = true"),
        one(Some("deployment_offline"), Some(503))
    );
    let described =
        "---\ntitle: rate_limited\ndescription: \"RateLimited represents a 429 error.\"\n---\n";
    assert_eq!(
        read("r.mdx", described, "prose_status = true"),
        one(Some("rate_limited"), Some(429))
    );
    let passing = "---\ntitle: gone\n---\n\nUnlike a 404 error, this one returns 410 for good.\n";
    assert_eq!(
        read("g.mdx", passing, "prose_status = true"),
        one(Some("gone"), None)
    );
    let two = "---\ntitle: x\n---\n\nHTTP status 401 at first, HTTP status 403 later.\n";
    assert_eq!(
        read("x.mdx", two, "prose_status = true"),
        one(Some("x"), None)
    );
}

#[test]
fn codes_come_from_front_matter_aliases_and_a_title_that_is_a_code() {
    for key in ["code", "identifier", "title"] {
        let page = format!("---\n{key}: card_declined\n---\n\nText.\n");
        assert_eq!(read("x.md", &page, ""), one(Some("card_declined"), None));
        let page = format!("---\n{key}: card_declined\nstatus: 402\n---\n\nText.\n");
        assert_eq!(
            read("x.md", &page, ""),
            one(Some("card_declined"), Some(402))
        );
    }
    let prose_title = "---\ntitle: Already Exists\nstatus: 409\n---\n";
    assert_eq!(
        read("already-exists.md", prose_title, ""),
        one(None, Some(409))
    );
}

#[test]
fn the_file_name_is_a_code_only_when_configured_and_not_on_index_pages() {
    let page = "---\ntitle: Already Exists\nstatus: 409\n---\n";
    assert_eq!(
        read("already-exists.md", page, "code_from = [\"file-name\"]"),
        one(Some("already-exists"), Some(409))
    );
    let index = "---\ntitle: Errors\nstatus: 400\n---\n";
    assert_eq!(
        read(
            "index.mdx",
            index,
            "code_from = [\"file-name\"]\ncode_pattern = \"any\""
        ),
        one(None, Some(400))
    );
}

#[test]
fn numeric_and_e_number_codes_need_the_pattern() {
    let page = "---\ntitle: Error 1015\n---\n\n## Error 1015: You are being rate limited\n";
    assert_eq!(read("error-1015.mdx", page, ""), vec![]);
    assert_eq!(
        read("error-1015.mdx", page, "code_pattern = \"numeric\""),
        one(Some("1015"), None),
        "a product code, never a status"
    );
    let rustc = "An `if` was used without an `else`.\n\n```compile_fail,E0317\nlet x = 5;\n```\n";
    assert_eq!(
        read(
            "E0317.md",
            rustc,
            "code_from = [\"file-name\"]\ncode_pattern = \"any\""
        ),
        one(Some("E0317"), None)
    );
}

#[test]
fn trap_status_pages_without_a_code_give_the_status_only() {
    let cloudflare = "---\ntitle: Error 429\n---\n\n## 429 Too Many Requests\n\nSlow down.\n";
    assert_eq!(
        read("error-429.mdx", cloudflare, "code_pattern = \"numeric\""),
        one(None, Some(429))
    );
    let mdn = "---\ntitle: 503 Service Unavailable\nslug: Web/HTTP/Status/503\n---\n\nThe server is not ready. Unlike {{HTTPStatus(\"429\")}}, …\n";
    assert_eq!(read("503/index.md", mdn, ""), one(None, Some(503)));
}

#[test]
fn trap_non_http_pages_give_no_status() {
    let rustc = "A pattern was declared as an argument.\n\nErroneous code example:\n\n```compile_fail,E0130\nextern \"C\" { fn foo((a, b): (u32, u32)); }\n```\n\nThe status is 400 lines long.\n";
    assert_eq!(
        read(
            "E0130.md",
            rustc,
            "code_from = [\"file-name\"]\ncode_pattern = \"any\"\nprose_status = true"
        ),
        one(Some("E0130"), None)
    );
}

#[test]
fn places_that_disagree_are_reported_and_the_first_is_kept() {
    let page = "---\ntitle: gone\nstatus: 410\n---\n\n```json\n{\"status\": 404}\n```\n";
    let read = read_page("gone.md", page, &ReadSettings::default());
    assert_eq!(read.entries[0].status, Some(410));
    assert_eq!(read.conflicts.len(), 1, "{:?}", read.conflicts);
    assert!(read.conflicts[0].1.contains("HTTP 404"));
}

#[test]
fn without_read_rules_a_broken_house_page_gets_the_house_diagnostics() {
    let page = "# not_found\n\n> The resource does not exist.\n\n| | |\n|-|-|\n| **HTTP status** | `404 Not Fond` |\n| **Retry?** | No |\n";
    let survey = survey_pages(&[("not_found.md", page)], &Config::default());
    let messages: Vec<&str> = survey
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        messages,
        ["`Not Fond` is not the reason phrase of status 404"]
    );
    assert_eq!(survey.entries[0].code.as_deref(), Some("not_found"));
}

#[test]
fn partial_entries_are_kept_and_reported() {
    // Any `[read]` rule makes the page be read by the rules: here a wider code pattern.
    let config =
        Config::from_toml_str("errdocs.toml", "[read]\ncode_pattern = \"numeric\"\n").unwrap();
    let survey = survey_pages(
        &[
            ("gone.md", "---\ntitle: gone\n---\n\nText.\n"),
            ("x.md", "---\ntitle: x\nstatus: 404\n---\n"),
        ],
        &config,
    );
    assert_eq!(
        survey.entries.len(),
        2,
        "a page with only a code is an entry"
    );
    assert_eq!(survey.entries[0].status, None);
    assert_eq!(survey.entries[1].status, Some(404));
    let messages: Vec<&str> = survey
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert!(
        messages.contains(&"page `gone` states no HTTP status"),
        "{messages:?}"
    );
    assert!(
        messages.contains(&"page `x` states no retry flag"),
        "{messages:?}"
    );
    assert!(survey.has_errors());
    let unstated = Config::from_toml_str("errdocs.toml", "[read]\nretry = \"unstated\"\n").unwrap();
    let survey = survey_pages(&[("x.md", "---\ntitle: x\nstatus: 404\n---\n")], &unstated);
    assert!(!survey.has_errors(), "{:?}", survey.diagnostics);
    assert_eq!(survey.entries[0].retryable, None);
}

#[test]
fn non_error_pages_are_skipped_with_a_note_when_the_catalog_says_so() {
    let index = [("index.mdx", "---\ntitle: Errors\n---\n\n* [a](a)\n")];
    assert!(survey_pages(&index, &Config::default()).has_errors());
    let config =
        Config::from_toml_str("errdocs.toml", "[read]\nskip_non_error_pages = true\n").unwrap();
    let survey = survey_pages(&index, &config);
    assert!(!survey.has_errors());
    assert_eq!(survey.skipped, ["index.mdx"]);
}

#[test]
fn house_style_pages_are_read_as_the_catalog_reads_them() {
    let page = include_str!("../../../docs/errors/unauthorized.md");
    let survey = survey_pages(&[("unauthorized.md", page)], &Config::default());
    assert!(survey.diagnostics.is_empty(), "{:?}", survey.diagnostics);
    let e = &survey.entries[0];
    assert_eq!(
        (e.code.as_deref(), e.status, e.retryable, e.code_from),
        (
            Some("unauthorized"),
            Some(401),
            Some(false),
            "the house style"
        )
    );
}

#[test]
fn extra_extensions_are_pages_only_when_configured() {
    let read = settings("extensions = [\"markdoc\"]");
    assert!(read.is_page_file("+page.markdoc"));
    assert!(!read.is_page_file("markdoc"));
    assert!(!ReadSettings::default().is_page_file("+page.markdoc"));
    assert_eq!(read.strip_extension("a/+page.markdoc"), "a/+page");
}

#[test]
fn include_patterns_read_underscore_files_only_when_named() {
    let dir = std::env::temp_dir().join(format!("errdocs-include-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("_drafts")).unwrap();
    let page = "---\ntitle: gone\nstatus: 410\n---\n";
    std::fs::write(dir.join("_errors.md"), page).unwrap();
    std::fs::write(dir.join("_drafts/x.md"), page).unwrap();
    let plain = Config::from_toml_str("errdocs.toml", "[read]\nretry = \"unstated\"\n").unwrap();
    assert_eq!(survey(&dir, &plain).pages, 0);
    let with = Config::from_toml_str(
        "errdocs.toml",
        "[read]\nretry = \"unstated\"\ninclude = [\"_errors.md\"]\n",
    )
    .unwrap();
    let read = survey(&dir, &with);
    assert_eq!(read.pages, 1, "the draft folder stays skipped");
    assert_eq!(read.entries[0].source_path, "_errors.md");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every `[read]` setting `detect` tries, one at a time, on top of `base`.
fn trials(base: &str) -> Vec<Config> {
    [
        "",
        "code_pattern = \"numeric\"",
        "code_pattern = \"any\"",
        "code_from = [\"file-name\"]",
        "code_from = [\"file-name\"]\ncode_pattern = \"any\"",
        "status_columns = [\"HTTP Code\"]\ncode_columns = [\"Type\"]",
        "example_code = \"other\"",
        "status_only = true",
        "skip_non_error_pages = true",
        "retry = \"unstated\"",
        "retry = \"unstated\"\nprose_status = true\nstatus_only = true",
    ]
    .iter()
    .map(|t| Config::from_toml_str("errdocs.toml", &format!("{base}\n[read]\n{t}\n")).unwrap())
    .collect()
}

#[test]
fn a_folder_read_once_surveys_as_a_fresh_read_does() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/existing");
    let mut dirs: Vec<_> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    dirs.push(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/errors").into());
    assert!(dirs.len() > 5, "{dirs:?}");
    for dir in &dirs {
        let folder = folder::Folder::read(dir, "docs", &trials("")[0]);
        for config in trials("") {
            assert_eq!(
                format!("{:?}", folder.survey(&config)),
                format!("{:?}", survey_named(dir, "docs", &config)),
                "{} with {:?}",
                dir.display(),
                config.read
            );
        }
    }
}

#[test]
fn a_folder_read_once_keeps_unreadable_pages_and_falls_back_for_other_files() {
    let dir = std::env::temp_dir().join(format!("errdocs-folder-once-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("_drafts")).unwrap();
    let page = "---\ntitle: gone\nstatus: 410\n---\n";
    std::fs::write(dir.join("gone.md"), page).unwrap();
    std::fs::write(dir.join("_drafts/x.md"), page).unwrap();
    std::fs::write(
        dir.join("big.md"),
        format!("{page}\n{}\n", "a ".repeat(600)),
    )
    .unwrap();
    std::fs::write(dir.join("latin1.md"), b"caf\xe9\n").unwrap();
    std::fs::write(dir.join("+page.markdoc"), page).unwrap();
    let base = "max_page_bytes = 1000";
    let folder = folder::Folder::read(&dir, "docs", &trials(base)[0]);
    let mut configs = trials(base);
    // Settings that list other files, or read pages under another limit.
    configs.extend(trials("max_page_bytes = 100").into_iter().take(2));
    for extra in ["extensions = [\"markdoc\"]", "include = [\"_drafts\"]"] {
        configs.push(
            Config::from_toml_str("errdocs.toml", &format!("{base}\n[read]\n{extra}\n")).unwrap(),
        );
    }
    for config in configs {
        let once = folder.survey(&config);
        assert_eq!(
            format!("{once:?}"),
            format!("{:?}", survey_named(&dir, "docs", &config)),
            "{config:?}"
        );
        assert!(
            once.diagnostics
                .iter()
                .any(|d| format!("{d:?}").contains("UTF-8"))
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
