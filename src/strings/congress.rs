//! The congress-day screens: roll call, ballot-by-ballot counting, the
//! projection screen, the stage of each branch on the ward overview.

// ---- roll call (điểm danh) ----

pub const SCREEN_ROLL_CALL: &str = "Điểm danh";
pub const ROLL_CALL_TITLE: &str = "Điểm danh đảng viên dự đại hội";
pub const ROLL_CALL_KEYS: &str = "Gõ vài chữ của tên (không cần dấu) để tìm · mũi tên lên, xuống: chọn người · \
     Enter hoặc 1: có mặt · 2: vắng có lý do (rồi gõ lý do, Enter) · 3: vắng không lý do · \
     0: xóa điểm danh · Esc: xóa ô tìm.";
pub const SEARCH_LABEL: &str = "Tìm đảng viên";
pub const SEARCH_HINT: &str = "gõ tên, ví dụ: lan";
pub const NO_MEMBERS: &str =
    "Chi bộ chưa có đảng viên nào. Hãy nhập danh sách ở mục \"Đảng viên\" trước khi điểm danh.";
pub const NO_MATCH: &str = "Không có đảng viên nào khớp với chữ đã gõ.";
pub const COL_STT: &str = "STT";
pub const COL_NAME: &str = "Họ và tên";
pub const COL_KIND: &str = "Đảng viên";
pub const COL_ATTENDANCE: &str = "Điểm danh";
pub const COL_REASON: &str = "Lý do vắng";
pub const EXEMPTED_SHORT: &str = "miễn SH";

/// The accessible name of one attendance button: "Nguyễn Văn An: Có mặt".
pub fn mark_label(name: &str, mark: &str) -> String {
    format!("{name}: {mark}")
}

/// The accessible name of a reason field.
pub fn reason_label(name: &str) -> String {
    format!("Lý do vắng: {name}")
}

/// A member not summoned: "Không triệu tập (Chuyển sinh hoạt tạm thời)".
pub fn not_summoned(standing: &str) -> String {
    format!("Không triệu tập ({standing})")
}

pub fn cannot_mark(name: &str, standing: &str) -> String {
    format!("{name} không được triệu tập ({standing}) nên không điểm danh.")
}

/// The counts at the top of the roll call.
pub fn count_summoned(n: u32) -> String {
    format!("Triệu tập: {n}")
}
pub fn count_present(n: u32) -> String {
    format!("Có mặt: {n}")
}
pub fn count_absent_excused(n: u32) -> String {
    format!("Vắng có lý do: {n}")
}
pub fn count_absent_unexcused(n: u32) -> String {
    format!("Vắng không lý do: {n}")
}
pub fn count_not_recorded(n: u32) -> String {
    format!("Chưa điểm danh: {n}")
}

/// The election denominator and how it follows from the roll call.
pub fn denominator_line(summoned: u32, full: u32, left_out: &[(&str, u32)], needed: u32) -> String {
    let parts: Vec<String> = left_out
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(what, n)| format!("{n} {what}"))
        .collect();
    if parts.is_empty() {
        format!(
            "Mẫu số bầu cử: {summoned} đảng viên chính thức được triệu tập. \
             Trúng cử phải được trên một nửa: ít nhất {needed} phiếu."
        )
    } else {
        format!(
            "Mẫu số bầu cử: {summoned} đảng viên chính thức được triệu tập \
             ({full} chính thức, không tính {}). Trúng cử phải được trên một nửa: ít nhất {needed} phiếu.",
            parts.join(", ")
        )
    }
}

pub const LEFT_TRANSFER: &str = "chuyển sinh hoạt tạm thời";
pub const LEFT_SUSPENDED: &str = "đình chỉ sinh hoạt";
pub const LEFT_DETAINED: &str = "bị tạm giam";
pub const LEFT_EXEMPTED_ABSENT: &str = "miễn sinh hoạt vắng mặt";
pub const LEFT_EXCUSED: &str = "vắng có lý do";

/// "Có mặt 20/24 đảng viên được triệu tập (83,3%)".
pub fn present_share(present: u32, summoned: u32, pct: &str) -> String {
    format!("Có mặt {present}/{summoned} đảng viên được triệu tập ({pct}).")
}

// ---- ballot-by-ballot counting ----

pub const MODE_TOTALS: &str = "Nhập tổng số phiếu";
pub const MODE_BALLOTS: &str = "Nhập từng phiếu";
pub const OPEN_PROJECTION: &str = "Mở màn hình trình chiếu";
pub const CLOSE_PROJECTION: &str = "Đóng màn hình trình chiếu";
pub const BALLOTS_TITLE: &str = "Nhập từng phiếu bầu";
pub const BALLOT_KEYS: &str = "Phím: số 1 đến 9 (0 là người thứ 10) gạch hoặc bỏ gạch tên theo số thứ tự trên phiếu · \
     Enter: lưu phiếu, sang phiếu sau · X: phiếu không do Ban kiểm phiếu phát ra · \
     Backspace: nhập lại phiếu này · Page Up: sửa phiếu trước.";
pub const NO_ROUND: &str =
    "Chưa có lần bầu nào. Bấm \"+ Thêm lần bầu\" để bắt đầu (danh sách lấy từ đề án nhân sự).";
pub const NO_CANDIDATES: &str =
    "Lần bầu này chưa có danh sách bầu cử. Hãy thêm người ứng cử ở mục \"Nhập tổng số phiếu\".";
pub const ENTRY_A: &str = "Bản nhập A";
pub const ENTRY_B: &str = "Bản nhập B";
pub const CLERK_LABEL: &str = "Người nhập";
pub const SAVE_BALLOT: &str = "Lưu phiếu (Enter)";
pub const CLEAR_BALLOT: &str = "Nhập lại phiếu này";
pub const NOT_ISSUED_TOGGLE: &str = "Không phải phiếu do Ban kiểm phiếu phát ra (X)";
pub const CROSSED: &str = "gạch";
/// Short header: the share of the summoned full members.
pub const COL_SHARE: &str = "Tỷ lệ";
pub const TOTALS_TITLE: &str = "Kết quả theo bản đang nhập";
pub const LOG_TITLE: &str = "Các phiếu đã nhập";
pub const COMPARE_TITLE: &str = "Đối chiếu hai bản nhập";
pub const COMPARE_NEEDS_B: &str = "Chưa có bản nhập B. Người thứ hai nhập lại toàn bộ phiếu ở \"Bản nhập B\" \
     (hoặc trên máy khác rồi lấy tệp của chi bộ từ máy đó), để đối chiếu từng phiếu.";
pub const IMPORT_B: &str = "Lấy bản nhập B từ tệp của máy khác…";
pub const APPLY: &str = "Ghi số phiếu vào biên bản kiểm phiếu";
pub const APPLY_BLOCKED: &str =
    "Chỉ ghi được khi hai bản nhập khớp nhau từng phiếu (hoặc khi mới có một bản nhập).";
pub const FIX_IN_A: &str = "Sửa ở bản A";
pub const FIX_IN_B: &str = "Sửa ở bản B";
pub const CANCEL_EDIT: &str = "Thôi sửa";

pub fn entry_default_clerk(index: usize) -> String {
    match index {
        0 => "Bản A".into(),
        1 => "Bản B".into(),
        n => format!("Bản {}", n + 1),
    }
}

/// "Phiếu số 12" (the one being typed), or "Sửa phiếu số 7".
pub fn ballot_heading(number: usize, editing: bool) -> String {
    if editing {
        format!("Đang sửa phiếu số {number}")
    } else {
        format!("Phiếu số {number}")
    }
}

/// Accessible name of a candidate's toggle on the ballot: "3. Lê Văn Cường".
pub fn candidate_key(n: usize, name: &str) -> String {
    format!("{n}. {name}")
}

/// "Hợp lệ: bầu 3 người".
pub fn valid_keeps(kept: usize) -> String {
    format!("Hợp lệ: bầu {kept} người")
}

pub fn edit_ballot(number: usize) -> String {
    format!("Sửa phiếu số {number}")
}

/// "Phiếu 12: gạch: Trần Thị Bình — hợp lệ".
pub fn log_line(number: usize, reading: &str, verdict: &str) -> String {
    format!("Phiếu {number}: {reading} — {verdict}")
}

/// The ballot totals of an entry.
pub fn entry_totals(returned: u32, valid: u32, blank: u32, invalid: u32) -> String {
    format!(
        "Phiếu thu vào: {returned} · hợp lệ: {valid} (trong đó gạch hết tên: {blank}) · không hợp lệ: {invalid}"
    )
}

pub fn invalid_breakdown(not_issued: u32, too_many: u32) -> String {
    format!(
        "Phiếu không hợp lệ: {not_issued} không do Ban kiểm phiếu phát ra, {too_many} để lại nhiều tên hơn số cần bầu"
    )
}

pub fn saved_ballot(number: usize) -> String {
    format!("Đã lưu phiếu số {number}.")
}

pub fn key_out_of_list(n: usize, count: usize) -> String {
    format!("Phiếu chỉ có {count} tên; không có tên số {n}.")
}

pub fn applied(label: &str) -> String {
    format!("Đã ghi số phiếu của từng người vào {label}.")
}

pub const SINGLE_ENTRY_NOTE: &str =
    "Mới có một bản nhập: kết quả chưa được đối chiếu với bản nhập thứ hai.";

pub fn import_failed(path: &str, why: &str) -> String {
    format!("Không lấy được bản nhập từ tệp {path}: {why}")
}

pub fn import_other_branch(path: &str, found: &str) -> String {
    format!(
        "Tệp {path} là của {found}, không phải của chi bộ đang mở. Hãy chọn tệp branches/<mã chi bộ>.ron của đúng chi bộ trên máy kia."
    )
}

pub fn import_no_round(path: &str, label: &str) -> String {
    format!(
        "Tệp {path} chưa có phiếu nào được nhập cho {label}. Trên máy kia hãy nhập từng phiếu của đúng lần bầu này rồi lưu."
    )
}

pub fn imported(count: usize, clerk: &str) -> String {
    format!("Đã lấy {count} phiếu do {clerk} nhập làm bản nhập B.")
}

// ---- projection ----

pub const PROJECTION_TITLE: &str = "Kết quả bầu cử — màn hình trình chiếu";
pub const PROJECTION_KEYS: &str = "F11: toàn màn hình · Esc: thoát toàn màn hình";
/// Above the bars, at the half line: "Quá bán: từ 28 phiếu".
pub fn half_line_label(needed: u32) -> String {
    format!("Quá bán: từ {needed} phiếu")
}
pub const PROJECTION_NO_ROUND: &str = "Chưa có lần bầu nào để trình chiếu.";

/// "Kết quả bầu Chi ủy (lần 1)".
pub fn projection_heading(round_label: &str) -> String {
    format!("Kết quả {round_label}")
}

/// The denominator and the threshold, as the hall hears them.
pub fn projection_threshold(summoned: u32, needed: u32, seats: u32) -> String {
    format!(
        "Số đảng viên chính thức được triệu tập: {summoned} · Trúng cử phải được từ {needed} phiếu trở lên · Số lượng cần bầu: {seats}"
    )
}

/// "Đã kiểm 27 phiếu: 26 hợp lệ, 1 không hợp lệ".
pub fn projection_ballots(returned: u32, valid: u32, invalid: u32) -> String {
    format!("Đã kiểm {returned} phiếu: {valid} hợp lệ, {invalid} không hợp lệ")
}

/// "12 phiếu · 54,5%".
pub fn projection_votes(votes: u32, pct: &str) -> String {
    format!("{votes} phiếu · {pct}")
}

// ---- ballots of a later round ----

/// The note under the ballot buttons when the next ballots are for a
/// later round: "Phiếu bầu Chi ủy (lần 2) chỉ gồm 2 người: …, vì …".
pub fn later_round_ballots(what: &str, names: &str, count: usize, reason: &str) -> String {
    format!("Phiếu bầu {what} chỉ gồm {count} người: {names}, vì {reason}.")
}

/// Why: a tie at the last seat.
pub fn reason_tie(previous: &str, seats: u32) -> String {
    format!(
        "ở {previous} những người này bằng phiếu nhau ở vị trí cuối; bầu lại {seats} người trong số họ"
    )
}

/// Why: seats left unfilled.
pub fn reason_unfilled(previous: &str, seats: u32) -> String {
    format!(
        "ở {previous} còn {seats} người chưa đủ số phiếu trúng cử; đại hội đã quyết định bầu tiếp trong số những người còn lại"
    )
}

/// Why (no recorded reason): the round number alone.
pub fn reason_round(round: u32) -> String {
    format!("đây là lần bầu thứ {round}")
}

/// "Không có danh sách để in phiếu bầu Phó Bí thư" (hover text).
pub fn no_ballot_list(what: &str) -> String {
    format!("Chưa có danh sách để in phiếu bầu {what}: hãy chọn người ứng cử trong đề án nhân sự.")
}

// ---- ward overview ----

pub const COL_STAGE: &str = "Giai đoạn";

/// One step of the stage line on hover: "Đã tổ chức: rồi".
pub fn stage_step(label: &str, reached: bool) -> String {
    format!("{label}: {}", if reached { "rồi" } else { "chưa" })
}

// ---- comments on the superior's drafts (góp ý dự thảo văn kiện) ----

pub const SCREEN_COMMENTS: &str = "Góp ý dự thảo";
pub const COMMENTS_SCREEN_TITLE: &str = "Góp ý dự thảo văn kiện của cấp trên";
pub const COMMENTS_HINT: &str = "Ghi từng ý kiến của chi bộ: góp vào văn kiện nào, phần hay mục nào, nội dung góp ý. \
     Văn phòng Đảng ủy tổng hợp ý kiến của mọi chi bộ bằng nút \"Tổng hợp góp ý dự thảo\" ở màn hình Tổng quan phường.";
pub const ADD_COMMENT: &str = "Thêm góp ý";
pub const NO_COMMENTS: &str =
    "Chi bộ chưa ghi ý kiến góp ý nào. Bấm \"Thêm góp ý\" để ghi ý kiến đầu tiên.";
pub const FIELD_DOCUMENT: &str = "Văn kiện";
pub const FIELD_PART: &str = "Phần, mục";
pub const FIELD_COMMENT: &str = "Nội dung góp ý";
pub const DOCUMENT_HINT: &str = "ví dụ: Dự thảo Báo cáo chính trị";
pub const PART_HINT: &str = "ví dụ: Phần II, mục 3";
pub const PICK_DOCUMENT: &str = "Chọn văn kiện";
pub const PICK_DOCUMENT_HINT: &str =
    "Chọn một văn kiện đã ghi để các chi bộ cùng một tên văn kiện, bản tổng hợp gộp đúng nhóm.";
pub const DELETE_HINT: &str = "Xóa ý kiến này (hoàn tác được bằng Ctrl+Z).";
/// The undo step of a deleted comment.
pub const EDIT_DELETE_COMMENT: &str = "Xóa góp ý dự thảo";
pub const COMMENT_EMPTY: &str =
    "Chưa có nội dung góp ý: ý kiến này chưa được đưa vào bản tổng hợp của phường.";
pub const COMMENTS_SUMMARY_BUTTON: &str = "Tổng hợp góp ý dự thảo";
pub const COMMENTS_SUMMARY_HINT: &str = "Ghi bản tổng hợp ý kiến góp ý của các chi bộ (nhóm theo từng văn kiện) \
     thành tệp Word trong thư mục xuất văn bản.";

/// "Góp ý 2": the heading of one comment.
pub fn comment_heading(n: usize) -> String {
    format!("Góp ý {n}")
}

/// Accessible name of a field of comment `n`: "Văn kiện (góp ý 2)".
pub fn comment_field(field: &str, n: usize) -> String {
    format!("{field} (góp ý {n})")
}

/// Accessible name of the delete button of comment `n`.
pub fn delete_comment(n: usize) -> String {
    format!("Xóa góp ý {n}")
}

/// "Chi bộ đã ghi 3 ý kiến góp ý."
pub fn comments_count(n: usize) -> String {
    format!("Chi bộ đã ghi {n} ý kiến góp ý.")
}

/// The line beside the summary button on the ward overview.
pub fn comments_ward_count(comments: usize, branches: usize) -> String {
    if comments == 0 {
        "Chưa chi bộ nào ghi ý kiến góp ý dự thảo.".into()
    } else {
        format!("{comments} ý kiến góp ý của {branches} chi bộ.")
    }
}

/// Suggested names of the superior's drafts: the ward's political report
/// and review report, and the documents of the level above.
pub fn draft_document_suggestions(ward_name: &str, superior_name: &str) -> Vec<String> {
    let mut v = Vec::new();
    if !ward_name.trim().is_empty() {
        v.push(format!(
            "Dự thảo Báo cáo chính trị Đại hội {}",
            ward_name.trim()
        ));
        v.push(format!(
            "Dự thảo Báo cáo kiểm điểm của Ban Chấp hành {}",
            ward_name.trim()
        ));
    }
    if !superior_name.trim().is_empty() {
        v.push(format!(
            "Dự thảo Báo cáo chính trị Đại hội {}",
            superior_name.trim()
        ));
    }
    v
}
