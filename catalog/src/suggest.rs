//! Did-you-mean, the one rule every tool uses to suggest a name for a misspelled one, and
//! the plural of counts in messages.

/// The candidate closest to `target`, when it is close enough to be a misspelling of it: at
/// most `max(2, n / 3)` edits, `n` being the longer name's length in characters. Ties go to
/// the first candidate; an exact match is not a suggestion.
///
/// The derive (codes, attribute names), `errdocs check` (labels, keys, links) and
/// `errdocs explain` all call it, so one typo gets one suggestion everywhere.
///
/// ```
/// use errdocs_catalog::suggest;
/// assert_eq!(suggest("unauthorised", ["forbidden", "unauthorized"]), Some("unauthorized"));
/// assert_eq!(suggest("teapot", ["forbidden", "unauthorized"]), None);
/// assert_eq!(suggest("code", ["code"]), None);
/// ```
pub fn suggest<'a>(target: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let len = target.chars().count();
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        let other = candidate.chars().count();
        let limit = 2.max(len.max(other) / 3);
        // The length difference bounds the distance from below: skip the cost when it is
        // already too far.
        if len.abs_diff(other) > limit || best.is_some_and(|(d, _)| len.abs_diff(other) >= d) {
            continue;
        }
        let distance = strsim::levenshtein(target, candidate);
        if distance == 0 || distance > limit {
            continue;
        }
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// The plural suffix of a count in messages (`1 error`, `2 errors`), the same in every tool.
///
/// ```
/// assert_eq!(format!("{} error{}", 2, errdocs_catalog::plural(2)), "2 errors");
/// assert_eq!(errdocs_catalog::plural(1), "");
/// ```
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn the_threshold_grows_with_the_name() {
        assert_eq!(suggest("stauts", ["status"]), Some("status"));
        assert_eq!(suggest("rety", ["retry"]), Some("retry"));
        assert_eq!(suggest("xyz", ["retry"]), None);
        // 3 edits on an 11-letter name are still a misspelling.
        assert_eq!(suggest("retri_aftr", ["retry_after"]), Some("retry_after"));
        assert_eq!(suggest("payment_required", ["service_unavailable"]), None);
    }

    #[test]
    fn the_closest_wins_and_ties_go_to_the_first() {
        assert_eq!(suggest("cade", ["code", "cafe"]), Some("code"));
        assert_eq!(
            suggest("bad_requst", ["bad_gateway", "bad_request"]),
            Some("bad_request")
        );
    }
}
