//! Who is counted: whether the branch elects a committee, and the
//! denominator of the election threshold.

use crate::model::{Attendance, Branch, Member, RuleSettings, Standing};

/// Full members of the branch, exempted members included (DOMAIN.md
/// "Election rules": exempted members count toward the 9).
pub fn full_members(branch: &Branch) -> u32 {
    branch.members.iter().filter(|m| m.is_full()).count() as u32
}

/// A branch with at least `committee_min_full_members` full members elects a
/// committee; a smaller one elects only a secretary (and maybe a deputy).
pub fn elects_committee(rules: &RuleSettings, branch: &Branch) -> bool {
    full_members(branch) >= rules.committee_min_full_members
}

/// The committee size to fill in for a branch that must elect a committee
/// and has not said how many yet (no size, no nominees): the outgoing
/// committee's size when it is a usual one (3 up to the ward's maximum),
/// else 3, the smallest usual committee. `None` when nothing is to be filled.
pub fn default_committee_size(rules: &RuleSettings, branch: &Branch) -> Option<u32> {
    let p = &branch.drafts.personnel;
    if !elects_committee(rules, branch)
        || p.committee_size > 0
        || !p.committee_candidates.is_empty()
    {
        return None;
    }
    let outgoing = branch
        .members
        .iter()
        .filter(|m| m.outgoing_role != crate::model::CommitteeRole::None)
        .count() as u32;
    let max = rules.committee_max_size;
    Some(if (3..=max).contains(&outgoing) {
        outgoing
    } else {
        3.min(max)
    })
}

/// Why a full member is left out of the threshold's denominator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LeftOut {
    /// Chuyển sinh hoạt tạm thời.
    TemporaryTransfer,
    /// Đình chỉ sinh hoạt.
    Suspended,
    /// Bị tạm giam.
    Detained,
    /// Miễn sinh hoạt and not present.
    ExemptedAbsent,
    /// Absent with a reason the branch accepted.
    AbsentExcused,
}

/// Whether, and why, a member is left out of the summoned full members.
/// Probationary members never vote and are not counted at all (`None` here
/// only speaks of full members).
pub fn left_out(m: &Member) -> Option<LeftOut> {
    match m.standing {
        Standing::TemporaryTransfer => return Some(LeftOut::TemporaryTransfer),
        Standing::Suspended => return Some(LeftOut::Suspended),
        Standing::Detained => return Some(LeftOut::Detained),
        Standing::Active => {}
    }
    if m.exempted && !m.is_present() {
        return Some(LeftOut::ExemptedAbsent);
    }
    if let Attendance::Absent { accepted: true, .. } = m.attendance {
        return Some(LeftOut::AbsentExcused);
    }
    None
}

/// The threshold's denominator and how it was reached.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summoned {
    /// All full members of the branch.
    pub full_members: u32,
    pub temporary_transfer: u32,
    pub suspended: u32,
    pub detained: u32,
    pub exempted_absent: u32,
    pub absent_excused: u32,
    /// Full members summoned: the denominator of every percentage.
    pub summoned: u32,
    /// Summoned full members recorded as present (those who may vote).
    pub present: u32,
}

impl Summoned {
    /// Votes needed to be elected: more than half of the summoned.
    pub fn votes_needed(&self) -> u32 {
        votes_needed(self.summoned)
    }
}

/// Count the summoned full members of a branch (DOMAIN.md "Threshold").
pub fn summoned(branch: &Branch) -> Summoned {
    let mut s = Summoned::default();
    for m in branch.members.iter().filter(|m| m.is_full()) {
        s.full_members += 1;
        match left_out(m) {
            Some(LeftOut::TemporaryTransfer) => s.temporary_transfer += 1,
            Some(LeftOut::Suspended) => s.suspended += 1,
            Some(LeftOut::Detained) => s.detained += 1,
            Some(LeftOut::ExemptedAbsent) => s.exempted_absent += 1,
            Some(LeftOut::AbsentExcused) => s.absent_excused += 1,
            None => {
                s.summoned += 1;
                if m.is_present() {
                    s.present += 1;
                }
            }
        }
    }
    s
}

/// Smallest number of votes that is more than half of `summoned`.
pub fn votes_needed(summoned: u32) -> u32 {
    summoned / 2 + 1
}

/// Elected only with more than half of the summoned full members — not of
/// the ballots cast. With nobody summoned nobody can pass.
pub fn passes(votes: u32, summoned: u32) -> bool {
    summoned > 0 && u64::from(votes) * 2 > u64::from(summoned)
}

/// A floor or self nominee joins the list only if more than
/// `nominee_approval_pct` percent of those present agree.
pub fn nominee_admitted(rules: &RuleSettings, agree: u32, present: u32) -> bool {
    present > 0
        && u64::from(agree) * 100 > u64::from(rules.nominee_approval_pct) * u64::from(present)
}
