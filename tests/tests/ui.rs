//! Compile-fail cases of `#[derive(ApiError)]` and `catalog!`: one problem per file, each
//! with the exact error the user sees.

#[test]
fn ui() {
    // This crate's build.rs tracks the docs folder, and cargo passes what it sets to the test
    // run; the UI cases are crates without a build.rs, so they must not inherit it.
    // SAFETY: the only test of this binary, before any other thread is started.
    unsafe { std::env::remove_var("ERRDOCS_BUILD_TRACKED") };
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
}
