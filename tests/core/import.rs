//! Member import from generated .xlsx / .csv (and .ods / .xls through
//! LibreOffice when it is installed): good rows, bad rows, Vietnamese headers
//! in different spellings, Excel date numbers, duplicates, preview then
//! apply and undo.

use daihoi::import::{self, Cell, Duplicate, Field, ImportError, IssueLevel, Mapping, Preview};
use daihoi::model::*;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::path::Path;
use time::macros::date;

/// A cell of the generated list.
#[derive(Clone, Copy)]
enum C {
    S(&'static str),
    N(f64),
    /// A date cell (year, month, day).
    D(u16, u8, u8),
}
use C::*;

/// A list as a ward office keeps it: two title rows, a header with
/// diacritics on row 4, dates as real date cells, as plain serial numbers,
/// as text and as a year alone; two bad rows; a duplicate; an empty row 9.
fn list_rows() -> Vec<Vec<Option<C>>> {
    let header = [
        "STT",
        "Họ và tên",
        "Ngày, tháng, năm sinh",
        "Giới tính",
        "Dân tộc",
        "Quê quán",
        "Trình độ LLCT",
        "Ngày vào Đảng",
        "Ngày chính thức",
        "Chức vụ hiện nay",
    ];
    let row = |cells: &[(usize, C)]| {
        let mut r = vec![None; header.len()];
        for (c, v) in cells {
            r[*c] = Some(*v);
        }
        r
    };
    vec![
        row(&[(0, S("DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN NGỌC AN"))]),
        row(&[(0, S("(Tính đến ngày 01/11/2026)"))]),
        row(&[]),
        header.iter().map(|h| Some(S(h))).collect(),
        // Row 5: every date a real date cell.
        row(&[
            (0, N(1.0)),
            (1, S("Nguyễn Văn An")),
            (2, D(1968, 3, 2)),
            (3, S("Nam")),
            (4, S("Kinh")),
            (5, S("Hoài Tân, Hoài Nhơn")),
            (6, S("Trung cấp")),
            (7, D(1990, 5, 19)),
            (8, D(1991, 5, 19)),
            (9, S("Trưởng thôn")),
        ]),
        // Row 6: birth year only (a number), dates as bare Excel serial numbers.
        row(&[
            (0, N(2.0)),
            (1, S("TRẦN THỊ ÁNH")),
            (2, N(1955.0)),
            (3, S("Nữ")),
            (4, S("Tày")),
            (7, N(27926.0)), // 15/06/1976
            (8, N(28291.0)), // 15/06/1977
        ]),
        // Row 7: dates typed as text; probationary (no official date).
        row(&[
            (0, N(3.0)),
            (1, S("Lê Văn Đức")),
            (2, S("05/08/1998")),
            (3, S("nam")),
            (7, S("2/1/2026")),
        ]),
        // Row 8: a date that does not exist and an unknown gender.
        row(&[
            (0, N(4.0)),
            (1, S("Phạm Thị Hoa")),
            (2, S("31/02/1970")),
            (3, S("X")),
        ]),
        row(&[]),
        // Row 10: no name.
        row(&[(0, N(5.0)), (2, S("1980")), (3, S("Nam"))]),
        // Row 11: the same person as row 5.
        row(&[
            (0, N(6.0)),
            (1, S("Nguyễn  Văn An")),
            (2, S("02/03/1968")),
            (3, S("Nam")),
        ]),
        // Row 12: already in the branch.
        row(&[
            (0, N(7.0)),
            (1, S("Võ Minh Châu")),
            (2, S("1975")),
            (3, S("Nam")),
        ]),
    ]
}

fn write_xlsx(path: &Path) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Danh sách").unwrap();
    let date_fmt = Format::new().set_num_format("dd/mm/yyyy");
    for (r, cells) in list_rows().iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                Some(S(t)) => ws.write_string(r, c, *t).map(|_| ()),
                Some(N(n)) => ws.write_number(r, c, *n).map(|_| ()),
                Some(D(y, m, d)) => ws
                    .write_datetime_with_format(
                        r,
                        c,
                        &ExcelDateTime::from_ymd(*y, *m, *d).unwrap(),
                        &date_fmt,
                    )
                    .map(|_| ()),
                None => Ok(()),
            }
            .unwrap();
        }
    }
    wb.save(path).unwrap();
}

/// The same list as OpenDocument (.ods): a zip with content.xml.
fn write_ods(path: &Path) {
    use std::io::Write;
    let mut rows = String::new();
    for cells in list_rows() {
        rows.push_str("<table:table-row>");
        for cell in cells {
            match cell {
                Some(S(t)) => rows.push_str(&format!(
                    "<table:table-cell office:value-type=\"string\"><text:p>{t}</text:p></table:table-cell>"
                )),
                Some(N(n)) => rows.push_str(&format!(
                    "<table:table-cell office:value-type=\"float\" office:value=\"{n}\"><text:p>{n}</text:p></table:table-cell>"
                )),
                Some(D(y, m, d)) => rows.push_str(&format!(
                    "<table:table-cell office:value-type=\"date\" office:date-value=\"{y:04}-{m:02}-{d:02}\"><text:p>{d:02}/{m:02}/{y}</text:p></table:table-cell>"
                )),
                None => rows.push_str("<table:table-cell/>"),
            }
        }
        rows.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Danh sách"><table:table-column table:number-columns-repeated="10"/>{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
}

fn existing_branch() -> Branch {
    let mut b = Branch {
        id: "thon-ngoc-an".into(),
        name: "Chi bộ Thôn Ngọc An".into(),
        ..Branch::default()
    };
    b.add_member(Member {
        full_name: "Võ Minh Châu".into(),
        birth: Some(PartialDate::Year(1975)),
        ..Member::default()
    });
    b
}

fn load(path: &Path, existing: &[Member]) -> (import::Table, Mapping, Preview) {
    let table = import::read_table(path, None).unwrap();
    let mapping = import::detect_mapping(&table).expect("header recognised");
    let p = import::preview(&table, &mapping, existing);
    (table, mapping, p)
}

fn check_xlsx_like(path: &Path) {
    let branch = existing_branch();
    let (table, mapping, p) = load(path, &branch.members);
    assert_eq!(table.row_number(mapping.header_row), 4);
    assert_eq!(mapping.column_of(Field::FullName), Some(1));
    assert_eq!(mapping.column_of(Field::Birth), Some(2));
    assert_eq!(mapping.column_of(Field::PoliticalTheory), Some(6));
    assert_eq!(mapping.column_of(Field::Official), Some(8));
    assert_eq!(mapping.columns[0], None, "STT is not imported");

    let rows: Vec<u32> = p.rows.iter().map(|r| r.row).collect();
    assert_eq!(rows, [5, 6, 7, 8, 10, 11, 12], "the empty row 9 is skipped");
    let an = &p.rows[0].member;
    assert_eq!(an.full_name, "Nguyễn Văn An");
    assert_eq!(an.birth, Some(PartialDate::Full(date!(1968 - 03 - 02))));
    assert_eq!(an.joined, Some(date!(1990 - 05 - 19)));
    assert_eq!(an.official, Some(date!(1991 - 05 - 19)));
    assert_eq!(an.hometown, "Hoài Tân, Hoài Nhơn");
    assert_eq!(an.political_theory, "Trung cấp");
    assert_eq!(an.posts, "Trưởng thôn");
    assert_eq!(an.status, MemberStatus::Full);
    let anh = &p.rows[1].member;
    assert_eq!(
        anh.full_name, "Trần Thị Ánh",
        "capitals become a proper name"
    );
    assert_eq!(anh.birth, Some(PartialDate::Year(1955)));
    assert_eq!(anh.gender, Gender::Female);
    assert_eq!(anh.ethnicity, "Tày");
    assert_eq!(
        anh.joined,
        Some(date!(1976 - 06 - 15)),
        "Excel serial 27926"
    );
    assert_eq!(
        anh.official,
        Some(date!(1977 - 06 - 15)),
        "Excel serial 28291"
    );
    let duc = &p.rows[2].member;
    assert_eq!(duc.birth, Some(PartialDate::Full(date!(1998 - 08 - 05))));
    assert_eq!(duc.joined, Some(date!(2026 - 01 - 02)));
    assert_eq!(duc.status, MemberStatus::Probationary);
    let warning = &p.rows[2].issues[0];
    assert_eq!(warning.level, IssueLevel::Warning);
    assert_eq!(warning.column.as_deref(), Some("I (Ngày chính thức)"));
    assert!(warning.message.contains("dự bị"));
    assert!(
        p.rows[..3].iter().all(|r| r.accepted()),
        "{:#?}",
        &p.rows[..3]
    );

    // Row 8: two errors, each naming its row and column.
    let bad = &p.rows[3];
    assert!(!bad.accepted());
    let located: Vec<String> = bad
        .issues
        .iter()
        .filter(|i| i.level == IssueLevel::Error)
        .map(|i| {
            format!(
                "{:?}|{}|{}",
                i.row,
                i.column.clone().unwrap_or_default(),
                i.message
            )
        })
        .collect();
    assert_eq!(located.len(), 2, "{located:#?}");
    assert!(
        located[0]
            .starts_with("Some(8)|C (Ngày, tháng, năm sinh)|Ngày \"31/02/1970\" không có thật"),
        "{located:#?}"
    );
    assert!(
        located[1].starts_with("Some(8)|D (Giới tính)|Giới tính \"X\" không rõ"),
        "{located:#?}"
    );
    // Row 10: no name.
    assert!(p.rows[4].has_error());
    assert_eq!(p.rows[4].issues[0].column.as_deref(), Some("B (Họ và tên)"));
    // Row 11 duplicates row 5; row 12 is already a member.
    assert_eq!(p.rows[5].duplicate, Some(Duplicate::InFile { row: 5 }));
    assert_eq!(
        p.rows[6].duplicate,
        Some(Duplicate::Existing {
            name: "Võ Minh Châu".into()
        })
    );
    assert_eq!(
        (p.accepted_count(), p.error_count(), p.duplicate_count()),
        (3, 2, 2)
    );
    assert_eq!(
        daihoi::strings::import::summary(p.accepted_count(), p.error_count(), p.duplicate_count()),
        "3 dòng sẽ được nhập, 2 dòng lỗi, 2 dòng trùng."
    );

    // Nothing changed yet; apply adds the three, undo restores.
    let mut b = branch.clone();
    assert_eq!(b, existing_branch());
    let before = import::apply(&mut b, &p);
    assert_eq!(before, branch.members);
    let names: Vec<&str> = b.members.iter().map(|m| m.full_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Võ Minh Châu",
            "Nguyễn Văn An",
            "Trần Thị Ánh",
            "Lê Văn Đức"
        ]
    );
    let ids: Vec<u32> = b.members.iter().map(|m| m.id).collect();
    assert_eq!(ids, [1, 2, 3, 4]);
    b.members = before;
    assert_eq!(b.members, branch.members);
}

#[test]
fn xlsx_good_bad_and_duplicate_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("Danh sách đảng viên.xlsx");
    write_xlsx(&path);
    let bytes = std::fs::read(&path).unwrap();
    check_xlsx_like(&path);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the file is never written"
    );
}

#[test]
fn csv_headers_without_diacritics_and_semicolons() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("ds.csv");
    let text = "\u{feff}TT;HO TEN;Nam sinh;Gioi tinh;Ngay ket nap;Ngay chinh thuc;Chinh thuc/Du bi;Ghi chu\r\n\
                1;Đặng Văn Bình;12/10/1960;Nam;03/02/1985;03/02/1986;Chính thức;\r\n\
                2;\"Hồ Thị Lan\";1972;nữ;31048;;Dự bị;\"ghi chú; có dấu chấm phẩy\"\r\n\
                3;Ngô Văn 3;1980;Nam;;;;\r\n\
                4;Mai Văn Cường;10/1980;Nam;;;Chính thức;\r\n\
                5;Bùi Văn Dũng;1979;Nam;05/05/05;;ct;\r\n";
    std::fs::write(&path, text).unwrap();
    let (_, mapping, p) = load(&path, &[]);
    assert_eq!(mapping.column_of(Field::FullName), Some(1));
    assert_eq!(mapping.column_of(Field::Birth), Some(2));
    assert_eq!(mapping.column_of(Field::Joined), Some(4));
    assert_eq!(mapping.column_of(Field::Status), Some(6));
    assert_eq!(mapping.columns[7], None);
    let binh = &p.rows[0];
    assert!(binh.accepted(), "{binh:#?}");
    assert_eq!(
        binh.member.birth,
        Some(PartialDate::Full(date!(1960 - 10 - 12)))
    );
    assert_eq!(binh.member.official, Some(date!(1986 - 02 - 03)));
    let lan = &p.rows[1];
    assert!(lan.accepted(), "{lan:#?}");
    assert_eq!(lan.member.gender, Gender::Female);
    assert_eq!(
        lan.member.joined,
        Some(date!(1985 - 01 - 01)),
        "serial as text"
    );
    assert_eq!(lan.member.status, MemberStatus::Probationary);
    // "Ngô Văn 3" is not a name; "10/1980" is not a date; "05/05/05" has a short year.
    assert!(p.rows[2].issues[0].message.contains("không giống họ tên"));
    assert_eq!(p.rows[2].issues[0].row, Some(4));
    assert!(
        p.rows[3].issues[0]
            .message
            .contains("\"10/1980\" không phải ngày")
    );
    assert_eq!(p.rows[3].issues[0].column.as_deref(), Some("C (Nam sinh)"));
    assert!(p.rows[4].issues[0].message.contains("năm chỉ 2 chữ số"));
    assert_eq!(p.accepted_count(), 2);
    assert_eq!(p.error_count(), 3);
}

#[test]
fn two_row_header_with_merged_parents() {
    // "Ngày vào Đảng" over "Dự bị" | "Chính thức", "Trình độ" over
    // "Học vấn" | "Chuyên môn" | "LLCT".
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("hai-dong.csv");
    std::fs::write(
        &path,
        "Số TT,Họ và tên,Năm sinh,Giới tính,Ngày vào Đảng,,Trình độ,,\n\
         ,,,,Dự bị,Chính thức,Học vấn,Chuyên môn,LLCT\n\
         1,Lý Thị Yến,1990,Nữ,10/10/2015,10/10/2016,12/12,Đại học Luật,Sơ cấp\n",
    )
    .unwrap();
    let (_, mapping, p) = load(&path, &[]);
    assert_eq!(mapping.data_start, 2);
    assert_eq!(
        mapping.columns,
        [
            None,
            Some(Field::FullName),
            Some(Field::Birth),
            Some(Field::Gender),
            Some(Field::Joined),
            Some(Field::Official),
            Some(Field::Education),
            Some(Field::Professional),
            Some(Field::PoliticalTheory),
        ]
    );
    let m = &p.rows[0].member;
    assert!(p.rows[0].accepted(), "{:#?}", p.rows[0]);
    assert_eq!(m.joined, Some(date!(2015 - 10 - 10)));
    assert_eq!(m.official, Some(date!(2016 - 10 - 10)));
    assert_eq!(m.education, "12/12");
    assert_eq!(m.professional, "Đại học Luật");
}

#[test]
fn manual_mapping_when_no_header_is_recognised() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("khong-tieu-de.csv");
    std::fs::write(&path, "Cột 1,Cột 2\nĐinh Văn Hải,1970\nKiều Thị Nga,1981\n").unwrap();
    let table = import::read_table(&path, None).unwrap();
    assert_eq!(import::detect_mapping(&table), None);
    let mut mapping = Mapping::from_row(&table, 0);
    let p = import::preview(&table, &mapping, &[]);
    assert!(p.rows.is_empty());
    assert!(p.issues[0].message.contains("Họ và tên"));
    assert_eq!(p.issues[0].level, IssueLevel::Error);
    mapping.set(0, Some(Field::FullName));
    mapping.set(1, Some(Field::Birth));
    let p = import::preview(&table, &mapping, &[]);
    assert_eq!(p.accepted_count(), 2);
    assert_eq!(p.rows[1].member.birth, Some(PartialDate::Year(1981)));
    // Gender column missing: a file-level warning, rows still accepted.
    assert!(
        p.issues
            .iter()
            .any(|i| i.level == IssueLevel::Warning && i.message.contains("Giới tính"))
    );
    // A field moves: setting it on another column clears the first.
    mapping.set(1, Some(Field::FullName));
    assert_eq!(mapping.columns, [None, Some(Field::FullName)]);
}

#[test]
fn unreadable_files_say_why() {
    let tmp = tempfile::tempdir().unwrap();
    let doc = tmp.path().join("ds.docx");
    std::fs::write(&doc, "x").unwrap();
    let e = import::read_table(&doc, None).unwrap_err();
    assert!(matches!(e, ImportError::Unsupported { .. }));
    assert!(e.to_string().contains(".xlsx, .xls, .ods hoặc .csv"), "{e}");
    let broken = tmp.path().join("hong.xlsx");
    std::fs::write(&broken, "not a zip").unwrap();
    let e = import::read_table(&broken, None).unwrap_err();
    assert!(e.to_string().contains("hong.xlsx"), "{e}");
    let ansi = tmp.path().join("ansi.csv");
    std::fs::write(&ansi, b"H\xf4 t\xean\n").unwrap();
    let e = import::read_table(&ansi, None).unwrap_err();
    assert!(e.to_string().contains("CSV UTF-8"), "{e}");
    let missing = tmp.path().join("khong-co.xlsx");
    assert!(
        import::read_table(&missing, None)
            .unwrap_err()
            .to_string()
            .contains("Không tìm thấy")
    );
    let xlsx = tmp.path().join("a.xlsx");
    write_xlsx(&xlsx);
    assert_eq!(import::sheet_names(&xlsx).unwrap(), ["Danh sách"]);
    let e = import::read_table(&xlsx, Some("Trang 2")).unwrap_err();
    assert!(e.to_string().contains("\"Trang 2\""), "{e}");
}

#[test]
fn cells_keep_their_kinds() {
    let tmp = tempfile::tempdir().unwrap();
    let xlsx = tmp.path().join("a.xlsx");
    write_xlsx(&xlsx);
    let t = import::read_table(&xlsx, None).unwrap();
    assert_eq!(t.sheet, "Danh sách");
    assert_eq!(t.first_row, 1);
    assert_eq!(*t.cell(4, 2), Cell::Date(date!(1968 - 03 - 02)));
    assert_eq!(*t.cell(5, 7), Cell::Number(27926.0));
    assert_eq!(t.column_name(9), "J");
}

#[test]
fn ods_reads_like_xlsx() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("danh-sach.ods");
    write_ods(&path);
    check_xlsx_like(&path);
}

/// An Excel 97 (.xls) file with the same list, made once with Python's xlwt
/// (`tests/fixtures/import/make_xls.py`): .xls cannot be written from Rust.
#[test]
fn xls_reads_like_xlsx() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/danh-sach.xls");
    check_xlsx_like(&path);
}
