//! Opening a workspace while its branch files are still being read.

use crate::vi::format::thousands;

/// The status line while branch files are read: "Đang tải hồ sơ: 1.204/2.912 chi bộ…".
pub fn loading_status(done: usize, total: usize) -> String {
    format!(
        "Đang tải hồ sơ: {}/{} chi bộ…",
        thousands(done as i64),
        thousands(total as i64)
    )
}

/// Hover text of the status line.
pub const LOADING_HINT: &str = "Các chi bộ hiện ra trong danh sách khi đã đọc xong tệp. \
     Có thể làm việc với chi bộ đã hiện ra ngay bây giờ.";

/// The selected branch is not read yet.
pub const BRANCH_LOADING: &str = "Đang tải chi bộ này…";

/// A ward-level action that needs every branch, asked for while loading.
pub const WAIT_FOR_LOADING: &str = "Hồ sơ các chi bộ đang được tải, số liệu chưa đủ. \
     Hãy chờ dòng \u{201c}Đang tải hồ sơ\u{201d} ở cuối cửa sổ biến mất rồi làm lại.";

/// The status line while every branch is checked again after the ward
/// settings were saved: "Đang kiểm tra lại theo cài đặt mới: 1.204/2.912 chi bộ…".
pub fn recheck_status(done: usize, total: usize) -> String {
    format!(
        "Đang kiểm tra lại theo cài đặt mới: {}/{} chi bộ…",
        thousands(done as i64),
        thousands(total as i64)
    )
}

/// Hover text of that line.
pub const RECHECK_HINT: &str = "Danh sách lỗi của các chi bộ được cập nhật dần theo cài đặt \
     vừa lưu. Vẫn có thể làm việc bình thường.";
