//! Checks of the derive input against the catalog; every error is collected.

use std::collections::BTreeMap;

use errdocs_catalog::{Catalog, Diagnostic, Page};
use syn::{Member, Type};

use super::ast::{Field, Input, Item};
use super::attr::combine;

/// The page of each item, in the order of `input.items`.
pub(crate) fn check<'c>(input: &Input<'_>, catalog: &'c Catalog) -> syn::Result<Vec<&'c Page>> {
    let mut errors = None;
    let mut pages = Vec::new();
    for item in &input.items {
        match page_of(input, item, catalog) {
            Ok(page) => {
                if let Err(e) = check_status(input, item, page) {
                    combine(&mut errors, e);
                }
                pages.push(page);
            }
            Err(e) => combine(&mut errors, e),
        }
        for e in [
            check_detail(input, item).err(),
            check_retry_after(item).err(),
        ]
        .into_iter()
        .flatten()
        {
            combine(&mut errors, e);
        }
    }
    if let Err(e) = check_unique(input) {
        combine(&mut errors, e);
    }
    if let Err(e) = check_exhaustive(input, catalog) {
        combine(&mut errors, e);
    }
    match errors {
        Some(e) => Err(e),
        None => Ok(pages),
    }
}

/// `path:line:col` of a range of a page.
fn location(page: &Page, range: std::ops::Range<usize>) -> String {
    Diagnostic::at_span(&page.display_path, &page.markdown, range, "").location()
}

/// Each item's code must name a page; a typo gets the closest code as a suggestion.
fn page_of<'c>(input: &Input<'_>, item: &Item<'_>, catalog: &'c Catalog) -> syn::Result<&'c Page> {
    let (code, span) = item.code(input.item_attrs(item));
    if !errdocs_catalog::is_valid_code(&code) {
        return Err(syn::Error::new(
            span,
            format!("`{code}` is not a valid error code; codes match `[a-z][a-z0-9_]*`"),
        ));
    }
    if let Some(page) = catalog.page(&code) {
        return Ok(page);
    }
    let root = &catalog.display_root;
    let suggestion = errdocs_catalog::suggest(&code, catalog.pages.iter().map(|p| p.code.as_str()));
    let hint = match suggestion {
        Some(s) => format!("; did you mean `{s}`?"),
        None => format!("; add a page `{root}/{code}.md` or set `#[api_error(code = \"…\")]`"),
    };
    Err(syn::Error::new(
        span,
        format!("no page in `{root}` documents the error code `{code}`{hint}"),
    ))
}

/// A status restated in code must be the page's: the page decides, the code may only agree.
fn check_status(input: &Input<'_>, item: &Item<'_>, page: &Page) -> syn::Result<()> {
    let Some(lit) = &input.item_attrs(item).status else {
        return Ok(());
    };
    let status: u16 = lit.base10_parse()?;
    if status == page.status {
        return Ok(());
    }
    Err(syn::Error::new(
        lit.span(),
        format!(
            "status {status} disagrees with the page: {} says `{} {}` for `{}`",
            location(page, page.spans.status.clone()),
            page.status,
            page.title,
            page.code
        ),
    ))
}

/// Two items with one code would make the code ambiguous when parsed back.
fn check_unique(input: &Input<'_>) -> syn::Result<()> {
    let mut first: BTreeMap<String, &Item<'_>> = BTreeMap::new();
    let mut errors = None;
    for item in &input.items {
        let (code, span) = item.code(input.item_attrs(item));
        if let Some(other) = first.get(&code) {
            combine(
                &mut errors,
                syn::Error::new(
                    span,
                    format!(
                        "`{}` and `{}` both claim the error code `{code}`",
                        other.name, item.name
                    ),
                ),
            );
        } else {
            first.insert(code, item);
        }
    }
    errors.map_or(Ok(()), Err)
}

/// With `exhaustive`, every page of the catalog needs a variant.
fn check_exhaustive(input: &Input<'_>, catalog: &Catalog) -> syn::Result<()> {
    let Some(word) = &input.attrs.exhaustive else {
        return Ok(());
    };
    let claimed: Vec<String> = input
        .items
        .iter()
        .map(|i| i.code(input.item_attrs(i)).0)
        .collect();
    let missing: Vec<String> = catalog
        .pages
        .iter()
        .filter(|p| !claimed.contains(&p.code))
        .map(|p| format!("`{}` ({})", p.code, p.display_path))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(syn::Error::new(
        word.span(),
        format!(
            "`exhaustive`: {} page{} of the catalog {} no variant: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            if missing.len() == 1 { "has" } else { "have" },
            missing.join(", ")
        ),
    ))
}

/// Every `{field}` of a `detail` template must be a field of the item.
fn check_detail(input: &Input<'_>, item: &Item<'_>) -> syn::Result<()> {
    let Some(lit) = &input.item_attrs(item).detail else {
        return Ok(());
    };
    parse_template(&lit.value(), &item.fields)
        .map(|_| ())
        .map_err(|message| syn::Error::new(lit.span(), message))
}

/// A template split into a format string with positional `{}` and the fields it uses.
pub(crate) fn parse_template<'f>(
    template: &str,
    fields: &'f [Field<'_>],
) -> Result<(String, Vec<&'f Member>), String> {
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
                format.push('{');
                if !spec.is_empty() {
                    format.push(':');
                    format.push_str(spec);
                }
                format.push('}');
                args.push(&field.member);
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

fn member_name(member: &Member) -> String {
    match member {
        Member::Named(i) => i.to_string(),
        Member::Unnamed(i) => i.index.to_string(),
    }
}

/// One `retry_after` field per item, of type `Duration` or `Option<Duration>`.
fn check_retry_after(item: &Item<'_>) -> syn::Result<()> {
    let marked: Vec<&Field<'_>> = item
        .fields
        .iter()
        .filter(|f| f.retry_after.is_some())
        .collect();
    if let Some(second) = marked.get(1) {
        return Err(syn::Error::new(
            second
                .retry_after
                .unwrap_or_else(proc_macro2::Span::call_site),
            format!("`{}` has two `retry_after` fields; keep one", item.name),
        ));
    }
    if let Some(field) = marked.first()
        && retry_after_kind(field.ty).is_none()
    {
        return Err(syn::Error::new_spanned(
            field.ty,
            "a `retry_after` field must be a `std::time::Duration` or an `Option<Duration>`",
        ));
    }
    Ok(())
}

/// `Some(false)` for `Duration`, `Some(true)` for `Option<Duration>`.
pub(crate) fn retry_after_kind(ty: &Type) -> Option<bool> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident == "Duration" {
        return Some(false);
    }
    if last.ident == "Option"
        && let syn::PathArguments::AngleBracketed(args) = &last.arguments
        && let Some(syn::GenericArgument::Type(inner)) = args.args.first()
    {
        return (retry_after_kind(inner) == Some(false)).then_some(true);
    }
    None
}
