//! The one status rule of pages in other styles: exactly three digits, 400–599, and a
//! reason phrase that fits the status where one is given. A status is never read out of a
//! longer number (`Error 1015`, R2's `10001`).

/// The leading status of `text` and the rest: `429 Too Many Requests` → (429, `Too Many
/// Requests`). `None` unless `text` starts with exactly three digits followed by the end, a
/// space or punctuation.
fn leading(text: &str) -> Option<(u16, &str)> {
    let text = text.trim();
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    if end != 3 {
        return None;
    }
    let rest = &text[3..];
    if rest.chars().next().is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    let n: u16 = text[..3].parse().ok()?;
    crate::is_error_status(n).then_some((n, rest))
}

/// Whether `reason` fits `status`: no canonical phrase is known, or at least half of its
/// words are words of the canonical phrase (`Too Many requests`, `Unavailable`, `Internal
/// Service Error` fit; `things to know` does not).
fn reason_fits(status: u16, reason: &str) -> bool {
    let reason = reason.trim().trim_start_matches(['-', '—', '–', ':', '.']);
    let words: Vec<String> = reason
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() {
        return true;
    }
    let Some(canonical) = crate::canonical_reason(status) else {
        return true;
    };
    let canonical: Vec<String> = canonical
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_ascii_lowercase)
        .collect();
    let hits = words.iter().filter(|w| canonical.contains(w)).count();
    hits * 2 >= words.len()
}

/// The status of a table cell or facts value: `401`, `401 Unauthorized`, `` `404` ``.
pub(crate) fn status_cell(cell: &str) -> Option<u16> {
    let cell = cell.trim().trim_matches('`').trim();
    let (n, rest) = leading(cell)?;
    reason_fits(n, rest).then_some(n)
}

/// The status of a heading or title: `429 Too Many Requests`, `Error 503: service
/// temporarily unavailable`, `Error 400`, `HTTP 404`. `Error 1015` is a code, not a status.
pub(crate) fn heading_status(text: &str) -> Option<u16> {
    let text = text.trim().trim_matches('`').trim();
    for prefix in ["Error ", "HTTP ", "HTTP Error "] {
        if let Some(rest) = text.strip_prefix(prefix) {
            let (n, tail) = leading(rest)?;
            // `Error 503: <what the page is about>`: the text after the colon is free.
            let tail = tail.trim();
            return (tail.is_empty() || tail.starts_with(':') || reason_fits(n, tail)).then_some(n);
        }
    }
    let (n, rest) = leading(text)?;
    (reason_fits(n, rest) && !rest.trim().is_empty()).then_some(n)
}

/// The status a summary opens with: `HTTP 429.`, `HTTP 429 —`, `HTTP 429:`.
pub(crate) fn summary_status(text: &str) -> Option<u16> {
    let rest = text.trim().strip_prefix("HTTP ")?;
    let (n, tail) = leading(rest)?;
    tail.trim_start()
        .starts_with(['.', '—', '–', '-', ':'])
        .then_some(n)
}
