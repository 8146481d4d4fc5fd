//! The personnel plan of a demo branch: who the outgoing committee puts
//! forward for the new term.

use super::people::{Roster, age};
use super::profiles;
use super::specs::Spec;
use super::texts;
use crate::model::{Branch, Gender, Member, PersonnelPlan, Ward};
use crate::rules::structure;

/// The proposed candidates, by index into the member list.
#[derive(Debug, Default, Clone)]
pub struct Slate {
    /// Committee candidates in list order: secretary, deputy, the other
    /// re-nominated members, then newcomers (empty for secretary-only).
    pub committee: Vec<usize>,
    pub secretary: Option<usize>,
    pub deputy: Option<usize>,
}

pub fn slate(spec: &Spec, people: &[Member], roster: &Roster) -> Slate {
    let mut newcomers = roster.newcomers.clone();
    let mut take_newcomer = |want: &dyn Fn(&Member) -> bool| -> Option<usize> {
        let pos = newcomers.iter().position(|&i| want(&people[i]))?;
        Some(newcomers.remove(pos))
    };
    let prime = |m: &Member| (30..=52).contains(&age(m));
    if spec.new_committee == 0 {
        let secretary = roster.secretary;
        let deputy = if !spec.elect_deputy {
            None
        } else if spec.not_renominated > 0 || roster.deputy.is_none() {
            // Where most members are women, so is the new deputy.
            let women = profiles::data(spec.profile).women_pct > 50;
            take_newcomer(&|m| prime(m) && (!women || m.gender == Gender::Female))
                .or_else(|| take_newcomer(&prime))
                .or_else(|| take_newcomer(&|_| true))
        } else {
            roster.deputy
        };
        return Slate {
            committee: Vec::new(),
            secretary,
            deputy,
        };
    }
    let mut others = roster.committee.clone();
    let drop = spec.not_renominated.min(others.len());
    others.truncate(others.len() - drop);
    let mut list: Vec<usize> = roster
        .secretary
        .iter()
        .chain(roster.deputy.iter())
        .copied()
        .chain(others)
        .collect();
    let wanted = (spec.new_committee + spec.surplus) as usize;
    list.truncate(wanted);
    // Newcomers: a woman if the list has none, someone under 40, then others.
    if list.len() < wanted && !list.iter().any(|&i| people[i].gender == Gender::Female) {
        if let Some(i) = take_newcomer(&|m| m.gender == Gender::Female && prime(m)) {
            list.push(i);
        }
    }
    if list.len() < wanted && !list.iter().any(|&i| age(&people[i]) < 40) {
        if let Some(i) = take_newcomer(&|m| age(m) < 40) {
            list.push(i);
        }
    }
    let balance = profiles::data(spec.profile).women_pct < 50;
    while list.len() < wanted {
        let women = list
            .iter()
            .filter(|&&i| people[i].gender == Gender::Female)
            .count();
        let next = if balance && women * 3 >= wanted {
            take_newcomer(&|m| prime(m) && m.gender == Gender::Male)
        } else {
            None
        };
        match next
            .or_else(|| take_newcomer(&prime))
            .or_else(|| take_newcomer(&|_| true))
        {
            Some(i) => list.push(i),
            None => break,
        }
    }
    Slate {
        secretary: list.first().copied(),
        deputy: list.get(1).copied(),
        committee: list,
    }
}

/// The personnel plan with member ids, as the branch would enter it; its
/// structure in words follows from the candidates.
pub fn set_plan(ward: &Ward, b: &mut Branch, spec: &Spec, slate: &Slate, approval_ref: &str) {
    let id = |i: usize| b.members.get(i).map(|m| m.id).unwrap_or_default();
    b.drafts.personnel = PersonnelPlan {
        committee_size: spec.new_committee,
        structure: String::new(),
        committee_candidates: slate.committee.iter().map(|&i| id(i)).collect(),
        secretary_candidate: slate.secretary.map(id),
        deputy_candidate: slate.deputy.map(id),
        elect_deputy: spec.elect_deputy,
        approval_ref: approval_ref.to_string(),
    };
    b.drafts.personnel.structure = texts::structure(
        profiles::data(spec.profile).head_post,
        &structure::proposed(ward, b),
    );
}
