//! What each template field means, in Vietnamese.

/// "(12 mục)" for a list's demo value.
pub fn items(n: usize) -> String {
    format!("({n} mục)")
}

/// The description of a field path (item fields as "members[].name");
/// empty when none is written (a unit test lists those).
pub fn description(path: &str) -> &'static str {
    if let Some((list, field)) = path.rsplit_once("[].") {
        return if list.ends_with("targets") {
            target(field)
        } else if list == "agenda" {
            agenda_step(field)
        } else {
            person(field)
        };
    }
    if let Some((_, field)) = path.split_once(".structure.") {
        return structure(field);
    }
    match path {
        "ward.name" => "Tên đảng bộ phường/xã",
        "ward.superior" => "Tên cấp trên của đảng bộ (huyện, thị, thành ủy)",
        "ward.committee" => "Tên Đảng ủy phường/xã",
        "ward.place" => "Địa danh ghi ở dòng ngày tháng",
        "branch.name" => "Tên chi bộ",
        "branch.kind" => "Loại hình chi bộ",
        "branch.has_committee" => "Chi bộ đã có chi ủy (đúng/sai)",
        "branch.elects_committee" => "Đủ đảng viên chính thức để bầu chi ủy (đúng/sai)",
        "branch.secretary" => "Họ tên bí thư đương nhiệm",
        "branch.deputy" => "Họ tên phó bí thư đương nhiệm",
        "branch.outgoing_officers" => {
            "\"Bí thư, Phó Bí thư\" hoặc \"Bí thư\" (nhiệm kỳ sắp kết thúc)"
        }
        "branch.members_sentence" => {
            "Số đảng viên thành câu (\"61 đảng viên (58 đảng viên chính thức, 3 đảng viên dự bị)\"), bỏ loại bằng 0"
        }
        "branch.committee_threshold" => "Số đảng viên chính thức tối thiểu để bầu chi ủy (9)",
        "branch.leadership" => "\"Chi ủy\" hoặc \"Chi bộ\" (ai lãnh đạo)",
        "branch.on_behalf" => "\"T/M CHI ỦY\" hoặc \"T/M CHI BỘ\"",
        "branch.members_total" => "Tổng số đảng viên",
        "branch.members_full" => "Số đảng viên chính thức",
        "branch.members_probationary" => "Số đảng viên dự bị",
        "branch.exempted" => "Số đảng viên miễn sinh hoạt",
        "branch.summoned" => "Số đảng viên triệu tập dự đại hội",
        "branch.present" => "Số đảng viên có mặt",
        "branch.absent" => "Số đảng viên vắng mặt",
        "branch.women" => "Số đảng viên nữ",
        "branch.committee" => "Danh sách chi ủy đương nhiệm",
        "congress.number" => "Đại hội lần thứ",
        "congress.term" => "Nhiệm kỳ (\"2025 - 2027\")",
        "congress.term_start" => "Năm đầu nhiệm kỳ",
        "congress.previous_term" => {
            "Nhiệm kỳ vừa qua (\"2022 - 2025\"); trống nếu không suy ra được"
        }
        "congress.term_end" => "Năm cuối nhiệm kỳ",
        "congress.date" => "Ngày đại hội",
        "congress.time" => "Giờ khai mạc",
        "congress.place" => "Địa điểm đại hội",
        "congress.guests" => "Đại biểu khách mời",
        "report.context" => "Báo cáo chính trị: đặc điểm tình hình",
        "report.results_economy" => "Báo cáo chính trị: nhiệm vụ chính trị, kinh tế - xã hội",
        "report.results_defence" => "Báo cáo chính trị: quốc phòng - an ninh",
        "report.results_party_building" => "Báo cáo chính trị: xây dựng Đảng, hệ thống chính trị",
        "report.results_mass_mobilisation" => "Báo cáo chính trị: dân vận, Mặt trận, đoàn thể",
        "report.limitations" => "Báo cáo chính trị: hạn chế, yếu kém",
        "report.causes_objective" => "Báo cáo chính trị: nguyên nhân khách quan",
        "report.causes_subjective" => "Báo cáo chính trị: nguyên nhân chủ quan",
        "report.lessons" => "Báo cáo chính trị: bài học kinh nghiệm",
        "report.direction" => "Báo cáo chính trị: phương hướng, mục tiêu nhiệm kỳ tới",
        "report.tasks" => "Báo cáo chính trị: nhiệm vụ, giải pháp",
        "report.secretary_self_review" => "Tự kiểm điểm của bí thư (chi bộ chưa có chi ủy)",
        "report.targets" => "Các chỉ tiêu chủ yếu (danh sách)",
        "review.strengths" => "Kiểm điểm: ưu điểm",
        "review.shortcomings" => "Kiểm điểm: hạn chế, khuyết điểm",
        "review.causes" => "Kiểm điểm: nguyên nhân",
        "review.remedy_previous" => "Kiểm điểm: kết quả khắc phục kỳ trước",
        "review.responsibility" => "Kiểm điểm: trách nhiệm tập thể, cá nhân",
        "review.direction" => "Kiểm điểm: phương hướng khắc phục",
        "resolution.assessment" => "Nghị quyết: đánh giá nhiệm kỳ qua",
        "resolution.extra_tasks" => "Nghị quyết: nhiệm vụ thêm",
        "resolution.direction" => "Nghị quyết: phương hướng (như báo cáo chính trị)",
        "resolution.tasks" => "Nghị quyết: nhiệm vụ, giải pháp (như báo cáo chính trị)",
        "resolution.targets" => "Nghị quyết: chỉ tiêu (đúng danh sách của báo cáo)",
        "personnel.committee_size" => "Số lượng chi ủy viên dự kiến",
        "personnel.elects_committee" => "Bầu chi ủy (đúng) hay chỉ bầu bí thư, phó bí thư",
        "personnel.leadership" => {
            "Ai được giao lãnh đạo nhiệm kỳ mới: \"Chi ủy\", \"Bí thư, Phó Bí thư chi bộ\" hoặc \"Bí thư chi bộ\""
        }
        "personnel.elected_titles" => {
            "Chức danh Đại hội bầu: \"Chi ủy, Bí thư, Phó Bí thư\", \"Bí thư, Phó Bí thư\"…"
        }
        "personnel.officers" => "\"Bí thư, Phó Bí thư\" hoặc \"Bí thư\"",
        "personnel.committee_size_text" => "Số chi ủy viên dự kiến; trống nếu chưa nhập",
        "personnel.candidates_sentence" => {
            "Số người trong danh sách đề cử, số dư, số nữ thành câu (bỏ phần bằng 0)"
        }
        "personnel.elect_deputy" => "Có bầu phó bí thư (đúng/sai)",
        "personnel.approval_ref" => "Văn bản đồng ý nhân sự của Đảng ủy",
        "personnel.candidate_count" => "Số người trong danh sách bầu cử",
        "personnel.surplus" => "Số dư",
        "personnel.surplus_percent" => "Tỷ lệ số dư",
        "personnel.women" => "Số nữ trong danh sách",
        "personnel.secretary" => "Dự kiến bí thư",
        "personnel.deputy" => "Dự kiến phó bí thư",
        "personnel.candidates" => "Danh sách bầu cử",
        "personnel.nominees" => "Nhân sự dự kiến (xếp theo tên)",
        "personnel.nominees_count" => "Số nhân sự dự kiến",
        "results.held" => "Đã đại hội (đúng/sai)",
        "results.draft_line" => {
            "Xuống dòng và \"(Dự thảo)\" khi chưa đại hội; trống khi đã đại hội"
        }
        "agenda" => "Các bước của chương trình đại hội, theo thứ tự hướng dẫn",
        "results.secretary_to_be_appointed" => "Bí thư sẽ do Đảng ủy chỉ định (đúng/sai)",
        "results.elected" => "Người trúng cử",
        "members" => "Mọi đảng viên của chi bộ",
        "doc.number" => "Số văn bản (\"Số 01-BC/CB\")",
        "doc.place_date" => "Dòng địa danh, ngày tháng",
        _ => "",
    }
}

fn target(field: &str) -> &'static str {
    match field {
        "stt" => "Chỉ tiêu: số thứ tự",
        "indicator" => "Chỉ tiêu: nội dung",
        "unit" => "Chỉ tiêu: đơn vị tính",
        "plan" => "Chỉ tiêu: kế hoạch nhiệm kỳ qua",
        "achieved" => "Chỉ tiêu: kết quả thực hiện",
        "next" => "Chỉ tiêu: nhiệm kỳ tới",
        _ => "",
    }
}

fn person(field: &str) -> &'static str {
    match field {
        "stt" => "Người: số thứ tự",
        "name" => "Người: họ và tên",
        "birth" => "Người: ngày sinh",
        "birth_year" => "Người: năm sinh",
        "gender" => "Người: giới tính",
        "ethnicity" => "Người: dân tộc",
        "hometown" => "Người: quê quán",
        "education" => "Người: trình độ học vấn",
        "professional" => "Người: trình độ chuyên môn",
        "political_theory" => "Người: lý luận chính trị",
        "joined" => "Người: ngày vào Đảng",
        "official" => "Người: ngày chính thức",
        "posts" => "Người: chức vụ hiện nay",
        "role" => "Người: chức vụ đương nhiệm trong chi ủy",
        "proposed" => "Người: dự kiến chức danh",
        "elected" => "Người: chức danh trúng cử",
        "full" => "Người: đảng viên chính thức (đúng/sai)",
        "exempted" => "Người: miễn sinh hoạt (đúng/sai)",
        "village_head" => "Người: trưởng thôn, tổ trưởng tổ dân phố (đúng/sai)",
        _ => "",
    }
}

fn agenda_step(field: &str) -> &'static str {
    match field {
        "stt" => "Bước: số thứ tự",
        "content" => "Bước: nội dung",
        "by" => "Bước: người thực hiện",
        _ => "",
    }
}

fn structure(field: &str) -> &'static str {
    match field {
        "description" => "Cơ cấu: lời văn",
        "count" => "Cơ cấu: số người",
        "women" => "Cơ cấu: số nữ",
        "women_percent" => "Cơ cấu: tỷ lệ nữ",
        "under_35" => "Cơ cấu: số người dưới 35 tuổi",
        "under_35_percent" => "Cơ cấu: tỷ lệ dưới 35 tuổi",
        "young" => "Cơ cấu: số người trẻ (theo tuổi quy định)",
        "young_percent" => "Cơ cấu: tỷ lệ người trẻ",
        "young_age" => "Cơ cấu: tuổi tính là trẻ",
        "ethnic_minority" => "Cơ cấu: số người dân tộc thiểu số",
        "ethnic_minority_percent" => "Cơ cấu: tỷ lệ dân tộc thiểu số",
        "reelected" => "Cơ cấu: số tái cử",
        "reelected_percent" => "Cơ cấu: tỷ lệ tái cử",
        "new" => "Cơ cấu: số mới tham gia",
        "new_percent" => "Cơ cấu: tỷ lệ mới tham gia",
        "first_time" => "Cơ cấu: số tham gia cấp ủy lần đầu",
        "first_time_percent" => "Cơ cấu: tỷ lệ tham gia lần đầu",
        "average_age" => "Cơ cấu: tuổi bình quân",
        "secretary_village_head" => "Cơ cấu: bí thư đồng thời là trưởng thôn, tổ trưởng (đúng/sai)",
        _ => "",
    }
}

/// The heading of the generated fields list in `HUONG-DAN.md`.
pub const GUIDE_FIELDS_HEADING: &str = "## Danh sách chỗ điền (tự sinh từ chương trình)";
pub const GUIDE_FIELDS_INTRO: &str = "Chỗ điền viết trong dấu ngoặc nhọn, ví dụ `{branch.name}`. \
Trường của một danh sách (ghi `tên[].trường`) dùng trong vòng lặp: \
`{#for m in members}{m.name}{/for}`. Cột \"Ví dụ\" là giá trị của chi bộ mẫu.";
pub const GUIDE_COL_FIELD: &str = "Chỗ điền";
pub const GUIDE_COL_MEANING: &str = "Ý nghĩa";
pub const GUIDE_COL_DEMO: &str = "Ví dụ";
