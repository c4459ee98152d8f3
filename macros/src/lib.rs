//! Procedural macro entry points of errdocs; all the work happens in `errdocs-build`.
//! Use them through the `errdocs` crate, which documents them.

#![warn(missing_docs)]

use proc_macro::{Span, TokenStream};

fn context() -> errdocs_build::Context {
    errdocs_build::Context::from_env(Span::call_site().local_file())
}

/// Implements `errdocs::ApiError` from the error pages; see the `errdocs` crate.
#[proc_macro_derive(ApiError, attributes(api_error, source))]
pub fn derive_api_error(input: TokenStream) -> TokenStream {
    errdocs_build::expand_derive(input.into(), &context()).into()
}

/// Generates `ErrorCode` and `ERRORS` from a docs folder; see the `errdocs` crate.
#[proc_macro]
pub fn catalog(input: TokenStream) -> TokenStream {
    errdocs_build::expand_catalog(input.into(), &context()).into()
}
