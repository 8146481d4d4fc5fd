//! The filed dossier (hồ sơ đại hội) and how far a branch's congress is:
//! prepared → held → results entered → ratified → dossier complete.

use crate::model::{Branch, CommitteeRole, DocKind, DocState, DossierItem, FiledState};
use crate::strings::papers as msg;

/// The branch had a committee in the outgoing term (so it presents a
/// self-criticism report and files it).
pub fn had_committee(b: &Branch) -> bool {
    b.members
        .iter()
        .any(|m| m.outgoing_role == CommitteeRole::Member)
        || b.counts().outgoing_committee >= 3
}

/// A dossier paper as the checklist names it.
pub fn item_label(i: DossierItem) -> &'static str {
    match i {
        DossierItem::RollCall => msg::DOSSIER_ROLL_CALL,
        DossierItem::Agenda => msg::DOSSIER_AGENDA,
        DossierItem::PoliticalReport => msg::DOSSIER_POLITICAL_REPORT,
        DossierItem::SelfCriticism => msg::DOSSIER_SELF_CRITICISM,
        DossierItem::Personnel => msg::DOSSIER_PERSONNEL,
        DossierItem::CountingMinutes => msg::DOSSIER_COUNTING_MINUTES,
        DossierItem::Ballots => msg::DOSSIER_BALLOTS,
        DossierItem::Minutes => msg::DOSSIER_MINUTES,
        DossierItem::Resolution => msg::DOSSIER_RESOLUTION,
        DossierItem::RatificationRequest => msg::DOSSIER_RATIFICATION_REQUEST,
        DossierItem::RatificationDecision => msg::DOSSIER_RATIFICATION_DECISION,
    }
}

/// "Đã có", "Chưa ký", "Còn thiếu".
pub fn filed_label(s: FiledState) -> &'static str {
    match s {
        FiledState::Missing => msg::FILED_MISSING,
        FiledState::Unsigned => msg::FILED_UNSIGNED,
        FiledState::Present => msg::FILED_PRESENT,
    }
}

/// The papers the branch's dossier must hold, in filing order.
pub fn required_items(b: &Branch) -> Vec<DossierItem> {
    DossierItem::ALL
        .iter()
        .copied()
        .filter(|i| *i != DossierItem::SelfCriticism || had_committee(b))
        .collect()
}

/// The dossier's state: each required paper with its state.
pub fn dossier_state(b: &Branch) -> Vec<(DossierItem, FiledState)> {
    required_items(b)
        .into_iter()
        .map(|i| (i, b.dossier.get(i)))
        .collect()
}

/// Every required paper is filed and signed.
pub fn dossier_complete(b: &Branch) -> bool {
    dossier_state(b)
        .iter()
        .all(|(_, s)| *s == FiledState::Present)
}

/// How far a branch's congress is, each stage implying the ones before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Documents still being drafted.
    Preparing,
    /// Every document it needs is done (or approved).
    Prepared,
    /// The congress was held.
    Held,
    /// The results are entered (the new committee, or the secretary to be appointed).
    ResultsEntered,
    /// The ward committee ratified the results.
    Ratified,
    /// The dossier is filed complete.
    DossierComplete,
}

impl Stage {
    /// "Đã tổ chức", "Đã chuẩn y", …
    pub fn label(self) -> &'static str {
        match self {
            Stage::Preparing => msg::STAGE_PREPARING,
            Stage::Prepared => msg::STAGE_PREPARED,
            Stage::Held => msg::STAGE_HELD,
            Stage::ResultsEntered => msg::STAGE_RESULTS,
            Stage::Ratified => msg::STAGE_RATIFIED,
            Stage::DossierComplete => msg::STAGE_DOSSIER,
        }
    }

    pub const ALL: [Stage; 6] = [
        Stage::Preparing,
        Stage::Prepared,
        Stage::Held,
        Stage::ResultsEntered,
        Stage::Ratified,
        Stage::DossierComplete,
    ];
}

/// The stage a branch has reached.
pub fn stage(b: &Branch) -> Stage {
    let committee = had_committee(b);
    let prepared = DocKind::ALL
        .iter()
        .filter(|k| **k != DocKind::SelfCriticism || committee)
        .all(|k| b.checklist.get(*k).state >= DocState::Done);
    let held = b.results.held;
    let results = held && (!b.results.elected.is_empty() || b.results.secretary_to_be_appointed);
    let ratified = results && b.ratification.decided_on.is_some();
    if ratified && dossier_complete(b) {
        Stage::DossierComplete
    } else if ratified {
        Stage::Ratified
    } else if results {
        Stage::ResultsEntered
    } else if held {
        Stage::Held
    } else if prepared {
        Stage::Prepared
    } else {
        Stage::Preparing
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Elected, Member};

    #[test]
    fn stages_in_order() {
        let mut b = Branch::default();
        b.add_member(Member::default());
        assert_eq!(stage(&b), Stage::Preparing);
        for k in DocKind::ALL {
            if k != DocKind::SelfCriticism {
                b.checklist.get_mut(k).state = DocState::Done;
            }
        }
        assert_eq!(stage(&b), Stage::Prepared);
        b.results.held = true;
        assert_eq!(stage(&b), Stage::Held);
        b.results.elected.push(Elected {
            member: 1,
            role: CommitteeRole::Secretary,
        });
        assert_eq!(stage(&b), Stage::ResultsEntered);
        b.ratification.decided_on = time::Date::from_calendar_date(2025, time::Month::May, 2).ok();
        assert_eq!(stage(&b), Stage::Ratified);
        assert!(!required_items(&b).contains(&DossierItem::SelfCriticism));
        for i in required_items(&b) {
            b.dossier.set(i, FiledState::Present);
        }
        assert_eq!(stage(&b), Stage::DossierComplete);
        b.dossier.set(DossierItem::Minutes, FiledState::Unsigned);
        assert_eq!(stage(&b), Stage::Ratified);
    }
}
