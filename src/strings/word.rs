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

/// The header's issuer line of a congress document, as a Word template tag.
pub const CONGRESS_ISSUER_TAGGED: &str = "ĐẠI HỘI {branch.name | upper}";

/// The Word part of `HUONG-DAN.md`.
pub const GUIDE_WORD: &str = "
## Mẫu Word (.docx)

Lệnh \"Xuất mẫu ra Word\" (hoặc `daihoi templates --workspace THƯ_MỤC --export`) ghi mỗi
văn bản có sẵn thành một tệp `.docx` trong thư mục này, đúng thể thức, với các chỗ điền
hiện rõ. Sửa tệp bằng Word hoặc LibreOffice như một văn bản bình thường: đổi câu chữ,
in đậm, thêm đoạn, đổi phần đầu trang. Tệp `.docx` cùng tên thay cho mẫu có sẵn; xóa
nó đi là dùng lại mẫu có sẵn.

- Chỗ điền, điều kiện và vòng lặp viết như trong mẫu `.txt`: `{branch.name}`,
  `{#if branch.has_committee}…{/if}`, `{#for m in members}…{/for}`.
- Vòng lặp có `{#for …}` ở đầu ô đầu tiên và `{/for}` ở cuối ô cuối cùng của một hàng
  bảng thì lặp lại hàng đó; thẻ đứng riêng một đoạn thì lặp lại các đoạn ở giữa.
- Định dạng của chữ đầu tiên trong thẻ (đậm, nghiêng, cỡ chữ) áp dụng cho giá trị.
- Kiểm tra mẫu: `daihoi templates --workspace THƯ_MỤC --check` liệt kê mọi lỗi, mỗi lỗi
  ghi tên tệp, đoạn văn (mấy chữ đầu) hoặc ô bảng, và thẻ đã gõ.
";

/// After `--export`.
pub fn exported(written: usize, kept: usize, dir: &std::path::Path) -> String {
    format!(
        "Đã ghi {written} mẫu Word vào {} (giữ nguyên {kept} tệp đã có) và HUONG-DAN.md.",
        dir.display()
    )
}

pub fn templates_ok(count: usize) -> String {
    format!("Các mẫu không có lỗi ({count} loại văn bản).")
}

pub fn templates_errors(n: usize) -> String {
    format!("Có {n} lỗi trong các mẫu văn bản.")
}

pub const TEMPLATES_NEED_ACTION: &str =
    "Cần chọn --export (xuất mẫu Word) hoặc --check (kiểm tra mẫu).";

// ---- A branch's Word draft read into a form ----

pub fn draft_unreadable(file: &str, detail: &str) -> String {
    format!(
        "Không đọc được tệp {file} ({detail}). Hãy chọn một tệp Word .docx hoặc .odt; tệp .doc cũ thì mở bằng Word và lưu lại dạng .docx."
    )
}

/// The headings a section is known by; the first is the form's label.
pub fn section_headings(key: &str) -> &'static [&'static str] {
    match key {
        "context" => &[
            "Đặc điểm tình hình",
            "Đặc điểm, tình hình",
            "Tình hình chung",
            "Thuận lợi, khó khăn",
        ],
        "economy" => &[
            "Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội",
            "Phát triển kinh tế - xã hội",
            "Kinh tế - xã hội",
            "Nhiệm vụ chính trị",
        ],
        "defence" => &[
            "Quốc phòng - an ninh",
            "Quốc phòng, an ninh",
            "An ninh trật tự",
        ],
        "party_building" => &[
            "Công tác xây dựng Đảng, xây dựng hệ thống chính trị",
            "Công tác xây dựng Đảng",
            "Xây dựng Đảng",
        ],
        "mass_mobilisation" => &[
            "Công tác dân vận, Mặt trận và các đoàn thể",
            "Công tác dân vận",
            "Mặt trận và các đoàn thể",
        ],
        "limitations" => &[
            "Hạn chế, yếu kém",
            "Hạn chế, khuyết điểm",
            "Tồn tại, hạn chế",
            "Hạn chế",
        ],
        "causes_objective" => &["Nguyên nhân khách quan"],
        "causes_subjective" => &["Nguyên nhân chủ quan"],
        "lessons" => &["Bài học kinh nghiệm", "Một số bài học kinh nghiệm"],
        "direction" => &[
            "Phương hướng, mục tiêu",
            "Phương hướng, mục tiêu nhiệm kỳ tới",
            "Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ tới",
            "Mục tiêu chung",
        ],
        "tasks" => &[
            "Nhiệm vụ và giải pháp",
            "Nhiệm vụ, giải pháp",
            "Nhiệm vụ, giải pháp chủ yếu",
        ],
        "secretary_self_review" => &[
            "Tự kiểm điểm của bí thư",
            "Kiểm điểm của bí thư, phó bí thư",
        ],
        "strengths" => &["Ưu điểm"],
        "shortcomings" => &["Hạn chế, khuyết điểm", "Khuyết điểm, hạn chế"],
        "review_causes" => &["Nguyên nhân", "Nguyên nhân của hạn chế, khuyết điểm"],
        "remedy_previous" => &[
            "Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra ở kỳ kiểm điểm trước",
            "Kết quả khắc phục hạn chế, khuyết điểm kỳ trước",
        ],
        "responsibility" => &[
            "Trách nhiệm của tập thể và cá nhân",
            "Trách nhiệm của tập thể, cá nhân",
        ],
        "review_direction" => &[
            "Phương hướng, biện pháp khắc phục",
            "Phương hướng khắc phục",
        ],
        "assessment" => &[
            "Đánh giá",
            "Đánh giá kết quả nhiệm kỳ qua",
            "Thông qua báo cáo chính trị",
        ],
        "extra_tasks" => &["Nhiệm vụ khác", "Nhiệm vụ bổ sung"],
        _ => &[""],
    }
}

pub fn draft_encoding_unclear(file: &str) -> String {
    format!(
        "Tệp {file} có chữ gõ bằng bảng mã cũ (TCVN3/VNI) lẫn với Unicode, hoặc không rõ bảng mã, nên không nhập được. Hãy mở tệp trong Word, chuyển mã sang Unicode (ví dụ bằng Unikey) rồi lưu lại."
    )
}
