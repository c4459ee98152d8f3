//! The errors of one expansion, collected as serde_derive's `Ctxt` does: every check adds to
//! it, and the caller must [`Ctxt::check`] it before the context is dropped.

use std::cell::RefCell;
use std::fmt::Display;

use quote::ToTokens;

/// Errors found while reading or checking one derive input.
pub(crate) struct Ctxt {
    /// `None` once checked: a context dropped unchecked is a bug of the derive.
    errors: RefCell<Option<Vec<syn::Error>>>,
}

impl Ctxt {
    pub(crate) fn new() -> Ctxt {
        Ctxt {
            errors: RefCell::new(Some(Vec::new())),
        }
    }

    /// Adds an error spanned at `span`.
    pub(crate) fn error(&self, span: proc_macro2::Span, message: impl Display) {
        self.syn_error(syn::Error::new(span, message));
    }

    /// Adds an error spanned at the tokens of `node`.
    pub(crate) fn error_spanned_by(&self, node: impl ToTokens, message: impl Display) {
        self.syn_error(syn::Error::new_spanned(node.into_token_stream(), message));
    }

    /// Adds an error from syn (a parse error, or one built elsewhere).
    pub(crate) fn syn_error(&self, error: syn::Error) {
        self.errors
            .borrow_mut()
            .as_mut()
            .expect("the derive context was already checked")
            .push(error);
    }

    /// Whether an error was added so far (checks that run only on a clean input use it).
    pub(crate) fn has_errors(&self) -> bool {
        self.errors.borrow().as_ref().is_some_and(|e| !e.is_empty())
    }

    /// All errors combined into one, or `Ok` when there were none.
    pub(crate) fn check(self) -> syn::Result<()> {
        let errors = self.errors.borrow_mut().take().unwrap_or_default();
        let mut errors = errors.into_iter();
        let Some(mut all) = errors.next() else {
            return Ok(());
        };
        for e in errors {
            all.combine(e);
        }
        Err(all)
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        if !std::thread::panicking() && self.errors.borrow().is_some() {
            panic!("the derive context was dropped without checking its errors");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proc_macro2::Span;

    #[test]
    fn errors_are_combined_in_order() {
        let cx = Ctxt::new();
        assert!(!cx.has_errors());
        cx.error(Span::call_site(), "first");
        cx.error(Span::call_site(), "second");
        assert!(cx.has_errors());
        let messages: Vec<String> = cx
            .check()
            .unwrap_err()
            .into_iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(messages, ["first", "second"]);
    }

    #[test]
    fn a_clean_context_checks_ok() {
        assert!(Ctxt::new().check().is_ok());
    }

    #[test]
    #[should_panic(expected = "without checking")]
    fn an_unchecked_context_panics() {
        let _cx = Ctxt::new();
    }
}
