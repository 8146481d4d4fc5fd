//! Names of the model's enums as users read them.

use crate::model::{
    BranchKind, CommitteeRole, DocKind, DocState, Gender, MemberStatus, Office, Standing,
};

pub fn branch_kind(k: BranchKind) -> &'static str {
    match k {
        BranchKind::Village => "Thôn",
        BranchKind::StreetGroup => "Tổ dân phố",
        BranchKind::Agency => "Cơ quan",
        BranchKind::School => "Trường học",
        BranchKind::Enterprise => "Doanh nghiệp",
        BranchKind::Police => "Công an",
        BranchKind::Military => "Quân sự",
        BranchKind::Other => "Khác",
    }
}

pub fn doc_kind(k: DocKind) -> &'static str {
    match k {
        DocKind::PoliticalReport => "Báo cáo chính trị",
        DocKind::SelfCriticism => "Báo cáo kiểm điểm của chi ủy",
        DocKind::Resolution => "Dự thảo Nghị quyết đại hội",
        DocKind::PersonnelPlan => "Tờ trình nhân sự",
        DocKind::PersonnelList => "Danh sách trích ngang nhân sự",
        DocKind::Agenda => "Chương trình đại hội",
    }
}

/// The document's name once the congress is held: the resolution is then
/// the adopted "Nghị quyết đại hội", no longer the draft.
pub fn doc_title(k: DocKind, congress_held: bool) -> &'static str {
    match k {
        DocKind::Resolution if congress_held => "Nghị quyết đại hội",
        _ => doc_kind(k),
    }
}

pub fn doc_state(s: DocState) -> &'static str {
    match s {
        DocState::NotStarted => "Chưa làm",
        DocState::Drafting => "Đang soạn",
        DocState::Done => "Đã xong",
        DocState::Approved => "Đã được duyệt",
    }
}

pub fn gender(g: Gender) -> &'static str {
    match g {
        Gender::Male => "Nam",
        Gender::Female => "Nữ",
    }
}

pub fn member_status(s: MemberStatus) -> &'static str {
    match s {
        MemberStatus::Full => "Chính thức",
        MemberStatus::Probationary => "Dự bị",
    }
}

pub fn standing(s: Standing) -> &'static str {
    match s {
        Standing::Active => "Đang sinh hoạt",
        Standing::TemporaryTransfer => "Chuyển sinh hoạt tạm thời",
        Standing::Suspended => "Đình chỉ sinh hoạt",
        Standing::Detained => "Bị tạm giam",
    }
}

pub fn committee_role(r: CommitteeRole) -> &'static str {
    match r {
        CommitteeRole::None => "Không",
        CommitteeRole::Member => "Chi ủy viên",
        CommitteeRole::Deputy => "Phó Bí thư",
        CommitteeRole::Secretary => "Bí thư",
    }
}

pub fn office(o: Office) -> &'static str {
    match o {
        Office::Committee => "Chi ủy",
        Office::Secretary => "Bí thư",
        Office::Deputy => "Phó Bí thư",
    }
}
