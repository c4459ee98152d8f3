//! `#[derive(ApiError)]`: syn input → checked against the catalog → tokens.

mod ast;
mod attr;
mod expand;
mod fallback;
mod valid;

use proc_macro2::TokenStream;
use syn::DeriveInput;

use crate::{Context, tokens};

/// Expands `#[derive(ApiError)]` on `input` (the item's tokens).
pub fn expand_derive(input: TokenStream, ctx: &Context) -> TokenStream {
    let node: DeriveInput = match syn::parse2(input) {
        Ok(node) => node,
        Err(e) => return e.into_compile_error(),
    };
    let display = node.attrs.iter().any(|a| {
        a.path().is_ident("api_error")
            && a.parse_nested_meta(|m| {
                if m.path.is_ident("display") {
                    Err(m.error("found"))
                } else {
                    if m.input.peek(syn::Token![=]) {
                        let _: syn::Expr = m.value()?.parse()?;
                    }
                    Ok(())
                }
            })
            .is_err()
    });
    match try_expand(&node, ctx) {
        Ok(tokens) => tokens,
        Err(e) => fallback::expand(&node, e, display),
    }
}

fn try_expand(node: &DeriveInput, ctx: &Context) -> syn::Result<TokenStream> {
    let input = ast::Input::from_syn(node)?;
    let docs = input.attrs.docs.as_ref();
    let span = docs.map_or(node.ident.span(), syn::LitStr::span);
    let catalog = ctx
        .load(docs.map(syn::LitStr::value).as_deref())
        .map_err(|d| {
            tokens::diagnostics_error(&d, span, docs.map(syn::LitStr::value).as_deref())
        })?;
    let pages = valid::check(&input, &catalog)?;
    Ok(expand::expand(&input, &pages, &catalog, ctx))
}
