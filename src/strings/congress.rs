//! The congress-day screens: roll call, ballot-by-ballot counting, the
//! projection screen, the stage of each branch on the ward overview.

// ---- roll call (điểm danh) ----

pub const SCREEN_ROLL_CALL: &str = "Điểm danh";
pub const ROLL_CALL_TITLE: &str = "Điểm danh đảng viên dự đại hội";
pub const ROLL_CALL_KEYS: &str = "Gõ vài chữ của tên (không cần dấu) để tìm · mũi tên lên, xuống: chọn người · \
     Enter hoặc 1: có mặt · 2: vắng có lý do (rồi gõ lý do, Enter) · 3: vắng không lý do · \
     0: xóa điểm danh · Esc: xóa ô tìm.";
pub const SEARCH_LABEL: &str = "Tìm đảng viên";
pub const SEARCH_HINT: &str = "gõ tên, ví dụ: lan";
pub const NO_MEMBERS: &str =
    "Chi bộ chưa có đảng viên nào. Hãy nhập danh sách ở mục \"Đảng viên\" trước khi điểm danh.";
pub const NO_MATCH: &str = "Không có đảng viên nào khớp với chữ đã gõ.";
pub const COL_STT: &str = "STT";
pub const COL_NAME: &str = "Họ và tên";
pub const COL_KIND: &str = "Đảng viên";
pub const COL_ATTENDANCE: &str = "Điểm danh";
pub const COL_REASON: &str = "Lý do vắng";
pub const PRESENT: &str = "Có mặt";
pub const ABSENT_EXCUSED: &str = "Vắng có lý do";
pub const ABSENT_UNEXCUSED: &str = "Vắng không lý do";
pub const NOT_RECORDED: &str = "Chưa điểm danh";
pub const EXEMPTED_SHORT: &str = "miễn SH";

/// The accessible name of one attendance button: "Nguyễn Văn An: Có mặt".
pub fn mark_label(name: &str, mark: &str) -> String {
    format!("{name}: {mark}")
}

/// The accessible name of a reason field.
pub fn reason_label(name: &str) -> String {
    format!("Lý do vắng: {name}")
}

/// A member not summoned: "Không triệu tập (Chuyển sinh hoạt tạm thời)".
pub fn not_summoned(standing: &str) -> String {
    format!("Không triệu tập ({standing})")
}

pub fn cannot_mark(name: &str, standing: &str) -> String {
    format!("{name} không được triệu tập ({standing}) nên không điểm danh.")
}

/// The counts at the top of the roll call.
pub fn count_summoned(n: u32) -> String {
    format!("Triệu tập: {n}")
}
pub fn count_present(n: u32) -> String {
    format!("Có mặt: {n}")
}
pub fn count_absent_excused(n: u32) -> String {
    format!("Vắng có lý do: {n}")
}
pub fn count_absent_unexcused(n: u32) -> String {
    format!("Vắng không lý do: {n}")
}
pub fn count_not_recorded(n: u32) -> String {
    format!("Chưa điểm danh: {n}")
}

/// The election denominator and how it follows from the roll call.
pub fn denominator_line(summoned: u32, full: u32, left_out: &[(&str, u32)], needed: u32) -> String {
    let parts: Vec<String> = left_out
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(what, n)| format!("{n} {what}"))
        .collect();
    if parts.is_empty() {
        format!(
            "Mẫu số bầu cử: {summoned} đảng viên chính thức được triệu tập. \
             Trúng cử phải được trên một nửa: ít nhất {needed} phiếu."
        )
    } else {
        format!(
            "Mẫu số bầu cử: {summoned} đảng viên chính thức được triệu tập \
             ({full} chính thức, không tính {}). Trúng cử phải được trên một nửa: ít nhất {needed} phiếu.",
            parts.join(", ")
        )
    }
}

pub const LEFT_TRANSFER: &str = "chuyển sinh hoạt tạm thời";
pub const LEFT_SUSPENDED: &str = "đình chỉ sinh hoạt";
pub const LEFT_DETAINED: &str = "bị tạm giam";
pub const LEFT_EXEMPTED_ABSENT: &str = "miễn sinh hoạt vắng mặt";
pub const LEFT_EXCUSED: &str = "vắng có lý do";

/// "Có mặt 20/24 đảng viên được triệu tập (83,3%)".
pub fn present_share(present: u32, summoned: u32, pct: &str) -> String {
    format!("Có mặt {present}/{summoned} đảng viên được triệu tập ({pct}).")
}
