//! The `detail = "…"` template, parsed once: a format string with positional `{}` and the
//! fields it names, each format spec checked against Rust's format grammar.

use syn::{LitStr, Member};

use super::ast::Field;

/// A checked `detail` template.
pub(crate) struct Template {
    /// The literal as written (spans errors about it and the generated `format!`).
    pub lit: LitStr,
    /// The format string, with `{}` (or `{:spec}`) in place of each field.
    pub format: String,
    /// The fields, in the order of their `{}`.
    pub members: Vec<Member>,
}

impl Template {
    /// The format string as a literal spanned at the template, so rustc's own format errors
    /// (a spec the field's type does not support) point at it.
    pub(crate) fn format_lit(&self) -> LitStr {
        LitStr::new(&self.format, self.lit.span())
    }
}

/// Parses `lit` against the fields of its item.
pub(crate) fn parse(lit: &LitStr, fields: &[Field<'_>]) -> Result<Template, String> {
    let (format, members) = split(&lit.value(), fields)?;
    Ok(Template {
        lit: lit.clone(),
        format,
        members,
    })
}

fn split(template: &str, fields: &[Field<'_>]) -> Result<(String, Vec<Member>), String> {
    let mut format = String::new();
    let mut args = Vec::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                format.push_str("{{");
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                format.push_str("}}");
            }
            '{' => {
                let mut inner = String::new();
                let mut closed = false;
                for c in chars.by_ref() {
                    if c == '}' {
                        closed = true;
                        break;
                    }
                    inner.push(c);
                }
                if !closed {
                    return Err(
                        "unclosed `{` in the `detail` template; write `{{` for a brace".to_owned(),
                    );
                }
                let (name, spec) = inner
                    .split_once(':')
                    .map_or((inner.as_str(), ""), |(n, s)| (n, s));
                let name = name.trim();
                let field = fields.iter().find(|f| match &f.member {
                    Member::Named(i) => i == name,
                    Member::Unnamed(idx) => idx.index.to_string() == name,
                });
                let Some(field) = field else {
                    let known: Vec<String> = fields
                        .iter()
                        .map(|f| format!("`{}`", member_name(&f.member)))
                        .collect();
                    return Err(if known.is_empty() {
                        format!("`detail` names `{{{name}}}` but this item has no fields")
                    } else {
                        format!(
                            "`detail` names `{{{name}}}`, which is not a field; fields are {}",
                            known.join(", ")
                        )
                    });
                };
                check_spec(spec)
                    .map_err(|why| format!("`{{{inner}}}` in the `detail` template: {why}"))?;
                format.push('{');
                if !spec.is_empty() {
                    format.push(':');
                    format.push_str(spec);
                }
                format.push('}');
                args.push(field.member.clone());
            }
            '}' => {
                return Err(
                    "unmatched `}` in the `detail` template; write `}}` for a brace".to_owned(),
                );
            }
            c => format.push(c),
        }
    }
    Ok((format, args))
}

/// The name of a field as a template writes it (`scope`, `0`).
pub(crate) fn member_name(member: &Member) -> String {
    match member {
        Member::Named(i) => i.to_string(),
        Member::Unnamed(i) => i.index.to_string(),
    }
}

/// Format traits a spec may end with.
const TRAITS: &[&str] = &["", "?", "x?", "X?", "x", "X", "o", "b", "e", "E"];

/// `[[fill]align][sign]['#']['0'][width]['.' precision][type]`, with literal numbers only: a
/// template's arguments are its fields, so `width$`, `.*` and `{:p}` have nothing to refer to.
fn check_spec(spec: &str) -> Result<(), String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '^' | '>');
    if chars.len() >= 2 && is_align(chars[1]) {
        i = 2;
    } else if chars.first().copied().is_some_and(is_align) {
        i = 1;
    }
    if matches!(chars.get(i), Some('+' | '-')) {
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        i += 1;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while chars.get(*i).is_some_and(char::is_ascii_digit) {
            *i += 1;
        }
        *i > start
    };
    digits(&mut i);
    if chars.get(i) == Some(&'$') {
        return Err(
            "a width or precision taken from an argument (`$`) is not supported; write a number"
                .to_owned(),
        );
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        if chars.get(i) == Some(&'*') {
            return Err(
                "a precision taken from an argument (`.*`) is not supported; write a number"
                    .to_owned(),
            );
        }
        if !digits(&mut i) {
            return Err("`.` must be followed by a precision (`{x:.2}`)".to_owned());
        }
        if chars.get(i) == Some(&'$') {
            return Err("a width or precision taken from an argument (`$`) is not supported; write a number".to_owned());
        }
    }
    let rest: String = chars[i..].iter().collect();
    if TRAITS.contains(&rest.as_str()) {
        return Ok(());
    }
    Err(format!(
        "`{spec}` is not a format spec; expected `[[fill]align][sign][#][0][width][.precision][type]` with a type among `?`, `x`, `X`, `o`, `b`, `e`, `E` (`{{x:>8}}`, `{{x:.2}}`, `{{x:?}}`)"
    ))
}

#[cfg(test)]
mod tests {
    use super::check_spec;

    #[test]
    fn format_specs_follow_the_rust_grammar() {
        for ok in [
            "", ">8", "<8", "^8", "*^8", "-<3", "+", "#x", "08.3", ".2", "?", "#?", "x?", ">4",
            "e", "010b",
        ] {
            assert!(check_spec(ok).is_ok(), "{ok:?} should be accepted");
        }
        for bad in [">8q", "1$", ".*", ".", "width", ">8<", ">>>", "p", ".2$"] {
            assert!(check_spec(bad).is_err(), "{bad:?} should be refused");
        }
    }
}
