//! On error: the `compile_error!` plus stub impls, so the user sees one clear error rather
//! than a cascade of "`AppError` does not implement `ApiError`".

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use super::ast::where_with;

pub(crate) fn expand(input: &DeriveInput, error: syn::Error, display: bool) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let error = error.into_compile_error();
    let api_where = where_with(ident, &input.generics, quote!(::core::error::Error));
    let integrations_where = where_with(
        ident,
        &input.generics,
        quote!(::errdocs::__private01::ApiError),
    );
    if matches!(input.data, syn::Data::Union(_)) {
        return error;
    }
    let display = display.then(|| {
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl #impl_generics ::core::error::Error for #ident #ty_generics #where_clause {}
        }
    });
    quote! {
        #error
        #[automatically_derived]
        impl #impl_generics ::errdocs::__private01::ApiError for #ident #ty_generics #api_where {
            fn doc(&self) -> &'static ::errdocs::__private01::ErrorDoc {
                ::core::unreachable!()
            }
            fn detail(&self) -> ::errdocs::__private01::Cow<'_, str> {
                ::core::unreachable!()
            }
        }
        #[automatically_derived]
        impl #impl_generics ::errdocs::__private01::Documented for #ident #ty_generics #where_clause {
            const DOCS: &'static [::errdocs::__private01::ErrorDoc] = &[];
            const ENVELOPE: ::errdocs::__private01::Envelope = ::errdocs::__private01::Envelope::Errdocs;
        }
        #display
        ::errdocs::__private01::integrations! { impl [#impl_generics] #ident #ty_generics [#integrations_where] }
    }
}
