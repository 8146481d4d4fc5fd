//! Messages of the member import.

use std::path::Path;

// Labels of the member fields a column can hold.
pub const FIELD_FULL_NAME: &str = "Họ và tên";
pub const FIELD_BIRTH: &str = "Ngày sinh";
pub const FIELD_GENDER: &str = "Giới tính";
pub const FIELD_ETHNICITY: &str = "Dân tộc";
pub const FIELD_HOMETOWN: &str = "Quê quán";
pub const FIELD_EDUCATION: &str = "Trình độ học vấn";
pub const FIELD_PROFESSIONAL: &str = "Trình độ chuyên môn";
pub const FIELD_POLITICAL_THEORY: &str = "Lý luận chính trị";
pub const FIELD_JOINED: &str = "Ngày vào Đảng";
pub const FIELD_OFFICIAL: &str = "Ngày chính thức";
pub const FIELD_STATUS: &str = "Chính thức/Dự bị";
pub const FIELD_POSTS: &str = "Chức vụ";
pub const FIELD_EXEMPTED: &str = "Miễn sinh hoạt";

pub const NOT_IMPORTED: &str = "(không nhập)";

pub fn not_found(file: &Path) -> String {
    let file = file.display();
    format!("Không tìm thấy tệp {file}. Hãy kiểm tra lại đường dẫn.")
}

pub fn no_permission(file: &Path) -> String {
    let file = file.display();
    format!("Không có quyền đọc tệp {file}. Nếu tệp đang mở trong Excel, hãy đóng lại rồi thử lại.")
}

pub fn unreadable(file: &Path, source: &str) -> String {
    let file = file.display();
    format!("Không đọc được tệp {file}: {source}.")
}

pub fn unsupported(file: &Path) -> String {
    let file = file.display();
    format!(
        "Tệp {file} không phải bảng tính được hỗ trợ. Hãy chọn tệp .xlsx, .xls, .ods hoặc .csv \
         (trong Excel: Tệp › Lưu thành › Sổ làm việc Excel)."
    )
}

pub fn bad_workbook(file: &Path, detail: &str) -> String {
    let file = file.display();
    format!(
        "Không đọc được bảng tính {file} ({detail}). Tệp có thể bị hỏng hoặc có mật khẩu: \
         hãy mở bằng Excel, lưu lại thành .xlsx rồi thử lại."
    )
}

/// What is wrong inside a damaged .xls container (`part` as found by
/// `import::xls_extent`), for the detail of [`bad_workbook`].
pub fn xls_damaged(part: &str) -> String {
    let what = match part {
        "loop" => "một chuỗi khối dữ liệu quay vòng",
        "dimensions" => "bản ghi kích thước trang tính sai",
        "sheet" => "một trang tính trỏ ra ngoài tệp",
        "header" => "phần đầu tệp bị cắt",
        _ => "bảng vị trí khối dữ liệu trỏ ra ngoài tệp",
    };
    format!("cấu trúc tệp .xls bị hỏng: {what}")
}

/// A reader library failed on the file in a way it does not report.
pub const READER_FAILED: &str = "thư viện đọc bảng tính gặp lỗi bất ngờ với tệp này";

/// `sheet` empty: the workbook has no sheet with data.
pub fn no_sheet(file: &Path, sheet: &str) -> String {
    let file = file.display();
    if sheet.is_empty() {
        format!("Bảng tính {file} không có trang nào có dữ liệu.")
    } else {
        format!("Bảng tính {file} không có trang \"{sheet}\". Hãy chọn trang khác.")
    }
}

pub fn not_utf8(file: &Path) -> String {
    let file = file.display();
    format!(
        "Tệp {file} không ở mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi. Trong Excel hãy lưu lại \
         bằng \"CSV UTF-8 (Comma delimited)\", hoặc chọn thẳng tệp .xlsx."
    )
}

pub fn no_header(file: &Path) -> String {
    let file = file.display();
    format!(
        "Không tìm thấy dòng tiêu đề có cột \"Họ và tên\" trong {file}. Hãy chọn dòng tiêu đề \
         và gán các cột bằng tay."
    )
}

pub const NO_NAME_COLUMN: &str =
    "Chưa có cột nào được gán là \"Họ và tên\". Hãy chọn cột chứa họ tên đảng viên.";
pub const NO_DATA_ROWS: &str =
    "Không có dòng dữ liệu nào dưới dòng tiêu đề. Hãy kiểm tra lại trang và dòng tiêu đề đã chọn.";
pub const NAME_EMPTY: &str = "Thiếu họ và tên. Hãy điền họ tên hoặc xóa dòng này trong tệp.";
pub const GENDER_EMPTY: &str = "Thiếu giới tính. Hãy ghi \"Nam\" hoặc \"Nữ\".";
pub const OFFICIAL_BEFORE_JOINED: &str =
    "Ngày chính thức trước ngày vào Đảng. Hãy kiểm tra lại hai ngày này.";

pub fn column_missing(field: &str) -> String {
    format!(
        "Tệp không có cột \"{field}\" (hoặc chưa được gán). Các đảng viên sẽ thiếu thông tin này; \
         có thể gán cột bằng tay hoặc bổ sung sau."
    )
}

pub fn not_a_name(t: &str) -> String {
    format!(
        "\"{t}\" không giống họ tên (cần ít nhất họ và tên, không có chữ số). \
         Nếu đây là dòng tiêu đề phụ hoặc dòng tổng cộng, hãy bỏ qua; nếu không, hãy sửa lại."
    )
}

pub fn bad_date(t: &str) -> String {
    format!(
        "\"{t}\" không phải ngày. Hãy ghi dạng ngày/tháng/năm (05/08/1985) hoặc chỉ năm (1985)."
    )
}

pub fn no_such_date(t: &str) -> String {
    format!("Ngày \"{t}\" không có thật. Hãy kiểm tra lại ngày và tháng.")
}

pub fn year_only(t: &str) -> String {
    format!("Chỉ có năm \"{t}\"; ô này cần đủ ngày/tháng/năm (ví dụ 05/08/1985).")
}

pub fn short_year(t: &str) -> String {
    format!("\"{t}\" có năm chỉ 2 chữ số. Hãy ghi năm đủ 4 chữ số (05/08/1985).")
}

pub fn bad_gender(t: &str) -> String {
    format!("Giới tính \"{t}\" không rõ. Hãy ghi \"Nam\" hoặc \"Nữ\".")
}

pub fn bad_status(t: &str) -> String {
    format!("\"{t}\" không rõ. Hãy ghi \"Chính thức\" hoặc \"Dự bị\".")
}

pub fn cell_error(t: &str) -> String {
    format!("Ô có lỗi công thức ({t}). Hãy sửa trong bảng tính rồi nhập lại.")
}

pub fn duplicate_in_file(row: u32) -> String {
    format!("Trùng với dòng {row} (cùng họ tên và ngày sinh); dòng này sẽ không được nhập.")
}

pub fn duplicate_existing(name: &str) -> String {
    format!("Đã có đảng viên {name} trong chi bộ (cùng họ tên và ngày sinh); sẽ không nhập lại.")
}

/// "Dòng 7, cột C (Ngày sinh): …".
pub fn located(row: Option<u32>, column: Option<&str>, message: &str) -> String {
    match (row, column) {
        (Some(r), Some(c)) => format!("Dòng {r}, cột {c}: {message}"),
        (Some(r), None) => format!("Dòng {r}: {message}"),
        _ => message.to_string(),
    }
}

/// "12 dòng sẽ được nhập, 2 dòng lỗi, 1 dòng trùng."
pub fn summary(accepted: usize, errors: usize, duplicates: usize) -> String {
    format!("{accepted} dòng sẽ được nhập, {errors} dòng lỗi, {duplicates} dòng trùng.")
}

pub fn imported(n: usize, branch: &str) -> String {
    format!("Đã nhập {n} đảng viên vào {branch}. Có thể hoàn tác (Ctrl+Z).")
}

pub const INFERRED_PROBATIONARY: &str = "Không có ngày chính thức nên được nhập là đảng viên dự bị. \
Nếu là đảng viên chính thức, hãy bổ sung ngày chính thức (trong tệp hoặc sau khi nhập).";

pub fn file_too_large(file: &Path, mb: u64, limit_mb: u64) -> String {
    let file = file.display();
    format!(
        "Tệp {file} quá lớn ({mb} MB; tối đa {limit_mb} MB cho một danh sách đảng viên). \
         Hãy chép riêng danh sách cần nhập sang một tệp mới rồi thử lại."
    )
}

pub fn unzipped_too_large(file: &Path, limit_mb: u64) -> String {
    let file = file.display();
    format!(
        "Bảng tính {file} khi giải nén vượt quá {limit_mb} MB: tệp bất thường hoặc quá lớn, \
         không đọc. Hãy mở bằng Excel, chép danh sách cần nhập sang tệp mới rồi thử lại."
    )
}

pub fn range_too_large(file: &Path, cell: &str, rows: u32, cols: u32) -> String {
    let file = file.display();
    format!(
        "Bảng tính {file} có dữ liệu ở ô {cell}, ngoài vùng đọc ({} dòng × {cols} cột). \
         Hãy xóa các ô thừa đó (hoặc chép danh sách sang tệp mới) rồi thử lại.",
        crate::vi::format::thousands(i64::from(rows)),
    )
}

pub fn cancelled(file: &Path) -> String {
    format!("Đã dừng đọc tệp {}.", file.display())
}

pub fn reading(cells: u64) -> String {
    format!("Đang đọc tệp… ({cells} ô)")
}
pub const STOP_READING: &str = "Dừng đọc";

// `daihoi import`.
pub fn cli_heading(file: &Path, sheet: &str, branch: &str) -> String {
    if sheet.is_empty() {
        format!("Nhập từ {} vào {branch}:", file.display())
    } else {
        format!(
            "Nhập từ {} (trang \"{sheet}\") vào {branch}:",
            file.display()
        )
    }
}
pub const CLI_DRY_RUN: &str =
    "Chưa ghi gì (xem trước). Thêm --apply để nhập các dòng trên vào chi bộ.";
pub const CLI_NOT_APPLIED: &str =
    "Không nhập dòng nào vì còn lỗi. Hãy sửa các dòng lỗi trong tệp rồi chạy lại.";
pub fn cli_applied(n: usize, branch: &str) -> String {
    format!("Đã nhập {n} đảng viên vào {branch} và lưu hồ sơ.")
}
/// `holder`: who holds the workspace, when known.
pub fn cli_locked(holder: Option<&str>) -> String {
    match holder {
        Some(h) => {
            format!("Hồ sơ đang được mở để sửa ({h}). Hãy đóng ứng dụng ở đó rồi chạy lại lệnh.")
        }
        None => {
            "Hồ sơ đang được mở để sửa ở nơi khác. Hãy đóng ứng dụng ở đó rồi chạy lại lệnh.".into()
        }
    }
}

pub fn bad_encoding(file: &Path, mixed: bool, example: Option<&str>) -> String {
    let file = file.display();
    let example = example
        .map(|e| format!(" (ví dụ ô {e})"))
        .unwrap_or_default();
    if mixed {
        format!(
            "Tệp {file} lẫn chữ Unicode với chữ gõ bằng bảng mã cũ (TCVN3/ABC hoặc VNI){example}. \
             Không nhập để khỏi sai tên. Hãy chuyển cả tệp sang Unicode (ví dụ bằng Unikey: \
             Công cụ chuyển mã) rồi nhập lại."
        )
    } else {
        format!(
            "Tệp {file} có chữ không rõ bảng mã{example}: không phải Unicode, cũng không khớp \
             TCVN3 (ABC) hay VNI. Không nhập để khỏi sai tên. Hãy chuyển tệp sang Unicode \
             rồi nhập lại."
        )
    }
}

/// "Bảng mã: TCVN3 (ABC), đã chuyển sang Unicode."
pub fn encoding_note(enc: Option<crate::vi::legacy::Legacy>) -> String {
    use crate::vi::legacy::Legacy;
    match enc {
        None => "Bảng mã: Unicode.".into(),
        Some(Legacy::Tcvn3) => {
            "Bảng mã: TCVN3 (ABC, phông .VnTime), đã chuyển sang Unicode: hãy xem lại các tên \
             dưới đây trước khi nhập."
                .into()
        }
        Some(Legacy::Vni) => {
            "Bảng mã: VNI (phông VNI-Times), đã chuyển sang Unicode: hãy xem lại các tên \
             dưới đây trước khi nhập."
                .into()
        }
    }
}
