//! Closing the window while a branch cannot be saved: the dialog says which
//! branch and why, the window stays open, and each way out keeps the edits
//! (a whole copy in another folder, or a save once the cause is gone).

use crate::ui_support::*;
use daihoi::store::Workspace;
use daihoi::strings::{file_picker as pmsg, ui as msg};
use daihoi::ui::file_picker::{self, Native};
use egui_kittest::kittest::{NodeT, Queryable};

/// The labels of the nodes whose label contains `part`.
fn labels_containing(
    h: &egui_kittest::Harness<'static, daihoi::ui::App>,
    part: &str,
) -> Vec<String> {
    h.query_all_by_label_contains(part)
        .map(|n| {
            let a = n.accesskit_node();
            a.label().or_else(|| a.value()).unwrap_or_default()
        })
        .collect()
}

#[test]
fn a_close_that_cannot_save_keeps_every_edit_in_a_copy_or_a_later_save() {
    let (dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    let b0 = open_facts(&mut h);
    replace_field(&mut h, msg::CONGRESS_TIME, "8 giờ 15");
    assert!(h.state().is_dirty());

    // The branches folder is gone and a file holds its name (as root a
    // read-only folder would still be written).
    let branches = ws.branches_dir();
    let away = dir.path().join("branches.away");
    std::fs::rename(&branches, &away).unwrap();
    std::fs::write(&branches, b"").unwrap();

    request_close(&mut h);
    assert!(!h.state().is_closing(), "closed with an unsaved edit");
    assert!(h.query_by_label(msg::CLOSE_SAVE_FAILED_TITLE).is_some());
    assert!(
        h.query_by_label(&msg::close_unsaved(std::slice::from_ref(&b0.name)))
            .is_some(),
        "the dialog names the branch left unsaved"
    );
    let path = ws.branch_path(&b0.id).display().to_string();
    let reasons = labels_containing(&h, "Lý do: ");
    assert!(
        reasons.len() == 1 && reasons[0].contains(&path),
        "the dialog says why, naming the file: {reasons:?}"
    );
    // The bar says it short; the whole reason is under it, not over the menus.
    assert!(h.query_by_label(msg::SAVE_FAILED_SHORT).is_some());
    assert!(h.query_by_label(&h.state().save_status()).is_some());

    // Saving again while the cause is still there: the window stays, and so
    // does the dialog.
    click(&mut h, msg::SAVE_AND_QUIT);
    assert!(!h.state().is_closing());
    assert!(h.query_by_label(msg::CLOSE_SAVE_FAILED_TITLE).is_some());

    // A whole copy in another folder, chosen in the built-in picker.
    let usb = dir.path().join("USB");
    std::fs::create_dir(&usb).unwrap();
    file_picker::set_native(&h.ctx.clone(), Native::Missing);
    click(&mut h, msg::SAVE_COPY);
    assert!(file_picker::is_open(&h.ctx));
    replace_field(&mut h, pmsg::FOLDER, &usb.display().to_string());
    click(&mut h, pmsg::GO);
    click(&mut h, pmsg::CHOOSE_FOLDER);
    let copy_dir = usb.join(daihoi::strings::store::copy_folder_name(1));
    assert!(
        h.query_by_label(&msg::copy_saved(&copy_dir)).is_some(),
        "the dialog says where the copy is"
    );
    let copy = Workspace::new(&copy_dir);
    assert_eq!(
        copy.load_branch(&b0.id)
            .expect("the branch in the copy")
            .congress
            .time,
        "8 giờ 15"
    );
    let loaded = copy.load();
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    // Every branch and the ward, as they are in the app.
    assert_eq!(loaded.ward.as_ref(), Some(&h.state().ward));
    assert_eq!(loaded.branches.len(), h.state().branches.len());
    for b in &h.state().branches {
        assert_eq!(loaded.branches.iter().find(|c| c.id == b.id), Some(b));
    }
    // Leaving is now safe, and said so.
    assert!(h.query_by_label(msg::QUIT_AFTER_COPY).is_some());
    assert!(h.query_by_label(msg::QUIT_WITHOUT_SAVING).is_none());
    assert!(!h.state().is_closing());

    // Back in the app, the edit is still there and still unsaved.
    click(&mut h, msg::STAY_IN_APP);
    assert!(h.query_by_label(msg::CLOSE_SAVE_FAILED_TITLE).is_none());
    assert!(h.state().is_dirty());
    assert_eq!(h.state().branches[0].congress.time, "8 giờ 15");

    // The folder is back but the branch's file is blocked by a folder:
    // closing again brings the dialog back.
    std::fs::remove_file(&branches).unwrap();
    std::fs::rename(&away, &branches).unwrap();
    let blocked = ws.branch_path(&b0.id);
    std::fs::remove_file(&blocked).unwrap();
    std::fs::create_dir(&blocked).unwrap();
    request_close(&mut h);
    assert!(h.query_by_label(msg::CLOSE_SAVE_FAILED_TITLE).is_some());
    // The cause goes away: "Lưu lại và thoát" saves and closes.
    std::fs::remove_dir(&blocked).unwrap();
    click(&mut h, msg::SAVE_AND_QUIT);
    assert!(h.state().is_closing());
    assert!(!h.state().is_dirty());
    assert_eq!(
        ws.load_branch(&b0.id).expect("saved").congress.time,
        "8 giờ 15"
    );
}
