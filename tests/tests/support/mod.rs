//! A small crate built by cargo in `target/tests/fixture-crates`, for tests that edit pages
//! and rebuild. Dependencies are compiled once into a shared target folder.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A seed-style page.
pub fn page(code: &str, status: &str, retry: &str, related: &[&str]) -> String {
    let mut text = format!(
        "# {code}\n\n> HTTP {} — something about {code}.\n\n| | |\n|-|-|\n| **HTTP status** | `{status}` |\n| **Code** | `{code}` |\n| **Retry?** | {retry} |\n\n## Example response\n\n```json\n{{\n  \"detail\": \"x\",\n  \"code\": \"{code}\",\n  \"request_id\": \"r\",\n  \"doc_url\": \"https://example.com/errors/{code}\"\n}}\n```\n",
        &status[..3]
    );
    if !related.is_empty() {
        text.push_str("\n## Related\n\n");
        for r in related {
            text.push_str(&format!("* [`{r}`](/errors/{r})\n"));
        }
    }
    text
}

pub struct FixtureCrate {
    pub dir: PathBuf,
    target: PathBuf,
}

impl FixtureCrate {
    /// A crate `name` whose `src/main.rs` is `main_rs`, with `errdocs.toml` pointing at `docs/`.
    pub fn new(name: &str, main_rs: &str) -> FixtureCrate {
        FixtureCrate::with_options(name, main_rs, "")
    }

    /// Like [`new`](Self::new), with more options on the `errdocs` dependency
    /// (`default-features = false`).
    pub fn with_options(name: &str, main_rs: &str, options: &str) -> FixtureCrate {
        let root = workspace();
        let base = root.join("target/tests/fixture-crates");
        let dir = base.join(name);
        let _ = std::fs::remove_dir_all(&dir);
        let runtime = root
            .join("runtime")
            .display()
            .to_string()
            .replace('\\', "/");
        write(
            &dir.join("Cargo.toml"),
            &format!(
                "[package]\nname = \"fixture\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
                 [dependencies]\nerrdocs = {{ path = \"{runtime}\"{options} }}\nthiserror = \"2\"\n\n[workspace]\n"
            ),
        );
        std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        write(
            &dir.join("errdocs.toml"),
            "docs = \"docs\"\ndoc_url = \"https://example.com/errors/{slug}\"\n",
        );
        write(&dir.join("src/main.rs"), main_rs);
        FixtureCrate {
            dir,
            target: base.join("target"),
        }
    }

    /// Gives the crate this `build.rs`, with `errdocs-build` as its build dependency.
    pub fn build_rs(&self, build_rs: &str) {
        let build = workspace()
            .join("build")
            .display()
            .to_string()
            .replace('\\', "/");
        let manifest = self.dir.join("Cargo.toml");
        let mut text = std::fs::read_to_string(&manifest).unwrap();
        text = text.replace(
            "\n[workspace]\n",
            &format!(
                "\n[build-dependencies]\nerrdocs-build = {{ path = \"{build}\" }}\n\n[workspace]\n"
            ),
        );
        std::fs::write(manifest, text).unwrap();
        write(&self.dir.join("build.rs"), build_rs);
    }

    pub fn page(&self, slug: &str, text: &str) {
        write(&self.dir.join("docs").join(format!("{slug}.md")), text);
    }

    pub fn edit(&self, slug: &str, edit: impl FnOnce(String) -> String) {
        let path = self.dir.join("docs").join(format!("{slug}.md"));
        let text = std::fs::read_to_string(&path).unwrap();
        let edited = edit(text.clone());
        assert_ne!(text, edited, "the edit of {slug} changed nothing");
        std::fs::write(path, edited).unwrap();
    }

    /// `cargo run`: Ok(stdout) or Err(stderr).
    pub fn run(&self) -> Result<String, String> {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let out = Command::new(cargo)
            .current_dir(&self.dir)
            .args(["run", "--quiet", "--offline"])
            .env("CARGO_TARGET_DIR", &self.target)
            .env("CARGO_TERM_COLOR", "never")
            .env_remove("RUSTFLAGS")
            .output()
            .unwrap();
        if out.status.success() {
            Ok(String::from_utf8(out.stdout).unwrap())
        } else {
            Err(String::from_utf8(out.stderr).unwrap())
        }
    }
}
