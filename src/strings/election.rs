//! Messages and labels of the election: personnel plan checks, vote
//! counting, structure figures.

/// "Bầu Chi ủy (lần 1)".
pub fn round_label(office: Option<&str>, round: u32) -> String {
    format!("Bầu {}", round_object(office, round))
}

/// "Chi ủy (lần 1)": what a round elects, inside a sentence.
pub fn round_object(office: Option<&str>, round: u32) -> String {
    let what = office.unwrap_or("(chưa chọn)");
    format!("{what} (lần {round})")
}

// --- Personnel plan -------------------------------------------------------

pub fn plan_committee_size_missing(full: u32, cap: u32) -> String {
    format!(
        "Chi bộ có {full} đảng viên chính thức nên bầu chi ủy, nhưng đề án nhân sự chưa ghi số lượng chi ủy viên. Hãy nhập số lượng (thường từ 3 đến 5, tối đa {cap})."
    )
}

pub fn plan_committee_too_big(size: u32, cap: u32) -> String {
    format!(
        "Đề án dự kiến {size} chi ủy viên, vượt số tối đa {cap} đồng chí. Hãy giảm số lượng chi ủy viên."
    )
}

pub fn plan_committee_small(size: u32) -> String {
    format!(
        "Đề án dự kiến chỉ {size} chi ủy viên; chi ủy thường có từ 3 đến 5 đồng chí (bí thư, phó bí thư và chi ủy viên)."
    )
}

pub fn plan_no_committee(full: u32, min: u32) -> String {
    format!(
        "Chi bộ có {full} đảng viên chính thức (dưới {min}) nên không bầu chi ủy, chỉ bầu bí thư và phó bí thư. Hãy đặt số lượng chi ủy viên về 0 và bỏ danh sách đề cử chi ủy."
    )
}

pub fn surplus_too_few(seats: u32, candidates: u32) -> String {
    format!(
        "Danh sách có {candidates} người nhưng cần bầu {seats}. Danh sách bầu cử phải có ít nhất bằng số lượng cần bầu; hãy bổ sung nhân sự."
    )
}

/// What to propose instead: a count or a range of counts of nominees, or
/// (`fits` false) the two counts nearest to the range when no whole number
/// of extra nominees fits `min`–`max`% of `seats`.
pub fn surplus_advice(
    seats: u32,
    min: u32,
    max: u32,
    fits: bool,
    a: u32,
    b: Option<u32>,
) -> String {
    match (fits, b) {
        (true, Some(b)) if b > a => {
            format!("Với {seats} chỗ, nên giới thiệu từ {a} đến {b} người.")
        }
        (true, _) => format!("Với {seats} chỗ, nên giới thiệu {a} người."),
        (false, Some(b)) => format!(
            "Với {seats} chỗ, không có số người dư nào đúng mức {min}–{max}%; nên giới thiệu {a} hoặc {b} người (số gần nhất), và ghi rõ lý do trong đề án."
        ),
        (false, None) => format!(
            "Với {seats} chỗ, không có số người dư nào đúng mức {min}–{max}%; nên giới thiệu {a} người, và ghi rõ lý do trong đề án."
        ),
    }
}

pub fn surplus_below_proposal(extra: u32, pct: &str, min: u32, max: u32, advice: &str) -> String {
    format!(
        "Danh sách đề cử dư {extra} người ({pct}), thấp hơn mức dư {min}–{max}% theo quy chế. {advice}"
    )
}

pub fn surplus_above_proposal(extra: u32, pct: &str, min: u32, max: u32, advice: &str) -> String {
    format!(
        "Danh sách đề cử dư {extra} người ({pct}), cao hơn mức dư {min}–{max}% mà cấp ủy triệu tập nên đề xuất. {advice}"
    )
}

pub fn surplus_over_maximum(extra: u32, pct: &str, max: u32, max_candidates: u32) -> String {
    format!(
        "Danh sách dư {extra} người ({pct}), vượt mức dư tối đa {max}% đại hội được chấp nhận. Hãy rút bớt, danh sách có nhiều nhất {max_candidates} người."
    )
}

pub fn candidate_not_full(name: &str) -> String {
    format!(
        "Đồng chí {name} là đảng viên dự bị, không được bầu vào cấp ủy. Hãy bỏ khỏi danh sách bầu cử."
    )
}

pub fn candidate_not_active(name: &str, standing: &str) -> String {
    format!(
        "Đồng chí {name} đang ở tình trạng \"{standing}\", không thể ứng cử. Hãy bỏ khỏi danh sách bầu cử."
    )
}

pub fn candidate_duplicate(name: &str) -> String {
    format!("Đồng chí {name} có tên hai lần trong danh sách. Hãy xóa dòng trùng.")
}

pub fn secretary_not_on_committee_list(name: &str) -> String {
    format!(
        "Đồng chí {name} được dự kiến làm Bí thư nhưng không có trong danh sách đề cử chi ủy. Bí thư được bầu trong số chi ủy viên mới; hãy thêm vào danh sách chi ủy hoặc chọn người khác."
    )
}

pub fn deputy_not_on_committee_list(name: &str) -> String {
    format!(
        "Đồng chí {name} được dự kiến làm Phó Bí thư nhưng không có trong danh sách đề cử chi ủy. Phó Bí thư được bầu trong số chi ủy viên mới; hãy thêm vào danh sách chi ủy hoặc chọn người khác."
    )
}

pub fn secretary_is_deputy(name: &str) -> String {
    format!(
        "Đồng chí {name} được dự kiến vừa làm Bí thư vừa làm Phó Bí thư. Hãy chọn hai người khác nhau."
    )
}

pub const DEPUTY_WITHOUT_FLAG: &str = "Đã chọn người dự kiến làm Phó Bí thư nhưng đề án ghi không bầu phó bí thư. Hãy đánh dấu \"Bầu phó bí thư\" hoặc bỏ chọn.";

pub const SECRETARY_CANDIDATE_MISSING: &str =
    "Đề án nhân sự chưa có người dự kiến làm Bí thư. Hãy chọn nhân sự Bí thư.";

pub fn counting_member_is_candidate(name: &str) -> String {
    format!(
        "Đồng chí {name} vừa ở Ban kiểm phiếu vừa có tên trong danh sách bầu cử. Thành viên Ban kiểm phiếu không được là người ứng cử; hãy chọn người khác vào Ban kiểm phiếu."
    )
}

pub fn counting_member_unknown(pos: usize) -> String {
    format!(
        "Thành viên thứ {pos} của Ban kiểm phiếu không còn trong danh sách đảng viên. Hãy chọn lại Ban kiểm phiếu."
    )
}

pub const COUNTING_COMMITTEE_MISSING: &str = "Đã nhập kết quả bầu cử nhưng chưa chọn Ban kiểm phiếu. Hãy chọn các thành viên Ban kiểm phiếu (người đầu tiên là Trưởng ban).";

// --- Vote counting ----------------------------------------------------------

pub fn round_no_office(label: &str) -> String {
    format!("{label}: chưa chọn bầu chức danh nào (Chi ủy, Bí thư hay Phó Bí thư).")
}

pub fn round_no_seats(label: &str) -> String {
    format!("{label}: số lượng cần bầu là 0. Hãy nhập số người cần bầu.")
}

pub fn round_no_candidates(label: &str) -> String {
    format!("{label}: chưa có người nào trong danh sách bầu cử. Hãy thêm người ứng cử.")
}

pub fn round_single_seat(label: &str, seats: u32) -> String {
    format!(
        "{label}: Bí thư và Phó Bí thư mỗi lần bầu một người, nhưng đang ghi {seats}. Hãy sửa số lượng cần bầu thành 1."
    )
}

pub fn returned_over_issued(label: &str, returned: u32, issued: u32) -> String {
    format!(
        "{label}: số phiếu thu vào ({returned}) nhiều hơn số phiếu phát ra ({issued}). Hãy kiểm tra lại số phiếu."
    )
}

pub fn valid_invalid_mismatch(label: &str, valid: u32, invalid: u32, returned: u32) -> String {
    format!(
        "{label}: số phiếu hợp lệ ({valid}) cộng phiếu không hợp lệ ({invalid}) bằng {}, khác số phiếu thu vào ({returned}). Hãy kiểm tra lại.",
        u64::from(valid) + u64::from(invalid)
    )
}

pub fn issued_over_present(label: &str, issued: u32, present: u32) -> String {
    format!(
        "{label}: phát ra {issued} phiếu nhưng chỉ có {present} đảng viên chính thức có mặt được quyền bầu cử. Hãy kiểm tra số phiếu phát ra hoặc điểm danh."
    )
}

pub fn votes_over_valid(label: &str, name: &str, votes: u32, valid: u32) -> String {
    format!(
        "{label}: đồng chí {name} được {votes} phiếu, nhiều hơn số phiếu hợp lệ ({valid}). Hãy kiểm tra lại số phiếu bầu."
    )
}

pub fn votes_total_over(label: &str, total: u64, valid: u32, seats: u32) -> String {
    format!(
        "{label}: tổng số phiếu bầu cho các ứng viên là {total}, nhiều hơn {valid} phiếu hợp lệ × {seats} người cần bầu. Mỗi phiếu hợp lệ chỉ giữ lại tối đa {seats} tên; hãy kiểm tra lại."
    )
}

pub fn round_candidate_unknown(label: &str, pos: usize) -> String {
    format!("{label}: người ứng cử thứ {pos} không còn trong danh sách đảng viên. Hãy chọn lại.")
}

pub fn seats_over_remaining(label: &str, seats: u32, remaining: u32) -> String {
    format!(
        "{label}: bầu {seats} người nhưng chi ủy chỉ còn thiếu {remaining}. Hãy sửa số lượng cần bầu."
    )
}

pub fn committee_round_without_committee(label: &str) -> String {
    format!(
        "{label}: chi bộ dưới 9 đảng viên chính thức không bầu chi ủy. Hãy đổi lần bầu này thành bầu Bí thư hoặc Phó Bí thư."
    )
}

pub fn not_on_new_committee(label: &str, name: &str) -> String {
    format!(
        "{label}: đồng chí {name} không có trong chi ủy mới được bầu. Bí thư và Phó Bí thư được bầu trong số chi ủy viên mới."
    )
}

pub fn office_already_filled(label: &str) -> String {
    format!("{label}: chức danh này đã bầu được ở lần trước; lần bầu này là thừa.")
}

pub fn secretary_rounds_exceeded(label: &str, max: u32) -> String {
    format!(
        "{label}: đã bầu Bí thư {max} lần không có người trúng cử; theo quy chế, cấp ủy cấp trên chỉ định Bí thư, không bầu thêm."
    )
}

// --- Outcome ------------------------------------------------------------------

pub const STATUS_ELECTED: &str = "Trúng cử";
pub const STATUS_TIED: &str = "Bằng phiếu ở vị trí cuối — bầu lại";
pub const STATUS_OUTRANKED: &str = "Ít phiếu hơn, không trúng cử";
pub const STATUS_BELOW: &str = "Không trúng cử";

pub fn threshold_line(summoned: u32, needed: u32) -> String {
    format!(
        "Số đảng viên chính thức được triệu tập: {summoned}. Trúng cử phải được quá một nửa, tức ít nhất {needed} phiếu."
    )
}

pub fn next_round_tie(names: &str, seats: u32) -> String {
    format!(
        "Các đồng chí {names} bằng phiếu nhau ở vị trí cuối. Đại hội bầu lại trong số này để chọn {seats} người."
    )
}

pub fn next_round_unfilled(seats: u32) -> String {
    format!("Còn thiếu {seats} người. Đại hội quyết định có bầu tiếp hay không.")
}

pub fn secretary_to_be_appointed(rounds: u32) -> String {
    format!("Sau {rounds} lần bầu không bầu được Bí thư: báo cáo Đảng ủy cấp trên chỉ định Bí thư.")
}

// --- Structure ------------------------------------------------------------------

pub const YES: &str = "có";
pub const NO: &str = "không";

// --- Counting screen --------------------------------------------------------------

pub const SCREEN_TITLE: &str = "Bầu cử và kiểm phiếu";
pub const COUNTING_COMMITTEE: &str = "Ban kiểm phiếu";
pub const COUNTING_COMMITTEE_HINT: &str =
    "Người đầu tiên là Trưởng ban. Không chọn người có tên trong danh sách bầu cử.";
pub const ADD_COUNTING_MEMBER: &str = "Thêm thành viên Ban kiểm phiếu";
pub const ROUNDS: &str = "Các lần bầu";
pub const NO_ROUNDS: &str = "Chưa có lần bầu nào. Bấm \"Thêm lần bầu\" để nhập kết quả kiểm phiếu.";
pub const ADD_ROUND: &str = "+ Thêm lần bầu";
pub const DELETE_ROUND: &str = "Xóa lần bầu này";
pub const OFFICE: &str = "Bầu";
pub const ROUND_NUMBER: &str = "Lần bầu thứ";
pub const SEATS: &str = "Số lượng cần bầu";
pub const BALLOTS_ISSUED: &str = "Số phiếu phát ra";
pub const BALLOTS_RETURNED: &str = "Số phiếu thu vào";
pub const BALLOTS_VALID: &str = "Số phiếu hợp lệ";
pub const BALLOTS_INVALID: &str = "Số phiếu không hợp lệ";
pub const NOT_A_NUMBER: &str = "Chỉ nhập số nguyên không âm.";
pub const COL_STT: &str = "STT";
pub const COL_NAME: &str = "Họ và tên";
pub const COL_VOTES: &str = "Số phiếu";
pub const COL_PCT: &str = "Tỷ lệ so với số triệu tập";
pub const COL_RESULT: &str = "Kết quả";
pub const COL_PASSED: &str = "Quá bán";
pub const PASSED: &str = "Đạt";
pub const NOT_PASSED: &str = "Không đạt";
pub const ADD_CANDIDATE: &str = "Thêm người ứng cử";
pub const REMOVE: &str = "×";
pub const REMOVE_HINT: &str = "Bỏ khỏi danh sách";
pub const ELECTED_HEADING: &str = "Kết quả bầu cử";
pub const NOBODY_ELECTED: &str = "Chưa có ai trúng cử.";
pub const HELD: &str = "Đại hội đã tổ chức (kết quả được tính vào báo cáo tổng hợp của Đảng ủy)";
pub const MINUTES_BUTTON: &str = "Lập biên bản kiểm phiếu lần bầu này";
pub const BALLOTS_BUTTON: &str = "In phiếu bầu:";
pub const STRUCTURE_HEADING: &str = "Cơ cấu chi ủy";
pub const STRUCTURE_FIGURE: &str = "Chỉ tiêu";
pub const S_COUNT: &str = "Số lượng";
pub const S_WOMEN: &str = "Nữ";
pub const S_UNDER_35: &str = "Dưới 35 tuổi";
pub const S_AVERAGE_AGE: &str = "Tuổi bình quân";
pub const S_MINORITY: &str = "Dân tộc thiểu số";
pub const S_REELECTED: &str = "Tái cử";
pub const S_NEW: &str = "Mới (đã từng tham gia cấp ủy)";
pub const S_FIRST_TIME: &str = "Tham gia cấp ủy lần đầu";
pub const S_SECRETARY_HEAD: &str = "Bí thư kiêm trưởng thôn, tổ trưởng tổ dân phố";

pub fn s_young(age: u32) -> String {
    format!("Dưới {age} tuổi")
}

/// "2 (40%)".
pub fn share(count: u32, pct: &str) -> String {
    format!("{count} ({pct})")
}
/// A figure with its base: "2/6 (33,3%)".
pub fn share_of(count: u32, base: u32, pct: &str) -> String {
    format!("{count}/{base} ({pct})")
}
/// The proposed column's heading.
pub fn structure_proposed_head(people: u32) -> String {
    format!("Đề cử: {people} người")
}
/// Above the figures: the base of the proposed column's percentages.
pub fn structure_proposed(people: u32, seats: u32) -> String {
    if seats > 0 && seats != people {
        format!(
            "Tỷ lệ ở cột đề cử tính trên {people} người được giới thiệu cho {seats} chỗ; ở cột đã bầu, trên số người trúng cử."
        )
    } else {
        format!(
            "Tỷ lệ ở cột đề cử tính trên {people} người được giới thiệu; ở cột đã bầu, trên số người trúng cử."
        )
    }
}
/// The elected column's heading.
pub fn structure_elected(people: u32) -> String {
    format!("Đã bầu: {people} người")
}

pub fn votes_label(name: &str) -> String {
    format!("Số phiếu của {name}")
}

pub fn remove_label(name: &str) -> String {
    format!("Bỏ {name} khỏi danh sách")
}

pub fn elected_line(role: &str, name: &str) -> String {
    format!("{role}: {name}")
}

// --- Ballots (phiếu bầu) --------------------------------------------------------

pub const BALLOT_TITLE: &str = "PHIẾU BẦU CỬ";
pub const BALLOT_AGREE: &str = "Đồng ý";
pub const BALLOT_DISAGREE: &str = "Không đồng ý";
pub const BALLOT_CUT: &str =
    "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -";

/// "BẦU CHI ỦY CHI BỘ THÔN AN PHÚ".
pub fn ballot_subtitle(office: &str, branch_name: &str) -> String {
    let what = office.to_uppercase();
    format!("BẦU {what} {}", branch_name.to_uppercase())
}

/// "(Bầu lần 2)", for rounds after the first.
pub fn ballot_round(round: u32) -> String {
    format!("(Bầu lần {round})")
}

pub fn ballot_note_surplus(seats: u32) -> String {
    format!(
        "Ghi chú: Đồng ý bầu đồng chí nào thì giữ nguyên họ tên; không đồng ý thì gạch ngang cả họ và tên. Phiếu giữ lại quá {seats} tên là phiếu không hợp lệ."
    )
}

pub const BALLOT_NOTE_NO_SURPLUS: &str =
    "Ghi chú: Ở mỗi dòng, đánh dấu (X) vào một trong hai cột \"Đồng ý\" hoặc \"Không đồng ý\".";

/// "Phiếu bầu Chi ủy (lần 2) - Chi bộ Thôn An Phú": the round is always named.
pub fn ballots_file(office: &str, round: u32, branch_name: &str) -> String {
    format!(
        "Phiếu bầu {} - {branch_name}",
        round_object(Some(office), round)
    )
}

pub fn no_ballot_list(office: &str) -> String {
    format!(
        "Chưa có danh sách bầu {}. Hãy chọn nhân sự trong Tờ trình nhân sự (hoặc thêm lần bầu) trước khi in phiếu bầu.",
        office
    )
}

// --- Biên bản kiểm phiếu ------------------------------------------------------------

pub const MINUTES_TITLE: &str = "BIÊN BẢN";

/// "Kiểm phiếu bầu Chi ủy (lần 1) Chi bộ Thôn An Phú, nhiệm kỳ 2025 - 2027".
pub fn minutes_subtitle(office: Option<&str>, round: u32, branch_name: &str, term: &str) -> String {
    format!(
        "Kiểm phiếu bầu {} {branch_name}, nhiệm kỳ {term}",
        round_object(office, round)
    )
}

/// The opening paragraph.
pub fn minutes_opening(
    time: &str,
    date: &str,
    place: &str,
    branch_name: &str,
    term: &str,
    round_object: &str,
) -> String {
    let time = if time.trim().is_empty() {
        "..... giờ ....."
    } else {
        time.trim()
    };
    let place = if place.trim().is_empty() {
        "................................"
    } else {
        place.trim()
    };
    format!(
        "Hôm nay, vào lúc {time}, {date}, tại {place}, Ban kiểm phiếu Đại hội {branch_name}, nhiệm kỳ {term} đã tiến hành kiểm phiếu bầu {round_object}."
    )
}

pub const MINUTES_COMMITTEE_HEADING: &str = "I. THÀNH PHẦN BAN KIỂM PHIẾU";
pub const MINUTES_FIGURES_HEADING: &str = "II. KẾT QUẢ KIỂM PHIẾU";
pub const MINUTES_OUTCOME_HEADING: &str = "III. KẾT QUẢ BẦU CỬ";
pub const HEAD_OF_COUNTING: &str = "Trưởng ban";
pub const COUNTING_MEMBER: &str = "Ủy viên";
pub const SIGN_HEAD: &str = "TRƯỞNG BAN";
pub const SIGN_MEMBER: &str = "ỦY VIÊN";

/// "1. Đồng chí Đỗ Văn Khánh - Trưởng ban".
pub fn minutes_committee_line(n: usize, name: &str, role: &str) -> String {
    format!("{n}. Đồng chí {name} - {role}.")
}

pub fn minutes_members(full: u32, summoned: u32, present: u32) -> String {
    let absent = summoned.saturating_sub(present);
    format!(
        "- Tổng số đảng viên chính thức của chi bộ: {full}; số đảng viên chính thức được triệu tập: {summoned}; có mặt: {present}; vắng mặt: {absent}."
    )
}

/// "- Không tính vào số được triệu tập: 1 đồng chí vắng có lý do, 1 đồng chí chuyển sinh hoạt tạm thời."
pub fn minutes_left_out(parts: &[String]) -> String {
    format!(
        "- Không tính vào số đảng viên chính thức được triệu tập: {}.",
        parts.join(", ")
    )
}

/// "1 đồng chí vắng có lý do".
pub fn left_out_part(n: u32, what: &str) -> String {
    format!("{n} đồng chí {what}")
}

pub const LEFT_OUT_TRANSFER: &str = "chuyển sinh hoạt tạm thời";
pub const LEFT_OUT_SUSPENDED: &str = "bị đình chỉ sinh hoạt";
pub const LEFT_OUT_DETAINED: &str = "bị tạm giam";
pub const LEFT_OUT_EXEMPTED: &str = "miễn sinh hoạt, vắng mặt";
pub const LEFT_OUT_EXCUSED: &str = "vắng có lý do";

pub fn minutes_list(seats: u32, candidates: usize) -> String {
    format!(
        "- Số lượng cần bầu (Đại hội đã biểu quyết): {seats}; số người trong danh sách bầu cử: {candidates}."
    )
}

/// "- Lý do phiếu không hợp lệ: 1 phiếu để lại nhiều tên hơn số cần bầu."
pub fn minutes_invalid_reasons(reasons: &[String]) -> String {
    format!("- Lý do phiếu không hợp lệ: {}.", reasons.join("; "))
}

pub const MINUTES_INVALID_REASONS_BLANK: &str =
    "- Lý do phiếu không hợp lệ: ………………………………………………………………";

/// "1 phiếu để lại nhiều tên hơn số cần bầu".
pub fn invalid_too_many_count(n: u32) -> String {
    format!("{n} phiếu để lại nhiều tên hơn số cần bầu")
}

/// "1 phiếu không do Ban kiểm phiếu phát ra".
pub fn invalid_not_issued_count(n: u32) -> String {
    format!("{n} phiếu không do Ban kiểm phiếu phát ra")
}

pub fn minutes_ballots(issued: u32, returned: u32, valid: u32, invalid: u32) -> String {
    format!(
        "- Số phiếu phát ra: {issued}; số phiếu thu vào: {returned}; số phiếu hợp lệ: {valid}; số phiếu không hợp lệ: {invalid}."
    )
}

pub const MINUTES_VOTES_INTRO: &str =
    "- Số phiếu bầu cho từng đồng chí (tỷ lệ so với tổng số đảng viên chính thức được triệu tập):";
pub const COL_PCT_SHORT: &str = "Tỷ lệ";
pub const COL_NOTE: &str = "Ghi chú";

pub fn minutes_threshold(summoned: u32, needed: u32) -> String {
    format!(
        "Theo Quy chế bầu cử trong Đảng, người trúng cử phải được quá một nửa số đảng viên chính thức được triệu tập ({summoned}), tức ít nhất {needed} phiếu."
    )
}

pub fn minutes_elected_intro(office: &str) -> String {
    format!("Các đồng chí trúng cử {office} (theo thứ tự số phiếu từ cao xuống thấp):")
}

/// "1. Đồng chí Nguyễn Văn An: 10 phiếu, đạt 90,91%."
pub fn minutes_elected_line(n: usize, name: &str, votes: u32, pct: &str) -> String {
    format!("{n}. Đồng chí {name}: {votes} phiếu, đạt {pct}.")
}

pub const MINUTES_NOBODY: &str = "Không có đồng chí nào trúng cử trong lần bầu này.";

pub const MINUTES_CLOSING: &str = "Biên bản lập xong lúc ..... giờ ..... cùng ngày, đã được Ban kiểm phiếu thông qua và công bố trước Đại hội.";

pub fn minutes_file(round_object: &str, branch_name: &str) -> String {
    format!("Biên bản kiểm phiếu bầu {round_object} - {branch_name}")
}

pub fn no_round(index: usize) -> String {
    format!(
        "Không có lần bầu thứ {} để lập biên bản. Hãy chọn lại lần bầu.",
        index + 1
    )
}
