//! `daihoi import`: the preview on the terminal, exit codes, `--apply`,
//! hostile files refused without aborting, the app's lock respected.

use daihoi::store::{LockAttempt, Workspace, WorkspaceLock};
use std::path::Path;

use crate::run::{daihoi, text};

fn demo(dir: &Path) -> (Workspace, String, usize) {
    let ws = Workspace::new(dir);
    let (ward, branches) = daihoi::demo::demo_ward();
    ws.create(&ward, &branches).unwrap();
    (ws, branches[0].id.clone(), branches[0].members.len())
}

#[test]
fn preview_errors_then_apply() {
    let tmp = tempfile::tempdir().unwrap();
    let (ws, id, before) = demo(&tmp.path().join("ws"));
    let root = ws.root().to_str().unwrap().to_string();
    let bad = tmp.path().join("loi.csv");
    std::fs::write(
        &bad,
        "Họ và tên,Ngày sinh\nTrần Văn Mới,05/08/1985\nLê Thị \u{1b}[31mĐỏ,31/02/1990\n",
    )
    .unwrap();
    let out = daihoi(&[
        "import",
        "--workspace",
        &root,
        "--branch",
        &id,
        bad.to_str().unwrap(),
    ]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains("Dòng 3, cột B"), "errors by row and column: {t}");
    assert!(t.contains("Trần Văn Mới"), "rows to import: {t}");
    assert!(!t.contains('\u{1b}'), "no raw control characters: {t:?}");
    let out = daihoi(&[
        "import",
        "--workspace",
        &root,
        "--branch",
        &id,
        bad.to_str().unwrap(),
        "--apply",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert_eq!(ws.load_branch(&id).unwrap().members.len(), before);

    let good = tmp.path().join("tot.csv");
    std::fs::write(
        &good,
        "Họ và tên,Ngày sinh\nTrần Văn Mới,05/08/1985\nLê Thị Hồng,12/03/1990\n",
    )
    .unwrap();
    let out = daihoi(&[
        "import",
        "--workspace",
        &root,
        "--branch",
        &id,
        good.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("2 dòng sẽ được nhập"), "{}", text(&out));
    assert!(text(&out).contains("Bảng mã: Unicode"), "{}", text(&out));
    assert_eq!(
        ws.load_branch(&id).unwrap().members.len(),
        before,
        "preview only"
    );

    // While the app holds the workspace, --apply refuses and names it.
    let LockAttempt::Acquired(lock) = WorkspaceLock::acquire(ws.root()).unwrap() else {
        panic!("lock free");
    };
    let args = [
        "import",
        "--workspace",
        &root,
        "--branch",
        &id,
        good.to_str().unwrap(),
        "--apply",
    ];
    let out = daihoi(&args);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains(&daihoi::store::lock::host_name()),
        "{}",
        text(&out)
    );
    drop(lock);
    let out = daihoi(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let after = ws.load_branch(&id).unwrap();
    assert_eq!(after.members.len(), before + 2);
    assert!(after.members.iter().any(|m| m.full_name == "Lê Thị Hồng"));
}

#[test]
fn a_far_cell_is_refused_without_aborting() {
    let tmp = tempfile::tempdir().unwrap();
    let (ws, id, _) = demo(&tmp.path().join("ws"));
    let path = tmp.path().join("xa.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let sheet = wb.add_worksheet();
    sheet.write_string(0, 0, "Họ và tên").unwrap();
    sheet.write_string(1_048_575, 16_383, "x").unwrap();
    wb.save(&path).unwrap();
    let out = daihoi(&[
        "import",
        "--workspace",
        ws.root().to_str().unwrap(),
        "--branch",
        &id,
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("XFD1048576"), "{}", text(&out));
}
