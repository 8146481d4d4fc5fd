//! Texts of the desktop app.

pub const APP_TITLE: &str = "Đại hội chi bộ — daihoi";
pub const NO_DATA_DIR: &str =
    "Không xác định được thư mục dữ liệu của máy. Hãy mở bằng: daihoi --workspace THƯ_MỤC";
pub const WINDOW_FAILED: &str = "Không mở được cửa sổ ứng dụng";
