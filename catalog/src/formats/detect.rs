//! `errdocs init`: which `[read]` rules a folder of existing pages needs, found by reading
//! the folder with and without each rule, and the `errdocs.toml` that says so.

use std::collections::BTreeMap;
use std::path::Path;

use super::Survey;
use super::folder::Folder;
use super::settings::{CodePattern, CodeSource, ExampleCode, ReadSettings, RetryRule};
use crate::Config;

/// Markup extensions besides `.md` and `.mdx` that `init` recognises.
const EXTENSIONS: &[&str] = &["markdoc", "markdown", "mdoc"];

/// What `init` found: the settings, and one line per setting saying why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    /// The settings that read the folder.
    pub read: ReadSettings,
    /// (setting as TOML, what was found).
    pub findings: Vec<(String, String)>,
    /// Rules that would read more but could give a wrong answer: (setting, what it
    /// would add), written commented out.
    pub suggestions: Vec<(String, String)>,
    /// How the entries' facts were read with the settings, for the file's header.
    pub summary: Vec<String>,
}

fn config(read: &ReadSettings) -> Config {
    Config {
        read: read.clone(),
        ..Config::default()
    }
}

fn with_codes(s: &Survey) -> usize {
    s.entries.iter().filter(|e| e.code.is_some()).count()
}

fn with_status(s: &Survey) -> usize {
    s.entries.iter().filter(|e| e.status.is_some()).count()
}

fn toml_list(items: &[String]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|i| serde_json::to_string(i).unwrap_or_default())
        .collect();
    format!("[{}]", quoted.join(", "))
}

fn verb(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

fn entries(n: usize) -> String {
    format!("{n} entr{}", if n == 1 { "y" } else { "ies" })
}

/// Looks at the pages under `dir` and finds the `[read]` settings that read them.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("errdocs-detect-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// std::fs::write(dir.join("gone.md"), "---\ntitle: gone\n---\n\n```json\n{\"status\": 410}\n```\n").unwrap();
/// let found = errdocs_catalog::detect(&dir);
/// assert_eq!(found.read.retry, errdocs_catalog::RetryRule::Unstated);
/// std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn detect(dir: &Path) -> Detected {
    let mut read = ReadSettings::default();
    let mut findings = Vec::new();
    let mut suggestions = Vec::new();

    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    count_extensions(dir, &mut counts, 0);
    for (ext, n) in counts {
        read.extensions.push(ext.to_owned());
        findings.push((
            format!("extensions = {}", toml_list(&read.extensions)),
            format!(
                "{n} page{} {} `.{ext}` file{}",
                crate::plural(n),
                if n == 1 { "is a" } else { "are" },
                crate::plural(n)
            ),
        ));
    }

    let shown = crate::resolve::trimmed(crate::display_path(dir));
    let folder = Folder::read(dir, &shown, &config(&read));
    let mut current = folder.survey(&config(&read));
    for pattern in [CodePattern::Numeric, CodePattern::Any] {
        let mut trial = read.clone();
        trial.code_pattern = pattern;
        let s = folder.survey(&config(&trial));
        let gained = with_codes(&s).saturating_sub(with_codes(&current));
        if gained > 0 {
            let name = match pattern {
                CodePattern::Numeric => "numeric",
                _ => "any",
            };
            findings.push((
                format!("code_pattern = \"{name}\""),
                format!(
                    "{} more entr{} named by codes outside the house rule (`{}`)",
                    gained,
                    if gained == 1 { "y is" } else { "ies are" },
                    first_new_code(&current, &s).unwrap_or_default()
                ),
            ));
            read = trial;
            current = s;
        }
    }

    // The file name, with the code pattern in force, else with any token (`E0308`).
    for pattern in [read.code_pattern, CodePattern::Any] {
        let mut trial = read.clone();
        trial.code_from.push(CodeSource::FileName);
        trial.code_pattern = pattern;
        let s = folder.survey(&config(&trial));
        let by_name: Vec<_> = s
            .entries
            .iter()
            .filter(|e| e.code_from == "the file name")
            .collect();
        // A file named after a status (`error-400.mdx`) documents that status, not a code.
        let named_after_status = by_name.iter().any(|e| {
            e.status.is_some_and(|st| {
                e.code
                    .as_deref()
                    .is_some_and(|c| c.contains(&st.to_string()))
            })
        });
        // Only where most pages are named by their file: one odd page is no convention.
        if by_name.is_empty() || named_after_status || by_name.len() * 2 <= s.pages {
            continue;
        }
        findings.push((
            "code_from = [\"file-name\"]".to_owned(),
            format!(
                "{} {} the code only in the file name (`{}`)",
                entries(by_name.len()),
                verb(by_name.len(), "states", "state"),
                by_name[0].source_path
            ),
        ));
        if pattern != read.code_pattern {
            findings.push((
                "code_pattern = \"any\"".to_owned(),
                format!(
                    "the file names are codes outside the house rule (`{}`)",
                    by_name[0].code.as_deref().unwrap_or_default()
                ),
            ));
        }
        read = trial;
        current = s;
        break;
    }

    let (status_columns, code_columns) = table_columns(&folder, &read);
    if !status_columns.is_empty() || !code_columns.is_empty() {
        let mut trial = read.clone();
        trial.status_columns.clone_from(&status_columns);
        trial.code_columns.clone_from(&code_columns);
        let s = folder.survey(&config(&trial));
        if with_status(&s) > with_status(&current) || with_codes(&s) > with_codes(&current) {
            if !status_columns.is_empty() {
                findings.push((
                    format!("status_columns = {}", toml_list(&status_columns)),
                    "table columns of this name hold HTTP statuses (400–599)".to_owned(),
                ));
            }
            if !code_columns.is_empty() {
                findings.push((
                    format!("code_columns = {}", toml_list(&code_columns)),
                    "table columns of this name hold the codes, beside a status column".to_owned(),
                ));
            }
            read = trial;
            current = s;
        }
    }

    let mut trial = read.clone();
    trial.example_code = ExampleCode::Other;
    let s = folder.survey(&config(&trial));
    let gained = with_status(&s).saturating_sub(with_status(&current));
    if gained > 0 {
        findings.push((
            "example_code = \"other\"".to_owned(),
            format!(
                "{gained} page{} give their status in an example whose `code` is another identifier",
                crate::plural(gained)
            ),
        ));
        read = trial;
        current = s;
    }

    let mut trial = read.clone();
    trial.status_only = true;
    let s = folder.survey(&config(&trial));
    let status_only = s
        .entries
        .iter()
        .filter(|e| e.code.is_none() && e.status.is_some())
        .count();
    if status_only > 0 {
        findings.push((
            "status_only = true".to_owned(),
            format!(
                "{} {} an HTTP status and no other code",
                entries(status_only),
                verb(status_only, "states", "state")
            ),
        ));
        read = trial;
        current = s;
    }
    if !current.diagnostics.is_empty() {
        let mut trial = read.clone();
        trial.skip_non_error_pages = true;
        let s = folder.survey(&config(&trial));
        if !s.skipped.is_empty() {
            findings.push((
                "skip_non_error_pages = true".to_owned(),
                format!(
                    "{} page{} state{} no code, no status and no facts (`{}`)",
                    s.skipped.len(),
                    crate::plural(s.skipped.len()),
                    if s.skipped.len() == 1 { "s" } else { "" },
                    s.skipped[0]
                ),
            ));
            read = trial;
            current = s;
        }
    }

    let unstated = current
        .entries
        .iter()
        .filter(|e| e.retryable.is_none())
        .count();
    if unstated > 0 {
        read.retry = RetryRule::Unstated;
        findings.insert(
            usize::from(!read.extensions.is_empty()),
            (
                "retry = \"unstated\"".to_owned(),
                format!(
                    "{unstated} of {} {} no retry flag",
                    entries(current.entries.len()),
                    verb(current.entries.len(), "states", "state")
                ),
            ),
        );
        current = folder.survey(&config(&read));
    }

    let mut trial = read.clone();
    trial.prose_status = true;
    let s = folder.survey(&config(&trial));
    let gained = with_status(&s).saturating_sub(with_status(&current));
    if gained > 0 {
        suggestions.push((
            "prose_status = true".to_owned(),
            format!(
                "would read {gained} more status{} from prose; check those pages first",
                if gained == 1 { "" } else { "es" }
            ),
        ));
    }

    let mut by_source: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &current.entries {
        if !e.status_from.is_empty() {
            *by_source.entry(e.status_from).or_default() += 1;
        }
    }
    let mut summary = vec![format!(
        "{} in {} page{}; {} with a code, {} with an HTTP status",
        entries(current.entries.len()),
        current.pages,
        crate::plural(current.pages),
        with_codes(&current),
        with_status(&current)
    )];
    let mut sources: Vec<_> = by_source.into_iter().collect();
    sources.sort_by_key(|s| std::cmp::Reverse(s.1));
    for (from, n) in sources {
        summary.push(format!(
            "{} {} status in {from}",
            entries(n),
            verb(n, "gives its", "give their")
        ));
    }
    Detected {
        read,
        findings,
        suggestions,
        summary,
    }
}

/// The first code `after` has that `before` has not.
fn first_new_code(before: &Survey, after: &Survey) -> Option<String> {
    after
        .entries
        .iter()
        .filter_map(|e| e.code.clone())
        .find(|c| !before.entries.iter().any(|b| b.code.as_ref() == Some(c)))
}

fn count_extensions(dir: &Path, counts: &mut BTreeMap<&str, usize>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() && depth < 32 && !entry.file_name().to_string_lossy().starts_with('.') {
            count_extensions(&path, counts, depth + 1);
        } else if kind.is_file()
            && let Some(ext) = path.extension().and_then(|e| e.to_str())
            && let Some(known) = EXTENSIONS.iter().find(|k| **k == ext)
        {
            *counts.entry(known).or_default() += 1;
        }
    }
}

/// Header names of columns that hold statuses (in tables with no status column the
/// default rule knows) and, beside them, of columns that hold codes.
fn table_columns(folder: &Folder, read: &ReadSettings) -> (Vec<String>, Vec<String>) {
    let mut status = Vec::new();
    let mut code = Vec::new();
    folder.each_scanned(read, |scanned| {
        for (block, _) in &scanned.blocks {
            let super::scan::Block::Table { header, rows } = block else {
                continue;
            };
            if header.len() < 3 || rows.len() < 2 {
                continue;
            }
            let (_, known_status) = super::read::columns(header, read);
            if known_status.is_some() {
                continue;
            }
            let share = |col: usize, test: &dyn Fn(&str) -> bool| {
                let hits = rows
                    .iter()
                    .filter(|(r, _)| r.get(col).is_some_and(|c| test(c.trim().trim_matches('`'))))
                    .count();
                hits * 5 >= rows.len() * 4
            };
            let is_status =
                |c: &str| c.len() == 3 && c.parse::<u16>().is_ok_and(|n| (100..600).contains(&n));
            let Some(s) = (0..header.len()).find(|&i| {
                let h = header[i].to_ascii_lowercase();
                (h.contains("code") || h.contains("status")) && share(i, &is_status)
            }) else {
                continue;
            };
            if !status.contains(&header[s]) {
                status.push(header[s].clone());
            }
            if let Some(c) =
                (0..header.len()).find(|&i| i != s && share(i, &|c: &str| read.accepts_code(c)))
                && !code.contains(&header[c])
                && !matches!(
                    header[c].to_ascii_lowercase().as_str(),
                    "code" | "error code"
                )
            {
                code.push(header[c].clone());
            }
        }
    });
    (status, code)
}

/// The `errdocs.toml` that reads the pages under `dir`, a comment per setting saying what
/// was found. `docs` is the folder as the file should name it.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("errdocs-init-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// std::fs::write(dir.join("gone.md"), "---\ntitle: gone\nstatus: 410\n---\n").unwrap();
/// let toml = errdocs_catalog::init_toml(&dir, "docs/errors");
/// assert!(toml.contains("retry = \"unstated\""), "{toml}");
/// errdocs_catalog::Config::from_toml_str("errdocs.toml", &toml).unwrap();
/// std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn init_toml(dir: &Path, docs: &str) -> String {
    let found = detect(dir);
    let mut out = String::from(
        "# errdocs.toml written by `errdocs init`.\n#\n# What errdocs read with these settings:\n",
    );
    for line in &found.summary {
        out.push_str(&format!("#   {line}\n"));
    }
    out.push_str(&format!(
        "\ndocs = {}\n",
        serde_json::to_string(docs).unwrap_or_default()
    ));
    if found.findings.is_empty() && found.suggestions.is_empty() {
        out.push_str("# The pages follow the house style: no `[read]` rules are needed.\n");
        return out;
    }
    out.push_str("\n[read]\n");
    // A list setting may be found twice (one line per extension): keep the last.
    let mut seen = Vec::new();
    let findings: Vec<_> = found
        .findings
        .iter()
        .rev()
        .filter(|(setting, _)| {
            let key = setting.split(' ').next().unwrap_or_default().to_owned();
            let fresh = !seen.contains(&key);
            seen.push(key);
            fresh
        })
        .collect();
    for (setting, why) in findings.into_iter().rev() {
        out.push_str(&format!("# {why}\n{setting}\n"));
    }
    for (setting, why) in &found.suggestions {
        out.push_str(&format!("# {why}\n# {setting}\n"));
    }
    out
}
