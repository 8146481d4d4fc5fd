//! What the members of each kind of branch look like: ages, share of women,
//! qualifications, jobs and posts.

/// The population a branch draws its members from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Rural village (thôn): farmers, veterans, many elderly members.
    Village,
    /// Urban street group (tổ dân phố): retirees, traders, civil servants.
    Street,
    /// Party, Front and mass organisation office of the ward.
    PartyOffice,
    /// The ward People's Committee.
    Government,
    /// Kindergarten or primary school.
    School,
    Police,
    Military,
    /// Garment company.
    Enterprise,
    /// Health station.
    Health,
}

pub struct ProfileData {
    /// Birth-year bands with weights.
    pub birth_years: &'static [(u32, (i32, i32))],
    pub women_pct: u32,
    pub professional: &'static [(u32, &'static str)],
    /// Jobs and posts of ordinary members.
    pub staff_posts: &'static [&'static str],
    /// Jobs and posts of members older than 62 (retired).
    pub retired_posts: &'static [&'static str],
    /// The main post of the secretary, deputy, then committee members, in order.
    pub leader_posts: &'static [&'static str],
    /// The village/street head post, if the branch has one.
    pub head_post: Option<&'static str>,
}

pub fn data(p: Profile) -> &'static ProfileData {
    match p {
        Profile::Village => &VILLAGE,
        Profile::Street => &STREET,
        Profile::PartyOffice => &PARTY_OFFICE,
        Profile::Government => &GOVERNMENT,
        Profile::School => &SCHOOL,
        Profile::Police => &POLICE,
        Profile::Military => &MILITARY,
        Profile::Enterprise => &ENTERPRISE,
        Profile::Health => &HEALTH,
    }
}

const VILLAGE: ProfileData = ProfileData {
    birth_years: &[
        (12, (1940, 1951)),
        (26, (1952, 1965)),
        (28, (1966, 1980)),
        (24, (1981, 1995)),
        (10, (1996, 2004)),
    ],
    women_pct: 28,
    professional: &[
        (14, "Không"),
        (4, "Sơ cấp Nông nghiệp"),
        (3, "Trung cấp Nông nghiệp"),
        (2, "Trung cấp Thú y"),
        (2, "Trung cấp Kế toán"),
        (2, "Cao đẳng Sư phạm"),
        (2, "Đại học Kinh tế nông nghiệp"),
        (1, "Đại học Luật"),
    ],
    staff_posts: &[
        "Nông dân",
        "Nông dân",
        "Nông dân",
        "Kinh doanh dịch vụ",
        "Công nhân",
        "Thợ xây dựng",
        "Tổ viên tổ bảo vệ an ninh, trật tự",
        "Chi hội phó Hội Nông dân",
    ],
    retired_posts: &[
        "Hưu trí",
        "Cựu chiến binh",
        "Giáo viên nghỉ hưu",
        "Nông dân",
    ],
    leader_posts: &[
        "",
        "Trưởng ban công tác Mặt trận thôn",
        "Chi hội trưởng Hội Nông dân",
        "Chi hội trưởng Hội Phụ nữ",
        "Chi hội trưởng Hội Cựu chiến binh",
        "Bí thư Chi đoàn thôn",
        "Phó thôn",
    ],
    head_post: Some("Trưởng thôn"),
};

const STREET: ProfileData = ProfileData {
    birth_years: &[
        (10, (1941, 1951)),
        (30, (1952, 1965)),
        (27, (1966, 1980)),
        (23, (1981, 1995)),
        (10, (1996, 2004)),
    ],
    women_pct: 38,
    professional: &[
        (5, "Không"),
        (3, "Trung cấp Kế toán"),
        (2, "Cao đẳng Điện"),
        (2, "Cao đẳng Sư phạm"),
        (3, "Đại học Kinh tế"),
        (2, "Đại học Xây dựng"),
        (2, "Đại học Luật"),
        (1, "Bác sĩ đa khoa"),
        (1, "Kỹ sư Cơ khí"),
    ],
    staff_posts: &[
        "Kinh doanh",
        "Viên chức",
        "Giáo viên",
        "Công nhân",
        "Lao động tự do",
        "Nhân viên văn phòng",
    ],
    retired_posts: &[
        "Hưu trí",
        "Cán bộ hưu trí",
        "Cựu chiến binh",
        "Giáo viên nghỉ hưu",
    ],
    leader_posts: &[
        "",
        "Trưởng ban công tác Mặt trận tổ dân phố",
        "Chi hội trưởng Hội Phụ nữ",
        "Chi hội trưởng Hội Cựu chiến binh",
        "Tổ phó tổ dân phố",
        "Bí thư Chi đoàn tổ dân phố",
        "Trưởng ban thanh tra nhân dân",
    ],
    head_post: Some("Tổ trưởng tổ dân phố"),
};

const PARTY_OFFICE: ProfileData = ProfileData {
    birth_years: &[(30, (1970, 1982)), (50, (1983, 1993)), (20, (1994, 2000))],
    women_pct: 45,
    professional: &[
        (4, "Đại học Luật"),
        (4, "Đại học Hành chính"),
        (3, "Đại học Xây dựng Đảng và Chính quyền nhà nước"),
        (2, "Thạc sĩ Quản lý công"),
        (2, "Đại học Kinh tế"),
    ],
    staff_posts: &[
        "Chuyên viên Văn phòng Đảng ủy",
        "Chuyên viên Ban Xây dựng Đảng",
        "Chuyên viên Ủy ban Kiểm tra Đảng ủy",
        "Chuyên viên Ủy ban Mặt trận Tổ quốc phường",
        "Kế toán Văn phòng Đảng ủy",
    ],
    retired_posts: &["Chuyên viên Văn phòng Đảng ủy"],
    leader_posts: &[
        "Phó Bí thư Thường trực Đảng ủy phường",
        "Chánh Văn phòng Đảng ủy",
        "Chủ tịch Ủy ban Mặt trận Tổ quốc phường",
        "Chủ tịch Hội Liên hiệp Phụ nữ phường",
        "Bí thư Đoàn phường",
    ],
    head_post: None,
};

const GOVERNMENT: ProfileData = ProfileData {
    birth_years: &[(30, (1970, 1982)), (50, (1983, 1993)), (20, (1994, 2000))],
    women_pct: 40,
    professional: &[
        (3, "Đại học Luật"),
        (3, "Đại học Quản lý đất đai"),
        (3, "Đại học Kinh tế"),
        (2, "Đại học Xây dựng"),
        (2, "Đại học Văn hóa"),
        (1, "Thạc sĩ Quản lý kinh tế"),
    ],
    staff_posts: &[
        "Chuyên viên Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
        "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị",
        "Chuyên viên Phòng Văn hóa - Xã hội",
        "Viên chức Trung tâm Phục vụ hành chính công",
        "Kế toán ngân sách phường",
    ],
    retired_posts: &["Chuyên viên Phòng Văn hóa - Xã hội"],
    leader_posts: &[
        "Chủ tịch Ủy ban nhân dân phường",
        "Phó Chủ tịch Ủy ban nhân dân phường",
        "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
        "Trưởng phòng Kinh tế, Hạ tầng và Đô thị",
        "Trưởng phòng Văn hóa - Xã hội",
    ],
    head_post: None,
};

const SCHOOL: ProfileData = ProfileData {
    birth_years: &[(30, (1972, 1984)), (50, (1985, 1995)), (20, (1996, 2001))],
    women_pct: 85,
    professional: &[
        (4, "Đại học Sư phạm Mầm non"),
        (2, "Cao đẳng Sư phạm Mầm non"),
        (3, "Đại học Sư phạm Tiểu học"),
        (1, "Thạc sĩ Quản lý giáo dục"),
    ],
    staff_posts: &[
        "Giáo viên",
        "Giáo viên",
        "Giáo viên",
        "Tổ phó chuyên môn",
        "Nhân viên văn thư",
    ],
    retired_posts: &["Giáo viên"],
    leader_posts: &[
        "Hiệu trưởng",
        "Phó Hiệu trưởng",
        "Chủ tịch Công đoàn",
        "Tổ trưởng chuyên môn",
    ],
    head_post: None,
};

const POLICE: ProfileData = ProfileData {
    birth_years: &[(25, (1976, 1985)), (45, (1986, 1995)), (30, (1996, 2002))],
    women_pct: 12,
    professional: &[
        (4, "Đại học An ninh nhân dân"),
        (4, "Đại học Cảnh sát nhân dân"),
        (3, "Trung cấp Cảnh sát nhân dân"),
    ],
    staff_posts: &[
        "Cán bộ Công an phường, Đội Cảnh sát quản lý hành chính",
        "Cán bộ Công an phường, Đội An ninh",
        "Cán bộ Công an phường, Đội Cảnh sát khu vực",
        "Cán bộ Công an phường, tổ Tổng hợp",
    ],
    retired_posts: &["Cán bộ Công an phường, tổ Tổng hợp"],
    leader_posts: &[
        "Trưởng Công an phường",
        "Phó Trưởng Công an phường",
        "Phó Trưởng Công an phường",
        "Đội trưởng Đội Cảnh sát khu vực",
        "Đội trưởng Đội An ninh",
    ],
    head_post: None,
};

const MILITARY: ProfileData = ProfileData {
    birth_years: &[(30, (1975, 1985)), (40, (1986, 1995)), (30, (1996, 2003))],
    women_pct: 0,
    professional: &[
        (3, "Cao đẳng Quân sự cơ sở"),
        (3, "Trung cấp Quân sự cơ sở"),
        (1, "Đại học Chỉ huy tham mưu"),
    ],
    staff_posts: &[
        "Trung đội trưởng dân quân cơ động",
        "Tiểu đội trưởng dân quân",
        "Chiến sĩ dân quân thường trực",
    ],
    retired_posts: &["Trung đội trưởng dân quân cơ động"],
    leader_posts: &[
        "Chỉ huy trưởng Ban Chỉ huy Quân sự phường",
        "Chỉ huy phó Ban Chỉ huy Quân sự phường",
        "Trung đội trưởng dân quân cơ động",
    ],
    head_post: None,
};

const ENTERPRISE: ProfileData = ProfileData {
    birth_years: &[(30, (1972, 1984)), (50, (1985, 1995)), (20, (1996, 2003))],
    women_pct: 58,
    professional: &[
        (3, "Trung cấp May thời trang"),
        (3, "Cao đẳng Công nghệ may"),
        (2, "Đại học Kế toán"),
        (2, "Kỹ sư Dệt may"),
        (2, "Đại học Quản trị kinh doanh"),
        (1, "Không"),
    ],
    staff_posts: &[
        "Công nhân may",
        "Tổ trưởng tổ may",
        "Kỹ thuật viên chuyền may",
        "Nhân viên phòng Kế hoạch",
        "Nhân viên kiểm hóa",
    ],
    retired_posts: &["Nhân viên phòng Kế hoạch"],
    leader_posts: &[
        "Giám đốc Công ty",
        "Chủ tịch Công đoàn Công ty",
        "Kế toán trưởng",
        "Trưởng phòng Kỹ thuật",
        "Quản đốc phân xưởng may",
    ],
    head_post: None,
};

const HEALTH: ProfileData = ProfileData {
    birth_years: &[(40, (1976, 1988)), (60, (1989, 1998))],
    women_pct: 65,
    professional: &[
        (2, "Bác sĩ đa khoa"),
        (3, "Cao đẳng Điều dưỡng"),
        (1, "Cao đẳng Dược"),
    ],
    staff_posts: &["Điều dưỡng", "Y sĩ", "Dược sĩ"],
    retired_posts: &["Y sĩ"],
    leader_posts: &[
        "Trạm trưởng Trạm Y tế phường",
        "Phó Trạm trưởng Trạm Y tế phường",
    ],
    head_post: None,
};
