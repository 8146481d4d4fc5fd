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
