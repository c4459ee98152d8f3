//! Body members: the example's keys beyond the envelope's, and the optional `Response fields`
//! section (a `| Field | Type | Description |` table or Mintlify `<ResponseField>`s) that
//! documents them; where both exist they must agree.

use std::ops::Range;

use super::Assembler;
use super::facts::normalize_ascii;
use crate::members::{BodyMember, MemberField, MemberType};
use crate::model::Page;
use crate::{Config, Envelope, words};

/// The type names a `Response fields` row may use, for messages and did-you-mean.
const TYPE_NAMES: &[&str] = &[
    "string", "integer", "number", "boolean", "object", "array", "any", "null",
];

/// The envelope other than the configured one that has `key`, if any: a member must not
/// reuse an envelope key, so that a catalog can switch envelopes.
pub(super) fn reserved_by(key: &str, config: &Config) -> Option<Envelope> {
    Envelope::ALL
        .into_iter()
        .find(|e| *e != config.envelope && e.keys().contains(&key))
}

/// The envelope keys an example with these `keys` lacks (one pass over the keys).
pub(super) fn missing_keys(
    keys: &[crate::model::ExampleKey],
    config: &Config,
) -> Vec<&'static str> {
    // The envelope has a handful of keys: one pass over the keys per envelope key, and no
    // allocation when none is missing.
    config
        .envelope
        .keys()
        .iter()
        .copied()
        .filter(|e| !keys.iter().any(|k| k.name.value == *e))
        .collect()
}

/// Whether `key` of an example (which lacks the envelope keys `missing`) is a member: not an
/// envelope key of either envelope, and not a near miss of a missing envelope key (a typo).
pub(super) fn is_member_key(key: &str, missing: &[&str], config: &Config) -> bool {
    if config.envelope.keys().contains(&key) || reserved_by(key, config).is_some() {
        return false;
    }
    super::closest(key, missing).is_none()
}

/// Whether an H2 heading is the `Response fields` section.
pub(crate) fn is_fields_heading(heading: &str) -> bool {
    let mut buf = [0u8; 32];
    matches!(
        normalize_ascii(heading, &mut buf).unwrap_or_default(),
        b"responsefields" | b"responsebodyfields" | b"bodyfields" | b"errorfields" | b"fields"
    )
}

/// One documented field: a table row or a `<ResponseField>`.
#[derive(Debug)]
struct Row<'t> {
    /// The member's key (the first segment of the path).
    top: &'t str,
    /// Segments below it (`[]`, field names); empty for the member itself.
    rest: Vec<&'t str>,
    /// The range of the name in the page.
    name_span: Range<usize>,
    type_text: String,
    type_span: Range<usize>,
    required: Option<bool>,
    description: String,
}

impl Assembler<'_> {
    /// Reads the members of `page` from its example and its `Response fields` section (at
    /// `fields` in the page, as the walk found it), and checks that the two agree.
    pub(super) fn members(
        &mut self,
        config: &Config,
        page: &mut Page,
        fields: Option<Range<usize>>,
    ) {
        let text = self.report.text();
        let mut members = Vec::new();
        // Members from the example's extra keys, which follow the envelope's keys.
        if let Some(example) = &page.example {
            let keys = &page.spans.example_keys;
            let missing = missing_keys(keys, config);
            let mut seen = NameSet::default();
            let last_envelope = keys
                .iter()
                .rposition(|k| config.envelope.keys().contains(&k.name.value.as_str()));
            for (i, key) in keys.iter().enumerate() {
                let name = key.name.value.as_str();
                if !is_member_key(name, &missing, config) || !seen.insert(name) {
                    continue;
                }
                if let Some(last) = last_envelope.filter(|&last| last > i) {
                    let after = &keys[last].name.value;
                    self.error(
                        key.name.span.clone(),
                        format!("member `{name}` comes before the envelope key `{after}`"),
                    )
                    .with_label("members follow the envelope's keys")
                    .with_help(format!(
                        "move `{name}` after `{after}`: a response sends the envelope's keys first, then the members in the page's order"
                    ));
                }
                let value = example.json[name].clone();
                members.push(BodyMember {
                    name: name.to_owned(),
                    json_type: MemberType::of(&value),
                    required: !value.is_null(),
                    description: String::new(),
                    fields: Vec::new(),
                    example: Some(value),
                    span: key.name.span.clone(),
                });
            }
        }
        if let Some(range) = fields
            && let Some(rows) = self.rows(text, range)
        {
            self.agree(config, page.example.is_some(), &mut members, rows);
        }
        page.members = members;
    }

    /// The rows of the section at `range`: its table, or its `<ResponseField>`s; `None`
    /// when the table cannot be read (reported).
    fn rows<'t>(&mut self, text: &'t str, range: Range<usize>) -> Option<Vec<Row<'t>>> {
        let section = &text[range.clone()];
        if section.contains("<ResponseField") {
            return Some(response_fields(section, range.start));
        }
        let mut rows = Vec::new();
        let mut columns: Option<[Option<usize>; 4]> = None;
        let mut header_seen = false;
        // One buffer of cells for every row; the cells borrow the page.
        let mut cells = Vec::new();
        let bytes = section.as_bytes();
        let mut offset = 0;
        while offset < bytes.len() {
            let end = line_end(bytes, offset);
            let line = &section[offset..end];
            let start = range.start + offset;
            offset = end;
            if !line.trim_start().starts_with('|') {
                continue;
            }
            // A delimiter row (`|---|:--|`) is known by its bytes, without splitting it.
            if header_seen
                && trim_both(line)
                    .bytes()
                    .all(|b| matches!(b, b'|' | b'-' | b':' | b' '))
            {
                continue;
            }
            cells.clear();
            split_row(line, start, &mut cells);
            if !header_seen {
                header_seen = true;
                const NAMES: [&[&str]; 4] = [
                    &["field", "name", "member", "key", "attribute", "property"],
                    &["type"],
                    &["description", "meaning", "details"],
                    &["required"],
                ];
                // Each header cell is normalized once; a column is its first matching cell.
                let mut cols = [None; 4];
                for (i, (c, _)) in cells.iter().enumerate() {
                    let mut buf = [0u8; 32];
                    let norm = normalize_ascii(c, &mut buf).unwrap_or_default();
                    for (col, names) in cols.iter_mut().zip(NAMES) {
                        if col.is_none() && names.iter().any(|n| n.as_bytes() == norm) {
                            *col = Some(i);
                        }
                    }
                }
                if cols[0].is_none() || cols[1].is_none() {
                    let trimmed = line.trim_end();
                    let lead = line.len() - line.trim_start().len();
                    self.error(
                        start + lead..start + trimmed.len(),
                        "the `Response fields` table needs a `Field` and a `Type` column",
                    )
                    .with_help("write it as `| Field | Type | Description |`".to_owned());
                    return None;
                }
                columns = Some(cols);
                continue;
            }
            // The delimiter row; bytes, as the three are ASCII.
            if cells
                .iter()
                .all(|(c, _)| c.bytes().all(|b| matches!(b, b'-' | b':' | b' ')))
            {
                continue;
            }
            let Some([name, ty, desc, req]) = columns else {
                continue;
            };
            let cell = |i: Option<usize>| i.and_then(|i| cells.get(i));
            let (Some((name_text, name_span)), Some((type_text, type_span))) =
                (cell(name), cell(ty))
            else {
                continue;
            };
            let name_text = name_text.trim_matches(|c| c == '`' || c == '*').trim();
            if name_text.is_empty() {
                continue;
            }
            let (type_text, mut required) = optional_marker(type_text);
            if let Some((r, _)) = cell(req) {
                let r = r.trim();
                let is = |words: &[&str]| words.iter().any(|w| r.eq_ignore_ascii_case(w));
                if is(&["yes", "true", "required", "✓"]) {
                    required = Some(true);
                } else if is(&["no", "false", "optional", ""]) {
                    required = required.or(Some(false));
                }
            }
            let description = cell(desc).map(|(d, _)| (*d).to_owned()).unwrap_or_default();
            let (top, rest) = split_path(name_text);
            rows.push(Row {
                top,
                rest,
                name_span: name_span.clone(),
                type_text,
                type_span: type_span.clone(),
                required,
                description,
            });
        }
        Some(rows)
    }

    /// Checks `rows` against the example's `members` and completes the members from them.
    fn agree(
        &mut self,
        config: &Config,
        has_example: bool,
        members: &mut Vec<BodyMember>,
        rows: Vec<Row<'_>>,
    ) {
        let mut documented = NameSet::default();
        // Rows find their member by name in constant time, whatever the page's size.
        let mut index = MemberIndex::default();
        for row in rows {
            let Some(ty) = MemberType::parse(&row.type_text) else {
                if row.rest.is_empty() {
                    documented.insert(row.top);
                }
                let word = row.type_text.trim_matches('`').to_ascii_lowercase();
                let d = self.error(
                    row.type_span.clone(),
                    format!(
                        "unknown type `{}` in `Response fields`",
                        row.type_text.trim_matches('`')
                    ),
                );
                let names = TYPE_NAMES
                    .iter()
                    .map(|t| format!("`{t}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let (base, suffix) = match word.strip_suffix("[]") {
                    Some(base) => (base, "[]"),
                    None => (word.as_str(), ""),
                };
                d.with_help(match crate::suggest(base, TYPE_NAMES.iter().copied()) {
                    Some(s) => format!(
                        "did you mean `{s}{suffix}`? types are {names}, `T[]` and `array of T`"
                    ),
                    None => format!("types are {names}, `T[]` and `array of T`"),
                });
                continue;
            };
            if row.rest.is_empty() {
                self.member_row(
                    config,
                    has_example,
                    (members, &mut index),
                    &mut documented,
                    row,
                    ty,
                );
            } else {
                let at = index.get(members, row.top);
                self.nested_row(at.map(|i| &mut members[i]), row, ty);
            }
        }
        for m in members.iter() {
            if m.example.is_some() && !documented.contains(&m.name) {
                self.error(
                    m.span.clone(),
                    format!(
                        "the example's member `{}` is not in `Response fields`",
                        m.name
                    ),
                )
                .with_label("not documented")
                .with_help(format!(
                    "add a row `| `{}` | {} | … |` to `Response fields`",
                    m.name,
                    m.json_type.schema_name().unwrap_or("any")
                ));
            }
        }
    }

    fn member_row<'t>(
        &mut self,
        config: &Config,
        has_example: bool,
        (members, index): (&mut Vec<BodyMember>, &mut MemberIndex),
        documented: &mut NameSet<'t>,
        row: Row<'t>,
        ty: MemberType,
    ) {
        let name = row.top;
        if config.envelope.keys().contains(&name) || reserved_by(name, config).is_some() {
            self.error(
                row.name_span.clone(),
                format!("`{name}` is an envelope key, not a member"),
            )
            .with_label("a member must not reuse an envelope key")
            .with_help(format!(
                "list only the keys beyond the envelope's ({}) in `Response fields`",
                super::list(config.envelope.keys())
            ));
            return;
        }
        if documented.contains(name) {
            self.error(
                row.name_span.clone(),
                format!("`{name}` is documented twice in `Response fields`"),
            )
            .with_help("keep one row per member".to_owned());
            return;
        }
        documented.insert(name);
        let optional = row.required == Some(false);
        match index.get(members, name).map(|i| &mut members[i]) {
            Some(m) => {
                let example_ty = m.json_type.clone();
                if example_ty == MemberType::Null && !optional {
                    self.error(
                        row.type_span.clone(),
                        format!("`{name}` is required, but the example's `{name}` is `null`"),
                    )
                    .with_label("required")
                    .with_help(format!(
                        "show a value ({ty}) in the example, or mark `{name}` optional"
                    ));
                } else if !ty.agrees(&example_ty) {
                    self.error(
                        row.type_span.clone(),
                        format!(
                            "`Response fields` says `{name}` is {ty}, but the example's `{name}` is {}",
                            example_ty.schema_name().unwrap_or("null")
                        ),
                    )
                    .with_label(format!("the example shows {example_ty}"))
                    .with_help("make the row's type and the example's value agree".to_owned());
                }
                if example_ty == MemberType::Null {
                    m.json_type = ty;
                }
                m.required = m.required && !optional;
                m.description = row.description;
            }
            None => {
                if has_example && !optional {
                    self.error(
                        row.name_span.clone(),
                        format!(
                            "`Response fields` documents `{name}`, but the example response lacks it"
                        ),
                    )
                    .with_label("required, not in the example")
                    .with_help(format!(
                        "add `\"{name}\": …` to the example after the envelope's keys, or mark `{name}` optional"
                    ));
                }
                index.insert(name, members.len());
                members.push(BodyMember {
                    name: name.to_owned(),
                    json_type: ty,
                    required: !optional,
                    description: row.description,
                    fields: Vec::new(),
                    example: None,
                    span: row.name_span,
                });
            }
        }
    }

    fn nested_row(&mut self, member: Option<&mut BodyMember>, row: Row<'_>, ty: MemberType) {
        let path = row.rest.join(".");
        let shown = format!("{}{}", row.top, display_path(&row.rest));
        let Some(m) = member else {
            self.error(
                row.name_span.clone(),
                format!("`{shown}` is inside `{}`, which is not a member", row.top),
            )
            .with_help(format!(
                "document `{}` itself first (in the example and as a row)",
                row.top
            ));
            return;
        };
        // Walk the example's type down the path; stop where it shows no more.
        let mut at = Some(&m.json_type);
        for &segment in &row.rest {
            let here = at.filter(|t| !matches!(t, MemberType::Any | MemberType::Null));
            at = match here {
                Some(MemberType::Object(fields)) if fields.is_empty() => None,
                Some(t) => match t.child(segment) {
                    Some(c) => Some(c),
                    None => {
                        self.error(
                            row.name_span.clone(),
                            format!(
                                "`Response fields` documents `{shown}`, but the example's `{}` has no `{segment}`",
                                row.top
                            ),
                        )
                        .with_label(format!("the example's `{}` is {}", row.top, m.json_type));
                        return;
                    }
                },
                None => None,
            };
        }
        if let Some(example_ty) = at
            && !ty.agrees(example_ty)
        {
            self.error(
                row.type_span.clone(),
                format!(
                    "`Response fields` says `{shown}` is {ty}, but the example's is {}",
                    example_ty.schema_name().unwrap_or("null")
                ),
            )
            .with_label(format!("the example shows {example_ty}"))
            .with_help("make the row's type and the example's value agree".to_owned());
        }
        m.fields.push(MemberField {
            path,
            json_type: ty,
            description: row.description,
        });
    }
}

/// `errors[].field` → (`errors`, [`[]`, `field`]); `meta.limit` → (`meta`, [`limit`]). The
/// segments borrow `name`.
fn split_path(name: &str) -> (&str, Vec<&str>) {
    let bytes = name.as_bytes();
    // Most names are one member's key: no segments, no allocation.
    if !bytes.iter().any(|&b| b == b'.' || b == b'[') {
        return (name, Vec::new());
    }
    let mut segments = Vec::new();
    let (mut from, mut i) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'.' => {
                segments.push(&name[from..i]);
                i += 1;
                from = i;
            }
            b'[' if bytes.get(i + 1) == Some(&b']') => {
                segments.push(&name[from..i]);
                segments.push("[]");
                i += 2;
                from = i;
            }
            _ => i += 1,
        }
    }
    segments.push(&name[from..]);
    segments.retain(|s| !s.is_empty());
    let top = if segments.is_empty() {
        ""
    } else {
        segments.remove(0)
    };
    (top, segments)
}

/// `[]`, `field` → `[].field`.
fn display_path(rest: &[&str]) -> String {
    let mut out = String::new();
    for &s in rest {
        if s != "[]" {
            out.push('.');
        }
        out.push_str(s);
    }
    out
}

/// `string, optional` / `string (optional)` / `string?` → (`string`, Some(false)).
///
/// Backticks are dropped and the first marker found (`(optional)`, `, optional`,
/// `optional`, then the same of `required`, case aside) is cut out; one string is
/// allocated, the result.
fn optional_marker(text: &str) -> (String, Option<bool>) {
    let mut t = String::with_capacity(text.len());
    let mut rest = text;
    // A byte loop: a type cell has a few dozen bytes, too few for `split`'s search to pay.
    while let Some(tick) = rest.bytes().position(|b| b == b'`') {
        t.push_str(&rest[..tick]);
        rest = &rest[tick + 1..];
    }
    t.push_str(rest);
    for (word, required) in [("optional", false), ("required", true)] {
        if let Some(cut) = marker_range(&t, word) {
            t.replace_range(cut, "");
            let kept = range_in(&t, trim_both(trim_both(&t).trim_end_matches(',')));
            return (keep(t, kept), Some(required));
        }
    }
    let trimmed = trim_both(&t);
    let (kept, required) = match trimmed.strip_suffix('?') {
        Some(base) => (range_in(&t, trim_both(base)), Some(false)),
        None => (range_in(&t, trimmed), None),
    };
    (keep(t, kept), required)
}

/// The marker of `word` (lowercase ASCII, which never overlaps itself) in `t`: the first
/// `(word)`, else the first `, word`, else the first `word`, ASCII case ignored; one pass
/// over the occurrences of `word`.
fn marker_range(t: &str, word: &str) -> Option<Range<usize>> {
    let b = t.as_bytes();
    let (mut first, mut comma) = (None, None);
    let mut from = 0;
    while let Some(k) = find_ignore_ascii_case(&t[from..], word) {
        let (at, end) = (from + k, from + k + word.len());
        if at >= 1 && b[at - 1] == b'(' && b.get(end) == Some(&b')') {
            return Some(at - 1..end + 1);
        }
        if comma.is_none() && b[..at].ends_with(b", ") {
            comma = Some(at - 2..end);
        }
        first.get_or_insert(at..end);
        from = end;
    }
    comma.or(first)
}

/// The first offset of `needle` (lowercase ASCII) in `hay`, ASCII case ignored: what
/// `hay.to_ascii_lowercase().find(needle)` says, without the copy.
fn find_ignore_ascii_case(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let &first = n.first()?;
    h.windows(n.len())
        .position(|w| w[0].to_ascii_lowercase() == first && w.eq_ignore_ascii_case(n))
}

/// The range of `inner`, a slice of `outer`, in `outer`.
fn range_in(outer: &str, inner: &str) -> Range<usize> {
    let start = inner.as_ptr() as usize - outer.as_ptr() as usize;
    start..start + inner.len()
}

/// `s` cut down to `range`, in place.
fn keep(mut s: String, range: Range<usize>) -> String {
    s.truncate(range.end);
    s.drain(..range.start);
    s
}

/// The cells of a table row starting at page offset `start`, trimmed, with their ranges,
/// appended to `cells`; `|` inside backticks or escaped does not split.
fn split_row<'l>(line: &'l str, start: usize, cells: &mut Vec<(&'l str, Range<usize>)>) {
    let body = trim_line_end(line);
    let bytes = body.as_bytes();
    let mut cell_start = None;
    let mut in_code = false;
    // Bytes: the three that matter are ASCII, and no byte of a longer character equals one.
    let mut i = find_either(bytes, 0, b'|', b'`');
    while i < bytes.len() {
        if bytes[i] == b'`' {
            in_code = !in_code;
        } else if !in_code && (i == 0 || bytes[i - 1] != b'\\') {
            if let Some(s) = cell_start {
                cells.push(cell(body, s, i, start));
            }
            cell_start = Some(i + 1);
        }
        i = find_either(bytes, i + 1, b'|', b'`');
    }
    if let Some(s) = cell_start
        && s < body.len()
        && !trim_both(&body[s..]).is_empty()
    {
        cells.push(cell(body, s, body.len(), start));
    }
}

/// The cell `body[from..to]` of a row at page offset `start`: its trimmed text and range.
fn cell(body: &str, from: usize, to: usize, start: usize) -> (&str, Range<usize>) {
    let raw = &body[from..to];
    let text = trim_both(raw);
    let begin = start + from + range_in(raw, text).start;
    (text, begin..begin + text.len())
}

/// The offset of the first byte at or after `from` that is `a` or `b`, else the end of
/// `bytes`: eight bytes a step, cheaper than a byte loop on lines of a few dozen bytes.
#[inline]
fn find_either(bytes: &[u8], from: usize, a: u8, b: u8) -> usize {
    let mut i = from;
    while let Some(word) = words::word_at(bytes, i) {
        let found = words::bytes_equal(word, a) | words::bytes_equal(word, b);
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&c| c == a || c == b))
        .map_or(bytes.len(), |k| i + k)
}

/// The offset just past the next `\n` at or after `from`, else the end of `bytes`.
#[inline]
fn line_end(bytes: &[u8], from: usize) -> usize {
    let at = find_either(bytes, from, b'\n', b'\n');
    if at < bytes.len() { at + 1 } else { at }
}

/// `line` without leading whitespace, as `str::trim_start` has it: ASCII bytes skipped by
/// hand, the rest left to `trim_start`.
fn trim_line_start(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
        i += 1;
    }
    if bytes.get(i).is_some_and(|b| !b.is_ascii()) {
        return line[i..].trim_start();
    }
    &line[i..]
}

/// `line` without trailing whitespace, as `str::trim_end` has it: ASCII bytes skipped by
/// hand, the rest left to `trim_end`.
fn trim_line_end(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut i = bytes.len();
    // Table cells are padded with runs of spaces: eight of them a step.
    while i >= 8 && bytes[i - 8..i] == [b' '; 8] {
        i -= 8;
    }
    while i > 0 && matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
        i -= 1;
    }
    if i > 0 && !bytes[i - 1].is_ascii() {
        return line[..i].trim_end();
    }
    &line[..i]
}

/// `s` without leading and trailing whitespace, as `str::trim` has it.
fn trim_both(s: &str) -> &str {
    trim_line_end(trim_line_start(s))
}

/// Names seen on one page: a few, scanned in a line; past [`NAMES_SCANNED`] also hashed, so
/// that a page of many members stays linear.
#[derive(Default)]
struct NameSet<'n> {
    names: Vec<&'n str>,
    hashed: Option<std::collections::HashSet<&'n str>>,
}

/// How many names [`NameSet`] and [`MemberIndex`] scan before they hash.
const NAMES_SCANNED: usize = 16;

impl<'n> NameSet<'n> {
    fn contains(&self, name: &str) -> bool {
        match &self.hashed {
            Some(set) => set.contains(name),
            None => self.names.contains(&name),
        }
    }

    /// Adds `name`; whether it was new.
    fn insert(&mut self, name: &'n str) -> bool {
        if self.contains(name) {
            return false;
        }
        self.names.push(name);
        match &mut self.hashed {
            Some(set) => {
                set.insert(name);
            }
            None if self.names.len() > NAMES_SCANNED => {
                self.hashed = Some(self.names.iter().copied().collect());
            }
            None => {}
        }
        true
    }
}

/// The members' positions by name (names are unique among a page's members): a scan of the
/// few members of a typical page, a hash map once there are more than [`NAMES_SCANNED`].
#[derive(Default)]
struct MemberIndex {
    hashed: Option<std::collections::HashMap<String, usize>>,
}

impl MemberIndex {
    fn get(&mut self, members: &[BodyMember], name: &str) -> Option<usize> {
        if self.hashed.is_none() && members.len() > NAMES_SCANNED {
            self.hashed = Some(
                members
                    .iter()
                    .enumerate()
                    .map(|(i, m)| (m.name.clone(), i))
                    .collect(),
            );
        }
        match &self.hashed {
            Some(map) => map.get(name).copied(),
            None => members.iter().position(|m| m.name == name),
        }
    }

    /// Records that the member `name` is at `i` (the members' new last).
    fn insert(&mut self, name: &str, i: usize) {
        if let Some(map) = &mut self.hashed {
            map.insert(name.to_owned(), i);
        }
    }
}

/// `<ResponseField name="…" type="…" required>description</ResponseField>`, nested ones
/// (inside `<Expandable>`) as fields of the enclosing one.
fn response_fields(section: &str, base: usize) -> Vec<Row<'_>> {
    let mut rows = Vec::new();
    // The enclosing fields: (top, path below it, its type).
    let mut stack: Vec<(&str, Vec<&str>, &str)> = Vec::new();
    let mut i = 0;
    while i < section.len() {
        let rest = &section[i..];
        let open = rest.find("<ResponseField");
        let close = rest.find("</ResponseField>");
        match (open, close) {
            (Some(o), c) if c.is_none_or(|c| o < c) => {
                let tag_start = i + o;
                let Some(tag_len) = section[tag_start..].find('>') else {
                    break;
                };
                let tag = &section[tag_start..tag_start + tag_len];
                let self_closing = tag.ends_with('/');
                let attr = |name: &str| attribute(tag, name);
                let Some((name, name_range)) = attr("name") else {
                    i = tag_start + tag_len + 1;
                    continue;
                };
                let (type_text, type_range) = attr("type").unwrap_or_default();
                let required = Some(has_flag(tag, "required"));
                let body_start = tag_start + tag_len + 1;
                let body_end = section[body_start..]
                    .find('<')
                    .map_or(section.len(), |e| body_start + e);
                let description = if self_closing {
                    String::new()
                } else {
                    section[body_start..body_end]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                let (top, mut path) = match stack.last() {
                    None => (name, Vec::new()),
                    Some((top, path, ty)) => {
                        let mut p = path.clone();
                        if MemberType::parse(ty).is_some_and(|t| matches!(t, MemberType::Array(_)))
                        {
                            p.push("[]");
                        }
                        (*top, p)
                    }
                };
                if !stack.is_empty() {
                    path.push(name);
                }
                rows.push(Row {
                    top,
                    rest: path.clone(),
                    name_span: base + tag_start + name_range.start
                        ..base + tag_start + name_range.end,
                    type_text: type_text.to_owned(),
                    type_span: base + tag_start + type_range.start
                        ..base + tag_start + type_range.end,
                    required,
                    description,
                });
                if !self_closing {
                    stack.push((top, path, type_text));
                }
                i = body_start;
            }
            (_, Some(c)) => {
                stack.pop();
                i += c + "</ResponseField>".len();
            }
            _ => break,
        }
    }
    rows
}

/// The value of `name="…"` in a tag, with its range in the tag.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<(&'t str, Range<usize>)> {
    let mut from = 0;
    while let Some(k) = tag[from..].find(name) {
        let at = from + k;
        let after = &tag[at + name.len()..];
        let before_ok = at > 0 && tag.as_bytes()[at - 1].is_ascii_whitespace();
        if before_ok && let Some(v) = after.strip_prefix("=\"") {
            let end = v.find('"')?;
            let start = at + name.len() + 2;
            return Some((&v[..end], start..start + end));
        }
        from = at + name.len();
    }
    None
}

/// Whether a bare flag (`required`, `required={true}`) is in a tag.
fn has_flag(tag: &str, flag: &str) -> bool {
    tag.split_whitespace().any(|w| {
        let w = w.trim_end_matches('/');
        w.strip_prefix(flag)
            .is_some_and(|r| matches!(r, "" | "={true}" | "=\"true\""))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_split_into_segments() {
        assert_eq!(
            split_path("errors[].field"),
            ("errors", vec!["[]", "field"])
        );
        assert_eq!(split_path("limit"), ("limit", vec![]));
        assert_eq!(display_path(&["[]", "field"]), "[].field");
    }

    #[test]
    fn optional_markers_are_read() {
        assert_eq!(
            optional_marker("`string`, optional"),
            ("string".to_owned(), Some(false))
        );
        assert_eq!(
            optional_marker("integer (optional)"),
            ("integer".to_owned(), Some(false))
        );
        assert_eq!(
            optional_marker("string?"),
            ("string".to_owned(), Some(false))
        );
        assert_eq!(optional_marker("`object[]`"), ("object[]".to_owned(), None));
    }

    #[test]
    fn cells_keep_pipes_in_code() {
        let mut cells = Vec::new();
        split_row("| `a|b` | string | x |\n", 10, &mut cells);
        let texts: Vec<&str> = cells.iter().map(|(t, _)| *t).collect();
        assert_eq!(texts, ["`a|b`", "string", "x"]);
        assert_eq!(cells[1].1, 10 + 10..10 + 16);
    }

    #[test]
    fn escaped_pipes_and_edges_of_rows() {
        let texts = |line: &str| -> Vec<(String, Range<usize>)> {
            let mut cells = Vec::new();
            split_row(line, 0, &mut cells);
            cells.into_iter().map(|(t, r)| (t.to_string(), r)).collect()
        };
        // An escaped `|` does not split; the cell keeps the backslash.
        assert_eq!(
            texts("| a\\|b | c |\n"),
            [("a\\|b".to_owned(), 2..6), ("c".to_owned(), 9..10)]
        );
        // A last cell without a closing `|` counts unless blank; text before the first `|`
        // does not.
        assert_eq!(
            texts("x | a | b"),
            [("a".to_owned(), 4..5), ("b".to_owned(), 8..9)]
        );
        assert_eq!(texts("| a |   \r\n"), [("a".to_owned(), 2..3)]);
        // Unicode spaces are trimmed, and spans stay on character boundaries.
        assert_eq!(
            texts("|\u{a0}é\u{a0}| `x|y` |"),
            [("é".to_owned(), 3..5), ("`x|y`".to_owned(), 9..14)]
        );
        assert_eq!(texts("no pipes"), Vec::<(String, Range<usize>)>::new());
        assert_eq!(texts("||"), [("".to_owned(), 1..1)]);
    }

    #[test]
    fn optional_markers_in_every_place() {
        let m = |t: &str| {
            let (ty, r) = optional_marker(t);
            (ty.to_string(), r)
        };
        assert_eq!(m("`string` (Optional)"), ("string".to_owned(), Some(false)));
        assert_eq!(m("OPTIONAL string"), ("string".to_owned(), Some(false)));
        assert_eq!(m("string, required"), ("string".to_owned(), Some(true)));
        assert_eq!(m("required"), ("".to_owned(), Some(true)));
        assert_eq!(m("  integer ,  "), ("integer ,".to_owned(), None));
        assert_eq!(m("int (optional) ,"), ("int".to_owned(), Some(false)));
        assert_eq!(m("a optional b"), ("a  b".to_owned(), Some(false)));
        assert_eq!(m("é`x`optionalé"), ("éxé".to_owned(), Some(false)));
        assert_eq!(m("`string ?`"), ("string".to_owned(), Some(false)));
        assert_eq!(m("string? "), ("string".to_owned(), Some(false)));
        assert_eq!(m("?"), ("".to_owned(), Some(false)));
        assert_eq!(m(""), ("".to_owned(), None));
        assert_eq!(m("\u{a0}number\u{a0}"), ("number".to_owned(), None));
        assert_eq!(
            m("optional, required"),
            (", required".to_owned(), Some(false))
        );
        // `(optional)` first, then `, optional`, wherever each is.
        assert_eq!(
            m("x, optional (optional)"),
            ("x, optional".to_owned(), Some(false))
        );
        assert_eq!(
            m("Optional, x, OPTIONAL"),
            ("Optional, x".to_owned(), Some(false))
        );
        assert_eq!(
            m("(required) required"),
            ("required".to_owned(), Some(true))
        );
    }

    #[test]
    fn line_ends_and_starts_agree_with_str() {
        let base = "ab\u{a0}c \t\u{3000}x\r\n\nyz\x0b#\u{85}é";
        for len in 0..=base.len() {
            let Some(text) = base.get(..len) else {
                continue;
            };
            let b = text.as_bytes();
            for from in (0..=len).filter(|&i| text.is_char_boundary(i)) {
                let naive = b[from..].iter().position(|&c| c == b'\n');
                assert_eq!(line_end(b, from), naive.map_or(len, |k| from + k + 1));
                let either = b[from..].iter().position(|&c| c == b'#' || c == b'\r');
                assert_eq!(
                    find_either(b, from, b'#', b'\r'),
                    either.map_or(len, |k| from + k)
                );
                assert_eq!(trim_line_start(&text[from..]), text[from..].trim_start());
                assert_eq!(trim_line_end(&text[..from]), text[..from].trim_end());
            }
        }
    }

    #[test]
    fn paths_split_at_dots_and_brackets() {
        let s = |p: &str| {
            let (top, rest) = split_path(p);
            (
                top.to_string(),
                rest.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
            )
        };
        assert_eq!(s(""), ("".to_owned(), vec![]));
        assert_eq!(s(".a..b."), ("a".to_owned(), vec!["b".to_owned()]));
        assert_eq!(s("[]x"), ("[]".to_owned(), vec!["x".to_owned()]));
        assert_eq!(
            s("a[b][]é.c"),
            (
                "a[b]".to_owned(),
                vec!["[]".to_owned(), "é".to_owned(), "c".to_owned()]
            )
        );
        assert_eq!(s("a[[]"), ("a[".to_owned(), vec!["[]".to_owned()]));
    }

    #[test]
    fn flags_are_bare_or_true() {
        assert!(has_flag("<ResponseField name=\"a\" required", "required"));
        assert!(has_flag("<ResponseField required={true}/", "required"));
        assert!(has_flag("<ResponseField required=\"true\"", "required"));
        assert!(!has_flag("<ResponseField required={false}", "required"));
        assert!(!has_flag("<ResponseField notrequired", "required"));
    }

    #[test]
    fn response_fields_nest() {
        let text = "<ResponseField name=\"errors\" type=\"object[]\" required>\n  What failed.\n  <Expandable>\n    <ResponseField name=\"field\" type=\"string\">The field.</ResponseField>\n  </Expandable>\n</ResponseField>\n";
        let rows = response_fields(text, 0);
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].top, rows[0].required), ("errors", Some(true)));
        assert_eq!(rows[0].description, "What failed.");
        assert_eq!(rows[1].rest, ["[]", "field"]);
        assert_eq!(&text[rows[1].name_span.clone()], "field");
    }
}
