//! How a list of page texts is written as one string: the rule generated code (which writes
//! an `ErrorDoc`'s causes, fixes, related codes and SDK rows) and the runtime (which reads
//! them back) share.

/// The separator of a list's items. Page text is one line per item (the parser collapses
/// whitespace), so an item never holds one.
pub const ITEM_SEPARATOR: char = '\n';
/// The separator of a row's two cells (an SDK and its exception).
pub const CELL_SEPARATOR: char = '\t';
/// The separator of the lists of [`join_lists`] (ASCII's record separator).
pub const LIST_SEPARATOR: char = '\u{1e}';

/// The items as one string, one per line; a line break or tab inside an item becomes a
/// space.
///
/// ```
/// assert_eq!(errdocs_wire::join_items(["a", "b c"]), "a\nb c");
/// assert_eq!(errdocs_wire::split_items("a\nb c").collect::<Vec<_>>(), ["a", "b c"]);
/// ```
pub fn join_items<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    join(items.into_iter().map(|i| [i, ""]), false)
}

/// The rows as one string, one per line, each row's two cells joined by a tab.
///
/// ```
/// let joined = errdocs_wire::join_rows([["Python", "agnes.E"], ["Go", "E"]]);
/// assert_eq!(joined, "Python\tagnes.E\nGo\tE");
/// let rows: Vec<_> = errdocs_wire::split_items(&joined).map(errdocs_wire::split_row).collect();
/// assert_eq!(rows, [("Python", "agnes.E"), ("Go", "E")]);
/// ```
pub fn join_rows<'a>(rows: impl IntoIterator<Item = [&'a str; 2]>) -> String {
    join(rows.into_iter(), true)
}

/// The items of a string written by [`join_items`] or [`join_rows`]; none for `""`.
pub fn split_items(joined: &str) -> impl Iterator<Item = &str> + Clone {
    (!joined.is_empty())
        .then(|| joined.split(ITEM_SEPARATOR))
        .into_iter()
        .flatten()
}

/// The number of items of a string written by [`join_items`] or [`join_rows`].
pub fn count_items(joined: &str) -> usize {
    if joined.is_empty() {
        0
    } else {
        joined.matches(ITEM_SEPARATOR).count() + 1
    }
}

/// The two cells of one row of [`join_rows`].
pub fn split_row(row: &str) -> (&str, &str) {
    row.split_once(CELL_SEPARATOR).unwrap_or((row, ""))
}

/// A page's four lists (causes, fixes, related codes, SDK rows), each written by
/// [`join_items`] or [`join_rows`], as one string: what an `ErrorDoc` stores. A record
/// separator inside a list becomes a space.
///
/// ```
/// let lists = ["a\nb", "fix", "", "Go\tE"].map(String::from);
/// let joined = errdocs_wire::join_lists(&lists);
/// assert_eq!(errdocs_wire::split_lists(&joined), ["a\nb", "fix", "", "Go\tE"]);
/// assert_eq!(errdocs_wire::split_lists(""), ["", "", "", ""]);
/// ```
pub fn join_lists(lists: &[String; 4]) -> String {
    if lists.iter().all(String::is_empty) {
        return String::new();
    }
    let mut out = String::new();
    for (n, list) in lists.iter().enumerate() {
        if n > 0 {
            out.push(LIST_SEPARATOR);
        }
        push_replacing(&mut out, list, &[LIST_SEPARATOR]);
    }
    out
}

/// The four lists of a string written by [`join_lists`].
pub fn split_lists(joined: &str) -> [&str; 4] {
    let mut parts = joined.splitn(4, LIST_SEPARATOR);
    [(); 4].map(|()| parts.next().unwrap_or(""))
}

fn join<'a>(rows: impl Iterator<Item = [&'a str; 2]>, cells: bool) -> String {
    let mut out = String::new();
    for (n, [first, second]) in rows.enumerate() {
        if n > 0 {
            out.push(ITEM_SEPARATOR);
        }
        push_cell(&mut out, first);
        if cells {
            out.push(CELL_SEPARATOR);
            push_cell(&mut out, second);
        }
    }
    out
}

fn push_cell(out: &mut String, text: &str) {
    push_replacing(out, text, &[ITEM_SEPARATOR, CELL_SEPARATOR]);
}

/// Pushes `text` with each of `separators` (ASCII) replaced by a space. Byte searches, not a
/// walk over `char`s: this runs in proc macros, which cargo builds without optimization.
fn push_replacing(out: &mut String, text: &str, separators: &[char]) {
    let bytes = text.as_bytes();
    if !separators.iter().any(|&s| bytes.contains(&(s as u8))) {
        out.push_str(text);
        return;
    }
    let mut rest = text;
    while let Some(at) = rest.find(separators) {
        out.push_str(&rest[..at]);
        out.push(' ');
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_read_back_what_was_joined() {
        for items in [vec![], vec!["one"], vec!["a", "b", ""], vec!["x y", "z"]] {
            let joined = join_items(items.iter().copied());
            assert_eq!(split_items(&joined).collect::<Vec<_>>(), items);
            assert_eq!(count_items(&joined), items.len());
        }
        let joined = join_items(["a\nb", "c\td", "\n\n"]);
        assert_eq!(
            split_items(&joined).collect::<Vec<_>>(),
            ["a b", "c d", "  "]
        );
    }

    #[test]
    fn rows_read_back_what_was_joined() {
        let joined = join_rows([["Python", "agnes.E"], ["Go", ""], ["a\tb", "c\nd"]]);
        let rows: Vec<_> = split_items(&joined).map(split_row).collect();
        assert_eq!(rows, [("Python", "agnes.E"), ("Go", ""), ("a b", "c d")]);
    }
}
