//! Catalog mode: a whole `ErrorCode` enum and `ERRORS` table generated from a docs folder.

use errdocs_catalog::{Catalog, Page};
use heck::ToShoutySnakeCase;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::{Context, tokens};

/// The Rust variant name of a code, by the catalog's one rule
/// ([`errdocs_catalog::variant_name`]).
pub fn variant_name(code: &str) -> String {
    errdocs_catalog::variant_name(code)
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
        .filter(|p| tokens::embeds_file(p))
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
    // `errdocs check` reports codes that collide as identifiers, so a loaded catalog has none.
    debug_assert!(
        {
            let mut keys: Vec<String> = catalog
                .pages
                .iter()
                .map(|p| errdocs_catalog::identifier_key(&p.code))
                .collect();
            keys.sort();
            keys.windows(2).all(|w| w[0] != w[1])
        },
        "the catalog's checks let colliding codes through"
    );
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
    let docs = catalog.pages.iter().map(|p| {
        let doc = variant_doc(p);
        let deprecated = deprecation(p, enum_name);
        quote!(#doc #deprecated)
    });
    let codes: Vec<&str> = catalog.pages.iter().map(|p| p.code.as_str()).collect();
    let entries = tokens::error_docs(&catalog.pages, catalog, ctx);
    let count = catalog.pages.len();
    let root = &catalog.display_root;
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
        pub static #table: [::errdocs::__private01::ErrorDoc; #count] = #entries;

        ::errdocs::__private01::catalog_impls! { #ty, #table, [#(#codes => #variants),*] }
    })
}

/// `#[deprecated(note = …)]` for a retired code's variant: clients still parse the code,
/// but code that names the variant (to produce it) is warned, with the replacement.
fn deprecation(page: &Page, enum_name: &str) -> TokenStream {
    let Some(retired) = &page.retired else {
        return TokenStream::new();
    };
    let instead = match &retired.replacement {
        Some(other) => format!(
            "; use `{enum_name}::{}` instead",
            errdocs_catalog::variant_name(other)
        ),
        None => String::new(),
    };
    let note = format!(
        "`{}` was retired on {} ({}){instead}",
        page.code, retired.since, page.source_path
    );
    quote!(#[deprecated(note = #note)])
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
