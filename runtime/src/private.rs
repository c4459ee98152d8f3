//! Items used by generated code. Not public API: they change without notice. The `01` in
//! the module's name changes whenever generated code and runtime stop matching, so that a
//! mismatched `errdocs-macros` fails to compile instead of misbehaving.

pub use ::http;
pub use ::serde;
pub use ::serde_json;
pub use ::std::borrow::Cow;
pub use ::std::collections::BTreeMap;
pub use ::std::format;
pub use ::std::string::String;
pub use ::std::time::Duration;

#[allow(unused_imports)] // empty when no integration feature is on
pub use crate::integrations::hooks::*;
pub use crate::members::{BodyMembers, MemberDoc, MemberValue, Members};
pub use crate::{
    ApiError, CatalogCode, Documented, Envelope, ErrorDoc, Retry, SdkMapping, UnknownCode,
};

/// The members of a page that documents none: a constant, not a borrowed empty array, so a
/// table of pages borrows nothing the compiler has to check.
pub const NO_MEMBERS: &[MemberDoc] = &[];

/// The page's markdown when the `explain` feature is on, else an empty string.
#[cfg(feature = "explain")]
#[macro_export]
#[doc(hidden)]
macro_rules! __errdocs_markdown {
    ($text:expr $(, $bytes:expr)?) => {
        $text
    };
}

/// The page's markdown when the `explain` feature is on, else an empty string.
#[cfg(not(feature = "explain"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __errdocs_markdown {
    // Still read the page, so that editing it rebuilds the crate.
    ($text:expr, $bytes:expr) => {{
        const _: &[u8] = $bytes;
        ""
    }};
    ($text:expr) => {
        ""
    };
}

pub use crate::__errdocs_markdown as markdown;

/// What the detail of a 4xx error without a `detail` template needs.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no `Display` to use as the detail of its 4xx errors",
    label = "no `Display`",
    note = "derive `thiserror::Error` (the usual pairing), or add `#[api_error(display)]` to the type"
)]
pub trait DisplayDetail: core::fmt::Display {}

impl<T: core::fmt::Display + ?Sized> DisplayDetail for T {}

/// The `Display` of `error` as its detail.
pub fn display_detail<E: DisplayDetail + ?Sized>(error: &E) -> Cow<'_, str> {
    Cow::Owned(error.to_string())
}

/// Framework integrations for a derived type: `impl [generics] Type [where clause]`. Each
/// integration (`integrations/<fw>.rs`) expands to nothing when its feature is off, so the
/// derive never needs to know which features are on.
#[macro_export]
#[doc(hidden)]
macro_rules! __errdocs_integrations {
    ($($input:tt)*) => {
        $crate::__errdocs_each_integration! { $($input)* }
    };
}

pub use crate::__errdocs_integrations as integrations;

/// The fixed items of a `catalog!` enum `$ty` whose pages are in the static `$table`:
/// inherent lookups, `CatalogCode`, `FromStr`, `Display` and serde as the code string.
#[macro_export]
#[doc(hidden)]
macro_rules! __errdocs_catalog_impls {
    ($ty:ident, $table:ident, [$($code:literal => $variant:ident),* $(,)?]) => {
        // Retired codes' variants are `#[deprecated]`; the catalog itself still lists them.
        #[allow(deprecated)]
        impl $ty {
            /// Every code, sorted.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];

            /// The page of this code.
            pub fn doc(self) -> &'static $crate::__private01::ErrorDoc {
                &$table[self as usize]
            }

            /// The code of a code string, if the catalog has it.
            pub fn from_code(code: &str) -> ::core::option::Option<$ty> {
                match code {
                    $($code => ::core::option::Option::Some($ty::$variant),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The code string (`unauthorized`).
            pub fn code(self) -> &'static str {
                self.doc().code
            }

            /// The HTTP status from the page.
            pub fn status(self) -> $crate::__private01::http::StatusCode {
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
        impl $crate::__private01::CatalogCode for $ty {
            const ALL: &'static [$ty] = $ty::ALL;
            fn from_code(code: &str) -> ::core::option::Option<$ty> {
                $ty::from_code(code)
            }
            fn doc(self) -> &'static $crate::__private01::ErrorDoc {
                $ty::doc(self)
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for $ty {
            type Err = $crate::__private01::UnknownCode;
            fn from_str(code: &str) -> ::core::result::Result<$ty, Self::Err> {
                $ty::from_code(code).ok_or_else(|| $crate::__private01::UnknownCode::new(code))
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.code())
            }
        }

        #[automatically_derived]
        impl $crate::__private01::serde::Serialize for $ty {
            fn serialize<S: $crate::__private01::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private01::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private01::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<$ty, D::Error> {
                const CODES: &[&str] = &[$($code),*];
                let code: $crate::__private01::Cow<'de, str> =
                    $crate::__private01::serde::Deserialize::deserialize(deserializer)?;
                $ty::from_code(&code).ok_or_else(|| {
                    <D::Error as $crate::__private01::serde::de::Error>::unknown_variant(&code, CODES)
                })
            }
        }
    };
}

pub use crate::__errdocs_catalog_impls as catalog_impls;
