//! Migrations from older file versions.
//!
//! Version 0 was the format of the pilot (before the public release): the
//! term was one text "2020 - 2022", the ward's place name was `place_name`,
//! and members had no stable ids.

use crate::model::{
    Branch, BranchKind, Checklist, Congress, Date, Drafts, ElectionResults, Member, Ward,
};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WardV0 {
    pub name: String,
    pub superior_name: String,
    pub committee_name: String,
    pub place_name: String,
}

pub fn ward_v0(old: WardV0) -> Ward {
    Ward {
        name: old.name,
        superior_name: old.superior_name,
        committee_name: old.committee_name,
        place: old.place_name,
        ..Ward::default()
    }
}

#[derive(Deserialize)]
#[serde(default)]
pub struct BranchV0 {
    pub id: String,
    pub name: String,
    pub kind: BranchKind,
    pub members: Vec<Member>,
    pub congress: CongressV0,
    pub drafts: Drafts,
    pub checklist: Checklist,
    pub results: ElectionResults,
}

impl Default for BranchV0 {
    fn default() -> Self {
        let b = Branch::default();
        BranchV0 {
            id: b.id,
            name: b.name,
            kind: b.kind,
            members: b.members,
            congress: CongressV0::default(),
            drafts: b.drafts,
            checklist: b.checklist,
            results: b.results,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CongressV0 {
    pub number: u32,
    /// "2020 - 2022" or "2020-2022".
    pub term: String,
    #[serde(with = "crate::model::iso_date::option")]
    pub date: Option<Date>,
    pub time: String,
    pub place: String,
}

/// Split "2020 - 2022" into its years; falls back to the default term.
fn split_term(term: &str) -> (i32, i32) {
    let years: Vec<i32> = term
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|p| p.parse().ok())
        .collect();
    let d = Congress::default();
    match years.as_slice() {
        [a, b] if a < b => (*a, *b),
        _ => (d.term_start, d.term_end),
    }
}

pub fn branch_v0(old: BranchV0) -> Branch {
    let (term_start, term_end) = split_term(&old.congress.term);
    let mut b = Branch {
        id: old.id,
        name: old.name,
        kind: old.kind,
        members: Vec::new(),
        congress: Congress {
            number: old.congress.number.max(1),
            term_start,
            term_end,
            date: old.congress.date,
            time: old.congress.time,
            place: old.congress.place,
            guests: String::new(),
        },
        drafts: old.drafts,
        checklist: old.checklist,
        results: old.results,
        ..Branch::default()
    };
    // v0 members had no ids (all 0): number them in list order.
    for m in old.members {
        b.add_member(m);
    }
    b
}
