//! YAML front matter: an alternative source of the facts (`code`, `status`, `retryable`,
//! `grpc_code`).

use std::ops::Range;

use yaml_rust2::parser::Parser;
use yaml_rust2::{Event, Yaml, YamlLoader};

/// Limits that keep the YAML loader safe: it recurses once per nesting level (deep nesting
/// overflows the stack) and copies the anchored value for every alias (nested aliases grow
/// exponentially).
const MAX_DEPTH: usize = 64;
const MAX_VALUES: usize = 10_000;

/// A front-matter value as text, with the range of its line in the page.
pub(crate) type Located = Option<(String, Range<usize>)>;

#[derive(Debug, Default)]
pub(crate) struct FrontMatter {
    pub code: Located,
    pub status: Located,
    pub retryable: Located,
    pub grpc_code: Located,
    /// The page title, which docs sites (Mintlify) render as the H1.
    pub title: Located,
    pub description: Option<String>,
    /// Keys that look like a misspelled fact key: the key, the key it resembles, its line.
    pub misspelled: Vec<(String, &'static str, Range<usize>)>,
}

/// The fact keys of front matter, for did-you-mean on misspellings.
const FACT_KEYS: &[&str] = &["code", "status", "retryable", "grpc_code"];

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
            Some((text.clone(), base + r.start..base + r.end))
        };
        match key {
            "code" => fm.code = located(),
            "status" => fm.status = located(),
            "retryable" | "retry" => fm.retryable = located(),
            "grpc_code" => fm.grpc_code = located(),
            "title" => fm.title = located(),
            "description" => fm.description = Some(text),
            other => {
                let near = FACT_KEYS
                    .iter()
                    .filter(|_| !SITE_KEYS.contains(&other))
                    .find(|k| other.len() >= 4 && strsim::levenshtein(other, k) <= 2);
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
    // Per open collection: its anchor id and the values in it so far.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut anchored: Vec<(usize, usize)> = Vec::new();
    loop {
        let Ok((event, mark)) = parser.next_token() else {
            return Ok(());
        };
        let (anchor, size) = match event {
            Event::StreamEnd => return Ok(()),
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                open.push((anchor, 1));
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
            Event::Scalar(_, _, anchor, _) => (anchor, 1),
            Event::Alias(id) => {
                let size = anchored
                    .iter()
                    .rev()
                    .find(|(a, _)| *a == id)
                    .map_or(1, |&(_, s)| s);
                (0, size)
            }
            _ => continue,
        };
        if anchor > 0 {
            anchored.push((anchor, size));
        }
        let total = match open.last_mut() {
            Some(parent) => {
                parent.1 = parent.1.saturating_add(size);
                parent.1
            }
            None => size,
        };
        if total > MAX_VALUES {
            return Err((
                format!("aliases expand to more than {MAX_VALUES} values"),
                mark.index(),
            ));
        }
    }
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
        let (code, range) = fm.code.unwrap();
        assert_eq!(code, "not_found");
        assert_eq!(range, 4 + 23..4 + 32);
        assert_eq!(fm.status.unwrap().0, "404");
        assert_eq!(fm.retryable.unwrap().0, "no");
        assert_eq!(fm.title.unwrap().0, "Not found");
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
        assert_eq!(err.0, "aliases expand to more than 10000 values");
        // At the alias that crosses the limit: the last one of `a3`.
        let line_start = laughs[..err.1].rfind('\n').unwrap() + 1;
        assert!(laughs[line_start..].starts_with("a3: "));
        assert_eq!(&laughs[err.1..err.1 + 4], "*a2]");
        // Modest nesting and aliases still load.
        let fine = "code: not_found\nx: &x [1, [2, [3]]]\ny: [*x, *x]\n";
        assert_eq!(
            parse_front_matter(fine, 0).unwrap().code.unwrap().0,
            "not_found"
        );
    }

    #[test]
    fn invalid_yaml_is_an_error_with_an_offset() {
        let err = parse_front_matter("code: [unclosed\n", 0).unwrap_err();
        assert!(err.1 <= 16);
        assert!(parse_front_matter("just a string", 0).is_err());
    }
}
