//! Messages about the workspace as a whole: who holds it, kept versions,
//! the trash, saves that succeeded with something to say.

use std::path::Path;

pub fn save_conflict(path: &Path, kept: &Path) -> String {
    format!(
        "Tệp {} đã bị thay đổi ở nơi khác (máy khác hoặc chương trình khác) từ khi mở. \
         Bản đó được giữ nguyên ở {}; bản của bạn đã được lưu vào {}. Hãy so sánh hai bản \
         nếu cần lấy lại phần sửa kia.",
        path.display(),
        kept.display(),
        path.display()
    )
}

pub fn backup_failed(path: &Path, reason: &str) -> String {
    format!(
        "Đã lưu, nhưng không giữ được bản trước trong thư mục {} ({reason}). \
         Các lần lưu vẫn tiếp tục; hãy kiểm tra quyền ghi và chỗ trống của thư mục đó \
         để có lại bản sao lưu.",
        path.display()
    )
}

// Short forms for the top bar (the full text is in the tooltip).
pub const SAVE_CONFLICT_SHORT: &str = "Đã lưu, đã giữ cả bản sửa ở nơi khác";
pub const BACKUP_FAILED_SHORT: &str = "Đã lưu, nhưng không tạo được bản sao lưu";

/// Who holds the workspace.
pub fn holder(host: &str, user: &str, pid: u32, since: &str) -> String {
    format!("máy {host}, người dùng {user}, tiến trình {pid}, mở từ {since}")
}

/// `holder`: [`holder`]'s text, when known.
pub fn read_only_banner(holder: Option<&str>) -> String {
    match holder {
        Some(h) => format!(
            "CHỈ XEM: hồ sơ này đang được mở để sửa ở nơi khác ({h}). Cửa sổ này không lưu gì; \
             khi cửa sổ kia đóng, bấm \"Tiếp quản\" để sửa tại đây."
        ),
        None => "CHỈ XEM: hồ sơ này đang được mở để sửa ở nơi khác. Cửa sổ này không lưu gì; \
                 khi cửa sổ kia đóng, bấm \"Tiếp quản\" để sửa tại đây."
            .into(),
    }
}
pub const TAKE_OVER: &str = "Tiếp quản";
pub const TAKE_OVER_WAIT: &str = "Nơi kia vẫn đang mở hồ sơ, chưa tiếp quản được.";
pub const TAKEN_OVER: &str = "Đã tiếp quản hồ sơ: đã đọc lại các tệp từ ổ đĩa, giờ có thể sửa.";
pub fn lock_failed(root: &Path, reason: &str) -> String {
    format!(
        "Không tạo được tệp khóa trong {} ({reason}): hồ sơ mở ở chế độ chỉ xem để không ghi \
         đè lên nơi khác. Hãy kiểm tra quyền ghi của thư mục.",
        root.display()
    )
}

// Kept versions.
pub const HISTORY_MENU: &str = "Khôi phục bản trước…";
pub const HISTORY_TITLE: &str = "Khôi phục bản trước";
pub const HISTORY_EMPTY: &str = "Chưa có bản lưu trước nào của chi bộ này.";
pub const HISTORY_RESTORE: &str = "Khôi phục bản này";
pub const HISTORY_NOTE: &str = "Khôi phục là một bước sửa: bấm Ctrl+Z để quay lại bản hiện tại.";
pub const NO_DIFFERENCE: &str = "giống bản hiện tại";
pub fn history_unreadable(reason: &str) -> String {
    format!("không đọc được ({reason})")
}
pub fn restored_version(name: &str, when: &str) -> String {
    format!("Đã khôi phục \"{name}\" về bản lúc {when}. Bấm Ctrl+Z để hoàn tác.")
}
pub fn members_added(n: usize) -> String {
    format!("hiện nay thêm {n} đảng viên")
}
pub fn members_removed(n: usize) -> String {
    format!("hiện nay bớt {n} đảng viên")
}
pub fn members_changed(n: usize) -> String {
    format!("{n} đảng viên có thông tin khác")
}
pub const NAME_DIFFERS: &str = "tên chi bộ khác";
pub const CONGRESS_DIFFERS: &str = "thông tin đại hội khác";
pub const DRAFTS_DIFFER: &str = "nội dung dự thảo khác";
pub const RESULTS_DIFFER: &str = "kết quả bầu cử khác";
pub const CHECKLIST_DIFFERS: &str = "tiến độ văn bản khác";
pub const OTHER_DIFFERS: &str = "khác ở các mục khác";

// Trash.
pub const TRASH_MENU: &str = "Thùng rác…";
pub const TRASH_TITLE: &str = "Thùng rác: chi bộ đã xóa";
pub const TRASH_EMPTY_LIST: &str = "Thùng rác trống.";
pub const TRASH_RESTORE: &str = "Lấy lại";
pub const TRASH_EMPTY: &str = "Dọn sạch thùng rác";
pub const TRASH_EMPTY_CONFIRM: &str =
    "Xóa hẳn mọi chi bộ trong thùng rác? Việc này không hoàn tác được.";
pub fn trash_item(name: &str, members: usize, when: &str) -> String {
    format!("{name} — {members} đảng viên — xóa lúc {when}")
}
pub fn trash_restored(name: &str) -> String {
    format!("Đã lấy lại \"{name}\" từ thùng rác.")
}
pub fn trash_emptied(n: usize) -> String {
    format!("Đã dọn thùng rác ({n} chi bộ).")
}
pub fn deleted_to_trash(name: &str) -> String {
    format!("Đã chuyển \"{name}\" vào thùng rác. Bấm Ctrl+Z để lấy lại, hoặc mở Tệp › Thùng rác.")
}

// ---- A workspace folder that is not there ----

pub const MISSING_TITLE: &str = "Không thấy thư mục hồ sơ";

pub fn missing_folder(dir: &std::path::Path) -> String {
    format!(
        "Thư mục hồ sơ {} không tồn tại hoặc đang trống (có thể gõ sai đường dẫn, hoặc thư mục \
         đã được chuyển đi, đổi tên, hay ổ USB chưa cắm). Chưa có gì được tạo ra.",
        dir.display()
    )
}

pub const MISSING_CREATE: &str = "Tạo hồ sơ mới (phường mẫu) ở thư mục này";

pub fn missing_open_default(dir: &std::path::Path) -> String {
    format!("Mở hồ sơ mặc định ({})", dir.display())
}

pub const MISSING_QUIT: &str = "Thoát để kiểm tra lại đường dẫn";
