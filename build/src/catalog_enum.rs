//! Catalog mode: a whole `ErrorCode` enum and `ERRORS` table generated from a docs folder.

use std::collections::BTreeMap;

use errdocs_catalog::{Catalog, Page};
use heck::{ToShoutySnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::{Context, tokens};

/// The Rust variant name of a code: `rate_limited` → `RateLimited`, `card.declined` →
/// `CardDeclined`.
pub fn variant_name(code: &str) -> String {
    let name = code.replace(['.', '-'], "_").to_upper_camel_case();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("E{name}")
    } else {
        name
    }
}

/// Codes whose variant names collide (`a_b` and `a-b` both give `AB`).
pub(crate) fn name_collisions(catalog: &Catalog) -> Vec<(String, Vec<&Page>)> {
    let mut by_name: BTreeMap<String, Vec<&Page>> = BTreeMap::new();
    for page in &catalog.pages {
        by_name
            .entry(variant_name(&page.code))
            .or_default()
            .push(page);
    }
    by_name
        .into_iter()
        .filter(|(_, pages)| pages.len() > 1)
        .collect()
}

/// The enum, its table and impls, with `include_bytes!` tracking of every page.
pub(crate) fn catalog_tokens(
    catalog: &Catalog,
    ctx: &Context,
    enum_name: &str,
) -> syn::Result<TokenStream> {
    let embedded: Vec<_> = catalog
        .pages
        .iter()
        .map(|p| tokens::page_path(catalog, p))
        .collect();
    let tracking = tokens::tracking(&catalog.inputs, &embedded, ctx);
    let items = catalog_tokens_untracked(catalog, ctx, enum_name)?;
    Ok(quote!(#items const _: () = { #tracking };))
}

/// The enum, its table and impls. `enum_name` is usually `ErrorCode`. (`build.rs` output
/// is tracked by `cargo:rerun-if-changed` instead of `include_bytes!`.)
pub(crate) fn catalog_tokens_untracked(
    catalog: &Catalog,
    ctx: &Context,
    enum_name: &str,
) -> syn::Result<TokenStream> {
    let collisions = name_collisions(catalog);
    if let Some((name, pages)) = collisions.first() {
        let codes: Vec<String> = pages.iter().map(|p| format!("`{}`", p.code)).collect();
        return Err(syn::Error::new(
            Span::call_site(),
            format!(
                "codes {} all become the variant `{name}`; rename one of the pages",
                codes.join(" and ")
            ),
        ));
    }
    let ty = Ident::new(enum_name, Span::call_site());
    let table = if enum_name == "ErrorCode" {
        Ident::new("ERRORS", Span::call_site())
    } else {
        Ident::new(
            &format!("{}_ERRORS", enum_name.to_shouty_snake_case()),
            Span::call_site(),
        )
    };
    let variants: Vec<Ident> = catalog
        .pages
        .iter()
        .map(|p| Ident::new(&variant_name(&p.code), Span::call_site()))
        .collect();
    let docs = catalog.pages.iter().map(variant_doc);
    let codes: Vec<&str> = catalog.pages.iter().map(|p| p.code.as_str()).collect();
    let entries = catalog
        .pages
        .iter()
        .map(|p| tokens::error_doc(p, catalog, ctx));
    let count = catalog.pages.len();
    let root = catalog.root.to_string_lossy().replace('\\', "/");
    let root = root
        .rsplit_once("/docs/")
        .map_or(root.as_str(), |(_, r)| r)
        .to_owned();
    let enum_doc =
        format!(" The {count} error codes documented in `{root}`, one variant per page.");
    let table_doc =
        format!(" The page of every [`{enum_name}`], in the order of [`{enum_name}::ALL`].");
    Ok(quote! {
        #[doc = #enum_doc]
        #[non_exhaustive]
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        pub enum #ty {
            #(#docs #variants,)*
        }

        #[doc = #table_doc]
        pub static #table: [::errdocs::__private::ErrorDoc; #count] = [#(#entries),*];

        impl #ty {
            /// Every code, sorted.
            pub const ALL: &'static [#ty] = &[#(#ty::#variants),*];

            /// The page of this code.
            pub fn doc(self) -> &'static ::errdocs::__private::ErrorDoc {
                &#table[self as usize]
            }

            /// The code of a code string, if the catalog has it.
            pub fn from_code(code: &str) -> ::core::option::Option<#ty> {
                match code {
                    #(#codes => ::core::option::Option::Some(#ty::#variants),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The code string (`unauthorized`).
            pub fn code(self) -> &'static str {
                self.doc().code
            }

            /// The HTTP status from the page.
            pub fn status(self) -> ::errdocs::__private::http::StatusCode {
                self.doc().status_code()
            }

            /// The page's retry flag.
            pub fn is_retryable(self) -> bool {
                self.doc().retry.retryable
            }

            /// The page's URL.
            pub fn doc_url(self) -> &'static str {
                self.doc().doc_url
            }
        }

        #[automatically_derived]
        impl ::errdocs::__private::CatalogCode for #ty {
            const ALL: &'static [#ty] = #ty::ALL;
            fn from_code(code: &str) -> ::core::option::Option<#ty> {
                #ty::from_code(code)
            }
            fn doc(self) -> &'static ::errdocs::__private::ErrorDoc {
                #ty::doc(self)
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ty {
            type Err = ::errdocs::__private::UnknownCode;
            fn from_str(code: &str) -> ::core::result::Result<#ty, Self::Err> {
                #ty::from_code(code).ok_or_else(|| ::errdocs::__private::UnknownCode::new(code))
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.code())
            }
        }

        #[automatically_derived]
        impl ::errdocs::__private::serde::Serialize for #ty {
            fn serialize<S: ::errdocs::__private::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }

        #[automatically_derived]
        impl<'de> ::errdocs::__private::serde::Deserialize<'de> for #ty {
            fn deserialize<D: ::errdocs::__private::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<#ty, D::Error> {
                const CODES: &[&str] = &[#(#codes),*];
                let code: ::errdocs::__private::Cow<'de, str> = ::errdocs::__private::serde::Deserialize::deserialize(deserializer)?;
                #ty::from_code(&code).ok_or_else(|| {
                    <D::Error as ::errdocs::__private::serde::de::Error>::unknown_variant(&code, CODES)
                })
            }
        }

    })
}

fn variant_doc(page: &Page) -> TokenStream {
    let retry = match (page.retry.retryable, page.retry.advice.is_empty()) {
        (true, true) => "yes".to_owned(),
        (false, true) => "no".to_owned(),
        (true, false) => format!("yes — {}", page.retry.advice),
        (false, false) => format!("no — {}", page.retry.advice),
    };
    let lines = [
        // Rustdoc renders markdown: inline code stays code.
        format!(" {}", page.summary_markdown),
        String::new(),
        format!(
            " HTTP {} {} · code `{}` · retry: {retry}",
            page.status, page.title, page.code
        ),
        String::new(),
        format!(" <{}>", page.doc_url),
    ];
    quote!(#(#[doc = #lines])*)
}

/// Expands `catalog!("docs/errors")` (or `catalog!()` for the configured folder).
pub fn expand_catalog(input: TokenStream, ctx: &Context) -> TokenStream {
    let docs = if input.is_empty() {
        Ok(None)
    } else {
        syn::parse2::<syn::LitStr>(input.clone())
            .map(Some)
            .map_err(|_| {
                syn::Error::new_spanned(
                    input,
                    "`catalog!` takes the docs folder as a string: `catalog!(\"docs/errors\")`",
                )
            })
    };
    let result = docs.and_then(|docs| {
        let span = docs.as_ref().map_or(Span::call_site(), syn::LitStr::span);
        let path = docs.as_ref().map(syn::LitStr::value);
        let catalog = ctx
            .load(path.as_deref())
            .map_err(|d| tokens::diagnostics_error(&d, span, path.as_deref()))?;
        catalog_tokens(&catalog, ctx, "ErrorCode")
    });
    result.unwrap_or_else(syn::Error::into_compile_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names() {
        assert_eq!(variant_name("rate_limited"), "RateLimited");
        assert_eq!(variant_name("card.declined"), "CardDeclined");
        assert_eq!(variant_name("a-b_c"), "ABC");
    }

    #[test]
    fn variant_docs_keep_the_summary_s_inline_code() {
        let catalog = errdocs_catalog::load("../docs/errors").unwrap();
        let doc = variant_doc(catalog.page("unsupported_version").unwrap()).to_string();
        assert!(
            doc.contains("The `Agnes-Version` header is unknown or no longer supported."),
            "{doc}"
        );
    }
}
