//! The congress-day papers (issue 13): every paper generated for a branch
//! with a committee and for a secretary-only branch, written as .docx and
//! read back from the file. Set CONGRESS_PAPERS_OUT=DIR to keep the files.

use crate::election_support;
use daihoi::docgen::papers::{self, PaperKind, PaperTemplates};
use daihoi::docgen::{Templates, layout};
use daihoi::model::*;
use daihoi::rules::election::{self, ballots};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

fn ward() -> Ward {
    let mut w = Ward {
        name: "Đảng bộ phường Hòa Bình".into(),
        superior_name: "Đảng bộ thị xã Sông Lam".into(),
        committee_name: "Đảng ủy phường Hòa Bình".into(),
        place: "Hòa Bình".into(),
        ..Ward::default()
    };
    w.signers.ward_title = "PHÓ BÍ THƯ".into();
    w.signers.ward_name = "Lê Thị Thu".into();
    w
}

fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), d).ok()
}

fn round(office: Office, seats: u32, votes: &[(MemberId, u32)], ballots: u32) -> ElectionRound {
    ElectionRound {
        office: Some(office),
        round: 1,
        seats,
        ballots_issued: ballots,
        ballots_returned: ballots,
        ballots_valid: ballots,
        ballots_invalid: 0,
        votes: votes
            .iter()
            .map(|&(member, votes)| CandidateVotes { member, votes })
            .collect(),
    }
}

fn read(crossed: &[MemberId]) -> BallotRead {
    BallotRead {
        crossed: crossed.to_vec(),
        not_issued: false,
    }
}

/// 11 full members; Dung absent with a reason, Em without; the congress
/// elected a committee of 3 from 4 names (ballot by ballot, entered twice),
/// then the secretary and deputy; ratified; 5 counters.
fn committee_branch() -> Branch {
    let mut b = election_support::village_branch(&[
        "Nguyễn Văn Ân",
        "Trần Thị Bình",
        "Lê Văn Ánh",
        "Phạm Thị Dung",
        "Hoàng Văn Em",
        "Võ Thị Giang",
        "Đặng Văn Hải",
        "Bùi Thị Hoa",
        "Đỗ Văn Khánh",
        "Ngô Thị Lan",
        "Dương Văn Minh",
    ]);
    for id in 1..=3 {
        b.member_mut(id).unwrap().outgoing_role = if id == 1 {
            CommitteeRole::Secretary
        } else if id == 2 {
            CommitteeRole::Deputy
        } else {
            CommitteeRole::Member
        };
    }
    b.congress.date = ymd(2025, 8, 5);
    b.congress.time = "7 giờ 30".into();
    b.congress.place = "Nhà văn hóa thôn An Phú".into();
    b.congress.guests = "Đồng chí Lê Thị Thu, Phó Bí thư Đảng ủy phường".into();
    b.member_mut(4).unwrap().attendance = Attendance::Absent {
        reason: "Đi viện".into(),
        accepted: true,
    };
    b.member_mut(5).unwrap().attendance = Attendance::Absent {
        reason: String::new(),
        accepted: false,
    };
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 6];
    b.results.counting_committee = vec![7, 8, 9, 10, 11];
    b.day.presidium = vec![1, 2];
    b.day.secretariat = vec![3];
    b.day.notes = vec![
        CongressNote {
            topic: NoteTopic::Discussion,
            speaker: "Võ Thị Giang".into(),
            text: "Đề nghị bổ sung chỉ tiêu nước sạch vào Nghị quyết.".into(),
        },
        CongressNote {
            topic: NoteTopic::SuperiorSpeech,
            speaker: "Lê Thị Thu".into(),
            text: "Ghi nhận kết quả nhiệm kỳ qua; chi bộ cần chú trọng phát triển đảng viên."
                .into(),
        },
    ];
    b.day.resolution_vote = Some(HandVote {
        agree: 9,
        disagree: 0,
    });
    // 9 ballots: 7 cross Giang, 1 crosses Ánh, 1 crosses nobody (4 kept: invalid).
    let mut entry = BallotEntry {
        clerk: "Máy 1".into(),
        ballots: (0..7).map(|_| read(&[6])).collect(),
    };
    entry.ballots.push(read(&[3]));
    entry.ballots.push(read(&[]));
    let mut committee = round(Office::Committee, 3, &[(1, 0), (2, 0), (3, 0), (6, 0)], 9);
    let t = ballots::tally_entry(&ballots::round_candidates(&committee), 3, &entry);
    ballots::apply(&mut committee, &t);
    let mut second = entry.clone();
    second.clerk = "Máy 2".into();
    b.round_ballots_mut(Some(Office::Committee), 1).entries = vec![entry, second];
    b.results.rounds = vec![
        committee,
        round(Office::Secretary, 1, &[(1, 9)], 9),
        round(Office::Deputy, 1, &[(2, 8)], 9),
    ];
    b.results.held = true;
    b.results.elected = election::tally(&Ward::default().rules, &b).elected();
    b.ratification.decision_number = "125".into();
    b.ratification.decided_on = ymd(2025, 8, 20);
    b.ratification.requested_on = ymd(2025, 8, 7);
    b.dossier.set(DossierItem::RollCall, FiledState::Present);
    b.dossier.set(DossierItem::Minutes, FiledState::Unsigned);
    b.draft_comments = vec![DraftComment {
        document: "Dự thảo Báo cáo chính trị Đại hội Đảng bộ phường".into(),
        part: "Phần II, mục 3".into(),
        comment: "Nên nêu rõ chỉ tiêu giảm nghèo.".into(),
    }];
    b
}

/// 5 full members and 1 probationary, all present; elects a secretary and
/// a deputy; no notes typed, no presidium entered, not yet ratified.
fn secretary_branch() -> Branch {
    let mut b = election_support::village_branch(&[
        "Nguyễn Văn Ân",
        "Trần Thị Bình",
        "Lê Văn Ánh",
        "Phạm Thị Dung",
        "Hoàng Văn Em",
    ]);
    b.id = "dong-xuan".into();
    b.name = "Chi bộ Thôn Đông Xuân".into();
    b.add_member(Member {
        full_name: "Vũ Văn Phúc".into(),
        status: MemberStatus::Probationary,
        attendance: Attendance::Present,
        ..Member::default()
    });
    b.member_mut(1).unwrap().outgoing_role = CommitteeRole::Secretary;
    b.drafts.personnel.committee_size = 0;
    b.congress.date = ymd(2025, 8, 6);
    b.congress.place = "Nhà văn hóa thôn Đông Xuân".into();
    b.results.counting_committee = vec![3, 4, 5];
    b.results.rounds = vec![
        round(Office::Secretary, 1, &[(1, 5)], 5),
        round(Office::Deputy, 1, &[(2, 4)], 5),
    ];
    b.results.held = true;
    b.results.elected = election::tally(&Ward::default().rules, &b).elected();
    b.draft_comments = vec![DraftComment {
        document: "dự thảo báo cáo chính trị đại hội đảng bộ phường".into(),
        part: "Phần I".into(),
        comment: "Bổ sung kết quả xây dựng nông thôn mới.".into(),
    }];
    b
}

/// Paragraph texts of a .docx's document.xml, one per line.
fn docx_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut out = String::new();
    for para in xml.split("</w:p>") {
        let mut line = String::new();
        let mut rest = para;
        while let Some(i) = rest.find("<w:t") {
            rest = &rest[i + 4..];
            if !(rest.starts_with('>') || rest.starts_with(' ')) {
                continue;
            }
            let Some(start) = rest.find('>') else { break };
            let Some(end) = rest.find("</w:t>") else {
                break;
            };
            line.push_str(&rest[start + 1..end]);
            rest = &rest[end..];
        }
        out.push_str(
            &line
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
                // Non-breaking spaces (terms, numbers) read as spaces.
                .replace('\u{a0}', " "),
        );
        out.push('\n');
    }
    out
}

fn out_dir(name: &str) -> (Option<tempfile::TempDir>, PathBuf) {
    match std::env::var_os("CONGRESS_PAPERS_OUT") {
        Some(d) => {
            let p = PathBuf::from(d).join(name);
            std::fs::create_dir_all(&p).unwrap();
            (None, p)
        }
        None => {
            let t = tempfile::tempdir().unwrap();
            let p = t.path().to_path_buf();
            (Some(t), p)
        }
    }
}

/// Write every paper of `b` and read each back: file name → text.
fn written(w: &Ward, b: &Branch, name: &str) -> BTreeMap<String, String> {
    let (_keep, dir) = out_dir(name);
    let report =
        papers::write_congress_papers(w, b, &PaperTemplates::builtin(), &dir).expect("papers");
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let mut out = BTreeMap::new();
    for p in &report.written {
        let file = p.file_name().unwrap().to_string_lossy().into_owned();
        out.insert(file, docx_text(p));
    }
    // One combined file of what exists.
    let docs =
        papers::dossier_combined(w, b, &Templates::builtin(), &PaperTemplates::builtin()).unwrap();
    let combined = dir.join(
        daihoi::docgen::safe_file_name(&daihoi::strings::papers::dossier_combined_file(&b.name))
            + ".docx",
    );
    std::fs::write(&combined, layout::to_docx(&docs).unwrap()).unwrap();
    out.insert("(gộp)".into(), docx_text(&combined));
    out
}

fn file<'a>(files: &'a BTreeMap<String, String>, starts: &str) -> &'a str {
    files
        .iter()
        .find(|(k, _)| k.starts_with(starts))
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no file starting {starts:?} in {:?}", files.keys()))
}

fn has(text: &str, want: &str) {
    assert!(text.contains(want), "missing {want:?} in:\n{text}");
}

fn lacks(text: &str, unwanted: &str) {
    assert!(
        !text.contains(unwanted),
        "unexpected {unwanted:?} in:\n{text}"
    );
}

#[test]
fn committee_branch_papers_read_back() {
    let (w, b) = (ward(), committee_branch());
    let files = written(&w, &b, "committee");
    let names: Vec<&str> = files.keys().map(|k| k.as_str()).collect();
    // Rounds are named in every election paper's file name.
    for want in [
        "Danh sách đảng viên dự đại hội - Chi bộ Thôn An Phú.docx",
        "Biên bản kiểm phiếu bầu Chi ủy (lần 1) - Chi bộ Thôn An Phú.docx",
        "Biên bản kiểm phiếu bầu Bí thư (lần 1) - Chi bộ Thôn An Phú.docx",
        "Bảng kê từng phiếu bầu Chi ủy (lần 1) - Chi bộ Thôn An Phú.docx",
        "Biên bản đại hội - Chi bộ Thôn An Phú.docx",
        "Tờ trình đề nghị chuẩn y kết quả bầu cử - Chi bộ Thôn An Phú.docx",
        "Quyết định chuẩn y kết quả bầu cử - Chi bộ Thôn An Phú.docx",
        "Danh mục hồ sơ đại hội - Chi bộ Thôn An Phú.docx",
    ] {
        assert!(names.contains(&want), "{want} not in {names:?}");
    }
    // No ballots once the congress is held.
    assert!(
        !names.iter().any(|n| n.starts_with("Phiếu bầu")),
        "{names:?}"
    );

    let t = file(&files, "Danh sách đảng viên");
    has(t, "DANH SÁCH");
    has(
        t,
        "Đảng viên dự Đại hội Chi bộ Thôn An Phú lần thứ 1, nhiệm kỳ 2025 - 2027",
    );
    has(
        t,
        "Số đảng viên được triệu tập: 11 đồng chí (đều là đảng viên chính thức).",
    );
    has(t, "Ký tên");
    // Vietnamese order: Ánh before Ân; the absentees noted.
    let a = t.find("Lê Văn Ánh").unwrap();
    assert!(a < t.find("Nguyễn Văn Ân").unwrap());
    has(t, "vắng có lý do (Đi viện)");
    has(t, "vắng không lý do");
    has(t, "T/M CHI ỦY");

    // The chair's script: the agenda's steps in order, numbers filled in,
    // blanks where the hall decides.
    let t = file(&files, "Kịch bản điều hành đại hội");
    has(t, "KỊCH BẢN");
    has(
        t,
        "Điều hành Đại hội Chi bộ Thôn An Phú lần thứ 1, nhiệm kỳ 2025 - 2027",
    );
    let at = |x: &str| {
        t.find(x)
            .unwrap_or_else(|| panic!("missing {x:?} in:\n{t}"))
    };
    assert!(at("Báo cáo chính trị của Chi ủy") < at("Trình bày Báo cáo kiểm điểm sự lãnh đạo"));
    assert!(at("Trình bày Báo cáo kiểm điểm sự lãnh đạo") < at("Ý kiến phát biểu:"));
    assert!(at("Ý kiến phát biểu:") < at("phát biểu chỉ đạo Đại hội"));
    assert!(at("phát biểu chỉ đạo Đại hội") < at("Biểu quyết số lượng Chi ủy"));
    has(
        t,
        "Tổng số đảng viên được triệu tập: 11 đồng chí. Có mặt: 9 đồng chí, đạt 81,8%.",
    );
    has(t, "Vắng mặt: 2 đồng chí (1 có lý do, 1 không có lý do).");
    has(t, "để tính kết quả bầu cử: 10 đồng chí.");
    has(t, "số lượng Chi ủy nhiệm kỳ 2025 - 2027 là 3 đồng chí");
    has(t, "danh sách đề cử gồm 4 đồng chí (xếp theo tên):");
    has(
        t,
        "- Đồng chí Lê Văn Ánh\n- Đồng chí Nguyễn Văn Ân\n- Đồng chí Trần Thị Bình\n- Đồng chí Võ Thị Giang\n",
    );
    has(
        t,
        "quá 30% số đảng viên có mặt đồng ý (từ 3 đồng chí trở lên)",
    );
    has(t, "Ứng cử, đề cử thêm: ………");
    has(t, "Xin rút khỏi danh sách: ………");
    has(t, "(10 đồng chí), tức từ 6 phiếu trở lên");
    has(
        t,
        "Phiếu không hợp lệ là phiếu không do Ban kiểm phiếu phát ra và phiếu giữ lại nhiều tên hơn số lượng cần bầu.",
    );
    has(t, "Bầu Bí thư, Phó Bí thư");
    has(t, "Người thực hiện: ");
    has(t, "(đồng chí Nguyễn Văn Ân)");
    has(t, "Bế mạc");

    let t = file(&files, "Biên bản đại hội");
    has(t, "ĐẠI HỘI CHI BỘ THÔN AN PHÚ");
    has(
        t,
        "Hôm nay, ngày 05 tháng 8 năm 2025, vào lúc 7 giờ 30, tại Nhà văn hóa thôn An Phú",
    );
    has(
        t,
        "Số đảng viên được triệu tập: 11 đồng chí; có mặt: 9 đồng chí (đạt 81,8%).",
    );
    has(t, "Đồng chí Phạm Thị Dung: vắng có lý do (Đi viện).");
    has(t, "Đồng chí Hoàng Văn Em: vắng không lý do.");
    has(t, "Đoàn Chủ tịch Đại hội:");
    has(
        t,
        "Đồng chí Võ Thị Giang: Đề nghị bổ sung chỉ tiêu nước sạch vào Nghị quyết.",
    );
    has(t, "Đồng chí Lê Thị Thu: Ghi nhận kết quả nhiệm kỳ qua");
    has(t, "Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy");
    has(t, "Bầu Chi ủy (lần 1)");
    has(
        t,
        "Số phiếu phát ra: 9; thu vào: 9; hợp lệ: 8; không hợp lệ: 1.",
    );
    has(t, "từ 6 phiếu trở lên");
    has(t, "Đồng chí Nguyễn Văn Ân: 8 phiếu");
    has(t, "Chi ủy nhiệm kỳ 2025 - 2027 gồm các đồng chí:");
    has(t, "Đồng chí Nguyễn Văn Ân, Bí thư.");
    has(t, "9 đồng chí tán thành, 0 đồng chí không tán thành");
    has(t, "THƯ KÝ ĐẠI HỘI");
    has(t, "T/M ĐOÀN CHỦ TỊCH");
    lacks(t, &"…".repeat(60));

    let t = file(&files, "Tờ trình đề nghị chuẩn y");
    has(t, "Số     -TTr/CB");
    has(t, "Hòa Bình, ngày 07 tháng 8 năm 2025");
    has(
        t,
        "Đề nghị chuẩn y kết quả bầu cử Chi ủy, Bí thư, Phó Bí thư Chi bộ Thôn An Phú",
    );
    has(t, "Kính gửi: Đảng ủy phường Hòa Bình");
    has(t, "Chi ủy nhiệm kỳ 2025 - 2027 gồm 3 đồng chí:");
    has(t, "Ban Chấp hành Trung ương");
    has(t, "T/M CHI ỦY");
    lacks(t, "chỉ định Bí thư");

    let t = file(&files, "Quyết định chuẩn y");
    has(t, "ĐẢNG BỘ THỊ XÃ SÔNG LAM");
    has(t, "ĐẢNG ỦY PHƯỜNG HÒA BÌNH");
    has(t, "Số 125-QĐ/ĐU");
    has(t, "Hòa Bình, ngày 20 tháng 8 năm 2025");
    has(t, "QUYẾT ĐỊNH");
    has(t, "BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG HÒA BÌNH");
    has(
        t,
        "Điều 1. Chuẩn y Chi ủy Chi bộ Thôn An Phú nhiệm kỳ 2025 - 2027 gồm 3 đồng chí:",
    );
    has(t, "Đồng chí Trần Thị Bình, Phó Bí thư.");
    has(t, "T/M BAN THƯỜNG VỤ");
    has(t, "PHÓ BÍ THƯ");
    has(t, "Lê Thị Thu");

    let t = file(&files, "Biên bản kiểm phiếu bầu Chi ủy (lần 1)");
    has(t, "Kiểm phiếu bầu Chi ủy (lần 1) Chi bộ Thôn An Phú");
    has(
        t,
        "số đảng viên chính thức được triệu tập: 10; có mặt: 9; vắng mặt: 1.",
    );
    has(
        t,
        "Không tính vào số đảng viên chính thức được triệu tập: 1 đồng chí vắng có lý do.",
    );
    has(
        t,
        "Số lượng cần bầu (Đại hội đã biểu quyết): 3; số người trong danh sách bầu cử: 4.",
    );
    has(
        t,
        "Lý do phiếu không hợp lệ: 1 phiếu để lại nhiều tên hơn số cần bầu.",
    );
    // Winners from highest to lowest.
    let first = t
        .find("1. Đồng chí Nguyễn Văn Ân: 8 phiếu")
        .expect("Ân first");
    let third = t
        .find("3. Đồng chí Lê Văn Ánh: 7 phiếu")
        .expect("Ánh third");
    assert!(first < third);
    // Five counters sign.
    for n in [
        "Đặng Văn Hải",
        "Bùi Thị Hoa",
        "Đỗ Văn Khánh",
        "Ngô Thị Lan",
        "Dương Văn Minh",
    ] {
        has(t, n);
    }

    let t = file(&files, "Bảng kê từng phiếu");
    has(t, "Người nhập: Máy 1.");
    has(t, "Không hợp lệ: để lại 4 tên, nhiều hơn 3 người cần bầu");
    has(
        t,
        "Số phiếu đã đọc: 9; hợp lệ: 8; không hợp lệ: 1 (1 phiếu để lại nhiều tên hơn số cần bầu).",
    );
    has(t, "Đồng chí Võ Thị Giang: 1 phiếu.");
    has(t, "Hai lần nhập khớp nhau: 9 phiếu");

    let t = file(&files, "Danh mục hồ sơ");
    has(t, "Đã có đủ chữ ký 1/11 tài liệu; còn thiếu 9; chưa ký 1.");
    has(t, "Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy");
    has(t, "Chưa ký");

    // The combined dossier holds the packet and the papers.
    let t = &files["(gộp)"];
    has(t, "BÁO CÁO");
    has(t, "Đảng viên dự Đại hội Chi bộ Thôn An Phú");
    has(t, "T/M BAN THƯỜNG VỤ");
}

#[test]
fn secretary_only_branch_papers_read_back() {
    let (w, b) = (ward(), secretary_branch());
    let files = written(&w, &b, "secretary");
    let names: Vec<&str> = files.keys().map(|k| k.as_str()).collect();
    assert!(
        !names.iter().any(|n| n.contains("Chi ủy")),
        "no committee paper for a secretary-only branch: {names:?}"
    );
    assert!(names.contains(&"Biên bản kiểm phiếu bầu Bí thư (lần 1) - Chi bộ Thôn Đông Xuân.docx"));
    for (name, t) in &files {
        if name == "(gộp)" {
            continue;
        }
        lacks(t, "Chi ủy");
        lacks(t, "CHI ỦY");
    }
    let t = file(&files, "Danh sách đảng viên");
    has(
        t,
        "Số đảng viên được triệu tập: 6 đồng chí (5 đảng viên chính thức, 1 đảng viên dự bị).",
    );
    has(t, "Vũ Văn Phúc");
    has(t, "T/M CHI BỘ");

    let t = file(&files, "Kịch bản điều hành đại hội");
    has(
        t,
        "Chi bộ có 5 đảng viên chính thức nên Đại hội bầu trực tiếp Bí thư chi bộ.",
    );
    has(
        t,
        "Báo cáo chính trị trình Đại hội (trong đó có phần tự kiểm điểm của Bí thư chi bộ)",
    );
    has(t, "Chủ tịch Đại hội gồm các đồng chí:");
    has(t, "- Đồng chí ………");
    lacks(t, "Báo cáo kiểm điểm");
    has(t, "Có mặt: 6 đồng chí, đạt 100%");

    let t = file(&files, "Biên bản đại hội");
    has(t, "có mặt: 6 đồng chí (đạt 100%)");
    lacks(t, "Vắng mặt");
    // Nothing typed: lined space to write by hand (each paragraph of dots
    // exactly one line), blanks for the presidium.
    let line = layout::dotted_line(&layout::PageSetup::from_settings(&w.layout));
    assert!(t.lines().any(|l| l == line), "a line of dots in:\n{t}");
    has(t, "Đoàn Chủ tịch Đại hội: ………");
    lacks(t, "Báo cáo kiểm điểm");
    has(t, "Chi bộ nhiệm kỳ 2025 - 2027 gồm các đồng chí:");
    has(t, "Đồng chí Nguyễn Văn Ân, Bí thư.");
    has(t, "……… đồng chí tán thành");

    let t = file(&files, "Tờ trình đề nghị chuẩn y");
    has(
        t,
        "Đề nghị chuẩn y kết quả bầu cử Bí thư, Phó Bí thư Chi bộ Thôn Đông Xuân",
    );
    has(t, "1. Bí thư, Phó Bí thư nhiệm kỳ 2025 - 2027:");
    has(t, "T/M CHI BỘ");
    has(t, "Hòa Bình, ngày    tháng    năm 2025");

    let t = file(&files, "Quyết định chuẩn y");
    has(t, "Số     -QĐ/ĐU");
    has(
        t,
        "Điều 1. Chuẩn y kết quả bầu cử Bí thư, Phó Bí thư Chi bộ Thôn Đông Xuân",
    );
    has(t, "Điều 2. Đồng chí Bí thư có nhiệm vụ");

    let t = file(&files, "Danh mục hồ sơ");
    lacks(t, "Báo cáo kiểm điểm");
    has(t, "Đã có đủ chữ ký 0/10 tài liệu; còn thiếu 10.");
}

/// Before the congress: the roll-call list and the ballots of the first
/// round, named with their round; no minutes, no ratification.
#[test]
fn before_the_congress_roll_call_and_ballots_only() {
    let w = ward();
    let mut b = committee_branch();
    b.results = ElectionResults::default();
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 6];
    let files = written(&w, &b, "before");
    let names: Vec<&str> = files.keys().map(|k| k.as_str()).collect();
    assert!(
        names.contains(&"Phiếu bầu Chi ủy (lần 1) - Chi bộ Thôn An Phú.docx"),
        "{names:?}"
    );
    assert!(
        names.contains(&"Phiếu bầu Bí thư (lần 1) - Chi bộ Thôn An Phú.docx"),
        "{names:?}"
    );
    assert!(
        !names.iter().any(|n| n.starts_with("Biên bản")),
        "{names:?}"
    );
    assert!(
        !names.iter().any(|n| n.starts_with("Tờ trình")),
        "{names:?}"
    );
    has(file(&files, "Phiếu bầu Chi ủy"), "(Bầu lần 1)");
    assert!(!PaperKind::ALL.is_empty());
}

#[test]
fn comments_summary_groups_by_document() {
    let w = ward();
    let (a, b) = (committee_branch(), secretary_branch());
    let doc = papers::comments_summary(&w, &[&a, &b], ymd(2025, 7, 1));
    let (_keep, dir) = out_dir("comments");
    let path = dir.join(papers::comments_file(&w));
    std::fs::write(&path, layout::to_docx(std::slice::from_ref(&doc)).unwrap()).unwrap();
    let t = docx_text(&path);
    has(
        t.as_str(),
        "Tổng hợp ý kiến góp ý của các chi bộ trực thuộc Đảng bộ phường Hòa Bình vào các dự thảo văn kiện đại hội",
    );
    has(&t, "Có 2 chi bộ gửi 2 ý kiến góp ý vào 1 dự thảo văn kiện");
    has(&t, "1. Dự thảo Báo cáo chính trị Đại hội Đảng bộ phường");
    has(&t, "Nên nêu rõ chỉ tiêu giảm nghèo.");
    has(&t, "Bổ sung kết quả xây dựng nông thôn mới.");
    has(&t, "Chi bộ Thôn Đông Xuân");
    has(&t, "ĐẢNG ỦY PHƯỜNG HÒA BÌNH");
}

#[test]
fn paper_templates_check_clean() {
    let errors = PaperTemplates::builtin().check(&ward());
    assert!(errors.is_empty(), "{errors:?}");
}

/// `daihoi render --all` writes every branch's congress-day papers in a
/// subfolder "Đại hội" of its folder: the roll-call list for every branch,
/// the minutes and the ratification papers where the congress was held.
#[test]
fn render_writes_congress_papers_in_a_subfolder() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let run = |args: &[&str]| {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_daihoi"))
            .args(args)
            .output()
            .expect("run daihoi");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        (o.status.code(), text)
    };
    let (code, text) = run(&["demo", ws.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{text}");
    let out = tmp.path().join("out");
    let (code, text) = run(&[
        "render",
        "--workspace",
        ws.to_str().unwrap(),
        "--all",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{text}");
    let loaded = daihoi::store::Workspace::new(&ws).load();
    let mut held = 0;
    for b in &loaded.branches {
        let dir = daihoi::docgen::batch::branch_dir(&out, b).join("Đại hội");
        let roll = dir.join(format!("Danh sách đảng viên dự đại hội - {}.docx", b.name));
        assert!(roll.is_file(), "{} missing; {text}", roll.display());
        has(&docx_text(&roll), "Ký tên");
        let minutes = dir.join(format!("Biên bản đại hội - {}.docx", b.name));
        assert_eq!(minutes.is_file(), b.results.held, "{}", minutes.display());
        if b.results.held {
            held += 1;
            let t = docx_text(&minutes);
            has(&t, &format!("Đại hội {} lần thứ", b.name));
            assert!(
                dir.join(format!("Hồ sơ đại hội (gộp) - {}.docx", b.name))
                    .is_file()
            );
            if !b.results.rounds.is_empty() {
                assert!(
                    dir.join(format!(
                        "Tờ trình đề nghị chuẩn y kết quả bầu cử - {}.docx",
                        b.name
                    ))
                    .is_file()
                );
            }
        }
    }
    assert!(held >= 1, "the demo holds at least one congress");
    // One branch: the papers go to OUT/Đại hội.
    let one = tmp.path().join("one");
    let id = &loaded.branches[0].id;
    let (code, text) = run(&[
        "render",
        "--workspace",
        ws.to_str().unwrap(),
        "--branch",
        id,
        "--out",
        one.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{text}");
    assert!(one.join("Đại hội").is_dir(), "{text}");
}

/// A counting committee of five signs the biên bản kiểm phiếu on one row,
/// every name whole on its line (read back from the PDF when LibreOffice
/// and pdftotext are there).
#[test]
fn five_counters_sign_on_one_row() {
    let w = ward();
    let b = committee_branch();
    let names: Vec<String> = b
        .results
        .counting_committee
        .iter()
        .map(|id| b.member(*id).unwrap().full_name.clone())
        .collect();
    assert_eq!(names.len(), 5);
    let doc = daihoi::docgen::counting_minutes::minutes(&w, &b, 0).expect("minutes");
    let bytes = layout::to_docx(std::slice::from_ref(&doc)).unwrap();
    let (_keep, dir) = out_dir("five-counters");
    let path = dir.join("bien-ban-kiem-phieu.docx");
    std::fs::write(&path, &bytes).unwrap();
    let mut xml = String::new();
    zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .unwrap()
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let signatures = &xml[xml.rfind("<w:tbl>").expect("signature table")..];
    assert_eq!(signatures.matches("<w:tr>").count(), 1, "one row");
    assert_eq!(signatures.matches("<w:gridCol ").count(), 5, "five columns");
    for n in &names {
        assert!(signatures.contains(n.as_str()), "{n} signs");
    }
    let Some(soffice) = daihoi::docgen::pdf::find_libreoffice() else {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("LibreOffice is missing, and CI=true requires this test to run");
        }
        eprintln!("SKIPPED five counters through LibreOffice: soffice is not installed");
        return;
    };
    let pdf = daihoi::docgen::pdf::convert(&soffice, std::slice::from_ref(&path), &dir)
        .expect("LibreOffice ran")[0]
        .clone()
        .expect("a PDF");
    let Ok(out) = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
    else {
        eprintln!("SKIPPED five counters' names: pdftotext is not installed");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let row = text
        .lines()
        .find(|l| names.iter().all(|n| l.contains(n.as_str())))
        .unwrap_or_else(|| panic!("no line holds the five names whole:\n{text}"));
    assert!(row.find(&names[0]) < row.find(&names[4]), "{row}");
    assert!(
        text.lines()
            .any(|l| l.contains("TRƯỞNG BAN") && l.matches("ỦY VIÊN").count() == 4),
        "the five titles on one line:\n{text}"
    );
}
