//! The llms.txt index of a catalog (`errdocs export --format llms-txt`).

use std::fmt::Write;

use errdocs_catalog::{Catalog, Envelope};
use errdocs_wire::{one_line, sentence};

/// An index of the catalog in the llms.txt convention (<https://llmstxt.org>): an H1, a
/// one-line blockquote summary, a paragraph on the error body, then an `## Errors` list with
/// one `- [code](doc_url): notes` line per error, sorted by code, and below it one indented
/// `` - `member` (type): description `` line per body member.
///
/// ```
/// let catalog = errdocs_catalog::load("../docs/errors").unwrap();
/// let text = errdocs_export::to_llms_txt(&catalog);
/// assert!(text.starts_with("# API errors\n\n> "));
/// assert!(text.contains(
///     "\n- [unauthorized](https://docs.lasscyber.com/errors/unauthorized): HTTP 401 Unauthorized. \
///      Missing, expired, or invalid credentials. Retry: no — refresh credentials and re-issue.\n"
/// ));
/// ```
pub fn to_llms_txt(catalog: &Catalog) -> String {
    let count = catalog.pages.len();
    let mut out = String::from("# API errors\n\n");
    let _ = writeln!(
        out,
        "> The {count} error code{} of this HTTP API: for each, its HTTP status, whether a retry \
         can succeed, and the page that documents it.\n",
        errdocs_catalog::plural(count)
    );
    let body = match catalog.config.envelope {
        Envelope::Errdocs => {
            "Every error response has a JSON body with the keys `detail`, `code`, `request_id` \
             and `doc_url`: `code` is one of the codes below and `doc_url` is its page"
        }
        Envelope::Problem => {
            "Every error response is an RFC 9457 problem details body \
             (`application/problem+json`) with the extra members `code` and `request_id`: \
             `code` is one of the codes below and `type` is its page"
        }
    };
    let _ = writeln!(
        out,
        "{body}, which lists the causes, the fixes and an example response. Quote the \
         `request_id` when asking for support.\n"
    );
    out.push_str("## Errors\n\n");
    for page in &catalog.pages {
        let _ = writeln!(
            out,
            "- [{}]({}): HTTP {} {}. {} {}",
            page.code,
            link_destination(&page.doc_url),
            page.status,
            one_line(&page.title),
            // llms.txt is markdown: inline code stays code.
            sentence(&one_line(&page.summary_markdown)),
            errdocs_wire::retry_note(page.retry.retryable, &page.retry.advice),
        );
        if let Some(retired) = &page.retired {
            // A tombstone: clients may still receive the code, servers no longer send it.
            out.pop();
            let instead = match &retired.replacement {
                Some(code) => format!("; use `{code}`"),
                None => String::new(),
            };
            let _ = writeln!(out, " Retired since {}{instead}.", retired.since);
        }
        // The body's own members, one indented line each.
        for member in &page.members {
            let required = if member.required { "" } else { ", optional" };
            let description = sentence(&one_line(&member.description));
            let _ = writeln!(
                out,
                "  - `{}` ({}{required}){}{description}",
                member.name,
                one_line(&member.json_type.to_string()),
                if description.is_empty() { "" } else { ": " },
            );
        }
    }
    out
}

/// `url` with the characters that would end a markdown link destination percent-encoded.
fn link_destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c if c.is_whitespace() || c.is_control() => {
                let mut buf = [0; 4];
                for byte in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(out, "%{byte:02X}");
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use errdocs_catalog::{Config, load, load_catalog};

    #[test]
    fn header_and_one_line_per_error_sorted_by_code() {
        let catalog = load("../docs/errors").unwrap();
        let text = to_llms_txt(&catalog);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "# API errors");
        assert!(lines[2].starts_with("> The 15 error codes of this HTTP API"));
        let entries: Vec<&str> = lines
            .iter()
            .copied()
            .filter(|l| l.starts_with("- ["))
            .collect();
        assert_eq!(entries.len(), 15);
        assert_eq!(
            entries[0],
            "- [bad_gateway](https://docs.lasscyber.com/errors/bad_gateway): HTTP 502 Bad Gateway. \
             An upstream service returned an invalid response. Retry: yes — retry with exponential backoff."
        );
        assert_eq!(
            entries[2],
            "- [card_declined](https://docs.lasscyber.com/errors/billing/card_declined): HTTP 402 \
             Payment Required. The payment card on file was declined. Retry: no — update the \
             payment method first."
        );
        let index = lines.iter().position(|l| *l == "## Errors").unwrap();
        assert_eq!(lines[index + 2], entries[0]);
        assert!(text.ends_with(".\n") && !text.ends_with("\n\n"));
    }

    #[test]
    fn problem_envelope_names_its_members() {
        let config = Config {
            envelope: Envelope::Problem,
            ..Config::default()
        };
        let catalog = load_catalog("../tests/fixtures/catalogs/mini", &config).unwrap();
        let text = to_llms_txt(&catalog);
        assert!(text.contains("(`application/problem+json`)"), "{text}");
        assert!(
            text.contains(
                "\n- [gone](/mini/gone): HTTP 410 Gone. The resource is gone for good. Retry: no.\n"
            ),
            "{text}"
        );
    }

    #[test]
    fn a_retired_code_is_listed_and_marked_retired() {
        let catalog =
            load_catalog("../tests/fixtures/catalogs/retired", &Config::default()).unwrap();
        let text = to_llms_txt(&catalog);
        assert!(
            text.contains(
                "\n- [card_refused](/retired/card_refused): HTTP 402 Payment Required. The card was \
                 refused. Retry: no. Retired since 2026-03-01; use `card_declined`.\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("Retry: no — use another card.\n"),
            "a live code is not marked: {text}"
        );
    }

    #[test]
    fn link_destinations_cannot_end_early() {
        assert_eq!(
            link_destination("https://x/a (b)\t<c>"),
            "https://x/a%20%28b%29%09%3Cc%3E"
        );
        assert_eq!(link_destination("https://x/é"), "https://x/é");
    }
}
