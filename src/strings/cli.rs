//! Messages of the command line.

use std::path::Path;

pub const ABOUT: &str = "daihoi — chuẩn bị đại hội chi bộ: bản thảo, kiểm tra theo quy định, \
văn bản Word đúng thể thức HD 36-HD/VPTW. Chạy không có lệnh con để mở ứng dụng.";
pub const NEED_WORKSPACE: &str = "Cần chỉ ra thư mục hồ sơ: thêm --workspace THƯ_MỤC (ví dụ: daihoi check --workspace D:\\hoso).";
pub const ERROR_TAG: &str = "[Lỗi]";
pub const WARNING_TAG: &str = "[Lưu ý]";

pub fn demo_dir_not_empty(dir: &Path) -> String {
    format!(
        "Thư mục {} đã có dữ liệu; hồ sơ mẫu chỉ ghi vào thư mục trống để không đè lên gì. \
         Hãy chọn thư mục khác.",
        dir.display()
    )
}

pub fn demo_written(dir: &Path, branches: usize) -> String {
    format!(
        "Đã ghi hồ sơ phường mẫu ({branches} chi bộ) vào {}.",
        dir.display()
    )
}

/// "Báo cáo chính trị › [drafts.political_report.context] message".
pub fn located(doc: Option<&str>, field: &str, message: &str) -> String {
    let doc = doc.map(|d| format!("{d} › ")).unwrap_or_default();
    format!("{doc}[{field}] {message}")
}

pub fn same_names(name: &str, files: &[String]) -> String {
    format!(
        "{} chi bộ cùng tên \"{name}\" (không kể chữ hoa, chữ thường): {}. Báo cáo tổng hợp và \
         văn phòng không phân biệt được; hãy đặt tên riêng cho từng chi bộ (ví dụ thêm số thôn, \
         tổ).",
        files.len(),
        files.join(", ")
    )
}

pub fn check_summary(branches: usize, errors: usize, warnings: usize) -> String {
    format!("Đã kiểm tra {branches} chi bộ: {errors} lỗi, {warnings} lưu ý.")
}

pub fn bad_date_arg(s: &str) -> String {
    format!("Ngày \"{s}\" không đúng dạng YYYY-MM-DD (ví dụ 2025-08-05).")
}
