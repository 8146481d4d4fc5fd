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
