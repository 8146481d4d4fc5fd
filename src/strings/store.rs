//! Messages of the workspace store.

use crate::store::StoreError;

pub fn error(e: &StoreError) -> String {
    let file = e.path().display();
    match e {
        StoreError::Io { source, .. } => match source.kind() {
            std::io::ErrorKind::NotFound => {
                format!("Không tìm thấy tệp hoặc thư mục {file}. Hãy kiểm tra lại đường dẫn.")
            }
            std::io::ErrorKind::PermissionDenied => format!(
                "Không có quyền đọc/ghi {file}. Tệp có thể đang mở trong chương trình khác \
                 (Word, Excel) hoặc thư mục chỉ cho đọc: hãy đóng chương trình đó rồi thử lại."
            ),
            _ => format!(
                "Không đọc/ghi được {file}: {source}. Hãy kiểm tra ổ đĩa còn chỗ trống \
                 và thư mục có quyền ghi, rồi thử lại."
            ),
        },
        StoreError::Parse {
            line, col, detail, ..
        } => format!(
            "Tệp {file} bị lỗi ở dòng {line}, cột {col} ({detail}). Tệp này chưa được mở và \
             không bị ghi đè. Hãy sửa dòng đó, hoặc chép bản sao gần nhất trong thư mục \
             backups/ đè lên tệp này."
        ),
        StoreError::Foreign { .. } => format!(
            "Tệp {file} không phải tệp hồ sơ của daihoi (thiếu trường version). \
             Hãy chuyển tệp này ra khỏi thư mục hồ sơ."
        ),
        StoreError::Newer {
            found, supported, ..
        } => format!(
            "Tệp {file} được tạo bởi phiên bản daihoi mới hơn (định dạng {found}, phiên bản \
             này chỉ đọc đến {supported}). Hãy cập nhật daihoi; tệp không bị thay đổi."
        ),
        StoreError::NotText { .. } => format!(
            "Tệp {file} không phải văn bản UTF-8 (có thể đã hỏng). Tệp không bị thay đổi; \
             hãy chép bản sao gần nhất trong thư mục backups/ đè lên tệp này."
        ),
        StoreError::BadId { id, .. } => format!(
            "Tệp {file} có mã chi bộ \"{id}\" không khớp tên tệp hoặc trùng với chi bộ khác. \
             Hãy đổi tên tệp thành {id}.ron hoặc sửa mã trong tệp."
        ),
        StoreError::NoWorkspace { .. } => format!(
            "Thư mục {file} không phải thư mục hồ sơ daihoi (không có tệp ward.ron). \
             Hãy chọn đúng thư mục, hoặc tạo hồ sơ mới bằng lệnh \"daihoi demo THƯ_MỤC\"."
        ),
    }
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
