//! Editing a page rebuilds a crate that derives from it, with no `.rs` file touched; with
//! `errdocs_build::track` in `build.rs`, so does adding one.

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

/// The README's `build.rs` line for derive users: a new page is seen at once, so
/// `exhaustive` fails the build until the page has a variant.
#[test]
fn a_new_page_rebuilds_a_crate_whose_build_rs_tracks_the_folder() {
    let krate = FixtureCrate::new(
        "track",
        "use errdocs::ApiError as _;\n\n\
         #[derive(Debug, thiserror::Error, errdocs::ApiError)]\n\
         #[api_error(exhaustive)]\n\
         enum AppError {\n    #[error(\"teapot\")]\n    Teapot,\n}\n\n\
         fn main() {\n    println!(\"{}\", AppError::Teapot.status().as_u16());\n}\n",
    );
    krate.build_rs("fn main() {\n    errdocs_build::track(\"docs\");\n}\n");
    krate.page("teapot", &page("teapot", "418 I'm a teapot", "No", &[]));
    assert_eq!(krate.run().unwrap().trim(), "418");

    krate.page("gone", &page("gone", "410 Gone", "No", &[]));
    let stderr = krate.run().unwrap_err();
    assert!(
        stderr.contains("`exhaustive`: 1 page of the catalog has no variant: `gone`"),
        "{stderr}"
    );
}

/// The README's `build.rs` line for catalog mode prints each page error once: no panic, no
/// `Debug` dump, no second copy from cargo's dump of the script's output.
#[test]
fn the_readme_build_rs_reports_each_page_error_once() {
    let krate = FixtureCrate::new(
        "report-once",
        "errdocs::include_catalog!();\n\n\
         fn main() {\n    println!(\"{}\", ErrorCode::ALL.len());\n}\n",
    );
    krate.build_rs("fn main() {\n    errdocs_build::run(\"docs\");\n}\n");
    krate.page("teapot", &page("teapot", "418 I'm a teapot", "No", &[]));
    assert_eq!(krate.run().unwrap().trim(), "1");

    krate.edit("teapot", |t| {
        t.replace("418 I'm a teapot", "418 I am a teapot")
    });
    let stderr = krate.run().unwrap_err();
    assert_eq!(
        stderr
            .matches("is not the reason phrase of status 418")
            .count(),
        1,
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("Diagnostic {"), "{stderr}");
}
