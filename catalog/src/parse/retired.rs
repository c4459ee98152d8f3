//! The `Retired?` fact (alias `Deprecated?`): a tombstone with a date and an optional
//! replacement, ``Yes — since 2026-03-01, use `card_declined` ``.

use std::ops::Range;

use super::Assembler;
use super::facts::{FactKind, is_valid_code, parse_retry};
use super::walk::RawPage;
use crate::model::{Retired, Spanned};

/// What is wrong with a `Retired?` value.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum RetiredError {
    /// Not `Yes …`, `No …` or a date.
    Syntax,
    /// `Yes` without a `YYYY-MM-DD` date.
    NoDate,
    /// `use X` where `X` is not a valid code.
    Replacement(String),
}

/// A parsed `Retired?` value: `None` for `No` (the code is live).
pub(crate) fn parse_retired(text: &str) -> Result<Option<Retired>, RetiredError> {
    let text = text.trim();
    // Front matter `retired: 2026-03-01`: the date alone says yes.
    let rest = if is_date(text) {
        text.to_owned()
    } else {
        match parse_retry(text) {
            Some((false, _)) => return Ok(None),
            Some((true, rest)) => rest,
            None => return Err(RetiredError::Syntax),
        }
    };
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .map(|w| w.trim_matches(|c: char| c == '`' || c == '(' || c == ')' || c == '.'))
        .filter(|w| !w.is_empty())
        .collect();
    let since = words
        .iter()
        .find(|w| is_date(w))
        .ok_or(RetiredError::NoDate)?;
    let replacement = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("use") || w.eq_ignore_ascii_case("by"))
        .and_then(|i| words.get(i + 1))
        .map(|w| (*w).to_owned());
    if let Some(code) = &replacement
        && !is_valid_code(code)
    {
        return Err(RetiredError::Replacement(code.clone()));
    }
    Ok(Some(Retired {
        since: (*since).to_owned(),
        replacement,
    }))
}

/// `YYYY-MM-DD` with a month 01–12 and a day 01–31.
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |r: Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) {
        return false;
    }
    if !digits(5..7) || !digits(8..10) {
        return false;
    }
    let month = (b[5] - b'0') * 10 + (b[6] - b'0');
    let day = (b[8] - b'0') * 10 + (b[9] - b'0');
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

impl Assembler<'_> {
    /// The page's tombstone from its `Retired?` row or front matter (both must agree);
    /// `None` inside for a live code, `None` when the value is refused.
    pub(super) fn retired(&mut self, raw: &RawPage) -> Option<(Option<Retired>, Range<usize>)> {
        let row = raw.fact(FactKind::Retired).cloned();
        let front = raw.front_matter.fact(FactKind::Retired);
        let from_row = row.map(|f| self.retired_value(&f.value, f.span));
        let from_front =
            front.map(|Spanned { value, span }| (self.retired_value(&value, span.clone()), span));
        match (from_row, from_front) {
            (Some(a), Some((b, fm_span))) => {
                let (a, b) = (a?, b?);
                if a.0.is_some() != b.0.is_some() {
                    self.error(
                        fm_span,
                        "front matter `retired` disagrees with the facts table",
                    )
                    .with_help("state the retirement once, or make both agree".to_owned());
                }
                Some(a)
            }
            (Some(a), None) => a,
            (None, Some((b, _))) => b,
            (None, None) => Some((None, 0..0)),
        }
    }

    fn retired_value(
        &mut self,
        value: &str,
        span: Range<usize>,
    ) -> Option<(Option<Retired>, Range<usize>)> {
        match parse_retired(value) {
            Ok(retired) => Some((retired, span)),
            Err(RetiredError::Syntax) => {
                self.error(span, format!("`{}` is not a retirement", value.trim()))
                    .with_label("expected `Yes` or `No`")
                    .with_help(
                        "write `Yes — since 2026-03-01` for a retired code (then `, use new_code` for its replacement), or drop the row"
                            .to_owned(),
                    );
                None
            }
            Err(RetiredError::NoDate) => {
                self.error(span, "a retired code needs the date it was retired")
                    .with_label("no `YYYY-MM-DD` date")
                    .with_help(
                        "write `Yes — since 2026-03-01` (then `, use new_code` for its replacement)".to_owned(),
                    );
                None
            }
            Err(RetiredError::Replacement(code)) => {
                self.error(
                    span,
                    format!("the replacement `{code}` is not a valid error code"),
                )
                .with_label("after `use`")
                .with_help(format!(
                    "write the code that replaces this one: {}",
                    super::CODE_RULE
                ));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn retired(since: &str, replacement: Option<&str>) -> Option<Retired> {
        Some(Retired {
            since: since.into(),
            replacement: replacement.map(Into::into),
        })
    }

    #[test]
    fn values() {
        assert_eq!(
            parse_retired("Yes — since 2026-03-01, use `card_declined`"),
            Ok(retired("2026-03-01", Some("card_declined")))
        );
        assert_eq!(
            parse_retired("Yes — since 2026-03-01, use card_declined."),
            Ok(retired("2026-03-01", Some("card_declined")))
        );
        assert_eq!(
            parse_retired("yes, 2025-12-31"),
            Ok(retired("2025-12-31", None))
        );
        assert_eq!(parse_retired("2026-03-01"), Ok(retired("2026-03-01", None)));
        assert_eq!(parse_retired("No"), Ok(None));
        assert_eq!(parse_retired("no — still sent"), Ok(None));
        assert_eq!(parse_retired("Yes"), Err(RetiredError::NoDate));
        assert_eq!(
            parse_retired("Yes — since 2026-13-01"),
            Err(RetiredError::NoDate)
        );
        assert_eq!(parse_retired("Soon"), Err(RetiredError::Syntax));
        assert_eq!(
            parse_retired("Yes — 2026-03-01, use CardDeclined"),
            Err(RetiredError::Replacement("CardDeclined".into()))
        );
    }
}
