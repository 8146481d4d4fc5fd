//! The congress day and what follows it: who led the congress, the notes
//! typed in the hall, the ballots read one by one, the vote on the
//! resolution, the ratification, the filed dossier, and the branch's
//! comments on the superior's draft documents.
//!
//! Attendance itself is kept per member (`Member::attendance`), the one
//! source every paper reads; the counts follow in `rules::election::roll_call`.

use super::{Date, MemberId, Office};
use serde::{Deserialize, Serialize};

/// One ballot as the counting committee read it aloud.
///
/// With a surplus the voter crosses out names; without one, ticks "Không
/// đồng ý". Either way `crossed` holds the candidates voted against; the
/// names kept are the round's candidates minus these.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct BallotRead {
    /// Candidates crossed out (voted against), by member id, in the order typed.
    pub crossed: Vec<MemberId>,
    /// Not a ballot the counting committee issued (no seal, another paper):
    /// invalid whatever it says.
    pub not_issued: bool,
}

/// One clerk's (or one PC's) entry of every ballot of a round, in the order
/// the ballots were read. Two entries of the same round are compared ballot
/// by ballot (`rules::election::ballots::compare`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct BallotEntry {
    /// Who entered it: a clerk's name or the PC's ("Máy 1").
    pub clerk: String,
    pub ballots: Vec<BallotRead>,
}

/// The ballot-by-ballot entries of one round, which is named by its
/// office and number as in `results.rounds` (the candidates are that
/// round's `votes`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct RoundBallots {
    pub office: Option<Office>,
    pub round: u32,
    /// One entry per clerk or PC; usually one or two.
    pub entries: Vec<BallotEntry>,
}

/// What a note typed during the congress is about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NoteTopic {
    /// Discussion of the reports and the superior's drafts (tham luận, ý kiến).
    #[default]
    Discussion,
    /// The speech of the superior committee's representative.
    SuperiorSpeech,
    /// Anything else the secretariat records.
    Other,
}

/// One note typed by the secretariat during the congress; the minutes
/// print them in order under their part.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct CongressNote {
    pub topic: NoteTopic,
    /// Who spoke: "Đồng chí Nguyễn Văn An", free text.
    pub speaker: String,
    pub text: String,
}

/// A show-of-hands vote of the congress (adopting the resolution).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct HandVote {
    pub agree: u32,
    pub disagree: u32,
}

/// The ward committee's ratification of the election results.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Ratification {
    /// Number of the ward's Quyết định chuẩn y once signed ("125"), else empty.
    pub decision_number: String,
    /// Date of the Quyết định chuẩn y; `None` until the ward has ratified.
    #[serde(with = "super::iso_date::option")]
    pub decided_on: Option<Date>,
    /// Date of the branch's Tờ trình đề nghị chuẩn y; `None` leaves it blank.
    #[serde(with = "super::iso_date::option")]
    pub requested_on: Option<Date>,
}

/// What happened in the hall, as the secretariat records it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct CongressDay {
    /// Đoàn Chủ tịch (a secretary-only branch may have one chair); the first presides.
    pub presidium: Vec<MemberId>,
    /// Thư ký đại hội.
    pub secretariat: Vec<MemberId>,
    /// Notes typed during the congress, in order.
    pub notes: Vec<CongressNote>,
    /// The show of hands adopting the resolution; `None` until it was held.
    pub resolution_vote: Option<HandVote>,
}

/// One comment of the branch on a draft document of the ward (or higher).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct DraftComment {
    /// Which document: "Dự thảo Báo cáo chính trị Đại hội Đảng bộ phường".
    pub document: String,
    /// Which part: "Phần II, mục 3", "Chỉ tiêu số 5".
    pub part: String,
    pub comment: String,
}

/// The papers of the dossier a branch files with the ward (hồ sơ đại hội,
/// 62-HD/VPTW), in filing order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DossierItem {
    /// Danh sách đảng viên dự đại hội (with signatures).
    RollCall,
    /// Chương trình đại hội.
    Agenda,
    /// Báo cáo chính trị.
    PoliticalReport,
    /// Báo cáo kiểm điểm của chi ủy (branches with a committee).
    SelfCriticism,
    /// Tờ trình / đề án nhân sự and danh sách trích ngang.
    Personnel,
    /// Biên bản kiểm phiếu of every round.
    CountingMinutes,
    /// The ballots, sealed in their envelope.
    Ballots,
    /// Biên bản đại hội.
    Minutes,
    /// Nghị quyết đại hội (adopted).
    Resolution,
    /// Tờ trình đề nghị chuẩn y kết quả bầu cử.
    RatificationRequest,
    /// Quyết định chuẩn y of the ward committee.
    RatificationDecision,
}

impl DossierItem {
    pub const ALL: [DossierItem; 11] = [
        DossierItem::RollCall,
        DossierItem::Agenda,
        DossierItem::PoliticalReport,
        DossierItem::SelfCriticism,
        DossierItem::Personnel,
        DossierItem::CountingMinutes,
        DossierItem::Ballots,
        DossierItem::Minutes,
        DossierItem::Resolution,
        DossierItem::RatificationRequest,
        DossierItem::RatificationDecision,
    ];
}

/// Where a paper of the dossier stands.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum FiledState {
    /// Not in the dossier yet.
    #[default]
    Missing,
    /// In the dossier but not signed (or not sealed).
    Unsigned,
    /// In the dossier, signed.
    Present,
}

/// The state of each paper of the dossier, as the office ticks it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Dossier {
    /// Only the papers whose state was set; the others are `Missing`.
    pub items: Vec<(DossierItem, FiledState)>,
}

impl Dossier {
    pub fn get(&self, item: DossierItem) -> FiledState {
        self.items
            .iter()
            .find(|(i, _)| *i == item)
            .map(|(_, s)| *s)
            .unwrap_or_default()
    }

    pub fn set(&mut self, item: DossierItem, state: FiledState) {
        match self.items.iter_mut().find(|(i, _)| *i == item) {
            Some(e) => e.1 = state,
            None => {
                self.items.push((item, state));
                self.items.sort_by_key(|(i, _)| *i);
            }
        }
    }
}

impl super::Branch {
    /// The ballot-by-ballot entries of a round, if any were made.
    pub fn round_ballots(&self, office: Option<Office>, round: u32) -> Option<&RoundBallots> {
        self.ballot_entries
            .iter()
            .find(|r| r.office == office && r.round == round)
    }

    /// The entries of a round, created empty when there are none yet.
    pub fn round_ballots_mut(&mut self, office: Option<Office>, round: u32) -> &mut RoundBallots {
        let i = match self
            .ballot_entries
            .iter()
            .position(|r| r.office == office && r.round == round)
        {
            Some(i) => i,
            None => {
                self.ballot_entries.push(RoundBallots {
                    office,
                    round,
                    entries: Vec::new(),
                });
                self.ballot_entries.len() - 1
            }
        };
        &mut self.ballot_entries[i]
    }
}
