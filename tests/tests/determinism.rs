//! Same pages → byte-identical generated code, whatever the directory order or the
//! checkout's location.

use std::path::{Path, PathBuf};

use errdocs_build::{Context, expand_catalog, expand_derive};

fn tokens(text: &str) -> proc_macro2::TokenStream {
    text.parse().unwrap()
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Copies the reference catalog into `dest/docs/errors`, creating the files in sorted or
/// reverse order (so `read_dir` sees them in different orders).
fn copy_catalog(dest: &Path, reverse: bool) {
    let src = workspace().join("docs/errors");
    let mut files = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            if entry.path().is_dir() {
                stack.push(entry.path());
            } else {
                files.push(entry.path());
            }
        }
    }
    files.sort();
    if reverse {
        files.reverse();
    }
    let _ = std::fs::remove_dir_all(dest);
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let to = dest.join("docs/errors").join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&file, &to).unwrap();
    }
    std::fs::write(
        dest.join("errdocs.toml"),
        "doc_url = \"https://docs.lasscyber.com/errors/{slug}\"\n",
    )
    .unwrap();
}

fn context(root: &Path) -> Context {
    Context {
        manifest_dir: root.to_path_buf(),
        call_file: Some(root.join("src/lib.rs")),
        inline_markdown: false,
    }
}

#[test]
fn output_does_not_depend_on_directory_order_or_location() {
    let base = workspace().join("target/tests/determinism");
    let (a, b) = (base.join("checkout-a"), base.join("elsewhere/checkout-b"));
    copy_catalog(&a, false);
    copy_catalog(&b, true);

    let catalog_a = expand_catalog(tokens("\"docs/errors\""), &context(&a)).to_string();
    let catalog_b = expand_catalog(tokens("\"docs/errors\""), &context(&b)).to_string();
    assert!(catalog_a.contains("pub enum ErrorCode"), "{catalog_a}");
    assert!(
        catalog_a.contains("include_bytes ! (\"../docs/errors/unauthorized.md\")"),
        "{catalog_a}"
    );
    assert!(
        !catalog_a.contains(&base.display().to_string()),
        "an absolute path leaked"
    );
    assert_eq!(catalog_a, catalog_b);

    let input = "#[api_error(exhaustive)] enum E { BadGateway, BadRequest, \
                 CardDeclined { #[api_error(body)] decline_code: String }, Conflict, \
                 Forbidden, GatewayTimeout, InternalError, MethodNotAllowed, NotFound, PayloadTooLarge, \
                 RateLimited, ServiceUnavailable, Unauthorized, UnsupportedVersion, \
                 ValidationFailed { #[api_error(body)] errors: Vec<FieldError> } }";
    let derive_a = expand_derive(tokens(input), &context(&a)).to_string();
    let derive_b = expand_derive(tokens(input), &context(&b)).to_string();
    assert!(!derive_a.contains("compile_error"), "{derive_a}");
    assert_eq!(derive_a, derive_b);
    assert_eq!(
        derive_a,
        expand_derive(tokens(input), &context(&a)).to_string()
    );
}

#[test]
fn tracking_consts_are_sorted_and_cover_every_page_and_the_config() {
    let base = workspace().join("target/tests/determinism");
    let root = base.join("tracking");
    copy_catalog(&root, true);
    let out = expand_catalog(tokens("\"docs/errors\""), &context(&root)).to_string();
    let tracked: Vec<&str> = out
        .split("include_bytes ! (\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap())
        .collect();
    let mut sorted = tracked.clone();
    sorted.sort_unstable();
    assert_eq!(tracked, sorted);
    assert_eq!(tracked.len(), 16, "{tracked:?}");
    assert!(tracked.contains(&"../errdocs.toml"));
    assert!(tracked.contains(&"../docs/errors/billing/card_declined.md"));
}
