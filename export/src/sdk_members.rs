//! Typed members for the Python and TypeScript modules: each class of exactly one code gets
//! one attribute per body member of its page, read from the body by `from_response`.

use std::fmt::Write;

use errdocs_catalog::{BodyMember, MemberType, Page};

/// Whether `name` can be an attribute in both languages (`[A-Za-z_][A-Za-z0-9_]*`).
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with("__")
}

/// `decline_code` → `DeclineCode`.
fn pascal(name: &str) -> String {
    name.split('_')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The members of `page` that become attributes: those with identifier names that are not
/// `reserved` (the base class's own attributes).
pub(crate) fn typed_members<'p>(page: &'p Page, reserved: &[&str]) -> Vec<&'p BodyMember> {
    page.members
        .iter()
        .filter(|m| is_identifier(&m.name) && !reserved.contains(&m.name.as_str()))
        .collect()
}

/// Python: the dataclasses a member's type needs (defined before use) and the annotation.
pub(crate) fn python_type(ty: &MemberType, name: &str, defs: &mut String) -> String {
    match ty {
        MemberType::String => "str".to_owned(),
        MemberType::Integer => "int".to_owned(),
        MemberType::Number => "float".to_owned(),
        MemberType::Boolean => "bool".to_owned(),
        MemberType::Null | MemberType::Any => "Any".to_owned(),
        MemberType::Array(item) => {
            format!("list[{}]", python_type(item, &format!("{name}Item"), defs))
        }
        MemberType::Object(fields) if fields.is_empty() => "dict[str, Any]".to_owned(),
        MemberType::Object(fields) => {
            let fields: Vec<_> = fields
                .iter()
                .filter(|(k, _)| is_identifier(k) && !crate::python::is_keyword(k))
                .collect();
            let mut annotations = Vec::new();
            for (k, t) in &fields {
                annotations.push((
                    k.as_str(),
                    python_type(t, &format!("{name}{}", pascal(k)), defs),
                    t,
                ));
            }
            let _ = write!(
                defs,
                "\n\n@dataclass(frozen=True)\nclass {name}:\n    \"\"\"A typed part of an error body.\"\"\"\n\n"
            );
            for (k, a, _) in &annotations {
                let _ = writeln!(defs, "    {k}: {a}");
            }
            let _ = write!(
                defs,
                "\n    @classmethod\n    def _from(cls, value: Any) -> \"{name}\":\n        fields = value if isinstance(value, Mapping) else {{}}\n        return cls(\n"
            );
            for (k, _, t) in &annotations {
                let conv = python_conv(
                    t,
                    &format!("fields.get({})", crate::python::py_str(k)),
                    &format!("{name}{}", pascal(k)),
                );
                let _ = writeln!(defs, "            {k}={conv},");
            }
            defs.push_str("        )\n");
            name.to_owned()
        }
    }
}

/// Python: the expression reading `value` as `ty` (a default for a missing or wrong value).
pub(crate) fn python_conv(ty: &MemberType, value: &str, name: &str) -> String {
    match ty {
        MemberType::String => format!("_member_str({value})"),
        MemberType::Integer => format!("_member_int({value})"),
        MemberType::Number => format!("_member_float({value})"),
        MemberType::Boolean => format!("_member_bool({value})"),
        MemberType::Null | MemberType::Any => value.to_owned(),
        MemberType::Array(item) => format!(
            "[{} for _item in _member_list({value})]",
            python_conv(item, "_item", &format!("{name}Item"))
        ),
        MemberType::Object(fields) if fields.is_empty() => format!("_member_dict({value})"),
        MemberType::Object(_) => format!("{name}._from({value})"),
    }
}

/// TypeScript: the type of `ty`.
pub(crate) fn ts_type(ty: &MemberType) -> String {
    match ty {
        MemberType::String => "string".to_owned(),
        MemberType::Integer | MemberType::Number => "number".to_owned(),
        MemberType::Boolean => "boolean".to_owned(),
        MemberType::Null | MemberType::Any => "unknown".to_owned(),
        MemberType::Array(item) => format!("{}[]", ts_type(item)),
        MemberType::Object(fields) if fields.is_empty() => {
            "Readonly<Record<string, unknown>>".to_owned()
        }
        MemberType::Object(fields) => {
            let parts: Vec<String> = fields
                .iter()
                .map(|(k, t)| format!("{}: {}", ts_key(k), ts_type(t)))
                .collect();
            format!("{{ {} }}", parts.join("; "))
        }
    }
}

fn ts_key(k: &str) -> String {
    if is_identifier(k) {
        k.to_owned()
    } else {
        crate::typescript::ts_str(k)
    }
}

/// TypeScript: the expression reading `value` (an `unknown`) as `ty`.
pub(crate) fn ts_conv(ty: &MemberType, value: &str, depth: usize) -> String {
    match ty {
        MemberType::String => format!("memberString({value})"),
        MemberType::Integer | MemberType::Number => format!("memberNumber({value})"),
        MemberType::Boolean => format!("memberBoolean({value})"),
        MemberType::Null | MemberType::Any => value.to_owned(),
        MemberType::Array(item) => {
            let v = format!("v{depth}");
            format!(
                "memberArray({value}, ({v}) => {})",
                ts_conv(item, &v, depth + 1)
            )
        }
        MemberType::Object(fields) if fields.is_empty() => format!("memberRecord({value})"),
        MemberType::Object(fields) => {
            let o = format!("o{depth}");
            let parts: Vec<String> = fields
                .iter()
                .map(|(k, t)| {
                    format!(
                        "{}: {}",
                        ts_key(k),
                        ts_conv(
                            t,
                            &format!("{o}[{}]", crate::typescript::ts_str(k)),
                            depth + 1
                        )
                    )
                })
                .collect();
            format!(
                "(({o}: Readonly<Record<string, unknown>>) => ({{ {} }}))(memberRecord({value}))",
                parts.join(", ")
            )
        }
    }
}

/// The class name a page's member types are prefixed with.
pub(crate) fn prefix(class: &str, member: &BodyMember) -> String {
    format!("{class}{}", pascal(&member.name))
}

/// A one-line comment text of a member's description.
pub(crate) fn description(member: &BodyMember) -> String {
    let text = member
        .description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if text.is_empty() {
        format!("The body's `{}` member.", member.name)
    } else {
        text
    }
}
