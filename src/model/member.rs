//! A party member of a branch.

use super::{Date, PartialDate, SharedText};
use serde::{Deserialize, Serialize};

/// Stable id of a member within its branch (never reused).
pub type MemberId = u32;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Member {
    pub id: MemberId,
    pub full_name: String,
    pub birth: Option<PartialDate>,
    pub gender: Gender,
    /// Dân tộc, e.g. "Kinh", "Tày".
    pub ethnicity: SharedText,
    /// Quê quán.
    pub hometown: SharedText,
    /// Trình độ học vấn, e.g. "12/12".
    pub education: SharedText,
    /// Trình độ chuyên môn, e.g. "Đại học Luật".
    pub professional: SharedText,
    /// Lý luận chính trị: "Sơ cấp", "Trung cấp", "Cao cấp".
    pub political_theory: SharedText,
    #[serde(with = "super::iso_date::option")]
    pub joined: Option<Date>,
    #[serde(with = "super::iso_date::option")]
    pub official: Option<Date>,
    pub status: MemberStatus,
    /// Miễn sinh hoạt (elderly, ill).
    pub exempted: bool,
    pub standing: Standing,
    /// Chức vụ hiện nay, free text ("Trưởng thôn, Chi hội trưởng Hội Nông dân").
    pub posts: SharedText,
    /// Is the village or street-group head (trưởng thôn / tổ trưởng tổ dân phố).
    pub village_head: bool,
    /// Role in the outgoing branch committee.
    pub outgoing_role: CommitteeRole,
    /// Has served on a party committee (any level) before this congress.
    pub served_on_committee_before: bool,
    pub attendance: Attendance,
}

impl Default for Member {
    fn default() -> Self {
        Member {
            id: 0,
            full_name: String::new(),
            birth: None,
            gender: Gender::Male,
            ethnicity: "Kinh".into(),
            hometown: SharedText::default(),
            education: SharedText::default(),
            professional: SharedText::default(),
            political_theory: SharedText::default(),
            joined: None,
            official: None,
            status: MemberStatus::Full,
            exempted: false,
            standing: Standing::Active,
            posts: SharedText::default(),
            village_head: false,
            outgoing_role: CommitteeRole::None,
            served_on_committee_before: false,
            attendance: Attendance::NotRecorded,
        }
    }
}

impl Member {
    pub fn is_full(&self) -> bool {
        self.status == MemberStatus::Full
    }
    pub fn is_present(&self) -> bool {
        self.attendance == Attendance::Present
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Gender {
    Male,
    Female,
}

/// Đảng viên chính thức / dự bị.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MemberStatus {
    Full,
    Probationary,
}

impl MemberStatus {
    /// The status to assume for a member who joined on `joined` and has no
    /// date of becoming full: probationary for the 12 months after joining.
    pub fn assumed(joined: Date, today: Date) -> MemberStatus {
        let year_later = joined.replace_year(joined.year() + 1).or_else(|_| {
            joined
                .replace_day(28)
                .and_then(|d| d.replace_year(d.year() + 1))
        });
        match year_later {
            Ok(end) if end > today => MemberStatus::Probationary,
            _ => MemberStatus::Full,
        }
    }
}

/// Circumstances that take a member out of the summoned count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Standing {
    Active,
    /// Chuyển sinh hoạt tạm thời (on temporary transfer elsewhere).
    TemporaryTransfer,
    /// Đình chỉ sinh hoạt.
    Suspended,
    /// Bị tạm giam.
    Detained,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CommitteeRole {
    None,
    Member,
    Deputy,
    Secretary,
}

impl CommitteeRole {
    pub fn on_committee(self) -> bool {
        self != CommitteeRole::None
    }
}

/// Attendance at the congress.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Attendance {
    /// Not recorded yet (before the congress).
    NotRecorded,
    Present,
    /// Absent; `accepted` when the branch accepted the reason.
    Absent {
        reason: String,
        accepted: bool,
    },
}
