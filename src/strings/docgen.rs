//! Messages and fixed texts of the documents (docgen).

use std::path::Path;

// ---- Fixed texts written into documents ----

/// What an empty field prints with the `blank` filter: dots to write on by hand.
pub const FILL_BLANK: &str = "…………………";
pub const FILL_BLANK_SHORT: &str = "……";
pub const LONG_DATE_BLANK: &str = "ngày …… tháng …… năm ……";
pub const SHORT_DATE_BLANK: &str = "…/…/……";
/// The marker of a document not yet adopted or still with empty sections.
pub const DRAFT_MARKER: &str = "(Dự thảo)";
/// How the closing paragraph of a report or proposal begins: it ends the
/// last section, so a section followed only by it is empty.
pub const CLOSING_OPENINGS: [&str; 2] = ["Trên đây là ", "Kính đề nghị "];
/// The congress's presidium, one spelling everywhere (agenda, script,
/// signature "CHỦ TỊCH ĐOÀN").
pub const PRESIDIUM: &str = "Chủ tịch đoàn";
pub const ON_BEHALF_COMMITTEE: &str = "T/M CHI ỦY";
pub const ON_BEHALF_BRANCH: &str = "T/M CHI BỘ";
/// Who leads the branch, as a sentence names it ("Chi ủy kính trình …").
pub const LEADERSHIP_COMMITTEE: &str = "Chi ủy";
pub const LEADERSHIP_BRANCH: &str = "Chi bộ";

/// Who leads the branch in the new term, as the resolution's last clause
/// names it ("Đại hội giao Chi ủy …", "… giao Bí thư, Phó Bí thư chi bộ …").
pub fn new_leadership(elects_committee: bool, deputy: bool) -> &'static str {
    match (elects_committee, deputy) {
        (true, _) => "Chi ủy",
        (false, true) => "Bí thư, Phó Bí thư chi bộ",
        (false, false) => "Bí thư chi bộ",
    }
}

/// What the congress elects: "Chi ủy, Bí thư, Phó Bí thư", "Bí thư, Phó Bí
/// thư" or "Bí thư" (secretary-only branches never name a chi ủy).
pub fn elected_titles(elects_committee: bool, deputy: bool) -> &'static str {
    match (elects_committee, deputy) {
        (true, true) => "Chi ủy, Bí thư, Phó Bí thư",
        (true, false) => "Chi ủy, Bí thư",
        (false, true) => "Bí thư, Phó Bí thư",
        (false, false) => "Bí thư",
    }
}

pub fn yes_no(b: bool) -> &'static str {
    if b { "Có" } else { "Không" }
}

/// "ĐẠI HỘI CHI BỘ THÔN AN PHÚ" from "Chi bộ Thôn An Phú".
pub fn congress_issuer(branch_name: &str) -> String {
    format!("ĐẠI HỘI {}", branch_name.to_uppercase())
}

/// "NHIỆM KỲ 2025 - 2027".
pub fn term_line(term: &str) -> String {
    format!("NHIỆM KỲ {term}")
}

/// "Số 01-BC/CB".
pub fn number(n: &str, kind: &str, issuer: &str) -> String {
    format!("Số {n}-{kind}/{issuer}")
}

/// Name of the combined packet file, without extension.
pub fn packet_file(branch_name: &str) -> String {
    format!("00 - Bộ hồ sơ đại hội - {branch_name}")
}

/// Folder of a branch's documents: its name and its id, which keeps two
/// branches with the same name apart.
pub fn branch_folder(branch_name: &str, id: &str) -> String {
    if branch_name.trim().is_empty() {
        format!("Chi bộ {id}")
    } else {
        format!("{branch_name} ({id})")
    }
}

// ---- Template errors ----

pub fn template_error(file: &str, line: usize, col: usize, message: &str) -> String {
    format!("Mẫu văn bản {file}, dòng {line}, cột {col}: {message}")
}

pub const TPL_META_INSIDE_BLOCK: &str =
    "dòng thiết lập @… phải nằm ngoài mọi khối {#for}/{#if}/{#table}; hãy chuyển nó lên đầu mẫu.";
pub const TPL_SIGN_THREE_PARTS: &str = "@sign cần đúng ba phần cách nhau bởi dấu |: \
thay mặt | chức vụ | họ tên (ví dụ: @sign T/M CHI ỦY | BÍ THƯ | {branch.secretary}).";
pub const TPL_FOR_SYNTAX: &str =
    "vòng lặp viết là {#for tên in danh_sách}, ví dụ {#for t in report.targets}.";
pub const TPL_ELSE_WITHOUT_IF: &str = "{#else} chỉ dùng bên trong một khối {#if …}.";
pub const TPL_TABLE_IN_TABLE: &str =
    "không đặt bảng trong bảng; hãy đóng bảng trước bằng {/table}.";
pub const TPL_ROW_OUTSIDE_TABLE: &str =
    "dòng bắt đầu bằng | là một hàng bảng; hãy đặt nó giữa {#table} và {/table}.";
pub const TPL_SEPARATOR_PLACE: &str =
    "dòng kẻ |---| chỉ có một lần, ngay dưới các hàng tiêu đề của bảng.";
pub const TPL_TEXT_IN_TABLE: &str = "trong bảng chỉ có hàng (bắt đầu bằng |), {#for}, {#if}; hãy đóng bảng bằng {/table} trước đoạn văn.";
pub const TPL_UNCLOSED_BRACE: &str =
    "thiếu dấu } đóng chỗ điền; muốn viết dấu { thật thì gõ hai lần: {{.";
pub const TPL_STRAY_CLOSE: &str = "dấu } thừa; muốn viết dấu } thật thì gõ hai lần: }}.";
pub const TPL_FILTER_IN_CONDITION: &str = "điều kiện {#if} không dùng bộ lọc; hãy bỏ phần | ….";
pub const TPL_KIND_MISSING: &str = "mẫu thiếu dòng @kind (loại văn bản: report, resolution, proposal, list, minutes, programme, plan, decision).";

pub fn tpl_bad_orientation(v: &str) -> String {
    format!("@orientation \"{v}\" không hợp lệ; dùng portrait (dọc) hoặc landscape (ngang).")
}
pub fn tpl_unknown_meta(k: &str) -> String {
    format!(
        "không có thiết lập @{k}; các thiết lập: @kind, @issuer, @title, @subtitle, @sign, \
         @recipient, @orientation, @date, @when."
    )
}
pub fn tpl_close_without_open(name: &str) -> String {
    format!(
        "{{/{name}}} không có khối mở tương ứng; hãy xóa dòng này hoặc thêm {{#{name} …}} phía trên."
    )
}
pub fn tpl_close_mismatch(name: &str, expected: &str) -> String {
    format!(
        "gặp {{/{name}}} nhưng khối đang mở là {{#{expected}}}; hãy đóng bằng {{/{expected}}} trước."
    )
}
pub fn tpl_unknown_directive(d: &str) -> String {
    format!(
        "không hiểu lệnh {{{d}}}; các lệnh: {{#for x in …}}, {{#if …}}, {{#else}}, {{#table}} và các dòng đóng {{/for}}, {{/if}}, {{/table}}."
    )
}
pub fn tpl_bad_table_size(v: &str) -> String {
    format!(
        "cỡ chữ của bảng \"{v}\" không hợp lệ; viết {{#table}} hoặc {{#table 11}} (từ 8 đến 16)."
    )
}
pub fn tpl_not_closed(name: &str) -> String {
    format!("khối {{#{name}}} mở ở đây chưa được đóng; hãy thêm dòng {{/{name}}}.")
}
pub fn tpl_directive_inline(d: &str) -> String {
    format!("lệnh {{{d}}} phải đứng riêng một dòng.")
}
pub fn tpl_bad_path(p: &str) -> String {
    format!(
        "\"{p}\" không phải tên chỗ điền hợp lệ; tên gồm chữ không dấu, số, dấu _ và dấu chấm, ví dụ {{branch.name}}."
    )
}
pub fn tpl_bad_filter_name(f: &str) -> String {
    format!("\"{f}\" không phải tên bộ lọc hợp lệ; ví dụ: {{congress.date | long_date}}.")
}
pub fn tpl_unknown_name(name: &str, known: &[&str]) -> String {
    format!(
        "không có dữ liệu tên \"{name}\"; các tên dùng được ở đây: {}.",
        known.join(", ")
    )
}
/// An unknown name, with the nearest known path ("{report.contex} — có phải {report.context}?").
pub fn tpl_did_you_mean(message: &str, typed_path: &str, suggestion: &str) -> String {
    format!("{{{typed_path}}} — có phải {{{suggestion}}}? ({message})")
}
pub fn tpl_unknown_field(parent: &str, name: &str, known: &[&str]) -> String {
    format!(
        "\"{parent}\" không có trường \"{name}\"; các trường: {}.",
        known.join(", ")
    )
}
pub fn tpl_record_needs_field(name: &str, known: &[&str]) -> String {
    format!(
        "\"{name}\" là một nhóm dữ liệu; hãy chọn một trường, ví dụ {{{name}.{}}}; các trường: {}.",
        known.first().copied().unwrap_or("…"),
        known.join(", ")
    )
}
pub fn tpl_not_a_record(path: &str) -> String {
    format!("\"{path}\" không có trường con; hãy bỏ phần sau dấu chấm.")
}
pub fn tpl_not_printable(path: &str) -> String {
    format!("\"{path}\" là một danh sách; hãy dùng {{#for x in {path}}} … {{/for}} để in từng mục.")
}
pub fn tpl_not_a_list(path: &str) -> String {
    format!("\"{path}\" không phải danh sách nên không lặp được.")
}
pub fn tpl_unknown_filter(f: &str) -> String {
    format!(
        "không có bộ lọc \"{f}\"; các bộ lọc: upper, lower, long_date, short_date, year, thousands, percent, decimal, blank."
    )
}
pub fn tpl_filter_kind(f: &str, path: &str) -> String {
    let what = match f {
        "long_date" | "short_date" | "year" => "một ngày",
        "thousands" | "percent" | "decimal" => "một số",
        _ => "chữ",
    };
    format!(
        "bộ lọc \"{f}\" chỉ dùng cho {what}, mà \"{path}\" không phải (hoặc bộ lọc đứng sau bộ lọc khác)."
    )
}
pub fn tpl_unknown_kind(k: &str, kinds: &[&str]) -> String {
    format!(
        "@kind \"{k}\" không hợp lệ; dùng một trong: {}.",
        kinds.join(", ")
    )
}
pub fn tpl_unknown_issuer(i: &str) -> String {
    format!(
        "@issuer \"{i}\" không hợp lệ; dùng branch (chi bộ), congress (đại hội) hoặc ward (đảng ủy)."
    )
}
pub fn tpl_unknown_date_rule(d: &str) -> String {
    format!(
        "@date \"{d}\" không hợp lệ; dùng congress (ngày đại hội), submission (hạn nộp văn bản) hoặc blank (để trống)."
    )
}

// ---- Packet, files, PDF ----

pub const TEMPLATE_NOT_UNICODE: &str = "tệp không phải văn bản Unicode (có thể đã lưu bằng \
bảng mã Windows-1258 hoặc TCVN3); hãy mở bằng Notepad, chọn Lưu thành… với Mã hóa UTF-8 rồi thử lại";
pub fn template_read_failed(path: &Path, e: &std::io::Error) -> String {
    format!("Không đọc được mẫu văn bản {}: {e}.", path.display())
}
pub fn templates_invalid(n: usize) -> String {
    format!("Có {n} lỗi trong mẫu văn bản; chưa ghi tệp nào. Hãy sửa mẫu theo các dòng dưới đây.")
}
/// After a file of the packet could not be written.
pub fn path_too_long(path: &Path) -> String {
    format!(
        "Không ghi được {}: đường dẫn quá dài (Windows chỉ cho phép 260 ký tự). Hãy chọn thư mục \
         ghi văn bản ngắn hơn, gần gốc ổ đĩa (ví dụ D:\\Dai hoi).",
        path.display()
    )
}

pub fn tpl_too_deep(max: usize) -> String {
    format!(
        "các khối {{#if}}, {{#for}}, {{#table}} lồng nhau quá {max} tầng. Hãy bớt tầng lồng nhau \
         (thường chỉ cần 2–3 tầng)."
    )
}

pub fn tpl_output_too_large(max: usize) -> String {
    format!(
        "mẫu này tạo ra quá nhiều nội dung (hơn {max} đoạn, dòng bảng hoặc lượt lặp) cho chi bộ \
         này, thường do các vòng lặp {{#for}} lồng nhau; vòng lặp ở đây là chỗ bắt đầu. Hãy bỏ \
         bớt vòng lặp lồng nhau."
    )
}

pub const OTHERS_STILL_WRITTEN: &str = "Trong bộ hồ sơ, các tệp khác vẫn được ghi.";
pub fn out_dir_failed(path: &Path, e: &std::io::Error) -> String {
    format!(
        "Không tạo được thư mục {}: {e}. Hãy chọn thư mục khác.",
        path.display()
    )
}
pub const PDF_NO_LIBREOFFICE: &str = "Không tìm thấy LibreOffice nên chưa xuất PDF; các tệp Word (.docx) \
đã được ghi. Muốn có PDF, hãy cài LibreOffice (libreoffice.org) rồi xuất lại, hoặc mở tệp .docx \
trong Word và chọn Lưu thành PDF.";
pub fn pdf_timed_out(secs: u64) -> String {
    format!(
        "LibreOffice không trả lời sau {secs} giây nên đã bị dừng; chưa có PDF. Hãy đóng các cửa \
         sổ LibreOffice đang mở (có thể đang chờ một hộp thoại) rồi xuất lại"
    )
}

pub fn pdf_failed(path: &Path, detail: &str) -> String {
    format!(
        "LibreOffice không chuyển được {} sang PDF ({detail}); tệp Word vẫn dùng được.",
        path.display()
    )
}
pub fn unknown_branch(id: &str, known: &[&str]) -> String {
    format!(
        "Không có chi bộ mã \"{id}\" trong hồ sơ; các mã có: {}.",
        known.join(", ")
    )
}
pub fn document_render_failed(e: &std::io::Error) -> String {
    format!("Không tạo được văn bản: {e}.")
}
pub fn document_skipped(kind: &str) -> String {
    format!("{kind}: không áp dụng cho chi bộ này (chưa có chi ủy), không xuất.")
}
pub fn batch_branch_crashed(branch: &str) -> String {
    format!(
        "Không làm được bộ hồ sơ của {branch} do lỗi của chương trình; các chi bộ khác vẫn được làm. \
         Hãy báo lỗi này cho người hỗ trợ, kèm tệp hồ sơ của chi bộ."
    )
}
pub fn written(path: &Path) -> String {
    format!("Đã ghi {}", path.display())
}
pub const RENDER_NEED_TARGET: &str =
    "Hãy chọn chi bộ: --branch MÃ_CHI_BỘ (một chi bộ) hoặc --all (mọi chi bộ).";

// ---- The congress agenda (rules::agenda's steps, in words) ----

pub const AGENDA_FLAG_SALUTE: &str = "Chào cờ (hát Quốc ca, Quốc tế ca)";
pub const AGENDA_ELECT_PRESIDIUM: &str = "Bầu Chủ tịch đoàn, Thư ký Đại hội";
pub const AGENDA_ADOPT_PROGRAMME: &str = "Thông qua chương trình, quy chế làm việc của Đại hội";
pub const AGENDA_OPENING: &str = "Tuyên bố lý do, giới thiệu đại biểu; diễn văn khai mạc Đại hội";

pub fn agenda_attendance(summoned: u32) -> String {
    format!("Báo cáo tình hình đảng viên dự Đại hội (số đảng viên được triệu tập: {summoned})")
}

pub fn agenda_political_report(outgoing_committee: bool, outgoing_deputy: bool) -> &'static str {
    match (outgoing_committee, outgoing_deputy) {
        (true, _) => "Trình bày Báo cáo chính trị",
        (false, true) => {
            "Trình bày Báo cáo chính trị (gồm phần tự kiểm điểm của Bí thư, Phó Bí thư chi bộ)"
        }
        (false, false) => "Trình bày Báo cáo chính trị (gồm phần tự kiểm điểm của Bí thư chi bộ)",
    }
}

pub const AGENDA_SELF_CRITICISM: &str =
    "Trình bày Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy nhiệm kỳ qua";
pub const AGENDA_DISCUSSION: &str =
    "Thảo luận các báo cáo; góp ý dự thảo văn kiện đại hội cấp trên";

pub fn agenda_superior_speech(ward_committee: &str) -> String {
    format!("Phát biểu chỉ đạo của đại diện {ward_committee}")
}

/// The election step: the chi ủy first where the rule says so, then the
/// secretary (and deputy).
pub fn agenda_election(elects_committee: bool, deputy: bool) -> String {
    let officers = elected_titles(false, deputy);
    if elects_committee {
        format!(
            "Bầu cử: thông qua phương án nhân sự; biểu quyết số lượng chi ủy viên, danh sách bầu cử; bầu Ban kiểm phiếu; bỏ phiếu, kiểm phiếu, công bố kết quả bầu Chi ủy; bầu {officers} chi bộ"
        )
    } else {
        format!(
            "Bầu cử: thông qua phương án nhân sự, danh sách bầu cử; bầu Ban kiểm phiếu; bỏ phiếu, kiểm phiếu, công bố kết quả bầu {officers} chi bộ"
        )
    }
}

pub const AGENDA_ADOPT_RESOLUTION: &str = "Thông qua Nghị quyết Đại hội";
pub const AGENDA_CLOSING: &str = "Bế mạc Đại hội (hát Quốc ca, Quốc tế ca)";

pub const BY_OUTGOING_COMMITTEE: &str = "Chi ủy";
pub const BY_SECRETARY: &str = "Bí thư chi bộ";
pub const BY_DEPUTY: &str = "Phó Bí thư chi bộ";
pub const BY_SECRETARIAT: &str = "Thư ký Đại hội";
pub const BY_CONGRESS: &str = "Đại hội";
pub const BY_SUPERIOR: &str = "Đại biểu cấp ủy cấp trên";
pub const BY_PRESIDIUM_AND_COUNTING: &str = "Chủ tịch đoàn, Ban kiểm phiếu";

// ---- Counts in sentences (templates/HUONG-DAN.md: counts as plain numbers,
// a clause about nothing left out) ----

/// "61 đảng viên (58 đảng viên chính thức, 3 đảng viên dự bị; 5 đồng chí được
/// miễn sinh hoạt)"; zero categories are left out: "3 đảng viên chính thức".
pub fn members_sentence(total: u32, full: u32, probationary: u32, exempted: u32) -> String {
    let mut head = if probationary == 0 {
        format!("{full} đảng viên chính thức")
    } else {
        format!("{total} đảng viên ({full} đảng viên chính thức, {probationary} đảng viên dự bị")
    };
    match (probationary == 0, exempted) {
        (true, 0) => {}
        (true, e) => head.push_str(&format!(" ({e} đồng chí được miễn sinh hoạt)")),
        (false, 0) => head.push(')'),
        (false, e) => head.push_str(&format!("; {e} đồng chí được miễn sinh hoạt)")),
    }
    head
}

/// "6 đồng chí (dư 1 đồng chí, tỷ lệ dư 20%; nữ 2 đồng chí)"; zero parts
/// left out.
pub fn candidates_sentence(count: u32, surplus: u32, surplus_pct: &str, women: u32) -> String {
    let mut parts = Vec::new();
    if surplus > 0 {
        parts.push(format!("dư {surplus} đồng chí, tỷ lệ dư {surplus_pct}"));
    }
    if women > 0 {
        parts.push(format!("nữ {women} đồng chí"));
    }
    if parts.is_empty() {
        format!("{count} đồng chí")
    } else {
        format!("{count} đồng chí ({})", parts.join("; "))
    }
}

pub fn packet_without_word_templates(path: &Path) -> String {
    format!(
        "Chưa gộp được {}: có văn bản làm theo mẫu Word của văn phòng; các văn bản vẫn được xuất thành từng tệp riêng.",
        path.display()
    )
}

/// "3 văn bản còn trống mục …:" then one line per document: "- Báo cáo
/// chính trị: 4. Quốc phòng - an ninh; …". Each document with the headings
/// of its empty sections.
pub fn unfinished_documents(docs: &[(&str, Vec<&str>)]) -> String {
    let list: Vec<String> = docs
        .iter()
        .map(|(doc, headings)| format!("- {doc}: {}.", headings.join("; ")))
        .collect();
    format!(
        "{} văn bản còn trống mục (in ra có dòng chấm để viết tay và chữ \"(Dự thảo)\"):\n{}",
        docs.len(),
        list.join("\n")
    )
}
