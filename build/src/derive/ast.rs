//! The derive input in our terms: the type, its items (variants or the struct), their fields.

use heck::ToSnakeCase;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Generics, Ident, Member, Type};

use super::attr::{self, ItemAttrs, TypeAttrs};
use super::ctxt::Ctxt;
use super::template::{self, Template};

/// The derive input as far as it could be read: errors are in the [`Ctxt`], and what did
/// parse is kept (the fallback reads `display` from it).
pub(crate) struct Input<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub attrs: TypeAttrs,
    pub items: Vec<Item<'a>>,
    pub is_struct: bool,
}

/// A variant of the enum, or the struct itself.
pub(crate) struct Item<'a> {
    /// The variant's name; `None` for a struct.
    pub variant: Option<&'a Ident>,
    /// The type or variant name, for the default code and messages.
    pub name: &'a Ident,
    pub attrs: ItemAttrs,
    pub fields: Vec<Field<'a>>,
    /// The text of a thiserror `#[error("…")]` without format arguments: the detail can
    /// then borrow it instead of formatting `Display`.
    pub display_literal: Option<String>,
    /// The `detail` template in force (the variant's, or a struct's on the type), parsed.
    pub detail: Option<Template>,
    /// The `#[api_error(body)]` fields: the body members the item carries.
    pub body: Vec<super::members::BodyField<'a>>,
}

pub(crate) struct Field<'a> {
    pub member: Member,
    /// `#[api_error(retry_after)]`, when the field's type is one it supports.
    pub retry_after: Option<RetryAfter<'a>>,
    pub source: bool,
}

/// A `#[api_error(retry_after)]` field.
pub(crate) struct RetryAfter<'a> {
    /// The word `retry_after`.
    pub word: Span,
    pub kind: RetryKind,
    /// The `Duration` type as written (the field's type, or the `Option`'s argument).
    pub duration: &'a Type,
}

/// The type of a `retry_after` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RetryKind {
    /// `std::time::Duration`: always a `Retry-After`.
    Duration,
    /// `Option<Duration>`: a `Retry-After` when `Some`.
    Optional,
}

impl<'a> Input<'a> {
    /// Reads `node`; every error goes to `cx`.
    pub(crate) fn from_syn(cx: &Ctxt, node: &'a DeriveInput) -> Input<'a> {
        let is_struct = matches!(node.data, Data::Struct(_));
        let attrs = attr::type_attrs(cx, &node.attrs, is_struct);
        let mut items = Vec::new();
        match &node.data {
            Data::Struct(data) => {
                let fields = fields(cx, &node.ident, &data.fields);
                let detail = detail(cx, attrs.item.detail.as_ref(), &fields);
                items.push(Item {
                    variant: None,
                    name: &node.ident,
                    attrs: ItemAttrs::default(),
                    fields,
                    display_literal: display_literal(&node.attrs),
                    detail,
                    body: super::members::body_fields(cx, &data.fields),
                });
            }
            Data::Enum(data) => {
                if data.variants.is_empty() {
                    cx.error(node.ident.span(), "`ApiError` needs at least one variant");
                }
                for v in &data.variants {
                    let attrs = attr::variant_attrs(cx, &v.attrs);
                    let fields = fields(cx, &v.ident, &v.fields);
                    let detail = detail(cx, attrs.detail.as_ref(), &fields);
                    items.push(Item {
                        variant: Some(&v.ident),
                        name: &v.ident,
                        attrs,
                        fields,
                        display_literal: display_literal(&v.attrs),
                        detail,
                        body: super::members::body_fields(cx, &v.fields),
                    });
                }
            }
            Data::Union(u) => cx.error(
                u.union_token.span(),
                "`ApiError` cannot be derived for a union",
            ),
        }
        Input {
            ident: &node.ident,
            generics: &node.generics,
            attrs,
            items,
            is_struct,
        }
    }

    /// The item attributes in force for `item` (a struct's live on the type).
    pub(crate) fn item_attrs<'s>(&'s self, item: &'s Item<'a>) -> &'s ItemAttrs {
        if self.is_struct {
            &self.attrs.item
        } else {
            &item.attrs
        }
    }
}

/// `#[error("plain text")]` → `plain text`; `None` when it formats anything.
fn display_literal(attrs: &[syn::Attribute]) -> Option<String> {
    let attr = attrs.iter().find(|a| a.path().is_ident("error"))?;
    // A plain literal without escapes is the text between its quotes: read so, without a
    // parse (the derive runs once per variant, in a proc macro built without optimization).
    if let syn::Meta::List(list) = &attr.meta {
        let mut tokens = list.tokens.clone().into_iter();
        if let (Some(proc_macro2::TokenTree::Literal(lit)), None) = (tokens.next(), tokens.next()) {
            let repr = lit.to_string();
            if let Some(text) = repr.strip_prefix('"').and_then(|r| r.strip_suffix('"'))
                && !text.contains(['\\', '"'])
            {
                return (!text.contains(['{', '}'])).then(|| text.to_owned());
            }
        }
    }
    let lit: syn::LitStr = attr.parse_args().ok()?;
    let text = lit.value();
    (!text.contains(['{', '}'])).then_some(text)
}

/// Every `{field}` of a `detail` template must be a field of the item.
fn detail(cx: &Ctxt, lit: Option<&syn::LitStr>, fields: &[Field<'_>]) -> Option<Template> {
    let lit = lit?;
    template::parse(lit, fields)
        .map_err(|message| cx.error(lit.span(), message))
        .ok()
}

fn fields<'a>(cx: &Ctxt, item: &Ident, fields: &'a Fields) -> Vec<Field<'a>> {
    let mut out = Vec::new();
    let mut marked = false;
    for (i, f) in fields.iter().enumerate() {
        let member = match &f.ident {
            Some(ident) => Member::Named(ident.clone()),
            None => Member::Unnamed(syn::Index {
                index: i as u32,
                span: f.ty.span(),
            }),
        };
        // One `retry_after` field per item, of type `Duration` or `Option<Duration>`.
        let retry_after = attr::field_retry_after(cx, &f.attrs).and_then(|word| {
            if std::mem::replace(&mut marked, true) {
                cx.error(word, format!("`{item}` has two `retry_after` fields; keep one"));
                return None;
            }
            match retry_kind(&f.ty) {
                Some((kind, duration)) => Some(RetryAfter {
                    word,
                    kind,
                    duration,
                }),
                None => {
                    cx.error_spanned_by(
                        &f.ty,
                        "a `retry_after` field must be a `std::time::Duration` or an `Option<Duration>`",
                    );
                    None
                }
            }
        });
        let source = f
            .attrs
            .iter()
            .any(|a| a.path().is_ident("source") || a.path().is_ident("from"))
            || f.ident.as_ref().is_some_and(|i| i == "source");
        out.push(Field {
            member,
            retry_after,
            source,
        });
    }
    out
}

/// The kind of a `retry_after` field's type, read from its path: `Duration` (as imported, or
/// `std::time::`/`core::time::Duration`) or an `Option` of it. Another crate's `Duration`
/// under its own path (`chrono::Duration`) is refused here; one imported under the bare name
/// is caught by a trait bound in the expansion.
fn retry_kind(ty: &Type) -> Option<(RetryKind, &Type)> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let last = path.path.segments.last()?;
    let is = |name: &str, module: &str| {
        let prefix: Vec<&str> = segments[..segments.len() - 1]
            .iter()
            .map(String::as_str)
            .collect();
        segments.last().is_some_and(|l| l == name)
            && matches!(prefix.as_slice(), [] | ["std" | "core", _])
            && (prefix.is_empty() || prefix[1] == module)
    };
    if is("Duration", "time") && last.arguments.is_empty() {
        return Some((RetryKind::Duration, ty));
    }
    if is("Option", "option")
        && let syn::PathArguments::AngleBracketed(args) = &last.arguments
        && args.args.len() == 1
        && let Some(syn::GenericArgument::Type(inner)) = args.args.first()
    {
        return match retry_kind(inner) {
            Some((RetryKind::Duration, duration)) => Some((RetryKind::Optional, duration)),
            _ => None,
        };
    }
    None
}

impl Item<'_> {
    /// The code from `code = "…"`, else the snake_case of the name.
    pub(crate) fn code(&self, attrs: &ItemAttrs) -> (String, Span) {
        match &attrs.code {
            Some(lit) => (lit.value(), lit.span()),
            None => (self.name.to_string().to_snake_case(), self.name.span()),
        }
    }

    /// `Self::Variant` or `Self`.
    pub(crate) fn path(&self) -> TokenStream {
        match self.variant {
            Some(v) => quote!(Self::#v),
            None => quote!(Self),
        }
    }

    /// A pattern binding the given fields to `__field_<member>` names.
    pub(crate) fn pattern(&self, bind: &[&Member]) -> TokenStream {
        let path = self.path();
        let binds = bind.iter().map(|m| {
            let name = binding(m);
            quote!(#m: #name)
        });
        quote!(#path { #(#binds,)* .. })
    }
}

impl Input<'_> {
    /// See [`where_with`].
    pub(crate) fn where_with(&self, bound: TokenStream) -> TokenStream {
        where_with(self.ident, self.generics, bound)
    }
}

/// The type's where clause, plus `Type<…>: bound` when the type is generic (a generic
/// type's `Error` impl usually has bounds of its own; the impl then holds where they do).
pub(crate) fn where_with(ident: &Ident, generics: &Generics, bound: TokenStream) -> TokenStream {
    let (_, ty_generics, where_clause) = generics.split_for_impl();
    if generics.params.is_empty() {
        return quote!(#where_clause);
    }
    let existing = where_clause.map(|w| {
        let predicates = &w.predicates;
        quote!(#predicates,)
    });
    quote!(where #existing #ident #ty_generics: #bound)
}

/// The local name a pattern gives to a field.
pub(crate) fn binding(member: &Member) -> Ident {
    match member {
        Member::Named(ident) => format_ident!("__field_{}", ident),
        Member::Unnamed(index) => format_ident!("__field_{}", index.index),
    }
}
