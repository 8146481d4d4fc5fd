//! Texts of the ward settings screen and of the checks of `ward.ron`.

pub const SCREEN_BUTTON: &str = "Cài đặt phường";
pub const TITLE: &str = "Cài đặt của đảng bộ phường";
pub const INTRO: &str = "Các thông tin dùng chung cho mọi chi bộ và mọi văn bản. \
     Sửa xong bấm \"Lưu cài đặt\"; các văn bản soạn sau đó dùng cài đặt mới.";

pub const SECTION_NAMES: &str = "Tên và địa danh";
pub const WARD_NAME: &str = "Tên đảng bộ (ví dụ: Đảng bộ phường Hoài Tân)";
pub const SUPERIOR_NAME: &str = "Cấp trên của đảng bộ (ví dụ: Đảng bộ thị xã Hoài Nhơn)";
pub const COMMITTEE_NAME: &str = "Tên đảng ủy (ví dụ: Đảng ủy phường Hoài Tân)";
pub const PLACE: &str = "Địa danh ghi ở dòng ngày tháng (ví dụ: Hoài Tân)";

pub const SECTION_SIGNERS: &str = "Người ký văn bản của đảng ủy";
pub const ON_BEHALF: &str = "Dòng thẩm quyền (ví dụ: T/M ĐẢNG ỦY)";
pub const SIGNER_TITLE: &str = "Chức vụ người ký (ví dụ: BÍ THƯ)";
pub const SIGNER_NAME: &str = "Họ và tên người ký";

pub const SECTION_DEADLINES: &str = "Thời hạn";
pub const DOCS_DAYS_BEFORE: &str = "Nộp dự thảo văn bản trước đại hội (ngày)";
pub const RESULTS_DAYS_AFTER: &str = "Báo cáo kết quả sau đại hội (ngày)";
pub const CONGRESSES_BY: &str =
    "Các chi bộ tổ chức xong đại hội trước ngày (để trống nếu không có)";

pub const AS_OF: &str = "Xem hồ sơ như vào ngày (để trống: ngày của máy tính)";
pub const AS_OF_HINT: &str = "Phường mẫu được xem như đang giữa đợt đại hội. Với hồ sơ thật của phường, \
     hãy để trống ô này để thời hạn và báo cáo tính theo ngày hôm nay.";

pub const SECTION_TERM: &str = "Nhiệm kỳ mặc định của chi bộ mới";
pub const TERM_START: &str = "Năm bắt đầu";
pub const TERM_END: &str = "Năm kết thúc";

pub const SECTION_RULES: &str = "Quy định bầu cử";
pub const COMMITTEE_MIN: &str = "Số đảng viên chính thức tối thiểu để bầu chi ủy";
pub const COMMITTEE_MAX: &str = "Số chi ủy viên tối đa";
pub const SURPLUS_MIN: &str = "Số dư đề xuất, từ (%)";
pub const SURPLUS_MAX: &str = "Số dư đề xuất, đến (%)";
pub const MAX_SURPLUS: &str = "Số dư tối đa đại hội được chấp nhận (%)";
pub const NOMINEE_APPROVAL: &str =
    "Người ứng cử, được đề cử tại đại hội cần trên (% đại biểu có mặt)";
pub const YOUNG_AGE: &str = "Tuổi trẻ: dưới";
pub const SECRETARY_ROUNDS: &str = "Số lần bầu bí thư tối đa trước khi đảng ủy chỉ định";
pub const NAME_ORDER: &str = "Thứ tự tên trong danh sách và phiếu bầu";
pub const ORDER_GIVEN_NAME: &str = "Theo tên (a, b, c…), rồi họ đệm";
pub const ORDER_FULL_NAME: &str = "Theo họ và tên như đã ghi";

pub const SECTION_ABBREVIATIONS: &str = "Chữ viết tắt trong số văn bản (01-BC/CB)";
pub const ABBR_BRANCH: &str = "Chi bộ";
pub const ABBR_BRANCH_COMMITTEE: &str = "Chi ủy";
pub const ABBR_CONGRESS: &str = "Đại hội";
pub const ABBR_WARD_COMMITTEE: &str = "Đảng ủy";
pub const ABBR_REPORT: &str = "Báo cáo";
pub const ABBR_RESOLUTION: &str = "Nghị quyết";
pub const ABBR_PROPOSAL: &str = "Tờ trình";
pub const ABBR_LIST: &str = "Danh sách";
pub const ABBR_MINUTES: &str = "Biên bản";
pub const ABBR_PROGRAMME: &str = "Chương trình";
pub const ABBR_PLAN: &str = "Kế hoạch";

pub const SECTION_NUMBERS: &str = "Cách viết tỷ lệ phần trăm (áp dụng cho mọi văn bản)";
pub const ROUNDING: &str = "Làm tròn";
pub const ROUNDING_HALF_UP: &str = "Làm tròn (1/7 = 14,3%)";
pub const ROUNDING_CUT: &str = "Cắt bỏ, không làm tròn (1/7 = 14,2%)";
pub const PRECISION: &str = "Số chữ số";
pub const PRECISION_SIGNIFICANT_3: &str = "3 chữ số có nghĩa (75,6%; 4,87%)";
/// "1 chữ số thập phân (75,6%)".
pub fn precision_decimals(n: u8) -> String {
    match n {
        0 => "Số nguyên (76%)".into(),
        1 => "1 chữ số thập phân (75,6%)".into(),
        _ => format!("{n} chữ số thập phân (75,61%)"),
    }
}
/// "Ví dụ: 2/41 = 4,9%; 31/41 = 75,6%; tuổi bình quân 50,5."
pub fn percent_example(a: &str, b: &str, avg: &str) -> String {
    format!("Ví dụ: 2/41 = {a}; 31/41 = {b}; tuổi bình quân {avg}.")
}
pub const RECIPIENTS_STYLE: &str = "Kiểu \"Nơi nhận\"";
pub const RECIPIENTS_PARTY: &str =
    "Văn bản Đảng (HD 36): \"Nơi nhận\" 14 pt đứng, gạch chân; các dòng 12 pt";
pub const RECIPIENTS_STATE: &str =
    "Văn bản nhà nước (Nghị định 30): \"Nơi nhận\" 12 pt đậm nghiêng; các dòng 11 pt";
pub const SECTION_LAYOUT: &str = "Thể thức trang (Hướng dẫn 36-HD/VPTW)";
pub const MARGIN_TOP: &str = "Lề trên (mm)";
pub const MARGIN_BOTTOM: &str = "Lề dưới (mm)";
pub const MARGIN_LEFT: &str = "Lề trái (mm)";
pub const MARGIN_RIGHT: &str = "Lề phải (mm)";
pub const BODY_PT: &str = "Cỡ chữ nội dung (pt)";

pub const SAVE: &str = "Lưu cài đặt";
pub const DISCARD: &str = "Bỏ các thay đổi";
pub const UNSAVED: &str = "Có thay đổi chưa lưu.";
pub const NO_CHANGES: &str = "Cài đặt đang dùng là cài đặt đã lưu.";
pub fn cannot_save(errors: usize) -> String {
    format!("Còn {errors} lỗi cần sửa (ghi màu đỏ dưới ô) trước khi lưu.")
}
pub const SAVED: &str = "Đã lưu cài đặt của phường vào ward.ron.";
pub fn save_failed(reason: &str) -> String {
    format!(
        "Chưa lưu được cài đặt: {reason} Cài đặt cũ vẫn được giữ nguyên; hãy sửa lỗi rồi bấm \"Lưu cài đặt\" lần nữa."
    )
}

// ---- checks (field, what is wrong, what to do)

pub fn required(what: &str) -> String {
    format!("{what}: chưa nhập. Hãy nhập để in đúng trên văn bản.")
}
pub fn signer_name_missing() -> String {
    "Chưa có họ tên người ký: văn bản của đảng ủy sẽ để trống chỗ ghi tên.".into()
}
pub fn bad_abbreviation(what: &str, value: &str) -> String {
    format!(
        "Chữ viết tắt \"{value}\" ({what}) không dùng được trong số văn bản: \
         chỉ gồm chữ cái, không có dấu cách, dấu \"/\" hay \"-\"."
    )
}
pub fn term_order(start: i32, end: i32) -> String {
    format!("Nhiệm kỳ {start} - {end}: năm kết thúc phải sau năm bắt đầu.")
}
pub fn term_length(start: i32, end: i32) -> String {
    format!("Nhiệm kỳ {start} - {end} dài hơn 5 năm; hãy kiểm tra lại năm kết thúc.")
}
pub fn year_range(year: i32) -> String {
    format!("Năm {year} nằm ngoài khoảng 2000 – 2100; hãy nhập năm có 4 chữ số.")
}
pub fn at_least(what: &str, min: u32) -> String {
    format!("{what}: phải từ {min} trở lên.")
}
pub fn at_most(what: &str, max: u32) -> String {
    format!("{what}: không được quá {max}.")
}
pub fn surplus_order(min: u32, max: u32) -> String {
    format!("Số dư đề xuất từ {min}% đến {max}%: số đầu phải nhỏ hơn hoặc bằng số sau.")
}
pub fn surplus_above_max(max: u32, limit: u32) -> String {
    format!(
        "Số dư đề xuất đến {max}% vượt số dư tối đa {limit}% đại hội được chấp nhận; \
         hãy giảm số dư đề xuất hoặc tăng số dư tối đa."
    )
}
pub fn long_deadline(days: u32) -> String {
    format!("{days} ngày là thời hạn rất dài; hãy kiểm tra lại.")
}
pub fn outside_guide(what: &str, value: f32, min: f32, max: f32) -> String {
    format!(
        "{what} {} nằm ngoài khoảng {} – {} của Hướng dẫn 36-HD/VPTW; \
         chỉ giữ nếu hướng dẫn mới cho phép.",
        fmt(value),
        fmt(min),
        fmt(max)
    )
}
pub fn impossible(what: &str, value: f32, min: f32, max: f32) -> String {
    format!(
        "{what} {} không in được; hãy nhập trong khoảng {} – {}.",
        fmt(value),
        fmt(min),
        fmt(max)
    )
}

/// "20", "14,5".
fn fmt(v: f32) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}").replace('.', ",")
    }
}

pub const WARD_FILE_BROKEN: &str = "Chưa lưu: tệp ward.ron đang có lỗi, lưu bây giờ sẽ thay nó \
bằng các giá trị mặc định. Hãy sửa ward.ron (xem thông báo lỗi ở đầu cửa sổ) rồi mở lại hồ sơ.";
