//! The roll call (điểm danh): who is summoned, who came, who is absent with
//! or without a reason, and the election denominator that follows.
//!
//! Attendance is kept once, per member (`Member::attendance`); every paper
//! that states attendance reads these counts.

use super::eligibility::{Summoned, summoned as summoned_full};
use crate::model::{Attendance, Branch, Member, NameOrder, Standing};
use crate::rules::collate;
use crate::strings::papers as msg;

/// How a member stands at the roll call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    /// Not called yet.
    NotRecorded,
    /// Có mặt.
    Present,
    /// Vắng có lý do (the branch accepted the reason).
    AbsentWithReason,
    /// Vắng không lý do.
    AbsentWithoutReason,
}

impl Mark {
    pub const ALL: [Mark; 4] = [
        Mark::Present,
        Mark::AbsentWithReason,
        Mark::AbsentWithoutReason,
        Mark::NotRecorded,
    ];

    /// "Có mặt", "Vắng có lý do", …
    pub fn label(self) -> &'static str {
        match self {
            Mark::NotRecorded => msg::MARK_NOT_RECORDED,
            Mark::Present => msg::MARK_PRESENT,
            Mark::AbsentWithReason => msg::MARK_ABSENT_WITH_REASON,
            Mark::AbsentWithoutReason => msg::MARK_ABSENT_WITHOUT_REASON,
        }
    }
}

/// The roll-call mark of a member.
pub fn mark(m: &Member) -> Mark {
    match &m.attendance {
        Attendance::NotRecorded => Mark::NotRecorded,
        Attendance::Present => Mark::Present,
        Attendance::Absent { accepted: true, .. } => Mark::AbsentWithReason,
        Attendance::Absent {
            accepted: false, ..
        } => Mark::AbsentWithoutReason,
    }
}

/// The attendance that `mark` stands for, keeping the reason already typed.
pub fn attendance_for(mark: Mark, previous: &Attendance) -> Attendance {
    let reason = match previous {
        Attendance::Absent { reason, .. } => reason.clone(),
        _ => String::new(),
    };
    match mark {
        Mark::NotRecorded => Attendance::NotRecorded,
        Mark::Present => Attendance::Present,
        Mark::AbsentWithReason => Attendance::Absent {
            reason,
            accepted: true,
        },
        Mark::AbsentWithoutReason => Attendance::Absent {
            reason,
            accepted: false,
        },
    }
}

/// Whether a member is summoned to the congress: every member but those on
/// temporary transfer, suspended or detained (probationary and exempted
/// members are summoned too; only full members vote).
pub fn is_summoned(m: &Member) -> bool {
    m.standing == Standing::Active
}

/// The counts of the roll call.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RollCall {
    /// Members summoned (full and probationary).
    pub summoned: u32,
    pub present: u32,
    pub absent_with_reason: u32,
    pub absent_without_reason: u32,
    /// Summoned members not called yet.
    pub not_recorded: u32,
    /// Of the summoned: full members, and how many of them came.
    pub full_summoned: u32,
    pub full_present: u32,
    /// Probationary members summoned, and present.
    pub probationary_summoned: u32,
    pub probationary_present: u32,
    /// The election threshold's denominator and how it was reached.
    pub election: Summoned,
}

impl RollCall {
    pub fn absent(&self) -> u32 {
        self.absent_with_reason + self.absent_without_reason
    }

    /// Every summoned member has a mark.
    pub fn complete(&self) -> bool {
        self.not_recorded == 0
    }

    /// The denominator of the threshold and of every percentage of votes:
    /// the summoned full members (DOMAIN.md "Threshold").
    pub fn denominator(&self) -> u32 {
        self.election.summoned
    }

    /// Votes needed to be elected.
    pub fn votes_needed(&self) -> u32 {
        self.election.votes_needed()
    }
}

/// Count the roll call of a branch.
pub fn roll_call(b: &Branch) -> RollCall {
    let mut r = RollCall {
        election: summoned_full(b),
        ..RollCall::default()
    };
    for m in b.members.iter().filter(|m| is_summoned(m)) {
        r.summoned += 1;
        let mk = mark(m);
        match mk {
            Mark::NotRecorded => r.not_recorded += 1,
            Mark::Present => r.present += 1,
            Mark::AbsentWithReason => r.absent_with_reason += 1,
            Mark::AbsentWithoutReason => r.absent_without_reason += 1,
        }
        if m.is_full() {
            r.full_summoned += 1;
            if mk == Mark::Present {
                r.full_present += 1;
            }
        } else {
            r.probationary_summoned += 1;
            if mk == Mark::Present {
                r.probationary_present += 1;
            }
        }
    }
    r
}

/// The summoned members in Vietnamese name order (the roll-call list and
/// the roll-call screen).
pub fn roll_call_members(b: &Branch, order: NameOrder) -> Vec<&Member> {
    let mut v: Vec<&Member> = b.members.iter().filter(|m| is_summoned(m)).collect();
    collate::sort_members(&mut v, order);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MemberStatus;

    fn member(name: &str, att: Attendance) -> Member {
        Member {
            full_name: name.into(),
            attendance: att,
            ..Member::default()
        }
    }

    #[test]
    fn counts_and_denominator() {
        let mut b = Branch::default();
        b.add_member(member("Nguyễn Văn An", Attendance::Present));
        b.add_member(member("Trần Thị Bình", Attendance::Present));
        b.add_member(member(
            "Lê Văn Cường",
            Attendance::Absent {
                reason: "Ốm".into(),
                accepted: true,
            },
        ));
        b.add_member(member(
            "Phạm Văn Dũng",
            Attendance::Absent {
                reason: String::new(),
                accepted: false,
            },
        ));
        b.add_member(member("Hồ Thị Em", Attendance::NotRecorded));
        let mut p = member("Võ Văn Giang", Attendance::Present);
        p.status = MemberStatus::Probationary;
        b.add_member(p);
        let mut t = member("Đỗ Văn Hùng", Attendance::NotRecorded);
        t.standing = Standing::TemporaryTransfer;
        b.add_member(t);
        let r = roll_call(&b);
        assert_eq!(r.summoned, 6);
        assert_eq!(r.present, 3);
        assert_eq!(r.absent_with_reason, 1);
        assert_eq!(r.absent_without_reason, 1);
        assert_eq!(r.absent(), 2);
        assert_eq!(r.not_recorded, 1);
        assert!(!r.complete());
        assert_eq!(r.full_summoned, 5);
        assert_eq!(r.full_present, 2);
        assert_eq!(r.probationary_present, 1);
        // 6 full members: transfer and excused absence left out → 4.
        assert_eq!(r.election.full_members, 6);
        assert_eq!(r.denominator(), 4);
        assert_eq!(r.votes_needed(), 3);
    }

    #[test]
    fn marking_keeps_the_reason() {
        let prev = Attendance::Absent {
            reason: "Đi công tác".into(),
            accepted: false,
        };
        assert_eq!(
            attendance_for(Mark::AbsentWithReason, &prev),
            Attendance::Absent {
                reason: "Đi công tác".into(),
                accepted: true
            }
        );
        assert_eq!(attendance_for(Mark::Present, &prev), Attendance::Present);
    }
}
