//! `#[derive(ApiError)]`: syn input → checked against the catalog → tokens.

mod ast;
mod attr;
mod ctxt;
mod expand;
mod fallback;
mod members;
mod template;
mod valid;

use proc_macro2::TokenStream;
use syn::DeriveInput;

use crate::{Context, tokens};
use ctxt::Ctxt;

/// Expands `#[derive(ApiError)]` on `input` (the item's tokens).
pub fn expand_derive(input: TokenStream, ctx: &Context) -> TokenStream {
    let node: DeriveInput = match syn::parse2(input) {
        Ok(node) => node,
        Err(e) => return e.into_compile_error(),
    };
    let cx = Ctxt::new();
    let input = ast::Input::from_syn(&cx, &node);
    let tokens = try_expand(&cx, &input, ctx);
    match cx.check() {
        Ok(()) => tokens.unwrap_or_default(),
        Err(e) => fallback::expand(&node, e, input.attrs.display.is_some()),
    }
}

/// The expansion, or `None` when `cx` holds errors. The catalog is read only for an input
/// whose attributes are sound.
fn try_expand(cx: &Ctxt, input: &ast::Input<'_>, ctx: &Context) -> Option<TokenStream> {
    if cx.has_errors() {
        return None;
    }
    let docs = input.attrs.docs.as_ref();
    let span = docs.map_or(input.ident.span(), syn::LitStr::span);
    let docs_value = docs.map(syn::LitStr::value);
    let catalog = match ctx.load(docs_value.as_deref()) {
        Ok(catalog) => catalog,
        Err(d) => {
            cx.syn_error(tokens::diagnostics_error(&d, span, docs_value.as_deref()));
            return None;
        }
    };
    let pages = valid::check(cx, input, &catalog);
    if pages.len() == input.items.len() {
        members::check(cx, input, &pages);
    }
    if cx.has_errors() {
        return None;
    }
    Some(expand::expand(input, &pages, &catalog, ctx))
}
