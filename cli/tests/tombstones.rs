//! Retired codes on the command line: `errdocs new` refuses one, naming the tombstone, its
//! date and its replacement; exports keep it, marked retired.

mod support;

use std::path::{Path, PathBuf};

use support::errdocs_in;

fn catalog(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("tombstones")
        .join(name);
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("errors")).unwrap();
    std::fs::write(root.join("errdocs.toml"), "docs = \"errors\"\n").unwrap();
    let page = |code: &str, rows: &str| {
        format!(
            "# {code}\n\n> HTTP 402 — the card failed.\n\n| | |\n|-|-|\n| **HTTP status** | `402` |\n| **Retry?** | No |\n{rows}"
        )
    };
    std::fs::write(
        root.join("errors/card_declined.md"),
        page("card_declined", ""),
    )
    .unwrap();
    std::fs::write(
        root.join("errors/card_refused.md"),
        page(
            "card_refused",
            "| **Deprecated?** | Yes — since 2026-03-01, use `card_declined` |\n",
        ),
    )
    .unwrap();
    root
}

#[test]
fn errdocs_new_refuses_a_retired_code() {
    let root = catalog("new");
    let out = errdocs_in(&root, &["new", "card_refused", "--status", "402"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: the code `card_refused` was retired on 2026-03-01 by errors/card_refused.md; \
         use `card_declined`; a retired code is never reused\n"
    );
}

#[test]
fn the_json_export_keeps_a_retired_code_marked_retired() {
    let root = catalog("export");
    let out = errdocs_in(&root, &["export", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors = json["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["code"], "card_declined");
    assert!(
        errors[0].get("retired").is_none(),
        "a live code has no `retired`"
    );
    assert_eq!(
        errors[1]["retired"],
        serde_json::json!({"since": "2026-03-01", "replacement": "card_declined"})
    );
}
