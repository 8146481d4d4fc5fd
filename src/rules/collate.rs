//! Vietnamese alphabetical order of names (ICU collation, locale "vi").
//!
//! Lists of candidates, ballots and the danh sách trích ngang sort by the
//! given name (tên, the last word), then the middle name(s), then the family
//! name (`NameOrder::GivenNameFirst`), or by the full name as written
//! (`NameOrder::FullName`). Letters follow the Vietnamese alphabet
//! (a ă â b c d đ e ê … o ô ơ … u ư …) and tones come after base letters.

use crate::model::{Member, NameOrder};
use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use std::cmp::Ordering;
use std::sync::OnceLock;

/// The Vietnamese collator, built once from the baked ICU data.
fn collator() -> Option<&'static CollatorBorrowed<'static>> {
    static COLLATOR: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    COLLATOR
        .get_or_init(|| {
            Collator::try_new(icu_locale::locale!("vi").into(), CollatorOptions::default()).ok()
        })
        .as_ref()
}

/// Compare two strings in Vietnamese order. Should the ICU data ever be
/// missing, falls back to code-point order rather than failing.
pub fn compare_text(a: &str, b: &str) -> Ordering {
    match collator() {
        Some(c) => c.compare(a, b),
        None => a.cmp(b),
    }
}

/// The parts of a Vietnamese name: (family, middle, given).
/// "Nguyễn Thị Minh Khai" → ("Nguyễn", "Thị Minh", "Khai"); a single word is
/// the given name.
pub fn name_parts(full_name: &str) -> (&str, &str, &str) {
    let name = full_name.trim();
    let Some((rest, given)) = name.rsplit_once(char::is_whitespace) else {
        return ("", "", name);
    };
    let rest = rest.trim_end();
    match rest.split_once(char::is_whitespace) {
        Some((family, middle)) => (family, middle.trim_start(), given),
        None => (rest, "", given),
    }
}

/// Compare two full names in the configured order. Names equal under the
/// collator are ordered by their text, so sorting is deterministic.
pub fn compare_names(a: &str, b: &str, order: NameOrder) -> Ordering {
    let primary = match order {
        NameOrder::GivenNameFirst => {
            let (fa, ma, ga) = name_parts(a);
            let (fb, mb, gb) = name_parts(b);
            compare_text(ga, gb)
                .then_with(|| compare_text(ma, mb))
                .then_with(|| compare_text(fa, fb))
        }
        NameOrder::FullName => compare_text(a.trim(), b.trim()),
    };
    primary.then_with(|| a.cmp(b))
}

/// Sort anything that has a name, in place (stable).
pub fn sort_by_name<T>(items: &mut [T], order: NameOrder, name: impl Fn(&T) -> &str) {
    items.sort_by(|x, y| compare_names(name(x), name(y), order));
}

/// Sort members by name; members with the same name keep their id order.
pub fn sort_members(members: &mut [&Member], order: NameOrder) {
    members.sort_by(|x, y| compare_names(&x.full_name, &y.full_name, order).then(x.id.cmp(&y.id)));
}

/// The members with the given ids, in Vietnamese name order. Ids that are not
/// members of `all` are skipped.
pub fn members_sorted<'a>(
    all: &'a [Member],
    ids: &[crate::model::MemberId],
    order: NameOrder,
) -> Vec<&'a Member> {
    let mut out: Vec<&Member> = ids
        .iter()
        .filter_map(|id| all.iter().find(|m| m.id == *id))
        .collect();
    sort_members(&mut out, order);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_a_name() {
        assert_eq!(
            name_parts("Nguyễn Thị Minh Khai"),
            ("Nguyễn", "Thị Minh", "Khai")
        );
        assert_eq!(name_parts("  Lê   Lợi "), ("Lê", "", "Lợi"));
        assert_eq!(name_parts("Hùng"), ("", "", "Hùng"));
        assert_eq!(name_parts(""), ("", "", ""));
    }
}
