//! Proc-macro cost: expanding `#[derive(ApiError)]` on a 200-variant enum over 200 pages,
//! the first time (parse the catalog) and again in the same compiler process (cached).
//!
//! `cargo bench -p errdocs-build --bench expand`

use std::path::{Path, PathBuf};

use errdocs_build::{Context, clear_cache, expand_catalog, expand_derive};
use proc_macro2::TokenStream;

fn main() {
    divan::main();
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../bench/fixtures")
}

fn context() -> Context {
    let root = root();
    Context {
        call_file: Some(root.join("src/lib.rs")),
        manifest_dir: root,
        inline_markdown: false,
    }
}

fn derive_input() -> TokenStream {
    let variants: String = (0..200)
        .map(|i| format!("#[api_error(code = \"err_{i:03}\")] Err{i:03},"))
        .collect();
    format!("#[api_error(docs = \"errors200\", exhaustive)] enum AppError {{ {variants} }}")
        .parse()
        .unwrap()
}

#[divan::bench(sample_count = 20)]
fn derive_200_variants_first(bencher: divan::Bencher) {
    let ctx = context();
    let input = derive_input();
    bencher.bench_local(|| {
        clear_cache();
        let out = expand_derive(input.clone(), &ctx);
        assert!(!out.to_string().contains("compile_error"));
        out
    });
}

#[divan::bench(sample_count = 20)]
fn derive_200_variants_cached(bencher: divan::Bencher) {
    let ctx = context();
    let input = derive_input();
    let _ = expand_derive(input.clone(), &ctx);
    bencher.bench_local(|| expand_derive(input.clone(), &ctx));
}

#[divan::bench(sample_count = 20)]
fn catalog_200_pages_first(bencher: divan::Bencher) {
    let ctx = context();
    let input: TokenStream = "\"errors200\"".parse().unwrap();
    bencher.bench_local(|| {
        clear_cache();
        expand_catalog(input.clone(), &ctx)
    });
}
