//! The text of a new page in the catalog's house style, which passes `check`.

use std::fmt::Write as _;

use errdocs_catalog::{Config, doc_url_for};
use errdocs_wire::{Body, Fact, Facts, Value};

/// What `new` was asked for.
pub(crate) struct NewPage<'a> {
    pub code: &'a str,
    pub status: u16,
    pub retryable: bool,
    /// The page's path under the docs folder, without extension (`billing/upstream_busy`).
    pub slug: &'a str,
}

/// Refuses a code or status that `check` would refuse, before anything is made of them.
pub(crate) fn validate(code: &str, status: u16) -> Result<(), String> {
    if !errdocs_catalog::is_valid_code(code) {
        return Err(format!(
            "`{code}` is not a valid error code; {}",
            errdocs_catalog::CODE_RULE
        ));
    }
    if !errdocs_catalog::is_error_status(status) {
        return Err(format!(
            "status {status} is not an error status; expected 400–599"
        ));
    }
    Ok(())
}

/// The markdown of a new page.
pub(crate) fn page_text(
    page: &NewPage<'_>,
    config: &Config,
    folder: &str,
) -> Result<String, String> {
    let NewPage {
        code,
        status,
        retryable,
        slug,
    } = *page;
    validate(code, status)?;
    let canonical = errdocs_catalog::canonical_reason(status);
    // A status without a reason phrase (`499`) is titled `Error`, as `check` reads it.
    let reason = canonical.unwrap_or("Error");
    let doc_url = doc_url_for(config, folder, slug, code);
    let summary = match canonical {
        Some(reason) => format!("{}.", sentence_case(reason)),
        None if status < 500 => "client error.".to_owned(),
        None => "server error.".to_owned(),
    };
    let detail = capitalize(&summary);
    let retry = if retryable {
        "Yes — retry with exponential backoff."
    } else {
        "No — fix the request before re-sending."
    };
    let status_cell = match canonical {
        Some(reason) => format!("`{status} {reason}`"),
        None => format!("`{status}`"),
    };
    let code_cell = format!("`{code}`");
    let width = [status_cell.len(), code_cell.len(), retry.chars().count()]
        .into_iter()
        .max()
        .unwrap_or(0);
    let pad = |s: &str| format!("{s}{}", " ".repeat(width - s.chars().count()));

    let mut out = String::new();
    if let Some(origin) = origin(&doc_url) {
        let _ = writeln!(out, "> ## Documentation Index");
        let _ = writeln!(
            out,
            "> Fetch the complete documentation index at: {origin}/llms.txt"
        );
        let _ = writeln!(
            out,
            "> Use this file to discover all available pages before exploring further.\n"
        );
    }
    let _ = writeln!(out, "# {code}\n");
    let _ = writeln!(out, "> HTTP {status} — {summary}\n");
    let _ = writeln!(out, "|                 | {} |", " ".repeat(width));
    let _ = writeln!(out, "| --------------- | {} |", "-".repeat(width));
    let _ = writeln!(out, "| **HTTP status** | {} |", pad(&status_cell));
    let _ = writeln!(out, "| **Code**        | {} |", pad(&code_cell));
    let _ = writeln!(out, "| **Retry?**      | {} |\n", pad(retry));
    let _ = writeln!(out, "## When this happens\n");
    let _ = writeln!(out, "<!-- List what makes the API answer `{code}`. -->\n");
    let _ = writeln!(
        out,
        "* Describe the first situation that returns `{code}`.\n"
    );
    let _ = writeln!(out, "## Example response\n");
    let _ = writeln!(out, "```json theme={{null}}");
    let request_id = request_id_for(code);
    let facts = ExampleFacts {
        detail: &detail,
        code,
        request_id: &request_id,
        doc_url: &doc_url,
        title: reason,
        status,
    };
    // The body comes from the envelope's one description, so the page passes `check`.
    let body = Body::new(config.envelope, &facts);
    let _ = writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&body).unwrap_or_default()
    );
    let _ = writeln!(out, "```\n");
    let _ = writeln!(out, "## How to fix\n");
    let _ = writeln!(out, "1. Describe the first thing to check.");
    Ok(out)
}

/// `Service Unavailable` → `service unavailable`; acronyms (`URI`) and `I'm` keep their case.
fn sentence_case(reason: &str) -> String {
    reason
        .split(' ')
        .map(|w| {
            let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
            let acronym = letters.len() > 1 && letters.chars().all(|c| c.is_uppercase());
            if acronym || letters == "I" || letters == "Im" {
                w.to_owned()
            } else {
                w.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `https://docs.example.com` of `https://docs.example.com/errors/x`.
fn origin(url: &str) -> Option<String> {
    let host = errdocs_catalog::split_url(url).0?;
    let scheme = url.split_once("://")?.0;
    Some(format!("{scheme}://{host}"))
}

/// A UUID-v4-shaped id derived from the code, so the same command writes the same page.
fn request_id_for(code: &str) -> String {
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x8422_2325_cbf2_9ce4;
    for byte in code.bytes() {
        a = (a ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        b = (b ^ u64::from(byte))
            .wrapping_mul(0x0000_0100_0000_01b3)
            .rotate_left(5);
    }
    let hex = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-4{}-{}{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        ["8", "9", "a", "b"][usize::from(hex.as_bytes()[16] % 4)],
        &hex[17..20],
        &hex[20..32]
    )
}

/// The facts of a new page, as its example response shows them.
struct ExampleFacts<'a> {
    detail: &'a str,
    code: &'a str,
    request_id: &'a str,
    doc_url: &'a str,
    title: &'a str,
    status: u16,
}

impl Facts for ExampleFacts<'_> {
    fn fact(&self, fact: Fact) -> Value<'_> {
        match fact {
            Fact::Detail => Value::Str(self.detail),
            Fact::Code => Value::Str(self.code),
            Fact::RequestId => Value::Str(self.request_id),
            Fact::DocUrl => Value::Str(self.doc_url),
            Fact::Title => Value::Str(self.title),
            Fact::Status => Value::Int(self.status),
            Fact::Instance => Value::Str(errdocs_wire::EXAMPLE_INSTANCE),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_are_stable_v4_shaped() {
        let id = request_id_for("teapot");
        assert_eq!(id, request_id_for("teapot"));
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert_ne!(id, request_id_for("teapots"));
    }

    #[test]
    fn a_new_page_parses_with_the_right_facts() {
        let config = Config {
            doc_url: Some("https://docs.example.com/errors/{slug}".into()),
            ..Config::default()
        };
        let text = page_text(
            &NewPage {
                code: "teapot",
                status: 418,
                retryable: false,
                slug: "teapot",
            },
            &config,
            "errors",
        )
        .unwrap();
        let page = errdocs_catalog::parse_page("errors/teapot.md", &text).unwrap();
        assert_eq!(page.status, 418);
        assert_eq!(page.title, "I'm a teapot");
        assert!(!page.retry.retryable);
        assert!(text.starts_with("> ## Documentation Index\n> Fetch the complete documentation index at: https://docs.example.com/llms.txt\n"));
    }

    #[test]
    fn summaries_are_in_sentence_case() {
        assert_eq!(sentence_case("Service Unavailable"), "service unavailable");
        assert_eq!(sentence_case("URI Too Long"), "URI too long");
        assert_eq!(sentence_case("I'm a teapot"), "I'm a teapot");
    }

    #[test]
    fn bad_requests_are_refused() {
        let config = Config::default();
        assert!(
            page_text(
                &NewPage {
                    code: "Teapot",
                    status: 418,
                    retryable: false,
                    slug: "x",
                },
                &config,
                "errors"
            )
            .is_err()
        );
        assert!(
            page_text(
                &NewPage {
                    code: "ok",
                    status: 200,
                    retryable: false,
                    slug: "x",
                },
                &config,
                "errors"
            )
            .is_err()
        );
    }
}
