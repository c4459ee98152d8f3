//! Compile-fail cases of `#[derive(ApiError)]` and `catalog!`: one problem per file, each
//! with the exact error the user sees.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
}
