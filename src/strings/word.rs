//! Word (.docx) templates and Word drafts: messages and labels.

/// "Mẫu văn bản X.docx, đoạn «…», thẻ {…}: message".
pub fn template_error(file: &str, place: &str, typed: &str, message: &str) -> String {
    if typed.is_empty() {
        format!("Mẫu Word {file}, {place}: {message}")
    } else {
        format!("Mẫu Word {file}, {place}, thẻ {typed}: {message}")
    }
}

pub fn place_paragraph(first_words: &str) -> String {
    if first_words.is_empty() {
        "đoạn trống".to_string()
    } else {
        format!("đoạn «{first_words}»")
    }
}

pub fn place_cell(table: usize, row: usize, cell: usize, first_words: &str) -> String {
    format!("bảng {table}, hàng {row}, ô {cell} («{first_words}»)")
}

/// `part` is a label from [`part_label`].
pub fn place_in_part(part: &str, place: &str) -> String {
    format!("{part}, {place}")
}

/// The name of a part of the package, for messages.
pub fn part_label(part_file: &str) -> String {
    let stem = part_file
        .rsplit('/')
        .next()
        .unwrap_or(part_file)
        .trim_end_matches(".xml");
    if stem.starts_with("header") {
        format!("đầu trang ({stem})")
    } else if stem.starts_with("footer") {
        format!("chân trang ({stem})")
    } else if stem.starts_with("footnotes") {
        "chú thích cuối trang".to_string()
    } else {
        String::new()
    }
}

pub const STRAY_CLOSE: &str = "dấu } thừa; muốn viết dấu } thật thì gõ hai lần: }}.";
pub const UNCLOSED: &str =
    "thẻ chưa có dấu } đóng trong cùng đoạn; một thẻ phải nằm trọn trong một đoạn văn.";
pub const TABLE_DIRECTIVE: &str = "mẫu Word không dùng {#table}: hãy vẽ bảng bằng Word, đặt {#for …} ở đầu ô đầu tiên và {/for} ở cuối ô cuối cùng của hàng cần lặp.";
pub const ACROSS_TABLE: &str = "thẻ mở và thẻ đóng phải cùng ở trong một bảng (hoặc cùng ở ngoài bảng); hãy chuyển một trong hai thẻ.";
pub const ACROSS_FORMATTING: &str = "thẻ mở và thẻ đóng nằm trong cùng một đoạn nhưng khác loại (ví dụ một thẻ nằm trong liên kết); hãy gõ lại hai thẻ bằng chữ thường.";
pub const ELSE_PLACE: &str = "{#else} phải ở cùng chỗ với {#if} của nó: cùng đoạn, hoặc một đoạn (hàng bảng) riêng giữa các đoạn (hàng) của khối.";

pub fn not_a_docx(file: &str, detail: &str) -> String {
    format!(
        "Tệp {file} không phải tệp Word .docx đọc được ({detail}). Hãy mở tệp trong Word và lưu lại dạng \"Word Document (*.docx)\"."
    )
}

pub fn bad_part(file: &str, part: &str, detail: &str) -> String {
    format!("Tệp {file}: phần {part} bị hỏng ({detail}). Hãy mở tệp trong Word và lưu lại.")
}
