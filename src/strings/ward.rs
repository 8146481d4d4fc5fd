//! The ward office's view: overview, deadlines, roll-up, member import,
//! batch packets, the ward's report.

use crate::vi::format::{PercentRule, short_date};

// ---- overview ----

/// "9/15 chi bộ đã tổ chức đại hội, 60%": the share written by the ward's
/// percentage rule, as in its documents.
pub fn progress(held: usize, total: usize, rule: PercentRule) -> String {
    format!(
        "{held}/{total} chi bộ đã tổ chức đại hội, {}",
        rule.percent(held as u64, total as u64)
    )
}

// Where a deadline stands (`rules::deadlines::DueState::label`).
pub const DUE_NO_DATE: &str = "Chưa có ngày đại hội";
pub const DUE_NOT_YET: &str = "Chưa đến hạn";
pub const DUE_TODAY: &str = "Hạn hôm nay";
pub const DUE_DONE: &str = "Đã xong";

pub fn due_days_left(days: i64) -> String {
    format!("Còn {days} ngày")
}

pub fn due_overdue(days: i64) -> String {
    format!("Quá hạn {days} ngày")
}

/// "Còn 13 ngày (hạn 05/12/2026)".
pub fn due_with_date(state: &str, due: time::Date) -> String {
    format!("{state} (hạn {})", short_date(due))
}

pub fn yes_no(b: bool) -> &'static str {
    if b { "Rồi" } else { "Chưa" }
}

pub fn docs_done(done: usize, total: usize) -> String {
    format!("{done}/{total}")
}

pub const NO_DATE: &str = "Chưa có";
pub const CONGRESS_AFTER_LIMIT: &str = "Ngày đại hội sau hạn chót của Đảng ủy";

pub const COL_BRANCH: &str = "Chi bộ";
pub const COL_KIND: &str = "Loại";
pub const COL_CONGRESS_DATE: &str = "Ngày đại hội";
pub const COL_DOCS_DUE: &str = "Hạn gửi văn kiện";
pub const COL_DOCS_DONE: &str = "Văn kiện xong";
pub const COL_PERSONNEL: &str = "Nhân sự đã duyệt";
pub const COL_HELD: &str = "Đã đại hội";
pub const COL_RESULTS_DUE: &str = "Hạn báo cáo kết quả";
pub const COL_RESULTS: &str = "Đã nhập kết quả";

/// Sorting by name; the other sort keys are named by their column.
pub const SORT_NAME: &str = "Tên chi bộ";

// The overview's filters (`rules::overview::Filter::label`).
pub const FILTER_ALL: &str = "Tất cả";
pub const FILTER_OVERDUE: &str = "Đang quá hạn";
pub const FILTER_NOT_HELD: &str = "Chưa đại hội";
pub const FILTER_HELD: &str = "Đã đại hội";
pub const FILTER_RESULTS_MISSING: &str = "Đã đại hội, chưa nhập kết quả";
pub const FILTER_PERSONNEL_NOT_APPROVED: &str = "Nhân sự chưa duyệt";

// ---- roll-up ----

/// The terms the ward report covers: "2025 - 2027", or, where some
/// branches elect for the five-year pilot term, "2025 - 2027 và 2025 - 2030".
pub fn terms(terms: &[(i32, i32)]) -> String {
    let each: Vec<String> = terms.iter().map(|(a, b)| format!("{a} - {b}")).collect();
    match each.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} và {last}", rest.join(", ")),
    }
}

/// The superior's standing body, as a report addresses it: "Đảng bộ tỉnh
/// Sông Châu" → "Tỉnh ủy Sông Châu", "Đảng bộ thị xã Hoài Nhơn" → "Thị ủy
/// Hoài Nhơn", any other "Đảng bộ X" → "Đảng ủy X". A name that does not
/// start with "Đảng bộ" is already the committee's and is kept.
pub fn superior_committee(superior_name: &str) -> String {
    let name = superior_name.trim();
    let lower = name.to_lowercase();
    const LEVELS: [(&str, &str); 5] = [
        ("đảng bộ tỉnh ", "Tỉnh ủy "),
        ("đảng bộ thành phố ", "Thành ủy "),
        ("đảng bộ thị xã ", "Thị ủy "),
        ("đảng bộ huyện ", "Huyện ủy "),
        ("đảng bộ quận ", "Quận ủy "),
    ];
    for (prefix, committee) in LEVELS {
        if lower.starts_with(prefix) {
            return format!("{committee}{}", name[prefix.len()..].trim());
        }
    }
    match lower.strip_prefix("đảng bộ ") {
        Some(_) => format!("Đảng ủy {}", name["đảng bộ ".len()..].trim()),
        None => name.to_string(),
    }
}

/// "Các chi bộ đã bầu 41 đồng chí chi ủy viên (kể cả 6 đồng chí bí thư, phó
/// bí thư của 4 chi bộ không bầu chi ủy); trong đó 15 đồng chí bí thư và 14
/// đồng chí phó bí thư." Everyone elected counts as a chi ủy member
/// (DOMAIN.md), said so when a secretary-only branch contributes; a zero
/// count is left out.
pub fn elected_sentence(
    committee_members: u32,
    secretary_only_people: u32,
    secretary_only_branches: u32,
    secretaries: u32,
    deputies: u32,
) -> String {
    if committee_members == 0 {
        return "Chưa có chi bộ nào báo cáo kết quả bầu cử.".into();
    }
    let mut s = format!("Các chi bộ đã bầu {committee_members} đồng chí chi ủy viên");
    if secretary_only_people > 0 {
        s.push_str(&format!(
            " (kể cả {secretary_only_people} đồng chí bí thư, phó bí thư của {secretary_only_branches} chi bộ không bầu chi ủy)"
        ));
    }
    let officers: Vec<String> = [(secretaries, "bí thư"), (deputies, "phó bí thư")]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, who)| format!("{n} đồng chí {who}"))
        .collect();
    if !officers.is_empty() {
        s.push_str(&format!("; trong đó {}", officers.join(" và ")));
    }
    s.push('.');
    s
}

/// The elected split into categories that visibly add up to the whole
/// (re-elected + new + first-time = elected, DOMAIN.md), zero ones left out:
/// "Trong 41 đồng chí được bầu: tái cử 31 đồng chí (75,6%); mới tham gia chi
/// ủy, đã từng tham gia cấp ủy 8 đồng chí (19,5%); tham gia cấp ủy lần đầu 2
/// đồng chí (4,87%)." Empty when nobody was elected. Each category is its
/// count and its share already written.
pub fn composition(
    committee_members: u32,
    reelected: (u32, &str),
    new_members: (u32, &str),
    first_time: (u32, &str),
) -> String {
    if committee_members == 0 {
        return String::new();
    }
    let parts: Vec<String> = [
        ("tái cử", reelected),
        ("mới tham gia chi ủy, đã từng tham gia cấp ủy", new_members),
        ("tham gia cấp ủy lần đầu", first_time),
    ]
    .into_iter()
    .filter(|(_, (count, _))| *count > 0)
    .map(|(what, (count, pct))| format!("{what} {count} đồng chí ({pct})"))
    .collect();
    format!(
        "Trong {committee_members} đồng chí được bầu: {}.",
        parts.join("; ")
    )
}

/// "Bí thư tái cử 12/15 đồng chí (80%); phó bí thư tái cử 12/14 đồng chí
/// (85,7%)." — zero parts left out; empty when neither was re-elected.
/// Each office is (re-elected, of, the share written).
pub fn officers_reelected(secretaries: (u32, u32, &str), deputies: (u32, u32, &str)) -> String {
    let parts: Vec<String> = [("bí thư", secretaries), ("phó bí thư", deputies)]
        .into_iter()
        .filter(|(_, (count, _, _))| *count > 0)
        .map(|(who, (count, of, pct))| format!("{who} tái cử {count}/{of} đồng chí ({pct})"))
        .collect();
    if parts.is_empty() {
        return String::new();
    }
    let text = parts.join("; ");
    let mut chars = text.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    format!("{first}{}.", chars.as_str())
}

pub const ROLLUP_TITLE: &str = "Tổng hợp kết quả đại hội các chi bộ";

// The roll-up's other sentences (`rules::rollup::Rollup::lines`).

/// "Đã có 9/15 chi bộ tổ chức xong đại hội (60%)."
pub fn rollup_held(held: u32, branches: u32, pct: &str) -> String {
    format!("Đã có {held}/{branches} chi bộ tổ chức xong đại hội ({pct}).")
}

/// "Ngày 14/09/2025: 2 chi bộ (…, …)."
pub fn rollup_held_on(date: Option<time::Date>, branches: &[String]) -> String {
    let when = match date {
        Some(d) => format!("Ngày {}", short_date(d)),
        None => "Chưa ghi ngày".to_string(),
    };
    format!(
        "{when}: {} chi bộ ({}).",
        branches.len(),
        branches.join(", ")
    )
}

pub fn rollup_women_young(
    women: u32,
    women_pct: &str,
    young_age: u32,
    young: u32,
    young_pct: &str,
) -> String {
    format!(
        "Nữ {women} đồng chí ({women_pct}); dưới {young_age} tuổi {young} đồng chí ({young_pct})."
    )
}

pub fn rollup_average_age(avg: &str) -> String {
    format!("Tuổi bình quân {avg}.")
}

pub fn rollup_secretary_only(count: u32, pct: &str) -> String {
    format!("{count} chi bộ chỉ bầu bí thư, phó bí thư ({pct} số chi bộ đã đại hội).")
}

pub fn rollup_secretary_village_heads(count: u32, pct: &str) -> String {
    format!(
        "{count} đồng chí bí thư chi bộ đồng thời là trưởng thôn, tổ trưởng tổ dân phố ({pct} số bí thư)."
    )
}

pub fn rollup_to_appoint(count: u32) -> String {
    format!("{count} chi bộ chưa bầu được bí thư, Đảng ủy chỉ định.")
}

pub fn rollup_not_held(branches: &[String]) -> String {
    format!("Chưa tổ chức đại hội: {}.", branches.join(", "))
}

pub fn unknown_elected(branch: &str, member: u32) -> String {
    format!(
        "Lưu ý: kết quả bầu của {branch} ghi một người (mã {member}) không còn trong danh sách \
         đảng viên; người này không được tính. Hãy kiểm tra lại kết quả bầu của chi bộ."
    )
}

// ---- export ----

pub const SHEET_PROGRESS: &str = "Tiến độ";
pub const SHEET_ROLLUP: &str = "Tổng hợp";
pub const EXPORT_TITLE: &str = "TIẾN ĐỘ ĐẠI HỘI CÁC CHI BỘ";
pub const COL_NO: &str = "STT";

/// "Tính đến ngày 22/11/2026".
pub fn as_of(today: time::Date) -> String {
    format!("Tính đến ngày {}", short_date(today))
}

pub fn export_build_failed(file: &std::path::Path, detail: &str) -> String {
    let file = file.display();
    format!("Không tạo được bảng tính {file} ({detail}). Tệp cũ (nếu có) vẫn giữ nguyên.")
}

pub fn exported(path: &std::path::Path) -> String {
    format!("Đã xuất bảng tiến độ ra {}.", path.display())
}

// ---- the ward's report ----

pub const REPORT_NOT_WRITTEN: &str = "Chưa ghi báo cáo vì có tệp hồ sơ không đọc được \
(số liệu tổng hợp sẽ thiếu). Hãy sửa các tệp nêu trên rồi chạy lại.";

pub fn report_written(path: &std::path::Path) -> String {
    format!("Đã ghi báo cáo tổng hợp vào {}.", path.display())
}

// ---- screens ----

pub const OVERVIEW_BUTTON: &str = "Toàn phường";
pub const OVERVIEW_TITLE: &str = "Tiến độ đại hội các chi bộ";
pub const OVERVIEW_EMPTY: &str = "Không có chi bộ nào khớp bộ lọc.";
pub const FILTER_LABEL: &str = "Lọc:";
pub const SEARCH_LABEL: &str = "Tìm chi bộ:";
pub const SORT_LABEL: &str = "Sắp xếp theo:";
pub const DESCENDING: &str = "Giảm dần";
pub const EXPORT_XLSX: &str = "Xuất bảng tiến độ ra Excel…";
pub const EXPORT_FILE_NAME: &str = "Tiến độ đại hội chi bộ.xlsx";
pub const REPORT_WRITE: &str = "Báo cáo tổng hợp (Word)…";
pub const REPORT_FILE_NAME: &str = "Báo cáo kết quả đại hội các chi bộ.docx";

pub const IMPORT_OPEN: &str = "Nhập danh sách từ Excel…";
pub const IMPORT_TITLE: &str = "Nhập danh sách đảng viên";
pub const IMPORT_FILE: &str = "Tệp:";
pub const IMPORT_CHOOSE: &str = "Chọn…";
pub const IMPORT_READ: &str = "Đọc tệp";
pub const IMPORT_SHEET: &str = "Trang:";
pub const IMPORT_HEADER_ROW: &str = "Dòng tiêu đề:";
pub const IMPORT_MAPPING_HINT: &str =
    "Kiểm tra mỗi cột được gán đúng thông tin; cột nào sai thì chọn lại ở ô bên dưới tên cột.";
pub const SPREADSHEETS: &str = "Bảng tính (.xlsx, .xls, .ods, .csv)";
pub const IMPORT_PREVIEW_COLUMNS: [&str; 8] = [
    "Dòng",
    "Tình trạng",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Ngày vào Đảng",
    "Ngày chính thức",
    "Loại",
];
pub const ROW_OK: &str = "Sẽ nhập";
pub const ROW_ERROR: &str = "Lỗi";
pub const ROW_DUPLICATE: &str = "Trùng";

pub fn import_into(branch: &str) -> String {
    format!("Đảng viên sẽ được thêm vào {branch}. Chưa có gì thay đổi cho tới khi bấm \"Nhập\".")
}

pub fn import_accept(n: usize) -> String {
    format!("Nhập {n} đảng viên")
}

pub const BATCH_OPEN: &str = "Tạo hồ sơ hàng loạt…";
pub const BATCH_TITLE: &str = "Tạo bộ hồ sơ đại hội hàng loạt";
pub const BATCH_DEFAULT_DIR: &str = "Xuất hồ sơ";
pub const BATCH_OUT_DIR: &str = "Thư mục ghi:";
pub const BATCH_PDF: &str = "Xuất thêm PDF (cần LibreOffice)";
pub const BATCH_CANCEL: &str = "Dừng";
pub const BATCH_CANCELLING: &str = "Đang dừng sau chi bộ đang làm…";
pub const BATCH_STOPPED: &str =
    "Việc tạo hồ sơ các chi bộ bị dừng bất thường; các tệp đã ghi vẫn còn. Hãy thử lại.";
pub const SELECT_ALL: &str = "Chọn tất cả";
pub const SELECT_NONE: &str = "Bỏ chọn tất cả";
pub const OPEN_FOLDER: &str = "Mở thư mục";
pub const CLOSE: &str = "Đóng";

pub fn batch_start(n: usize) -> String {
    format!("Tạo hồ sơ {n} chi bộ")
}

/// "Chi bộ 3/16: Chi bộ Thôn Đông — 02 - Báo cáo kiểm điểm….docx".
/// `branch` empty: the batch is over.
pub fn batch_progress(done: usize, total: usize, branch: &str, current: &str) -> String {
    if branch.is_empty() {
        return format!("Đã xong {done}/{total} chi bộ.");
    }
    format!(
        "Chi bộ {}/{total}: {branch} — {current}",
        (done + 1).min(total)
    )
}

/// "16 bộ hồ sơ, 13 còn văn bản chưa soạn (…)."; "16 bộ hồ sơ, đã soạn đủ."
/// when none is.
pub fn batch_unfinished(made: usize, unfinished: usize) -> String {
    if unfinished == 0 {
        format!("{made} bộ hồ sơ, đã soạn đủ.")
    } else {
        format!(
            "{made} bộ hồ sơ, {unfinished} còn văn bản chưa soạn (in ra có dòng chấm để viết tay và chữ “(Dự thảo)”)."
        )
    }
}

pub fn batch_done(ok: usize, failed: usize, cancelled: bool) -> String {
    let mut s = format!("Đã tạo xong hồ sơ {ok} chi bộ.");
    if failed > 0 {
        s.push_str(&format!(
            " {failed} chi bộ bị lỗi (xem dưới đây); các chi bộ khác vẫn được tạo."
        ));
    }
    if cancelled {
        s.push_str(" Đã dừng theo yêu cầu; các chi bộ còn lại chưa được tạo.");
    }
    s
}

pub const SORT_HINT: &str = "Bấm để sắp xếp theo cột này; bấm lần nữa để đảo chiều.";

pub fn due_on(d: time::Date) -> String {
    format!("Hạn: {}", short_date(d))
}

pub const IMPORT_NO_PATH: &str =
    "Chưa có tệp. Hãy bấm \"Chọn…\" để chọn tệp danh sách, hoặc dán đường dẫn tệp vào ô \"Tệp\".";
