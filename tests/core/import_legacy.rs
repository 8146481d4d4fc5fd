//! Lists typed in TCVN3 (.VnTime) or VNI fonts: converted to Unicode and
//! said so; mixed or unclear text refused.

use daihoi::import::{self, ImportError};
use daihoi::vi::legacy::Legacy;
use rust_xlsxwriter::{Format, Workbook};
use std::path::Path;

fn xlsx(path: &Path, font: &str, names: &[&str]) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let f = Format::new().set_font_name(font);
    ws.write_string_with_format(0, 0, "Hä vµ tªn", &f).unwrap();
    ws.write_string_with_format(0, 1, "Ngµy sinh", &f).unwrap();
    for (i, n) in names.iter().enumerate() {
        ws.write_string_with_format(i as u32 + 1, 0, *n, &f)
            .unwrap();
        ws.write_string_with_format(i as u32 + 1, 1, "05/08/1985", &f)
            .unwrap();
    }
    wb.save(path).unwrap();
}

#[test]
fn tcvn3_names_are_converted_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("abc.xlsx");
    xlsx(&path, ".VnTime", &["NguyÔn ThÞ Hoa", "TrÇn V¨n B×nh"]);
    let table = import::read_table(&path, None).unwrap();
    assert_eq!(table.encoding, Some(Legacy::Tcvn3));
    let mapping = import::detect_mapping(&table).expect("the converted header is found");
    let p = import::preview(&table, &mapping, &[]);
    let names: Vec<&str> = p.rows.iter().map(|r| r.member.full_name.as_str()).collect();
    assert_eq!(names, ["Nguyễn Thị Hoa", "Trần Văn Bình"]);
    assert!(daihoi::strings::import::encoding_note(table.encoding).contains("TCVN3"));
}

#[test]
fn vni_csv_is_converted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vni.csv");
    std::fs::write(
        &path,
        "Hoï vaø teân,Ngaøy sinh\nTraàn Huøng,05/08/1985\nÑoã Thò Mai,12/03/1990\n",
    )
    .unwrap();
    let table = import::read_table(&path, None).unwrap();
    assert_eq!(table.encoding, Some(Legacy::Vni));
    let mapping = import::detect_mapping(&table).unwrap();
    let p = import::preview(&table, &mapping, &[]);
    let names: Vec<&str> = p.rows.iter().map(|r| r.member.full_name.as_str()).collect();
    assert_eq!(names, ["Trần Hùng", "Đỗ Thị Mai"]);
}

#[test]
fn mixed_text_is_refused_with_the_cell() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lan.xlsx");
    xlsx(
        &path,
        "Times New Roman",
        &["Nguyễn Thị Hoa", "TrÇn V¨n B×nh"],
    );
    let err = import::read_table(&path, None).unwrap_err();
    assert!(
        matches!(err, ImportError::Encoding { mixed: true, .. }),
        "{err:?}"
    );
    let text = err.to_string();
    assert!(
        text.contains("lan.xlsx") && text.contains("Unicode"),
        "{text}"
    );
}

#[test]
fn unicode_lists_are_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("u.csv");
    std::fs::write(&path, "Họ và tên,Ngày sinh\nLê Hà,05/08/1985\n").unwrap();
    let table = import::read_table(&path, None).unwrap();
    assert_eq!(table.encoding, None);
    assert_eq!(table.rows[1][0], import::Cell::Text("Lê Hà".into()));
}
