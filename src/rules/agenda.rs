//! The congress agenda, defined once as data (DOMAIN.md "Agenda order", HD
//! 01-HD/TW 2021 §14.4, kept by the 2025 guidance). The agenda document and
//! the chair's script are both built on [`steps`].

use super::election;
use crate::model::{Branch, CommitteeRole, Ward};

/// One step of the congress, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// Chào cờ (hát Quốc ca, Quốc tế ca).
    FlagSalute,
    /// Bầu Chủ tịch đoàn, Thư ký đại hội.
    ElectPresidium,
    /// Thông qua chương trình, quy chế làm việc.
    AdoptProgramme,
    /// Tuyên bố lý do, giới thiệu đại biểu; diễn văn khai mạc.
    Opening,
    /// Báo cáo tình hình đảng viên dự đại hội (X/Y triệu tập).
    AttendanceReport,
    /// Báo cáo chính trị (for a secretary-only branch, with the secretary's
    /// and deputy's self-review).
    PoliticalReport,
    /// Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của chi ủy (only where the
    /// outgoing term had a committee).
    SelfCriticismReport,
    /// Thảo luận (including the superior's draft documents).
    Discussion,
    /// Phát biểu chỉ đạo của đại diện cấp ủy cấp trên.
    SuperiorSpeech,
    /// Bầu cử: committee (where the rule says so), then secretary, deputy.
    Election,
    /// Thông qua Nghị quyết đại hội.
    AdoptResolution,
    /// Bế mạc (hát Quốc ca, Quốc tế ca).
    Closing,
}

/// Who performs a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Performer {
    /// The outgoing leadership: the chi ủy, or the secretary of a branch
    /// without one.
    OutgoingLeadership,
    OutgoingSecretary,
    /// The outgoing deputy, or the secretary where there is none.
    OutgoingDeputy,
    Presidium,
    Secretariat,
    Congress,
    SuperiorDelegate,
    PresidiumAndCounting,
}

/// What the branch's agenda depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    /// The outgoing term had a chi ủy (so there is a self-criticism report).
    pub outgoing_committee: bool,
    pub outgoing_deputy: bool,
    /// The congress elects a chi ủy (the rule, DOMAIN.md "Election rules").
    pub elects_committee: bool,
    /// A deputy is to be elected.
    pub elects_deputy: bool,
}

/// The branch has an outgoing committee (chi ủy), not only a secretary.
pub fn has_outgoing_committee(b: &Branch) -> bool {
    b.members
        .iter()
        .any(|m| m.outgoing_role == CommitteeRole::Member)
        || b.counts().outgoing_committee >= 3
}

pub fn facts(ward: &Ward, b: &Branch) -> Facts {
    let p = &b.drafts.personnel;
    Facts {
        outgoing_committee: has_outgoing_committee(b),
        outgoing_deputy: b.outgoing(CommitteeRole::Deputy).next().is_some(),
        elects_committee: election::elects_committee(&ward.rules, b),
        elects_deputy: p.elect_deputy || p.deputy_candidate.is_some(),
    }
}

/// The steps of the branch's congress, in order, with who performs each.
pub fn steps(ward: &Ward, b: &Branch) -> Vec<(Step, Performer)> {
    steps_for(facts(ward, b))
}

pub fn steps_for(f: Facts) -> Vec<(Step, Performer)> {
    use Performer::*;
    use Step::*;
    let mut out = vec![
        (FlagSalute, Presidium),
        (ElectPresidium, OutgoingLeadership),
        (AdoptProgramme, Presidium),
        (Opening, Presidium),
        (AttendanceReport, Secretariat),
        (PoliticalReport, OutgoingSecretary),
    ];
    if f.outgoing_committee {
        out.push((SelfCriticismReport, OutgoingDeputy));
    }
    out.extend([
        (Discussion, Congress),
        (SuperiorSpeech, SuperiorDelegate),
        (Election, PresidiumAndCounting),
        (AdoptResolution, Secretariat),
        (Closing, Presidium),
    ]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_self_criticism_report_follows_the_political_report() {
        let f = Facts {
            outgoing_committee: true,
            outgoing_deputy: true,
            elects_committee: true,
            elects_deputy: true,
        };
        let s: Vec<Step> = steps_for(f).into_iter().map(|(s, _)| s).collect();
        let at = |x| s.iter().position(|y| *y == x).unwrap();
        assert_eq!(at(Step::SelfCriticismReport), at(Step::PoliticalReport) + 1);
        assert!(at(Step::SelfCriticismReport) < at(Step::Discussion));
        assert!(at(Step::Discussion) < at(Step::SuperiorSpeech));
        assert!(at(Step::SuperiorSpeech) < at(Step::Election));
        assert_eq!(s.last(), Some(&Step::Closing));
        let none = steps_for(Facts {
            outgoing_committee: false,
            ..f
        });
        assert!(!none.iter().any(|(s, _)| *s == Step::SelfCriticismReport));
    }
}
