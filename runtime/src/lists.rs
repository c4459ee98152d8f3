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
use std::marker::PhantomData;

use serde::ser::{Serialize, SerializeSeq, Serializer};

use crate::SdkMapping;

/// What a [`List`] holds: one item per line of its text.
pub trait ListItem: Copy + fmt::Debug + Serialize + sealed::Sealed {
    /// The item one line of a list's text stands for.
    fn from_line(line: &'static str) -> Self;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for &'static str {}
    impl Sealed for super::SdkMapping {}
}

impl ListItem for &'static str {
    fn from_line(line: &'static str) -> Self {
        line
    }
}

/// A row is its two cells (`errdocs_wire::join_rows`).
impl ListItem for SdkMapping {
    fn from_line(line: &'static str) -> Self {
        let (sdk, exception) = errdocs_wire::split_row(line);
        SdkMapping { sdk, exception }
    }
}

/// A list of a page, stored as one `'static` string with one item per line.
///
/// It reads like a slice: iterate it, index it with [`get`](Self::get), compare it with an
/// array, a slice or a `Vec` of items.
pub struct List<T> {
    joined: &'static str,
    item: PhantomData<T>,
}

/// A list of one-line texts from a page: `When this happens`, `How to fix`, or the codes of
/// the related pages.
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
pub type TextList = List<&'static str>;

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
pub type SdkList = List<SdkMapping>;

impl<T: ListItem> List<T> {
    /// A list without items.
    pub const EMPTY: List<T> = List::from_joined("");

    /// The list whose items are the lines of `joined`, as `errdocs_wire::join_items` and
    /// `join_rows` write them.
    pub const fn from_joined(joined: &'static str) -> List<T> {
        List {
            joined,
            item: PhantomData,
        }
    }

    /// The items, in page order.
    pub fn iter(&self) -> ListIter<T> {
        ListIter {
            lines: (!self.joined.is_empty())
                .then(|| self.joined.split(errdocs_wire::ITEM_SEPARATOR)),
            item: PhantomData,
        }
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        errdocs_wire::count_items(self.joined)
    }

    /// Whether the list has no items.
    pub fn is_empty(&self) -> bool {
        self.joined.is_empty()
    }

    /// The item at `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<T> {
        self.iter().nth(index)
    }

    /// The items as a `Vec`.
    pub fn to_vec(&self) -> Vec<T> {
        self.iter().collect()
    }
}

// By hand, not derived: a derive would ask the same of `T`, which `PhantomData` holds no
// value of.
impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for List<T> {}

impl<T> PartialEq for List<T> {
    fn eq(&self, other: &Self) -> bool {
        self.joined == other.joined
    }
}

impl<T> Eq for List<T> {}

impl<T> std::hash::Hash for List<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.joined.hash(state);
    }
}

impl<T: ListItem> Default for List<T> {
    fn default() -> Self {
        List::EMPTY
    }
}

impl<T: ListItem> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: ListItem> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for item in self.iter() {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}

impl<T: ListItem> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = ListIter<T>;

    fn into_iter(self) -> ListIter<T> {
        self.iter()
    }
}

impl<T: ListItem> IntoIterator for &List<T> {
    type Item = T;
    type IntoIter = ListIter<T>;

    fn into_iter(self) -> ListIter<T> {
        self.iter()
    }
}

/// Compares item by item with anything that reads as `T` (`&str`, `String`, `SdkMapping`).
impl<T: ListItem, U: Comparable<T>> PartialEq<[U]> for List<T> {
    fn eq(&self, other: &[U]) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| b.matches(a))
    }
}

impl<T: ListItem, U: Comparable<T>, const N: usize> PartialEq<[U; N]> for List<T> {
    fn eq(&self, other: &[U; N]) -> bool {
        *self == other[..]
    }
}

impl<T: ListItem, U: Comparable<T>> PartialEq<&[U]> for List<T> {
    fn eq(&self, other: &&[U]) -> bool {
        *self == **other
    }
}

impl<T: ListItem, U: Comparable<T>> PartialEq<Vec<U>> for List<T> {
    fn eq(&self, other: &Vec<U>) -> bool {
        *self == other[..]
    }
}

/// What a [`List`] compares equal with, item by item.
pub trait Comparable<T> {
    /// Whether this equals `item`.
    fn matches(&self, item: T) -> bool;
}

impl<S: AsRef<str>> Comparable<&'static str> for S {
    fn matches(&self, item: &'static str) -> bool {
        self.as_ref() == item
    }
}

impl Comparable<SdkMapping> for SdkMapping {
    fn matches(&self, item: SdkMapping) -> bool {
        *self == item
    }
}

/// The items of a [`List`].
pub struct ListIter<T> {
    lines: Option<std::str::Split<'static, char>>,
    item: PhantomData<T>,
}

impl<T> Clone for ListIter<T> {
    fn clone(&self) -> Self {
        ListIter {
            lines: self.lines.clone(),
            item: PhantomData,
        }
    }
}

impl<T> fmt::Debug for ListIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ListIter").finish_non_exhaustive()
    }
}

impl<T: ListItem> Iterator for ListIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.lines.as_mut()?.next().map(T::from_line)
    }
}

impl<T: ListItem> FusedIterator for ListIter<T> {}

#[cfg(test)]
mod tests {
    use super::*;
    use errdocs_wire::{join_items, join_rows};

    #[test]
    fn lists_read_back_what_was_joined() {
        for items in [vec![], vec!["one"], vec!["a", "b", ""], vec!["x y", "z"]] {
            let joined: &'static str = join_items(items.iter().copied()).leak();
            let list = TextList::from_joined(joined);
            assert_eq!(list.to_vec(), items);
            assert_eq!(list.len(), list.iter().count());
            assert_eq!(list, items[..]);
        }
        let two = TextList::from_joined("a\nb");
        assert_ne!(two, ["a"]);
        assert_ne!(two, ["a", "b", "c"]);
        assert_ne!(two, vec!["a".to_owned(), "c".to_owned()]);
        assert_eq!(two, vec!["a".to_owned(), "b".to_owned()]);
        assert_eq!(TextList::EMPTY.len(), 0);
        assert!(TextList::EMPTY.is_empty());
        assert_eq!(
            TextList::from_joined(join_items(["a\nb", "c\td"]).leak()),
            ["a b", "c d"]
        );
    }

    #[test]
    fn sdk_rows_read_back_what_was_joined() {
        let joined: &'static str = join_rows([["Python", "agnes.E"], ["Go", ""]]).leak();
        let list = SdkList::from_joined(joined);
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
        let list = TextList::from_joined("a\nb");
        assert_eq!(serde_json::to_string(&list).unwrap(), r#"["a","b"]"#);
        assert_eq!(format!("{list:?}"), r#"["a", "b"]"#);
        let sdk = SdkList::from_joined("Python\tagnes.E");
        assert_eq!(
            serde_json::to_string(&sdk).unwrap(),
            r#"[{"sdk":"Python","exception":"agnes.E"}]"#
        );
    }
}
