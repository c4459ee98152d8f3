//! `#[api_error(body)]` fields: the body members a variant carries, checked against the
//! members its page documents, and the code that serializes them.

use errdocs_catalog::{BodyMember, Diagnostic, MemberType, Page};
use heck::ToSnakeCase;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Attribute, Fields, LitStr, Member, Type};

use super::ast::{Input, Item, binding};
use super::ctxt::Ctxt;

/// A field marked `#[api_error(body)]` or `#[api_error(body = "name")]`.
pub(crate) struct BodyField<'a> {
    pub member: Member,
    /// The member's JSON key.
    pub name: String,
    /// The word `body` (or the name's literal), where errors point.
    pub span: Span,
    pub ty: &'a Type,
    /// The field's type is an `Option`: `None` leaves the member out.
    pub optional: bool,
}

/// The `body` fields of `fields`; errors go to `cx`.
pub(crate) fn body_fields<'a>(cx: &Ctxt, fields: &'a Fields) -> Vec<BodyField<'a>> {
    let mut out: Vec<BodyField<'a>> = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        let Some((rename, word)) = body_attr(cx, &f.attrs) else {
            continue;
        };
        let member = match &f.ident {
            Some(ident) => Member::Named(ident.clone()),
            None => Member::Unnamed(syn::Index {
                index: i as u32,
                span: f.ty.span(),
            }),
        };
        let name = match (&rename, &f.ident) {
            (Some(lit), _) => lit.value(),
            (None, Some(ident)) => ident.to_string().trim_start_matches("r#").to_owned(),
            (None, None) => {
                cx.error(
                    word,
                    "a `body` field without a name needs one: `#[api_error(body = \"errors\")]`",
                );
                continue;
            }
        };
        let span = rename.as_ref().map_or(word, LitStr::span);
        if out.iter().any(|b| b.name == name) {
            cx.error(
                span,
                format!("two `body` fields are named `{name}`; keep one"),
            );
            continue;
        }
        out.push(BodyField {
            member,
            name,
            span,
            ty: &f.ty,
            optional: option_arg(&f.ty).is_some(),
        });
    }
    out
}

/// `body` or `body = "name"` among a field's `api_error` arguments.
fn body_attr(cx: &Ctxt, attrs: &[Attribute]) -> Option<(Option<LitStr>, Span)> {
    let mut found = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("api_error")) {
        // Other arguments are read (and reported) by `attr::field_retry_after`.
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("body") {
                let word = meta.path.span();
                let rename = if meta.input.peek(syn::Token![=]) {
                    match meta.value()?.parse::<LitStr>() {
                        Ok(lit) => Some(lit),
                        Err(e) => {
                            cx.error(e.span(), "`body` takes a string: `body = \"errors\"`");
                            return Ok(());
                        }
                    }
                } else {
                    None
                };
                if found.is_some() {
                    cx.error(word, "duplicate `api_error` argument `body`");
                } else {
                    found = Some((rename, word));
                }
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    found
}

/// `T` of `Option<T>` (as `Option`, `std::option::Option` or `core::option::Option`).
fn option_arg(ty: &Type) -> Option<&Type> {
    generic_arg(ty, &["Option"])
}

/// The single type argument of a path type whose last segment is one of `names`.
fn generic_arg<'t>(ty: &'t Type, names: &[&str]) -> Option<&'t Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if !names.iter().any(|n| last.ident == n) {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// The JSON type a field's type plainly has, read from its syntax: `String`, `&str`,
/// integers, floats, `bool`, `Vec<_>` and slices, `Option<_>` of those; `None` for any other
/// type (then only a test can tell).
fn plain_type(ty: &Type) -> Option<MemberType> {
    match ty {
        Type::Reference(r) => plain_type(&r.elem),
        Type::Paren(p) => plain_type(&p.elem),
        Type::Group(g) => plain_type(&g.elem),
        Type::Slice(s) => Some(MemberType::Array(Box::new(
            plain_type(&s.elem).unwrap_or(MemberType::Any),
        ))),
        Type::Array(a) => Some(MemberType::Array(Box::new(
            plain_type(&a.elem).unwrap_or(MemberType::Any),
        ))),
        Type::Path(path) if path.qself.is_none() => {
            if let Some(inner) = option_arg(ty) {
                return plain_type(inner);
            }
            if let Some(item) = generic_arg(ty, &["Vec", "VecDeque", "BTreeSet", "HashSet"]) {
                return Some(MemberType::Array(Box::new(
                    plain_type(item).unwrap_or(MemberType::Any),
                )));
            }
            let last = path.path.segments.last()?;
            let name = last.ident.to_string();
            match name.as_str() {
                "String" | "str" if last.arguments.is_empty() => Some(MemberType::String),
                "Cow"
                    if generic_arg(ty, &["Cow"])
                        .is_some_and(|t| plain_type(t) == Some(MemberType::String)) =>
                {
                    Some(MemberType::String)
                }
                "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64"
                | "u128" | "usize" => Some(MemberType::Integer),
                "f32" | "f64" => Some(MemberType::Number),
                "bool" => Some(MemberType::Boolean),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `path:line:col` of a range of a page.
fn location(page: &Page, range: std::ops::Range<usize>) -> String {
    Diagnostic::at_span(&page.display_path, &page.markdown, range, "").location()
}

/// Where a page documents its members: its example, else its H1 / code.
fn members_location(page: &Page) -> String {
    let at = if page.spans.example.is_empty() {
        page.spans.code.clone()
    } else {
        page.spans.example.clone()
    };
    location(page, at)
}

fn names(members: &[BodyMember]) -> String {
    members
        .iter()
        .map(|m| format!("`{}`", m.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Each item's `body` fields against its page's members; errors go to `cx`.
pub(crate) fn check(cx: &Ctxt, input: &Input<'_>, pages: &[&Page]) {
    for (item, page) in input.items.iter().zip(pages) {
        for field in &item.body {
            let Some(member) = page.members.iter().find(|m| m.name == field.name) else {
                let documented = if page.members.is_empty() {
                    "no members".to_owned()
                } else {
                    format!("the members {}", names(&page.members))
                };
                cx.error(
                    field.span,
                    format!(
                        "`{}` of `{}` is not a member of `{}`: {} documents {documented}; document it in the page's example response, or remove `body`",
                        field.name,
                        item.name,
                        page.code,
                        members_location(page),
                    ),
                );
                continue;
            };
            if let Some(rust) = plain_type(field.ty)
                && !member.json_type.agrees(&rust)
            {
                cx.error_spanned_by(
                    field.ty,
                    format!(
                        "`{}` of `{}` is {}, but {} shows `{}` as {}",
                        field.name,
                        item.name,
                        rust_kind(&rust),
                        location(page, member.span.clone()),
                        member.name,
                        member.json_type,
                    ),
                );
            }
        }
        for member in page.members.iter().filter(|m| m.required) {
            if item.body.iter().any(|f| f.name == member.name) {
                continue;
            }
            cx.error(
                item.name.span(),
                format!(
                    "`{}` lacks the member `{}` that {} documents for `{}`; add `#[api_error(body)] {}: …`, or mark the member optional on the page",
                    item.name,
                    member.name,
                    location(page, member.span.clone()),
                    page.code,
                    member.name,
                ),
            );
        }
    }
}

/// Whether a type read from syntax has a part it could not read (`Vec<FieldError>`'s items).
fn shows_any(ty: &MemberType) -> bool {
    match ty {
        MemberType::Any => true,
        MemberType::Array(item) => shows_any(item),
        _ => false,
    }
}

fn rust_kind(ty: &MemberType) -> String {
    match ty {
        MemberType::String => "a string".to_owned(),
        MemberType::Integer => "an integer".to_owned(),
        MemberType::Number => "a number".to_owned(),
        MemberType::Boolean => "a boolean".to_owned(),
        MemberType::Array(_) => "an array (a sequence type)".to_owned(),
        other => other.to_string(),
    }
}

/// `ApiError::members` and the `BodyMembers` impl, when any item has `body` fields; plus
/// one test per field whose type is not plain, deserializing the page's example member.
pub(crate) fn expand(
    input: &Input<'_>,
    pages: &[&Page],
) -> (TokenStream, TokenStream, TokenStream) {
    if input.items.iter().all(|i| i.body.is_empty()) {
        return (quote!(), quote!(), quote!());
    }
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let arms = input
        .items
        .iter()
        .zip(pages)
        .filter(|(i, _)| !i.body.is_empty())
        .map(|(item, page)| arm(item, page));
    // Variants without `body` fields have no members: their bodies stay the envelope's.
    let with_body = input
        .items
        .iter()
        .filter(|i| !i.body.is_empty())
        .map(|i| i.pattern(&[]));
    let rest = (input.items.iter().any(|i| i.body.is_empty()))
        .then(|| quote!(_ => ::errdocs::__private01::Members::NONE,));
    let method = quote! {
        fn members(&self) -> ::errdocs::__private01::Members<'_> {
            match self {
                #(#with_body => ::errdocs::__private01::Members::new(self),)*
                #rest
            }
        }
    };
    let body_impl = quote! {
        #[automatically_derived]
        impl #impl_generics ::errdocs::__private01::BodyMembers for #ident #ty_generics #where_clause {
            fn each_member(
                &self,
                visit: &mut dyn ::core::ops::FnMut(&'static str, &dyn ::errdocs::__private01::MemberValue),
            ) {
                #[allow(unreachable_patterns)]
                match self {
                    #(#arms)*
                    _ => {}
                }
            }
        }
    };
    let tests = if input.generics.params.is_empty() {
        example_tests(input, pages)
    } else {
        quote!()
    };
    (method, body_impl, tests)
}

/// The match arm of one item: its members in the page's order.
fn arm(item: &Item<'_>, page: &Page) -> TokenStream {
    let mut fields: Vec<&super::members::BodyField<'_>> = item.body.iter().collect();
    fields.sort_by_key(|f| page.members.iter().position(|m| m.name == f.name));
    let bind: Vec<&Member> = fields.iter().map(|f| &f.member).collect();
    let pat = item.pattern(&bind);
    let visits = fields.iter().map(|f| {
        let name = binding(&f.member);
        let key = &f.name;
        if f.optional {
            quote! {
                if let ::core::option::Option::Some(value) = #name {
                    visit(#key, value);
                }
            }
        } else {
            quote!(visit(#key, #name);)
        }
    });
    quote!(#pat => { #(#visits)* })
}

/// For each `body` field of a type that is not plain, a `#[test]` that the page's example
/// value deserializes into the field's type (when the type implements `Deserialize`; else
/// the test passes, as there is nothing to run).
fn example_tests(input: &Input<'_>, pages: &[&Page]) -> TokenStream {
    let mut tests = Vec::new();
    for (item, page) in input.items.iter().zip(pages) {
        for field in &item.body {
            if plain_type(field.ty).is_some_and(|t| !shows_any(&t)) {
                continue;
            }
            let Some(member) = page.members.iter().find(|m| m.name == field.name) else {
                continue;
            };
            let Some(example) = &member.example else {
                continue;
            };
            if example.is_null() {
                continue;
            }
            let json = example.to_string();
            let ty = option_arg(field.ty).unwrap_or(field.ty);
            let what = format!(
                "{}: the example's `{}` does not deserialize into `{}` (the field `{}` of `{}`)",
                location(page, member.span.clone()),
                member.name,
                quote!(#ty).to_string().replace(' ', ""),
                field.name,
                item.name,
            );
            let name = format_ident!(
                "__errdocs_example_{}_{}_{}",
                input.ident.to_string().to_snake_case(),
                item.name.to_string().to_snake_case(),
                field.name.to_snake_case()
            );
            let call = quote_spanned!(field.span=> (&__Probe::<#ty>(::core::marker::PhantomData)).check(#json, #what));
            tests.push(quote! {
                #[cfg(test)]
                #[test]
                #[allow(non_snake_case)]
                fn #name() {
                    struct __Probe<T>(::core::marker::PhantomData<T>);
                    trait __Check {
                        fn check(&self, json: &str, what: &str);
                    }
                    impl<T: ::errdocs::__private01::serde::de::DeserializeOwned> __Check for __Probe<T> {
                        fn check(&self, json: &str, what: &str) {
                            if let ::core::result::Result::Err(e) = ::errdocs::__private01::serde_json::from_str::<T>(json) {
                                ::core::panic!("{what}: {e}");
                            }
                        }
                    }
                    trait __Skip {
                        fn check(&self, _json: &str, _what: &str) {}
                    }
                    impl<T> __Skip for &__Probe<T> {}
                    #call;
                }
            });
        }
    }
    quote!(#(#tests)*)
}
