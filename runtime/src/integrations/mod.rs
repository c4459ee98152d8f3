//! Framework integrations, one file each: its public module, and the `macro_rules!` through
//! which a derived type gets the framework's trait impls.
//!
//! The derive emits one `__private01::integrations!` call and never needs to know which
//! features are on: each integration's `__errdocs_<fw>!` is its file's impl when the feature
//! is on, and expands to nothing when it is off. To add an integration `<fw>`: write
//! `integrations/<fw>.rs` following `axum.rs` (its `__errdocs_<fw>!` and its `hooks` on
//! top; generated code reaches them as `__private01::<fw>::…`), add the
//! feature `<fw>` to `runtime/Cargo.toml`, and add one line to the list at the bottom.

/// For each integration: its module when its feature is on, else an `__errdocs_<fw>!` that
/// expands to nothing; and `__errdocs_each_integration!`, which runs every
/// `__errdocs_<fw>!` on a derived type. `$d` is a `$` token, so that the macros written
/// here can have metavariables of their own.
macro_rules! integrations {
    ($d:tt $($feature:literal $module:ident => $hook:ident,)*) => {
        $(
            #[cfg(feature = $feature)]
            pub mod $module;

            #[cfg(not(feature = $feature))]
            #[macro_export]
            #[doc(hidden)]
            macro_rules! $hook {
                ($d($d input:tt)*) => {};
            }
        )*

        /// What generated code calls, one module per integration (its file's `hooks`).
        pub(crate) mod hooks {
            $(
                #[cfg(feature = $feature)]
                #[allow(missing_docs)]
                pub mod $module {
                    pub use crate::integrations::$module::hooks::*;
                }
            )*
        }

        #[macro_export]
        #[doc(hidden)]
        macro_rules! __errdocs_each_integration {
            ($d($d input:tt)*) => {
                $($crate::$hook! { $d($d input)* })*
            };
        }
    };
}

// One line per integration: feature, module (file) => the macro its file defines.
integrations! { $
    "axum" axum => __errdocs_axum,
    "actix-web" actix => __errdocs_actix,
    "utoipa" utoipa => __errdocs_utoipa,
    "tonic" tonic => __errdocs_tonic,
}
