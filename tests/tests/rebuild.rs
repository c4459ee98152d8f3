//! Editing a page rebuilds a crate that derives from it, with no `.rs` file touched.

mod support;

use support::{FixtureCrate, page};

#[test]
fn editing_a_page_rebuilds_the_crate() {
    rebuild_after_a_page_edit(FixtureCrate::new("rebuild", MAIN));
}

/// Without `explain` the pages' markdown is not embedded; they must still be tracked.
#[test]
fn editing_a_page_rebuilds_the_crate_without_explain() {
    rebuild_after_a_page_edit(FixtureCrate::with_options(
        "rebuild-no-explain",
        MAIN,
        ", default-features = false",
    ));
}

const MAIN: &str = "use errdocs::ApiError as _;\n\n\
         #[derive(Debug, thiserror::Error, errdocs::ApiError)]\n\
         #[error(\"teapot\")]\n\
         struct Teapot;\n\n\
         fn main() {\n    println!(\"{}\", Teapot.status().as_u16());\n}\n";

fn rebuild_after_a_page_edit(krate: FixtureCrate) {
    krate.page("teapot", &page("teapot", "418 I'm a teapot", "No", &[]));
    let main_rs = std::fs::read(krate.dir.join("src/main.rs")).unwrap();
    assert_eq!(krate.run().unwrap().trim(), "418");

    krate.edit("teapot", |t| {
        t.replace("418 I'm a teapot", "421 Misdirected Request")
            .replace("HTTP 418", "HTTP 421")
    });
    assert_eq!(krate.run().unwrap().trim(), "421");
    assert_eq!(
        std::fs::read(krate.dir.join("src/main.rs")).unwrap(),
        main_rs
    );
}
