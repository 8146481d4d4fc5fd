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

/// One BIFF record.
fn biff(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut out = typ.to_le_bytes().to_vec();
    out.extend((data.len() as u16).to_le_bytes());
    out.extend(data);
    out
}

/// A BIFF8 Label record: text at (row, col), stored as UTF-16.
fn label(row: u16, col: u16, text: &str) -> Vec<u8> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut d = [row, col, 0u16]
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect::<Vec<_>>();
    d.extend((units.len() as u16).to_le_bytes());
    d.push(1);
    d.extend(units.iter().flat_map(|u| u.to_le_bytes()));
    biff(0x0204, &d)
}

/// A BIFF8 Number record.
fn number(row: u16, col: u16, v: f64) -> Vec<u8> {
    let mut d = [row, col, 0u16]
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect::<Vec<_>>();
    d.extend(v.to_le_bytes());
    biff(0x0203, &d)
}

/// An Excel 97 workbook (an OLE compound file holding a BIFF8 "Workbook"
/// stream) with one sheet "DS" made of `sheet` records, built byte by byte
/// (no .xls writer is a dependency).
fn xls_bytes(sheet: &[Vec<u8>]) -> Vec<u8> {
    let bof = |dt: u16| {
        biff(
            0x0809,
            &[&0x0600u16.to_le_bytes()[..], &dt.to_le_bytes(), &[0; 12]].concat(),
        )
    };
    let bound_sheet = |pos: u32| {
        biff(
            0x0085,
            &[&pos.to_le_bytes()[..], &[0, 0, 2, 0], b"DS"].concat(),
        )
    };
    let globals_len = bof(5).len() + bound_sheet(0).len() + biff(0x000A, &[]).len();
    let mut stream = [bof(5), bound_sheet(globals_len as u32), biff(0x000A, &[])].concat();
    stream.extend(bof(0x10));
    for r in sheet {
        stream.extend(r);
    }
    stream.extend(biff(0x000A, &[]));
    // Past the mini-stream cutoff, so the stream sits in ordinary sectors.
    stream.resize(stream.len().max(4096).next_multiple_of(512), 0);
    let n = (stream.len() / 512) as u32;
    const END: u32 = 0xFFFF_FFFE;
    const FREE: u32 = 0xFFFF_FFFF;
    // Sector 0: the FAT; 1: the directory; 2..: the stream.
    let mut fat = vec![0xFFFF_FFFD, END];
    fat.extend((3..2 + n).chain([END]));
    fat.resize(128, FREE);
    let mut header = vec![0u8; 512];
    header[..8].copy_from_slice(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    let mut put = |at: usize, v: &[u8]| header[at..at + v.len()].copy_from_slice(v);
    put(24, &0x003Eu16.to_le_bytes());
    put(26, &3u16.to_le_bytes());
    put(28, &0xFFFEu16.to_le_bytes());
    put(30, &9u16.to_le_bytes());
    put(32, &6u16.to_le_bytes());
    put(44, &1u32.to_le_bytes());
    put(48, &1u32.to_le_bytes());
    put(56, &4096u32.to_le_bytes());
    put(60, &END.to_le_bytes());
    put(68, &END.to_le_bytes());
    put(76, &0u32.to_le_bytes());
    for i in 1..109 {
        put(76 + 4 * i, &FREE.to_le_bytes());
    }
    let entry = |name: &str, kind: u8, child: u32, start: u32, len: u32| {
        let mut e = vec![0u8; 128];
        let units: Vec<u8> = name.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        e[..units.len()].copy_from_slice(&units);
        e[64..66].copy_from_slice(&(units.len() as u16 + 2).to_le_bytes());
        e[66] = kind;
        e[68..72].copy_from_slice(&FREE.to_le_bytes());
        e[72..76].copy_from_slice(&FREE.to_le_bytes());
        e[76..80].copy_from_slice(&child.to_le_bytes());
        e[116..120].copy_from_slice(&start.to_le_bytes());
        e[120..124].copy_from_slice(&len.to_le_bytes());
        e
    };
    let mut dir = entry("Root Entry", 5, 1, END, 0);
    dir.extend(entry("Workbook", 2, FREE, 2, stream.len() as u32));
    dir.resize(512, 0);
    let fat: Vec<u8> = fat.iter().flat_map(|v| v.to_le_bytes()).collect();
    [header, fat, dir, stream].concat()
}

fn refused_cell(err: &ImportError) -> &str {
    match err {
        ImportError::TooLarge {
            what: TooLarge::Range { cell, .. },
            ..
        } => cell,
        other => panic!("expected a range refusal, got {other:?}"),
    }
}

/// Item 4 for legacy .xls: calamine lays an .xls sheet out densely when it
/// opens the file, so a value in IV65536 next to the list (16.7 million
/// cells, over 500 MB) or a cell record at column 65,535 is refused by its
/// place, with the .xlsx message, before calamine reads anything; a
/// DIMENSIONS record claiming four billion rows as a damaged file. The
/// same list without them reads.
#[test]
fn far_cells_in_an_xls_are_refused_not_allocated() {
    let dir = tempfile::tempdir().unwrap();
    let list = [label(0, 0, "Họ và tên"), label(1, 0, "Nguyễn Văn An")];
    let write = |name: &str, extra: &[Vec<u8>]| {
        let path = dir.path().join(name);
        std::fs::write(&path, xls_bytes(&[&list[..], extra].concat())).unwrap();
        assert!(std::fs::metadata(&path).unwrap().len() < 10_000);
        path
    };

    let good = write("gon.xls", &[]);
    let table = import::read_table(&good, None).unwrap();
    assert_eq!(table.sheet, "DS");
    assert_eq!(
        table.rows,
        vec![
            vec![import::Cell::Text("Họ và tên".into())],
            vec![import::Cell::Text("Nguyễn Văn An".into())]
        ]
    );
    assert_eq!(import::sheet_names(&good).unwrap(), vec!["DS".to_string()]);

    let path = write("xa.xls", &[number(65_535, 255, 1.0)]);
    for err in [
        import::read_table(&path, None).unwrap_err(),
        import::sheet_names(&path).unwrap_err(),
    ] {
        assert_eq!(refused_cell(&err), "IV65536");
        let text = err.to_string();
        assert!(
            text.contains("IV65536") && text.contains("xa.xls"),
            "{text}"
        );
        assert!(text.contains("xóa"), "says what to do: {text}");
    }

    // A cell record past column IV, which Excel never writes but calamine
    // lays out all the same.
    let path = write("cot.xls", &[number(2, 65_535, 1.0)]);
    let err = import::read_table(&path, None).unwrap_err();
    assert_eq!(refused_cell(&err), "CRXP3");

    // A DIMENSIONS record (rows 0 to 4,000,000,000, columns A to IV):
    // calamine reserves room for that block before it reads a cell. No
    // Excel 97 sheet is that large: the file is damaged.
    let dims = |rows: u32| {
        [
            &0u32.to_le_bytes()[..],
            &rows.to_le_bytes(),
            &[0, 0, 0, 1, 0, 0],
        ]
        .concat()
    };
    let path = write("kichthuoc.xls", &[biff(0x0200, &dims(4_000_000_000))]);
    let err = import::read_table(&path, None).unwrap_err();
    assert!(matches!(err, ImportError::Workbook { .. }), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains("kichthuoc.xls") && text.contains("kích thước"),
        "{text}"
    );
    // A writer may declare the whole Excel 97 sheet and fill two cells:
    // that reads (only the cells are held to the limits).
    let path = write("ca-trang.xls", &[biff(0x0200, &dims(65_536))]);
    assert_eq!(import::read_table(&path, None).unwrap().rows.len(), 2);

    // calamine reads a file named ".XLS" as whatever it turns out to be:
    // the bound goes by the content, not the name.
    let renamed = dir.path().join("XA.XLS");
    std::fs::copy(dir.path().join("xa.xls"), &renamed).unwrap();
    let err = import::read_table(&renamed, None).unwrap_err();
    assert_eq!(refused_cell(&err), "IV65536");
}

/// A compound file whose sector chain loops would have calamine copy the
/// same sector until memory runs out: refused as a damaged .xls.
#[test]
fn an_xls_whose_sector_chain_loops_is_refused_as_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = xls_bytes(&[label(0, 0, "Họ và tên")]);
    // The directory sector (1) points back to itself in the FAT (sector 0,
    // just after the 512-byte header).
    bytes[512 + 4..512 + 8].copy_from_slice(&1u32.to_le_bytes());
    let path = dir.path().join("vong.xls");
    std::fs::write(&path, bytes).unwrap();
    let err = import::read_table(&path, None).unwrap_err();
    assert!(matches!(err, ImportError::Workbook { .. }), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains("vong.xls") && text.contains(".xls bị hỏng"),
        "{text}"
    );
}
