//! Texts about opening, showing and printing files with the system's
//! programs: what failed, in plain words, and what to do.

use std::path::Path;

fn name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn parent(path: &Path) -> String {
    path.parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

pub fn missing(path: &Path) -> String {
    format!(
        "Không tìm thấy {} (có thể đã bị xóa, đổi tên hoặc rút USB). \
         Hãy xuất lại văn bản hoặc tạo lại bộ hồ sơ.",
        path.display()
    )
}

pub fn folder_open_failed(path: &Path) -> String {
    format!(
        "Máy chưa mở được thư mục bằng trình quản lý tệp. \
         Hãy tự mở trình quản lý tệp (Windows: phím Windows + E) và đi tới: {}",
        path.display()
    )
}

pub fn file_open_failed(path: &Path) -> String {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let program = match ext.as_str() {
        "docx" | "doc" => "Microsoft Word hoặc LibreOffice Writer",
        "pdf" => "một chương trình đọc PDF",
        "xlsx" | "xls" | "ods" => "Microsoft Excel hoặc LibreOffice Calc",
        _ => "một chương trình mở được loại tệp này",
    };
    format!(
        "Máy chưa có chương trình mở tệp {}. Hãy cài {program}, \
         hoặc mở thư mục {} và mở tệp bằng tay.",
        name(path),
        parent(path)
    )
}

pub fn printed(file: &Path, printer: Option<&str>) -> String {
    match printer {
        Some(p) => format!("Đã gửi {} tới máy in {p}.", name(file)),
        None => format!("Đã gửi {} tới máy in mặc định.", name(file)),
    }
}

pub const NO_LP: &str = "Máy chưa có dịch vụ in (lệnh lp của CUPS).";
pub const NO_PRINTER: &str = "Máy chưa cài máy in nào.";
pub const NO_PDF: &str = "Chưa có bản PDF để gửi thẳng tới máy in (cần LibreOffice; đánh dấu \"kèm bản PDF\" khi tạo bộ hồ sơ).";
pub fn printer_refused(printer: &str) -> String {
    format!(
        "Máy in {printer} chưa nhận lệnh in: hãy kiểm tra máy in đã bật, đã nối với máy tính và còn giấy."
    )
}
pub const WINDOWS_PRINT_FAILED: &str = "Windows chưa in được tệp này (chưa có chương trình in cho loại tệp này, hoặc chưa chọn máy in mặc định).";

/// Printing failed and the file was opened instead.
pub fn print_fallback(reason: &str, file: &Path) -> String {
    format!(
        "{reason} Đã mở {} trong chương trình soạn thảo: hãy bấm Ctrl+P ở đó để in.",
        name(file)
    )
}

/// Neither printing nor opening worked.
pub fn print_failed(reason: &str, file: &Path) -> String {
    format!(
        "{reason} Cũng chưa mở được tệp để in bằng tay. Hãy mở thư mục {} và in tệp {} từ Word hoặc LibreOffice.",
        parent(file),
        name(file)
    )
}

pub const PRINT_TITLE: &str = "In bộ hồ sơ";
pub fn print_what(file: &Path) -> String {
    format!("Tệp sẽ in: {}", name(file))
}
pub const PRINTER: &str = "Máy in";
pub fn default_printer(p: &str) -> String {
    format!("{p} (mặc định)")
}
pub const PRINT: &str = "In";
