//! The lists of an [`ErrorDoc`](crate::ErrorDoc) (causes, fixes, related codes, SDK rows),
//! read out of one `'static` string.
//!
//! A generated catalog holds one `ErrorDoc` per page. Were each list a `&'static [&str]`,
//! every page would add four borrowed arrays to the table's initializer, and the compiler's
//! borrow checker would spend more time on them than on the rest of the table together
//! (`bench/compile.sh` measures it). All four lists of a page are one string field
//! (`errdocs_wire::join_lists`); the items are split out when they are read.

use std::fmt;
use std::iter::FusedIterator;

use serde::ser::{Serialize, SerializeSeq, Serializer};

use crate::SdkMapping;

/// A list of one-line texts from a page: `When this happens`, `How to fix`, or the codes of
/// the related pages.
///
/// It reads like a slice of `&'static str`: iterate it, index it with [`get`](Self::get),
/// compare it with an array, a slice or a `Vec` of strings.
///
/// ```
/// errdocs::catalog!("../docs/errors");
///
/// let doc = ErrorCode::Unauthorized.doc();
/// assert_eq!(doc.related(), ["forbidden"]);
/// assert_eq!(doc.causes().len(), 5);
/// assert!(doc.causes().iter().any(|c| c.contains("expired")));
/// assert_eq!(doc.fixes().get(9), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct TextList(
    /// The items joined by `'\n'`. Written by generated code; read through the methods.
    #[doc(hidden)]
    pub &'static str,
);

impl TextList {
    /// A list without items.
    pub const EMPTY: TextList = TextList("");

    /// The items, in page order.
    pub fn iter(&self) -> TextIter {
        TextIter::new(self.0)
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        errdocs_wire::count_items(self.0)
    }

    /// Whether the list has no items.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The item at `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<&'static str> {
        self.iter().nth(index)
    }

    /// The items as a `Vec`.
    pub fn to_vec(&self) -> Vec<&'static str> {
        self.iter().collect()
    }
}

impl fmt::Debug for TextList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for TextList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for item in self.iter() {
            seq.serialize_element(item)?;
        }
        seq.end()
    }
}

impl IntoIterator for TextList {
    type Item = &'static str;
    type IntoIter = TextIter;

    fn into_iter(self) -> TextIter {
        self.iter()
    }
}

impl IntoIterator for &TextList {
    type Item = &'static str;
    type IntoIter = TextIter;

    fn into_iter(self) -> TextIter {
        self.iter()
    }
}

impl<S: AsRef<str>> PartialEq<[S]> for TextList {
    fn eq(&self, other: &[S]) -> bool {
        self.iter().eq(other.iter().map(AsRef::as_ref))
    }
}

impl<S: AsRef<str>, const N: usize> PartialEq<[S; N]> for TextList {
    fn eq(&self, other: &[S; N]) -> bool {
        *self == other[..]
    }
}

impl<S: AsRef<str>> PartialEq<&[S]> for TextList {
    fn eq(&self, other: &&[S]) -> bool {
        *self == **other
    }
}

impl<S: AsRef<str>> PartialEq<Vec<S>> for TextList {
    fn eq(&self, other: &Vec<S>) -> bool {
        *self == other[..]
    }
}

/// The items of a [`TextList`].
#[derive(Debug, Clone)]
pub struct TextIter {
    rest: Option<std::str::Split<'static, char>>,
}

impl TextIter {
    fn new(joined: &'static str) -> TextIter {
        TextIter {
            rest: (!joined.is_empty()).then(|| joined.split(errdocs_wire::ITEM_SEPARATOR)),
        }
    }
}

impl Iterator for TextIter {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        self.rest.as_mut()?.next()
    }
}

impl FusedIterator for TextIter {}

/// The rows of a page's `SDK behaviour` table.
///
/// ```
/// errdocs::catalog!("../docs/errors");
///
/// let sdk = ErrorCode::Unauthorized.doc().sdk();
/// let python = sdk.iter().find(|m| m.sdk == "Python").unwrap();
/// assert_eq!(python.exception, "agnes.AuthenticationError");
/// assert_eq!(sdk.len(), 2);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SdkList(
    /// One row per line, its two cells joined by `'\t'`. Written by generated code; read
    /// through the methods.
    #[doc(hidden)]
    pub &'static str,
);

impl SdkList {
    /// A table without rows.
    pub const EMPTY: SdkList = SdkList("");

    /// The rows, in page order.
    pub fn iter(&self) -> SdkIter {
        SdkIter(TextIter::new(self.0))
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        errdocs_wire::count_items(self.0)
    }

    /// Whether the table has no rows.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The row at `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<SdkMapping> {
        self.iter().nth(index)
    }

    /// The rows as a `Vec`.
    pub fn to_vec(&self) -> Vec<SdkMapping> {
        self.iter().collect()
    }
}

impl fmt::Debug for SdkList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for SdkList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for row in self.iter() {
            seq.serialize_element(&row)?;
        }
        seq.end()
    }
}

impl IntoIterator for SdkList {
    type Item = SdkMapping;
    type IntoIter = SdkIter;

    fn into_iter(self) -> SdkIter {
        self.iter()
    }
}

impl IntoIterator for &SdkList {
    type Item = SdkMapping;
    type IntoIter = SdkIter;

    fn into_iter(self) -> SdkIter {
        self.iter()
    }
}

impl PartialEq<[SdkMapping]> for SdkList {
    fn eq(&self, other: &[SdkMapping]) -> bool {
        self.iter().eq(other.iter().copied())
    }
}

impl<const N: usize> PartialEq<[SdkMapping; N]> for SdkList {
    fn eq(&self, other: &[SdkMapping; N]) -> bool {
        *self == other[..]
    }
}

impl PartialEq<Vec<SdkMapping>> for SdkList {
    fn eq(&self, other: &Vec<SdkMapping>) -> bool {
        *self == other[..]
    }
}

/// The rows of an [`SdkList`].
#[derive(Debug, Clone)]
pub struct SdkIter(TextIter);

impl Iterator for SdkIter {
    type Item = SdkMapping;

    fn next(&mut self) -> Option<SdkMapping> {
        let (sdk, exception) = errdocs_wire::split_row(self.0.next()?);
        Some(SdkMapping { sdk, exception })
    }
}

impl FusedIterator for SdkIter {}

#[cfg(test)]
mod tests {
    use super::*;
    use errdocs_wire::{join_items, join_rows};

    #[test]
    fn lists_read_back_what_was_joined() {
        for items in [vec![], vec!["one"], vec!["a", "b", ""], vec!["x y", "z"]] {
            let joined: &'static str = join_items(items.iter().copied()).leak();
            let list = TextList(joined);
            assert_eq!(list.to_vec(), items);
            assert_eq!(list.len(), list.iter().count());
            assert_eq!(list, items[..]);
        }
        assert_eq!(TextList::EMPTY.len(), 0);
        assert!(TextList::EMPTY.is_empty());
        assert_eq!(
            TextList(join_items(["a\nb", "c\td"]).leak()),
            ["a b", "c d"]
        );
    }

    #[test]
    fn sdk_rows_read_back_what_was_joined() {
        let joined: &'static str = join_rows([["Python", "agnes.E"], ["Go", ""]]).leak();
        let list = SdkList(joined);
        assert_eq!(
            list.to_vec(),
            [
                SdkMapping {
                    sdk: "Python",
                    exception: "agnes.E"
                },
                SdkMapping {
                    sdk: "Go",
                    exception: ""
                }
            ]
        );
        assert_eq!(list.len(), 2);
        assert_eq!(SdkList::EMPTY.iter().count(), 0);
    }

    #[test]
    fn lists_serialize_and_print_as_sequences() {
        let list = TextList("a\nb");
        assert_eq!(serde_json::to_string(&list).unwrap(), r#"["a","b"]"#);
        assert_eq!(format!("{list:?}"), r#"["a", "b"]"#);
        let sdk = SdkList("Python\tagnes.E");
        assert_eq!(
            serde_json::to_string(&sdk).unwrap(),
            r#"[{"sdk":"Python","exception":"agnes.E"}]"#
        );
    }
}
