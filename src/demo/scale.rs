//! Many branches for measuring at district and province scale
//! (`daihoi demo DIR --branches N`).
//!
//! The first sixteen are the demo ward's own. After them the demo's branches
//! come round again, each round as the branches of another (fictitious)
//! ward: a new place name for the ward, new local names for villages, street
//! groups and schools, new ids, and members drawn from the new id's seed, so
//! no two branches share a name, an id or a member list. The same `n` always
//! gives the same branches.

use super::specs::SPECS;
use crate::model::Branch;
use crate::vi::slug;
use std::collections::HashSet;

/// Who a branch is: its id, its name and where its congress meets.
pub struct Ident {
    pub id: String,
    pub name: String,
    pub place: String,
}

/// First syllables of the made-up place names.
const FIRST: &[&str] = &[
    "An",
    "Bình",
    "Cẩm",
    "Diên",
    "Đại",
    "Đông",
    "Gia",
    "Hòa",
    "Hưng",
    "Hương",
    "Khánh",
    "Kim",
    "Long",
    "Minh",
    "Mỹ",
    "Nam",
    "Nghĩa",
    "Ngọc",
    "Nhân",
    "Phú",
    "Phúc",
    "Phước",
    "Quang",
    "Quế",
    "Quỳnh",
    "Sơn",
    "Tân",
    "Thạch",
    "Thanh",
    "Thái",
    "Thịnh",
    "Thuận",
    "Tiên",
    "Trung",
    "Trường",
    "Tường",
    "Văn",
    "Việt",
    "Vĩnh",
    "Xuân",
    "Yên",
    "Hải",
    "Hồng",
    "Lộc",
    "Mai",
    "Bảo",
    "Cát",
    "Đức",
];

/// Second syllables.
const SECOND: &[&str] = &[
    "Bắc",
    "Bình",
    "Châu",
    "Chánh",
    "Điền",
    "Định",
    "Đông",
    "Giang",
    "Hà",
    "Hạ",
    "Hiệp",
    "Hòa",
    "Hội",
    "Khê",
    "Lạc",
    "Lâm",
    "Lập",
    "Lợi",
    "Lương",
    "Mỹ",
    "Nam",
    "Ninh",
    "Phong",
    "Phú",
    "Phước",
    "Quý",
    "Sơn",
    "Tài",
    "Tây",
    "Thành",
    "Thạnh",
    "Thọ",
    "Thới",
    "Thượng",
    "Thủy",
    "Tiến",
    "Trà",
    "Trạch",
    "Trung",
    "Tú",
    "Vân",
    "Vinh",
    "Xá",
    "Yên",
    "Lộc",
    "Hưng",
    "Thắng",
    "Cường",
];

/// The demo ward's own place name, replaced in every later round.
const WARD_PLACE: &str = "Lạc An";

/// Place name number `k`: a two-syllable name, all different for
/// k < FIRST × SECOND, a number added after that.
fn place_name(k: usize) -> String {
    let combos = FIRST.len() * SECOND.len();
    // A fixed stride coprime to `combos` scatters neighbours over the lists.
    let p = (k % combos) * 1009 % combos;
    let (a, b) = (FIRST[p / SECOND.len()], SECOND[p % SECOND.len()]);
    let name = if a == b {
        format!("{a} {}", SECOND[(p + 1) % SECOND.len()])
    } else {
        format!("{a} {b}")
    };
    match k / combos {
        0 => name,
        n => format!("{name} {}", n + 1),
    }
}

/// The identity of spec `s` in round `round` (round 0: the demo's own).
fn ident(round: usize, s: usize) -> Ident {
    let spec = &SPECS[s];
    if round == 0 {
        return Ident {
            id: spec.id.into(),
            name: spec.name.into(),
            place: spec.place.into(),
        };
    }
    // The ward of this round; the ward's own place names come from the even
    // numbers, the local names of its villages and schools from the odd.
    let ward_place = place_name(2 * round);
    let local = place_name(2 * (round * SPECS.len() + s) + 1);
    let (name, place) = if spec.name.contains(WARD_PLACE) {
        (
            spec.name.replace(WARD_PLACE, &ward_place),
            spec.place.replace(WARD_PLACE, &ward_place),
        )
    } else if spec.name.ends_with("phường") {
        let with_ward = |s: &str| {
            if s.ends_with("phường") {
                format!("{s} {ward_place}")
            } else {
                s.to_string()
            }
        };
        (with_ward(spec.name), with_ward(spec.place))
    } else {
        // "Chi bộ thôn Đông Xuân", "Chi bộ Trường Mầm non Hoa Sen": the last
        // two words are the local name.
        let words: Vec<&str> = spec.name.split(' ').collect();
        let old = words[words.len().saturating_sub(2)..].join(" ");
        (
            spec.name.replace(&old, &local),
            spec.place.replace(&old, &local),
        )
    };
    Ident {
        id: slug(&name),
        name,
        place,
    }
}

/// `n` believable branches, the same every time: the demo ward's sixteen
/// first, then round after round of branches like them in other wards.
/// Made one at a time, so writing a province's worth never holds it all.
pub fn demo_branches(n: usize) -> impl Iterator<Item = Branch> {
    let ward = super::ward();
    let mut ids: HashSet<String> = HashSet::new();
    (0..n).map(move |i| {
        let (round, s) = (i / SPECS.len(), i % SPECS.len());
        let mut who = ident(round, s);
        if !ids.insert(who.id.clone()) {
            // A local name that happens to repeat another: a number sets it apart.
            let base = who.id.clone();
            let mut k = 2;
            while !ids.insert(format!("{base}-{k}")) {
                k += 1;
            }
            who.id = format!("{base}-{k}");
        }
        super::branch_as(&ward, &SPECS[s], i as u32, who)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_sixteen_are_the_demo_ward() {
        let (_, demo) = super::super::demo_ward();
        let made: Vec<Branch> = demo_branches(demo.len()).collect();
        assert_eq!(made, demo);
    }

    #[test]
    fn many_branches_have_distinct_ids_names_and_members() {
        let made: Vec<Branch> = demo_branches(400).collect();
        assert_eq!(made.len(), 400);
        let ids: HashSet<&str> = made.iter().map(|b| b.id.as_str()).collect();
        let names: HashSet<&str> = made.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(ids.len(), 400);
        assert_eq!(names.len(), 400);
        for b in &made {
            assert!(crate::store::is_valid_id(&b.id), "{}", b.id);
        }
        // Round 1's copy of the first village has other people than round 0's.
        let (a, b) = (&made[0], &made[16]);
        assert_eq!(a.kind, b.kind);
        assert_eq!(a.members.len(), b.members.len());
        assert_ne!(a.members[0].full_name, b.members[0].full_name);
        assert_ne!(a.name, b.name);
        assert!(!made[20].name.contains(WARD_PLACE));
    }

    #[test]
    fn same_count_same_branches() {
        let a: Vec<Branch> = demo_branches(40).collect();
        let b: Vec<Branch> = demo_branches(40).collect();
        assert_eq!(a, b);
    }
}
