//! Short texts that many members share: one copy in memory for all.
//!
//! Dân tộc, quê quán, trình độ and the like take a handful of values across
//! a ward, and a province holds about 100,000 members: a `String` each is
//! some 300,000 small allocations. A [`SharedText`] read from a file or
//! made with `From` is looked up in one process-wide table and points at
//! the copy already there. A text typed in a form is made with
//! [`SharedText::unshared`] and is not added to the table (each keystroke
//! would be kept for ever); it is shared once the branch is read again.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::sync::{Arc, Mutex, OnceLock};

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SharedText(Arc<str>);

fn table() -> &'static Mutex<HashSet<Arc<str>>> {
    static TABLE: OnceLock<Mutex<HashSet<Arc<str>>>> = OnceLock::new();
    TABLE.get_or_init(Default::default)
}

impl SharedText {
    /// `text`, pointing at the copy in the process-wide table (added to it
    /// when new).
    pub fn shared(text: &str) -> SharedText {
        // The table holds plain data: a panic elsewhere while it was locked
        // leaves it usable.
        let mut table = table().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(known) = table.get(text) {
            return SharedText(Arc::clone(known));
        }
        let new: Arc<str> = Arc::from(text);
        table.insert(Arc::clone(&new));
        SharedText(new)
    }

    /// `text` in a copy of its own, not added to the table (a text being
    /// typed).
    pub fn unshared(text: String) -> SharedText {
        SharedText(Arc::from(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Do `a` and `b` use the same copy (for tests of the sharing itself).
    pub fn same_copy(a: &SharedText, b: &SharedText) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }
}

impl Default for SharedText {
    fn default() -> Self {
        SharedText::shared("")
    }
}

impl Deref for SharedText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for SharedText {
    fn from(text: &str) -> Self {
        SharedText::shared(text)
    }
}

impl From<String> for SharedText {
    fn from(text: String) -> Self {
        SharedText::shared(&text)
    }
}

impl From<&SharedText> for String {
    fn from(text: &SharedText) -> Self {
        text.0.to_string()
    }
}

impl From<SharedText> for String {
    fn from(text: SharedText) -> Self {
        text.0.to_string()
    }
}

impl PartialEq<str> for SharedText {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for SharedText {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl fmt::Display for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl Serialize for SharedText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SharedText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = SharedText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<SharedText, E> {
                Ok(SharedText::shared(v))
            }
        }
        d.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_read_or_made_share_one_copy_and_typed_ones_do_not_enter_the_table() {
        let a: SharedText = ron::from_str("\"Trung cấp\"").unwrap();
        let b: SharedText = ron::from_str("\"Trung cấp\"").unwrap();
        assert!(SharedText::same_copy(&a, &b));
        assert_eq!(a, "Trung cấp");
        // Escapes are read as the text they stand for.
        let c: SharedText = ron::from_str("\"Trung c\\u{1ea5}p\"").unwrap();
        assert!(SharedText::same_copy(&a, &c));

        let made: SharedText = String::from("Trung cấp").into();
        assert!(SharedText::same_copy(&made, &a));

        let typed = SharedText::unshared("Trung cấp".into());
        assert_eq!(typed, a);
        assert!(!SharedText::same_copy(&typed, &a));
        let typed_new = SharedText::unshared("Cao cấp (đang học)".into());
        let again = SharedText::shared("Cao cấp (đang học)");
        assert!(!SharedText::same_copy(&typed_new, &again));
        assert_eq!(ron::to_string(&a).unwrap(), "\"Trung cấp\"");
    }
}
