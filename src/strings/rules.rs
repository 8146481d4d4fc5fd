//! Messages of the rules (validation, election).

pub const BRANCH_NAME_MISSING: &str = "Chưa có tên chi bộ. Hãy nhập tên ở mục Thông tin chi bộ.";
pub const CONGRESS_DATE_MISSING: &str =
    "Chưa có ngày đại hội. Hãy nhập ngày ở mục Thông tin chi bộ.";
pub const CONGRESS_PLACE_MISSING: &str =
    "Chưa có địa điểm đại hội. Hãy nhập ở mục Thông tin chi bộ.";
pub const NO_MEMBERS: &str = "Chi bộ chưa có đảng viên nào. Hãy nhập danh sách ở mục Đảng viên.";
pub const TARGETS_EMPTY: &str =
    "Báo cáo chính trị chưa có chỉ tiêu nào. Hãy thêm các chỉ tiêu chủ yếu vào bảng chỉ tiêu.";
pub const CANDIDATE_NOT_MEMBER: &str =
    "Người được đề cử không còn trong danh sách đảng viên. Hãy chọn lại nhân sự.";

pub const PR_CONTEXT: &str = "Đặc điểm tình hình";
pub const PR_ECONOMY: &str = "Kết quả thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội";
pub const PR_PARTY: &str = "Công tác xây dựng Đảng";
pub const PR_LIMITATIONS: &str = "Hạn chế, yếu kém";
pub const PR_CAUSES_SUBJECTIVE: &str = "Nguyên nhân chủ quan";
pub const PR_DIRECTION: &str = "Phương hướng, mục tiêu";
pub const PR_TASKS: &str = "Nhiệm vụ và giải pháp";
pub const SC_STRENGTHS: &str = "Ưu điểm";
pub const SC_SHORTCOMINGS: &str = "Hạn chế, khuyết điểm";
pub const SC_CAUSES: &str = "Nguyên nhân";
pub const SC_DIRECTION: &str = "Phương hướng khắc phục";

pub fn term_order(start: i32, end: i32) -> String {
    format!(
        "Nhiệm kỳ {start} - {end} không hợp lệ: năm kết thúc phải sau năm bắt đầu. Hãy sửa nhiệm kỳ."
    )
}

pub fn term_too_long(start: i32, end: i32) -> String {
    format!("Nhiệm kỳ {start} - {end} dài hơn 5 năm. Hãy kiểm tra lại nhiệm kỳ.")
}

pub fn congress_date_vs_term(year: i32, start: i32) -> String {
    format!(
        "Ngày đại hội ở năm {year} nhưng nhiệm kỳ mới bắt đầu năm {start}; nhiệm kỳ được tính từ năm tổ chức đại hội. Hãy sửa ngày đại hội hoặc nhiệm kỳ ở mục Thông tin chi bộ."
    )
}

fn dmy(d: time::Date) -> String {
    crate::vi::format::short_date(d)
}

pub fn document_after_congress(doc: &str, on: time::Date, congress: time::Date) -> String {
    format!(
        "{doc} được ghi hoàn thành/duyệt ngày {}, sau ngày đại hội {}. Hãy kiểm tra ngày đại hội hoặc trạng thái văn bản ở mục Danh mục văn bản.",
        dmy(on),
        dmy(congress)
    )
}

pub fn approval_before_request(approved: time::Date, request: time::Date) -> String {
    format!(
        "Ý kiến duyệt nhân sự của Đảng ủy ghi ngày {}, trước ngày của Tờ trình xin ý kiến ({}). Hãy sửa ngày duyệt (số, ngày văn bản của Đảng ủy) hoặc ngày đại hội.",
        dmy(approved),
        dmy(request)
    )
}

pub fn member_name_missing(row: usize) -> String {
    format!("Đảng viên ở dòng {row} chưa có họ và tên. Hãy nhập họ tên hoặc xóa dòng này.")
}

pub fn member_duplicate(name: &str, row: usize) -> String {
    format!(
        "Đảng viên {name} (dòng {row}) bị trùng: cùng họ tên và ngày sinh với một người ở trên. Hãy xóa dòng trùng."
    )
}

pub fn member_birth_missing(name: &str) -> String {
    format!("Đảng viên {name} chưa có ngày sinh (hoặc năm sinh).")
}

pub fn member_joined_missing(name: &str) -> String {
    format!("Đảng viên {name} chưa có ngày vào Đảng.")
}

pub fn member_official_missing(name: &str) -> String {
    format!("Đảng viên chính thức {name} chưa có ngày chính thức.")
}

pub fn member_official_before_joined(name: &str) -> String {
    format!("Đảng viên {name}: ngày chính thức trước ngày vào Đảng. Hãy sửa một trong hai ngày.")
}

pub fn member_joined_too_young(name: &str, age: i32) -> String {
    format!(
        "Đảng viên {name}: vào Đảng khi mới {age} tuổi (phải đủ 18 tuổi). Hãy kiểm tra ngày sinh và ngày vào Đảng."
    )
}

pub fn member_joined_after_congress(name: &str) -> String {
    format!("Đảng viên {name}: ngày vào Đảng sau ngày đại hội. Hãy kiểm tra lại.")
}

pub fn member_absent_no_reason(name: &str) -> String {
    format!("Đảng viên {name} vắng mặt nhưng chưa ghi lý do.")
}

pub fn section_empty_but_done(section: &str) -> String {
    format!(
        "Mục \"{section}\" còn trống nhưng văn bản đã đánh dấu xong. Hãy viết mục này hoặc chuyển văn bản về \"Đang soạn\"."
    )
}

pub fn target_indicator_missing(row: usize) -> String {
    format!("Chỉ tiêu ở dòng {row} chưa có tên. Hãy nhập tên chỉ tiêu hoặc xóa dòng.")
}

pub fn target_next_missing(indicator: &str) -> String {
    format!("Chỉ tiêu \"{indicator}\" chưa có mức phấn đấu cho nhiệm kỳ mới.")
}
