//! Messages of the member import.

use crate::store::import::{Field, ImportError, Preview};

pub fn field(f: Field) -> &'static str {
    match f {
        Field::FullName => "Họ và tên",
        Field::Birth => "Ngày sinh",
        Field::Gender => "Giới tính",
        Field::Ethnicity => "Dân tộc",
        Field::Hometown => "Quê quán",
        Field::Education => "Trình độ học vấn",
        Field::Professional => "Trình độ chuyên môn",
        Field::PoliticalTheory => "Lý luận chính trị",
        Field::Joined => "Ngày vào Đảng",
        Field::Official => "Ngày chính thức",
        Field::Status => "Chính thức/Dự bị",
        Field::Posts => "Chức vụ",
        Field::Exempted => "Miễn sinh hoạt",
    }
}

pub const NOT_IMPORTED: &str = "(không nhập)";

pub fn error(e: &ImportError) -> String {
    let file = e.path().display();
    match e {
        ImportError::Io { source, .. } => match source.kind() {
            std::io::ErrorKind::NotFound => {
                format!("Không tìm thấy tệp {file}. Hãy kiểm tra lại đường dẫn.")
            }
            std::io::ErrorKind::PermissionDenied => format!(
                "Không có quyền đọc tệp {file}. Nếu tệp đang mở trong Excel, hãy đóng lại rồi thử lại."
            ),
            _ => format!("Không đọc được tệp {file}: {source}."),
        },
        ImportError::Unsupported { .. } => format!(
            "Tệp {file} không phải bảng tính được hỗ trợ. Hãy chọn tệp .xlsx, .xls, .ods hoặc .csv \
             (trong Excel: Tệp › Lưu thành › Sổ làm việc Excel)."
        ),
        ImportError::Workbook { detail, .. } => format!(
            "Không đọc được bảng tính {file} ({detail}). Tệp có thể bị hỏng hoặc có mật khẩu: \
             hãy mở bằng Excel, lưu lại thành .xlsx rồi thử lại."
        ),
        ImportError::NoSheet { sheet, .. } if sheet.is_empty() => {
            format!("Bảng tính {file} không có trang nào có dữ liệu.")
        }
        ImportError::NoSheet { sheet, .. } => {
            format!("Bảng tính {file} không có trang \"{sheet}\". Hãy chọn trang khác.")
        }
        ImportError::NotUtf8 { .. } => format!(
            "Tệp {file} không ở mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi. Trong Excel hãy lưu lại \
             bằng \"CSV UTF-8 (Comma delimited)\", hoặc chọn thẳng tệp .xlsx."
        ),
        ImportError::NoHeader { .. } => format!(
            "Không tìm thấy dòng tiêu đề có cột \"Họ và tên\" trong {file}. Hãy chọn dòng tiêu đề \
             và gán các cột bằng tay."
        ),
    }
}

pub const NO_NAME_COLUMN: &str =
    "Chưa có cột nào được gán là \"Họ và tên\". Hãy chọn cột chứa họ tên đảng viên.";
pub const NO_DATA_ROWS: &str =
    "Không có dòng dữ liệu nào dưới dòng tiêu đề. Hãy kiểm tra lại trang và dòng tiêu đề đã chọn.";
pub const NAME_EMPTY: &str = "Thiếu họ và tên. Hãy điền họ tên hoặc xóa dòng này trong tệp.";
pub const GENDER_EMPTY: &str = "Thiếu giới tính. Hãy ghi \"Nam\" hoặc \"Nữ\".";
pub const OFFICIAL_BEFORE_JOINED: &str =
    "Ngày chính thức trước ngày vào Đảng. Hãy kiểm tra lại hai ngày này.";

pub fn column_missing(f: Field) -> String {
    format!(
        "Tệp không có cột \"{}\" (hoặc chưa được gán). Các đảng viên sẽ thiếu thông tin này; \
         có thể gán cột bằng tay hoặc bổ sung sau.",
        field(f)
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
pub fn summary(p: &Preview) -> String {
    format!(
        "{} dòng sẽ được nhập, {} dòng lỗi, {} dòng trùng.",
        p.accepted_count(),
        p.error_count(),
        p.duplicate_count()
    )
}

pub fn imported(n: usize, branch: &str) -> String {
    format!("Đã nhập {n} đảng viên vào {branch}. Có thể hoàn tác (Ctrl+Z).")
}
