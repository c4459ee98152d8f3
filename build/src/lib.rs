//! Code generation for errdocs: a checked catalog of error pages → Rust tokens.
//!
//! One generator serves the proc macros (`#[derive(ApiError)]`, `catalog!`) and `build.rs`
//! ingestion ([`run`], [`compile`], [`Builder`]). A crate that only derives calls [`track`]
//! so that cargo watches its pages.
//!
//! ```no_run
//! // build.rs
//! fn main() {
//!     errdocs_build::run("docs/errors");
//! }
//! ```

#![warn(missing_docs)]
// The examples show whole `build.rs` files, whose `fn main` is the point.
#![allow(clippy::needless_doctest_main)]

// Inside a proc macro, generated source is lexed by the compiler (`tokens::source_tokens`).
extern crate proc_macro;

mod catalog_enum;
mod compile;
mod context;
mod derive;
mod emit;
mod tokens;

pub use catalog_enum::{expand_catalog, variant_name};
pub use compile::{Builder, CompileError, compile, run, track};
pub use context::{Context, clear_cache};
pub use derive::expand_derive;
