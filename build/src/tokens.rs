//! Tokens shared by every expansion: `ErrorDoc` literals, file tracking, page diagnostics.

use std::path::Path;

use errdocs_catalog::{Catalog, Diagnostic, Page};
use proc_macro2::{Span, TokenStream};
use quote::quote;

use crate::Context;

/// An `::errdocs::__private01::ErrorDoc { … }` expression for `page`.
pub(crate) fn error_doc(page: &Page, catalog: &Catalog, ctx: &Context) -> TokenStream {
    // Exhaustive: a new page fact does not compile until it is handled here.
    let Page {
        code,
        status,
        grpc_code,
        title,
        summary,
        summary_markdown,
        retry,
        slug: _,
        doc_url,
        causes,
        // Only rustdoc renders markdown, and the rustdoc of a variant shows the summary.
        causes_markdown: _,
        fixes,
        sdk: _,
        related,
        example: _,
        sections: _,
        links: _,
        source_path,
        markdown: _,
        spans: _,
        display_path: _,
        // A retired code's variant carries `#[deprecated]` (catalog mode) and the derive
        // refuses it; the runtime's `ErrorDoc` does not need it.
        retired: _,
        members,
    } = page;
    let members = members.iter().map(|m| {
        let (name, ty, description, required) =
            (&m.name, m.json_type.to_string(), &m.description, m.required);
        let schema = m.json_type.schema_name().unwrap_or_default();
        let schema_json = m.schema().to_string();
        quote!(::errdocs::__private01::MemberDoc {
            name: #name,
            json_type: #ty,
            schema_type: #schema,
            required: #required,
            description: #description,
            schema: #schema_json,
        })
    });
    let grpc_code = grpc_code.name();
    let domain = catalog.config.error_domain();
    let retryable = retry.retryable;
    let advice = &retry.advice;
    let sdk = page.sdk.iter().map(|m| {
        let (sdk, exception) = (&m.sdk, &m.exception);
        quote!(::errdocs::__private01::SdkMapping { sdk: #sdk, exception: #exception })
    });
    let example = match &page.example {
        Some(e) => {
            let text = &e.text;
            quote!(::core::option::Option::Some(#text))
        }
        None => quote!(::core::option::Option::None),
    };
    // The page is read by `include_str!` (the `explain` feature) or else `include_bytes!`:
    // either way the compiler tracks it, so no separate tracking const is needed.
    let markdown = if ctx.inline_markdown || !embeds_file(page) {
        let text = errdocs_catalog::explained_markdown(page).into_owned();
        quote!(#text)
    } else {
        let path = ctx.path_literal(&page_path(catalog, page));
        quote!(::core::include_str!(#path), ::core::include_bytes!(#path))
    };
    quote! {
        ::errdocs::__private01::ErrorDoc {
            code: #code,
            status: #status,
            grpc_code: #grpc_code,
            domain: #domain,
            title: #title,
            summary: #summary,
            summary_markdown: #summary_markdown,
            retry: ::errdocs::__private01::Retry { retryable: #retryable, advice: #advice },
            doc_url: #doc_url,
            causes: &[#(#causes),*],
            fixes: &[#(#fixes),*],
            sdk: &[#(#sdk),*],
            related: &[#(#related),*],
            example: #example,
            source_path: #source_path,
            markdown: ::errdocs::__private01::markdown!(#markdown),
            members: &[#(#members),*],
        }
    }
}

/// Whether the `ErrorDoc` of `page` reads its file with `include_str!`: a house-style page
/// does; an entry of a page in another style carries its own part of the page instead.
pub(crate) fn embeds_file(page: &Page) -> bool {
    !errdocs_catalog::is_other_style(page)
}

/// The file of `page`, as the catalog's inputs name it.
pub(crate) fn page_path(catalog: &Catalog, page: &Page) -> std::path::PathBuf {
    catalog.root.join(&page.source_path)
}

/// One `const _: &[u8] = include_bytes!(…)` per file read and not embedded by an `ErrorDoc`
/// (`embedded`), sorted, so editing any page or `errdocs.toml` recompiles the crate.
pub(crate) fn tracking(
    inputs: &[impl AsRef<Path>],
    embedded: &[std::path::PathBuf],
    ctx: &Context,
) -> TokenStream {
    let mut paths: Vec<String> = inputs
        .iter()
        .map(AsRef::as_ref)
        .filter(|p| !embedded.iter().any(|e| e == p))
        .map(|p| ctx.path_literal(p))
        .collect();
    paths.sort();
    paths.dedup();
    quote! {
        #(const _: &[u8] = ::core::include_bytes!(#paths);)*
    }
}

/// The page diagnostics as one `compile_error!`, rendered as rustc renders its own.
pub(crate) fn diagnostics_error(
    diags: &[Diagnostic],
    span: Span,
    docs: Option<&str>,
) -> syn::Error {
    let errors: Vec<&Diagnostic> = diags.iter().filter(|d| d.is_error()).collect();
    let folder = docs.map_or_else(
        || "the configured docs folder".to_owned(),
        |d| format!("`{d}`"),
    );
    let mut message = if errors.iter().all(|d| d.line == 0) {
        format!("cannot load the error pages of {folder}\n\n")
    } else {
        format!(
            "the error pages of {folder} have {} error{}\n\n",
            errors.len(),
            errdocs_catalog::plural(errors.len())
        )
    };
    for d in errors {
        message.push_str(&d.render(false));
        message.push_str("\n\n");
    }
    syn::Error::new(span, message.trim_end())
}
