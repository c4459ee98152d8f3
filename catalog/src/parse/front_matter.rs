//! YAML front matter: an alternative source of the facts (`code`, `status`, `retryable`).

use std::ops::Range;

use yaml_rust2::{Yaml, YamlLoader};

/// A front-matter value as text, with the range of its line in the page.
pub(crate) type Located = Option<(String, Range<usize>)>;

#[derive(Debug, Default)]
pub(crate) struct FrontMatter {
    pub code: Located,
    pub status: Located,
    pub retryable: Located,
    pub title: Option<String>,
    pub description: Option<String>,
}

/// Error: a message and the offset inside `yaml` where it applies.
pub(crate) fn parse_front_matter(yaml: &str, base: usize) -> Result<FrontMatter, (String, usize)> {
    let docs = YamlLoader::load_from_str(yaml).map_err(|e| {
        let chars = e.marker().index();
        let offset = yaml
            .char_indices()
            .nth(chars)
            .map_or(yaml.len(), |(i, _)| i);
        (e.info().to_owned(), base + offset)
    })?;
    let mut fm = FrontMatter::default();
    let Some(doc) = docs.into_iter().next() else {
        return Ok(fm);
    };
    let Yaml::Hash(map) = doc else {
        return Err(("front matter is not a mapping of `key: value` lines".to_owned(), base));
    };
    for (key, value) in map {
        let Some(key) = key.as_str() else { continue };
        let Some(text) = scalar_text(&value) else { continue };
        let located = || {
            let r = key_range(yaml, key);
            Some((text.clone(), base + r.start..base + r.end))
        };
        match key {
            "code" => fm.code = located(),
            "status" => fm.status = located(),
            "retryable" | "retry" => fm.retryable = located(),
            "title" => fm.title = Some(text),
            "description" => fm.description = Some(text),
            _ => {}
        }
    }
    Ok(fm)
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
fn key_range(yaml: &str, key: &str) -> Range<usize> {
    let mut offset = 0;
    for line in yaml.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(key) {
            if let Some(value) = rest.strip_prefix(':') {
                let value_trimmed = value.trim();
                let start = offset + key.len() + 1 + (value.len() - value.trim_start().len());
                return start..start + value_trimmed.len();
            }
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
        assert_eq!(fm.title.as_deref(), Some("Not found"));
    }

    #[test]
    fn invalid_yaml_is_an_error_with_an_offset() {
        let err = parse_front_matter("code: [unclosed\n", 0).unwrap_err();
        assert!(err.1 <= 16);
        assert!(parse_front_matter("just a string", 0).is_err());
    }
}
