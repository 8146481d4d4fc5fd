//! The ward's roll-up reproduces the Hoài Tân ward report (DOMAIN.md, "The
//! ward's roll-up"): 15 branches; 41 committee members, 15 secretaries,
//! 14 deputies; 31 re-elected (75,6%) incl. 12 secretaries (80%) and
//! 12 deputies (85,7%); 8 new (19,5%), 2 first-time (4,87%); 10 women
//! (24,3%); 4 under 40 (9,75%); average age 50,5.

use daihoi::model::*;
use daihoi::rules::rollup::{Share, rollup};
use daihoi::store::Workspace;
use time::macros::date;

/// How an elected person stands against the outgoing committee.
#[derive(Clone, Copy)]
enum Hist {
    /// Held the same role on the outgoing committee.
    Same,
    /// Was on the outgoing committee in another role.
    Was(CommitteeRole),
    /// Not on the outgoing committee, served on a committee before.
    New,
    /// Never on a committee.
    First,
}
use CommitteeRole::{Deputy as D, Member as M, Secretary as S};
use Hist::*;

/// (role, history, woman, age at the congress, village head)
type Person = (CommitteeRole, Hist, bool, i32, bool);

/// The 15 branches: 6 committees of 3, 2 of 5, 6 secretary + deputy, 1 secretary only.
fn hoai_tan_spec() -> Vec<(&'static str, Vec<Person>)> {
    let f = true;
    let n = false;
    vec![
        (
            "Thôn Ngọc An",
            vec![
                (S, Same, n, 55, f),
                (D, Same, n, 48, n),
                (M, Same, f, 44, n),
            ],
        ),
        (
            "Thôn Ngọc Sơn",
            vec![
                (S, Same, n, 58, f),
                (D, Same, f, 46, n),
                (M, Same, n, 52, n),
            ],
        ),
        (
            "Thôn Gia An",
            vec![(S, Same, f, 51, f), (D, Same, n, 57, n), (M, New, n, 45, n)],
        ),
        (
            "Thôn Gia Trung",
            vec![(S, Same, n, 60, f), (D, Same, n, 50, n), (M, New, f, 42, n)],
        ),
        (
            "Thôn Phụ Ốc",
            vec![(S, Same, n, 54, n), (D, Same, f, 47, n), (M, New, n, 49, n)],
        ),
        (
            "Thôn Lại Khánh",
            vec![
                (S, Same, n, 59, n),
                (D, Same, n, 53, n),
                (M, First, n, 32, n),
            ],
        ),
        (
            "Chi bộ Trường THCS",
            vec![
                (S, Was(M), n, 56, n),
                (D, Same, n, 51, n),
                (M, Same, n, 61, n),
                (M, New, f, 43, n),
                (M, First, n, 29, n),
            ],
        ),
        (
            "Chi bộ Cơ quan",
            vec![
                (S, Same, n, 62, n),
                (D, Was(M), n, 50, n),
                (M, Same, n, 58, n),
                (M, New, n, 38, n),
                (M, New, f, 44, n),
            ],
        ),
        ("Khu phố 1", vec![(S, Was(D), n, 57, f), (D, New, n, 36, n)]),
        ("Khu phố 2", vec![(S, Same, f, 49, f), (D, Same, n, 55, n)]),
        ("Khu phố 3", vec![(S, Same, n, 63, f), (D, Same, f, 48, n)]),
        ("Khu phố 4", vec![(S, Same, n, 52, f), (D, Same, f, 45, n)]),
        ("Khu phố 5", vec![(S, Same, n, 58, f), (D, Same, n, 60, n)]),
        ("Khu phố 6", vec![(S, Same, n, 54, n), (D, Same, n, 47, n)]),
        ("Khu phố 7", vec![(S, New, n, 54, n)]),
    ]
}

const GIVEN: [&str; 12] = [
    "An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải", "Lan", "Minh", "Nga", "Phúc", "Tâm",
];

/// Build the ward and its branches from the spec: the elected people, the
/// outgoing committee members who were not re-elected, and some ordinary
/// members who are in no figure.
pub fn hoai_tan() -> (Ward, Vec<Branch>) {
    let ward = Ward {
        name: "Đảng bộ phường Hoài Tân".into(),
        superior_name: "Đảng bộ thị xã Hoài Nhơn".into(),
        committee_name: "Đảng ủy phường Hoài Tân".into(),
        place: "Hoài Tân".into(),
        // The Hoài Tân report cuts to three significant digits (DOMAIN.md).
        percent: PercentRule::CUT_THREE_SIGNIFICANT,
        ..Ward::default()
    };
    let dates = [
        date!(2025 - 07 - 12),
        date!(2025 - 07 - 19),
        date!(2025 - 07 - 26),
        date!(2025 - 08 - 02),
    ];
    let mut branches = Vec::new();
    for (i, (name, people)) in hoai_tan_spec().into_iter().enumerate() {
        let congress = dates[i % dates.len()];
        let mut b = Branch {
            id: format!("chi-bo-{:02}", i + 1),
            name: format!("Chi bộ {}", name.trim_start_matches("Chi bộ ")),
            ..Branch::default()
        };
        b.congress.date = Some(congress);
        b.results.held = true;
        let mut outgoing_taken = Vec::new();
        for (k, (role, hist, woman, age, head)) in people.iter().copied().enumerate() {
            let outgoing = match hist {
                Same => role,
                Was(r) => r,
                New | First => CommitteeRole::None,
            };
            outgoing_taken.push(outgoing);
            let id = b.add_member(Member {
                full_name: format!("Nguyễn Văn {} {}", GIVEN[k % GIVEN.len()], i + 1),
                gender: if woman { Gender::Female } else { Gender::Male },
                birth: ymd(congress.year() - age, 1, 10).map(PartialDate::Full),
                outgoing_role: outgoing,
                served_on_committee_before: !matches!(hist, First),
                village_head: head,
                ..Member::default()
            });
            b.results.elected.push(Elected { member: id, role });
        }
        // Outgoing secretary / deputy who left the committee.
        for role in [S, D] {
            if !outgoing_taken.contains(&role) {
                b.add_member(Member {
                    full_name: format!("Trần Thị Nghỉ {} {}", i + 1, role as u8),
                    gender: Gender::Female,
                    birth: Some(PartialDate::Year(1950)),
                    outgoing_role: role,
                    served_on_committee_before: true,
                    ..Member::default()
                });
            }
        }
        for k in 0..3 {
            b.add_member(Member {
                full_name: format!("Lê Thị Thường {} {k}", i + 1),
                gender: Gender::Female,
                birth: Some(PartialDate::Year(1990 + k)),
                ..Member::default()
            });
        }
        branches.push(b);
    }
    (ward, branches)
}

#[test]
fn hoai_tan_figures_and_percentages() {
    let (ward, branches) = hoai_tan();
    let r = rollup(&ward, &branches);
    assert_eq!(r.branches, 15);
    assert_eq!(r.held, Share { count: 15, of: 15 });
    assert_eq!(r.committee_members, 41);
    assert_eq!(r.secretaries, 15);
    assert_eq!(r.deputies, 14);
    assert_eq!(
        (r.reelected.count, r.pct(r.reelected).as_str()),
        (31, "75,6%")
    );
    assert_eq!(
        (
            r.reelected_secretaries.count,
            r.pct(r.reelected_secretaries).as_str()
        ),
        (12, "80%")
    );
    assert_eq!(
        (
            r.reelected_deputies.count,
            r.pct(r.reelected_deputies).as_str()
        ),
        (12, "85,7%")
    );
    assert_eq!(
        (r.new_members.count, r.pct(r.new_members).as_str()),
        (8, "19,5%")
    );
    assert_eq!(
        (r.first_time.count, r.pct(r.first_time).as_str()),
        (2, "4,87%")
    );
    assert_eq!((r.women.count, r.pct(r.women).as_str()), (10, "24,3%"));
    assert_eq!(r.young_age, 40);
    assert_eq!((r.young.count, r.pct(r.young).as_str()), (4, "9,75%"));
    assert_eq!(r.average_age().as_deref(), Some("50,5"));
    assert_eq!(r.ages_known, 41);
    assert_eq!(
        (
            r.secretary_only.count,
            r.secretary_only.of,
            r.pct(r.secretary_only).as_str()
        ),
        (7, 15, "46,6%")
    );
    assert_eq!(
        (
            r.secretary_village_heads.count,
            r.pct(r.secretary_village_heads).as_str()
        ),
        (9, "60%")
    );
    assert!(r.unknown.is_empty());
    assert!(r.not_held.is_empty());
    // Four congress days, earliest first, every branch once.
    let days: Vec<_> = r.held_on.iter().map(|h| h.date).collect();
    assert_eq!(
        days,
        [
            Some(date!(2025 - 07 - 12)),
            Some(date!(2025 - 07 - 19)),
            Some(date!(2025 - 07 - 26)),
            Some(date!(2025 - 08 - 02))
        ]
    );
    assert_eq!(
        r.held_on.iter().map(|h| h.branches.len()).sum::<usize>(),
        15
    );
}

#[test]
fn hoai_tan_report_sentences() {
    let (ward, branches) = hoai_tan();
    let lines = rollup(&ward, &branches).lines();
    let text = lines.join("\n");
    for expected in [
        "Đã có 15/15 chi bộ tổ chức xong đại hội (100%).",
        "Các chi bộ đã bầu 41 đồng chí chi ủy viên (kể cả ",
        " của 7 chi bộ không bầu chi ủy); trong đó 15 đồng chí bí thư và 14 đồng chí phó bí thư.",
        "Trong 41 đồng chí được bầu: tái cử 31 đồng chí (75,6%); mới tham gia chi ủy, đã từng tham gia cấp ủy 8 đồng chí (19,5%); tham gia cấp ủy lần đầu 2 đồng chí (4,87%).",
        "Bí thư tái cử 12/15 đồng chí (80%); phó bí thư tái cử 12/14 đồng chí (85,7%).",
        "Nữ 10 đồng chí (24,3%); dưới 40 tuổi 4 đồng chí (9,75%).",
        "Tuổi bình quân 50,5.",
        "7 chi bộ chỉ bầu bí thư, phó bí thư",
        "9 đồng chí bí thư chi bộ đồng thời là trưởng thôn",
        "Ngày 12/07/2025: 4 chi bộ",
    ] {
        assert!(text.contains(expected), "missing «{expected}» in:\n{text}");
    }
}

#[test]
fn hoai_tan_survives_the_workspace_round_trip() {
    let (ward, branches) = hoai_tan();
    let tmp = tempfile::tempdir().unwrap();
    let ws = Workspace::new(tmp.path().join("Hoài Tân"));
    ws.create(&ward, &branches).unwrap();
    let loaded = ws.load();
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let r = rollup(loaded.ward.as_ref().unwrap(), &loaded.branches);
    assert_eq!(r.committee_members, 41);
    assert_eq!(r.pct(r.reelected), "75,6%");
    assert_eq!(r.average_age().as_deref(), Some("50,5"));
}

#[test]
fn only_held_congresses_count_and_odd_results_are_reported() {
    let (ward, mut branches) = hoai_tan();
    // Branch 15 (secretary only) not held yet: its secretary leaves the figures.
    branches[14].results.held = false;
    // Branch 1 lists its secretary twice and a member id that does not exist.
    let sec = branches[0].results.elected[0].member;
    branches[0].results.elected.push(Elected {
        member: sec,
        role: M,
    });
    branches[0].results.elected.push(Elected {
        member: 999,
        role: M,
    });
    let r = rollup(&ward, &branches);
    assert_eq!(r.held, Share { count: 14, of: 15 });
    assert_eq!(r.committee_members, 40);
    assert_eq!(r.secretaries, 14);
    assert_eq!(r.new_members.count, 7);
    assert_eq!(r.secretary_only, Share { count: 6, of: 14 });
    assert_eq!(r.not_held, ["Chi bộ Khu phố 7"]);
    assert_eq!(r.unknown.len(), 1);
    assert_eq!(r.unknown[0].member, 999);
    let text = r.lines().join("\n");
    assert!(
        text.contains("Chưa tổ chức đại hội: Chi bộ Khu phố 7."),
        "{text}"
    );
    assert!(text.contains("(mã 999)"), "{text}");
}

#[test]
fn empty_ward_has_no_figures() {
    let r = rollup(&Ward::default(), &[]);
    assert_eq!(r.committee_members, 0);
    assert_eq!(r.pct(r.reelected), "0%");
    assert_eq!(r.average_age(), None);
}

#[test]
fn overview_exports_to_xlsx_for_the_district() {
    use calamine::{Data, Reader, open_workbook_auto};
    use daihoi::rules::overview::overview;
    let (ward, mut branches) = hoai_tan();
    // Six congresses still to come, one of them late with its documents.
    for b in branches.iter_mut().skip(9) {
        b.results = ElectionResults::default();
        b.congress.date = Some(date!(2025 - 08 - 20));
    }
    let today = date!(2025 - 08 - 10);
    let rows = overview(&ward, &branches, today);
    let r = rollup(&ward, &branches);
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("Tiến độ đại hội.xlsx");
    daihoi::docgen::overview_xlsx::export_overview(&ward, &rows, &r, today, &path).unwrap();

    let mut wb = open_workbook_auto(&path).unwrap();
    assert_eq!(wb.sheet_names(), ["Tiến độ", "Tổng hợp"]);
    let sheet = wb.worksheet_range("Tiến độ").unwrap();
    let text = |row: u32, col: u32| sheet.get_value((row, col)).cloned().unwrap_or(Data::Empty);
    assert_eq!(text(0, 0), Data::String("ĐẢNG BỘ PHƯỜNG HOÀI TÂN".into()));
    assert_eq!(
        text(3, 0),
        Data::String("9/15 chi bộ đã tổ chức đại hội, 60%".into())
    );
    assert_eq!(text(5, 1), Data::String("Chi bộ".into()));
    assert_eq!(text(6, 1), Data::String("Chi bộ Thôn Ngọc An".into()));
    match text(6, 3) {
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            assert_eq!((y, m, day), (2025, 7, 12));
        }
        other => panic!("congress date is not a date cell: {other:?}"),
    }
    assert_eq!(text(6, 7), Data::String("Rồi".into()));
    // Branch 10 (Khu phố 2): documents were due 05/08/2025, five days ago.
    assert_eq!(text(15, 1), Data::String("Chi bộ Khu phố 2".into()));
    assert_eq!(
        text(15, 4),
        Data::String("Quá hạn 5 ngày (hạn 05/08/2025)".into())
    );
    assert_eq!(text(15, 8), Data::String("Chưa đến hạn".into()));
    assert_eq!(sheet.height(), 6 + 15);
    let sum = wb.worksheet_range("Tổng hợp").unwrap();
    let first = sum.get_value((2, 0)).cloned();
    assert_eq!(
        first,
        Some(Data::String(
            "Đã có 9/15 chi bộ tổ chức xong đại hội (60%).".into()
        ))
    );

    // A failed export says why and leaves the earlier file as it was.
    let before = std::fs::read(&path).unwrap();
    let not_a_dir = tmp.path().join("ghi-chu.txt");
    std::fs::write(&not_a_dir, "x").unwrap();
    let bad = not_a_dir.join("x.xlsx");
    let e =
        daihoi::docgen::overview_xlsx::export_overview(&ward, &rows, &r, today, &bad).unwrap_err();
    assert!(e.to_string().contains("x.xlsx"), "{e}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// The text of a .docx: paragraphs on their own lines, table cells too.
fn docx_text(path: &std::path::Path) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let xml = xml.replace("</w:p>", "\n");
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
    out.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace('\u{a0}', " ")
}

/// `daihoi report --workspace DIR --out FILE` plus `extra` arguments.
fn report_cmd(
    dir: &std::path::Path,
    out: &std::path::Path,
    extra: &[&str],
) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_daihoi"))
        .arg("report")
        .arg("--workspace")
        .arg(dir)
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn report_cli_writes_the_ward_report() {
    let (mut ward, branches) = hoai_tan();
    ward.signers.ward_name = "Trần Văn Bình".into();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("Hoài Tân");
    Workspace::new(&dir).create(&ward, &branches).unwrap();
    let out = tmp.path().join("Báo cáo tổng hợp.docx");
    let o = report_cmd(&dir, &out, &["--date", "2025-08-10"]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(stdout.contains("tái cử 31 đồng chí (75,6%)"), "{stdout}");
    let text = docx_text(&out);
    for expected in [
        "ĐẢNG BỘ THỊ XÃ HOÀI NHƠN",
        "ĐẢNG ỦY PHƯỜNG HOÀI TÂN",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "-BC/ĐU",
        "Hoài Tân, ngày 10 tháng 8 năm 2025",
        "BÁO CÁO",
        "kết quả đại hội các chi bộ trực thuộc Đảng bộ phường Hoài Tân",
        "đã có 15/15 chi bộ tổ chức xong đại hội và báo cáo kết quả, đạt 100%",
        "Các chi bộ đã bầu 41 đồng chí chi ủy viên",
        "trong đó 15 đồng chí bí thư và 14 đồng chí phó bí thư",
        "Trong 41 đồng chí được bầu: tái cử 31 đồng chí (75,6%); mới tham gia chi ủy, đã từng tham gia cấp ủy 8 đồng chí (19,5%); tham gia cấp ủy lần đầu 2 đồng chí (4,87%).",
        "Bí thư tái cử 12/15 đồng chí (80%); phó bí thư tái cử 12/14 đồng chí (85,7%).",
        "Ban Thường vụ Thị ủy Hoài Nhơn (để báo cáo)",
        "Nữ 10 đồng chí, tỷ lệ 24,3%",
        "Dưới 40 tuổi 4 đồng chí, tỷ lệ 9,75%",
        "Tuổi bình quân của chi ủy viên: 50,5",
        "Có 7 chi bộ chỉ bầu bí thư, phó bí thư",
        "Có 9 đồng chí bí thư chi bộ đồng thời là trưởng thôn",
        "12/07/2025",
        "Chi bộ Khu phố 7",
        "T/M ĐẢNG ỦY",
        "Trần Văn Bình",
    ] {
        assert!(text.contains(expected), "missing «{expected}» in:\n{text}");
    }
    assert!(!text.contains("chưa tổ chức đại hội"), "{text}");

    // A broken branch file: no report (the figures would be wrong), the old file stays.
    let before = std::fs::read(&out).unwrap();
    std::fs::write(dir.join("branches/chi-bo-03.ron"), "(version: 1, name: ").unwrap();
    let o = report_cmd(&dir, &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Chưa ghi báo cáo"));
    assert_eq!(std::fs::read(&out).unwrap(), before);
}

#[test]
fn ward_report_template_override_is_checked() {
    let (ward, branches) = hoai_tan();
    let tmp = tempfile::tempdir().unwrap();
    let ws = Workspace::new(tmp.path().join("w"));
    ws.create(&ward, &branches).unwrap();
    std::fs::write(
        ws.templates_dir().join(daihoi::docgen::ward_report::TEMPLATE_FILE),
        "@kind report\n@issuer ward\n@title BÁO CÁO\nTái cử {rollup.reelected_percent}, sai {rollup.khong_co}.\n",
    )
    .unwrap();
    let t = daihoi::docgen::ward_report::load_template(&ws).unwrap();
    let e = daihoi::docgen::ward_report::render(&ward, &branches, &t, None).unwrap_err();
    let text = e.to_string();
    assert!(
        text.contains("khong_co") && text.contains("dòng 4"),
        "{text}"
    );
}

#[test]
fn builtin_ward_report_template_is_valid() {
    let t = daihoi::docgen::ward_report::builtin_template();
    let (ward, branches) = hoai_tan();
    let doc = daihoi::docgen::ward_report::document(&ward, &branches, &t, None).unwrap();
    let text = daihoi::docgen::layout::plain_text(&doc);
    assert!(
        text.contains("Hoài Tân, ngày    tháng    năm 2025"),
        "{text}"
    );
}

/// The demo ward is written as of its own day (autumn 2025, in the middle
/// of its congress round): `report` without `--date` is the report of that
/// day, not of the computer's date on which every congress would be past.
#[test]
fn report_on_the_demo_is_of_the_demos_day() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_daihoi"))
        .arg("demo")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let ward = Workspace::new(&dir).load_ward().expect("ward.ron");
    let day = ward.as_of.expect("the demo is shown as of its own day");
    let (plain, dated) = (tmp.path().join("a.docx"), tmp.path().join("b.docx"));
    assert!(report_cmd(&dir, &plain, &[]).status.success());
    let iso = format!("{day}");
    assert!(report_cmd(&dir, &dated, &["--date", &iso]).status.success());
    let text = docx_text(&plain);
    assert_eq!(text, docx_text(&dated));
    let line = format!(
        "Lạc An, ngày {} tháng {} năm {}",
        day.day(),
        u8::from(day.month()),
        day.year()
    );
    assert!(text.contains(&line), "{line:?} in {text}");
}
