//! The ward office's view: overview, deadlines, roll-up, member import,
//! batch packets, the ward's report.

use crate::rules::deadlines::DueState;
use crate::rules::overview::{Filter, Progress, SortKey};
use crate::rules::rollup::Rollup;
use crate::vi::format::{PercentRule, short_date};

// ---- overview ----

/// "9/15 chi bộ đã tổ chức đại hội, 60%": the share written by the ward's
/// percentage rule, as in its documents.
pub fn progress(p: Progress, rule: PercentRule) -> String {
    format!(
        "{}/{} chi bộ đã tổ chức đại hội, {}",
        p.held,
        p.total,
        rule.percent(p.held as u64, p.total as u64)
    )
}

pub fn due_state(s: DueState) -> String {
    match s {
        DueState::NoDate => "Chưa có ngày đại hội".into(),
        DueState::NotYet => "Chưa đến hạn".into(),
        DueState::DaysLeft(0) => "Hạn hôm nay".into(),
        DueState::DaysLeft(d) => format!("Còn {d} ngày"),
        DueState::Overdue(d) => format!("Quá hạn {d} ngày"),
        DueState::Done => "Đã xong".into(),
    }
}

/// "Còn 13 ngày (hạn 05/12/2026)".
pub fn due_with_date(s: DueState, due: Option<time::Date>) -> String {
    match (s, due) {
        (DueState::DaysLeft(_) | DueState::Overdue(_), Some(d)) => {
            format!("{} (hạn {})", due_state(s), short_date(d))
        }
        _ => due_state(s),
    }
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

pub fn sort_key(k: SortKey) -> &'static str {
    match k {
        SortKey::Name => "Tên chi bộ",
        SortKey::CongressDate => COL_CONGRESS_DATE,
        SortKey::Documents => COL_DOCS_DONE,
        SortKey::DocumentsDue => COL_DOCS_DUE,
        SortKey::ResultsDue => COL_RESULTS_DUE,
        SortKey::Held => COL_HELD,
    }
}

pub fn filter(f: Filter) -> &'static str {
    match f {
        Filter::All => "Tất cả",
        Filter::Overdue => "Đang quá hạn",
        Filter::NotHeld => "Chưa đại hội",
        Filter::Held => "Đã đại hội",
        Filter::ResultsMissing => "Đã đại hội, chưa nhập kết quả",
        Filter::PersonnelNotApproved => "Nhân sự chưa duyệt",
    }
}

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
pub fn elected_sentence(r: &Rollup) -> String {
    if r.committee_members == 0 {
        return "Chưa có chi bộ nào báo cáo kết quả bầu cử.".into();
    }
    let mut s = format!(
        "Các chi bộ đã bầu {} đồng chí chi ủy viên",
        r.committee_members
    );
    if r.secretary_only_people > 0 {
        s.push_str(&format!(
            " (kể cả {} đồng chí bí thư, phó bí thư của {} chi bộ không bầu chi ủy)",
            r.secretary_only_people, r.secretary_only.count
        ));
    }
    let officers: Vec<String> = [(r.secretaries, "bí thư"), (r.deputies, "phó bí thư")]
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
/// đồng chí (4,87%)." Empty when nobody was elected.
pub fn composition(r: &Rollup) -> String {
    if r.committee_members == 0 {
        return String::new();
    }
    let parts: Vec<String> = [
        ("tái cử", r.reelected),
        (
            "mới tham gia chi ủy, đã từng tham gia cấp ủy",
            r.new_members,
        ),
        ("tham gia cấp ủy lần đầu", r.first_time),
    ]
    .into_iter()
    .filter(|(_, s)| s.count > 0)
    .map(|(what, s)| format!("{what} {} đồng chí ({})", s.count, r.pct(s)))
    .collect();
    format!(
        "Trong {} đồng chí được bầu: {}.",
        r.committee_members,
        parts.join("; ")
    )
}

/// "Bí thư tái cử 12/15 đồng chí (80%); phó bí thư tái cử 12/14 đồng chí
/// (85,7%)." — zero parts left out; empty when neither was re-elected.
pub fn officers_reelected(r: &Rollup) -> String {
    let parts: Vec<String> = [
        ("bí thư", r.reelected_secretaries),
        ("phó bí thư", r.reelected_deputies),
    ]
    .into_iter()
    .filter(|(_, s)| s.count > 0)
    .map(|(who, s)| format!("{who} tái cử {}/{} đồng chí ({})", s.count, s.of, r.pct(s)))
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

/// The roll-up as the sentences of a summary report, one figure group each.
pub fn rollup_lines(r: &Rollup) -> Vec<String> {
    let mut out = vec![format!(
        "Đã có {}/{} chi bộ tổ chức xong đại hội ({}).",
        r.held.count,
        r.branches,
        r.pct(r.held)
    )];
    for h in &r.held_on {
        let when = match h.date {
            Some(d) => format!("Ngày {}", short_date(d)),
            None => "Chưa ghi ngày".to_string(),
        };
        out.push(format!(
            "{when}: {} chi bộ ({}).",
            h.branches.len(),
            h.branches.join(", ")
        ));
    }
    out.push(elected_sentence(r));
    for line in [composition(r), officers_reelected(r)] {
        if !line.is_empty() {
            out.push(line);
        }
    }
    out.push(format!(
        "Nữ {} đồng chí ({}); dưới {} tuổi {} đồng chí ({}).",
        r.women.count,
        r.pct(r.women),
        r.young_age,
        r.young.count,
        r.pct(r.young)
    ));
    if let Some(avg) = r.average_age() {
        out.push(format!("Tuổi bình quân {avg}."));
    }
    out.push(format!(
        "{} chi bộ chỉ bầu bí thư, phó bí thư ({} số chi bộ đã đại hội).",
        r.secretary_only.count,
        r.pct(r.secretary_only)
    ));
    out.push(format!(
        "{} đồng chí bí thư chi bộ đồng thời là trưởng thôn, tổ trưởng tổ dân phố ({} số bí thư).",
        r.secretary_village_heads.count,
        r.pct(r.secretary_village_heads)
    ));
    if r.secretaries_to_appoint > 0 {
        out.push(format!(
            "{} chi bộ chưa bầu được bí thư, Đảng ủy chỉ định.",
            r.secretaries_to_appoint
        ));
    }
    if !r.not_held.is_empty() {
        out.push(format!("Chưa tổ chức đại hội: {}.", r.not_held.join(", ")));
    }
    for u in &r.unknown {
        out.push(unknown_elected(&u.branch_name, u.member));
    }
    out
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
