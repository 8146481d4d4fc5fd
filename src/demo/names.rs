//! Pools of fictitious personal data: names, places, qualifications, posts.
//!
//! Names are built from common Vietnamese family, middle and given names; the
//! given names are varied on purpose (Anh, Ánh, Ân, Đức, Ơn, Ước, Ưng…) so
//! that lists sorted by given name exercise Vietnamese collation.

/// Family names with rough weights (Nguyễn is by far the most common).
pub const FAMILY: &[(u32, &str)] = &[
    (30, "Nguyễn"),
    (11, "Trần"),
    (9, "Lê"),
    (7, "Phạm"),
    (5, "Hoàng"),
    (4, "Huỳnh"),
    (4, "Phan"),
    (4, "Võ"),
    (3, "Vũ"),
    (3, "Đặng"),
    (3, "Bùi"),
    (3, "Đỗ"),
    (2, "Hồ"),
    (2, "Ngô"),
    (2, "Dương"),
    (2, "Đào"),
    (2, "Đoàn"),
    (2, "Trương"),
    (2, "Đinh"),
    (1, "Lý"),
    (1, "Lương"),
    (1, "Mai"),
    (1, "Tô"),
    (1, "Cao"),
    (1, "Âu"),
    (1, "Ông"),
];

pub const MIDDLE_MALE: &[(u32, &str)] = &[
    (30, "Văn"),
    (6, "Đình"),
    (6, "Hữu"),
    (6, "Minh"),
    (5, "Quang"),
    (5, "Đức"),
    (4, "Xuân"),
    (4, "Ngọc"),
    (4, "Công"),
    (4, "Thanh"),
    (3, "Trọng"),
    (2, "Bá"),
    (2, "Viết"),
    (2, "Tiến"),
    (2, "Anh"),
];

pub const MIDDLE_FEMALE: &[(u32, &str)] = &[
    (30, "Thị"),
    (5, "Thị Thu"),
    (4, "Thị Minh"),
    (4, "Thị Kim"),
    (4, "Thu"),
    (4, "Thanh"),
    (4, "Ngọc"),
    (3, "Kim"),
    (3, "Phương"),
    (3, "Hồng"),
    (2, "Mỹ"),
    (2, "Bích"),
];

pub const GIVEN_MALE: &[&str] = &[
    "An", "Anh", "Ân", "Bắc", "Bằng", "Bình", "Cảnh", "Chiến", "Cường", "Dũng", "Duy", "Dương",
    "Đạt", "Đăng", "Định", "Đông", "Đức", "Giang", "Hải", "Hào", "Hiếu", "Hòa", "Hoàng", "Hùng",
    "Huy", "Hưng", "Khánh", "Khoa", "Kiên", "Lâm", "Lộc", "Long", "Lợi", "Mạnh", "Minh", "Nam",
    "Nghĩa", "Nhân", "Ninh", "Phát", "Phong", "Phúc", "Quang", "Quân", "Quý", "Sang", "Sơn", "Tài",
    "Tâm", "Thái", "Thắng", "Thành", "Thịnh", "Thông", "Tiến", "Toàn", "Trung", "Tuấn", "Tùng",
    "Việt", "Vinh", "Vũ", "Ước", "Ưng",
];

pub const GIVEN_FEMALE: &[&str] = &[
    "An",
    "Anh",
    "Ánh",
    "Ân",
    "Bích",
    "Châu",
    "Chi",
    "Cúc",
    "Diệp",
    "Dung",
    "Duyên",
    "Đào",
    "Giang",
    "Hà",
    "Hằng",
    "Hạnh",
    "Hiền",
    "Hoa",
    "Hồng",
    "Huệ",
    "Hương",
    "Hường",
    "Huyền",
    "Lan",
    "Liên",
    "Liễu",
    "Linh",
    "Loan",
    "Lụa",
    "Mai",
    "My",
    "Nga",
    "Ngân",
    "Ngọc",
    "Nhung",
    "Oanh",
    "Ơn",
    "Phượng",
    "Quế",
    "Sen",
    "Tâm",
    "Thảo",
    "Thoa",
    "Thu",
    "Thúy",
    "Thủy",
    "Trang",
    "Trinh",
    "Tuyết",
    "Uyên",
    "Vân",
    "Xuân",
    "Yến",
];

/// Ethnicity with weights: mostly Kinh, a few minorities.
pub const ETHNICITY: &[(u32, &str)] = &[
    (400, "Kinh"),
    (3, "Tày"),
    (2, "Mường"),
    (2, "Thái"),
    (2, "Nùng"),
    (2, "Hoa"),
    (1, "Khmer"),
];

/// Home towns of people born in the ward or nearby (fictitious places).
pub const HOMETOWN_LOCAL: &[(u32, &str)] = &[
    (40, "phường Lạc An, tỉnh Sông Châu"),
    (8, "xã Đông Sơn, tỉnh Sông Châu"),
    (6, "xã Hòa Mỹ, tỉnh Sông Châu"),
    (6, "phường Bình Minh, tỉnh Sông Châu"),
    (4, "xã Tân Phước, tỉnh Phú Điền"),
    (3, "xã Yên Lâm, tỉnh Thanh Sơn"),
    (3, "phường Cửa Bắc, tỉnh Phú Điền"),
];

/// Home towns of members of a minority people (fictitious communes), three
/// for each people, where that people lives: Tày and Nùng in the northern
/// uplands, Mường and Thái in the north-west, Khmer in the Mekong delta.
pub const HOMETOWN_BY_PEOPLE: &[(&str, [&str; 3])] = &[
    (
        "Tày",
        [
            "xã Bản Khoa, tỉnh Cao Lâm",
            "xã Nà Mường, tỉnh Cao Lâm",
            "xã Pác Nặm, tỉnh Cao Lâm",
        ],
    ),
    (
        "Nùng",
        [
            "xã Nà Mường, tỉnh Cao Lâm",
            "xã Phja Đén, tỉnh Cao Lâm",
            "xã Bản Khoa, tỉnh Cao Lâm",
        ],
    ),
    (
        "Mường",
        [
            "xã Suối Lừ, tỉnh Thanh Sơn",
            "xã Mường Khến, tỉnh Thanh Sơn",
            "xã Tân Lạc, tỉnh Thanh Sơn",
        ],
    ),
    (
        "Thái",
        [
            "xã Mường Lò, tỉnh Sơn Tây Bắc",
            "xã Chiềng Ban, tỉnh Sơn Tây Bắc",
            "xã Suối Lừ, tỉnh Thanh Sơn",
        ],
    ),
    (
        "Khmer",
        [
            "xã Vĩnh Hải, tỉnh Sóc Giang",
            "phường Khánh Hòa, tỉnh Sóc Giang",
            "xã Lai Hòa, tỉnh Sóc Giang",
        ],
    ),
];

/// The home town list of a minority people (the Tày one for a people not
/// listed).
pub fn hometowns_of(people: &str) -> &'static [&'static str; 3] {
    HOMETOWN_BY_PEOPLE
        .iter()
        .find(|(p, _)| *p == people)
        .map_or(&HOMETOWN_BY_PEOPLE[0].1, |(_, h)| h)
}

pub const EDUCATION_OLD: &[(u32, &str)] = &[(5, "10/10"), (3, "7/10"), (2, "9/10"), (4, "12/12")];

/// Political theory levels for rank-and-file members.
pub const THEORY_MEMBER: &[(u32, &str)] = &[(8, "Sơ cấp"), (2, "Trung cấp")];
/// For committee members and office leaders.
pub const THEORY_LEADER: &[(u32, &str)] = &[(4, "Sơ cấp"), (6, "Trung cấp")];

/// Reasons an absent member gave (accepted by the branch).
pub const ABSENT_ACCEPTED: &[&str] = &[
    "Ốm, đang điều trị tại bệnh viện tỉnh",
    "Đi công tác theo quyết định của cơ quan",
    "Chăm người nhà nằm viện",
    "Đi học tập trung lớp bồi dưỡng",
];

/// Absence without an accepted reason.
pub const ABSENT_OTHER: &str = "Bận việc gia đình, có báo trước nhưng chi bộ không chấp nhận";

/// Why exempted members stay home.
pub const ABSENT_EXEMPTED: &str = "Được miễn sinh hoạt đảng, tuổi cao sức yếu";
