//! GitHub Actions workflow commands (`::error file=…,line=…::message`): annotations on the
//! lines of a pull request, for `check --format github` and `diff --format github`.

use errdocs_catalog::{Diagnostic, Severity};

/// One annotation: `level` is `error`, `warning` or `notice`; `line` 0 for a whole file, an
/// empty `file` for none.
pub(crate) fn annotation(
    level: &str,
    file: &str,
    line: usize,
    column: usize,
    title: &str,
    message: &str,
) -> String {
    let mut props = Vec::new();
    if !file.is_empty() {
        props.push(format!("file={}", property(file)));
        if line > 0 {
            props.push(format!("line={line}"));
            if column > 0 {
                props.push(format!("col={column}"));
            }
        }
    }
    props.push(format!("title={}", property(title)));
    format!("::{level} {}::{}\n", props.join(","), data(message))
}

/// The annotations of `errdocs check` diagnostics, one per diagnostic.
pub(crate) fn diagnostics(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| {
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let mut message = d.message.clone();
            if !d.label.is_empty() {
                message.push_str(&format!(": {}", d.label));
            }
            if let Some(help) = &d.help {
                message.push_str(&format!("\nhelp: {help}"));
            }
            annotation(level, &d.path, d.line, d.column, "errdocs check", &message)
        })
        .collect()
}

/// A message escaped as GitHub's runner reads it back.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: also `:` and `,` escaped.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_escape_what_the_runner_would_read_as_syntax() {
        assert_eq!(
            annotation("error", "a,b.md", 3, 5, "x: y", "50%\nnext"),
            "::error file=a%2Cb.md,line=3,col=5,title=x%3A y::50%25%0Anext\n"
        );
        assert_eq!(
            annotation("notice", "", 3, 0, "t", "m"),
            "::notice title=t::m\n"
        );
    }
}
