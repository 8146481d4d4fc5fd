//! Messages of the workspace store.

use std::path::Path;

/// A file of the user's (a document, a paper, a report, a workbook) held
/// open by Word or Excel, or in a read-only folder.
pub fn write_held_open(file: &Path) -> String {
    let file = file.display();
    format!(
        "Không ghi được {file}: tệp đang mở trong Word (hoặc Excel) hoặc thư mục chỉ cho đọc. \
         Hãy đóng tệp đó rồi làm lại; tệp cũ vẫn giữ nguyên."
    )
}

/// Any other failure to write a file of the user's.
pub fn write_failed(file: &Path, detail: &str) -> String {
    let file = file.display();
    format!(
        "Không ghi được {file}: {detail}. Hãy kiểm tra ổ đĩa còn chỗ trống và thư mục có quyền \
         ghi, hoặc chọn thư mục khác; tệp cũ (nếu có) vẫn giữ nguyên."
    )
}

pub fn not_found(file: &Path) -> String {
    let file = file.display();
    format!("Không tìm thấy tệp hoặc thư mục {file}. Hãy kiểm tra lại đường dẫn.")
}

pub fn no_permission(file: &Path) -> String {
    let file = file.display();
    format!(
        "Không có quyền đọc/ghi {file}. Tệp có thể đang mở trong chương trình khác \
         (Word, Excel) hoặc thư mục chỉ cho đọc: hãy đóng chương trình đó rồi thử lại."
    )
}

pub fn io_failed(file: &Path, source: &str) -> String {
    let file = file.display();
    format!(
        "Không đọc/ghi được {file}: {source}. Hãy kiểm tra ổ đĩa còn chỗ trống \
         và thư mục có quyền ghi, rồi thử lại."
    )
}

pub fn parse_error(file: &Path, line: usize, col: usize, detail: &str) -> String {
    let file = file.display();
    format!(
        "Tệp {file} bị lỗi ở dòng {line}, cột {col} ({detail}). Tệp này chưa được mở và \
         không bị ghi đè. Hãy sửa dòng đó, hoặc chép bản sao gần nhất trong thư mục \
         backups/ đè lên tệp này."
    )
}

pub fn foreign(file: &Path) -> String {
    let file = file.display();
    format!(
        "Tệp {file} không phải tệp hồ sơ của daihoi (thiếu trường version). \
         Hãy chuyển tệp này ra khỏi thư mục hồ sơ."
    )
}

pub fn newer(file: &Path, found: u32, supported: u32) -> String {
    let file = file.display();
    format!(
        "Tệp {file} được tạo bởi phiên bản daihoi mới hơn (định dạng {found}, phiên bản \
         này chỉ đọc đến {supported}). Hãy cập nhật daihoi; tệp không bị thay đổi."
    )
}

pub fn not_text(file: &Path) -> String {
    let file = file.display();
    format!(
        "Tệp {file} không phải văn bản UTF-8 (có thể đã hỏng). Tệp không bị thay đổi; \
         hãy chép bản sao gần nhất trong thư mục backups/ đè lên tệp này."
    )
}

pub fn bad_id(file: &Path, id: &str) -> String {
    let file = file.display();
    format!(
        "Tệp {file} có mã chi bộ \"{id}\" không khớp tên tệp hoặc trùng với chi bộ khác. \
         Hãy đổi tên tệp thành {id}.ron hoặc sửa mã trong tệp."
    )
}

pub fn no_workspace(file: &Path) -> String {
    let file = file.display();
    format!(
        "Thư mục {file} không phải thư mục hồ sơ daihoi (không có tệp ward.ron). \
         Hãy chọn đúng thư mục, hoặc tạo hồ sơ mới bằng lệnh \"daihoi demo THƯ_MỤC\"."
    )
}

/// Short description of a RON parse error for the `detail` part.
pub fn parse_detail(code: &ron::error::Error) -> String {
    use ron::error::Error as E;
    match code {
        E::Eof => "tệp kết thúc đột ngột, có thể bị cắt cụt".into(),
        E::ExpectedArrayEnd | E::ExpectedMapEnd | E::ExpectedStructLikeEnd => {
            "thiếu dấu đóng ngoặc".into()
        }
        E::ExpectedString | E::ExpectedStringEnd => "cần một chuỗi trong ngoặc kép".into(),
        E::MissingStructField { field, .. } => format!("thiếu trường \"{field}\""),
        E::UnexpectedChar(c) => format!("ký tự không mong đợi '{c}'"),
        E::InvalidValueForType { expected, found } => {
            format!("giá trị {found} không hợp lệ, cần {expected}")
        }
        E::NoSuchEnumVariant { found, .. } => format!("giá trị \"{found}\" không được hỗ trợ"),
        E::TrailingCharacters => "có nội dung thừa sau phần dữ liệu".into(),
        E::Message(m) => m.clone(),
        other => format!("sai cấu trúc: {other}"),
    }
}
