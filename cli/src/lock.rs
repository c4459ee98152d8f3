//! `errdocs lock`: writes `errdocs.lock` beside `errdocs.toml`, and prints what it accepts.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use errdocs_catalog::evolve::{Snapshot, diff, lock};

use crate::output::{fail, plural, report};

/// Runs `errdocs lock`.
pub(crate) fn run(dir: Option<PathBuf>) -> ExitCode {
    let resolved = match crate::catalog::resolve(dir, None) {
        Ok(r) => r,
        Err(diags) => {
            report(&diags);
            return ExitCode::FAILURE;
        }
    };
    let Some(path) = lock::lock_path(&resolved.found) else {
        return fail(&format!(
            "no `{}` found: the lock is written beside it; create one with `docs = \"{}\"`",
            errdocs_catalog::CONFIG_FILE,
            resolved.found.display_root
        ));
    };
    let catalog = match errdocs_catalog::load_resolved_without_lock(&resolved.found) {
        Ok(c) => c,
        Err(diags) => {
            report(&diags);
            return fail("the catalog has errors; fix them (`errdocs check`) before locking it");
        }
    };
    let shown = crate::catalog::display(&errdocs_catalog::relative_to_cwd(&path));
    let text = lock::render(&Snapshot::of(&catalog));
    let old_text = std::fs::read_to_string(&path).ok();
    let old = match old_text.as_deref().map(|t| lock::parse(&shown, t)) {
        Some(Ok(old)) => old,
        Some(Err(diags)) => {
            report(&diags);
            let _ = writeln!(anstream::stderr(), "note: rewriting {shown} from the pages");
            Snapshot::default()
        }
        None => Snapshot::default(),
    };
    // Compare what the lock records on both sides, nothing more.
    let new = lock::parse(&shown, &text).unwrap_or_default();
    // A first lock accepts everything: listing each code would say nothing.
    let accepted = if old_text.is_some() {
        diff::diff(&old, &new)
    } else {
        Vec::new()
    };
    let mut err = anstream::stderr();
    for change in &accepted {
        let _ = writeln!(err, "accepted {}: {}", change.level.name(), change.message);
    }
    let codes = new.entries.len();
    if old_text.as_deref() == Some(text.as_str()) {
        let _ = writeln!(err, "{shown} is up to date: {codes} code{}", plural(codes));
        return ExitCode::SUCCESS;
    }
    if let Err(e) = std::fs::write(&path, &text) {
        return fail(&format!("cannot write {shown}: {e}"));
    }
    let _ = writeln!(
        err,
        "wrote {shown}: {codes} code{}, {} change{} accepted",
        plural(codes),
        accepted.len(),
        plural(accepted.len())
    );
    ExitCode::SUCCESS
}
