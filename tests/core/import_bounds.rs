//! Import survives hostile files: a stray far cell, a zip bomb, a cancelled
//! read; each refused with a Vietnamese message naming the file and what to do.

use daihoi::import::{self, ImportError, Limits, ReadControl, TooLarge};
use rust_xlsxwriter::Workbook;
use std::io::Write;

fn far_cell_xlsx(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("xa.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "Họ và tên").unwrap();
    ws.write_string(1, 0, "Nguyễn Văn An").unwrap();
    ws.write_string(1_048_575, 16_383, "x").unwrap();
    wb.save(&path).unwrap();
    path
}

#[test]
fn a_value_in_xfd1048576_is_refused_not_allocated() {
    let dir = tempfile::tempdir().unwrap();
    let path = far_cell_xlsx(dir.path());
    assert!(std::fs::metadata(&path).unwrap().len() < 10_000);
    let err = import::read_table(&path, None).unwrap_err();
    match &err {
        ImportError::TooLarge {
            what: TooLarge::Range { cell, .. },
            ..
        } => assert_eq!(cell, "XFD1048576"),
        other => panic!("expected a range refusal, got {other:?}"),
    }
    let text = err.to_string();
    assert!(
        text.contains("XFD1048576") && text.contains("xa.xlsx"),
        "{text}"
    );
    assert!(text.contains("xóa"), "says what to do: {text}");
}

#[test]
fn a_zip_bomb_is_refused_by_what_it_unpacks_to() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.xlsx");
    {
        let f = std::fs::File::create(&path).unwrap();
        let mut zip = zip::ZipWriter::new(f);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("xl/worksheets/sheet1.xml", opts).unwrap();
        let zeros = vec![b' '; 1024 * 1024];
        for _ in 0..8 {
            zip.write_all(&zeros).unwrap();
        }
        zip.finish().unwrap();
    }
    assert!(std::fs::metadata(&path).unwrap().len() < 100_000);
    let limits = Limits {
        unzipped_bytes: 4 * 1024 * 1024,
        ..Limits::default()
    };
    let err =
        import::read_table_bounded(&path, None, &limits, &ReadControl::default()).unwrap_err();
    assert!(
        matches!(
            err,
            ImportError::TooLarge {
                what: TooLarge::Unzipped { .. },
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("giải nén"), "{err}");
}

#[test]
fn a_cancelled_read_stops_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = far_cell_xlsx(dir.path());
    let control = ReadControl::default();
    control.cancel();
    let err = import::read_table_bounded(&path, None, &Limits::default(), &control).unwrap_err();
    assert!(matches!(err, ImportError::Cancelled { .. }), "{err:?}");
}

#[test]
fn a_long_csv_is_refused_past_the_row_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dai.csv");
    let mut text = String::from("Họ và tên\n");
    for i in 0..200 {
        text.push_str(&format!("Người {i}\n"));
    }
    std::fs::write(&path, text).unwrap();
    let limits = Limits {
        rows: 100,
        ..Limits::default()
    };
    let err =
        import::read_table_bounded(&path, None, &limits, &ReadControl::default()).unwrap_err();
    assert!(matches!(err, ImportError::TooLarge { .. }), "{err:?}");
    // Within the default limits the same file reads.
    assert_eq!(import::read_table(&path, None).unwrap().rows.len(), 201);
}

/// An .ods with the given rows inside its one sheet.
pub(crate) fn ods(dir: &std::path::Path, name: &str, rows: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let file = std::fs::File::create(&path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(
        br#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"#,
    )
    .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="DS">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    )
    .unwrap();
    zip.finish().unwrap();
    path
}

pub(crate) fn text_cell(s: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="string"><text:p>{s}</text:p></table:table-cell>"#
    )
}

/// Item 14: the far cell of an .ods (empty rows and columns "repeated"
/// a million times) is refused by its place before anything is laid out.
#[test]
fn a_far_cell_in_an_ods_is_refused_not_allocated() {
    let dir = tempfile::tempdir().unwrap();
    let rows = format!(
        "<table:table-row>{}</table:table-row>\
         <table:table-row>{}</table:table-row>\
         <table:table-row table:number-rows-repeated=\"1048573\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>\
         <table:table-row><table:table-cell table:number-columns-repeated=\"16383\"/>{}</table:table-row>",
        text_cell("Họ và tên"),
        text_cell("Nguyễn Văn An"),
        text_cell("x")
    );
    let path = ods(dir.path(), "xa.ods", &rows);
    assert!(std::fs::metadata(&path).unwrap().len() < 10_000);
    let err = import::read_table(&path, None).unwrap_err();
    match &err {
        ImportError::TooLarge {
            what: TooLarge::Range { cell, .. },
            ..
        } => assert_eq!(cell, "XFD1048576"),
        other => panic!("expected a range refusal, got {other:?}"),
    }
    assert!(err.to_string().contains("xa.ods"), "{err}");
    // The same list without the far cell reads, with its trailing empty
    // rows and columns as LibreOffice writes them.
    let rows = format!(
        "<table:table-row>{}<table:table-cell table:number-columns-repeated=\"16383\"/></table:table-row>\
         <table:table-row>{}<table:table-cell table:number-columns-repeated=\"16383\"/></table:table-row>\
         <table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>",
        text_cell("Họ và tên"),
        text_cell("Nguyễn Văn An"),
    );
    let path = ods(dir.path(), "gon.ods", &rows);
    let table = import::read_table(&path, None).unwrap();
    assert_eq!(table.rows.len(), 2, "{:?}", table.rows);
}
