//! Code of a checked derive: the `ApiError` impl, optional `Display`/`Error`, integrations.

use errdocs_catalog::{Catalog, Envelope, Page};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::ast::{Input, Item, RetryKind, binding};
use crate::{Context, tokens};

pub(crate) fn expand(
    input: &Input<'_>,
    pages: &[&Page],
    catalog: &Catalog,
    ctx: &Context,
) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, _) = input.generics.split_for_impl();
    let where_clause = input.where_with(quote!(::core::error::Error));
    let integrations_where = input.where_with(quote!(::errdocs::__private01::ApiError));
    let docs = tokens::error_docs(pages.iter().copied(), catalog, ctx);
    let count = pages.len();
    let embedded: Vec<_> = pages
        .iter()
        .filter(|p| tokens::embeds_file(p))
        .map(|p| tokens::page_path(catalog, p))
        .collect();
    let tracking = tokens::tracking(&catalog.inputs, &embedded, ctx);

    // Arms that are constants, and one index or one `Cow::Borrowed` after the `match`: an arm
    // that indexed the table or built a `Cow` would each add a bounds check or a value for the
    // compiler to check, 200 times for 200 variants.
    let doc_arms = input.items.iter().enumerate().map(|(i, item)| {
        let pat = item.pattern(&[]);
        quote!(#pat => #i,)
    });
    let detail_arms = input
        .items
        .iter()
        .zip(pages)
        .map(|(item, page)| detail_arm(input, item, page));
    let (retry_after, retry_after_support) = retry_after_fn(input);
    let (members_fn, members_impl, member_tests) = super::members::expand(input, pages);
    let untracked = untracked_warning(input);
    let (envelope, envelope_value) = match input
        .attrs
        .envelope
        .as_ref()
        .map(|e| e.0)
        .unwrap_or(catalog.config.envelope)
    {
        Envelope::Errdocs => (quote!(), quote!(::errdocs::__private01::Envelope::Errdocs)),
        Envelope::Problem => (
            quote! {
                fn envelope(&self) -> ::errdocs::__private01::Envelope {
                    ::errdocs::__private01::Envelope::Problem
                }
            },
            quote!(::errdocs::__private01::Envelope::Problem),
        ),
    };
    let (_, _, plain_where) = input.generics.split_for_impl();
    let display = input
        .attrs
        .display
        .as_ref()
        .map(|_| display_impls(input, pages));
    quote! {
        #[allow(non_upper_case_globals, clippy::all)]
        const _: () = {
            #tracking
            #untracked
            #retry_after_support
            static __ERRDOCS_PAGES: [::errdocs::__private01::ErrorDoc; #count] = #docs;

            #[automatically_derived]
            impl #impl_generics ::errdocs::__private01::ApiError for #ident #ty_generics #where_clause {
                // An enum without variants, or whose every detail is owned, never reaches
                // the code after its `match`.
                #[allow(unreachable_code)]
                fn doc(&self) -> &'static ::errdocs::__private01::ErrorDoc {
                    &__ERRDOCS_PAGES[match self {
                        #(#doc_arms)*
                    }]
                }

                #[allow(unreachable_code)]
                fn detail(&self) -> ::errdocs::__private01::Cow<'_, str> {
                    ::errdocs::__private01::Cow::Borrowed(match self {
                        #(#detail_arms)*
                    })
                }

                #retry_after
                #envelope
                #members_fn
            }

            #members_impl

            #[automatically_derived]
            impl #impl_generics ::errdocs::__private01::Documented for #ident #ty_generics #plain_where {
                const DOCS: &'static [::errdocs::__private01::ErrorDoc] = &__ERRDOCS_PAGES;
                const ENVELOPE: ::errdocs::__private01::Envelope = #envelope_value;
            }

            #display
        };
        ::errdocs::__private01::integrations! { impl [#impl_generics] #ident #ty_generics [#integrations_where] }
        #member_tests
    }
}

/// `exhaustive` without `errdocs_build::track` in `build.rs`: cargo does not watch the docs
/// folder, so a new page goes unnoticed until a source file changes. A proc macro has no
/// stable warning, so the warning is the use of a deprecated item, at the word `exhaustive`.
fn untracked_warning(input: &Input<'_>) -> TokenStream {
    let Some(word) = &input.attrs.exhaustive else {
        return quote!();
    };
    if std::env::var_os(crate::compile::TRACKED_ENV).is_some() {
        return quote!();
    }
    let call = quote_spanned!(word.span()=> exhaustive_needs_errdocs_build_track());
    quote! {
        #[deprecated(
            note = "cargo does not watch the docs folder, so a new page is missed until a source file changes; add `fn main() { errdocs_build::track(\"docs/errors\"); }` to build.rs (with `errdocs-build` in [build-dependencies])"
        )]
        const fn exhaustive_needs_errdocs_build_track() {}
        #call;
    }
}

/// The detail: a template if given; else the summary for 5xx (never `Display` nor the
/// source, which may hold secrets); else `Display`. An arm is a `&str` the caller borrows,
/// or returns an owned detail itself.
fn detail_arm(input: &Input<'_>, item: &Item<'_>, page: &Page) -> TokenStream {
    match &item.detail {
        Some(template) => {
            let members: Vec<_> = template.members.iter().collect();
            let pat = item.pattern(&members);
            let format = template.format_lit();
            let args = members.iter().map(|m| binding(m));
            quote! {
                #pat => return ::errdocs::__private01::Cow::Owned(::errdocs::__private01::format!(#format #(, #args)*)),
            }
        }
        None if page.status >= 500 => {
            let pat = item.pattern(&[]);
            let summary = &page.summary;
            quote!(#pat => #summary,)
        }
        None => {
            let pat = item.pattern(&[]);
            match (&item.display_literal, input.attrs.display.is_some()) {
                (Some(text), false) => quote!(#pat => #text,),
                _ => quote!(#pat => return ::errdocs::__private01::display_detail(self),),
            }
        }
    }
}

/// `ApiError::retry_after`, and the trait that reads each field: the field's type is known
/// only by name, so a `Duration` of another crate imported as `Duration` fails this trait's
/// bound, with the documented message, at the field's type.
fn retry_after_fn(input: &Input<'_>) -> (TokenStream, TokenStream) {
    let arms: Vec<TokenStream> = input
        .items
        .iter()
        .filter_map(|item| {
            let (field, retry) = item
                .fields
                .iter()
                .find_map(|f| Some((f, f.retry_after.as_ref()?)))?;
            let pat = item.pattern(&[&field.member]);
            let name = binding(&field.member);
            let ty = retry.duration;
            let get = quote_spanned!(ty.span()=> <#ty as __ErrdocsRetryAfter>::__errdocs_duration);
            Some(match retry.kind {
                RetryKind::Optional => quote! {
                    #pat => ::core::option::Option::map(::core::option::Option::as_ref(#name), #get),
                },
                RetryKind::Duration => quote!(#pat => ::core::option::Option::Some(#get(#name)),),
            })
        })
        .collect();
    if arms.is_empty() {
        return (quote!(), quote!());
    }
    let rest = (arms.len() < input.items.len()).then(|| quote!(_ => ::core::option::Option::None,));
    let function = quote! {
        fn retry_after(&self) -> ::core::option::Option<::errdocs::__private01::Duration> {
            match self {
                #(#arms)*
                #rest
            }
        }
    };
    let support = quote! {
        #[diagnostic::on_unimplemented(
            message = "a `retry_after` field must be a `std::time::Duration` or an `Option<Duration>`",
            label = "not `std::time::Duration`"
        )]
        trait __ErrdocsRetryAfter {
            fn __errdocs_duration(&self) -> ::errdocs::__private01::Duration;
        }
        impl __ErrdocsRetryAfter for ::errdocs::__private01::Duration {
            fn __errdocs_duration(&self) -> ::errdocs::__private01::Duration {
                *self
            }
        }
    };
    (function, support)
}

/// `#[api_error(display)]`: `Display` is the detail template or the page's summary, and
/// `Error::source` is the `#[source]` field.
fn display_impls(input: &Input<'_>, pages: &[&Page]) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let display_arms = input
        .items
        .iter()
        .zip(pages)
        .map(|(item, page)| match &item.detail {
            Some(template) => {
                let members: Vec<_> = template.members.iter().collect();
                let pat = item.pattern(&members);
                let format = template.format_lit();
                let args = members.iter().map(|m| binding(m));
                quote!(#pat => ::core::write!(f, #format #(, #args)*),)
            }
            None => {
                let pat = item.pattern(&[]);
                let summary = &page.summary;
                quote!(#pat => f.write_str(#summary),)
            }
        });
    let source_arms: Vec<TokenStream> = input
        .items
        .iter()
        .filter_map(|item| {
            let field = item.fields.iter().find(|f| f.source)?;
            let pat = item.pattern(&[&field.member]);
            let name = binding(&field.member);
            Some(quote!(#pat => ::core::option::Option::Some(#name as &(dyn ::core::error::Error + 'static)),))
        })
        .collect();
    let source = if source_arms.is_empty() {
        quote!()
    } else {
        let rest = (source_arms.len() < input.items.len())
            .then(|| quote!(_ => ::core::option::Option::None,));
        quote! {
            fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                match self {
                    #(#source_arms)*
                    #rest
                }
            }
        }
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    #(#display_arms)*
                }
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::error::Error for #ident #ty_generics #where_clause {
            #source
        }
    }
}
