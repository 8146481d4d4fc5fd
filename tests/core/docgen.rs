//! Documents read back independently: unzip the .docx, parse the XML, and
//! (in CI, or where installed) python-docx and LibreOffice.

use daihoi::docgen::{self, PacketOptions, Templates, layout};
use daihoi::model::*;
use quick_xml::events::Event;
use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::Path;

/// Every Vietnamese letter, lower and upper case, with all tones.
const ALL_LETTERS: &str = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ\
AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ";
/// Text with XML specials, a tab and a line break, as a user might type.
const TRICKY: &str =
    "Thu nhập bình quân tăng 5% & \"vượt\" kế hoạch <dự kiến> 'đạt'\tcao.\nĐoạn hai: ";

fn d(y: i32, m: u8, day: u8) -> Option<Date> {
    ymd(y, m, day)
}

fn member(name: &str, g: Gender, birth: i32, role: CommitteeRole) -> Member {
    Member {
        full_name: name.into(),
        gender: g,
        birth: Some(PartialDate::Full(ymd(birth, 3, 12).unwrap())),
        hometown: "Xã Hoài Tân, tỉnh Bình Định".into(),
        education: "12/12".into(),
        professional: "Đại học Luật".into(),
        political_theory: "Trung cấp".into(),
        joined: d(birth + 25, 5, 19),
        official: d(birth + 26, 5, 19),
        posts: "Trưởng thôn".into(),
        outgoing_role: role,
        ..Member::default()
    }
}

/// A ward and a branch with a committee, full drafts and a personnel plan.
fn fixture() -> (Ward, Branch) {
    let ward = Ward {
        name: "Đảng bộ phường Hoài Tân".into(),
        superior_name: "Đảng bộ thị xã Hoài Nhơn".into(),
        committee_name: "Đảng ủy phường Hoài Tân".into(),
        place: "Hoài Tân".into(),
        ..Ward::default()
    };
    let mut b = Branch {
        id: "ngoc-an".into(),
        name: "Chi bộ Thôn Ngọc An".into(),
        ..Branch::default()
    };
    b.congress = Congress {
        number: 3,
        term_start: 2025,
        term_end: 2027,
        date: d(2025, 8, 5),
        time: "7 giờ 30".into(),
        place: "Nhà văn hóa thôn Ngọc An".into(),
        guests: "Đồng chí Trần Văn Bình, Phó Bí thư Đảng ủy phường".into(),
    };
    use CommitteeRole as R;
    use Gender::*;
    let people = [
        ("Nguyễn Văn Ân", Male, 1970, R::Secretary),
        ("Trần Thị Ánh", Female, 1980, R::Deputy),
        ("Lê Văn Bảo", Male, 1975, R::Member),
        ("Phạm Thị Ặn", Female, 1985, R::None),
        ("Võ Đức An", Male, 1990, R::None),
        ("Đỗ Văn Ơn", Male, 1965, R::None),
        ("Huỳnh Thị Ưng", Female, 1988, R::None),
        ("Bùi Văn Đạt", Male, 1979, R::None),
        ("Ngô Thị Dung", Female, 1982, R::None),
        ("Đặng Văn Hùng", Male, 1960, R::None),
        ("Mai Văn Ấn", Male, 1992, R::None),
    ];
    for (n, g, y, r) in people {
        b.add_member(member(n, g, y, r));
    }
    let pr = &mut b.drafts.political_report;
    pr.context = format!("{TRICKY}{ALL_LETTERS}");
    pr.results_economy = "Kinh tế tăng trưởng khá.\nNông nghiệp được mùa.".into();
    pr.results_defence = "Giữ vững an ninh.".into();
    pr.results_party_building = "Kết nạp 2 đảng viên.".into();
    pr.results_mass_mobilisation = "Mặt trận, đoàn thể hoạt động tốt.".into();
    pr.limitations = "Còn hạn chế.".into();
    pr.causes_objective = "Thiên tai.".into();
    pr.causes_subjective = "Chưa quyết liệt.".into();
    pr.lessons = "Đoàn kết.".into();
    pr.direction = "Phát triển toàn diện.".into();
    pr.tasks = "Tập trung lãnh đạo.".into();
    pr.targets = (1..=4)
        .map(|i| Target {
            indicator: format!("Chỉ tiêu số {i}"),
            unit: "%".into(),
            plan: format!("{}", 90 + i),
            achieved: format!("{}", 91 + i),
            next: format!("{}", 95 + i),
        })
        .collect();
    let sc = &mut b.drafts.self_criticism;
    sc.strengths = "Đoàn kết, thống nhất.".into();
    sc.shortcomings = "Sinh hoạt chưa đều.".into();
    sc.causes = "Chủ quan.".into();
    sc.direction = "Khắc phục.".into();
    b.drafts.resolution.assessment = "Đại hội tán thành.".into();
    b.drafts.personnel = PersonnelPlan {
        committee_size: 3,
        structure: "Có nữ, có người dưới 40 tuổi.".into(),
        committee_candidates: vec![1, 2, 3, 5],
        secretary_candidate: Some(1),
        deputy_candidate: Some(2),
        elect_deputy: true,
        approval_ref: String::new(),
    };
    (ward, b)
}

/// A branch of fewer than 9 full members: no committee.
fn small_fixture() -> (Ward, Branch) {
    let (ward, mut b) = fixture();
    b.members.truncate(6);
    for m in &mut b.members {
        if m.outgoing_role == CommitteeRole::Member {
            m.outgoing_role = CommitteeRole::None;
        }
    }
    b.drafts.personnel.committee_size = 0;
    b.drafts.personnel.committee_candidates.clear();
    (ward, b)
}

/// The parts of a .docx as text.
fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut s = String::new();
        f.read_to_string(&mut s).unwrap();
        out.insert(f.name().unwrap().into_owned(), s);
    }
    out
}

/// What the reader saw in document.xml.
#[derive(Default, Debug)]
struct Seen {
    /// Paragraph texts; `<w:br/>` as '\n', `<w:tab/>` as '\t'.
    paras: Vec<String>,
    /// Attributes of each pgSz / pgMar, in section order.
    pg_sz: Vec<BTreeMap<String, String>>,
    pg_mar: Vec<BTreeMap<String, String>>,
    title_pg: usize,
    header_refs: usize,
    /// Per table: rows, and how many rows are marked as repeating headers.
    tables: Vec<(usize, usize)>,
    /// Largest run size in half-points per paragraph text (bold?, size).
    runs: Vec<(String, bool, bool, Option<u32>)>,
}

fn attrs(e: &quick_xml::events::BytesStart) -> BTreeMap<String, String> {
    e.attributes()
        .map(|a| {
            let a = a.unwrap();
            (a.key.as_ref().to_string(), a.value.to_string())
        })
        .collect()
}

fn read_document(xml: &str) -> Seen {
    let mut r = quick_xml::Reader::from_str(xml);
    let mut out = Seen::default();
    let mut para = String::new();
    let mut in_t = false;
    let mut tables: Vec<(usize, usize)> = Vec::new();
    let (mut bold, mut italic, mut size) = (false, false, None);
    let mut run_text = String::new();
    loop {
        match r.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name().as_ref().to_string();
                match name.as_str() {
                    "w:p" => para.clear(),
                    "w:r" => {
                        bold = false;
                        italic = false;
                        size = None;
                        run_text.clear();
                    }
                    "w:b" => bold = true,
                    "w:i" => italic = true,
                    "w:sz" => size = attrs(&e).get("w:val").and_then(|v| v.parse().ok()),
                    "w:t" => in_t = true,
                    "w:br" if attrs(&e).get("w:type").is_none() => {
                        para.push('\n');
                        run_text.push('\n');
                    }
                    "w:tab" => {
                        para.push('\t');
                        run_text.push('\t');
                    }
                    "w:pgSz" => out.pg_sz.push(attrs(&e)),
                    "w:pgMar" => out.pg_mar.push(attrs(&e)),
                    "w:titlePg" => out.title_pg += 1,
                    "w:headerReference" => out.header_refs += 1,
                    "w:tbl" => tables.push((0, 0)),
                    "w:tr" => {
                        if let Some(t) = tables.last_mut() {
                            t.0 += 1
                        }
                    }
                    "w:tblHeader" => {
                        if let Some(t) = tables.last_mut() {
                            t.1 += 1
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_t => {
                let s = t.xml10_content().into_owned();
                para.push_str(&s);
                run_text.push_str(&s);
            }
            Event::GeneralRef(g) if in_t => {
                let s = match g.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("entity {other:?}"),
                };
                para.push_str(s);
                run_text.push_str(s);
            }
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_t = false,
                "w:p" => out.paras.push(std::mem::take(&mut para)),
                "w:r" => out
                    .runs
                    .push((std::mem::take(&mut run_text), bold, italic, size)),
                "w:tbl" => {
                    if let Some(t) = tables.pop() {
                        out.tables.push(t)
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn render(ward: &Ward, b: &Branch, kind: DocKind) -> (BTreeMap<String, String>, Seen) {
    let bytes = docgen::render_document(ward, b, kind, &Templates::builtin()).unwrap();
    let p = parts(&bytes);
    let read = read_document(&p["word/document.xml"]);
    (p, read)
}

fn packet(ward: &Ward, b: &Branch, dir: &Path) -> docgen::PacketReport {
    docgen::render_packet(
        ward,
        b,
        &Templates::builtin(),
        dir,
        &PacketOptions::default(),
        &mut |_| {},
    )
    .unwrap()
}

fn run_of<'a>(r: &'a Seen, text: &str) -> &'a (String, bool, bool, Option<u32>) {
    r.runs.iter().find(|x| x.0 == text).unwrap_or_else(|| {
        panic!(
            "no run {text:?} in {:?}",
            r.runs.iter().map(|x| &x.0).collect::<Vec<_>>()
        )
    })
}

#[test]
fn every_document_has_the_hd36_layout() {
    let (ward, b) = fixture();
    for kind in DocKind::ALL.iter() {
        let (p, r) = render(&ward, &b, *kind);
        // A4, margins 20/20/30/15 mm.
        let sz = &r.pg_sz[0];
        let landscape = *kind == DocKind::PersonnelList;
        let (w, h) = if landscape {
            ("16838", "11906")
        } else {
            ("11906", "16838")
        };
        assert_eq!((sz["w:w"].as_str(), sz["w:h"].as_str()), (w, h), "{kind:?}");
        let m = &r.pg_mar[0];
        assert_eq!(m["w:top"], "1134");
        assert_eq!(m["w:bottom"], "1134");
        assert_eq!(m["w:left"], "1701");
        assert_eq!(m["w:right"], "850");
        // Times New Roman in every slot, 14 pt body.
        let styles = &p["word/styles.xml"];
        for slot in ["ascii", "hAnsi", "cs", "eastAsia"] {
            assert!(
                styles.contains(&format!("w:{slot}=\"Times New Roman\"")),
                "{slot}"
            );
        }
        assert!(styles.contains("<w:sz w:val=\"28\"/>"));
        // Header texts, sizes and weights.
        assert_eq!(run_of(&r, "ĐẢNG BỘ PHƯỜNG HOÀI TÂN").1, false);
        let party = run_of(&r, "ĐẢNG CỘNG SẢN VIỆT NAM");
        assert!(party.1 && party.3 == Some(30), "{party:?}");
        assert!(r.paras.iter().any(|p| p == "*"));
        // Too wide for the column in one line: broken between words, the
        // organisation's kind first (tests/core/truth.rs).
        let issuer = if *kind == DocKind::Resolution {
            "THÔN NGỌC AN"
        } else {
            "CHI BỘ THÔN NGỌC AN"
        };
        assert!(run_of(&r, issuer).1, "issuer bold");
        let date = run_of(
            &r,
            if matches!(kind, DocKind::PersonnelPlan | DocKind::PersonnelList) {
                "Hoài Tân, ngày 21 tháng 7 năm 2025"
            } else {
                "Hoài Tân, ngày 05 tháng 8 năm 2025"
            },
        );
        assert!(date.2, "date italic");
        // The number is given at signing (DOMAIN.md "Numbers"): blank here.
        let n = "Số     -".to_string();
        assert!(
            r.paras
                .iter()
                .any(|p| p.replace('\u{a0}', " ").starts_with(&n) && p.contains('/')),
            "{kind:?}: {n} in {:?}",
            &r.paras[..8]
        );
        // Page numbers from page 2: a PAGE field in the default header, an
        // empty first-page header, title page distinct.
        assert_eq!(r.title_pg, 1);
        assert_eq!(r.header_refs, 2);
        assert!(
            p["word/header1.xml"]
                .contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
        );
        assert!(p["word/header1.xml"].contains("<w:jc w:val=\"center\"/>"));
        assert!(!p["word/header2.xml"].contains("PAGE"));
        // Nothing left unresolved.
        let all = r.paras.join("\n");
        assert!(!all.contains('{') && !all.contains('}'), "{kind:?}: {all}");
        // Signature and recipients.
        assert!(
            r.paras
                .iter()
                .any(|p| p == "BÍ THƯ" || p == "CHỦ TỊCH ĐOÀN")
        );
        // HD 36: "Nơi nhận" 14 pt upright (underlined, see tests/core/truth.rs).
        let label = run_of(&r, "Nơi nhận");
        assert!(!label.1 && !label.2 && label.3 == Some(28), "{label:?}");
        // Every table repeats its header row.
        for (rows, headers) in r.tables.iter().filter(|t| t.1 > 0 || t.0 > 3) {
            assert!(*headers >= 1 && rows > headers, "{kind:?}: {:?}", r.tables);
        }
    }
}

#[test]
fn typed_text_comes_out_exactly() {
    let (ward, b) = fixture();
    let (_, r) = render(&ward, &b, DocKind::PoliticalReport);
    let typed = format!("{TRICKY}{ALL_LETTERS}");
    // Each typed line is a paragraph; the tab is a tab.
    for line in typed.split('\n') {
        assert!(r.paras.iter().any(|p| p == line), "{line:?} not found");
    }
}

#[test]
fn resolution_targets_are_the_reports_targets() {
    let (ward, mut b) = fixture();
    b.drafts.political_report.targets[2].next = "Trên 99,5".into();
    let report =
        docgen::preview_text(&ward, &b, DocKind::PoliticalReport, &Templates::builtin()).unwrap();
    let resolution =
        docgen::preview_text(&ward, &b, DocKind::Resolution, &Templates::builtin()).unwrap();
    let row = "3 | Chỉ tiêu số 3 | % | Trên 99,5";
    assert!(report.contains(row), "{report}");
    assert!(resolution.contains(row), "{resolution}");
}

#[test]
fn personnel_list_is_sorted_by_given_name() {
    let (ward, b) = fixture();
    let text =
        docgen::preview_text(&ward, &b, DocKind::PersonnelList, &Templates::builtin()).unwrap();
    let order: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split(" | ").nth(1))
        .filter(|n| *n != "Họ và tên")
        .collect();
    assert_eq!(
        order,
        // a < ă < â decides before the tone: An, Ánh (a-n-h), Ân (â).
        ["Võ Đức An", "Trần Thị Ánh", "Nguyễn Văn Ân", "Lê Văn Bảo"],
        "{text}"
    );
}

#[test]
fn packet_writes_each_document_and_the_combined_file() {
    let (ward, b) = fixture();
    let dir = tempfile::tempdir().unwrap();
    let mut steps = Vec::new();
    let report = docgen::render_packet(
        &ward,
        &b,
        &Templates::builtin(),
        dir.path(),
        &PacketOptions::default(),
        &mut |p| steps.push(p),
    )
    .unwrap();
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let names: Vec<String> = report
        .written
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "01 - Báo cáo chính trị.docx",
            "02 - Báo cáo kiểm điểm của chi ủy.docx",
            "03 - Dự thảo Nghị quyết đại hội.docx",
            "04 - Tờ trình nhân sự.docx",
            "05 - Danh sách trích ngang nhân sự.docx",
            "06 - Chương trình đại hội.docx",
            "00 - Bộ hồ sơ đại hội - Chi bộ Thôn Ngọc An.docx",
        ]
    );
    assert_eq!(steps.last().map(|s| s.done), Some(7));
    // The combined file: six sections, each with its own title page and
    // numbering restarting at 1, each with its own header.
    let combined = std::fs::read(report.written.last().unwrap()).unwrap();
    let p = parts(&combined);
    let r = read_document(&p["word/document.xml"]);
    assert_eq!(r.title_pg, 6);
    assert_eq!(
        p["word/document.xml"]
            .matches("<w:pgNumType w:start=\"1\"/>")
            .count(),
        6
    );
    assert_eq!(
        r.paras
            .iter()
            .filter(|p| *p == "ĐẢNG CỘNG SẢN VIỆT NAM")
            .count(),
        6
    );
    assert_eq!(r.pg_sz[4]["w:orient"], "landscape");
}

#[test]
fn branch_without_committee_skips_the_self_review_and_renumbers() {
    let (ward, b) = small_fixture();
    let dir = tempfile::tempdir().unwrap();
    let report = packet(&ward, &b, dir.path());
    assert_eq!(report.skipped, [DocKind::SelfCriticism]);
    assert_eq!(report.written.len(), 6);
    assert!(
        dir.path()
            .join("02 - Dự thảo Nghị quyết đại hội.docx")
            .is_file()
    );
    let text =
        docgen::preview_text(&ward, &b, DocKind::PoliticalReport, &Templates::builtin()).unwrap();
    assert!(text.contains("T/M CHI BỘ"), "{text}");
    assert!(text.contains("Kiểm điểm của Bí thư, Phó Bí thư chi bộ"));
    assert!(matches!(
        docgen::render_document(&ward, &b, DocKind::SelfCriticism, &Templates::builtin()),
        Err(docgen::DocgenError::NotApplicable(DocKind::SelfCriticism))
    ));
}

#[test]
fn a_file_that_cannot_be_replaced_is_reported_and_the_rest_written() {
    let (ward, b) = fixture();
    let dir = tempfile::tempdir().unwrap();
    // A folder where the report should go stands for a file locked by Word:
    // it cannot be replaced.
    let blocked = dir.path().join("01 - Báo cáo chính trị.docx");
    std::fs::create_dir(&blocked).unwrap();
    std::fs::write(blocked.join("x"), "giữ nguyên").unwrap();
    let report = packet(&ward, &b, dir.path());
    assert_eq!(report.failed.len(), 1);
    assert!(
        report.failed[0].1.contains("01 - Báo cáo chính trị.docx"),
        "{}",
        report.failed[0].1
    );
    assert!(report.failed[0].1.contains("các tệp khác vẫn được ghi"));
    assert_eq!(report.written.len(), 6);
    assert_eq!(
        std::fs::read_to_string(blocked.join("x")).unwrap(),
        "giữ nguyên"
    );
}

#[test]
fn template_errors_name_file_line_column_and_nothing_is_written() {
    let (ward, b) = fixture();
    let ws_dir = tempfile::tempdir().unwrap();
    let ws = daihoi::store::Workspace::new(ws_dir.path());
    ws.create(&ward, std::slice::from_ref(&b)).unwrap();
    std::fs::write(
        ws.templates_dir().join("nghi-quyet.txt"),
        "@kind resolution\n@title NGHỊ QUYẾT\nĐại hội {branch.nmae} họp.\n{#for t in branch.name}\nx\n{/for}\n",
    )
    .unwrap();
    let t = Templates::load(&ws).unwrap();
    let out = tempfile::tempdir().unwrap();
    let err = docgen::render_packet(
        &ward,
        &b,
        &t,
        out.path(),
        &PacketOptions::default(),
        &mut |_| {},
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("nghi-quyet.txt, dòng 3, cột 10"), "{err}");
    assert!(err.contains("\"branch\" không có trường \"nmae\""), "{err}");
    assert!(err.contains("dòng 4, cột 12"), "{err}");
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
    // A syntax error is reported when loading.
    std::fs::write(
        ws.templates_dir().join("nghi-quyet.txt"),
        "@kind resolution\n{#if x}\n",
    )
    .unwrap();
    let err = Templates::load(&ws).unwrap_err().to_string();
    assert!(err.contains("dòng 2, cột 2"), "{err}");
}

/// Issue 15 item 14: a brace error quotes the brace as the clerk typed it
/// ("}" and "{", never "}}" or "{{" for one), with file, line and column,
/// and the doubled brace it suggests is shown doubled once.
#[test]
fn brace_errors_quote_the_brace_once_with_line_and_column() {
    let (ward, b) = fixture();
    let ws_dir = tempfile::tempdir().unwrap();
    let ws = daihoi::store::Workspace::new(ws_dir.path());
    ws.create(&ward, std::slice::from_ref(&b)).unwrap();
    let file = ws.templates_dir().join("nghi-quyet.txt");
    std::fs::write(
        &file,
        "@kind resolution\n@title NGHỊ QUYẾT\nĐại hội họp } xong.\n",
    )
    .unwrap();
    let err = Templates::load(&ws).unwrap_err().to_string();
    assert!(err.contains("nghi-quyet.txt, dòng 3, cột 13"), "{err}");
    assert!(
        err.contains("dấu } thừa; muốn viết dấu } thật thì gõ hai lần: }}."),
        "{err}"
    );
    assert!(!err.contains("}}}") && !err.contains("dấu }}"), "{err}");

    std::fs::write(
        &file,
        "@kind resolution\n@title NGHỊ QUYẾT\n\nChi bộ {branch.name họp.\n",
    )
    .unwrap();
    let err = Templates::load(&ws).unwrap_err().to_string();
    assert!(err.contains("nghi-quyet.txt, dòng 4, cột 8"), "{err}");
    assert!(
        err.contains("thiếu dấu } đóng chỗ điền; muốn viết dấu { thật thì gõ hai lần: {{."),
        "{err}"
    );
    assert!(!err.contains("{{{") && !err.contains("dấu }}"), "{err}");

    // Doubled braces are the literal ones the messages suggest.
    std::fs::write(
        &file,
        "@kind resolution\n@title NGHỊ QUYẾT\nChi bộ {{ {branch.name} }} họp.\n",
    )
    .unwrap();
    assert!(Templates::load(&ws).is_ok());
}

#[test]
fn builtin_templates_check_clean() {
    let errors = Templates::builtin().check(&Ward::default());
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn layout_blocks_for_other_papers() {
    // The building blocks other modules use (ballots, minutes, ward report).
    let doc = layout::Document {
        header: None,
        title: vec!["PHIẾU BẦU".into()],
        body: vec![layout::Block::Table(layout::Table {
            widths: vec![1, 6],
            header_rows: vec![vec![
                layout::Cell::new("STT"),
                layout::Cell::new("Họ và tên"),
            ]],
            rows: vec![vec![
                layout::Cell::new("1"),
                layout::Cell::new("Nguyễn Văn Ân"),
            ]],
            size_pt: None,
        })],
        signatures: vec![
            layout::Signature::new("", "TRƯỞNG BAN", "A"),
            layout::Signature::new("", "THÀNH VIÊN", "B"),
        ],
        ..layout::Document::default()
    };
    let bytes = layout::to_docx(&[doc]).unwrap();
    let r = read_document(&parts(&bytes)["word/document.xml"]);
    assert!(r.paras.iter().any(|p| p == "Nguyễn Văn Ân"));
    assert_eq!(r.tables.iter().find(|t| t.1 > 0).map(|t| t.1), Some(1));
    assert!(r.paras.iter().any(|p| p == "TRƯỞNG BAN"));
}

/// `CI=true`: a missing tool fails the test instead of skipping it.
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

fn skip(what: &str) {
    if in_ci() {
        panic!("CI=true but {what} is not installed");
    }
    eprintln!("BỎ QUA / SKIPPED: {what} is not installed here; this check runs in CI.");
}

/// A python3 that has python-docx.
fn python_with_docx() -> Option<String> {
    ["python3", "/usr/bin/python3", "python"]
        .into_iter()
        .find_map(|p| {
            std::process::Command::new(p)
                .args(["-c", "import docx"])
                .output()
                .ok()
                .filter(|o| o.status.success())
                .map(|_| p.to_string())
        })
}

/// JSON string as python's json.dumps(ensure_ascii=False) writes it.
fn json(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[test]
fn python_docx_reads_what_we_wrote() {
    let Some(py) = python_with_docx() else {
        return skip("python3 with python-docx");
    };
    let (ward, b) = fixture();
    let dir = tempfile::tempdir().unwrap();
    let report = packet(&ward, &b, dir.path());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/read_docx.py");
    for file in &report.written {
        let out = std::process::Command::new(&py)
            .arg(&script)
            .arg(file)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{}: {}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let combined = file.to_string_lossy().contains("00 - ");
        let sections = text.lines().filter(|l| l.starts_with("section ")).count();
        assert_eq!(sections, if combined { 6 } else { 1 }, "{text}");
        for l in text.lines().filter(|l| l.starts_with("section ")) {
            assert!(
                l.contains("page=210x297") || l.contains("page=297x210"),
                "{l}"
            );
            assert!(l.contains("margins=20,20,30,15"), "{l}");
            assert!(l.contains("title_pg=True page_field=True"), "{l}");
        }
        assert!(
            text.contains(
                "normal font=Times New Roman size=14.0 slots=Times New Roman,Times New Roman,Times New Roman,Times New Roman"
            ),
            "{text}"
        );
        assert!(text.contains(&format!("cell={}", json("ĐẢNG CỘNG SẢN VIỆT NAM"))));
        for l in text.lines().filter(|l| l.starts_with("table ")) {
            // Data tables (more than the header and closing tables) repeat their header row.
            if !l.contains("header_rows=0") {
                assert!(l.contains("header_rows=1"), "{l}");
            }
        }
        assert!(
            !text.contains('{'),
            "unresolved placeholder in {}",
            file.display()
        );
        if file.to_string_lossy().contains("01 - ") || combined {
            let typed = format!("{TRICKY}{ALL_LETTERS}");
            for line in typed.split('\n') {
                assert!(
                    text.contains(&format!("para={}", json(line))),
                    "{line:?} not read back from {}",
                    file.display()
                );
            }
        }
    }
}

fn pdf_pages(pdf: &Path) -> u32 {
    let out = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().unwrap()))
        .unwrap_or_else(|| panic!("no page count for {}", pdf.display()))
}

/// Every document of every demo packet converts with LibreOffice; the
/// combined packet has exactly the pages of its documents (each starts on a
/// new page); the fixture's documents have their known page counts.
#[test]
fn libreoffice_converts_every_demo_document() {
    let Some(soffice) = docgen::pdf::find_libreoffice() else {
        return skip("LibreOffice");
    };
    if std::process::Command::new("pdfinfo")
        .arg("-v")
        .output()
        .is_err()
    {
        return skip("pdfinfo (poppler-utils)");
    }
    let (ward, branches) = daihoi::demo::demo_ward();
    let (fward, fbranch) = fixture();
    let work = tempfile::tempdir().unwrap();
    let flat = work.path().join("all");
    std::fs::create_dir(&flat).unwrap();
    // One LibreOffice run for everything: copy each packet's files under a
    // unique prefix into one folder.
    let mut packets: Vec<Vec<std::path::PathBuf>> = Vec::new();
    let sources = branches
        .iter()
        .map(|b| (&ward, b))
        .chain(std::iter::once((&fward, &fbranch)));
    for (i, (w, b)) in sources.enumerate() {
        let dir = work.path().join(format!("b{i}"));
        let report = packet(w, b, &dir);
        assert!(report.failed.is_empty());
        packets.push(
            report
                .written
                .iter()
                .map(|f| {
                    let to = flat.join(format!(
                        "b{i:02}-{}",
                        f.file_name().unwrap().to_string_lossy()
                    ));
                    std::fs::copy(f, &to).unwrap();
                    to
                })
                .collect(),
        );
    }
    let files: Vec<_> = packets.iter().flatten().cloned().collect();
    let pdfs = docgen::pdf::convert(&soffice, &files, &flat).unwrap();
    let pages: Vec<u32> = pdfs
        .iter()
        .zip(&files)
        .map(|(p, f)| {
            let p = p
                .as_ref()
                .unwrap_or_else(|| panic!("{} did not convert", f.display()));
            pdf_pages(p)
        })
        .collect();
    let mut at = 0;
    for files in &packets {
        let n = files.len();
        let singles: u32 = pages[at..at + n - 1].iter().sum();
        assert!(pages[at..at + n].iter().all(|p| *p >= 1));
        assert_eq!(
            pages[at + n - 1],
            singles,
            "combined packet {}",
            files[n - 1].display()
        );
        at += n;
    }
    // The fixture (last packet): report 2 pages, self-review 2 (two of its
    // sections are empty and carry dotted lines to fill in), resolution 2,
    // proposal 2, list 2 landscape pages (signature on the second), agenda 2.
    let fixture_pages = &pages[pages.len() - 7..];
    assert_eq!(fixture_pages, [2, 2, 2, 2, 2, 2, 12], "{fixture_pages:?}");
}

fn daihoi(args: &[&str]) -> (Option<i32>, String) {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_daihoi"))
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
    )
}

#[test]
fn render_command() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("hồ sơ");
    let ws_s = ws.to_str().unwrap();
    assert_eq!(daihoi(&["demo", ws_s]).0, Some(0));
    let (_, branches) = daihoi::demo::demo_ward();
    let id = branches[0].id.as_str();
    let out = tmp.path().join("văn bản");
    let out_s = out.to_str().unwrap();
    let (code, text) = daihoi(&[
        "render",
        "--workspace",
        ws_s,
        "--branch",
        id,
        "--out",
        out_s,
    ]);
    assert_eq!(code, Some(0), "{text}");
    assert!(out.join("01 - Báo cáo chính trị.docx").is_file(), "{text}");
    let packet = format!(
        "00 - Bộ hồ sơ đại hội - {}.docx",
        docgen::safe_file_name(&branches[0].name)
    );
    assert!(out.join(packet).is_file(), "{text}");
    // --all: one folder per branch.
    let all = tmp.path().join("tất cả");
    let (code, text) = daihoi(&[
        "render",
        "--workspace",
        ws_s,
        "--all",
        "--out",
        all.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{text}");
    assert_eq!(std::fs::read_dir(&all).unwrap().count(), branches.len());
    // Usage and data errors.
    assert_eq!(
        daihoi(&["render", "--workspace", ws_s, "--out", out_s]).0,
        Some(2)
    );
    let (code, text) = daihoi(&[
        "render",
        "--workspace",
        ws_s,
        "--branch",
        "khong-co",
        "--out",
        out_s,
    ]);
    assert_eq!(code, Some(1));
    assert!(text.contains("Không có chi bộ mã \"khong-co\""), "{text}");
    // A broken template in the workspace: reported, nothing written.
    std::fs::write(
        ws.join("templates/chuong-trinh-dai-hoi.txt"),
        "@kind programme\n{#table}\n| a |\n",
    )
    .unwrap();
    let fresh = tmp.path().join("mới");
    let (code, text) = daihoi(&[
        "render",
        "--workspace",
        ws_s,
        "--all",
        "--out",
        fresh.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(1));
    assert!(
        text.contains("chuong-trinh-dai-hoi.txt, dòng 2, cột 2"),
        "{text}"
    );
    assert!(!fresh.exists());
}
