//! The changes between two snapshots of a catalog, each with a level: what breaks clients,
//! what deserves a look, and what is news.

use std::cmp::Ordering;

use serde::Serialize;

use super::{Entry, Lines, Snapshot};

/// How much a change matters to clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// News: a code or a member added, text changed.
    Info,
    /// Old links or old code may stop working: a doc URL changed, a code retired.
    Warning,
    /// Clients that branch on the old facts break.
    Breaking,
}

impl Level {
    /// `breaking`, `warning` or `info`.
    pub fn name(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Breaking => "breaking",
        }
    }
}

/// What changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A code removed without a tombstone (or its tombstone removed).
    Removed,
    /// The HTTP status changed.
    StatusChanged,
    /// The retry flag flipped.
    RetryFlipped,
    /// A retired code is live again.
    RetiredReused,
    /// The envelope of the body changed.
    EnvelopeChanged,
    /// A body member was removed.
    MemberRemoved,
    /// A body member's type changed.
    MemberTypeChanged,
    /// An SDK's exception was renamed or dropped.
    SdkExceptionRenamed,
    /// The doc URL changed.
    DocUrlChanged,
    /// The code was retired.
    Retired,
    /// A code was added.
    Added,
    /// A body member was added.
    MemberAdded,
    /// The prose changed.
    TextChanged,
}

impl Kind {
    /// The level of this kind of change: the one rule `errdocs diff` and `errdocs lock`
    /// report with.
    ///
    /// ```
    /// use errdocs_catalog::evolve::diff::{Kind, Level};
    /// assert_eq!(Kind::RetryFlipped.level(), Level::Breaking);
    /// assert_eq!(Kind::DocUrlChanged.level(), Level::Warning);
    /// assert_eq!(Kind::Added.name(), "added");
    /// ```
    pub fn level(self) -> Level {
        match self {
            Kind::Removed
            | Kind::StatusChanged
            | Kind::RetryFlipped
            | Kind::RetiredReused
            | Kind::EnvelopeChanged
            | Kind::MemberRemoved
            | Kind::MemberTypeChanged
            | Kind::SdkExceptionRenamed => Level::Breaking,
            Kind::DocUrlChanged | Kind::Retired => Level::Warning,
            Kind::Added | Kind::MemberAdded | Kind::TextChanged => Level::Info,
        }
    }

    /// The kind's name in JSON and tables (`status-changed`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Removed => "removed",
            Kind::StatusChanged => "status-changed",
            Kind::RetryFlipped => "retry-flipped",
            Kind::RetiredReused => "retired-reused",
            Kind::EnvelopeChanged => "envelope-changed",
            Kind::MemberRemoved => "member-removed",
            Kind::MemberTypeChanged => "member-type-changed",
            Kind::SdkExceptionRenamed => "sdk-exception-renamed",
            Kind::DocUrlChanged => "doc-url-changed",
            Kind::Retired => "retired",
            Kind::Added => "added",
            Kind::MemberAdded => "member-added",
            Kind::TextChanged => "text-changed",
        }
    }
}

/// A place on one side: a file and a 1-based line (0 when unknown).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct At {
    /// The file.
    pub path: String,
    /// The line, or 0.
    pub line: usize,
}

impl At {
    /// `path:line`, or the path when the line is unknown.
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.path.clone()
        } else {
            format!("{}:{}", self.path, self.line)
        }
    }
}

/// One change between two snapshots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// How much it matters.
    pub level: Level,
    /// What changed.
    pub kind: Kind,
    /// The code concerned.
    pub code: String,
    /// The change in words (``the status of `conflict` changed from 409 to 422``).
    pub message: String,
    /// Where the old side states it.
    pub old: Option<At>,
    /// Where the new side states it.
    pub new: Option<At>,
}

/// Every change from `old` to `new`: most severe first, then by code. Linear in the
/// number of codes.
///
/// ```
/// use errdocs_catalog::evolve::{Snapshot, diff::{Kind, Level, diff}};
/// let page = |status| format!(
///     "# conflict\n\n> It conflicts.\n\n| | |\n|-|-|\n| **HTTP status** | `{status}` |\n| **Retry?** | No |\n"
/// );
/// let config = errdocs_catalog::Config::default();
/// let old = errdocs_catalog::load_catalog_from_pages(&[("conflict.md", &page(409))], &config).unwrap();
/// let new = errdocs_catalog::load_catalog_from_pages(&[("conflict.md", &page(422))], &config).unwrap();
/// let changes = diff(&Snapshot::of(&old), &Snapshot::of(&new));
/// assert_eq!(changes[0].kind, Kind::StatusChanged);
/// assert_eq!(changes[0].level, Level::Breaking);
/// assert_eq!(changes[0].message, "the status of `conflict` changed from 409 to 422");
/// ```
pub fn diff(old: &Snapshot, new: &Snapshot) -> Vec<Change> {
    let mut changes = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < old.entries.len() || j < new.entries.len() {
        let (a, b) = (old.entries.get(i), new.entries.get(j));
        match (a, b) {
            (Some(a), Some(b)) => match a.code.cmp(&b.code) {
                Ordering::Less => {
                    removed(a, &mut changes);
                    i += 1;
                }
                Ordering::Greater => {
                    added(b, &mut changes);
                    j += 1;
                }
                Ordering::Equal => {
                    compare(a, b, &mut changes);
                    i += 1;
                    j += 1;
                }
            },
            (Some(a), None) => {
                removed(a, &mut changes);
                i += 1;
            }
            (None, Some(b)) => {
                added(b, &mut changes);
                j += 1;
            }
            (None, None) => break,
        }
    }
    changes.sort_by(|x, y| {
        y.level
            .cmp(&x.level)
            .then_with(|| x.code.cmp(&y.code))
            .then_with(|| x.kind.cmp(&y.kind))
    });
    changes
}

fn at(lines: &Lines, line: usize) -> Option<At> {
    Some(At {
        path: lines.path.clone(),
        line: if line == 0 { lines.code } else { line },
    })
}

fn push(
    changes: &mut Vec<Change>,
    kind: Kind,
    code: &str,
    message: String,
    old: Option<At>,
    new: Option<At>,
) {
    changes.push(Change {
        level: kind.level(),
        kind,
        code: code.to_owned(),
        message,
        old,
        new,
    });
}

fn removed(a: &Entry, changes: &mut Vec<Change>) {
    let message = if a.retired.is_some() {
        format!(
            "the tombstone of `{}` was removed: the retired code could be reused",
            a.code
        )
    } else {
        format!("`{}` was removed without a tombstone", a.code)
    };
    push(
        changes,
        Kind::Removed,
        &a.code,
        message,
        at(&a.at, a.at.code),
        None,
    );
}

fn added(b: &Entry, changes: &mut Vec<Change>) {
    let message = match &b.retired {
        Some(_) => format!("`{}` was added, as a tombstone", b.code),
        None => format!("`{}` was added", b.code),
    };
    push(
        changes,
        Kind::Added,
        &b.code,
        message,
        None,
        at(&b.at, b.at.code),
    );
}

fn yes_no(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

fn compare(a: &Entry, b: &Entry, changes: &mut Vec<Change>) {
    let code = &a.code;
    if a.status != b.status {
        push(
            changes,
            Kind::StatusChanged,
            code,
            format!(
                "the status of `{code}` changed from {} to {}",
                a.status, b.status
            ),
            at(&a.at, a.at.status),
            at(&b.at, b.at.status),
        );
    }
    if a.retryable != b.retryable {
        push(
            changes,
            Kind::RetryFlipped,
            code,
            format!(
                "the retry flag of `{code}` changed from {} to {}",
                yes_no(a.retryable),
                yes_no(b.retryable)
            ),
            at(&a.at, a.at.retry),
            at(&b.at, b.at.retry),
        );
    }
    match (&a.retired, &b.retired) {
        (Some(r), None) => push(
            changes,
            Kind::RetiredReused,
            code,
            format!("`{code}`, retired since {}, is live again", r.since),
            at(&a.at, a.at.retired),
            at(&b.at, b.at.code),
        ),
        (None, Some(r)) => {
            let instead = match &r.replacement {
                Some(code) => format!(", use `{code}`"),
                None => String::new(),
            };
            push(
                changes,
                Kind::Retired,
                code,
                format!("`{code}` was retired (since {}{instead})", r.since),
                at(&a.at, a.at.code),
                at(&b.at, b.at.retired),
            );
        }
        _ => {}
    }
    if let (Some(x), Some(y)) = (a.envelope, b.envelope)
        && x != y
    {
        push(
            changes,
            Kind::EnvelopeChanged,
            code,
            format!(
                "the envelope of `{code}` changed from `{}` to `{}`",
                x.name(),
                y.name()
            ),
            at(&a.at, a.at.code),
            at(&b.at, b.at.code),
        );
    }
    members(a, b, changes);
    if let (Some(x), Some(y)) = (&a.sdk, &b.sdk) {
        for old in x {
            let message = match y.iter().find(|m| m.sdk == old.sdk) {
                Some(new) if new.exception == old.exception => continue,
                Some(new) => format!(
                    "the {} exception of `{code}` was renamed from `{}` to `{}`",
                    old.sdk, old.exception, new.exception
                ),
                None => format!(
                    "the {} exception of `{code}`, `{}`, is no longer documented",
                    old.sdk, old.exception
                ),
            };
            push(
                changes,
                Kind::SdkExceptionRenamed,
                code,
                message,
                at(&a.at, a.at.sdk),
                at(&b.at, b.at.sdk),
            );
        }
    }
    if let (Some(x), Some(y)) = (&a.doc_url, &b.doc_url)
        && x != y
    {
        push(
            changes,
            Kind::DocUrlChanged,
            code,
            format!("the doc URL of `{code}` changed from {x} to {y}: old links break"),
            at(&a.at, a.at.code),
            at(&b.at, b.at.code),
        );
    }
    text(a, b, changes);
}

fn members(a: &Entry, b: &Entry, changes: &mut Vec<Change>) {
    let code = &a.code;
    let (old, new) = (at(&a.at, a.at.code), at(&b.at, b.at.code));
    for m in &a.members {
        match b.members.iter().find(|n| n.name == m.name) {
            Some(n) if n.ty == m.ty => {}
            Some(n) => push(
                changes,
                Kind::MemberTypeChanged,
                code,
                format!(
                    "the member `{}` of `{code}` changed type from {} to {}",
                    m.name, m.ty, n.ty
                ),
                old.clone(),
                new.clone(),
            ),
            None => push(
                changes,
                Kind::MemberRemoved,
                code,
                format!("the member `{}` of `{code}` was removed", m.name),
                old.clone(),
                new.clone(),
            ),
        }
    }
    for n in &b.members {
        if !a.members.iter().any(|m| m.name == n.name) {
            push(
                changes,
                Kind::MemberAdded,
                code,
                format!("the member `{}` ({}) of `{code}` was added", n.name, n.ty),
                old.clone(),
                new.clone(),
            );
        }
    }
}

fn text(a: &Entry, b: &Entry, changes: &mut Vec<Change>) {
    let mut parts = Vec::new();
    if let (Some(x), Some(y)) = (&a.text, &b.text) {
        for (name, changed) in [
            // A new status brings its own reason phrase.
            ("title", x.title != y.title && a.status == b.status),
            ("summary", x.summary != y.summary),
            ("retry advice", x.advice != y.advice),
            ("causes", x.causes != y.causes),
            ("fixes", x.fixes != y.fixes),
        ] {
            if changed {
                parts.push(name);
            }
        }
    }
    if let (Some(x), Some(y)) = (&a.sdk, &b.sdk)
        && y.iter().any(|n| !x.iter().any(|m| m.sdk == n.sdk))
    {
        parts.push("SDK rows added");
    }
    if let (Some(x), Some(y)) = (&a.retired, &b.retired)
        && x != y
    {
        parts.push("tombstone");
    }
    if parts.is_empty() {
        return;
    }
    let code = &a.code;
    push(
        changes,
        Kind::TextChanged,
        code,
        format!("the text of `{code}` changed: {}", parts.join(", ")),
        at(&a.at, a.at.code),
        at(&b.at, b.at.code),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evolve::Member;

    fn entry(code: &str) -> Entry {
        let at = Lines {
            path: "p.md".into(),
            code: 1,
            ..Lines::default()
        };
        Entry {
            status: 402,
            ..Entry::bare(code, at)
        }
    }

    fn member(name: &str, ty: &str) -> Member {
        Member {
            name: name.into(),
            ty: ty.into(),
        }
    }

    #[test]
    fn members_removed_retyped_and_added() {
        let mut a = entry("card_declined");
        a.members = vec![member("balance", "number"), member("card", "string")];
        let mut b = entry("card_declined");
        b.members = vec![member("balance", "string"), member("limit", "number")];
        let changes = diff(
            &Snapshot { entries: vec![a] },
            &Snapshot { entries: vec![b] },
        );
        let got: Vec<(Level, Kind, &str)> = changes
            .iter()
            .map(|c| (c.level, c.kind, c.message.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Level::Breaking,
                    Kind::MemberRemoved,
                    "the member `card` of `card_declined` was removed"
                ),
                (
                    Level::Breaking,
                    Kind::MemberTypeChanged,
                    "the member `balance` of `card_declined` changed type from number to string"
                ),
                (
                    Level::Info,
                    Kind::MemberAdded,
                    "the member `limit` (number) of `card_declined` was added"
                ),
            ]
        );
    }

    #[test]
    fn facts_a_side_does_not_record_are_not_compared() {
        let a = entry("gone");
        let mut b = entry("gone");
        b.doc_url = Some("/errors/gone".into());
        b.envelope = Some(crate::Envelope::Problem);
        let changes = diff(
            &Snapshot { entries: vec![a] },
            &Snapshot { entries: vec![b] },
        );
        assert!(changes.is_empty(), "{changes:?}");
    }
}
