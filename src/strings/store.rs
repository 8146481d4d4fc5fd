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
    // The technical line of [`parse_detail`] goes last, on its own line.
    let (detail, technical) = match detail.split_once('\n') {
        Some((d, t)) => (d, format!("\n{t}")),
        None => (detail, String::new()),
    };
    format!(
        "Tệp {file} bị lỗi ở dòng {line}, cột {col} ({detail}). Tệp này chưa được mở và \
         không bị ghi đè. Hãy sửa dòng đó, hoặc chép bản sao gần nhất trong thư mục \
         backups/ đè lên tệp này.{technical}"
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

pub fn workspace_missing(dir: &Path) -> String {
    let dir = dir.display();
    format!(
        "Thư mục hồ sơ {dir} không tồn tại. Hãy kiểm tra lại đường dẫn (gõ sai, hoặc thư mục \
         đã được chuyển đi hay đổi tên); không có gì được tạo ra."
    )
}

pub fn not_a_branch(path: &Path) -> String {
    let file = path.display();
    format!(
        "{file} nằm trong thư mục branches/ nhưng không phải tệp chi bộ nên chưa được đọc \
         (tệp chi bộ có tên dạng ma-chi-bo.ron, đuôi .ron viết thường). Hãy đổi tên cho đúng, \
         hoặc chuyển nó ra khỏi thư mục branches/."
    )
}

/// Short description of a RON parse error for the `detail` part: the kinds
/// of error a clerk can act on in Vietnamese, the rest as "sai cấu trúc"
/// with ron's own words on a "chi tiết kỹ thuật" line.
pub fn parse_detail(code: &ron::error::Error) -> String {
    use ron::error::Error as E;
    let technical = |what: &str| format!("{what}\n{TECHNICAL} {code}");
    match code {
        E::Eof => "tệp kết thúc đột ngột, có thể bị cắt cụt".into(),
        E::ExpectedArrayEnd | E::ExpectedMapEnd | E::ExpectedStructLikeEnd => {
            "thiếu dấu đóng ngoặc".into()
        }
        E::ExpectedString | E::ExpectedStringEnd => "cần một chuỗi trong ngoặc kép".into(),
        E::MissingStructField { field, .. } => format!("thiếu trường \"{field}\""),
        E::UnexpectedChar(c) => format!("ký tự không mong đợi '{}'", c.escape_debug()),
        // Our own messages (dates) are Vietnamese already; serde's are not.
        E::Message(m) if !m.is_ascii() => m.clone(),
        E::InvalidValueForType { .. } | E::Message(_) => {
            technical("giá trị không đúng kiểu (ví dụ chữ ở chỗ cần số, hoặc ngược lại)")
        }
        E::NoSuchEnumVariant { found, .. } => format!("giá trị \"{found}\" không được hỗ trợ"),
        E::NoSuchStructField {
            expected, found, ..
        } => format!(
            "trường \"{found}\" không có trong tệp của daihoi (gõ sai tên, hoặc tệp do phiên bản \
             mới hơn ghi). Sửa lại tên trường hoặc xoá dòng đó; tệp không bị ghi đè, để khỏi \
             mất dữ liệu. Các trường có ở đây: {}",
            expected.join(", ")
        ),
        E::DuplicateStructField { field, .. } => {
            format!("trường \"{field}\" được ghi hai lần; hãy xoá một dòng")
        }
        E::TrailingCharacters => "có nội dung thừa sau phần dữ liệu".into(),
        E::IntegerOutOfBounds => {
            "con số quá lớn hoặc âm ở chỗ không được phép; hãy sửa lại con số".into()
        }
        E::ExceededRecursionLimit => {
            "dữ liệu lồng nhau quá sâu (quá nhiều ngoặc mở liên tiếp); tệp có thể bị hỏng".into()
        }
        E::ExpectedInteger | E::ExpectedFloat | E::InvalidIntegerDigit { .. } => {
            "cần một con số".into()
        }
        E::ExpectedBoolean => "cần true (có) hoặc false (không)".into(),
        E::ExpectedComma => "thiếu dấu phẩy giữa hai mục".into(),
        E::ExpectedMapColon => "thiếu dấu hai chấm sau tên trường".into(),
        E::ExpectedArray => "cần một danh sách trong ngoặc vuông [ ]".into(),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "cần một nhóm trường trong ngoặc tròn ( )".into()
        }
        E::ExpectedOption | E::ExpectedOptionEnd => "cần Some(…) hoặc None".into(),
        E::InvalidEscape(_) => "chuỗi có ký tự thoát (\\) không hợp lệ".into(),
        E::UnclosedBlockComment | E::UnclosedLineComment => "chú thích chưa được đóng".into(),
        E::Utf8Error(_) => "tệp không phải văn bản UTF-8".into(),
        _ => technical("sai cấu trúc tệp"),
    }
}

/// The start of the line that carries an error's untranslated details.
pub const TECHNICAL: &str = "Chi tiết kỹ thuật (để gửi người hỗ trợ):";

#[cfg(test)]
mod tests {
    use super::*;
    use ron::error::Error as E;

    #[test]
    fn ron_details_are_vietnamese_or_marked_technical() {
        let d = parse_detail(&E::IntegerOutOfBounds);
        assert!(d.contains("con số"), "{d}");
        let d = parse_detail(&E::ExceededRecursionLimit);
        assert!(!d.contains("recursion"), "{d}");
        let d = parse_detail(&E::Message(
            "invalid type: integer `5`, expected a string".into(),
        ));
        let (first, rest) = d.split_once('\n').unwrap();
        assert!(first.contains("không đúng kiểu"), "{d}");
        assert!(
            rest.starts_with(TECHNICAL) && rest.contains("integer `5`"),
            "{d}"
        );
        let d = parse_detail(&E::ExpectedRawValue);
        assert!(d.contains(TECHNICAL), "{d}");
        let text = parse_error(Path::new("a.ron"), 3, 4, &d);
        let last = text.lines().last().unwrap();
        assert!(last.starts_with(TECHNICAL), "{text}");
        assert!(
            text.lines().next().unwrap().contains("dòng 3, cột 4"),
            "{text}"
        );
    }
}

/// The folder a copy of the workspace is saved in: "Bản sao hồ sơ", then
/// "Bản sao hồ sơ (2)"… when the name is taken.
pub fn copy_folder_name(n: u32) -> String {
    if n <= 1 {
        "Bản sao hồ sơ".to_string()
    } else {
        format!("Bản sao hồ sơ ({n})")
    }
}
