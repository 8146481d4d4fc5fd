//! The congress day and after: roll call, ballot-by-ballot counting, the
//! papers of the hall (chair's script, minutes), ratification, dossier and
//! comments on the superior's drafts. Functions over plain values.

// --- Roll call ---------------------------------------------------------------

pub const MARK_NOT_RECORDED: &str = "Chưa điểm danh";
pub const MARK_PRESENT: &str = "Có mặt";
pub const MARK_ABSENT_WITH_REASON: &str = "Vắng có lý do";
pub const MARK_ABSENT_WITHOUT_REASON: &str = "Vắng không lý do";

/// "Triệu tập 25 · Có mặt 22 · Vắng có lý do 2 · Vắng không lý do 1".
pub fn roll_call_summary(summoned: u32, present: u32, with: u32, without: u32) -> String {
    format!(
        "Triệu tập {summoned} · Có mặt {present} · Vắng có lý do {with} · Vắng không lý do {without}"
    )
}

/// The threshold's denominator, said in full.
pub fn denominator_line(full_summoned: u32, needed: u32) -> String {
    format!(
        "Số đảng viên chính thức được triệu tập (để tính kết quả bầu cử): {full_summoned}; trúng cử cần từ {needed} phiếu trở lên."
    )
}

// --- Ballot-by-ballot counting ---------------------------------------------

pub const INVALID_NOT_ISSUED: &str = "không phải phiếu do Ban kiểm phiếu phát ra";
pub const BALLOT_BLANK: &str = "gạch hết tên (hợp lệ, không bầu ai)";
pub const BALLOT_VALID: &str = "hợp lệ";
pub const NOTHING_CROSSED: &str = "không gạch tên nào";

/// "để lại 4 tên, nhiều hơn 3 người cần bầu".
pub fn invalid_too_many(kept: u32, seats: u32) -> String {
    format!("để lại {kept} tên, nhiều hơn {seats} người cần bầu")
}

/// "Không hợp lệ: …".
pub fn invalid(reason: &str) -> String {
    format!("Không hợp lệ: {reason}")
}

/// "gạch: Nguyễn Văn An, Trần Thị Bình".
pub fn crossed_names(names: &[String]) -> String {
    if names.is_empty() {
        NOTHING_CROSSED.to_string()
    } else {
        format!("gạch: {}", names.join(", "))
    }
}

/// How one entry read a ballot, for the comparison list.
pub fn reading_text(clerk: &str, crossed: &[String], not_issued: bool) -> String {
    if not_issued {
        format!("{clerk}: {INVALID_NOT_ISSUED}")
    } else {
        format!("{clerk}: {}", crossed_names(crossed))
    }
}

/// "Phiếu số 7 — Máy 1: gạch: A; Máy 2: gạch: B".
pub fn difference_line(number: usize, first: &str, second: &str) -> String {
    format!("Phiếu số {number} — {first}; {second}")
}

/// The reading of a ballot one entry does not have.
pub fn missing_ballot(clerk: &str) -> String {
    format!("{clerk}: không có phiếu này")
}

/// "2 lần nhập khớp nhau: 30 phiếu, đọc giống nhau từng phiếu."
pub fn entries_agree(ballots: usize) -> String {
    format!("Hai lần nhập khớp nhau: {ballots} phiếu, đọc giống nhau từng phiếu.")
}

/// "Hai lần nhập còn 3 phiếu khác nhau: …".
pub fn entries_differ(count: usize) -> String {
    format!("Hai lần nhập còn {count} phiếu đọc khác nhau; đối chiếu lại các phiếu dưới đây.")
}

/// Default name of the n-th entry of a round.
pub fn entry_name(n: usize) -> String {
    format!("Lần nhập {n}")
}

// --- Stages and dossier ------------------------------------------------------

pub const STAGE_PREPARING: &str = "Đang chuẩn bị";
pub const STAGE_PREPARED: &str = "Đã chuẩn bị xong";
pub const STAGE_HELD: &str = "Đã tổ chức";
pub const STAGE_RESULTS: &str = "Đã nhập kết quả";
pub const STAGE_RATIFIED: &str = "Đã chuẩn y";
pub const STAGE_DOSSIER: &str = "Đủ hồ sơ";

pub const FILED_MISSING: &str = "Còn thiếu";
pub const FILED_UNSIGNED: &str = "Chưa ký";
pub const FILED_PRESENT: &str = "Đã có";

pub const DOSSIER_ROLL_CALL: &str = "Danh sách đảng viên dự đại hội (có chữ ký)";
pub const DOSSIER_AGENDA: &str = "Chương trình đại hội";
pub const DOSSIER_POLITICAL_REPORT: &str = "Báo cáo chính trị";
pub const DOSSIER_SELF_CRITICISM: &str = "Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy";
pub const DOSSIER_PERSONNEL: &str = "Tờ trình nhân sự và danh sách trích ngang";
pub const DOSSIER_COUNTING_MINUTES: &str = "Biên bản kiểm phiếu (từng lần bầu)";
pub const DOSSIER_BALLOTS: &str = "Phiếu bầu (niêm phong)";
pub const DOSSIER_MINUTES: &str = "Biên bản đại hội";
pub const DOSSIER_RESOLUTION: &str = "Nghị quyết đại hội";
pub const DOSSIER_RATIFICATION_REQUEST: &str = "Tờ trình đề nghị chuẩn y kết quả bầu cử";
pub const DOSSIER_RATIFICATION_DECISION: &str = "Quyết định chuẩn y của Đảng ủy";

// --- Notes -------------------------------------------------------------------

pub const NOTE_DISCUSSION: &str = "Thảo luận";
pub const NOTE_SUPERIOR_SPEECH: &str = "Phát biểu của cấp trên";
pub const NOTE_OTHER: &str = "Ghi chép khác";

/// What the congress elects: "Chi ủy, Bí thư, Phó Bí thư", "Bí thư".
pub fn elects(committee: bool, deputy: bool) -> String {
    match (committee, deputy) {
        (true, true) => "Chi ủy, Bí thư, Phó Bí thư".into(),
        (true, false) => "Chi ủy, Bí thư".into(),
        (false, true) => "Bí thư, Phó Bí thư".into(),
        (false, false) => "Bí thư".into(),
    }
}

/// "vắng có lý do (đi viện)"; empty for a member present or not called.
pub fn absence(mark: &str, reason: &str, absent: bool) -> String {
    if !absent {
        return String::new();
    }
    let mark = mark.to_lowercase();
    if reason.trim().is_empty() {
        mark
    } else {
        format!("{mark} ({})", reason.trim())
    }
}

// --- Papers --------------------------------------------------------------------

pub const PAPER_ROLL_CALL: &str = "Danh sách đảng viên dự đại hội";
pub const PAPER_MINUTES: &str = "Biên bản đại hội";
pub const PAPER_RATIFICATION_REQUEST: &str = "Tờ trình đề nghị chuẩn y kết quả bầu cử";
pub const PAPER_RATIFICATION_DECISION: &str = "Quyết định chuẩn y kết quả bầu cử";
pub const PAPER_DOSSIER: &str = "Danh mục hồ sơ đại hội";
pub const PAPER_SCRIPT: &str = "Kịch bản điều hành đại hội";

/// "Biên bản đại hội - Chi bộ Thôn An Phú".
pub fn paper_file(paper: &str, branch_name: &str) -> String {
    format!("{paper} - {branch_name}")
}

/// "Hồ sơ đại hội - Chi bộ Thôn An Phú" (the combined dossier file).
pub fn dossier_combined_file(branch_name: &str) -> String {
    format!("Hồ sơ đại hội (gộp) - {branch_name}")
}

/// The congress-day subfolder of a branch's output folder.
pub const CONGRESS_FOLDER: &str = "Đại hội";

// Entry log.
pub const LOG_TITLE: &str = "BẢNG KÊ";

/// "Kết quả đọc từng phiếu bầu Chi ủy (lần 1)".
pub fn log_subtitle(round_object: &str, branch_name: &str, term: &str) -> String {
    format!("Kết quả đọc từng phiếu bầu {round_object} {branch_name}, nhiệm kỳ {term}")
}

/// "Bảng kê từng phiếu bầu Chi ủy (lần 1) - Chi bộ Thôn An Phú".
pub fn entry_log_file(round_object: &str, branch_name: &str) -> String {
    format!("Bảng kê từng phiếu bầu {round_object} - {branch_name}")
}

/// "Người nhập: Máy 1. Danh sách bầu cử (số thứ tự dùng ở các cột): 1. …; 2. …".
pub fn log_intro(clerk: &str, seats: u32, legend: &str) -> String {
    format!(
        "Người nhập: {clerk}. Số lượng cần bầu: {seats}. Danh sách bầu cử (số thứ tự dùng ở các cột; dấu X là tên bị gạch): {legend}."
    )
}

pub const LOG_COL_BALLOT: &str = "Phiếu số";
pub const LOG_COL_KEPT: &str = "Số tên giữ lại";
pub const LOG_COL_VERDICT: &str = "Kết quả";
pub const LOG_CROSSED: &str = "X";
pub const LOG_TOTALS_HEADING: &str = "Tổng hợp";

/// "Số phiếu thu vào: 30; hợp lệ: 25 (trong đó 2 phiếu gạch hết tên); không hợp lệ: 5 (…)".
pub fn log_totals(
    returned: u32,
    valid: u32,
    blank: u32,
    invalid: u32,
    too_many: u32,
    not_issued: u32,
) -> String {
    let mut s = format!("Số phiếu đã đọc: {returned}; hợp lệ: {valid}");
    if blank > 0 {
        s.push_str(&format!(" (trong đó {blank} phiếu gạch hết tên)"));
    }
    s.push_str(&format!("; không hợp lệ: {invalid}"));
    let mut reasons = Vec::new();
    if too_many > 0 {
        reasons.push(format!("{too_many} phiếu để lại nhiều tên hơn số cần bầu"));
    }
    if not_issued > 0 {
        reasons.push(format!(
            "{not_issued} phiếu không do Ban kiểm phiếu phát ra"
        ));
    }
    if !reasons.is_empty() {
        s.push_str(&format!(" ({})", reasons.join("; ")));
    }
    s.push('.');
    s
}

/// "Đồng chí Nguyễn Văn An: 25 phiếu."
pub fn log_candidate_votes(name: &str, votes: u32) -> String {
    format!("Đồng chí {name}: {votes} phiếu.")
}

pub const LOG_COMPARE_HEADING: &str = "Đối chiếu hai lần nhập";

/// "So với lần nhập của Máy 2: …".
pub fn log_compared_with(clerk: &str) -> String {
    format!("Đối chiếu với lần nhập của {clerk}:")
}

// Dossier checklist.
pub const DOSSIER_TITLE: &str = "DANH MỤC";

pub fn dossier_subtitle(branch_name: &str, term: &str) -> String {
    format!("Hồ sơ Đại hội {branch_name}, nhiệm kỳ {term}")
}

pub const DOSSIER_COL_PAPER: &str = "Tài liệu";
pub const DOSSIER_COL_STATE: &str = "Tình trạng";
pub const DOSSIER_COL_NOTE: &str = "Ghi chú";
pub const DOSSIER_NOTE_GENERATED: &str = "Chương trình đã lập bản in";
pub const DOSSIER_NOTE_NOT_APPLICABLE: &str = "";

/// "Đã có 8/10 tài liệu; còn thiếu 1; chưa ký 1."
pub fn dossier_summary(present: usize, total: usize, missing: usize, unsigned: usize) -> String {
    let mut s = format!("Đã có đủ chữ ký {present}/{total} tài liệu");
    if missing > 0 {
        s.push_str(&format!("; còn thiếu {missing}"));
    }
    if unsigned > 0 {
        s.push_str(&format!("; chưa ký {unsigned}"));
    }
    s.push('.');
    s
}

// Comments on the superior's drafts.
pub const COMMENTS_TITLE: &str = "BÁO CÁO";

pub fn comments_subtitle(ward_name: &str) -> String {
    format!(
        "Tổng hợp ý kiến góp ý của các chi bộ trực thuộc {ward_name} vào các dự thảo văn kiện đại hội"
    )
}

/// "Có 5 chi bộ gửi 12 ý kiến góp ý vào 3 dự thảo văn kiện."
pub fn comments_intro(branches: usize, comments: usize, documents: usize) -> String {
    format!(
        "Có {branches} chi bộ gửi {comments} ý kiến góp ý vào {documents} dự thảo văn kiện, tổng hợp theo từng văn kiện như sau:"
    )
}

pub const COMMENTS_NONE: &str = "Chưa có chi bộ nào gửi ý kiến góp ý.";
pub const COMMENTS_COL_BRANCH: &str = "Chi bộ";
pub const COMMENTS_COL_PART: &str = "Phần, mục";
pub const COMMENTS_COL_TEXT: &str = "Nội dung góp ý";
pub const COMMENTS_NO_DOCUMENT: &str = "(Không ghi văn kiện)";

/// "Tổng hợp góp ý dự thảo văn kiện - Đảng bộ phường Hòa Bình".
pub fn comments_file(ward_name: &str) -> String {
    format!("Tổng hợp góp ý dự thảo văn kiện - {ward_name}")
}

// Chair's script.

/// "quá 30% số đảng viên có mặt đồng ý (từ 4 đồng chí trở lên)".
pub fn nominee_rule(pct: u32, needed: Option<u32>) -> String {
    match needed {
        Some(n) => format!("quá {pct}% số đảng viên có mặt đồng ý (từ {n} đồng chí trở lên)"),
        None => format!("quá {pct}% số đảng viên có mặt đồng ý"),
    }
}

/// "quá một nửa số đảng viên chính thức được triệu tập (10 đồng chí), tức từ 6 phiếu trở lên".
pub fn threshold_rule(denominator: Option<(u32, u32)>) -> String {
    match denominator {
        Some((d, needed)) => format!(
            "quá một nửa số đảng viên chính thức được triệu tập ({d} đồng chí), tức từ {needed} phiếu trở lên"
        ),
        None => "quá một nửa số đảng viên chính thức được triệu tập".into(),
    }
}

/// ", đồng chí Nguyễn Văn An" after the performer, when the name is known.
pub fn by_name(name: &str) -> String {
    if name.trim().is_empty() {
        String::new()
    } else {
        format!(" (đồng chí {})", name.trim())
    }
}
