//! Vietnamese alphabetical order of names (the ICU collator in
//! [`crate::vi::collate`]).
//!
//! Lists of candidates, ballots and the danh sách trích ngang sort by the
//! given name (tên, the last word), then the middle name(s), then the family
//! name (`NameOrder::GivenNameFirst`), or by the full name as written
//! (`NameOrder::FullName`). Letters follow the Vietnamese alphabet
//! (a ă â b c d đ e ê … o ô ơ … u ư …) and tones come after base letters.

use crate::model::{Member, NameOrder};
pub use crate::vi::collate::{compare_text, name_parts};
use std::cmp::Ordering;

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
