//! The demo ward's branches: who they are, how big, and how far along.

use super::profiles::Profile;
use super::texts::{self, Texts};
use crate::model::BranchKind;

/// How far a branch has got with its congress.
pub enum Stage {
    /// Nothing drafted yet.
    NotStarted,
    /// Some sections written; the personnel plan drafted when `personnel`
    /// is set, and marked done when `personnel_done` is.
    InProgress {
        texts: &'static Texts,
        personnel: bool,
        personnel_done: bool,
    },
    /// Every document written and approved by the ward committee; the
    /// congress is still to come.
    Approved { texts: &'static Texts },
    /// The congress has been held and its results entered.
    Held {
        texts: &'static Texts,
        /// Full members absent with an accepted reason / without one
        /// (exempted members who stay home come on top).
        absent_accepted: usize,
        absent_other: usize,
        /// Invalid ballots in the committee election.
        invalid_ballots: u32,
    },
}

pub struct Spec {
    pub id: &'static str,
    pub name: &'static str,
    pub kind: BranchKind,
    pub profile: Profile,
    /// Members in all.
    pub size: usize,
    pub probationary: usize,
    /// Elderly members exempted from activities (miễn sinh hoạt).
    pub exempted: usize,
    /// Members on temporary transfer elsewhere.
    pub transfer: usize,
    /// Outgoing committee size; 0 when the branch had only a secretary (and
    /// a deputy when `outgoing_deputy`).
    pub outgoing_committee: usize,
    pub outgoing_deputy: bool,
    /// The secretary is also the village / street head.
    pub secretary_is_head: bool,
    /// Outgoing committee members not put forward again (the last ones on
    /// the committee; for a secretary-only branch, the deputy).
    pub not_renominated: usize,
    /// Seats of the new committee (0: secretary only) and surplus candidates.
    pub new_committee: u32,
    pub surplus: u32,
    /// A secretary-only branch elects a deputy too.
    pub elect_deputy: bool,
    /// Lần thứ.
    pub number: u32,
    /// The term the congress opens: the usual two-and-a-half-year term
    /// (2025 - 2027) or the five-year pilot (2025 - 2030) that Quy định
    /// 294-QĐ/TW allows a branch from July 2025.
    pub term: (i32, i32),
    pub date: (i32, u8, u8),
    pub time: &'static str,
    pub place: &'static str,
    pub stage: Stage,
}

const WARD_GUESTS: &str =
    "Đại diện Ban Thường vụ Đảng ủy phường; đồng chí Đảng ủy viên phụ trách chi bộ";

pub fn guests() -> &'static str {
    WARD_GUESTS
}

/// The usual term of the demo's congresses (held in autumn 2025).
pub const TERM: (i32, i32) = (2025, 2027);
/// The five-year pilot term some branches elect for.
pub const PILOT_TERM: (i32, i32) = (2025, 2030);

/// What most branches share; each entry below says where it differs.
const DEFAULT: Spec = Spec {
    id: "",
    name: "",
    kind: BranchKind::Village,
    profile: Profile::Village,
    size: 0,
    probationary: 0,
    exempted: 0,
    transfer: 0,
    outgoing_committee: 0,
    outgoing_deputy: true,
    secretary_is_head: false,
    not_renominated: 0,
    new_committee: 0,
    surplus: 0,
    elect_deputy: true,
    number: 1,
    term: TERM,
    date: (2025, 9, 30),
    time: "7 giờ 30",
    place: "",
    stage: Stage::NotStarted,
};

pub const SPECS: &[Spec] = &[
    Spec {
        id: "thon-dong-xuan",
        name: "Chi bộ thôn Đông Xuân",
        kind: BranchKind::Village,
        profile: Profile::Village,
        size: 64,
        probationary: 3,
        exempted: 5,
        transfer: 1,
        outgoing_committee: 7,
        secretary_is_head: true,
        not_renominated: 1,
        new_committee: 7,
        surplus: 1,
        number: 15,
        date: (2025, 9, 14),
        time: "7 giờ 30",
        place: "Nhà văn hóa thôn Đông Xuân",
        stage: Stage::Held {
            texts: &texts::dong_xuan::TEXTS,
            absent_accepted: 2,
            absent_other: 1,
            invalid_ballots: 1,
        },
        ..DEFAULT
    },
    Spec {
        id: "thon-phu-my",
        name: "Chi bộ thôn Phú Mỹ",
        kind: BranchKind::Village,
        profile: Profile::Village,
        size: 38,
        probationary: 2,
        exempted: 3,
        outgoing_committee: 5,
        not_renominated: 1,
        new_committee: 5,
        surplus: 1,
        number: 14,
        date: (2025, 10, 24),
        time: "7 giờ 30",
        place: "Nhà văn hóa thôn Phú Mỹ",
        stage: Stage::InProgress {
            texts: &texts::partial::PHU_MY,
            personnel: true,
            personnel_done: false,
        },
        ..DEFAULT
    },
    Spec {
        id: "thon-bau-sen",
        name: "Chi bộ thôn Bàu Sen",
        kind: BranchKind::Village,
        profile: Profile::Village,
        size: 21,
        probationary: 1,
        exempted: 2,
        outgoing_committee: 3,
        secretary_is_head: true,
        new_committee: 3,
        number: 11,
        date: (2025, 10, 18),
        time: "7 giờ 30",
        place: "Hội trường thôn Bàu Sen",
        ..DEFAULT
    },
    Spec {
        // Nine full members counting the exempted one: just enough to elect a committee.
        id: "thon-go-cat",
        name: "Chi bộ thôn Gò Cát",
        kind: BranchKind::Village,
        profile: Profile::Village,
        size: 10,
        probationary: 1,
        exempted: 1,
        outgoing_committee: 3,
        new_committee: 3,
        number: 9,
        date: (2025, 11, 3),
        time: "14 giờ 00",
        place: "Nhà văn hóa thôn Gò Cát",
        stage: Stage::InProgress {
            texts: &texts::partial::GO_CAT,
            personnel: false,
            personnel_done: false,
        },
        ..DEFAULT
    },
    Spec {
        id: "tdp-trung-hoa",
        name: "Chi bộ tổ dân phố Trung Hòa",
        kind: BranchKind::StreetGroup,
        profile: Profile::Street,
        size: 27,
        probationary: 2,
        exempted: 2,
        outgoing_committee: 5,
        not_renominated: 1,
        new_committee: 5,
        surplus: 1,
        number: 10,
        term: PILOT_TERM,
        date: (2025, 9, 28),
        time: "8 giờ 00",
        place: "Hội trường tổ dân phố Trung Hòa",
        stage: Stage::Approved {
            texts: &texts::trung_hoa::TEXTS,
        },
        ..DEFAULT
    },
    Spec {
        id: "tdp-an-lac",
        name: "Chi bộ tổ dân phố An Lạc",
        kind: BranchKind::StreetGroup,
        profile: Profile::Street,
        size: 46,
        probationary: 2,
        exempted: 4,
        outgoing_committee: 5,
        secretary_is_head: true,
        new_committee: 7,
        surplus: 1,
        number: 10,
        term: PILOT_TERM,
        date: (2025, 10, 26),
        time: "7 giờ 30",
        place: "Nhà sinh hoạt cộng đồng tổ dân phố An Lạc",
        stage: Stage::InProgress {
            texts: &texts::partial::AN_LAC,
            personnel: true,
            personnel_done: true,
        },
        ..DEFAULT
    },
    Spec {
        id: "tdp-tan-thinh",
        name: "Chi bộ tổ dân phố Tân Thịnh",
        kind: BranchKind::StreetGroup,
        profile: Profile::Street,
        size: 17,
        probationary: 1,
        exempted: 1,
        outgoing_committee: 3,
        new_committee: 3,
        number: 8,
        date: (2025, 10, 25),
        time: "14 giờ 00",
        place: "Nhà văn hóa tổ dân phố Tân Thịnh",
        ..DEFAULT
    },
    Spec {
        // Ten members but only eight full: a secretary and a deputy, no committee.
        id: "tdp-bac-son",
        name: "Chi bộ tổ dân phố Bắc Sơn",
        kind: BranchKind::StreetGroup,
        profile: Profile::Street,
        size: 10,
        probationary: 2,
        outgoing_committee: 0,
        secretary_is_head: true,
        new_committee: 0,
        number: 6,
        date: (2025, 11, 4),
        time: "8 giờ 00",
        place: "Nhà văn hóa tổ dân phố Bắc Sơn",
        stage: Stage::InProgress {
            texts: &texts::partial::BAC_SON,
            personnel: true,
            personnel_done: false,
        },
        ..DEFAULT
    },
    Spec {
        id: "co-quan-dang",
        name: "Chi bộ Cơ quan Đảng - Mặt trận - Đoàn thể phường",
        kind: BranchKind::Agency,
        profile: Profile::PartyOffice,
        size: 15,
        probationary: 1,
        outgoing_committee: 3,
        new_committee: 3,
        number: 2,
        date: (2025, 9, 29),
        time: "14 giờ 00",
        place: "Phòng họp Đảng ủy phường",
        stage: Stage::InProgress {
            texts: &texts::partial::CO_QUAN_DANG,
            personnel: false,
            personnel_done: false,
        },
        ..DEFAULT
    },
    Spec {
        id: "co-quan-ubnd",
        name: "Chi bộ Cơ quan Ủy ban nhân dân phường",
        kind: BranchKind::Agency,
        profile: Profile::Government,
        size: 22,
        probationary: 2,
        outgoing_committee: 5,
        new_committee: 5,
        surplus: 1,
        number: 2,
        date: (2025, 10, 16),
        time: "14 giờ 00",
        place: "Hội trường Ủy ban nhân dân phường",
        ..DEFAULT
    },
    Spec {
        id: "truong-mam-non-hoa-sen",
        name: "Chi bộ Trường Mầm non Hoa Sen",
        kind: BranchKind::School,
        profile: Profile::School,
        size: 7,
        probationary: 1,
        outgoing_committee: 0,
        not_renominated: 1,
        new_committee: 0,
        number: 7,
        date: (2025, 9, 19),
        time: "14 giờ 00",
        place: "Phòng hội đồng Trường Mầm non Hoa Sen",
        stage: Stage::Held {
            texts: &texts::mam_non::TEXTS,
            absent_accepted: 0,
            absent_other: 0,
            invalid_ballots: 0,
        },
        ..DEFAULT
    },
    Spec {
        id: "truong-tieu-hoc-lac-an",
        name: "Chi bộ Trường Tiểu học Lạc An",
        kind: BranchKind::School,
        profile: Profile::School,
        size: 12,
        probationary: 1,
        outgoing_committee: 3,
        new_committee: 3,
        number: 9,
        date: (2025, 11, 2),
        time: "14 giờ 00",
        place: "Phòng hội đồng Trường Tiểu học Lạc An",
        stage: Stage::InProgress {
            texts: &texts::partial::TIEU_HOC,
            personnel: false,
            personnel_done: false,
        },
        ..DEFAULT
    },
    Spec {
        id: "cong-an-phuong",
        name: "Chi bộ Công an phường",
        kind: BranchKind::Police,
        profile: Profile::Police,
        size: 19,
        probationary: 2,
        outgoing_committee: 5,
        new_committee: 5,
        surplus: 1,
        number: 2,
        term: PILOT_TERM,
        date: (2025, 11, 10),
        time: "8 giờ 00",
        place: "Hội trường Công an phường",
        ..DEFAULT
    },
    Spec {
        id: "quan-su-phuong",
        name: "Chi bộ Quân sự phường",
        kind: BranchKind::Military,
        profile: Profile::Military,
        size: 5,
        probationary: 1,
        outgoing_committee: 0,
        new_committee: 0,
        number: 8,
        date: (2025, 11, 17),
        time: "8 giờ 00",
        place: "Hội trường Ban Chỉ huy Quân sự phường",
        ..DEFAULT
    },
    Spec {
        id: "cong-ty-may-lac-an",
        name: "Chi bộ Công ty Cổ phần May Lạc An",
        kind: BranchKind::Enterprise,
        profile: Profile::Enterprise,
        size: 13,
        probationary: 2,
        outgoing_committee: 3,
        new_committee: 3,
        number: 5,
        date: (2025, 10, 19),
        time: "14 giờ 00",
        place: "Hội trường Công ty Cổ phần May Lạc An",
        stage: Stage::InProgress {
            texts: &texts::partial::CONG_TY_MAY,
            personnel: false,
            personnel_done: false,
        },
        ..DEFAULT
    },
    Spec {
        // Three members: a secretary only.
        id: "tram-y-te-phuong",
        name: "Chi bộ Trạm Y tế phường",
        kind: BranchKind::Other,
        profile: Profile::Health,
        size: 3,
        outgoing_committee: 0,
        outgoing_deputy: false,
        new_committee: 0,
        elect_deputy: false,
        number: 4,
        term: PILOT_TERM,
        date: (2025, 11, 14),
        time: "14 giờ 00",
        place: "Phòng họp Trạm Y tế phường",
        ..DEFAULT
    },
];
