//! The facts of a page (code, status, retry, gRPC code): label aliases and value syntax.

/// Which fact a facts-table label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FactKind {
    Status,
    Code,
    Retry,
    GrpcCode,
    Retired,
}

impl FactKind {
    /// Every fact, in the house style's order.
    pub(crate) const ALL: [FactKind; 5] = [
        FactKind::Status,
        FactKind::Code,
        FactKind::Retry,
        FactKind::GrpcCode,
        FactKind::Retired,
    ];

    /// The label of the house style (`HTTP status`), one of the fact's aliases.
    pub(crate) fn name(self) -> &'static str {
        match self {
            FactKind::Status => "HTTP status",
            FactKind::Code => "Code",
            FactKind::Retry => "Retry?",
            FactKind::GrpcCode => "gRPC code",
            FactKind::Retired => "Retired?",
        }
    }

    /// The front-matter keys of the facts (the first of each fact is its name), for
    /// reading front matter and for did-you-mean on a misspelled key.
    pub(crate) const KEYS: &[(&str, FactKind)] = &[
        ("code", FactKind::Code),
        ("status", FactKind::Status),
        ("retryable", FactKind::Retry),
        ("retry", FactKind::Retry),
        ("grpc_code", FactKind::GrpcCode),
        ("retired", FactKind::Retired),
        ("deprecated", FactKind::Retired),
    ];

    /// The fact a front-matter key names (`grpc_code`).
    pub(crate) fn of_key(key: &str) -> Option<FactKind> {
        Self::KEYS.iter().find(|(k, _)| *k == key).map(|&(_, f)| f)
    }
}

const ALIASES: &[(&str, FactKind)] = &[
    ("httpstatus", FactKind::Status),
    ("status", FactKind::Status),
    ("httpstatuscode", FactKind::Status),
    ("statuscode", FactKind::Status),
    ("httpcode", FactKind::Status),
    ("code", FactKind::Code),
    ("errorcode", FactKind::Code),
    ("errcode", FactKind::Code),
    ("retry", FactKind::Retry),
    ("retryable", FactKind::Retry),
    ("retriable", FactKind::Retry),
    ("retries", FactKind::Retry),
    ("saferetry", FactKind::Retry),
    ("safetoretry", FactKind::Retry),
    ("canretry", FactKind::Retry),
    ("shouldretry", FactKind::Retry),
    ("grpccode", FactKind::GrpcCode),
    ("grpcstatus", FactKind::GrpcCode),
    ("grpcstatuscode", FactKind::GrpcCode),
    ("retired", FactKind::Retired),
    ("deprecated", FactKind::Retired),
];

/// Lowercase letters and digits only: `**HTTP Status:**` → `httpstatus`.
pub(crate) fn normalize_label(label: &str) -> String {
    label
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `label` normalized like [`normalize_label`] into `buf`, without allocating; `None` when
/// it is longer than `buf` or has non-ASCII letters (no known label or heading has either).
/// The result is ASCII letters and digits, as bytes: callers compare it with `b"…"` names
/// (checking that it is a `str` cost more than the normalizing).
pub(crate) fn normalize_ascii<'b>(label: &str, buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let mut len = 0;
    let bytes = label.as_bytes();
    let mut i = 0;
    // Byte by byte, through a table; only a non-ASCII character is decoded (to see whether
    // it is a letter).
    while let Some(&c) = bytes.get(i) {
        let kept = ASCII_KEPT[usize::from(c)];
        if kept != NON_ASCII {
            if kept != 0 {
                *buf.get_mut(len)? = kept;
                len += 1;
            }
            i += 1;
        } else {
            let ch = label.get(i..)?.chars().next()?;
            if ch.is_alphanumeric() {
                return None;
            }
            i += ch.len_utf8();
        }
    }
    Some(&buf[..len])
}

/// [`ASCII_KEPT`] of a byte that starts or continues a non-ASCII character.
const NON_ASCII: u8 = 0xff;

/// What [`normalize_ascii`] keeps of each byte: a letter or digit lowercased, 0 for other
/// ASCII (dropped), [`NON_ASCII`] for the bytes of other characters.
const ASCII_KEPT: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The one of `kinds` whose house-style name (`name`) `text` is, ASCII case ignored: the
/// labels and headings the house style writes are known so without normalizing them (the
/// callers' tests check that each name normalizes to its own kind).
pub(crate) fn named<K: Copy>(
    text: &str,
    kinds: &[K],
    name: impl Fn(K) -> &'static str,
) -> Option<K> {
    kinds
        .iter()
        .copied()
        .find(|&k| text.eq_ignore_ascii_case(name(k)))
}

/// Checks a reader that knows `kinds` by [`named`] before normalizing: every spelling of each
/// kind's name (as given, capitalized, upper and lower case) reads as `want` of it both with
/// `read` and with the `normalized` reader alone, and each of `others` reads the same both
/// ways. For the tests of `named`'s callers.
#[cfg(test)]
pub(crate) fn check_named_reader<K: Copy, T: PartialEq + std::fmt::Debug>(
    kinds: &[K],
    name: fn(K) -> &'static str,
    want: impl Fn(K) -> T,
    read: impl Fn(&str) -> T,
    normalized: impl Fn(&str) -> T,
    others: &[&str],
) {
    for &kind in kinds {
        let name = name(kind);
        let mut capitalized = name.to_owned();
        capitalized[..1].make_ascii_uppercase();
        for text in [
            name.to_owned(),
            capitalized,
            name.to_uppercase(),
            name.to_lowercase(),
        ] {
            assert_eq!(normalized(&text), want(kind), "{text:?}");
            assert_eq!(read(&text), want(kind), "{text:?}");
        }
    }
    for text in others {
        assert_eq!(read(text), normalized(text), "{text:?}");
    }
}

pub(crate) fn fact_kind(label: &str) -> Option<FactKind> {
    named(label, &FactKind::ALL, FactKind::name).or_else(|| fact_kind_normalized(label))
}

/// [`fact_kind`] by the normalized label alone.
fn fact_kind_normalized(label: &str) -> Option<FactKind> {
    let mut buf = [0u8; 32];
    let norm = normalize_ascii(label, &mut buf)?;
    ALIASES
        .iter()
        .find(|(a, _)| a.as_bytes() == norm)
        .map(|&(_, k)| k)
}

/// A known label close to `label` (a likely misspelling), if any.
pub(crate) fn similar_label(label: &str) -> Option<FactKind> {
    let norm = normalize_label(label);
    if norm.len() < 4 {
        return None;
    }
    let near = crate::suggest(&norm, ALIASES.iter().map(|(a, _)| *a))?;
    ALIASES.iter().find(|(a, _)| *a == near).map(|&(_, k)| k)
}

/// See [`CODE_RULE`].
pub(crate) fn is_valid_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    let alnum = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    bytes.first().is_some_and(u8::is_ascii_lowercase)
        && bytes.iter().enumerate().all(|(i, b)| match b {
            b'a'..=b'z' | b'0'..=b'9' | b'_' => true,
            // A separator sits between two letters or digits: no `x.`, `a-`, `a..b`.
            b'.' | b'-' => {
                alnum(i.checked_sub(1).and_then(|j| bytes.get(j))) && alnum(bytes.get(i + 1))
            }
            _ => false,
        })
}

/// The rule of [`is_valid_code`], in words.
pub(crate) const CODE_RULE: &str = "codes start with a lowercase letter and hold lowercase \
    letters, digits and `_`, with `.` or `-` only between two letters or digits";

/// The statuses a page may document.
pub(crate) const ERROR_STATUSES: std::ops::RangeInclusive<u16> = 400..=599;

/// A valid code close to `text` (`Not Found` → `not_found`), if one can be made.
pub(crate) fn code_suggestion(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in text.trim().chars() {
        let lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        match c {
            'A'..='Z' => {
                if prev_lower {
                    out.push('_');
                }
                out.push(c.to_ascii_lowercase());
            }
            'a'..='z' | '0'..='9' | '_' | '.' | '-' => out.push(c),
            ' ' | '/' | ':' => out.push('_'),
            _ => {}
        }
        prev_lower = lower;
    }
    let out = out.trim_matches('_').to_owned();
    (is_valid_code(&out) && out != text).then_some(out)
}

/// A parsed status cell: `401 Unauthorized` or `401`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct StatusValue {
    pub status: u16,
    /// The reason phrase to show: the page's when given, else the canonical one.
    pub title: String,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum StatusError {
    /// Not `NNN` or `NNN Reason`.
    Syntax,
    /// A number outside 400–599.
    Range(u16),
    /// A reason phrase that is not the canonical one (holds the canonical one).
    Reason(u16, String),
}

pub(crate) fn parse_status(text: &str) -> Result<StatusValue, StatusError> {
    let text = text.trim();
    let digits_end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, rest) = text.split_at(digits_end);
    if digits.len() != 3 || !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return Err(StatusError::Syntax);
    }
    let status: u16 = digits.parse().map_err(|_| StatusError::Syntax)?;
    if !ERROR_STATUSES.contains(&status) {
        return Err(StatusError::Range(status));
    }
    let canonical = canonical_reason(status);
    let reason = rest.trim();
    if reason.is_empty() {
        return Ok(StatusValue {
            status,
            title: canonical.unwrap_or("Error").to_owned(),
        });
    }
    match canonical {
        Some(canonical) if !reason_matches(status, canonical, reason) => {
            Err(StatusError::Reason(status, canonical.to_owned()))
        }
        _ => Ok(StatusValue {
            status,
            title: reason.to_owned(),
        }),
    }
}

/// The canonical reason phrase of `status` (the `http` crate's table).
pub(crate) fn canonical_reason(status: u16) -> Option<&'static str> {
    http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
}

fn reason_matches(status: u16, canonical: &str, reason: &str) -> bool {
    let same = |a: &str, b: &str| {
        // As written, most pages give the canonical phrase itself.
        if a == b {
            return true;
        }
        let (mut x, mut y) = ([0u8; 32], [0u8; 32]);
        match (normalize_ascii(a, &mut x), normalize_ascii(b, &mut y)) {
            (Some(a), Some(b)) => a == b,
            _ => normalize_label(a) == normalize_label(b),
        }
    };
    // RFC 9110 renamed these; both spellings are in use.
    let renamed = match status {
        413 => Some("Content Too Large"),
        414 => Some("URI Too Long"),
        416 => Some("Range Not Satisfiable"),
        422 => Some("Unprocessable Content"),
        _ => None,
    };
    same(canonical, reason) || renamed.is_some_and(|r| same(r, reason))
}

/// A parsed retry cell: `No — refresh credentials and re-issue.`
pub(crate) fn parse_retry(text: &str) -> Option<(bool, String)> {
    let text = text.trim();
    let word_end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let (word, rest) = text.split_at(word_end);
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    let retryable = if is("yes") || is("true") {
        true
    } else if is("no") || is("false") {
        false
    } else {
        return None;
    };
    let advice = rest
        .trim_start()
        .trim_start_matches(['—', '–', '-', ':', ',', ';', '.'])
        .trim();
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) && advice.len() == rest.len() {
        // `Nope`, `Yesterday`: a word that only starts like yes/no.
        return None;
    }
    Some((retryable, advice.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The labels `fact_kind` knows without normalizing name the fact they normalize to.
    #[test]
    fn house_labels_are_the_facts_they_normalize_to() {
        check_named_reader(
            &FactKind::ALL,
            FactKind::name,
            Some,
            fact_kind,
            fact_kind_normalized,
            &[
                "HTTP status code",
                "**Code**",
                "Retry",
                "Status",
                "Deprecated?",
                "x",
            ],
        );
    }

    /// Without allocating, a label normalizes as [`normalize_label`] does, or not at all
    /// (non-ASCII letters, more than 32 letters and digits).
    #[test]
    fn ascii_normalization_agrees_with_the_plain_one() {
        for label in [
            "**HTTP status**",
            "Retry? — yes",
            "Reason\u{a0}Phrase",
            "Too Many Requests",
            "Größe",
            "é",
            "",
            "a-b_c.d 1 2 3",
            "abcdefghijklmnopqrstuvwxyz0123456789",
        ] {
            let mut buf = [0u8; 32];
            let plain = normalize_label(label);
            match normalize_ascii(label, &mut buf) {
                Some(fast) => assert_eq!(fast, plain.as_bytes(), "{label:?}"),
                None => assert!(!plain.is_ascii() || plain.len() > 32, "{label:?}"),
            }
        }
        let mut buf = [0u8; 32];
        assert_eq!(
            normalize_ascii("Retry? — yes", &mut buf),
            Some(&b"retryyes"[..])
        );
    }

    #[test]
    fn labels_ignore_case_bold_and_punctuation() {
        assert_eq!(fact_kind("**HTTP status**"), Some(FactKind::Status));
        assert_eq!(fact_kind("HTTP Status Code"), Some(FactKind::Status));
        assert_eq!(fact_kind("Retry?"), Some(FactKind::Retry));
        assert_eq!(fact_kind("Safe to retry"), Some(FactKind::Retry));
        assert_eq!(fact_kind("Error code"), Some(FactKind::Code));
        assert_eq!(fact_kind("Owner"), None);
        assert_eq!(fact_kind("**gRPC code**"), Some(FactKind::GrpcCode));
        assert_eq!(fact_kind("gRPC status"), Some(FactKind::GrpcCode));
        assert_eq!(similar_label("gRCP code"), Some(FactKind::GrpcCode));
        assert_eq!(FactKind::of_key("grpc_code"), Some(FactKind::GrpcCode));
        assert_eq!(FactKind::of_key("title"), None);
        assert_eq!(similar_label("Staus"), Some(FactKind::Status));
        assert_eq!(similar_label("Retyr?"), Some(FactKind::Retry));
        assert_eq!(similar_label("Owner"), None);
    }

    #[test]
    fn code_syntax() {
        assert!(is_valid_code("unauthorized"));
        assert!(is_valid_code("card.declined-2"));
        assert!(!is_valid_code("Unauthorized"));
        assert!(!is_valid_code("1abc"));
        assert!(!is_valid_code(""));
        assert_eq!(code_suggestion("Not Found").as_deref(), Some("not_found"));
        assert_eq!(code_suggestion("NotFound").as_deref(), Some("not_found"));
    }

    #[test]
    fn status_cells() {
        assert_eq!(
            parse_status("401 Unauthorized"),
            Ok(StatusValue {
                status: 401,
                title: "Unauthorized".into()
            })
        );
        assert_eq!(
            parse_status("404"),
            Ok(StatusValue {
                status: 404,
                title: "Not Found".into()
            })
        );
        assert_eq!(
            parse_status("422 Unprocessable Content").unwrap().status,
            422
        );
        assert_eq!(parse_status("302 Found"), Err(StatusError::Range(302)));
        assert_eq!(parse_status("four-oh-one"), Err(StatusError::Syntax));
        assert_eq!(parse_status("4011"), Err(StatusError::Syntax));
        assert_eq!(
            parse_status("401 Unauthorised"),
            Err(StatusError::Reason(401, "Unauthorized".into()))
        );
        assert_eq!(
            parse_status("499 Client Closed").unwrap().title,
            "Client Closed"
        );
    }

    #[test]
    fn retry_cells() {
        assert_eq!(
            parse_retry("No — refresh credentials and re-issue."),
            Some((false, "refresh credentials and re-issue.".into()))
        );
        assert_eq!(parse_retry("Yes"), Some((true, String::new())));
        assert_eq!(
            parse_retry("yes - after a second"),
            Some((true, "after a second".into()))
        );
        assert_eq!(parse_retry("Maybe"), None);
        assert_eq!(parse_retry("Nope"), None);
        assert_eq!(parse_retry(""), None);
    }
}
