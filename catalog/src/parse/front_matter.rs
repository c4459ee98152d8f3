//! YAML front matter: an alternative source of the facts (`code`, `status`, `retryable`,
//! `grpc_code`).

use std::ops::Range;

use yaml_rust2::parser::Parser;

use super::facts::FactKind;
use crate::model::Spanned;
use yaml_rust2::{Event, Yaml, YamlLoader};

/// Limits that keep the YAML loader safe: it recurses once per nesting level (deep nesting
/// overflows the stack) and copies the anchored value for every alias (nested aliases grow
/// exponentially, and one large string aliased many times grows the size).
const MAX_DEPTH: usize = 64;
const MAX_VALUES: usize = 10_000;

/// The expanded front matter (aliases resolved, each value counted by its text) may be this
/// many times the size of the front matter as written…
const EXPANSION_FACTOR: usize = 4;
/// …plus this many bytes, so that small front matter can use a few aliases.
const EXPANSION_ALLOWANCE: usize = 4096;

/// The byte budget of the expanded YAML of front matter of `len` bytes.
pub(crate) fn expansion_budget(len: usize) -> usize {
    len.saturating_mul(EXPANSION_FACTOR)
        .saturating_add(EXPANSION_ALLOWANCE)
}

/// A front-matter value as text, with the range of its line in the page.
pub(crate) type Located = Option<Spanned<String>>;

#[derive(Debug, Default)]
pub(crate) struct FrontMatter {
    /// The facts it states, by the key that names them ([`FactKind::KEYS`]).
    pub facts: Vec<(FactKind, Spanned<String>)>,
    /// The page title, which docs sites (Mintlify) render as the H1.
    pub title: Located,
    pub description: Option<String>,
    /// Keys that look like a misspelled fact key: the key, the key it resembles, its line.
    pub misspelled: Vec<(String, &'static str, Range<usize>)>,
}

impl FrontMatter {
    /// The value of `fact`, with the range of its line (the last key naming it wins).
    pub fn fact(&self, fact: FactKind) -> Located {
        self.facts
            .iter()
            .rev()
            .find(|(f, _)| *f == fact)
            .map(|(_, v)| v.clone())
    }
}

/// Keys docs sites use (Mintlify, Docusaurus, Astro, Starlight…) that look like fact keys
/// but are not misspellings of them.
const SITE_KEYS: &[&str] = &["mode", "node", "model", "state", "stats", "retry"];

/// Error: a message and the offset inside `yaml` where it applies.
pub(crate) fn parse_front_matter(yaml: &str, base: usize) -> Result<FrontMatter, (String, usize)> {
    let byte_offset = |chars: usize| {
        base + yaml
            .char_indices()
            .nth(chars)
            .map_or(yaml.len(), |(i, _)| i)
    };
    check_size(yaml).map_err(|(message, chars)| (message, byte_offset(chars)))?;
    let docs = YamlLoader::load_from_str(yaml)
        .map_err(|e| (e.info().to_owned(), byte_offset(e.marker().index())))?;
    let mut fm = FrontMatter::default();
    let Some(doc) = docs.into_iter().next() else {
        return Ok(fm);
    };
    let Yaml::Hash(map) = doc else {
        return Err((
            "front matter is not a mapping of `key: value` lines".to_owned(),
            base,
        ));
    };
    for (key, value) in map {
        let Some(key) = key.as_str() else { continue };
        let Some(text) = scalar_text(&value) else {
            continue;
        };
        let located = || {
            let r = key_range(yaml, key);
            Some(Spanned::new(text.clone(), base + r.start..base + r.end))
        };
        if let Some(fact) = FactKind::of_key(key) {
            fm.facts.extend(located().map(|v| (fact, v)));
            continue;
        }
        match key {
            "title" => fm.title = located(),
            "description" => fm.description = Some(text),
            other => {
                let near = if other.len() < 4 || SITE_KEYS.contains(&other) {
                    None
                } else {
                    crate::suggest(other, FactKind::KEYS.iter().map(|(k, _)| *k))
                };
                if let Some(near) = near {
                    let r = key_span(yaml, other);
                    fm.misspelled
                        .push((other.to_owned(), near, base + r.start..base + r.end));
                }
            }
        }
    }
    Ok(fm)
}

/// Walks the YAML's events without building it, and refuses what the loader cannot build
/// safely. Error: a message and the char index where it applies. Syntax errors are left to the
/// loader.
fn check_size(yaml: &str) -> Result<(), (String, usize)> {
    let mut parser = Parser::new_from_str(yaml);
    let budget = expansion_budget(yaml.len());
    // Per open collection: its anchor id and the values and bytes in it so far.
    let mut open: Vec<(usize, Size)> = Vec::new();
    let mut anchored: Vec<(usize, Size)> = Vec::new();
    // The bytes of the whole document, expanded.
    let mut expanded = 0usize;
    loop {
        let Ok((event, mark)) = parser.next_token() else {
            return Ok(());
        };
        let (anchor, size) = match event {
            Event::StreamEnd => return Ok(()),
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                open.push((
                    anchor,
                    Size {
                        values: 1,
                        bytes: 1,
                    },
                ));
                if open.len() > MAX_DEPTH {
                    return Err((
                        format!("nested more than {MAX_DEPTH} levels deep"),
                        mark.index(),
                    ));
                }
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match open.pop() {
                Some(collection) => collection,
                None => continue,
            },
            Event::Scalar(value, _, anchor, _) => (
                anchor,
                Size {
                    values: 1,
                    bytes: value.len().max(1),
                },
            ),
            Event::Alias(id) => {
                let size = anchored.iter().rev().find(|(a, _)| *a == id).map_or(
                    Size {
                        values: 1,
                        bytes: 1,
                    },
                    |&(_, s)| s,
                );
                // Only an alias adds bytes beyond the text as written.
                expanded = expanded.saturating_add(size.bytes);
                if expanded > budget {
                    return Err((
                        format!(
                            "aliases expand to more than {budget} bytes (4 × the front matter's size + 4 KiB)"
                        ),
                        mark.index(),
                    ));
                }
                (0, size)
            }
            _ => continue,
        };
        if anchor > 0 {
            anchored.push((anchor, size));
        }
        let total = match open.last_mut() {
            Some(parent) => {
                parent.1.values = parent.1.values.saturating_add(size.values);
                parent.1.bytes = parent.1.bytes.saturating_add(size.bytes);
                parent.1.values
            }
            None => size.values,
        };
        if total > MAX_VALUES {
            return Err((
                format!("aliases expand to more than {MAX_VALUES} values"),
                mark.index(),
            ));
        }
    }
}

/// The size of a YAML value once its aliases are resolved.
#[derive(Debug, Clone, Copy)]
struct Size {
    values: usize,
    bytes: usize,
}

fn scalar_text(value: &Yaml) -> Option<String> {
    match value {
        Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Boolean(true) => Some("yes".to_owned()),
        Yaml::Boolean(false) => Some("no".to_owned()),
        _ => None,
    }
}

/// The range of the value on the line `key: value` (or of the whole block if not found).
/// The range of `key` itself on its line `key: value`.
fn key_span(yaml: &str, key: &str) -> Range<usize> {
    let value = key_range(yaml, key);
    let line_start = yaml[..value.start.min(yaml.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    if yaml[line_start..].starts_with(key) {
        line_start..line_start + key.len()
    } else {
        value
    }
}

fn key_range(yaml: &str, key: &str) -> Range<usize> {
    let mut offset = 0;
    for line in yaml.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(key)
            && let Some(value) = rest.strip_prefix(':')
        {
            let value_trimmed = value.trim();
            let start = offset + key.len() + 1 + (value.len() - value.trim_start().len());
            return start..start + value_trimmed.len();
        }
        offset += line.len();
    }
    0..yaml.len().min(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_facts_and_their_positions() {
        let yaml = "title: Not found\ncode: not_found\nstatus: 404\nretryable: false\n";
        let fm = parse_front_matter(yaml, 4).unwrap();
        let Spanned {
            value: code,
            span: range,
        } = fm.fact(FactKind::Code).unwrap();
        assert_eq!(code, "not_found");
        assert_eq!(range, 4 + 23..4 + 32);
        assert_eq!(fm.fact(FactKind::Status).unwrap().value, "404");
        assert_eq!(fm.fact(FactKind::Retry).unwrap().value, "no");
        assert_eq!(fm.title.unwrap().value, "Not found");
    }

    #[test]
    fn deep_or_exploding_yaml_is_refused() {
        let deep = format!("{}x: 1\n", "- ".repeat(5_000));
        let err = parse_front_matter(&deep, 10).unwrap_err();
        assert_eq!(
            err,
            ("nested more than 64 levels deep".to_owned(), 10 + 2 * 64)
        );
        let mut laughs = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let p = i - 1;
            laughs.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
        }
        let err = parse_front_matter(&laughs, 0).unwrap_err();
        let budget = expansion_budget(laughs.len());
        assert_eq!(
            err.0,
            format!(
                "aliases expand to more than {budget} bytes (4 × the front matter's size + 4 KiB)"
            )
        );
        // At the alias that crosses the budget, in `a3`.
        let line_start = laughs[..err.1].rfind('\n').unwrap() + 1;
        assert!(laughs[line_start..].starts_with("a3: "));
        assert_eq!(&laughs[err.1..err.1 + 3], "*a2");
        // Many values without aliases are refused by their count.
        let many = format!("x: [{}]\n", "1, ".repeat(10_001));
        let err = parse_front_matter(&many, 0).unwrap_err();
        assert_eq!(err.0, "aliases expand to more than 10000 values");
        // Modest nesting and aliases still load.
        let fine = "code: not_found\nx: &x [1, [2, [3]]]\ny: [*x, *x]\n";
        assert_eq!(
            parse_front_matter(fine, 0)
                .unwrap()
                .fact(FactKind::Code)
                .unwrap()
                .value,
            "not_found"
        );
    }

    #[test]
    fn one_large_string_aliased_many_times_is_refused_by_its_expanded_size() {
        // Fewer values than `MAX_VALUES`, but 9 000 copies of 100 KB.
        let mut bomb = format!(
            "code: teapot\nbig: &big \"{}\"\nmany:\n",
            "x".repeat(100_000)
        );
        for _ in 0..9_000 {
            bomb.push_str("  - *big\n");
        }
        let err = parse_front_matter(&bomb, 4).unwrap_err();
        let budget = expansion_budget(bomb.len());
        assert_eq!(
            err.0,
            format!(
                "aliases expand to more than {budget} bytes (4 × the front matter's size + 4 KiB)"
            )
        );
        // At the alias that crosses the budget.
        let nth = bomb[..err.1 - 4].matches("*big").count() + 1;
        assert_eq!(nth, budget / 100_000 + 1, "{}", &bomb[err.1 - 4..err.1 + 4]);
        // A few aliases of a small value stay within the allowance.
        let fine = "code: teapot\nx: &x \"some text\"\ny: [*x, *x, *x]\n";
        assert!(parse_front_matter(fine, 0).is_ok());
    }

    #[test]
    fn invalid_yaml_is_an_error_with_an_offset() {
        let err = parse_front_matter("code: [unclosed\n", 0).unwrap_err();
        assert!(err.1 <= 16);
        assert!(parse_front_matter("just a string", 0).is_err());
    }
}
