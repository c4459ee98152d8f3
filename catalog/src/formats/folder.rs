//! A folder of pages read once for [`detect`](super::detect), which surveys it once per
//! setting it tries: the files are listed and read, each page parsed in the house style and
//! scanned into blocks once (its example JSON parsed once), and each trial runs only the
//! `[read]` rules, on all cores for large folders.
//!
//! [`Folder::survey`] gives exactly what [`survey_named`](super::survey_named) gives for the
//! same settings; for settings that list or parse other files (other extensions or
//! `include`s, another envelope or page-size limit) it falls back to `survey_named`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::read::{self, Entry};
use super::scan::{Scanned, scan};
use super::{Survey, add_other_style, house_style_entry, other_style, survey_named};
use crate::load::fs::{find_pages, read_page};
use crate::{Config, Diagnostic, ReadSettings};

/// The folder's pages as the settings it was read with found them.
pub(crate) struct Folder {
    dir: PathBuf,
    shown: String,
    /// The settings the files were listed, read and parsed with (`[read]` only for its
    /// `extensions` and `include`).
    base: Config,
    /// What listing the folder reported; `files` is `None` when it could not be listed.
    listed: Vec<Diagnostic>,
    files: Option<Vec<File>>,
}

/// One listed file.
struct File {
    /// The path relative to the folder, as the survey names it.
    rel: String,
    /// Why it could not be read, if it could not.
    unread: Vec<Diagnostic>,
    page: Option<CachedPage>,
}

struct CachedPage {
    display: String,
    text: String,
    /// Its entry in the house style, else the house style's diagnostics.
    strict: Result<Entry, Vec<Diagnostic>>,
    scanned: OnceLock<Scanned>,
}

impl CachedPage {
    fn scanned(&self) -> &Scanned {
        self.scanned.get_or_init(|| scan(&self.text))
    }
}

impl File {
    /// What the survey of this page alone gives (its read diagnostics aside).
    fn survey(&self, config: &Config) -> Survey {
        let mut survey = Survey::default();
        let Some(page) = &self.page else {
            return survey;
        };
        survey.pages = 1;
        match &page.strict {
            Ok(entry) => survey.entries.push(entry.clone()),
            Err(strict) => {
                let read = read::read_scanned(&self.rel, &page.text, page.scanned(), &config.read);
                let other = other_style(read, &page.display, &page.text, config, || strict.clone());
                add_other_style(&mut survey, &self.rel, other);
            }
        }
        survey
    }
}

/// The settings that decide which files are pages and how the house style reads them.
fn base_of(config: &Config) -> Config {
    Config {
        read: ReadSettings {
            extensions: config.read.extensions.clone(),
            include: config.read.include.clone(),
            ..ReadSettings::default()
        },
        ..config.clone()
    }
}

impl Folder {
    /// Lists and reads the pages under `dir` (shown as `shown`) with `config`, parsing each
    /// in the house style.
    pub(crate) fn read(dir: &Path, shown: &str, config: &Config) -> Folder {
        let mut listed = Vec::new();
        let files = find_pages(dir, shown, &config.read, &mut listed).map(|rels| {
            let folder = crate::resolve::folder_name(dir);
            crate::load::in_order(rels, |rel| {
                let display = format!("{shown}/{rel}");
                let mut unread = Vec::new();
                let page = read_page(
                    &dir.join(&rel),
                    &display,
                    config.max_page_bytes,
                    &mut unread,
                )
                .map(|text| {
                    let strict = house_style_entry(&rel, &display, &text, config, &folder);
                    // Every survey reads a page the house style rejects by its blocks.
                    let scanned = OnceLock::new();
                    if strict.is_err() {
                        let _ = scanned.set(scan(&text));
                    }
                    CachedPage {
                        strict,
                        display,
                        text,
                        scanned,
                    }
                });
                File { rel, unread, page }
            })
        });
        Folder {
            dir: dir.to_owned(),
            shown: shown.to_owned(),
            base: base_of(config),
            listed,
            files,
        }
    }

    /// What [`survey_named`] gives for this folder and `config`.
    pub(crate) fn survey(&self, config: &Config) -> Survey {
        if base_of(config) != self.base {
            return survey_named(&self.dir, &self.shown, config);
        }
        let mut survey = Survey {
            diagnostics: self.listed.clone(),
            ..Survey::default()
        };
        let files: Vec<&File> = self.files.iter().flatten().collect();
        for (file, one) in files
            .iter()
            .zip(crate::load::in_order(files.clone(), |f| f.survey(config)))
        {
            survey.diagnostics.extend(file.unread.iter().cloned());
            survey.pages += one.pages;
            survey.entries.extend(one.entries);
            survey.diagnostics.extend(one.diagnostics);
            survey.skipped.extend(one.skipped);
        }
        survey
    }

    /// Calls `f` with the blocks of each page listed with `read`, in file order. A file the
    /// survey could not read (too large, say) is read here as text if it can be, as a
    /// direct read of the folder would; with other extensions or `include`s the folder is
    /// listed and read again.
    pub(crate) fn each_scanned(&self, read: &ReadSettings, mut f: impl FnMut(&Scanned)) {
        let same_files =
            read.extensions == self.base.read.extensions && read.include == self.base.read.include;
        if !same_files {
            let mut diags = Vec::new();
            for rel in find_pages(&self.dir, "", read, &mut diags)
                .into_iter()
                .flatten()
            {
                if let Ok(text) = std::fs::read_to_string(self.dir.join(&rel)) {
                    f(&scan(&text));
                }
            }
            return;
        }
        for file in self.files.iter().flatten() {
            match &file.page {
                Some(page) => f(page.scanned()),
                None => {
                    if let Ok(text) = std::fs::read_to_string(self.dir.join(&file.rel)) {
                        f(&scan(&text));
                    }
                }
            }
        }
    }
}
