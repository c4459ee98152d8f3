//! `errdocs check --coverage`: per fact, how many entries state it and which do not.

use errdocs_catalog::{Entry, Survey};

/// The most entries named per fact; the rest are counted.
const NAMED: usize = 10;

/// What a survey states, fact by fact.
pub(crate) struct Coverage {
    entries: usize,
    pages: usize,
    skipped: usize,
    /// (fact, entries stating it, entries missing it as `path:line`, note).
    facts: Vec<(&'static str, usize, Vec<String>, &'static str)>,
}

impl Coverage {
    /// Counts the facts of `survey`; `retry_unstated` says the catalog allows unstated
    /// retry flags (`retry = "unstated"`).
    pub(crate) fn of(survey: &Survey, retry_unstated: bool) -> Coverage {
        let fact = |name: &'static str, has: fn(&Entry) -> bool, note: &'static str| {
            let missing: Vec<String> = survey
                .entries
                .iter()
                .filter(|e| !has(e))
                .map(|e| format!("{}:{}", e.source_path, e.line))
                .collect();
            (name, survey.entries.len() - missing.len(), missing, note)
        };
        let retry_note = if retry_unstated {
            "allowed by `retry = \"unstated\"`: exports give null, the client uses the status rule"
        } else {
            ""
        };
        Coverage {
            entries: survey.entries.len(),
            pages: survey.pages,
            skipped: survey.skipped.len(),
            facts: vec![
                fact("code", |e| e.code.is_some(), ""),
                fact("status", |e| e.status.is_some(), ""),
                fact("retry", |e| e.retryable.is_some(), retry_note),
            ],
        }
    }

    /// The human report.
    pub(crate) fn render(&self, folder: &str) -> String {
        let mut out = format!(
            "coverage of {folder}: {} entr{} in {} page{}",
            self.entries,
            if self.entries == 1 { "y" } else { "ies" },
            self.pages,
            crate::output::plural(self.pages)
        );
        if self.skipped > 0 {
            out.push_str(&format!(" ({} skipped: not error pages)", self.skipped));
        }
        out.push('\n');
        for (name, stated, missing, note) in &self.facts {
            out.push_str(&format!("  {name:<7}{stated} of {} stated", self.entries));
            if !missing.is_empty() {
                let shown: Vec<&str> = missing.iter().take(NAMED).map(String::as_str).collect();
                out.push_str(&format!("; not by {}", shown.join(", ")));
                if missing.len() > NAMED {
                    out.push_str(&format!(" and {} more", missing.len() - NAMED));
                }
            }
            out.push('\n');
            if !note.is_empty() && !missing.is_empty() {
                let n = missing.len();
                let entries = if n == 1 { "entry" } else { "entries" };
                out.push_str(&format!("         unstated in {n} {entries}: {note}\n"));
            }
        }
        out
    }

    /// The report as JSON: `{"code": {"stated": n, "missing": ["path:line", …]}, …}`.
    pub(crate) fn to_json(&self) -> serde_json::Value {
        let mut map = serde_json::Map::new();
        for (name, stated, missing, _) in &self.facts {
            map.insert(
                (*name).to_owned(),
                serde_json::json!({ "stated": stated, "missing": missing }),
            );
        }
        serde_json::Value::Object(map)
    }
}
