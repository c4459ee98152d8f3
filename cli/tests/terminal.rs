//! Colors on a real terminal (a pseudo terminal made by `script`): on by default, off with
//! `NO_COLOR`, for every command that colors.

mod support;

use std::process::Command;
use support::workspace;

/// The output of `errdocs ARGS` run on a pseudo terminal, or `None` (a printed skip) where
/// `script` is missing outside CI.
fn on_a_terminal(args: &str, no_color: bool) -> Option<String> {
    let has_script = Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_script {
        assert!(
            std::env::var_os("CI").is_none(),
            "`script` (util-linux) is required when CI is set"
        );
        eprintln!("skipped: `script` (util-linux) is not installed, so no pseudo terminal");
        return None;
    }
    let command = format!("{} {args}", env!("CARGO_BIN_EXE_errdocs"));
    let mut script = Command::new("script");
    script
        .current_dir(workspace())
        .args(["-qec", &command, "/dev/null"])
        .env_remove("NO_COLOR");
    if no_color {
        script.env("NO_COLOR", "1");
    }
    let out = script.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn list_on_a_terminal_is_colored_unless_no_color_is_set() {
    let Some(colored) = on_a_terminal("list", false) else {
        return;
    };
    assert!(colored.contains("\u{1b}[1m"), "{colored}");
    let plain = on_a_terminal("list", true).unwrap();
    assert!(plain.contains("unauthorized"), "{plain}");
    assert!(!plain.contains('\u{1b}'), "{plain}");
}

#[test]
fn explain_on_a_terminal_is_colored_unless_no_color_is_set() {
    let Some(colored) = on_a_terminal("explain unauthorized", false) else {
        return;
    };
    assert!(colored.contains('\u{1b}'), "{colored}");
    let plain = on_a_terminal("explain unauthorized", true).unwrap();
    assert!(!plain.contains('\u{1b}'), "{plain}");
}
