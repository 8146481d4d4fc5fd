//! The page preview beside a document's form ("Xem trang in") and the
//! conversion to PDF it relies on.

pub const TAB_TEXT: &str = "Nội dung";
pub const TAB_PAGES: &str = "Xem trang in";
pub const UPDATE: &str = "Cập nhật";
pub const UPDATE_HINT: &str =
    "Tạo lại các trang in theo nội dung hiện tại (qua LibreOffice, mất vài giây)";
pub const RENDERING: &str = "Đang chuyển văn bản thành trang in (LibreOffice)…";
pub const NOT_YET: &str = "Bấm \"Cập nhật\" để xem văn bản thành từng trang như khi in \
(qua LibreOffice, mất vài giây).";
pub const STALE: &str =
    "Nội dung đã thay đổi sau lần xem này: bấm \"Cập nhật\" để xem lại trang in.";
pub const NO_LIBREOFFICE: &str = "Máy này chưa cài LibreOffice nên chưa vẽ được trang in thật \
(ngắt trang, lề, số trang). Dưới đây là nội dung văn bản theo đúng thứ tự, với các đề mục và bảng. \
Muốn xem từng trang như khi in, hãy cài LibreOffice (miễn phí, tại libreoffice.org) rồi bấm \"Cập nhật\".";
pub const TEXT_HINT: &str = "Nội dung văn bản theo đúng thứ tự (cập nhật theo nội dung vừa nhập):";
pub const WORD_TEMPLATE_NOTE: &str =
    "Văn bản dùng mẫu Word của đơn vị: dưới đây là các đoạn theo thứ tự trong mẫu.";

pub fn page_count(n: usize) -> String {
    format!("{n} trang")
}

pub fn page_label(i: usize, n: usize) -> String {
    format!("Trang {i}/{n}")
}

pub fn failed(reason: &str) -> String {
    format!("Chưa xem được trang in: {reason}")
}

pub fn text_failed(reason: &str) -> String {
    format!("Chưa dựng được nội dung văn bản: {reason}")
}

pub const PDF_UNREADABLE: &str = "LibreOffice đã tạo tệp PDF nhưng không đọc được tệp đó để vẽ \
trang. Hãy bấm \"Cập nhật\" để thử lại; nếu vẫn lỗi, hãy xuất văn bản và mở tệp Word.";
pub const PDF_NO_PAGES: &str = "Tệp PDF không có trang nào.";
pub const PDF_CANCELLED: &str = "Đã dừng chuyển sang PDF.";
pub const PDF_MISSING: &str =
    "LibreOffice đã chạy xong nhưng không tạo ra tệp PDF. Hãy bấm \"Cập nhật\" để thử lại.";

pub fn temp_failed(detail: &str) -> String {
    format!(
        "Không tạo được thư mục tạm để chuyển sang PDF ({detail}). \
         Hãy kiểm tra ổ đĩa còn chỗ trống rồi thử lại."
    )
}

pub fn convert_failed(detail: &str) -> String {
    format!("LibreOffice không chuyển được văn bản sang PDF ({detail}).")
}
