//! Every sentence a document states is true (issue 11): the documents are
//! rendered to .docx, read back as text, and checked against the branch's
//! data and the rules; the checks catch what the documents cannot fix.

use daihoi::demo::demo_ward;
use daihoi::docgen::{self, Templates};
use daihoi::model::*;
use daihoi::rules::{self, Problem, Severity, election};
use std::io::Read as _;

/// The text of .docx bytes: one paragraph per line, tags stripped, the
/// XML entities and non-breaking spaces turned back into plain characters.
pub fn docx_bytes_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let xml = xml.replace("</w:p>", "\n").replace("<w:tab/>", "\t");
    let mut out = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
        .replace('\u{a0}', " ")
}

/// Every document of the branch's packet as (kind, text).
pub fn documents(ward: &Ward, b: &Branch) -> Vec<(DocKind, String)> {
    let t = Templates::builtin();
    docgen::packet_kinds(ward, b, &t)
        .into_iter()
        .map(|(k, _)| {
            let bytes = docgen::render_document(ward, b, k, &t).unwrap();
            (k, docx_bytes_text(&bytes))
        })
        .collect()
}

fn text_of(ward: &Ward, b: &Branch, kind: DocKind) -> String {
    let bytes = docgen::render_document(ward, b, kind, &Templates::builtin()).unwrap();
    docx_bytes_text(&bytes)
}

/// A line that says the branch does not elect a chi ủy (true of a
/// secretary-only branch).
fn says_no_chi_uy(line: &str) -> bool {
    [
        "không bầu chi ủy",
        "chưa đủ điều kiện bầu chi ủy",
        "không có chi ủy",
    ]
    .iter()
    .any(|s| line.contains(s))
}

fn demo_branch(id: &str) -> (Ward, Branch) {
    let (ward, branches) = demo_ward();
    let b = branches.into_iter().find(|b| b.id == id).unwrap();
    (ward, b)
}

/// DOMAIN.md "Election rules": whether a branch elects a chi ủy follows from
/// the rule alone (≥ 9 full members, exempted included), and every document's
/// wording follows from it.
#[test]
fn no_demo_branch_is_told_a_false_thing_about_its_chi_uy() {
    let (ward, branches) = demo_ward();
    let mut committee_branches = 0;
    let mut secretary_only = 0;
    for b in &branches {
        let elects = election::elects_committee(&ward.rules, b);
        let docs = documents(&ward, b);
        assert!(!docs.is_empty(), "{}", b.id);
        for (kind, text) in &docs {
            let lower = text.to_lowercase();
            if elects {
                assert!(
                    !lower.contains("không bầu chi ủy"),
                    "{} ({} full members), {kind:?} says it will not elect a chi ủy:\n{text}",
                    b.id,
                    election::full_members(b)
                );
                assert!(
                    !text.contains("Đại hội giao Bí thư"),
                    "{} {kind:?}:\n{text}",
                    b.id
                );
            } else {
                // No chi ủy now (the demo's secretary-only branches had none
                // in the outgoing term either) and none to elect.
                let mentions: Vec<&str> = text
                    .lines()
                    .filter(|l| {
                        let l = l.to_lowercase();
                        l.contains("chi ủy") && !says_no_chi_uy(&l)
                    })
                    .collect();
                assert!(
                    mentions.is_empty(),
                    "{} is secretary-only, but {kind:?} mentions a chi ủy: {mentions:#?}",
                    b.id
                );
            }
        }
        if elects {
            committee_branches += 1;
            let tt = &docs
                .iter()
                .find(|(k, _)| *k == DocKind::PersonnelPlan)
                .unwrap()
                .1;
            assert!(
                tt.contains("Chi ủy nhiệm kỳ"),
                "{}: the Tờ trình states the committee:\n{tt}",
                b.id
            );
        } else {
            secretary_only += 1;
        }
    }
    assert!(committee_branches >= 8 && secretary_only >= 3);
}

/// The branches the issue names: 17 and 20 full members, no plan drafted yet.
#[test]
fn branches_with_nine_or_more_full_members_elect_a_committee_even_before_planning() {
    for id in ["cong-an-phuong", "thon-bau-sen"] {
        let (ward, b) = demo_branch(id);
        assert!(election::full_members(&b) >= 9);
        let tt = text_of(&ward, &b, DocKind::PersonnelPlan);
        assert!(tt.contains("về nhân sự Chi ủy, Bí thư, Phó Bí thư"), "{tt}");
        assert!(
            tt.contains("Đại hội bầu Chi ủy, sau đó bầu Bí thư, Phó Bí thư"),
            "{tt}"
        );
        let nq = text_of(&ward, &b, DocKind::Resolution);
        assert!(nq.contains("Đại hội giao Chi ủy nhiệm kỳ"), "{nq}");
        assert!(
            nq.contains("Đại hội bầu Chi ủy, Bí thư, Phó Bí thư nhiệm kỳ"),
            "{nq}"
        );
    }
}

/// A committee-sized branch whose plan has no size yet: the Tờ trình leaves
/// the number to fill in rather than printing "0" or "không bầu chi ủy".
#[test]
fn a_missing_committee_size_is_a_blank_and_an_error() {
    let (ward, mut b) = demo_branch("thon-bau-sen");
    b.drafts.personnel.committee_size = 0;
    let tt = text_of(&ward, &b, DocKind::PersonnelPlan);
    assert!(
        tt.contains("Chi ủy nhiệm kỳ 2025 - 2027 gồm ………………… đồng chí"),
        "{tt}"
    );
    assert!(!tt.contains("gồm 0 đồng chí"));
    let p = error_at(&ward, &b, "drafts.personnel.committee_size");
    assert_eq!(p.doc, Some(DocKind::PersonnelPlan));
    b.drafts.personnel.committee_size = ward.rules.committee_max_size + 1;
    error_at(&ward, &b, "drafts.personnel.committee_size");
}

/// Secretary-only wording in every document: no "Báo cáo kiểm điểm … của Chi
/// ủy", no "bầu Chi ủy", no deputy where none is proposed or in office.
#[test]
fn a_secretary_only_branch_without_a_deputy_reads_so_everywhere() {
    let (ward, b) = demo_branch("tram-y-te-phuong");
    assert!(!election::elects_committee(&ward.rules, &b));
    assert!(b.drafts.personnel.deputy_candidate.is_none() && !b.drafts.personnel.elect_deputy);
    for (kind, text) in documents(&ward, &b) {
        assert!(
            !text.contains("Phó Bí thư"),
            "{kind:?} announces a deputy:\n{text}"
        );
        for l in text.to_lowercase().lines() {
            assert!(!l.contains("chi ủy") || says_no_chi_uy(l), "{kind:?}: {l}");
        }
    }
    let tt = text_of(&ward, &b, DocKind::PersonnelPlan);
    assert!(
        tt.contains("về nhân sự Bí thư Chi bộ Trạm Y tế phường"),
        "{tt}"
    );
    assert!(
        tt.contains("nên không bầu chi ủy; Đại hội bầu trực tiếp Bí thư chi bộ."),
        "{tt}"
    );
    let nq = text_of(&ward, &b, DocKind::Resolution);
    assert!(nq.contains("Đại hội giao Bí thư chi bộ nhiệm kỳ"), "{nq}");
    assert!(
        nq.contains("Sau khi thảo luận Báo cáo chính trị và ý kiến chỉ đạo của Đảng ủy phường"),
        "{nq}"
    );
}

#[test]
fn a_secretary_only_branch_with_a_deputy_elects_both_and_no_chi_uy() {
    let (ward, b) = demo_branch("tdp-bac-son");
    assert!(!election::elects_committee(&ward.rules, &b));
    let list = text_of(&ward, &b, DocKind::PersonnelList);
    assert!(
        list.contains("giới thiệu bầu Bí thư, Phó Bí thư Chi bộ"),
        "{list}"
    );
    let nq = text_of(&ward, &b, DocKind::Resolution);
    assert!(
        nq.contains("Đại hội bầu Bí thư, Phó Bí thư nhiệm kỳ"),
        "{nq}"
    );
    assert!(
        nq.contains("Đại hội giao Bí thư, Phó Bí thư chi bộ nhiệm kỳ"),
        "{nq}"
    );
}

/// DOMAIN.md: the election rules were issued by the Ban Chấp hành Trung ương
/// with Quyết định 190-QĐ/TW.
#[test]
fn the_election_rules_are_issued_by_the_central_committee() {
    let (ward, b) = demo_branch("thon-phu-my");
    let tt = text_of(&ward, &b, DocKind::PersonnelPlan);
    assert!(
        tt.contains("Quyết định số 190-QĐ/TW ngày 10/10/2024 của Ban Chấp hành Trung ương"),
        "{tt}"
    );
    assert!(!tt.contains("Bộ Chính trị"));
}

// ---- The checks ----

fn problems(ward: &Ward, b: &Branch) -> Vec<Problem> {
    rules::validate(ward, b)
}

fn error_at(ward: &Ward, b: &Branch, field: &str) -> Problem {
    let all = problems(ward, b);
    all.iter()
        .find(|p| p.severity == Severity::Error && p.field.to_string() == field)
        .cloned()
        .unwrap_or_else(|| panic!("no error at {field}: {all:#?}"))
}

fn no_error_at(ward: &Ward, b: &Branch, field: &str) {
    let all = problems(ward, b);
    assert!(
        !all.iter()
            .any(|p| p.severity == Severity::Error && p.field.to_string() == field),
        "unexpected error at {field}: {all:#?}"
    );
}

#[test]
fn secretary_or_deputy_not_a_nominee_is_an_error() {
    let (ward, mut b) = demo_branch("tdp-trung-hoa");
    no_error_at(&ward, &b, "drafts.personnel.secretary_candidate");
    let outsider = b
        .members
        .iter()
        .find(|m| m.is_full() && !b.drafts.personnel.committee_candidates.contains(&m.id))
        .unwrap()
        .id;
    b.drafts.personnel.secretary_candidate = Some(outsider);
    let p = error_at(&ward, &b, "drafts.personnel.secretary_candidate");
    assert!(p.message.contains("danh sách"), "{}", p.message);
    b.drafts.personnel.deputy_candidate = Some(outsider);
    error_at(&ward, &b, "drafts.personnel.deputy_candidate");
}

/// DOMAIN.md "Terms and timing": a term is named from the year of its congress.
#[test]
fn a_congress_date_outside_its_terms_first_year_is_an_error() {
    let (ward, mut b) = demo_branch("thon-phu-my");
    no_error_at(&ward, &b, "congress.date");
    b.congress.date = ymd(2024, 11, 14);
    let p = error_at(&ward, &b, "congress.date");
    assert!(p.message.contains("2024") && p.message.contains("2025"));
    b.congress.date = ymd(2026, 1, 5);
    error_at(&ward, &b, "congress.date");
}

#[test]
fn a_document_finished_after_the_congress_is_an_error() {
    let (ward, mut b) = demo_branch("tdp-trung-hoa");
    no_error_at(&ward, &b, "checklist.political_report");
    let congress = b.congress.date.unwrap();
    b.checklist.political_report.changed = Some(congress + time::Duration::days(2));
    let p = error_at(&ward, &b, "checklist.political_report");
    assert_eq!(p.doc, Some(DocKind::PoliticalReport));
}

/// The ward cannot approve the personnel plan before the Tờ trình asks it to.
#[test]
fn an_approval_dated_before_the_request_is_an_error() {
    let (ward, mut b) = demo_branch("tdp-trung-hoa");
    no_error_at(&ward, &b, "drafts.personnel.approval_ref");
    let request = rules::validate::request_date(&ward, &b).unwrap();
    let before = request - time::Duration::days(2);
    b.drafts.personnel.approval_ref = format!(
        "Công văn số 12-CV/ĐU ngày {}",
        daihoi::rules::format::short_date(before)
    );
    let p = error_at(&ward, &b, "drafts.personnel.approval_ref");
    assert!(
        p.message
            .contains(&daihoi::rules::format::short_date(request))
    );
    // Without a date in the letter, the date the plan was marked approved.
    b.drafts.personnel.approval_ref = "Công văn số 12-CV/ĐU".into();
    b.checklist.personnel_plan.changed = Some(before);
    error_at(&ward, &b, "checklist.personnel_plan");
}

/// The dates printed in a document's place-and-date lines ("Lạc An, ngày 30
/// tháng 8 năm 2025"); a line left blank for the signing date gives none.
fn printed_dates(place: &str, text: &str) -> Vec<Date> {
    let lead = format!("{place}, ngày ");
    text.lines()
        .filter_map(|l| l.trim().strip_prefix(lead.as_str()))
        .filter_map(|rest| {
            let w: Vec<&str> = rest.split_whitespace().collect();
            match w.as_slice() {
                [d, "tháng", m, "năm", y, ..] => {
                    ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
                }
                _ => None,
            }
        })
        .collect()
}

/// Issue 11 item 14: the demo is a ward a new user can believe. Every
/// congress opens its term in its own year (the five-year pilot only from
/// July 2025); the ward approves the personnel plan after the Tờ trình that
/// asks for it and before the congress; no document is finished or dated
/// after the congress; results are reported after it.
#[test]
fn no_demo_branch_contradicts_its_own_dates() {
    let (ward, branches) = demo_ward();
    let pilot_from = ymd(2025, 7, 1).unwrap();
    let (mut pilots, mut usual, mut approvals, mut printed) = (0, 0, 0, 0);
    for b in &branches {
        let c = &b.congress;
        let congress = c.date.unwrap();
        assert!(rules::terms::congress_date_fits(c, congress), "{}", b.id);
        assert_eq!(congress.year(), c.term_start, "{}", b.id);
        match c.term_end - c.term_start {
            5 => {
                pilots += 1;
                assert!(congress >= pilot_from, "{}: pilot term on {congress}", b.id);
            }
            2 => usual += 1,
            n => panic!("{}: a {n}-year term", b.id),
        }
        for kind in DocKind::ALL {
            if let Some(d) = b.checklist.get(kind).changed {
                assert!(d <= congress, "{} {kind:?}: {d} after {congress}", b.id);
            }
        }
        let request = rules::validate::request_date(&ward, b).unwrap();
        let p = &b.drafts.personnel;
        if !p.approval_ref.is_empty() {
            approvals += 1;
            let approved = rules::validate::date_in_text(&p.approval_ref)
                .unwrap_or_else(|| panic!("{}: no date in {}", b.id, p.approval_ref));
            assert!(
                request < approved && approved < congress,
                "{}: asked {request}, approved {approved}, congress {congress}",
                b.id
            );
            let marked = b.checklist.personnel_plan.changed.unwrap();
            assert!(request < marked, "{}: marked approved {marked}", b.id);
        }
        // The dates the documents print, read back from the .docx.
        for (kind, text) in documents(&ward, b) {
            let dates = printed_dates(&ward.place, &text);
            for d in &dates {
                printed += 1;
                assert!(
                    *d <= congress,
                    "{} {kind:?}: dated {d}, congress {congress}",
                    b.id
                );
            }
            if kind == DocKind::PersonnelPlan {
                assert_eq!(dates, [request], "{}: the Tờ trình's date", b.id);
            }
        }
        if b.results.held {
            let reported = b.results.reported_on.unwrap();
            assert!(reported >= congress, "{}: reported {reported}", b.id);
        }
    }
    assert!(
        pilots >= 2 && usual > pilots,
        "{pilots} pilot, {usual} usual"
    );
    assert!(approvals >= 3, "{approvals}");
    assert!(printed >= 40, "{printed} dates printed");
}

/// `daihoi check` on the demo reports exactly what the demo is meant to
/// show: two branches whose proposed list has one surplus candidate for five
/// seats (20%, above the 10–15% a convening committee should propose but
/// within the 30% a congress may accept). No errors: the demo is a ward a
/// new user can print from.
#[test]
fn the_demo_shows_exactly_its_intended_problems() {
    let (ward, branches) = demo_ward();
    let mut found: Vec<(String, Severity, String)> = branches
        .iter()
        .flat_map(|b| {
            rules::validate(&ward, b)
                .into_iter()
                .map(|p| (b.id.clone(), p.severity, p.field.to_string()))
        })
        .collect();
    found.sort();
    let expected = vec![
        (
            "tdp-trung-hoa".to_string(),
            Severity::Warning,
            "drafts.personnel.committee_candidates".to_string(),
        ),
        (
            "thon-phu-my".to_string(),
            Severity::Warning,
            "drafts.personnel.committee_candidates".to_string(),
        ),
    ];
    assert_eq!(found, expected);
    // The same through the command line.
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_daihoi");
    let demo = std::process::Command::new(bin)
        .arg("demo")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(demo.status.success());
    let out = std::process::Command::new(bin)
        .arg("--workspace")
        .arg(dir.path())
        .arg("check")
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("0 lỗi, 2 lưu ý"), "{text}");
    assert_eq!(
        text.matches("[drafts.personnel.committee_candidates]")
            .count(),
        2,
        "{text}"
    );
}

/// Issue 11 item 6: once results are entered the resolution is the adopted
/// one; before, it is the draft.
#[test]
fn a_held_congress_gets_the_adopted_resolution() {
    let (ward, b) = demo_branch("thon-dong-xuan");
    assert!(b.results.held);
    let nq = text_of(&ward, &b, DocKind::Resolution);
    assert!(!nq.contains("Dự thảo"), "{nq}");
    assert!(nq.contains("4. Kết quả bầu cử\n- Đồng chí "), "{nq}");
    assert!(nq.contains("T/M ĐẠI HỘI\nCHỦ TỊCH ĐOÀN"), "{nq}");
    let t = Templates::builtin();
    let n = docgen::packet_kinds(&ward, &b, &t)
        .into_iter()
        .find(|(k, _)| *k == DocKind::Resolution)
        .unwrap()
        .1;
    assert_eq!(
        docgen::document_file_name(&b, n, DocKind::Resolution),
        format!("{n:02} - Nghị quyết đại hội.docx")
    );
    let (ward, b) = demo_branch("tdp-trung-hoa");
    assert!(!b.results.held);
    let nq = text_of(&ward, &b, DocKind::Resolution);
    assert!(nq.contains("(Dự thảo)"), "{nq}");
    assert!(docgen::document_file_name(&b, 3, DocKind::Resolution).contains("Dự thảo Nghị quyết"));
    // One spelling of the presidium: the agenda and the signature agree.
    let agenda = text_of(&ward, &b, DocKind::Agenda);
    assert!(agenda.contains("Chủ tịch đoàn"), "{agenda}");
    assert!(!agenda.contains("Đoàn Chủ tịch"), "{agenda}");
}

/// Issue 11 item 4: the agenda in the order of DOMAIN.md.
#[test]
fn the_agenda_follows_the_guidance_order() {
    let (ward, b) = demo_branch("tdp-trung-hoa");
    let text = text_of(&ward, &b, DocKind::Agenda);
    let at = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("{s} missing from the agenda:\n{text}"))
    };
    let order = [
        "Chào cờ",
        "Bầu Chủ tịch đoàn, Thư ký Đại hội",
        "Thông qua chương trình, quy chế làm việc",
        "Tuyên bố lý do, giới thiệu đại biểu; diễn văn khai mạc",
        "Báo cáo tình hình đảng viên dự Đại hội",
        "Trình bày Báo cáo chính trị",
        "Trình bày Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy",
        "Thảo luận các báo cáo",
        "Phát biểu chỉ đạo của đại diện Đảng ủy phường",
        "Bầu cử",
        "Thông qua Nghị quyết Đại hội",
        "Bế mạc Đại hội (hát Quốc ca, Quốc tế ca)",
    ];
    for w in order.windows(2) {
        assert!(at(w[0]) < at(w[1]), "{} before {}:\n{text}", w[0], w[1]);
    }
    // A secretary-only branch: no committee report, nothing done by a chi ủy.
    let (ward, b) = demo_branch("truong-mam-non-hoa-sen");
    let text = text_of(&ward, &b, DocKind::Agenda);
    assert!(!text.contains("Báo cáo kiểm điểm sự lãnh đạo"), "{text}");
    assert!(
        !text.contains("| Chi ủy") && !text.contains("\nChi ủy\n"),
        "{text}"
    );
    assert!(text.contains("gồm phần tự kiểm điểm của Bí thư"), "{text}");
}

/// Issue 11 item 5: a number is given at signing. Blank ("Số     -BC/CB")
/// unless entered for that document; congress documents (issuer ĐẠI HỘI)
/// keep their own series.
#[test]
fn document_numbers_are_blank_unless_entered() {
    let (ward, mut b) = demo_branch("tdp-trung-hoa");
    let report = text_of(&ward, &b, DocKind::PoliticalReport);
    assert!(report.contains("Số     -BC/CB"), "{report}");
    let tt = text_of(&ward, &b, DocKind::PersonnelPlan);
    assert!(tt.contains("Số     -TTr/CB"), "{tt}");
    let nq = text_of(&ward, &b, DocKind::Resolution);
    assert!(nq.contains("Số     -NQ/ĐH"), "{nq}");
    b.checklist.personnel_plan.number = Some(7);
    b.checklist.resolution.number = Some(1);
    let tt = text_of(&ward, &b, DocKind::PersonnelPlan);
    assert!(tt.contains("Số 07-TTr/CB"), "{tt}");
    let nq = text_of(&ward, &b, DocKind::Resolution);
    assert!(nq.contains("Số 01-NQ/ĐH"), "{nq}");
    let report = text_of(&ward, &b, DocKind::PoliticalReport);
    assert!(report.contains("Số     -BC/CB"), "{report}");
}

/// Issue 11 item 11: an empty section prints dotted lines to write on, the
/// document is marked "(Dự thảo)", and `render` says which are unfinished.
#[test]
fn empty_sections_print_dotted_lines_and_mark_the_draft() {
    let (ward, b) = demo_branch("thon-go-cat");
    let t = Templates::builtin();
    let empty = docgen::empty_sections(&ward, &b, DocKind::PoliticalReport, &t);
    assert!(
        !empty.is_empty(),
        "the partial demo report has empty sections"
    );
    let text = text_of(&ward, &b, DocKind::PoliticalReport);
    for heading in &empty {
        let after = text
            .split_once(&format!("{heading}\n"))
            .unwrap_or_else(|| panic!("{heading} missing:\n{text}"))
            .1;
        assert!(after.starts_with("………"), "{heading}: {after:.80}");
    }
    assert!(text.contains("(Dự thảo)"), "{text}");
    // A fully drafted document has no empty section and no marker.
    let (ward, done) = demo_branch("tdp-trung-hoa");
    assert!(docgen::empty_sections(&ward, &done, DocKind::PoliticalReport, &t).is_empty());
    assert!(!text_of(&ward, &done, DocKind::PoliticalReport).contains("Dự thảo"));
    // `render` warns before anyone prints it.
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_daihoi");
    assert!(
        std::process::Command::new(bin)
            .arg("demo")
            .arg(dir.path())
            .output()
            .unwrap()
            .status
            .success()
    );
    let out = std::process::Command::new(bin)
        .arg("--workspace")
        .arg(dir.path())
        .args(["render", "--branch", "thon-go-cat", "--out"])
        .arg(dir.path().join("ra"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("văn bản còn trống mục"), "{stdout}");
    assert!(stdout.contains(&empty[0]), "{stdout}");
}

// ---- The ward report (item 8) and the one percentage rule (item 9) ----

fn ward_report_text(ward: &Ward, branches: &[Branch], date: Option<Date>) -> String {
    let t = docgen::ward_report::builtin_template();
    let bytes = docgen::ward_report::render(ward, branches, &t, date).unwrap();
    docx_bytes_text(&bytes)
}

/// Issue 11 item 8: categories that add up, no zero category, secretary-only
/// officers counted as chi ủy members, the superior's standing committee as
/// recipient, and a congress past its date without results "chưa báo cáo kết
/// quả".
#[test]
fn the_ward_report_reads_true() {
    let (ward, branches) = demo_ward();
    // Tổ dân phố Trung Hòa's congress (28/09/2025) is past on 30/09 but has
    // no results; thôn Phú Mỹ's (24/10) is still to come.
    let text = ward_report_text(&ward, &branches, ymd(2025, 9, 30));
    assert!(
        text.contains("Ban Thường vụ Tỉnh ủy Sông Châu (để báo cáo)"),
        "{text}"
    );
    assert!(!text.contains("Ban Thường vụ Đảng bộ"), "{text}");
    let reported = text
        .lines()
        .find(|l| l.contains("chưa báo cáo kết quả"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        reported.contains("Chi bộ tổ dân phố Trung Hòa"),
        "{reported}"
    );
    let not_held = text
        .lines()
        .find(|l| l.contains("chưa tổ chức đại hội"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(!not_held.contains("Trung Hòa"), "{not_held}");
    assert!(not_held.contains("Chi bộ thôn Phú Mỹ"), "{not_held}");
    // The demo's held congresses: Thôn Đông Xuân (committee) and Trường Mầm
    // non Hoa Sen (secretary only): its secretary is counted as a chi ủy member.
    let r = rules::rollup::rollup(&ward, &branches);
    assert_eq!(r.secretary_only.count, 1);
    assert!(r.secretary_only_people >= 1);
    assert!(
        text.contains(&format!(
            "Các chi bộ đã bầu {} đồng chí chi ủy viên (kể cả {} đồng chí bí thư, phó bí thư của 1 chi bộ không bầu chi ủy)",
            r.committee_members, r.secretary_only_people
        )),
        "{text}"
    );
    // The categories add up to the elected, each stated with its count.
    let line = text
        .lines()
        .find(|l| l.starts_with("- Trong "))
        .unwrap_or_else(|| panic!("{text}"));
    let numbers: Vec<u32> = line
        .split(" đồng chí")
        .filter_map(|part| part.rsplit(' ').next()?.parse().ok())
        .collect();
    assert_eq!(numbers[0], r.committee_members, "{line}");
    assert_eq!(numbers[1..].iter().sum::<u32>(), numbers[0], "{line}");
    // No clause about nobody.
    for l in text.lines() {
        assert!(
            !l.contains(" 0 đồng chí") && !l.contains("Có 0 ") && !l.starts_with("- Nữ 0"),
            "{l}"
        );
    }
    // Before any congress date nothing is "not reported".
    let early = ward_report_text(&ward, &branches, ymd(2025, 9, 10));
    assert!(!early.contains("chưa báo cáo kết quả"), "{early}");
}

/// Issue 11 item 9: one percentage rule from `ward.percent`, used by the
/// branch documents, the ward report and the congress papers; round half
/// up to one decimal by default, "cut" when the ward says so.
#[test]
fn one_percentage_rule_for_every_document() {
    let (mut ward, branches) = demo_ward();
    let dx = branches.iter().find(|b| b.id == "thon-dong-xuan").unwrap();
    assert_eq!(ward.percent, PercentRule::default());
    // Branch document: 1 surplus candidate for 7 seats.
    let tt = text_of(&ward, dx, DocKind::PersonnelPlan);
    assert!(tt.contains("tỷ lệ dư 14,3%"), "{tt}");
    // Congress papers: the counting minutes write one decimal, no "80,00%".
    let minutes = |ward: &Ward| {
        let doc = docgen::counting_minutes::minutes(ward, dx, 0).unwrap();
        docx_bytes_text(&docgen::layout::to_docx(&[doc]).unwrap())
    };
    let m = minutes(&ward);
    let pcts: Vec<&str> = m
        .split(|c: char| c.is_whitespace() || c == '|' || c == '(' || c == ',')
        .filter(|w| w.ends_with('%') || w.ends_with("%."))
        .collect();
    assert!(!pcts.is_empty(), "{m}");
    assert!(!m.contains(",00%"), "{m}");
    for piece in m.split('%').take(m.matches('%').count()) {
        // The number before the '%', read backwards: decimals come first.
        let backwards: String = piece
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == ',')
            .collect();
        let decimals = backwards.find(',').unwrap_or(0);
        assert!(decimals <= 1, "{backwards:?} in {m}");
    }
    // "cut" applies everywhere.
    ward.percent.rounding = Rounding::Cut;
    let tt = text_of(&ward, dx, DocKind::PersonnelPlan);
    assert!(tt.contains("tỷ lệ dư 14,2%"), "{tt}");
    let cut = minutes(&ward);
    assert_ne!(cut, m, "a vote share should differ when cut");
    // Ward report: Hoài Tân's 2/41 and 10/41.
    let (mut ht, ht_branches) = crate::rollup::hoai_tan();
    ht.percent = PercentRule::default();
    let rounded = ward_report_text(&ht, &ht_branches, ymd(2025, 8, 10));
    assert!(rounded.contains("2 đồng chí (4,9%)"), "{rounded}");
    assert!(rounded.contains("tỷ lệ 24,4%"), "{rounded}");
    ht.percent = PercentRule::CUT_THREE_SIGNIFICANT;
    let cut = ward_report_text(&ht, &ht_branches, ymd(2025, 8, 10));
    assert!(cut.contains("2 đồng chí (4,87%)"), "{cut}");
    assert!(cut.contains("tỷ lệ 24,3%"), "{cut}");
    // The setting is read from ward.ron.
    let ron = "(percent: (rounding: Cut, precision: Decimals(1)))";
    let w: Ward = ron::from_str(ron).unwrap();
    assert_eq!(w.percent.rounding, Rounding::Cut);
}

/// Issue 11 item 11: the batch summary counts the packets that still have
/// a document with empty sections ("16 bộ hồ sơ, 13 còn văn bản chưa soạn").
#[test]
fn the_batch_summary_counts_unfinished_packets() {
    let (ward, branches) = demo_ward();
    let t = Templates::builtin();
    let unfinished = branches
        .iter()
        .filter(|b| !daihoi::ops::unfinished(&ward, b, &t).is_empty())
        .count();
    assert!(0 < unfinished && unfinished < branches.len());
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_daihoi");
    let demo = std::process::Command::new(bin)
        .arg("demo")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(demo.status.success());
    let out = std::process::Command::new(bin)
        .arg("--workspace")
        .arg(dir.path())
        .args(["render", "--all", "--out"])
        .arg(dir.path().join("ra"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let expected = daihoi::strings::ward::batch_unfinished(branches.len(), unfinished);
    assert!(
        expected.starts_with(&format!(
            "{} bộ hồ sơ, {unfinished} còn văn bản chưa soạn",
            branches.len()
        )),
        "{expected}"
    );
    assert!(stdout.contains(&expected), "{stdout}");
}

fn document_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// The `<w:p>` holding `text`.
fn paragraph_with<'a>(xml: &'a str, text: &str) -> &'a str {
    let at = xml
        .find(&format!(">{text}<"))
        .unwrap_or_else(|| panic!("{text} not found"));
    let start = xml[..at].rfind("<w:p>").unwrap();
    let end = at + xml[at..].find("</w:p>").unwrap();
    &xml[start..end]
}

/// Issue 11 item 13: "Nơi nhận" per HD 36 (label 14 pt upright underlined,
/// entries 12 pt), or the state style when the ward's settings say so.
#[test]
fn recipients_follow_hd36_or_the_wards_setting() {
    let (mut ward, b) = demo_branch("tdp-trung-hoa");
    let t = Templates::builtin();
    let bytes = docgen::render_document(&ward, &b, DocKind::PoliticalReport, &t).unwrap();
    let xml = document_xml(&bytes);
    let label = paragraph_with(&xml, "Nơi nhận");
    assert!(label.contains("<w:u w:val=\"single\"/>"), "{label}");
    assert!(label.contains("<w:sz w:val=\"28\"/>"), "{label}");
    assert!(
        !label.contains("<w:i/>") && !label.contains("<w:b/>"),
        "{label}"
    );
    let text = docx_bytes_text(&bytes);
    let entry = text
        .lines()
        .skip_while(|l| !l.starts_with("Nơi nhận"))
        .nth(1)
        .unwrap()
        .to_string();
    let entry_p = paragraph_with(&xml, &entry);
    assert!(entry_p.contains("<w:sz w:val=\"24\"/>"), "{entry_p}");
    assert!(!entry_p.contains("<w:i/>"), "{entry_p}");

    ward.layout.recipients = RecipientsStyle::State;
    let xml =
        document_xml(&docgen::render_document(&ward, &b, DocKind::PoliticalReport, &t).unwrap());
    let label = paragraph_with(&xml, "Nơi nhận:");
    assert!(
        label.contains("<w:b/>") && label.contains("<w:i/>"),
        "{label}"
    );
    assert!(label.contains("<w:sz w:val=\"24\"/>"), "{label}");
    assert!(!label.contains("<w:u "), "{label}");
    // Read from ward.ron.
    let w: Ward = ron::from_str("(layout: (recipients: State))").unwrap();
    assert_eq!(w.layout.recipients, RecipientsStyle::State);
}

// ---- Layout faults (item 12) ----

/// The `<w:tbl>` elements of a document.xml, in order.
fn tables(xml: &str) -> Vec<&str> {
    xml.match_indices("<w:tbl>")
        .map(|(i, _)| &xml[i..i + xml[i..].find("</w:tbl>").unwrap()])
        .collect()
}

fn grid_cols_mm(table: &str) -> Vec<f32> {
    table
        .split("<w:gridCol w:w=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].parse::<f32>().unwrap() * 25.4 / 1440.0)
        .collect()
}

/// Issue 11 item 12: non-breaking spaces in "2025 - 2030" and "Số 01-BC/CB";
/// the issuer's name broken between words, the organisation's kind first
/// ("CHI BỘ" / "TRẠM Y TẾ PHƯỜNG"); the rule under "ĐẢNG CỘNG SẢN VIỆT NAM"
/// as long as the title.
#[test]
fn header_lines_break_where_they_should() {
    let (ward, b) = demo_branch("tram-y-te-phuong");
    let t = Templates::builtin();
    let xml =
        document_xml(&docgen::render_document(&ward, &b, DocKind::PersonnelPlan, &t).unwrap());
    assert!(xml.contains("2025\u{a0}-\u{a0}2030"), "term not bound");
    assert!(!xml.contains("2025 - 2030"), "a breakable term is left");
    assert!(
        xml.contains(">Số\u{a0}\u{a0}"),
        "Số not bound to its number"
    );
    // The issuer on one line when it fits; else the kind of organisation,
    // then the unit, never a name cut in two.
    assert!(xml.contains(">CHI BỘ TRẠM Y TẾ PHƯỜNG<"), "{xml:.2000}");
    let nq = document_xml(&docgen::render_document(&ward, &b, DocKind::Resolution, &t).unwrap());
    assert!(nq.contains(">ĐẠI HỘI CHI BỘ<"), "{nq:.2000}");
    assert!(nq.contains(">TRẠM Y TẾ PHƯỜNG<"), "{nq:.2000}");
    let (ward, dx) = demo_branch("thon-dong-xuan");
    let nq = document_xml(&docgen::render_document(&ward, &dx, DocKind::Resolution, &t).unwrap());
    assert!(nq.contains(">ĐẠI HỘI CHI BỘ<") && nq.contains(">THÔN ĐÔNG XUÂN<"));
    // The rule: a bottom border indented to the title's width (about 76 mm
    // for 15 pt bold capitals), not a fixed short stroke.
    let header = tables(&nq)[0];
    let right = *grid_cols_mm(header).last().unwrap();
    let after = &header[header.find(">ĐẢNG CỘNG SẢN VIỆT NAM<").unwrap()..];
    let ind = &after[after.find("<w:ind w:left=\"").unwrap() + 15..];
    let side = ind[..ind.find('"').unwrap()].parse::<f32>().unwrap() * 25.4 / 1440.0;
    let rule = right - 2.0 * side;
    assert!(
        (70.0..=82.0).contains(&rule),
        "rule {rule} mm in a {right} mm column"
    );
}

/// Issue 11 item 12: table columns never narrower than their longest word
/// ("đồng/người/năm", "Khmer").
#[test]
fn table_columns_hold_their_longest_word() {
    let (ward, dx) = demo_branch("thon-dong-xuan");
    let t = Templates::builtin();
    let xml =
        document_xml(&docgen::render_document(&ward, &dx, DocKind::PoliticalReport, &t).unwrap());
    let targets = tables(&xml)
        .into_iter()
        .find(|t| t.contains("đồng/người/năm"))
        .expect("the targets table");
    let cols = grid_cols_mm(targets);
    // "đồng/người/năm": 14 characters of 13 pt Times New Roman, about 30 mm
    // with the cell margins; the template's proportions alone give 21 mm.
    let unit = cols[2];
    assert!(unit >= 28.0, "unit column {unit} mm: {cols:?}");
    let total: f32 = cols.iter().sum();
    assert!((total - 165.0).abs() < 1.0, "{cols:?}");
}

/// Issue 11 item 12: the last paragraph (or the last table rows) keep with
/// the signature, so a signature never stands alone on a page; in landscape
/// the header's right column and the signature stand at the right margin,
/// as wide as in portrait.
#[test]
fn the_signature_keeps_with_the_text_and_lines_up() {
    let (ward, dx) = demo_branch("thon-dong-xuan");
    let t = Templates::builtin();
    for kind in [
        DocKind::PoliticalReport,
        DocKind::Agenda,
        DocKind::PersonnelList,
    ] {
        let xml = document_xml(&docgen::render_document(&ward, &dx, kind, &t).unwrap());
        let closing = xml.rfind("<w:tbl>").unwrap();
        let before = &xml[..closing];
        // The paragraph just before the closing table keeps with it…
        let last_p = &before[before.rfind("<w:p>").unwrap()..];
        assert!(last_p.contains("<w:keepNext/>"), "{kind:?}: {last_p}");
        // …and when the body ends with a table, so does its last row.
        if kind != DocKind::PoliticalReport {
            let body_table = &before[before.rfind("<w:tbl>").unwrap()..];
            let last_row = &body_table[body_table.rfind("<w:tr>").unwrap()..];
            assert!(last_row.contains("<w:keepNext/>"), "{kind:?}: {last_row}");
        }
    }
    let right_edge = |kind| {
        let xml = document_xml(&docgen::render_document(&ward, &dx, kind, &t).unwrap());
        let tbls = tables(&xml);
        let header = grid_cols_mm(tbls[0]);
        let sign = grid_cols_mm(tbls[tbls.len() - 1]);
        (
            *header.last().unwrap(),
            *sign.last().unwrap(),
            sign.iter().sum::<f32>(),
        )
    };
    let (h_portrait, s_portrait, _) = right_edge(DocKind::PersonnelPlan);
    let (h_land, s_land, s_total) = right_edge(DocKind::PersonnelList);
    assert!(
        (h_land - h_portrait).abs() < 0.5,
        "{h_land} vs {h_portrait}"
    );
    assert!(
        (s_land - s_portrait).abs() < 0.5,
        "{s_land} vs {s_portrait}"
    );
    // The landscape signature table spans the text width (297 - 45 mm), so
    // its right column ends at the right margin like the header's.
    assert!((s_total - 252.0).abs() < 1.0, "{s_total}");
}

/// A document of `lines` body paragraphs ("Dòng thứ i …") with a header,
/// the signature of "Nguyễn Văn An" and a "Nơi nhận" list.
fn filler_document(lines: usize) -> docgen::layout::Document {
    use docgen::layout;
    layout::Document {
        header: Some(layout::Header {
            superior: "ĐẢNG BỘ PHƯỜNG HÒA BÌNH".into(),
            issuer: vec!["CHI BỘ THÔN AN PHÚ".into()],
            number: "Số 01-BC/CB".into(),
            place_date: "Hòa Bình, ngày 05 tháng 8 năm 2025".into(),
        }),
        title: vec!["BÁO CÁO".into()],
        subtitle: vec!["Kết quả đại hội".into()],
        body: (1..=lines)
            .map(|i| layout::Block::para(format!("Dòng thứ {i} của thân văn bản.")))
            .collect(),
        signatures: vec![layout::Signature::new(
            "T/M CHI BỘ",
            "BÍ THƯ",
            "Nguyễn Văn An",
        )],
        recipients: vec!["Đảng ủy phường,".into(), "Lưu chi bộ.".into()],
        ..layout::Document::default()
    }
}

/// The text of pages `from..` of a PDF, a form feed between pages.
fn pdf_text_from(pdf: &std::path::Path, from: usize) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-f", &from.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ")
}

/// Issue 11 item 12, looked at through LibreOffice (started once for both
/// sets): the signature and "Nơi nhận" never stand alone on a page.
/// 1. In the demo's committee branch (Thôn Đông Xuân) and secretary-only
///    branch (Trường Mầm non Hoa Sen), every document's last page holds a
///    line of the body.
/// 2. Documents of 18 to 40 body lines, so that for some of them the body
///    just fills the first page: the last page always carries a body line,
///    and some documents do run onto a second page.
#[test]
fn no_signature_stands_alone_on_a_page() {
    let Some(soffice) = docgen::pdf::find_libreoffice() else {
        return skip("LibreOffice");
    };
    if std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_err()
    {
        return skip("pdftotext (poppler-utils)");
    }
    let (ward, branches) = demo_ward();
    let t = Templates::builtin();
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    let mut closings = Vec::new();
    let mut lists = Vec::new();
    for id in ["thon-dong-xuan", "truong-mam-non-hoa-sen"] {
        let b = branches.iter().find(|b| b.id == id).unwrap();
        for (k, _) in docgen::packet_kinds(&ward, b, &t) {
            let bytes = docgen::render_document(&ward, b, k, &t).unwrap();
            let text = docx_bytes_text(&bytes);
            if k == DocKind::PersonnelList {
                lists.push((
                    id,
                    b.drafts.personnel.proposed_committee().len(),
                    text.clone(),
                ));
            }
            let closing: Vec<String> = text
                .lines()
                .skip_while(|l| !l.starts_with("Nơi nhận"))
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect();
            let path = dir.path().join(format!("{id}-{k:?}.docx"));
            std::fs::write(&path, bytes).unwrap();
            files.push(path);
            closings.push(closing);
        }
    }
    let demo_files = files.len();
    for n in 18..=40 {
        let path = dir.path().join(format!("dong-{n}.docx"));
        let doc = filler_document(n);
        std::fs::write(
            &path,
            docgen::layout::to_docx(std::slice::from_ref(&doc)).unwrap(),
        )
        .unwrap();
        files.push(path);
    }
    let pdfs = docgen::pdf::convert(&soffice, &files, dir.path()).unwrap();
    assert_eq!(pdfs.len(), files.len());
    // The demo's documents (`closings` has one entry for each).
    let mut list_pages = Vec::new();
    for ((pdf, file), closing) in pdfs.iter().zip(&files).zip(&closings) {
        let pdf = pdf.as_ref().unwrap_or_else(|| panic!("{}", file.display()));
        let text = pdf_text_from(pdf, 1);
        if file.to_string_lossy().ends_with("PersonnelList.docx") {
            list_pages.push(text.clone());
        }
        let last_page = text
            .trim_end_matches(['\u{c}', '\n'])
            .rsplit('\u{c}')
            .next()
            .unwrap();
        let body: Vec<&str> = last_page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.chars().all(|c| c.is_ascii_digit()))
            .filter(|l| {
                !closing
                    .iter()
                    .any(|c| c.contains(l) || l.contains(c.as_str()))
            })
            .collect();
        assert!(
            !body.is_empty(),
            "{}: the last page has only the signature:\n{last_page}",
            file.display()
        );
    }
    // The trích ngang (landscape): a cell holding only a short phrase such
    // as "Chi ủy viên" keeps it on one line (never "Chi ủy" / "viên"); a
    // list of two nominees and its signature fit one page (no page 2
    // holding only the closing).
    assert_eq!(list_pages.len(), 2);
    for ((id, nominees, docx), pdf) in lists.iter().zip(&list_pages) {
        let lines: Vec<&str> = pdf.lines().map(str::trim).collect();
        for phrase in ["Chi ủy viên", "Phó Bí thư", "Bí thư", "Trung cấp"] {
            assert!(docx.contains(phrase) || phrase == "Chi ủy viên");
            for (cut, _) in phrase.match_indices(' ') {
                let (a, b) = (&phrase[..cut], &phrase[cut + 1..]);
                assert!(
                    !lines.windows(2).any(|w| w[0] == a && w[1] == b),
                    "{id}: «{phrase}» broken in a cell:\n{pdf}"
                );
            }
        }
        let pages = pdf
            .trim_end_matches(['\u{c}', '\n'])
            .matches('\u{c}')
            .count()
            + 1;
        if *nominees <= 2 {
            assert_eq!(
                pages, 1,
                "{id}: {nominees} nominees on {pages} pages:\n{pdf}"
            );
        }
    }
    assert!(
        lists
            .iter()
            .any(|(_, n, d)| *n <= 2 && d.contains("Phó Bí thư"))
    );
    assert!(lists.iter().any(|(_, _, d)| d.contains("Chi ủy viên")));
    let mut two_pages = 0;
    for (pdf, file) in pdfs.iter().zip(&files).skip(demo_files) {
        let pdf = pdf.as_ref().unwrap_or_else(|| panic!("{}", file.display()));
        let pages = pdf_text_from(pdf, 1)
            .trim_end_matches(['\u{c}', '\n'])
            .matches('\u{c}')
            .count()
            + 1;
        let last = pdf_text_from(pdf, pages);
        assert!(last.contains("Nguyễn Văn An"), "{}: {last}", file.display());
        assert!(
            last.contains("Dòng thứ"),
            "{}: the signature stands alone on page {pages}:\n{last}",
            file.display()
        );
        two_pages += usize::from(pages > 1);
    }
    assert!(two_pages > 0, "some documents run onto a second page");
}

/// `CI=true`: a missing tool fails the test instead of skipping it.
fn skip(what: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but {what} is not installed");
    }
    eprintln!("BỎ QUA / SKIPPED: {what} is not installed here; this check runs in CI.");
}

/// Issue 11 items 10 and 11: counts written one way in every demo document
/// (no "03 đảng viên"), no clause about nobody, one capitalisation of the
/// titles ("Bí thư chi bộ"); the last section before the closing paragraph
/// gets its dotted lines too; an empty list prints numbered rows to fill in.
#[test]
fn one_wording_for_counts_titles_and_empty_parts() {
    let (ward, branches) = demo_ward();
    for b in &branches {
        for (kind, text) in documents(&ward, b) {
            for w in text.split_whitespace().collect::<Vec<_>>().windows(2) {
                let leading_zero = w[0].len() == 2
                    && w[0].starts_with('0')
                    && w[0][1..].chars().all(|c| c.is_ascii_digit());
                let counted = [
                    "đảng", "đồng", "chi", "hội", "giáo", "thanh", "lớp", "nhà", "đợt", "phòng",
                ]
                .iter()
                .any(|n| w[1].starts_with(n));
                assert!(
                    !(leading_zero && counted),
                    "{} {kind:?}: «{} {}»",
                    b.id,
                    w[0],
                    w[1]
                );
            }
            // "Phó Bí thư Chi bộ thôn Đông Xuân" names the branch: fine.
            let unnamed = text.replace(&b.name, "«tên chi bộ»");
            for bad in [
                "Bí thư Chi bộ",
                "Phó Bí thư Chi bộ",
                " 0 đồng chí",
                " 0 đảng viên",
                "có 0 ",
            ] {
                assert!(!unnamed.contains(bad), "{} {kind:?}: «{bad}»", b.id);
            }
        }
    }
    // The not-started committee branch: the last section of its political
    // report (followed by "Trên đây là …") has its dotted lines.
    let (ward, ca) = demo_branch("cong-an-phuong");
    let text = text_of(&ward, &ca, DocKind::PoliticalReport);
    let after = text.split_once("3. Nhiệm vụ và giải pháp\n").unwrap().1;
    assert!(after.starts_with("………"), "{after:.200}");
    // A list with nobody on it yet: numbered rows to fill in by hand.
    let (ward, yt) = demo_branch("tram-y-te-phuong");
    assert!(yt.drafts.personnel.nominees().is_empty());
    let list = text_of(&ward, &yt, DocKind::PersonnelList);
    assert!(list.contains("\n1\n\n"), "{list}");
    assert!(list.contains("\n3\n\n"), "{list}");
    assert!(!list.contains("Danh sách có"), "{list}");
    let tt = text_of(&ward, &yt, DocKind::PersonnelPlan);
    let after = tt.split_once("2. Cơ cấu\n").unwrap().1;
    assert!(after.starts_with("……"), "{after:.200}");
}

/// Issue 11 item 14: the demo's members of a minority people come from
/// where that people lives (Khmer from the Mekong delta, not the northern
/// uplands).
#[test]
fn demo_hometowns_fit_the_members_people() {
    let (_, branches) = demo_ward();
    let north = ["Cao Lâm", "Thanh Sơn", "Sơn Tây Bắc"];
    let mut minorities = 0;
    for m in branches.iter().flat_map(|b| &b.members) {
        match m.ethnicity.as_str() {
            "Kinh" | "Hoa" | "" => {}
            "Khmer" => {
                minorities += 1;
                assert!(
                    m.hometown.contains("Sóc Giang"),
                    "{}: {}",
                    m.full_name,
                    m.hometown
                );
            }
            _ => {
                minorities += 1;
                assert!(
                    north.iter().any(|p| m.hometown.contains(p)),
                    "{} ({}): {}",
                    m.full_name,
                    m.ethnicity,
                    m.hometown
                );
            }
        }
    }
    assert!(minorities > 0);
}

/// Issue 11 item 10: one spelling of each branch's name, the one
/// `templates/HUONG-DAN.md` states: the kind of residential unit in lower
/// case ("Chi bộ thôn Đông Xuân", "tổ dân phố Trung Hòa"), an agency's or a
/// school's own name with its capitals ("Chi bộ Trường Mầm non Hoa Sen").
/// Every document of every demo branch writes the name that way, in capitals
/// in a header, or capitalised where it opens a sentence.
#[test]
fn the_demo_spells_each_branch_name_one_way() {
    let (ward, branches) = demo_ward();
    let mut seen = 0;
    for b in &branches {
        let local = b.name.strip_prefix("Chi bộ ").expect("a branch name");
        for unit in ["Thôn ", "Tổ dân phố ", "Khu phố ", "Ấp ", "Bản "] {
            assert!(!local.starts_with(unit), "{}: {}", b.id, b.name);
        }
        let mut chars = local.chars();
        let opening: String = chars
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .chain(chars)
            .collect();
        let folded = local.to_lowercase();
        for (kind, text) in documents(&ward, b) {
            let lower = text.to_lowercase();
            assert_eq!(lower.len(), text.len(), "{} {kind:?}", b.id);
            for (i, _) in lower.match_indices(&folded) {
                seen += 1;
                let written = &text[i..i + folded.len()];
                let before = text[..i].trim_end_matches(' ');
                let opens = before.is_empty() || before.ends_with(['\n', '.', ':', '"']);
                assert!(
                    written == local
                        || written == local.to_uppercase()
                        || (opens && written == opening),
                    "{} {kind:?}: «{written}» where the name is «{local}»: …{}",
                    b.id,
                    &text[text.floor_char_boundary(i.saturating_sub(60))..i]
                );
            }
        }
    }
    assert!(seen >= 100, "{seen}");
}
