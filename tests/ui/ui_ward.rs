//! The ward office's flow through the real UI (egui_kittest): import a
//! member list (preview with its errors, accept, undo), open the overview
//! (progress, sort, filter), run a batch of packets.

use crate::ui_support;
use crate::ui_support::{click, demo_workspace, harness, settle};
use daihoi::strings::{import as imsg, ui as umsg, ward as msg};
use daihoi::ui::{App, Screen};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn write_list(path: &std::path::Path) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    let rows: [[&str; 4]; 5] = [
        ["STT", "Họ và tên", "Ngày sinh", "Giới tính"],
        ["1", "Hoàng Văn Khải", "12/03/1971", "Nam"],
        ["2", "Đỗ Thị Mai", "1984", "Nữ"],
        ["3", "Tạ Văn Lực", "31/02/1990", "Nam"],
        ["4", "Vương Thị Oanh", "05/06/1992", "Nữ"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *v).unwrap();
        }
    }
    wb.save(path).unwrap();
}

fn has_text(h: &Harness<'static, App>, text: &str) -> bool {
    h.query_by_label_contains(text).is_some()
}

/// Run frames until `done` holds (the batch runs in its own thread).
fn wait_for(h: &mut Harness<'static, App>, what: &str, done: impl Fn(&App) -> bool) {
    let start = std::time::Instant::now();
    while !done(h.state()) {
        assert!(
            start.elapsed().as_secs() < 120,
            "timed out waiting for {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
        h.step();
    }
    settle(h);
}

#[test]
fn import_a_list_then_overview_then_batch() {
    let (dir, ws) = demo_workspace();
    let list = dir.path().join("Danh sách đảng viên.xlsx");
    write_list(&list);
    let mut h = harness(ws.clone());
    settle(&mut h);

    // Import into the first branch, from its members screen.
    let branch = h.state().branches[0].clone();
    click(&mut h, &branch.name);
    click(&mut h, umsg::SCREEN_MEMBERS);
    assert_eq!(h.state().view.screen, Screen::Members);
    click(&mut h, msg::IMPORT_OPEN);
    assert!(h.state().ward_ui.import.is_some());
    ui_support::focus_field(&mut h, msg::IMPORT_FILE);
    ui_support::send_text(&mut h, list.to_str().unwrap());
    click(&mut h, msg::IMPORT_READ);
    // The file is read off the UI thread.
    let dialog = h.state_mut().ward_ui.import.as_mut().unwrap();
    assert!(dialog.wait_for_read(std::time::Duration::from_secs(60)));
    ui_support::settle(&mut h);
    // The preview: three rows to import, one error with its row and column.
    assert!(
        has_text(&h, "3 dòng sẽ được nhập, 1 dòng lỗi, 0 dòng trùng."),
        "summary shown"
    );
    assert!(has_text(
        &h,
        "Dòng 4, cột C (Ngày sinh): Ngày \"31/02/1990\" không có thật"
    ));
    assert!(has_text(&h, "Hoàng Văn Khải"));
    assert_eq!(
        h.state().branch(&branch.id).unwrap().members.len(),
        branch.members.len(),
        "nothing changes before accepting"
    );
    click(&mut h, &msg::import_accept(3));
    assert!(h.state().ward_ui.import.is_none());
    let after = h.state().branch(&branch.id).unwrap().clone();
    assert_eq!(after.members.len(), branch.members.len() + 3);
    let names: Vec<&str> = after.members[branch.members.len()..]
        .iter()
        .map(|m| m.full_name.as_str())
        .collect();
    assert_eq!(names, ["Hoàng Văn Khải", "Đỗ Thị Mai", "Vương Thị Oanh"]);
    assert!(has_text(&h, &imsg::imported(3, &branch.name)));
    // One undo step takes the whole import back; redo brings it again.
    h.state_mut().apply_now(daihoi::ui::Command::Undo);
    settle(&mut h);
    assert_eq!(
        h.state().branch(&branch.id).unwrap().members,
        branch.members
    );
    h.state_mut().apply_now(daihoi::ui::Command::Redo);
    settle(&mut h);
    assert_eq!(
        h.state().branch(&branch.id).unwrap().members.len(),
        branch.members.len() + 3
    );
    assert!(h.state_mut().save_now());
    assert_eq!(
        ws.load_branch(&branch.id).unwrap().members.len(),
        branch.members.len() + 3
    );

    // A cancelled import changes nothing.
    click(&mut h, msg::IMPORT_OPEN);
    ui_support::focus_field(&mut h, msg::IMPORT_FILE);
    ui_support::send_text(&mut h, list.to_str().unwrap());
    click(&mut h, msg::IMPORT_READ);
    // The file is read off the UI thread.
    let dialog = h.state_mut().ward_ui.import.as_mut().unwrap();
    assert!(dialog.wait_for_read(std::time::Duration::from_secs(60)));
    ui_support::settle(&mut h);
    // Now all three are duplicates of the members just imported.
    assert!(has_text(
        &h,
        "0 dòng sẽ được nhập, 1 dòng lỗi, 3 dòng trùng."
    ));
    click(&mut h, umsg::CANCEL);
    assert!(h.state().ward_ui.import.is_none());
    assert_eq!(
        h.state().branch(&branch.id).unwrap().members.len(),
        branch.members.len() + 3
    );

    // The overview: progress, sort by congress date, filter.
    click(&mut h, msg::OVERVIEW_BUTTON);
    assert_eq!(h.state().view.screen, Screen::Overview);
    let today = ui_support::TODAY;
    let rows = daihoi::rules::overview::overview(&h.state().ward, &h.state().branches, today);
    let p = daihoi::rules::overview::progress(&rows);
    let progress = msg::progress(p.held, p.total, h.state().ward.percent);
    assert!(has_text(&h, &progress), "{progress}");
    click(&mut h, msg::COL_CONGRESS_DATE);
    assert_eq!(
        h.state().ward_ui.overview.sort,
        daihoi::rules::overview::SortKey::CongressDate
    );
    let count = |h: &Harness<'static, App>, name: &str| h.query_all_by_label(name).count();
    let held: Vec<String> = rows
        .iter()
        .filter(|r| r.held)
        .map(|r| r.name.clone())
        .collect();
    let not_held = rows
        .iter()
        .find(|r| !r.held)
        .map(|r| r.name.clone())
        .unwrap();
    let before: Vec<usize> = held.iter().map(|n| count(&h, n)).collect();
    let not_held_before = count(&h, &not_held);
    assert!(not_held_before >= 1);
    h.state_mut().ward_ui.overview.filter = daihoi::rules::overview::Filter::Held;
    settle(&mut h);
    // The held branches stay in the table; the others leave it.
    let after: Vec<usize> = held.iter().map(|n| count(&h, n)).collect();
    assert_eq!(before, after);
    assert_eq!(count(&h, &not_held), not_held_before - 1, "{not_held}");
    h.state_mut().ward_ui.overview.filter = daihoi::rules::overview::Filter::All;
    settle(&mut h);

    // Batch: all branches, in the background, with progress; then the summary.
    click(&mut h, msg::BATCH_OPEN);
    let out = dir.path().join("Xuất hồ sơ");
    h.state_mut().ward_ui.batch.as_mut().unwrap().out_dir = out.display().to_string();
    settle(&mut h);
    let n = h.state().branches.len();
    click(&mut h, &msg::batch_start(n));
    wait_for(&mut h, "the batch", |app| {
        app.ward_ui
            .batch
            .as_ref()
            .is_some_and(|b| b.finished.is_some())
    });
    assert!(has_text(&h, &msg::batch_done(n, 0, false)));
    // The summary says how many packets still have documents to finish.
    let unfinished = h
        .state()
        .branches
        .iter()
        .filter(|b| !daihoi::ops::unfinished(&h.state().ward, b, &h.state().templates).is_empty())
        .count();
    assert!(unfinished > 0 && unfinished < n, "{unfinished} of {n}");
    assert!(has_text(&h, &msg::batch_unfinished(n, unfinished)));
    for b in &h.state().branches {
        let folder = daihoi::docgen::batch::branch_dir(&out, b);
        assert!(folder.is_dir(), "{}", folder.display());
    }
    click(&mut h, msg::CLOSE);
    assert!(h.state().ward_ui.batch.is_none());
}
