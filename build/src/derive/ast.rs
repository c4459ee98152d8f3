//! The derive input in our terms: the type, its items (variants or the struct), their fields.

use heck::ToSnakeCase;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Generics, Ident, Member, Type};

use super::attr::{self, ItemAttrs, TypeAttrs, combine};

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
}

pub(crate) struct Field<'a> {
    pub member: Member,
    pub ty: &'a Type,
    pub retry_after: Option<Span>,
    pub source: bool,
}

impl<'a> Input<'a> {
    pub(crate) fn from_syn(node: &'a DeriveInput) -> syn::Result<Input<'a>> {
        let mut errors = None;
        let is_struct = matches!(node.data, Data::Struct(_));
        let attrs = match attr::type_attrs(&node.attrs, is_struct) {
            Ok(a) => a,
            Err(e) => {
                combine(&mut errors, e);
                TypeAttrs::default()
            }
        };
        let mut items = Vec::new();
        match &node.data {
            Data::Struct(data) => match fields(&data.fields) {
                Ok(fields) => items.push(Item {
                    variant: None,
                    name: &node.ident,
                    attrs: ItemAttrs::default(),
                    fields,
                    display_literal: display_literal(&node.attrs),
                }),
                Err(e) => combine(&mut errors, e),
            },
            Data::Enum(data) => {
                if data.variants.is_empty() {
                    combine(
                        &mut errors,
                        syn::Error::new(node.ident.span(), "`ApiError` needs at least one variant"),
                    );
                }
                for v in &data.variants {
                    let attrs = attr::variant_attrs(&v.attrs);
                    let fields = fields(&v.fields);
                    match (attrs, fields) {
                        (Ok(attrs), Ok(fields)) => items.push(Item {
                            variant: Some(&v.ident),
                            name: &v.ident,
                            attrs,
                            fields,
                            display_literal: display_literal(&v.attrs),
                        }),
                        (a, f) => {
                            for e in [a.err(), f.err()].into_iter().flatten() {
                                combine(&mut errors, e);
                            }
                        }
                    }
                }
            }
            Data::Union(u) => combine(
                &mut errors,
                syn::Error::new(
                    u.union_token.span(),
                    "`ApiError` cannot be derived for a union",
                ),
            ),
        }
        match errors {
            Some(e) => Err(e),
            None => Ok(Input {
                ident: &node.ident,
                generics: &node.generics,
                attrs,
                items,
                is_struct,
            }),
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
    let lit: syn::LitStr = attr.parse_args().ok()?;
    let text = lit.value();
    (!text.contains(['{', '}'])).then_some(text)
}

fn fields(fields: &Fields) -> syn::Result<Vec<Field<'_>>> {
    let mut out = Vec::new();
    let mut errors = None;
    for (i, f) in fields.iter().enumerate() {
        let member = match &f.ident {
            Some(ident) => Member::Named(ident.clone()),
            None => Member::Unnamed(syn::Index {
                index: i as u32,
                span: f.ty.span(),
            }),
        };
        let retry_after = match attr::field_retry_after(&f.attrs) {
            Ok(r) => r,
            Err(e) => {
                combine(&mut errors, e);
                None
            }
        };
        let source = f
            .attrs
            .iter()
            .any(|a| a.path().is_ident("source") || a.path().is_ident("from"))
            || f.ident.as_ref().is_some_and(|i| i == "source");
        out.push(Field {
            member,
            ty: &f.ty,
            retry_after,
            source,
        });
    }
    match errors {
        Some(e) => Err(e),
        None => Ok(out),
    }
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
