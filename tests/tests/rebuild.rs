//! Editing a page rebuilds a crate that derives from it, with no `.rs` file touched.
//!
//! Builds a small crate in `target/tests/rebuild` (its dependencies are compiled once and
//! reused), edits its page, builds again and checks the program prints the new status.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn page(status: &str) -> String {
    format!(
        "# teapot\n\n> HTTP {} — the server is a teapot.\n\n| | |\n|-|-|\n| **HTTP status** | `{status}` |\n| **Code** | `teapot` |\n| **Retry?** | No |\n",
        &status[..3]
    )
}

fn build_and_run(dir: &Path, target: &Path) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .current_dir(dir)
        .args(["run", "--quiet", "--offline"])
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn editing_a_page_rebuilds_the_crate() {
    let root = workspace();
    let base = root.join("target/tests/rebuild");
    let krate = base.join("teapot");
    let _ = std::fs::remove_dir_all(&krate);
    let runtime = root.join("runtime").display().to_string().replace('\\', "/");
    write(
        &krate.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"teapot\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nerrdocs = {{ path = \"{runtime}\" }}\nthiserror = \"2\"\n\n[workspace]\n"
        ),
    );
    std::fs::copy(root.join("Cargo.lock"), krate.join("Cargo.lock")).unwrap();
    write(&krate.join("errdocs.toml"), "docs = \"docs\"\ndoc_url = \"https://example.com/errors/{slug}\"\n");
    write(&krate.join("docs/teapot.md"), &page("418 I'm a teapot"));
    write(
        &krate.join("src/main.rs"),
        "use errdocs::ApiError as _;\n\n\
         #[derive(Debug, thiserror::Error, errdocs::ApiError)]\n\
         #[error(\"teapot\")]\n\
         struct Teapot;\n\n\
         fn main() {\n    println!(\"{}\", Teapot.status().as_u16());\n}\n",
    );
    let main_rs = std::fs::read(krate.join("src/main.rs")).unwrap();
    let target = base.join("target");
    assert_eq!(build_and_run(&krate, &target).trim(), "418");

    write(&krate.join("docs/teapot.md"), &page("421 Misdirected Request"));
    assert_eq!(build_and_run(&krate, &target).trim(), "421");
    assert_eq!(std::fs::read(krate.join("src/main.rs")).unwrap(), main_rs);
}
