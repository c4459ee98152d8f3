//! A page as a list of blocks (headings, tables, code blocks, paragraphs) and its front
//! matter: what the readers of other styles look at.

use std::ops::Range;
use std::sync::OnceLock;

use pulldown_cmark::{CodeBlockKind, Event, MetadataBlockKind, Parser, Tag, TagEnd};

/// One block of a page, with its text as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    /// A heading: its level (1–6) and text (links and inline code as their text).
    Heading { level: u8, text: String },
    /// A table: the header cells and the body rows, each with its byte range.
    Table {
        header: Vec<String>,
        rows: Vec<(Vec<String>, Range<usize>)>,
    },
    /// A fenced or indented code block: the first word of its info string, and its text.
    Code { lang: String, text: String },
    /// A paragraph (also inside block quotes and list items).
    Para { text: String },
}

/// A page: its front matter's scalar keys and its blocks, each with its byte range.
#[derive(Debug, Default)]
pub(crate) struct Scanned {
    /// `key: value` pairs of the YAML front matter, values as strings.
    pub front: Vec<(String, String)>,
    /// The byte range of each front-matter key's value line, where it could be found.
    pub front_spans: Vec<(String, Range<usize>)>,
    /// The byte range of the front matter block.
    pub front_span: Range<usize>,
    /// The blocks in page order.
    pub blocks: Vec<(Block, Range<usize>)>,
    /// The first JSON code block that is an object, parsed once when first asked for.
    example: OnceLock<Option<(serde_json::Value, Range<usize>)>>,
}

impl Scanned {
    /// The first ```json (or jsonc) block that parses as a JSON object, and its range.
    pub fn example_json(&self) -> Option<&(serde_json::Value, Range<usize>)> {
        self.example
            .get_or_init(|| {
                self.blocks.iter().find_map(|(b, span)| match b {
                    Block::Code { lang, text } if lang == "json" || lang == "jsonc" => {
                        let v: serde_json::Value = serde_json::from_str(text).ok()?;
                        v.is_object().then(|| (v, span.clone()))
                    }
                    _ => None,
                })
            })
            .as_ref()
    }

    /// The front-matter value of `key`, if it is a scalar.
    pub fn front(&self, key: &str) -> Option<&str> {
        self.front
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Where the value of front-matter `key` is written, else the whole front matter.
    pub fn front_at(&self, key: &str) -> Range<usize> {
        self.front_spans
            .iter()
            .find(|(k, _)| k == key)
            .map_or_else(|| self.front_span.clone(), |(_, r)| r.clone())
    }
}

/// The range of each top-level `key: value` line's value in `yaml`, offset by `base`.
fn key_spans(yaml: &str, base: usize) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in yaml.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if let Some((key, value)) = body.split_once(':')
            && !key.is_empty()
            && !key.starts_with([' ', '\t', '#', '-'])
        {
            let lead = value.len() - value.trim_start().len();
            let start = offset + key.len() + 1 + lead;
            let end = offset + body.trim_end().len();
            out.push((key.trim().to_owned(), base + start..base + end.max(start)));
        }
        offset += line.len();
    }
    out
}

#[derive(Default)]
struct TableBuild {
    header: Vec<String>,
    rows: Vec<(Vec<String>, Range<usize>)>,
    row: Vec<String>,
    row_span: Range<usize>,
    in_head: bool,
}

/// Scans `text` into blocks.
pub(crate) fn scan(text: &str) -> Scanned {
    let mut out = Scanned::default();
    let parser = Parser::new_ext(text, crate::markdown_options()).into_offset_iter();
    // The text being collected (heading, cell, paragraph or code), and where it started.
    let mut buf: Option<(String, usize)> = None;
    let mut table: Option<(TableBuild, usize)> = None;
    let mut heading: Option<u8> = None;
    let mut code_lang: Option<String> = None;
    let mut in_meta = false;
    for (event, range) in parser {
        match event {
            Event::Start(Tag::MetadataBlock(MetadataBlockKind::YamlStyle)) => {
                in_meta = true;
                out.front_span = range;
            }
            Event::End(TagEnd::MetadataBlock(_)) => in_meta = false,
            Event::Text(t) if in_meta => {
                out.front = front_matter(&t);
                out.front_spans = key_spans(&t, range.start);
            }
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some(level as u8);
                buf = Some((String::new(), range.start));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let (Some(level), Some((text, start))) = (heading.take(), buf.take()) {
                    let text = clean(&text);
                    out.blocks
                        .push((Block::Heading { level, text }, start..range.end));
                }
            }
            Event::Start(Tag::Table(_)) => table = Some((TableBuild::default(), range.start)),
            Event::End(TagEnd::Table) => {
                if let Some((t, start)) = table.take() {
                    out.blocks.push((
                        Block::Table {
                            header: t.header,
                            rows: t.rows,
                        },
                        start..range.end,
                    ));
                }
            }
            Event::Start(Tag::TableHead) => {
                if let Some((t, _)) = &mut table {
                    t.in_head = true;
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let Some((t, _)) = &mut table {
                    t.in_head = false;
                    t.header = std::mem::take(&mut t.row);
                }
            }
            Event::Start(Tag::TableRow) => {
                if let Some((t, _)) = &mut table {
                    t.row_span = range.clone();
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some((t, _)) = &mut table {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push((row, t.row_span.clone()));
                }
            }
            Event::Start(Tag::TableCell) => buf = Some((String::new(), range.start)),
            Event::End(TagEnd::TableCell) => {
                if let (Some((t, _)), Some((text, _))) = (&mut table, buf.take()) {
                    t.row.push(clean(&text));
                }
            }
            Event::Start(Tag::Paragraph) if table.is_none() && heading.is_none() => {
                buf = Some((String::new(), range.start));
            }
            Event::End(TagEnd::Paragraph) if table.is_none() && heading.is_none() => {
                if let Some((text, start)) = buf.take() {
                    out.blocks
                        .push((Block::Para { text: clean(&text) }, start..range.end));
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                code_lang = Some(match kind {
                    CodeBlockKind::Fenced(info) => info
                        .split([' ', ',', '{'])
                        .next()
                        .unwrap_or_default()
                        .to_ascii_lowercase(),
                    CodeBlockKind::Indented => String::new(),
                });
                buf = Some((String::new(), range.start));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let (Some(lang), Some((text, start))) = (code_lang.take(), buf.take()) {
                    out.blocks
                        .push((Block::Code { lang, text }, start..range.end));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((b, _)) = &mut buf {
                    b.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((b, _)) = &mut buf {
                    b.push(if code_lang.is_some() { '\n' } else { ' ' });
                }
            }
            _ => {}
        }
    }
    out
}

/// Text without Markdoc tags (`{% #anchor %}`) and with single spaces.
fn clean(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("{%") {
        out.push_str(&rest[..i]);
        match rest[i..].find("%}") {
            Some(j) => rest = &rest[i + j + 2..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The scalar keys of a YAML front matter, values as strings.
fn front_matter(yaml: &str) -> Vec<(String, String)> {
    use yaml_rust2::{Yaml, YamlLoader};
    let Ok(docs) = YamlLoader::load_from_str(yaml) else {
        return Vec::new();
    };
    let Some(Yaml::Hash(map)) = docs.into_iter().next() else {
        return Vec::new();
    };
    map.into_iter()
        .filter_map(|(k, v)| {
            let key = k.as_str()?.to_owned();
            let value = match v {
                Yaml::String(s) => s,
                Yaml::Integer(n) => n.to_string(),
                Yaml::Boolean(b) => b.to_string(),
                _ => return None,
            };
            Some((key, value))
        })
        .collect()
}
