//! The built-in file and folder picker (used where the system has no file
//! dialog).

use std::path::Path;

pub const BUILTIN_NOTE: &str = "Máy này chưa có hộp chọn tệp của hệ thống (trên Linux cần \
xdg-desktop-portal hoặc zenity), nên chương trình dùng hộp chọn có sẵn của mình. \
Bấm đúp vào thư mục để mở, hoặc gõ đường dẫn rồi bấm \"Đi tới\".";
pub const FOLDER: &str = "Thư mục:";
pub const GO: &str = "Đi tới";
pub const UP: &str = "Lên thư mục trên";
pub const HOME: &str = "Thư mục nhà";
pub const DESKTOP: &str = "Màn hình nền";
pub const DOCUMENTS: &str = "Tài liệu";
pub const EMPTY: &str = "(Thư mục trống)";
pub const FILE_NAME: &str = "Tên tệp:";
pub const CHOOSE_FOLDER: &str = "Chọn thư mục này";
pub const CHOOSE_FILE: &str = "Chọn tệp";
pub const SAVE_HERE: &str = "Lưu";
pub const CANCEL: &str = "Hủy";
pub const PICK_A_FILE: &str = "Hãy bấm chọn một tệp trong danh sách.";
pub const TYPE_A_NAME: &str = "Hãy gõ tên tệp.";
pub const NAME_IS_FOLDER: &str = "Tên này là một thư mục: hãy gõ tên tệp khác.";

pub fn folder_entry(name: &str) -> String {
    format!("[Thư mục] {name}")
}

pub fn drive(letter: char) -> String {
    format!("Ổ {letter}:")
}

pub fn cannot_read(dir: &Path, detail: &str) -> String {
    format!(
        "Không mở được thư mục {} ({detail}). Hãy kiểm tra đường dẫn, hoặc chọn thư mục khác.",
        dir.display()
    )
}

pub fn will_overwrite(path: &Path) -> String {
    format!(
        "Tệp {} đã có. Bấm \"Lưu\" lần nữa để ghi đè, hoặc đổi tên tệp.",
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    )
}
