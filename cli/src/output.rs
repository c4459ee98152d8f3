//! What every command prints the same way: diagnostics, failures, plurals, colors.

use std::ffi::OsStr;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use errdocs_catalog::Diagnostic;

/// Whether to color output for a stream: only on a terminal, and never when `NO_COLOR` is
/// set to a non-empty value (<https://no-color.org>).
pub(crate) fn use_color(is_terminal: bool, no_color: Option<&OsStr>) -> bool {
    is_terminal && no_color.is_none_or(OsStr::is_empty)
}

/// [`use_color`] for stdout, with this process's environment.
pub(crate) fn stdout_color() -> bool {
    use_color(
        std::io::stdout().is_terminal(),
        std::env::var_os("NO_COLOR").as_deref(),
    )
}

/// [`use_color`] for stderr, with this process's environment.
pub(crate) fn stderr_color() -> bool {
    use_color(
        std::io::stderr().is_terminal(),
        std::env::var_os("NO_COLOR").as_deref(),
    )
}

/// Prints diagnostics to stderr.
pub(crate) fn report(diags: &[Diagnostic]) {
    let mut err = anstream::stderr();
    let _ = write!(
        err,
        "{}",
        errdocs_catalog::render_all(diags, stderr_color())
    );
}

/// Prints `value` as pretty JSON on stdout.
pub(crate) fn print_json(value: &serde_json::Value) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_default()
    );
}

/// Writes `out` to stdout; then, for a folder that did not load as a catalog (`--keep-going`
/// read it entry by entry), reports the survey's diagnostics and fails if any is an error.
pub(crate) fn finish_surveyed(surveyed: &crate::catalog::Surveyed, out: &str) -> ExitCode {
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    if surveyed.catalog.is_some() {
        return ExitCode::SUCCESS;
    }
    report(&surveyed.survey.diagnostics);
    if surveyed.survey.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints `error: message` and fails.
pub(crate) fn fail(message: &str) -> ExitCode {
    let _ = writeln!(anstream::stderr(), "error: {message}");
    ExitCode::FAILURE
}

/// `s` unless `n` is one.
pub(crate) use errdocs_catalog::plural;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_turns_colors_off_on_a_terminal() {
        assert!(use_color(true, None));
        assert!(!use_color(true, Some(OsStr::new("1"))));
        assert!(
            use_color(true, Some(OsStr::new(""))),
            "an empty NO_COLOR is unset"
        );
        assert!(!use_color(false, None));
    }
}
