//! The model's enums named as users read them: which value takes which of
//! the texts in [`crate::strings::labels`]. One place for every caller (UI,
//! documents, CLI, rules' own messages).

use crate::model::{
    BranchKind, CommitteeRole, DocKind, DocState, Gender, MemberCounts, MemberStatus, Office,
    Standing,
};
use crate::strings::labels as text;

pub fn branch_kind(k: BranchKind) -> &'static str {
    match k {
        BranchKind::Village => text::KIND_VILLAGE,
        BranchKind::StreetGroup => text::KIND_STREET_GROUP,
        BranchKind::Agency => text::KIND_AGENCY,
        BranchKind::School => text::KIND_SCHOOL,
        BranchKind::Enterprise => text::KIND_ENTERPRISE,
        BranchKind::Police => text::KIND_POLICE,
        BranchKind::Military => text::KIND_MILITARY,
        BranchKind::Other => text::KIND_OTHER,
    }
}

pub fn doc_kind(k: DocKind) -> &'static str {
    match k {
        DocKind::PoliticalReport => text::DOC_POLITICAL_REPORT,
        DocKind::SelfCriticism => text::DOC_SELF_CRITICISM,
        DocKind::Resolution => text::DOC_RESOLUTION_DRAFT,
        DocKind::PersonnelPlan => text::DOC_PERSONNEL_PLAN,
        DocKind::PersonnelList => text::DOC_PERSONNEL_LIST,
        DocKind::Agenda => text::DOC_AGENDA,
    }
}

/// The document's name once the congress is held: the resolution is then
/// the adopted "Nghị quyết đại hội", no longer the draft.
pub fn doc_title(k: DocKind, congress_held: bool) -> &'static str {
    match k {
        DocKind::Resolution if congress_held => text::DOC_RESOLUTION_ADOPTED,
        _ => doc_kind(k),
    }
}

pub fn doc_state(s: DocState) -> &'static str {
    match s {
        DocState::NotStarted => text::STATE_NOT_STARTED,
        DocState::Drafting => text::STATE_DRAFTING,
        DocState::Done => text::STATE_DONE,
        DocState::Approved => text::STATE_APPROVED,
    }
}

pub fn gender(g: Gender) -> &'static str {
    match g {
        Gender::Male => text::MALE,
        Gender::Female => text::FEMALE,
    }
}

pub fn member_status(s: MemberStatus) -> &'static str {
    match s {
        MemberStatus::Full => text::STATUS_FULL,
        MemberStatus::Probationary => text::STATUS_PROBATIONARY,
    }
}

pub fn standing(s: Standing) -> &'static str {
    match s {
        Standing::Active => text::STANDING_ACTIVE,
        Standing::TemporaryTransfer => text::STANDING_TEMPORARY_TRANSFER,
        Standing::Suspended => text::STANDING_SUSPENDED,
        Standing::Detained => text::STANDING_DETAINED,
    }
}

pub fn committee_role(r: CommitteeRole) -> &'static str {
    match r {
        CommitteeRole::None => text::ROLE_NONE,
        CommitteeRole::Member => text::ROLE_MEMBER,
        CommitteeRole::Deputy => text::ROLE_DEPUTY,
        CommitteeRole::Secretary => text::ROLE_SECRETARY,
    }
}

pub fn office(o: Office) -> &'static str {
    match o {
        Office::Committee => text::OFFICE_COMMITTEE,
        Office::Secretary => text::OFFICE_SECRETARY,
        Office::Deputy => text::OFFICE_DEPUTY,
    }
}

/// "Tổng số 12 đảng viên · chính thức 11 · …".
pub fn counts_line(c: &MemberCounts) -> String {
    crate::strings::ui::member_counts(
        c.total,
        c.full,
        c.probationary,
        c.exempted,
        c.summoned,
        c.present,
        c.absent,
    )
}
