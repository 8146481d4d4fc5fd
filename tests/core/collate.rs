//! Vietnamese name order. Rule (DOMAIN.md "Vietnamese text" and "Ballots"):
//! names sort by given name, then middle name, then family name, with
//! Vietnamese collation — letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r
//! s t u ư v x y, tones after base letters (ICU locale vi, whose tone order is
//! the dictionary one: ngang, huyền, hỏi, ngã, sắc, nặng).

use daihoi::model::{Member, NameOrder};
use daihoi::rules::collate::{
    compare_names, compare_text, members_sorted, sort_by_name, sort_members,
};
use std::cmp::Ordering;
use unicode_normalization::UnicodeNormalization;

/// The expected order of the issue's names, worked out by hand:
/// base letters first (a < ă < â, d < đ, o < ơ, u < ư), then tones
/// (Anh ngang < Ảnh hỏi < Ánh sắc).
const EXPECTED: [&str; 12] = [
    "Anh", "Ảnh", "Ánh", "Ăn", "Ân", "Bình", "Dũng", "Đức", "Ơn", "Uyên", "Ưng", "Yến",
];

fn sorted(mut v: Vec<&str>, order: NameOrder) -> Vec<&str> {
    sort_by_name(&mut v, order, |s| s);
    v
}

#[test]
fn issue_names_in_vietnamese_order_from_any_starting_order() {
    let given = vec![
        "Anh", "Ánh", "Ảnh", "Ân", "Ăn", "Bình", "Dũng", "Đức", "Ơn", "Uyên", "Ưng", "Yến",
    ];
    assert_eq!(sorted(given.clone(), NameOrder::GivenNameFirst), EXPECTED);
    let mut reversed = given.clone();
    reversed.reverse();
    assert_eq!(sorted(reversed, NameOrder::GivenNameFirst), EXPECTED);
    for k in 1..given.len() {
        let mut rotated = given.clone();
        rotated.rotate_left(k);
        assert_eq!(
            sorted(rotated, NameOrder::FullName),
            EXPECTED,
            "rotation {k}"
        );
    }
}

#[test]
fn letters_with_marks_are_separate_letters_not_accents() {
    // Primary differences: "Ăn" comes after every "A…" word, even "Ạnh".
    assert_eq!(compare_text("Ạnh", "Ăn"), Ordering::Less);
    assert_eq!(compare_text("Ăn", "Âm"), Ordering::Less);
    assert_eq!(compare_text("Dương", "Đan"), Ordering::Less);
    assert_eq!(compare_text("Oanh", "Ôn"), Ordering::Less);
    assert_eq!(compare_text("Ôn", "Ơn"), Ordering::Less);
    assert_eq!(compare_text("Uy", "Ưa"), Ordering::Less);
    // In plain code-point order "Đ" (U+0110) would sort after "Y".
    assert_eq!(compare_text("Đức", "Yến"), Ordering::Less);
}

#[test]
fn tones_only_break_ties_between_same_letters() {
    let mut tones = vec!["Ạnh", "Ánh", "Ãnh", "Ảnh", "Ànhh", "Anh"];
    sort_by_name(&mut tones, NameOrder::FullName, |s| s);
    assert_eq!(tones, ["Anh", "Ảnh", "Ãnh", "Ánh", "Ạnh", "Ànhh"]);
}

#[test]
fn decomposed_input_sorts_like_composed() {
    let nfd: Vec<String> = EXPECTED.iter().rev().map(|s| s.nfd().collect()).collect();
    let mut refs: Vec<&str> = nfd.iter().map(String::as_str).collect();
    sort_by_name(&mut refs, NameOrder::GivenNameFirst, |s| s);
    let back: Vec<String> = refs.iter().map(|s| s.nfc().collect()).collect();
    assert_eq!(back, EXPECTED);
}

#[test]
fn given_name_then_middle_then_family() {
    let names = vec![
        "Trần Văn Bình",
        "Nguyễn Thị Anh",
        "Lê Văn Anh",
        "Phạm Đức",
        "Nguyễn Văn Anh",
        "Hoàng Ánh",
        "Võ Thị Ảnh",
    ];
    assert_eq!(
        sorted(names.clone(), NameOrder::GivenNameFirst),
        [
            "Nguyễn Thị Anh", // Anh, middle Thị
            "Lê Văn Anh",     // Anh, middle Văn, family Lê
            "Nguyễn Văn Anh", // Anh, middle Văn, family Nguyễn
            "Võ Thị Ảnh",
            "Hoàng Ánh",
            "Trần Văn Bình",
            "Phạm Đức",
        ]
    );
    // The configurable alternative: the full name as written.
    assert_eq!(
        sorted(names, NameOrder::FullName),
        [
            "Hoàng Ánh",
            "Lê Văn Anh",
            "Nguyễn Thị Anh",
            "Nguyễn Văn Anh",
            "Phạm Đức",
            "Trần Văn Bình",
            "Võ Thị Ảnh",
        ]
    );
    assert_eq!(
        compare_names("Lê  Văn Anh ", "Lê Văn Anh", NameOrder::GivenNameFirst),
        Ordering::Less,
        "names equal under collation still get a fixed order"
    );
}

#[test]
fn members_sorted_by_id_list() {
    let members: Vec<Member> = ["Phạm Văn Đức", "Nguyễn Văn Dũng", "Lê Thị Ơn", "Trần Anh"]
        .iter()
        .zip(1..)
        .map(|(n, id)| Member {
            id,
            full_name: (*n).into(),
            ..Member::default()
        })
        .collect();
    let names = |v: Vec<&Member>| v.iter().map(|m| m.full_name.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(members_sorted(
            &members,
            &[1, 2, 3, 4, 99],
            NameOrder::GivenNameFirst
        )),
        ["Trần Anh", "Nguyễn Văn Dũng", "Phạm Văn Đức", "Lê Thị Ơn"]
    );
    let mut all: Vec<&Member> = members.iter().collect();
    sort_members(&mut all, NameOrder::FullName);
    assert_eq!(
        names(all),
        ["Lê Thị Ơn", "Nguyễn Văn Dũng", "Phạm Văn Đức", "Trần Anh"]
    );
}
