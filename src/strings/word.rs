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

// ---- The Templates screen ----

pub const SCREEN_BUTTON: &str = "Mẫu văn bản";
pub const SCREEN_TITLE: &str = "Mẫu văn bản";
pub const SCREEN_INTRO: &str = "Mỗi văn bản được viết theo mẫu có sẵn trong chương trình, trừ khi thư mục mẫu của văn phòng có tệp cùng tên (.docx sửa bằng Word, hoặc .txt). Xóa hay bỏ tệp đó là dùng lại mẫu có sẵn.";
pub const OPEN_FOLDER: &str = "Mở thư mục mẫu";
pub const EXPORT: &str = "Xuất mẫu ra Word để sửa";
pub const EXPORT_HINT: &str = "Ghi mỗi văn bản có sẵn thành tệp .docx trong thư mục mẫu (giữ nguyên tệp đã có), kèm HUONG-DAN.md.";
pub const CHECK: &str = "Kiểm tra mẫu";
pub const CHECK_HINT: &str = "Liệt kê mọi lỗi của mọi mẫu, không chỉ lỗi đầu tiên.";
pub const SOURCE_SEPARATOR: &str = "·";
pub const SOURCE_BUILTIN: &str = "Mẫu có sẵn";
pub const SOURCE_TEXT: &str = "Mẫu của văn phòng (.txt)";
pub const SOURCE_WORD: &str = "Mẫu Word của văn phòng (.docx)";
pub const OPEN_IN_WORD: &str = "Mở trong Word";
pub const OPEN_IN_WORD_HINT: &str =
    "Mở mẫu .docx của văn phòng bằng chương trình soạn thảo của máy.";
pub const USE_BUILTIN: &str = "Dùng lại mẫu có sẵn";
pub const USE_BUILTIN_HINT: &str =
    "Bỏ mẫu của văn phòng (chuyển vào thư mục mau-da-bo, không xóa) để dùng lại mẫu có sẵn.";
pub const UNDO_SET_ASIDE: &str = "Hoàn tác";
pub const FIELDS_HEADING: &str = "Các trường dùng được trong mẫu";
pub const FIELDS_FILTER: &str = "Tìm trường";

pub fn fields_intro(n: usize) -> String {
    format!(
        "{n} trường. Trong mẫu viết {{tên trường}}; trường của danh sách (có []) viết trong vòng lặp, ví dụ {{#for m in members}}{{m.name}}{{/for}}. Dưới mỗi trường là giá trị của nó ở chi bộ mẫu. Danh sách này cũng được ghi vào HUONG-DAN.md."
    )
}

pub fn source_file(file: &str) -> String {
    format!("tệp {file}")
}

pub fn check_ok(kinds: usize) -> String {
    format!("Đã kiểm tra: các mẫu không có lỗi ({kinds} loại văn bản).")
}

pub fn check_found(n: usize) -> String {
    format!("Đã kiểm tra: có {n} lỗi. Sửa từng lỗi trong tệp mẫu rồi bấm \"Kiểm tra mẫu\" lại.")
}

pub fn set_aside_done(doc: &str, kept: &std::path::Path) -> String {
    format!(
        "{doc}: đã dùng lại mẫu có sẵn. Mẫu của văn phòng được giữ trong {} (bấm \"Hoàn tác\" để dùng lại nó).",
        kept.display()
    )
}

pub fn set_aside_failed(doc: &str, e: &std::io::Error) -> String {
    format!(
        "{doc}: không bỏ được mẫu của văn phòng ({e}). Có thể tệp đang mở trong Word: hãy đóng nó rồi thử lại. Mẫu vẫn giữ nguyên."
    )
}

pub const PUT_BACK_DONE: &str = "Đã dùng lại mẫu của văn phòng như trước.";

pub fn put_back_failed(e: &std::io::Error) -> String {
    format!(
        "Không đưa mẫu về chỗ cũ được ({e}): đã có tệp cùng tên, hoặc tệp đang mở. Bản đã bỏ vẫn nằm trong thư mục mau-da-bo."
    )
}

pub fn export_failed(e: &std::io::Error) -> String {
    format!(
        "Không ghi được mẫu Word ({e}). Hãy kiểm tra thư mục mẫu có ghi được không rồi thử lại."
    )
}

// ---- "Nhập từ tệp Word…" on a document's form ----

pub const IMPORT_OPEN: &str = "Nhập từ tệp Word…";
pub const IMPORT_OPEN_HINT: &str = "Đọc bản dự thảo chi bộ viết bằng Word (.docx, .odt) vào các mục của biểu mẫu; xem trước rồi mới nhập.";
pub const IMPORT_TITLE: &str = "Nhập từ tệp Word";
pub const IMPORT_FILE: &str = "Tệp Word";
pub const IMPORT_CHOOSE: &str = "Chọn tệp…";
pub const IMPORT_READ: &str = "Đọc tệp";
pub const IMPORT_READING: &str = "Đang đọc tệp…";
pub const IMPORT_NO_PATH: &str =
    "Chưa có tệp: hãy bấm \"Chọn tệp…\" hoặc gõ đường dẫn tệp .docx rồi bấm \"Đọc tệp\".";
pub const WORD_FILES: &str = "Tệp Word";
pub const IMPORT_GOES_TO: &str = "vào mục";
pub const IMPORT_SKIP: &str = "(Không nhập)";
pub const IMPORT_NO_HEADING: &str = "(Phần đầu tệp, trước đề mục thứ nhất)";
pub const IMPORT_UNMATCHED: &str =
    "Đề mục này không khớp mục nào của biểu mẫu: chọn mục để nhập, hoặc để \"(Không nhập)\".";
pub const IMPORT_TARGETS_USE: &str = "Nhập bảng chỉ tiêu";
pub const IMPORT_TARGETS_TABLE: &str = "Bảng chỉ tiêu";
pub const IMPORT_APPLY: &str = "Nhập vào biểu mẫu";
pub const IMPORT_NOTHING: &str =
    "Chưa có phần nào được chọn để nhập: hãy chọn mục cho ít nhất một phần.";
pub const IMPORT_PARTS: &str = "Các phần của tệp và mục sẽ nhận";
pub const IMPORT_NO_PARTS: &str = "Tệp không có đoạn văn nào để nhập (hoặc chỉ có bảng).";

pub fn import_into(doc: &str, branch: &str) -> String {
    format!(
        "Vào {doc} của {branch}. Chưa có gì thay đổi cho đến khi bấm \"{IMPORT_APPLY}\"; nhập xong vẫn hoàn tác được (Ctrl+Z)."
    )
}

pub fn import_paragraphs(n: usize) -> String {
    format!("{n} đoạn")
}

pub fn import_replaces(section: &str) -> String {
    format!("Sẽ thay nội dung đang có của mục \"{section}\".")
}

pub fn import_fills(section: &str) -> String {
    format!("Vào mục \"{section}\" (đang trống).")
}

pub fn import_joined(section: &str) -> String {
    format!("Nối tiếp vào mục \"{section}\" (sau phần trước cũng vào mục này).")
}

pub fn import_targets(rows: usize) -> String {
    format!("Bảng chỉ tiêu nhận ra được: {rows} dòng sẽ vào bảng chỉ tiêu của biểu mẫu.")
}

/// "• Tỷ lệ hộ nghèo (%): kế hoạch dưới 1,5 · thực hiện 1,2"; empty
/// columns left out.
pub fn import_target_row(
    indicator: &str,
    unit: &str,
    plan: &str,
    achieved: &str,
    next: &str,
) -> String {
    let mut s = format!("• {indicator}");
    if !unit.trim().is_empty() {
        s.push_str(&format!(" ({unit})"));
    }
    let parts: Vec<String> = [
        ("kế hoạch", plan),
        ("thực hiện", achieved),
        ("nhiệm kỳ tới", next),
    ]
    .iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(k, v)| format!("{k} {v}"))
    .collect();
    if !parts.is_empty() {
        s.push_str(": ");
        s.push_str(&parts.join(" · "));
    }
    s
}

pub fn import_targets_replace(existing: usize) -> String {
    format!("Sẽ thay {existing} dòng chỉ tiêu đang có.")
}

pub fn import_other_table(rows: usize) -> String {
    format!(
        "Một bảng {rows} hàng không nhận ra là bảng chỉ tiêu: không nhập (hãy chép tay nếu cần)."
    )
}

/// The summary above the button: what will be replaced.
pub fn import_summary_replace(sections: &[&str]) -> String {
    format!("Nội dung đang có sẽ bị thay ở: {}.", sections.join(", "))
}

pub const IMPORT_SUMMARY_NEW: &str = "Không mục nào đang có nội dung bị thay.";

pub fn import_converted(enc: &str) -> String {
    format!("Tệp gõ bằng bảng mã cũ {enc}: đã chuyển sang Unicode; hãy đọc lại phần xem trước.")
}

pub fn edit_word_import(doc: &str) -> String {
    format!("nhập {doc} từ tệp Word")
}

pub fn word_imported(sections: usize, doc: &str, branch: &str) -> String {
    format!("Đã nhập {sections} phần vào {doc} của {branch} từ tệp Word (Ctrl+Z để hoàn tác).")
}
