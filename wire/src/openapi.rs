//! The texts both OpenAPI documents (the export and the `utoipa` feature) give a response.

/// `Retry: yes — advice.` on one line, ending one sentence.
///
/// ```
/// assert_eq!(errdocs_wire::retry_note(false, ""), "Retry: no.");
/// assert_eq!(errdocs_wire::retry_note(true, "wait for\n`Retry-After`"), "Retry: yes — wait for `Retry-After`.");
/// ```
pub fn retry_note(retryable: bool, advice: &str) -> String {
    let flag = if retryable { "yes" } else { "no" };
    let advice = one_line(advice);
    if advice.is_empty() {
        format!("Retry: {flag}.")
    } else {
        sentence(&format!("Retry: {flag} — {advice}"))
    }
}

/// The description of one code's example in a response (CommonMark): the page's summary
/// with its inline code, its retry note and its page.
///
/// ```
/// assert_eq!(
///     errdocs_wire::example_description("Too many `POST`s.", true, "back off.", "https://x/errors/busy"),
///     "Too many `POST`s. Retry: yes — back off. See https://x/errors/busy"
/// );
/// ```
pub fn example_description(
    summary_markdown: &str,
    retryable: bool,
    advice: &str,
    doc_url: &str,
) -> String {
    format!(
        "{summary_markdown} {} See {doc_url}",
        retry_note(retryable, advice)
    )
}

/// The description of one status's response: the reason phrases of its codes, each once.
///
/// ```
/// assert_eq!(errdocs_wire::response_description(["Bad Request", "Bad Request"]), "Bad Request");
/// ```
pub fn response_description<'a>(titles: impl IntoIterator<Item = &'a str>) -> String {
    let mut unique: Vec<&str> = Vec::new();
    for title in titles {
        if !unique.contains(&title) {
            unique.push(title);
        }
    }
    unique.join(" / ")
}

/// `text` with every run of whitespace (newlines included) as one space, so it stays on one
/// line of a list or a description.
///
/// ```
/// assert_eq!(errdocs_wire::one_line("a\n  b"), "a b");
/// ```
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` ending with a full stop unless it already ends a sentence.
///
/// ```
/// assert_eq!(errdocs_wire::sentence("Slow down"), "Slow down.");
/// assert_eq!(errdocs_wire::sentence("Why?"), "Why?");
/// ```
pub fn sentence(text: &str) -> String {
    if text.is_empty() || text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}
