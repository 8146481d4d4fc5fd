//! Texts of the desktop app.

use std::path::Path;

pub const APP_TITLE: &str = "Đại hội chi bộ — daihoi";
pub const NO_DATA_DIR: &str =
    "Không xác định được thư mục dữ liệu của máy. Hãy mở bằng: daihoi --workspace THƯ_MỤC";
pub const WINDOW_FAILED: &str = "Không mở được cửa sổ ứng dụng";

// ---- menus and top bar
pub const MENU_FILE: &str = "Hồ sơ";
pub const MENU_EDIT: &str = "Sửa";
pub const MENU_VIEW: &str = "Xem";
pub const OPEN_WORKSPACE: &str = "Mở thư mục hồ sơ khác…";
pub const OPEN_WORKSPACE_FOLDER: &str = "Mở thư mục hồ sơ trong máy";
pub const CHOOSE_EXPORT_DIR: &str = "Chọn thư mục xuất văn bản…";
pub const SAVE_NOW: &str = "Lưu ngay (Ctrl+S)";
pub const QUIT: &str = "Thoát";
pub const UNDO: &str = "Hoàn tác";
pub const UNDO_KEYS: &str = "Ctrl+Z";
pub const REDO_KEYS: &str = "Ctrl+Y";
// What an undo step does (shown on the Undo menu item).
pub const EDIT_RENAME: &str = "Đổi tên chi bộ";
pub const EDIT_RESULTS: &str = "Sửa kết quả bầu cử";
pub fn edit_import(n: usize) -> String {
    format!("Nhập {n} đảng viên từ bảng tính")
}
/// "Hoàn tác: nhập 2 đảng viên từ bảng tính" (the Sửa menu).
pub fn undo_what(label: &str) -> String {
    format!("Hoàn tác: {}", lower_first(label))
}
/// "Làm lại: …" (the Sửa menu).
pub fn redo_what(label: &str) -> String {
    format!("Làm lại: {}", lower_first(label))
}
/// "Đã hoàn tác: nhập 2 đảng viên từ bảng tính" (after Ctrl+Z).
pub fn undone(label: &str) -> String {
    format!("Đã hoàn tác: {}", lower_first(label))
}
/// "Đã làm lại: …" (after Ctrl+Y).
pub fn redone(label: &str) -> String {
    format!("Đã làm lại: {}", lower_first(label))
}
/// An edit typed on a screen: "Sửa mục \"Đảng viên\"".
pub fn edit_on(screen: &str) -> String {
    format!("Sửa mục \"{screen}\"")
}
pub fn step_added(name: &str) -> String {
    format!("Thêm \"{name}\"")
}
pub fn step_deleted(name: &str) -> String {
    format!("Xóa \"{name}\"")
}
/// The label with its first letter in lower case, to follow a colon.
fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
pub const REDO: &str = "Làm lại";
pub const ZOOM_IN: &str = "Phóng to (Ctrl +)";
pub const ZOOM_OUT: &str = "Thu nhỏ (Ctrl −)";
pub const ZOOM_RESET: &str = "Cỡ chữ chuẩn (Ctrl 0)";
pub const SHOW_PROBLEMS: &str = "Hiện bảng các vấn đề";
pub const THEME_TITLE: &str = "Giao diện";
pub const THEME_LIGHT: &str = "Sáng (như trang in)";
pub const THEME_DARK: &str = "Tối";
pub const THEME_SYSTEM: &str = "Theo hệ thống";

// ---- save state
pub fn saved_at(hh_mm: &str) -> String {
    format!("Đã lưu lúc {hh_mm}")
}
pub const UNSAVED: &str = "Có thay đổi chưa lưu…";
pub const NOTHING_CHANGED: &str = "Chưa có thay đổi";
pub fn save_failed(reason: &str) -> String {
    format!(
        "Chưa lưu được: {reason} Các thay đổi vẫn được giữ trong ứng dụng; \
         ứng dụng sẽ thử lưu lại sau ít giây (hoặc bấm Ctrl+S)."
    )
}
/// The top bar's save state when a save failed (the reason is said in full
/// under the bar).
pub const SAVE_FAILED_SHORT: &str = "Chưa lưu được";
pub const CLOSE_SAVE_FAILED_TITLE: &str = "Chưa lưu được các thay đổi";
/// "Ứng dụng chưa đóng để không mất các thay đổi của Chi bộ thôn Đông Xuân."
pub fn close_unsaved(branches: &[String]) -> String {
    format!(
        "Ứng dụng chưa đóng để không mất các thay đổi của {}.",
        branches.join(", ")
    )
}
pub fn close_reason(reason: &str) -> String {
    format!("Lý do: {reason}")
}
pub const CLOSE_WHAT_TO_DO: &str = "Hãy khắc phục lỗi này (ví dụ: cắm lại USB, giải phóng ổ đĩa, \
     cho phép ghi vào thư mục hồ sơ) rồi bấm \"Lưu lại và thoát\". Nếu chưa khắc phục được, bấm \
     \"Lưu bản sao sang thư mục khác…\" để giữ toàn bộ hồ sơ ở nơi khác, rồi thoát. \
     Chỉ bấm \"Thoát không lưu\" khi chấp nhận mất các thay đổi này.";
pub const SAVE_AND_QUIT: &str = "Lưu lại và thoát";
pub const SAVE_COPY: &str = "Lưu bản sao sang thư mục khác…";
pub const SAVE_COPY_TITLE: &str = "Chọn thư mục để lưu bản sao hồ sơ";
pub fn copy_saved(folder: &Path) -> String {
    format!(
        "Đã lưu bản sao đầy đủ của hồ sơ (cả các thay đổi chưa lưu) vào {}. Có thể thoát; \
         lần sau chọn \"Mở thư mục hồ sơ khác…\" và mở thư mục này để làm tiếp.",
        folder.display()
    )
}
pub fn copy_failed(reason: &str) -> String {
    format!("Chưa lưu được bản sao: {reason} Hãy chọn thư mục khác (ví dụ một USB khác).")
}
pub const QUIT_WITHOUT_SAVING: &str = "Thoát không lưu";
/// Quitting once a copy holds every change.
pub const QUIT_AFTER_COPY: &str = "Thoát";
pub const STAY_IN_APP: &str = "Quay lại ứng dụng";

// ---- load
pub const LOAD_ERRORS_TITLE: &str =
    "Một số tệp trong hồ sơ chưa mở được (các tệp khác vẫn dùng bình thường):";
pub fn workspace_label(path: &Path) -> String {
    format!("Hồ sơ: {}", path.display())
}

// ---- branch side panel
pub const BRANCHES: &str = "Các chi bộ";
pub const SEARCH_HINT: &str = "Tìm chi bộ…";
pub const ADD_BRANCH: &str = "+ Thêm chi bộ";
pub const RENAME_BRANCH: &str = "Đổi tên";
pub const DELETE_BRANCH: &str = "Xóa";
pub const NO_BRANCHES: &str = "Hồ sơ chưa có chi bộ nào. Bấm \"+ Thêm chi bộ\" để bắt đầu.";
pub const NO_SEARCH_RESULT: &str = "Không có chi bộ nào khớp với từ tìm kiếm.";
pub const NO_DATE_YET: &str = "chưa có ngày đại hội";
/// "2 đang soạn · 0/6 xong", or "0/6 xong" when nothing is being drafted.
pub fn progress(drafting: usize, done: usize, total: usize) -> String {
    if drafting > 0 {
        format!("{drafting} đang soạn · {done}/{total} xong")
    } else {
        format!("{done}/{total} xong")
    }
}
// Where a branch stands (the side panel and the ward view agree), and what
// each state means (the legend's hover text).
pub const STATE_OVERDUE: &str = "Quá hạn";
pub const STATE_OVERDUE_HINT: &str =
    "Đã quá hạn nộp văn bản hoặc báo cáo kết quả, hoặc ngày đại hội muộn hơn hạn của phường.";
pub const STATE_NOT_STARTED: &str = "Chưa bắt đầu";
pub const STATE_NOT_STARTED_HINT: &str = "Chưa văn bản nào được bắt đầu soạn.";
pub const STATE_IN_PROGRESS: &str = "Đang làm";
pub const STATE_IN_PROGRESS_HINT: &str = "Có văn bản đang soạn hoặc đã xong, chưa xong hết.";
pub const STATE_READY: &str = "Đủ văn bản";
pub const STATE_READY_HINT: &str = "Đã xong đủ các văn bản, chưa tổ chức đại hội.";
pub const STATE_HELD: &str = "Đã đại hội";
pub const STATE_HELD_HINT: &str = "Đã tổ chức đại hội.";
/// The toast's close button.
pub const TOAST_HIDE: &str = "Ẩn";
pub const LEGEND: &str = "Chú giải";
pub fn problem_count(errors: usize, warnings: usize) -> String {
    match (errors, warnings) {
        (0, 0) => "không có vấn đề".into(),
        (0, w) => format!("{w} lưu ý"),
        (e, 0) => format!("{e} lỗi"),
        (e, w) => format!("{e} lỗi, {w} lưu ý"),
    }
}
/// What every branch name starts with; the side panel's list leaves it out.
pub const BRANCH_NAME_PREFIX: &str = "Chi bộ ";

/// A group of the side panel's list: "- Thôn (182)", folded "+ Thôn (182)".
pub fn branch_group(kind: &str, count: usize, open: bool) -> String {
    let mark = if open { '-' } else { '+' };
    format!("{mark} {kind} ({count})")
}

pub fn branch_count(shown: usize, total: usize) -> String {
    if shown == total {
        format!("{total} chi bộ")
    } else {
        format!("{shown}/{total} chi bộ")
    }
}
pub const SELECT_BRANCH: &str = "Chọn một chi bộ ở danh sách bên trái để bắt đầu.";

// ---- branch dialogs
pub const NEW_BRANCH_TITLE: &str = "Thêm chi bộ mới";
pub const BRANCH_NAME: &str = "Tên chi bộ";
pub const BRANCH_NAME_HINT: &str = "Ví dụ: Chi bộ thôn Ngọc An";
pub const BRANCH_NAME_EMPTY: &str = "Hãy nhập tên chi bộ.";
pub const CREATE: &str = "Tạo";
pub const CANCEL: &str = "Hủy";
pub const OK: &str = "Đồng ý";
pub const CLOSE: &str = "Đóng";
pub const RENAME_TITLE: &str = "Đổi tên chi bộ";
pub const NEW_NAME: &str = "Tên mới";
pub const DELETE_TITLE: &str = "Xóa chi bộ?";
pub const UNFINISHED_TITLE: &str = "Còn văn bản chưa soạn xong";
pub const UNFINISHED_ANYWAY: &str = "Vẫn tạo bộ hồ sơ";
pub const UNFINISHED_BACK: &str = "Quay lại soạn tiếp";
pub fn confirm_delete(name: &str) -> String {
    format!(
        "Xóa \"{name}\" khỏi hồ sơ? Tệp của chi bộ được chuyển vào thư mục backups/, \
         và có thể lấy lại ngay bằng Hoàn tác (Ctrl+Z)."
    )
}
pub fn deleted(name: &str) -> String {
    format!("Đã xóa \"{name}\". Bấm Ctrl+Z (Hoàn tác) để lấy lại.")
}
pub fn restored(name: &str) -> String {
    format!("Đã lấy lại \"{name}\".")
}
pub fn created(name: &str) -> String {
    format!("Đã thêm \"{name}\".")
}
pub const NOTHING_TO_UNDO: &str = "Không còn thao tác nào để hoàn tác.";
pub const NOTHING_TO_REDO: &str = "Không còn thao tác nào để làm lại.";

// ---- navigation
pub const SCREEN_CHECKLIST: &str = "Các văn bản";
pub const SCREEN_FACTS: &str = "Thông tin chi bộ";
pub const SCREEN_MEMBERS: &str = "Đảng viên";

// ---- branch facts
pub const FACTS_INTRO: &str = "Các thông tin này chỉ nhập một lần; mọi văn bản đều lấy từ đây.";
pub const KIND: &str = "Loại chi bộ";
pub const CONGRESS_NUMBER: &str = "Đại hội lần thứ";
pub const TERM: &str = "Nhiệm kỳ";
pub const TERM_START: &str = "Năm bắt đầu nhiệm kỳ";
pub const TERM_END: &str = "Năm kết thúc nhiệm kỳ";
pub const CONGRESS_DATE: &str = "Ngày đại hội";
pub const CONGRESS_TIME: &str = "Giờ khai mạc";
pub const CONGRESS_TIME_HINT: &str = "Ví dụ: 7 giờ 30";
pub const CONGRESS_PLACE: &str = "Địa điểm";
pub const CONGRESS_PLACE_HINT: &str = "Ví dụ: Nhà văn hóa thôn Ngọc An";
pub const GUESTS: &str = "Khách mời của Đảng ủy phường";
pub const WARD: &str = "Đảng bộ cấp trên";
pub const COUNTS: &str = "Số liệu đảng viên (tính từ danh sách, không nhập tay)";
pub const DATE_HINT: &str = "ngày/tháng/năm";
pub const BIRTH_HINT: &str = "ngày/tháng/năm hoặc năm";
pub fn date_invalid(text: &str) -> String {
    format!(
        "\"{text}\" không phải ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/08/2026. \
         Ngày cũ vẫn được giữ cho đến khi nhập đúng."
    )
}
pub fn birth_invalid(text: &str) -> String {
    format!(
        "\"{text}\" không phải ngày sinh hợp lệ. Hãy nhập ngày/tháng/năm (05/08/1960) hoặc chỉ năm sinh (1960). \
         Giá trị cũ vẫn được giữ cho đến khi nhập đúng."
    )
}
pub fn congress_heading(number: u32, term: &str) -> String {
    format!("Đại hội lần thứ {number}, nhiệm kỳ {term}")
}
pub fn member_counts(
    total: u32,
    full: u32,
    probationary: u32,
    exempted: u32,
    summoned: u32,
    present: u32,
    absent: u32,
) -> String {
    format!(
        "Tổng số {total} đảng viên · chính thức {full} · dự bị {probationary} · miễn sinh hoạt {exempted} · triệu tập {summoned} · có mặt {present} · vắng {absent}"
    )
}
pub fn elects_committee(yes: bool, min: u32) -> String {
    if yes {
        format!(
            "Chi bộ có từ {min} đảng viên chính thức trở lên: bầu chi ủy, rồi bầu bí thư và phó bí thư trong chi ủy."
        )
    } else {
        format!(
            "Chi bộ có dưới {min} đảng viên chính thức: chỉ bầu bí thư và (nếu cần) một phó bí thư."
        )
    }
}

// ---- problems panel
pub const PROBLEMS: &str = "Các vấn đề cần xem";
pub const NO_PROBLEMS: &str =
    "Không có vấn đề nào. Chi bộ này đã đủ thông tin theo các quy tắc kiểm tra.";
pub const ERROR: &str = "Lỗi";
pub const WARNING: &str = "Lưu ý";
pub const CLICK_TO_FIX: &str = "Bấm để đến chỗ cần sửa";

pub fn doc_state_changed(doc: &str, state: &str) -> String {
    format!("{doc}: chuyển sang \"{state}\".")
}

// ---- members screen
pub const ADD_MEMBER: &str = "+ Thêm đảng viên";
pub const REMOVE_MEMBER: &str = "Xóa khỏi danh sách (có thể hoàn tác bằng Ctrl+Z)";
// The members table's column groups (the number and the name always show).
pub const COLS_LABEL: &str = "Cột:";
pub const COLS_ALL: &str = "Tất cả";
pub const COLS_PERSONAL: &str = "Thông tin cá nhân";
pub const COLS_PARTY: &str = "Đảng tịch";
pub const COLS_STANDING: &str = "Sinh hoạt";
pub const COLS_CONGRESS: &str = "Đại hội";
pub const NO_MEMBERS_YET: &str =
    "Chi bộ chưa có đảng viên nào. Bấm \"+ Thêm đảng viên\" để nhập từng người.";
pub const COL_NO: &str = "STT";
pub const COL_NAME: &str = "Họ và tên";
pub const COL_BIRTH: &str = "Ngày sinh";
pub const COL_GENDER: &str = "Giới tính";
pub const COL_ETHNICITY: &str = "Dân tộc";
pub const COL_JOINED: &str = "Ngày vào Đảng";
pub const COL_OFFICIAL: &str = "Ngày chính thức";
pub const COL_STATUS: &str = "Đảng viên";
pub const COL_EXEMPTED: &str = "Miễn SH";
pub const COL_STANDING: &str = "Sinh hoạt";
pub const COL_ROLE: &str = "Chi ủy khóa trước";
pub const COL_PRESENT: &str = "Có mặt";
pub const COL_ACTIONS: &str = "Sắp xếp / xóa";
pub const MOVE_UP: &str = "Lên";
pub const MOVE_DOWN: &str = "Xuống";
pub const REMOVE_ROW: &str = "Xóa";
pub const MOVE_UP_HINT: &str = "Chuyển lên trên";
pub const MOVE_DOWN_HINT: &str = "Chuyển xuống dưới";
pub const REMOVE_HINT: &str = "Xóa dòng này (có thể hoàn tác bằng Ctrl+Z)";
pub const MEMBER_DETAILS: &str = "Chi tiết đảng viên đang chọn";
pub const SELECT_MEMBER_HINT: &str = "Bấm vào số thứ tự của một dòng để xem và sửa các thông tin còn lại (quê quán, trình độ, chức vụ, vắng mặt).";
pub const HOMETOWN: &str = "Quê quán";
pub const EDUCATION: &str = "Trình độ học vấn";
pub const PROFESSIONAL: &str = "Trình độ chuyên môn";
pub const POLITICAL_THEORY: &str = "Lý luận chính trị";
pub const POSTS: &str = "Chức vụ hiện nay";
pub const VILLAGE_HEAD: &str = "Là trưởng thôn / tổ trưởng tổ dân phố";
pub const SERVED_BEFORE: &str = "Đã từng tham gia cấp ủy";
pub const ATTENDANCE: &str = "Dự đại hội";
pub const NOT_RECORDED: &str = "Chưa ghi";
pub const PRESENT: &str = "Có mặt";
pub const ABSENT: &str = "Vắng mặt";
pub const ABSENT_REASON: &str = "Lý do vắng mặt";
pub const REASON_ACCEPTED: &str = "Chi bộ đã chấp nhận lý do";
pub fn row_label(row: usize, column: &str) -> String {
    format!("Dòng {row}, {column}")
}
pub fn row_error(row: usize, column: &str, message: &str) -> String {
    format!("Dòng {row}, {column}: {message}")
}

// ---- checklist
pub const CHECKLIST_INTRO: &str = "Các văn bản của đại hội theo thứ tự. Mở từng văn bản để soạn; khi soạn xong hãy chuyển trạng thái sang \"Đã xong\".";
pub const STATUS: &str = "Trạng thái";
/// The document's number, entered when it is signed and registered.
pub const DOC_NUMBER: &str = "Số văn bản";
pub const DOC_NUMBER_HINT: &str = "để trống: ghi tay khi ký";
pub const OPEN_DOC: &str = "Mở để soạn";
pub fn changed_on(date: &str) -> String {
    format!("cập nhật {date}")
}
pub const BACK_TO_CHECKLIST: &str = "« Danh sách văn bản";

// ---- guided forms: facts shown where relevant
pub const FACTS_IN_DOC: &str = "Thông tin chung (sửa ở mục Thông tin chi bộ)";
pub fn facts_summary(branch: &str, term: &str, date: &str, place: &str) -> String {
    format!("{branch} · nhiệm kỳ {term} · ngày đại hội: {date} · địa điểm: {place}")
}
pub const NOT_SET: &str = "(chưa nhập)";
pub const EDIT_FACTS: &str = "Sửa thông tin chi bộ";
pub const PREVIEW: &str = "Xem trước văn bản";

// ---- political report
pub const PR_PART1: &str = "Phần thứ nhất — Kết quả thực hiện Nghị quyết nhiệm kỳ qua";
pub const PR_PART2: &str = "Phần thứ hai — Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ tới";
pub const PR_CONTEXT: &str = "Đặc điểm tình hình";
pub const PR_CONTEXT_HELP: &str = "Nêu ngắn gọn đặc điểm của thôn/đơn vị và chi bộ đầu nhiệm kỳ: thuận lợi và khó khăn chính (kinh tế, dân cư, đội ngũ đảng viên).";
pub const PR_ECONOMY: &str = "Nhiệm vụ chính trị, phát triển kinh tế - xã hội";
pub const PR_ECONOMY_HELP: &str = "Kết quả lãnh đạo nhiệm vụ chính trị, kinh tế, văn hóa - xã hội: nêu việc đã làm và con số đạt được so với nghị quyết.";
pub const PR_DEFENCE: &str = "Quốc phòng - an ninh";
pub const PR_DEFENCE_HELP: &str =
    "Giữ gìn an ninh chính trị, trật tự an toàn xã hội; công tác quân sự địa phương, tuyển quân.";
pub const PR_PARTY: &str = "Xây dựng Đảng, hệ thống chính trị";
pub const PR_PARTY_HELP: &str = "Chính trị tư tưởng, tổ chức, sinh hoạt chi bộ, phát triển đảng viên, kiểm tra giám sát; kết quả đánh giá xếp loại hằng năm.";
pub const PR_MASS: &str = "Công tác dân vận, mặt trận, đoàn thể";
pub const PR_MASS_HELP: &str =
    "Lãnh đạo Mặt trận và các đoàn thể; các phong trào thi đua, vận động nhân dân.";
pub const PR_LIMITATIONS: &str = "Hạn chế, yếu kém";
pub const PR_LIMITATIONS_HELP: &str = "Nêu thẳng những việc chưa làm được, chỉ tiêu chưa đạt.";
pub const PR_CAUSES_OBJECTIVE: &str = "Nguyên nhân khách quan";
pub const PR_CAUSES_OBJECTIVE_HELP: &str =
    "Những nguyên nhân ngoài chi bộ (thiên tai, dịch bệnh, cơ chế…), viết ngắn.";
pub const PR_CAUSES_SUBJECTIVE: &str = "Nguyên nhân chủ quan";
pub const PR_CAUSES_SUBJECTIVE_HELP: &str = "Nguyên nhân chủ yếu, từ chính chi bộ, chi ủy và đảng viên: đây là phần quan trọng nhất của mục nguyên nhân.";
pub const PR_LESSONS: &str = "Bài học kinh nghiệm";
pub const PR_LESSONS_HELP: &str = "Vài bài học rút ra từ nhiệm kỳ, mỗi bài học một câu.";
pub const PR_DIRECTION: &str = "Phương hướng, mục tiêu";
pub const PR_DIRECTION_HELP: &str =
    "Mục tiêu tổng quát của nhiệm kỳ tới; các chỉ tiêu cụ thể nhập ở bảng chỉ tiêu bên dưới.";
pub const PR_TASKS: &str = "Nhiệm vụ và giải pháp";
pub const PR_TASKS_HELP: &str =
    "Các nhiệm vụ, giải pháp chủ yếu để đạt mục tiêu, theo từng lĩnh vực.";
pub const PR_SELF_REVIEW: &str = "Kiểm điểm của bí thư, phó bí thư";
pub const PR_SELF_REVIEW_HELP: &str = "Chi bộ không có chi ủy: phần tự kiểm điểm của bí thư và phó bí thư được đưa vào báo cáo chính trị.";
pub const TARGETS: &str = "Các chỉ tiêu chủ yếu";
pub const TARGETS_HELP: &str = "Mỗi dòng một chỉ tiêu: kế hoạch và kết quả nhiệm kỳ qua, mức phấn đấu nhiệm kỳ tới. Dự thảo Nghị quyết lấy đúng bảng này.";
pub const COL_INDICATOR: &str = "Chỉ tiêu";
pub const COL_UNIT: &str = "Đơn vị";
pub const COL_PLAN: &str = "Kế hoạch";
pub const COL_ACHIEVED: &str = "Đạt được";
pub const COL_NEXT: &str = "Nhiệm kỳ tới";
pub const ADD_TARGET: &str = "+ Thêm chỉ tiêu";
pub const NO_TARGETS: &str = "Chưa có chỉ tiêu nào.";

// ---- self-criticism
pub const SC_STRENGTHS: &str = "Ưu điểm";
pub const SC_STRENGTHS_HELP: &str = "Những mặt làm tốt trong lãnh đạo, chỉ đạo của chi ủy.";
pub const SC_SHORTCOMINGS: &str = "Hạn chế, khuyết điểm";
pub const SC_SHORTCOMINGS_HELP: &str =
    "Những hạn chế, khuyết điểm trong lãnh đạo, chỉ đạo; nói rõ việc cụ thể.";
pub const SC_CAUSES: &str = "Nguyên nhân";
pub const SC_CAUSES_HELP: &str =
    "Nguyên nhân của hạn chế, khuyết điểm, nhất là nguyên nhân chủ quan.";
pub const SC_REMEDY: &str = "Kết quả khắc phục hạn chế kỳ kiểm điểm trước";
pub const SC_REMEDY_HELP: &str =
    "Những hạn chế đã được chỉ ra ở lần kiểm điểm trước đã khắc phục đến đâu.";
pub const SC_RESPONSIBILITY: &str = "Trách nhiệm của tập thể và cá nhân";
pub const SC_RESPONSIBILITY_HELP: &str =
    "Trách nhiệm của chi ủy và của từng chi ủy viên đối với các hạn chế.";
pub const SC_DIRECTION: &str = "Phương hướng khắc phục";
pub const SC_DIRECTION_HELP: &str = "Biện pháp khắc phục trong nhiệm kỳ tới.";
pub const SC_NO_COMMITTEE: &str = "Chi bộ này không bầu chi ủy (dưới 9 đảng viên chính thức): phần kiểm điểm của bí thư, phó bí thư được viết trong Báo cáo chính trị.";

// ---- resolution
pub fn resolution_opening(branch: &str, term: &str, date: &str, place: &str) -> String {
    format!("Đại hội {branch} nhiệm kỳ {term}, họp ngày {date} tại {place}, QUYẾT NGHỊ:")
}
pub const RES_ASSESSMENT: &str = "1. Tán thành đánh giá của Báo cáo chính trị";
pub const RES_ASSESSMENT_HELP: &str =
    "Một đoạn ngắn tóm tắt kết quả nhiệm kỳ qua mà đại hội thông qua.";
pub const RES_TARGETS: &str = "2. Mục tiêu, chỉ tiêu nhiệm kỳ tới (lấy từ Báo cáo chính trị)";
pub const RES_TARGETS_HELP: &str = "Nghị quyết phải thống nhất với Báo cáo chính trị: muốn sửa chỉ tiêu, hãy sửa ở bảng chỉ tiêu của Báo cáo chính trị.";
pub const RES_TASKS: &str = "3. Nhiệm vụ, giải pháp bổ sung";
pub const RES_TASKS_HELP: &str =
    "Nhiệm vụ lấy từ Báo cáo chính trị; chỉ ghi ở đây những điều đại hội bổ sung thêm.";
pub const RES_ELECTION: &str = "4. Kết quả bầu cử: điền sau khi bầu.";
pub const RES_ASSIGN: &str = "5. Giao chi ủy (bí thư) khóa mới tổ chức thực hiện Nghị quyết.";
pub fn target_line(indicator: &str, next: &str, unit: &str) -> String {
    format!("• {indicator}: {next} {unit}")
}

// ---- personnel
pub const PP_SIZE: &str = "Số lượng chi ủy viên sẽ bầu";
pub const PP_SIZE_HELP: &str = "Chi bộ từ 9 đảng viên chính thức trở lên bầu chi ủy, tối đa 7 người (thường 3–5). Chi bộ nhỏ hơn ghi 0.";
/// Said under the committee size the app filled in.
pub fn pp_size_prefilled(size: u32) -> String {
    format!(
        "Đã điền sẵn {size} (theo số chi ủy viên khóa trước, hoặc 3 nếu khóa trước không có chi ủy). Sửa nếu Đảng ủy hướng dẫn khác."
    )
}
pub const PP_SEARCH: &str = "Tìm đảng viên…";
pub fn pp_no_match(text: &str) -> String {
    format!("Không có đảng viên nào khớp với \"{text}\".")
}
pub const PP_STRUCTURE: &str = "Cơ cấu dự kiến";
pub const PP_STRUCTURE_HELP: &str = "Cơ cấu chi ủy: nữ, trẻ, trưởng thôn, các đoàn thể…";
pub const PP_CANDIDATES: &str = "Danh sách đề cử vào chi ủy";
pub const PP_CANDIDATES_HELP: &str = "Đánh dấu các đảng viên được đề cử, theo thứ tự danh sách. Danh sách thường dư 10–15% so với số cần bầu.";
pub const PP_SECRETARY: &str = "Dự kiến bí thư";
pub const PP_DEPUTY: &str = "Dự kiến phó bí thư";
pub const PP_ELECT_DEPUTY: &str = "Có bầu phó bí thư";
pub const PP_APPROVAL: &str = "Số, ngày văn bản Đảng ủy phường đồng ý";
pub const PP_APPROVAL_HINT: &str = "Ví dụ: 125-CV/ĐU ngày 20/11/2026";
pub const NOBODY: &str = "(chưa chọn)";
pub fn candidate_summary(n: usize, seats: u32) -> String {
    format!("{n} người được đề cử cho {seats} chỗ")
}
pub const PL_INTRO: &str = "Danh sách trích ngang lấy từ danh sách đề cử và thông tin đảng viên. Thiếu thông tin nào, hãy bổ sung ở mục Đảng viên.";
pub const PL_EMPTY: &str = "Chưa có ai trong danh sách đề cử. Hãy chọn nhân sự ở Tờ trình nhân sự.";
pub fn pl_missing(fields: &str) -> String {
    format!("còn thiếu: {fields}")
}
pub const PL_COMPLETE: &str = "đủ thông tin";

// ---- agenda
pub const AG_INTRO: &str = "Chương trình đại hội được lập theo trình tự chuẩn, lấy giờ, địa điểm, khách mời và số đảng viên triệu tập từ thông tin chi bộ.";
pub const AGENDA_ITEMS: [&str; 12] = [
    "Chào cờ",
    "Bầu đoàn chủ tịch, thư ký đại hội",
    "Thông qua chương trình, quy chế làm việc",
    "Diễn văn khai mạc",
    "Báo cáo tình hình đảng viên dự đại hội",
    "Trình bày Báo cáo chính trị",
    "Thảo luận",
    "Phát biểu của đồng chí đại diện Đảng ủy phường",
    "Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của chi ủy",
    "Bầu cử",
    "Thông qua Nghị quyết đại hội",
    "Bế mạc",
];
pub fn agenda_attendance(summoned: u32, total: u32) -> String {
    format!("Số đảng viên triệu tập: {summoned}/{total}")
}
pub fn delete_failed(reason: &str) -> String {
    format!("Chưa xóa được chi bộ: {reason}")
}
pub fn row_action(row: usize, action: &str) -> String {
    format!("Dòng {row}: {action}")
}

// ---- documents: export, packet, print, preview
pub const EXPORT_DOC: &str = "Xuất văn bản này (.docx)";
pub const CREATE_PACKET: &str = "Tạo bộ hồ sơ đại hội";
pub const WITH_PDF: &str = "kèm bản PDF (cần LibreOffice)";
pub const OPEN_FILE: &str = "Mở tệp";
pub const OPEN_FOLDER: &str = "Mở thư mục";
pub const PRINT: &str = "In bộ hồ sơ";
pub const PACKET_RUNNING: &str = "Đang tạo bộ hồ sơ…";
pub fn packet_progress(done: usize, total: usize, current: &str) -> String {
    format!("Đang tạo bộ hồ sơ: {done}/{total} — {current}")
}
pub fn exported(file: &Path) -> String {
    format!("Đã xuất {}.", file.display())
}
pub fn export_failed(reason: &str) -> String {
    format!("Chưa xuất được văn bản: {reason}")
}
pub fn packet_done(files: usize, folder: &Path) -> String {
    format!(
        "Đã tạo bộ hồ sơ: {files} tệp trong thư mục {}.",
        folder.display()
    )
}
pub fn packet_partly(failed: usize) -> String {
    format!("{failed} tệp chưa ghi được (xem chi tiết bên dưới); các tệp khác đã ghi xong.")
}
pub fn packet_failed(reason: &str) -> String {
    format!("Chưa tạo được bộ hồ sơ: {reason}")
}
pub const PACKET_STOPPED: &str =
    "Việc tạo bộ hồ sơ bị dừng bất thường; chưa có tệp nào được ghi trọn. Hãy thử lại.";
pub const PACKET_BUSY: &str = "Đang tạo một bộ hồ sơ; hãy đợi xong rồi làm tiếp.";
pub const PRINT_NEEDS_PACKET: &str = "Hãy tạo bộ hồ sơ trước khi in.";
pub const PREVIEW_HINT: &str = "Văn bản sẽ đọc như sau (cập nhật theo nội dung vừa nhập):";
pub fn preview_failed(reason: &str) -> String {
    format!("Chưa xem trước được: {reason}")
}
pub fn templates_failed(reason: &str) -> String {
    format!(
        "Mẫu văn bản trong thư mục hồ sơ có lỗi nên chưa xuất được văn bản nào (không dùng mẫu \
         có sẵn thay cho mẫu của văn phòng). {reason}"
    )
}

pub fn outputs_refused_templates(reason: &str) -> String {
    format!(
        "Chưa xuất được văn bản: mẫu văn bản trong thư mục templates/ của hồ sơ có lỗi. Hãy sửa \
         mẫu (hoặc xoá tệp mẫu đó để dùng mẫu có sẵn) rồi mở lại hồ sơ. {reason}"
    )
}

pub fn outputs_refused_ward(reason: &str) -> String {
    format!(
        "Chưa xuất được văn bản: tệp ward.ron (thông tin Đảng bộ phường, cấp trên, địa danh) \
         không đọc được, nên văn bản sẽ thiếu dòng cấp trên và địa danh. Hãy sửa ward.ron rồi \
         mở lại hồ sơ. {reason}"
    )
}
pub const EXPORT_FOLDER: &str = "Thư mục xuất";

/// The side panel's note when the workspace is shown as of a fixed day.
pub fn shown_as_of(day: &str) -> String {
    format!("Xem như ngày {day}")
}

pub fn shown_as_of_hint(day: &str) -> String {
    format!(
        "Hồ sơ này được xem như vào ngày {day}: thời hạn, trạng thái và báo cáo tính theo ngày đó. \
         Đổi hoặc bỏ trong Thiết lập phường › Thời hạn."
    )
}
