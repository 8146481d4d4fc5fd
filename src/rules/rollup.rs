//! The ward's roll-up: the figures a ward's summary report states, computed
//! from the branches' election results (`Branch.results`).
//!
//! Definitions, for each person in a held congress's `results.elected` (a
//! person listed twice counts once, in the highest role):
//! - **committee members**: everyone elected, secretaries and deputies
//!   included (a secretary-only branch contributes its secretary and deputy);
//! - **re-elected** (tái cử): was on the outgoing committee
//!   (`Member.outgoing_role` is not `None`); per role, the secretaries
//!   re-elected are the elected secretaries whose outgoing role was also
//!   secretary (the same for deputies);
//! - **new** (mới): not on the outgoing committee but has served on a party
//!   committee before (`served_on_committee_before`);
//! - **first-time** (tham gia lần đầu): neither; re-elected + new + first-time
//!   is every elected person;
//! - **women**, **young** (under `ward.rules.young_age` at the congress date),
//!   **average age** (completed years at the congress date, or at the date the
//!   results were reported when the congress date is missing).
//!
//! Percentages are of the committee members elected, except the per-role
//! re-election shares (of the secretaries / deputies elected), the
//! secretaries who are village heads (of the secretaries), the branches
//! electing only a secretary and deputy (of the congresses held) and the
//! congresses held (of all branches).
//!
//! Numbers are written by the ward's one rule (`ward.percent`, see
//! [`PercentRule`]): rounded half up to one decimal by default (7/9 →
//! "77,8%"); the Hoài Tân report cuts to three significant digits — 31/41 →
//! "75,6%", 2/41 → "4,87%", 10/41 → "24,3%", 12/15 → "80%", an average age
//! of 50,536 → "50,5" — which `PercentRule::CUT_THREE_SIGNIFICANT` reproduces.

use crate::model::{Branch, CommitteeRole, Date, Gender, Member, MemberId, PercentRule, Ward};
use crate::strings::ward as msg;

/// A count and what it is a share of.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Share {
    pub count: u32,
    pub of: u32,
}

impl Share {
    /// "75,6%" by the ward's rule; "0%" when the whole is zero.
    pub fn percent(&self, rule: PercentRule) -> String {
        rule.percent(u64::from(self.count), u64::from(self.of))
    }
}

/// The branches whose congress was held on one date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldOn {
    /// `None` for held congresses with no date entered.
    pub date: Option<Date>,
    /// Branch names, in the order of the branches given.
    pub branches: Vec<String>,
}

/// An `elected` entry that names no member of its branch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownElected {
    pub branch_id: String,
    pub branch_name: String,
    pub member: MemberId,
}

/// The ward's figures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rollup {
    /// All branches of the ward.
    pub branches: u32,
    /// Congresses held, of all branches.
    pub held: Share,
    /// Held congresses grouped by date, earliest first, undated last.
    pub held_on: Vec<HeldOn>,
    /// Branches whose congress is not held yet, by name.
    pub not_held: Vec<String>,
    pub committee_members: u32,
    pub secretaries: u32,
    pub deputies: u32,
    pub reelected: Share,
    pub reelected_secretaries: Share,
    pub reelected_deputies: Share,
    pub new_members: Share,
    pub first_time: Share,
    pub women: Share,
    pub young: Share,
    /// The age limit of `young` (from `ward.rules.young_age`).
    pub young_age: u32,
    /// Sum of the known ages and how many are known.
    pub age_sum: u64,
    pub ages_known: u32,
    /// Branches whose elected are only a secretary and maybe a deputy, of the
    /// congresses held.
    pub secretary_only: Share,
    /// The people those branches elected (secretary and deputy), counted
    /// among `committee_members`.
    pub secretary_only_people: u32,
    /// Secretaries who are also the village / street-group head, of the
    /// secretaries elected.
    pub secretary_village_heads: Share,
    /// Secretaries to be appointed by the ward (not elected after the rounds).
    pub secretaries_to_appoint: u32,
    /// Entries of `results.elected` naming no member; left out of the figures.
    pub unknown: Vec<UnknownElected>,
    /// How its percentages and average are written (`ward.percent`).
    pub rule: PercentRule,
}

impl Rollup {
    /// "50,5"; `None` when no age is known.
    pub fn average_age(&self) -> Option<String> {
        (self.ages_known > 0).then(|| self.rule.figure(self.age_sum, u64::from(self.ages_known)))
    }

    /// A share of the roll-up written by its rule.
    pub fn pct(&self, s: Share) -> String {
        s.percent(self.rule)
    }
}

/// The roll-up in words (`strings::ward`).
impl Rollup {
    /// "Các chi bộ đã bầu 41 đồng chí chi ủy viên (…); trong đó …".
    pub fn elected_sentence(&self) -> String {
        msg::elected_sentence(
            self.committee_members,
            self.secretary_only_people,
            self.secretary_only.count,
            self.secretaries,
            self.deputies,
        )
    }

    /// "Trong 41 đồng chí được bầu: tái cử 31 đồng chí (75,6%); …".
    pub fn composition(&self) -> String {
        let part = |s: Share| (s.count, self.pct(s));
        let (reelected, new_members, first_time) = (
            part(self.reelected),
            part(self.new_members),
            part(self.first_time),
        );
        msg::composition(
            self.committee_members,
            (reelected.0, &reelected.1),
            (new_members.0, &new_members.1),
            (first_time.0, &first_time.1),
        )
    }

    /// "Bí thư tái cử 12/15 đồng chí (80%); phó bí thư tái cử …".
    pub fn officers_reelected(&self) -> String {
        let (s, d) = (self.reelected_secretaries, self.reelected_deputies);
        msg::officers_reelected((s.count, s.of, &self.pct(s)), (d.count, d.of, &self.pct(d)))
    }

    /// The roll-up as the sentences of a summary report, one figure group each.
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![msg::rollup_held(
            self.held.count,
            self.branches,
            &self.pct(self.held),
        )];
        for h in &self.held_on {
            out.push(msg::rollup_held_on(h.date, &h.branches));
        }
        out.push(self.elected_sentence());
        for line in [self.composition(), self.officers_reelected()] {
            if !line.is_empty() {
                out.push(line);
            }
        }
        out.push(msg::rollup_women_young(
            self.women.count,
            &self.pct(self.women),
            self.young_age,
            self.young.count,
            &self.pct(self.young),
        ));
        if let Some(avg) = self.average_age() {
            out.push(msg::rollup_average_age(&avg));
        }
        out.push(msg::rollup_secretary_only(
            self.secretary_only.count,
            &self.pct(self.secretary_only),
        ));
        out.push(msg::rollup_secretary_village_heads(
            self.secretary_village_heads.count,
            &self.pct(self.secretary_village_heads),
        ));
        if self.secretaries_to_appoint > 0 {
            out.push(msg::rollup_to_appoint(self.secretaries_to_appoint));
        }
        if !self.not_held.is_empty() {
            out.push(msg::rollup_not_held(&self.not_held));
        }
        for u in &self.unknown {
            out.push(msg::unknown_elected(&u.branch_name, u.member));
        }
        out
    }
}

/// Compute the roll-up over the ward's branches.
pub fn rollup(ward: &Ward, branches: &[Branch]) -> Rollup {
    let young_age = ward.rules.young_age;
    let mut r = Rollup {
        branches: count(branches.len()),
        young_age,
        rule: ward.percent,
        ..Rollup::default()
    };
    let mut held = 0;
    let mut secretary_only = 0;
    let mut tally = Tally::default();
    for b in branches {
        if !b.results.held {
            r.not_held.push(b.name.clone());
            continue;
        }
        held += 1;
        add_held_on(&mut r.held_on, b);
        if b.results.secretary_to_be_appointed {
            r.secretaries_to_appoint += 1;
        }
        let at = b.congress.date.or(b.results.reported_on);
        let elected = elected_of(b);
        if !elected.is_empty()
            && elected
                .iter()
                .all(|(_, role)| *role != CommitteeRole::Member)
        {
            secretary_only += 1;
            r.secretary_only_people += count(elected.len());
        }
        for (id, role) in elected {
            match b.member(id) {
                Some(m) => tally.add(m, role, at, young_age),
                None => r.unknown.push(UnknownElected {
                    branch_id: b.id.clone(),
                    branch_name: b.name.clone(),
                    member: id,
                }),
            }
        }
    }
    r.held_on.sort_by_key(|h| (h.date.is_none(), h.date));
    r.held = Share {
        count: held,
        of: r.branches,
    };
    r.secretary_only = Share {
        count: secretary_only,
        of: held,
    };
    let all = tally.committee;
    r.committee_members = all;
    r.secretaries = tally.secretaries;
    r.deputies = tally.deputies;
    let of_all = |count| Share { count, of: all };
    r.reelected = of_all(tally.reelected);
    r.new_members = of_all(tally.new_members);
    r.first_time = of_all(tally.first_time);
    r.women = of_all(tally.women);
    r.young = of_all(tally.young);
    r.reelected_secretaries = Share {
        count: tally.reelected_secretaries,
        of: tally.secretaries,
    };
    r.reelected_deputies = Share {
        count: tally.reelected_deputies,
        of: tally.deputies,
    };
    r.secretary_village_heads = Share {
        count: tally.secretary_village_heads,
        of: tally.secretaries,
    };
    r.age_sum = tally.age_sum;
    r.ages_known = tally.ages_known;
    r
}

#[derive(Default)]
struct Tally {
    committee: u32,
    secretaries: u32,
    deputies: u32,
    reelected: u32,
    reelected_secretaries: u32,
    reelected_deputies: u32,
    new_members: u32,
    first_time: u32,
    women: u32,
    young: u32,
    secretary_village_heads: u32,
    age_sum: u64,
    ages_known: u32,
}

impl Tally {
    fn add(&mut self, m: &Member, role: CommitteeRole, at: Option<Date>, young_age: u32) {
        self.committee += 1;
        let was_on = m.outgoing_role.on_committee();
        match role {
            CommitteeRole::Secretary => {
                self.secretaries += 1;
                if m.outgoing_role == CommitteeRole::Secretary {
                    self.reelected_secretaries += 1;
                }
                if m.village_head {
                    self.secretary_village_heads += 1;
                }
            }
            CommitteeRole::Deputy => {
                self.deputies += 1;
                if m.outgoing_role == CommitteeRole::Deputy {
                    self.reelected_deputies += 1;
                }
            }
            CommitteeRole::Member | CommitteeRole::None => {}
        }
        if was_on {
            self.reelected += 1;
        } else if m.served_on_committee_before {
            self.new_members += 1;
        } else {
            self.first_time += 1;
        }
        if m.gender == Gender::Female {
            self.women += 1;
        }
        if let (Some(birth), Some(at)) = (m.birth, at) {
            let age = birth.age_on(at).max(0);
            let age = u32::try_from(age).unwrap_or(0);
            self.age_sum += u64::from(age);
            self.ages_known += 1;
            if age < young_age {
                self.young += 1;
            }
        }
    }
}

/// The elected of a branch, one entry per person in their highest role
/// (`None` roles are ignored), in the order first listed.
fn elected_of(b: &Branch) -> Vec<(MemberId, CommitteeRole)> {
    let mut out: Vec<(MemberId, CommitteeRole)> = Vec::new();
    for e in &b.results.elected {
        if e.role == CommitteeRole::None {
            continue;
        }
        match out.iter_mut().find(|(id, _)| *id == e.member) {
            Some(entry) => entry.1 = entry.1.max(e.role),
            None => out.push((e.member, e.role)),
        }
    }
    out
}

fn add_held_on(groups: &mut Vec<HeldOn>, b: &Branch) {
    let date = b.congress.date;
    match groups.iter_mut().find(|g| g.date == date) {
        Some(g) => g.branches.push(b.name.clone()),
        None => groups.push(HeldOn {
            date,
            branches: vec![b.name.clone()],
        }),
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_percent() {
        let rule = PercentRule::default();
        assert_eq!(Share { count: 12, of: 15 }.percent(rule), "80%");
        assert_eq!(Share { count: 7, of: 9 }.percent(rule), "77,8%");
        assert_eq!(Share { count: 0, of: 0 }.percent(rule), "0%");
    }
}
