//! Templates saved as UTF-16 are read; Windows-1258 ones are refused with
//! the file named, never rendered as "CH��NG".

use daihoi::docgen::{BUILTIN, DocgenError, TemplateSource, Templates};
use daihoi::model::DocKind;
use daihoi::store::Workspace;

fn workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::new(dir.path().join("ws"));
    let (ward, branches) = daihoi::demo::demo_ward();
    ws.create(&ward, &branches).unwrap();
    (dir, ws)
}

#[test]
fn utf16_template_is_read() {
    let (_dir, ws) = workspace();
    let text = BUILTIN[0].2;
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    std::fs::create_dir_all(ws.templates_dir()).unwrap();
    std::fs::write(ws.templates_dir().join("bao-cao-chinh-tri.txt"), bytes).unwrap();
    let t = Templates::load(&ws).unwrap();
    assert_eq!(
        t.source(DocKind::PoliticalReport),
        TemplateSource::OfficeText
    );
}

#[test]
fn windows_1258_template_is_refused() {
    let (_dir, ws) = workspace();
    std::fs::create_dir_all(ws.templates_dir()).unwrap();
    let path = ws.templates_dir().join("bao-cao-chinh-tri.txt");
    // "CHƯƠNG TRÌNH" in Windows-1258.
    std::fs::write(&path, b"CH\xDD\xD5NG TR\xCCNH\n").unwrap();
    let err = Templates::load(&ws).unwrap_err();
    assert!(matches!(err, DocgenError::TemplateFile(_)), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains("bao-cao-chinh-tri.txt") && text.contains("UTF-8"),
        "{text}"
    );
    assert!(!text.contains('\u{FFFD}'), "{text}");
}
