//! Where the system has no file dialog, the built-in picker opens instead,
//! says why, and its choice does what the system's would have.

use crate::ui_support::*;
use daihoi::strings::{file_picker as msg, ui as umsg, ward as wmsg};
use daihoi::ui::file_picker::{self, Native};
use egui_kittest::kittest::Queryable;

fn no_system_dialog(h: &mut egui_kittest::Harness<'static, daihoi::ui::App>) {
    let ctx = h.ctx.clone();
    file_picker::set_native(&ctx, Native::Missing);
}

/// Type `dir` into the picker's folder field and go there.
fn go_to(h: &mut egui_kittest::Harness<'static, daihoi::ui::App>, dir: &std::path::Path) {
    replace_field(h, msg::FOLDER, &dir.display().to_string());
    click(h, msg::GO);
}

#[test]
fn the_export_folder_is_chosen_in_the_built_in_picker() {
    let (dir, ws) = demo_workspace();
    let target = dir.path().join("Văn bản xuất");
    std::fs::create_dir(&target).unwrap();
    std::fs::create_dir(target.join("Thôn Đông Xuân")).unwrap();
    let mut h = harness(ws);
    settle(&mut h);
    no_system_dialog(&mut h);
    click(&mut h, umsg::MENU_FILE);
    click(&mut h, umsg::CHOOSE_EXPORT_DIR);
    assert!(file_picker::is_open(&h.ctx));
    h.get_by_label(msg::BUILTIN_NOTE);

    // Cancel changes nothing.
    click(&mut h, msg::CANCEL);
    assert!(!file_picker::is_open(&h.ctx));
    assert_eq!(h.state().view.export_dir, None);

    click(&mut h, umsg::MENU_FILE);
    click(&mut h, umsg::CHOOSE_EXPORT_DIR);
    go_to(&mut h, &target);
    // A folder in the list: click it, then choose it.
    click(&mut h, &msg::folder_entry("Thôn Đông Xuân"));
    click(&mut h, msg::CHOOSE_FOLDER);
    assert!(!file_picker::is_open(&h.ctx));
    assert_eq!(
        h.state().view.export_dir,
        Some(target.join("Thôn Đông Xuân"))
    );
}

#[test]
fn the_ward_report_is_saved_through_the_built_in_picker() {
    let (dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    no_system_dialog(&mut h);
    click(&mut h, wmsg::OVERVIEW_BUTTON);
    click(&mut h, wmsg::REPORT_WRITE);
    h.get_by_label(msg::BUILTIN_NOTE);
    go_to(&mut h, dir.path());
    // A folder path that does not exist says so and stays open.
    go_to(&mut h, &dir.path().join("không có"));
    assert!(
        h.query_all_by_label_contains("Không mở được thư mục")
            .next()
            .is_some()
    );
    replace_field(&mut h, msg::FILE_NAME, "Báo cáo phường");
    click(&mut h, msg::SAVE_HERE);
    assert!(!file_picker::is_open(&h.ctx));
    let written = dir.path().join("Báo cáo phường.docx");
    assert!(written.is_file(), "the report was written where chosen");
    assert!(std::fs::metadata(&written).unwrap().len() > 1000);
}
