//! Ballots and the biên bản kiểm phiếu (issue 5 §4–5): read back as text,
//! and through LibreOffice where installed (required when CI=true).
//! Set ELECTION_PAPERS_OUT=DIR to keep the files (and PDFs) for looking at.

use crate::election_support;
use daihoi::docgen::ballot::{self, PaperError, ballots, per_page};
use daihoi::docgen::counting_minutes::{minutes, write_minutes};
use daihoi::docgen::layout::{self, Block, PageSetup};
use daihoi::model::*;
use daihoi::strings::election as msg;
use std::path::{Path, PathBuf};
use std::process::Command;

fn ward() -> Ward {
    Ward {
        name: "Đảng bộ phường Hòa Bình".into(),
        superior_name: "Đảng bộ thị xã Sông Lam".into(),
        committee_name: "Đảng ủy phường Hòa Bình".into(),
        place: "Hòa Bình".into(),
        ..Ward::default()
    }
}

/// 11 full members, all present; plan: 3 seats, candidates 1–3 (no surplus).
fn branch() -> Branch {
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
    b.congress.date = ymd(2025, 8, 5);
    b.congress.time = "7 giờ 30".into();
    b.congress.place = "Nhà văn hóa thôn An Phú".into();
    b.drafts.personnel.committee_candidates = vec![1, 2, 3];
    b.results.counting_committee = vec![9, 10, 11];
    b
}

fn counted() -> Branch {
    let mut b = branch();
    b.results.rounds = vec![election_support::committee_round(
        1,
        3,
        (11, 11, 10, 1),
        &[(1, 10), (2, 9), (3, 5)],
    )];
    b
}

fn text(doc: &layout::Document) -> String {
    layout::plain_text(doc)
}

/// DOMAIN.md "Ballots": seal area top-left (the ward committee's header
/// column), title, names in Vietnamese order; without surplus the columns
/// STT | Họ và tên | Đồng ý | Không đồng ý; several to a page.
#[test]
fn committee_ballots_without_surplus() {
    let (w, b) = (ward(), branch());
    let doc = ballots(&w, &b, Office::Committee).expect("ballots");
    let t = text(&doc);
    assert!(
        t.starts_with("ĐẢNG ỦY PHƯỜNG HÒA BÌNH\nCHI BỘ THÔN AN PHÚ\n*\n"),
        "{t}"
    );
    assert!(t.contains("PHIẾU BẦU CỬ\nBẦU CHI ỦY CHI BỘ THÔN AN PHÚ\nNHIỆM KỲ 2025 - 2027"));
    assert!(t.contains("STT | Họ và tên | Đồng ý | Không đồng ý\n1 | Lê Văn Ánh |  | \n2 | Nguyễn Văn Ân |  | \n3 | Trần Thị Bình |  | \n"), "{t}");
    let per = per_page(3, &PageSetup::default());
    assert!(
        per >= 2,
        "three names fit at least two ballots a page, got {per}"
    );
    let headers = doc
        .body
        .iter()
        .filter(|b| matches!(b, Block::Header(_)))
        .count();
    assert_eq!(
        headers,
        11usize.div_ceil(per) * per,
        "one per summoned member, last page filled"
    );
    let breaks = doc
        .body
        .iter()
        .filter(|b| matches!(b, Block::PageBreak))
        .count();
    assert_eq!(breaks + 1, 11usize.div_ceil(per));
}

/// With a surplus the voter crosses out names: two columns and the note
/// naming how many names may be kept.
#[test]
fn ballots_with_surplus_and_for_a_tie_round() {
    let w = ward();
    let mut b = branch();
    b.drafts.personnel.committee_size = 5;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 4, 5, 6];
    let t = text(&ballots(&w, &b, Office::Committee).expect("ballots"));
    assert!(t.contains("STT | Họ và tên\n1 | Lê Văn Ánh\n"), "{t}");
    assert!(!t.contains(&format!("| {} |", msg::BALLOT_AGREE)));
    assert!(t.contains("Phiếu giữ lại quá 5 tên là phiếu không hợp lệ."));
    // After a tie at the last seat the next ballot lists only the tied.
    b.drafts.personnel.committee_size = 3;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 4];
    b.results.rounds = vec![election_support::committee_round(
        1,
        3,
        (11, 11, 11, 0),
        &[(1, 11), (2, 10), (3, 7), (4, 7)],
    )];
    let list = ballot::ballot_list(&w, &b, Office::Committee).expect("list");
    assert_eq!(
        (list.round, list.seats, list.candidates.clone()),
        (2, 1, vec![3, 4])
    );
    let t = text(&ballots(&w, &b, Office::Committee).expect("ballots"));
    assert!(t.contains("(Bầu lần 2)"));
    assert!(
        t.contains("STT | Họ và tên\n1 | Lê Văn Ánh\n2 | Phạm Thị Dung\n"),
        "{t}"
    );
}

#[test]
fn no_list_no_ballots() {
    let mut b = branch();
    b.drafts.personnel.deputy_candidate = None;
    let e = ballots(&ward(), &b, Office::Deputy).unwrap_err();
    assert_eq!(e, PaperError::NoCandidates(Office::Deputy));
    assert!(
        e.to_string()
            .starts_with("Chưa có danh sách bầu Phó Bí thư.")
    );
}

/// DOMAIN.md "Counting committee": the minutes give ballots issued,
/// returned, valid, invalid, each candidate's votes and percentage of the
/// summoned full members, and are signed by the committee's members.
#[test]
fn counting_minutes_content() {
    let (w, b) = (ward(), counted());
    let doc = minutes(&w, &b, 0).expect("minutes");
    let t = text(&doc);
    for expected in [
        "ĐẢNG BỘ PHƯỜNG HÒA BÌNH\nĐẠI HỘI CHI BỘ THÔN AN PHÚ\nNHIỆM KỲ 2025 - 2027\n*\nSố     -BB/ĐH",
        "Hòa Bình, ngày 05 tháng 8 năm 2025",
        "BIÊN BẢN\nKiểm phiếu bầu Chi ủy (lần 1) Chi bộ Thôn An Phú, nhiệm kỳ 2025 - 2027",
        "Hôm nay, vào lúc 7 giờ 30, ngày 05 tháng 8 năm 2025, tại Nhà văn hóa thôn An Phú",
        "kiểm phiếu bầu Chi ủy (lần 1).",
        "1. Đồng chí Đỗ Văn Khánh - Trưởng ban.",
        "3. Đồng chí Dương Văn Minh - Ủy viên.",
        "được triệu tập: 11; có mặt: 11; vắng mặt: 0.",
        "- Số phiếu phát ra: 11; số phiếu thu vào: 11; số phiếu hợp lệ: 10; số phiếu không hợp lệ: 1.",
        "1 | Lê Văn Ánh | 5 | 45,5% | Không trúng cử",
        "2 | Nguyễn Văn Ân | 10 | 90,9% | Trúng cử",
        "3 | Trần Thị Bình | 9 | 81,8% | Trúng cử",
        "tức ít nhất 6 phiếu.",
        "1. Đồng chí Nguyễn Văn Ân: 10 phiếu, đạt 90,9%.\n2. Đồng chí Trần Thị Bình: 9 phiếu, đạt 81,8%.",
        "Còn thiếu 1 người.",
        "TRƯỞNG BAN\nĐỗ Văn Khánh",
        "ỦY VIÊN\nNgô Thị Lan",
        "ỦY VIÊN\nDương Văn Minh",
    ] {
        assert!(t.contains(expected), "missing {expected:?} in\n{t}");
    }
    assert_eq!(minutes(&w, &b, 5).unwrap_err(), PaperError::NoRound(5));
}

fn soffice() -> Option<PathBuf> {
    let found = daihoi::docgen::pdf::find_libreoffice();
    if found.is_none() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("LibreOffice is missing, and CI=true requires this test to run");
        }
        eprintln!("SKIPPED election papers through LibreOffice: soffice is not installed");
    }
    found
}

fn pdf_pages(pdf: &Path) -> Option<usize> {
    let out = Command::new("pdfinfo").arg(pdf).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
}

/// The files open in LibreOffice; the ballots take exactly the pages the
/// fitting promised (no ballot split over two pages).
#[test]
fn papers_open_in_libreoffice() {
    let Some(soffice) = soffice() else { return };
    let keep = std::env::var_os("ELECTION_PAPERS_OUT").map(PathBuf::from);
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = keep.clone().unwrap_or_else(|| tmp.path().to_path_buf());
    let (w, mut b) = (ward(), counted());
    let m = write_minutes(&w, &b, 0, &dir).expect("minutes written");
    let c = ballot::write_ballots(&w, &b, Office::Committee, &dir).expect("ballots written");
    let s = ballot::write_ballots(&w, &b, Office::Secretary, &dir).expect("ballots written");
    b.drafts.personnel.committee_size = 5;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 4, 5, 6];
    b.results.rounds.clear();
    let mut wide = dir.join("du");
    std::fs::create_dir_all(&wide).unwrap();
    let sur = ballot::write_ballots(&w, &b, Office::Committee, &wide).expect("ballots written");
    // Beside the others under its own name, so that one LibreOffice run
    // converts all four into one folder.
    wide = dir.join(format!("du-{}", sur.file_name().unwrap().to_string_lossy()));
    std::fs::copy(&sur, &wide).unwrap();
    let files = [m.clone(), c.clone(), s.clone(), wide];
    let pdfs: Vec<PathBuf> = daihoi::docgen::pdf::convert(&soffice, &files, &dir)
        .expect("LibreOffice ran")
        .into_iter()
        .zip(&files)
        .map(|(pdf, f)| pdf.unwrap_or_else(|| panic!("no PDF for {}", f.display())))
        .collect();
    let Some(minutes_pages) = pdf_pages(&pdfs[0]) else {
        eprintln!("SKIPPED page counts: pdfinfo is not installed");
        return;
    };
    assert!(minutes_pages >= 1);
    let page = PageSetup::default();
    for (pdf, names) in [(&pdfs[1], 3), (&pdfs[2], 1), (&pdfs[3], 6)] {
        let per = per_page(names, &page);
        let expected = 11usize.div_ceil(per);
        assert_eq!(
            pdf_pages(pdf),
            Some(expected),
            "{}: {per} ballots a page",
            pdf.display()
        );
    }
}
