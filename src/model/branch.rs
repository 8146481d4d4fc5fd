//! A branch (chi bộ), its congress and its results.

use super::{
    Attendance, CommitteeRole, CongressDay, Date, Dossier, DraftComment, Drafts, Member, MemberId,
    Ratification, RoundBallots, Standing,
};
use serde::{Deserialize, Serialize};

/// `branches/<id>.ron`: everything about one branch's congress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Branch {
    pub version: u32,
    /// File stem; letters, digits and '-' only (see `store`).
    pub id: String,
    /// "Chi bộ thôn Ngọc An".
    pub name: String,
    pub kind: BranchKind,
    pub members: Vec<Member>,
    /// Next member id to hand out.
    pub next_member_id: MemberId,
    pub congress: Congress,
    pub drafts: Drafts,
    pub checklist: Checklist,
    pub results: ElectionResults,
    /// Ballot-by-ballot entries, per round (one entry per clerk or PC).
    pub ballot_entries: Vec<RoundBallots>,
    /// What happened in the hall (presidium, notes, the resolution's vote).
    pub day: CongressDay,
    /// The ward committee's ratification of the results.
    pub ratification: Ratification,
    /// The dossier filed with the ward: which papers are in, signed.
    pub dossier: Dossier,
    /// The branch's comments on the superior's draft congress documents.
    pub draft_comments: Vec<DraftComment>,
}

impl Default for Branch {
    fn default() -> Self {
        Branch {
            version: super::BRANCH_VERSION,
            id: String::new(),
            name: String::new(),
            kind: BranchKind::Village,
            members: Vec::new(),
            next_member_id: 1,
            congress: Congress::default(),
            drafts: Drafts::default(),
            checklist: Checklist::default(),
            results: ElectionResults::default(),
            ballot_entries: Vec::new(),
            day: CongressDay::default(),
            ratification: Ratification::default(),
            dossier: Dossier::default(),
            draft_comments: Vec::new(),
        }
    }
}

impl Branch {
    pub fn member(&self, id: MemberId) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }

    pub fn member_mut(&mut self, id: MemberId) -> Option<&mut Member> {
        self.members.iter_mut().find(|m| m.id == id)
    }

    /// Add a member, giving it a fresh id; returns the id.
    pub fn add_member(&mut self, mut m: Member) -> MemberId {
        let id = self
            .next_member_id
            .max(self.members.iter().map(|m| m.id + 1).max().unwrap_or(1));
        m.id = id;
        self.next_member_id = id + 1;
        self.members.push(m);
        id
    }

    /// Counts that follow from the member list; never typed by hand.
    pub fn counts(&self) -> MemberCounts {
        let mut c = MemberCounts::default();
        for m in &self.members {
            c.total += 1;
            if m.is_full() {
                c.full += 1;
            } else {
                c.probationary += 1;
            }
            if m.exempted {
                c.exempted += 1;
            }
            if m.standing == Standing::Active {
                c.summoned += 1;
                match &m.attendance {
                    Attendance::Present => c.present += 1,
                    Attendance::Absent { .. } => c.absent += 1,
                    Attendance::NotRecorded => {}
                }
            }
            if m.outgoing_role.on_committee() {
                c.outgoing_committee += 1;
            }
        }
        c
    }

    pub fn outgoing(&self, role: CommitteeRole) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(move |m| m.outgoing_role == role)
    }
}

/// Derived member counts of a branch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MemberCounts {
    pub total: u32,
    pub full: u32,
    pub probationary: u32,
    pub exempted: u32,
    /// Members summoned to the congress (all but those on transfer, suspended, detained).
    pub summoned: u32,
    pub present: u32,
    pub absent: u32,
    pub outgoing_committee: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BranchKind {
    /// Chi bộ thôn.
    Village,
    /// Chi bộ tổ dân phố / khu phố.
    StreetGroup,
    /// Chi bộ cơ quan.
    Agency,
    /// Chi bộ trường học.
    School,
    /// Chi bộ doanh nghiệp.
    Enterprise,
    /// Chi bộ công an.
    Police,
    /// Chi bộ quân sự.
    Military,
    Other,
}

impl BranchKind {
    pub const ALL: [BranchKind; 8] = [
        BranchKind::Village,
        BranchKind::StreetGroup,
        BranchKind::Agency,
        BranchKind::School,
        BranchKind::Enterprise,
        BranchKind::Police,
        BranchKind::Military,
        BranchKind::Other,
    ];
}

/// The congress itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Congress {
    /// Lần thứ (ordinal of this congress).
    pub number: u32,
    pub term_start: i32,
    pub term_end: i32,
    #[serde(with = "super::iso_date::option")]
    pub date: Option<Date>,
    /// "7 giờ 30".
    pub time: String,
    /// "Nhà văn hóa thôn Ngọc An".
    pub place: String,
    /// Guests from the ward committee (for the agenda and minutes).
    pub guests: String,
}

impl Default for Congress {
    fn default() -> Self {
        Congress {
            number: 1,
            term_start: 2025,
            term_end: 2027,
            date: None,
            time: String::new(),
            place: String::new(),
            guests: String::new(),
        }
    }
}

impl Congress {
    /// "2025 - 2027".
    pub fn term_label(&self) -> String {
        format!("{} - {}", self.term_start, self.term_end)
    }
}

/// The documents the checklist follows, in their fixed order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DocKind {
    PoliticalReport,
    SelfCriticism,
    Resolution,
    PersonnelPlan,
    PersonnelList,
    Agenda,
}

impl DocKind {
    pub const ALL: [DocKind; 6] = [
        DocKind::PoliticalReport,
        DocKind::SelfCriticism,
        DocKind::Resolution,
        DocKind::PersonnelPlan,
        DocKind::PersonnelList,
        DocKind::Agenda,
    ];
}

/// Progress of one document.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum DocState {
    /// Chưa làm.
    #[default]
    NotStarted,
    /// Đang soạn.
    Drafting,
    /// Đã xong.
    Done,
    /// Đã được duyệt.
    Approved,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct DocStatus {
    pub state: DocState,
    /// When the state last changed.
    #[serde(with = "super::iso_date::option")]
    pub changed: Option<Date>,
    /// The number given when the document was signed and registered; `None`
    /// leaves "Số     -BC/CB" for the office to fill in (DOMAIN.md "Numbers").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
}

/// One status per document kind.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct Checklist {
    pub political_report: DocStatus,
    pub self_criticism: DocStatus,
    pub resolution: DocStatus,
    pub personnel_plan: DocStatus,
    pub personnel_list: DocStatus,
    pub agenda: DocStatus,
}

impl Checklist {
    pub fn get(&self, kind: DocKind) -> &DocStatus {
        match kind {
            DocKind::PoliticalReport => &self.political_report,
            DocKind::SelfCriticism => &self.self_criticism,
            DocKind::Resolution => &self.resolution,
            DocKind::PersonnelPlan => &self.personnel_plan,
            DocKind::PersonnelList => &self.personnel_list,
            DocKind::Agenda => &self.agenda,
        }
    }

    pub fn get_mut(&mut self, kind: DocKind) -> &mut DocStatus {
        match kind {
            DocKind::PoliticalReport => &mut self.political_report,
            DocKind::SelfCriticism => &mut self.self_criticism,
            DocKind::Resolution => &mut self.resolution,
            DocKind::PersonnelPlan => &mut self.personnel_plan,
            DocKind::PersonnelList => &mut self.personnel_list,
            DocKind::Agenda => &mut self.agenda,
        }
    }

    /// Documents done or approved, out of all.
    pub fn done_count(&self) -> usize {
        DocKind::ALL
            .iter()
            .filter(|k| self.get(**k).state >= DocState::Done)
            .count()
    }
}

/// Which election a round is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Office {
    Committee,
    Secretary,
    Deputy,
}

/// One round of one election, as counted by the counting committee.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct ElectionRound {
    pub office: Option<Office>,
    /// 1, 2, 3…
    pub round: u32,
    pub seats: u32,
    pub ballots_issued: u32,
    pub ballots_returned: u32,
    pub ballots_valid: u32,
    pub ballots_invalid: u32,
    /// Votes per candidate (only candidates of this round).
    pub votes: Vec<CandidateVotes>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct CandidateVotes {
    pub member: MemberId,
    pub votes: u32,
}

/// What the congress decided, entered after it was held.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(default)]
pub struct ElectionResults {
    /// The congress has been held.
    pub held: bool,
    /// Members of the counting committee (ban kiểm phiếu); first is its head.
    pub counting_committee: Vec<MemberId>,
    pub rounds: Vec<ElectionRound>,
    /// The outcome: who holds which role in the new committee. A secretary-only
    /// branch has just a Secretary and maybe a Deputy.
    pub elected: Vec<Elected>,
    /// The secretary could not be elected; the ward committee appoints one.
    pub secretary_to_be_appointed: bool,
    #[serde(with = "super::iso_date::option")]
    pub reported_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Elected {
    pub member: MemberId,
    pub role: CommitteeRole,
}
