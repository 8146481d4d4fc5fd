//! One edit path (`App::edit_branch`): programmatic edits land in the branch
//! they name, whichever branch is selected, as one undo step, saved.

use crate::ui_support::{self, click, demo_workspace, harness, settle};
use daihoi::strings::{import as imsg, ui as umsg, ward as msg};
use daihoi::ui::Command;
use egui_kittest::kittest::Queryable;

#[test]
fn import_lands_in_its_branch_after_switching_branch() {
    let (dir, ws) = demo_workspace();
    let list = dir.path().join("danh-sach.csv");
    std::fs::write(
        &list,
        "STT,Họ và tên,Ngày sinh,Giới tính\n\
         1,Trịnh Văn Thử,03/04/1981,Nam\n\
         2,Lương Thị Nhập,12/09/1990,Nữ\n",
    )
    .unwrap();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let target = h.state().branches[0].clone();
    let other = h.state().branches[1].clone();

    click(&mut h, &target.name);
    click(&mut h, umsg::SCREEN_MEMBERS);
    click(&mut h, msg::IMPORT_OPEN);
    ui_support::focus_field(&mut h, msg::IMPORT_FILE);
    ui_support::send_text(&mut h, list.to_str().unwrap());
    click(&mut h, msg::IMPORT_READ);
    assert!(
        h.query_by_label_contains("2 dòng sẽ được nhập").is_some(),
        "preview shown"
    );

    // Another branch becomes the selected one before "Nhập" is clicked.
    h.state_mut()
        .apply_now(Command::SelectBranch(other.id.clone()));
    settle(&mut h);
    assert_eq!(h.state().view.branch.as_deref(), Some(other.id.as_str()));
    click(&mut h, &msg::import_accept(2));
    assert!(h.state().ward_ui.import.is_none());

    // The members are in the branch the import was opened for…
    let after = h.state().branch(&target.id).unwrap().clone();
    assert_eq!(after.members.len(), target.members.len() + 2);
    assert_eq!(
        after.members[target.members.len()..]
            .iter()
            .map(|m| m.full_name.as_str())
            .collect::<Vec<_>>(),
        ["Trịnh Văn Thử", "Lương Thị Nhập"]
    );
    assert_eq!(h.state().branch(&other.id).unwrap(), &other);
    assert!(
        h.query_by_label_contains(&imsg::imported(2, &target.name))
            .is_some()
    );
    // …marked for saving (an unmarked branch would not be written)…
    assert!(h.state().is_dirty());
    assert!(h.state_mut().save_now());
    assert_eq!(
        ws.load_branch(&target.id).unwrap().members,
        after.members,
        "saved to its file"
    );
    // …with problems refreshed for the members just added…
    let problems = h.state().problems_of(&target.id);
    assert_eq!(
        problems,
        daihoi::rules::validate(&h.state().ward, &after),
        "problems of the edited branch are fresh"
    );
    // …in that branch's history: Ctrl+Z on the other branch leaves it…
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::Z);
    settle(&mut h);
    assert_eq!(h.state().branch(&target.id).unwrap(), &after);
    assert_eq!(h.state().view.branch.as_deref(), Some(other.id.as_str()));
    // …and on the target, one Ctrl+Z takes the whole import back, on its
    // members screen, saying so.
    click(&mut h, &target.name);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::Z);
    settle(&mut h);
    assert_eq!(
        h.state().branch(&target.id).unwrap().members,
        target.members
    );
    assert_eq!(h.state().view.screen, daihoi::ui::Screen::Members);
    assert!(
        h.query_by_label(&umsg::undone(&umsg::edit_import(2)))
            .is_some()
    );
    assert_eq!(h.state().branch(&other.id).unwrap(), &other);
    assert!(h.state_mut().save_now());
    assert_eq!(ws.load_branch(&target.id).unwrap().members, target.members);
}

#[test]
fn rename_is_one_named_undo_step() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let b = h.state().branches[2].clone();
    h.state_mut().apply_now(Command::RenameBranch {
        id: b.id.clone(),
        name: "  Chi bo\u{0302}\u{0323} Mới  ".into(),
    });
    settle(&mut h);
    assert_eq!(h.state().branch(&b.id).unwrap().name, "Chi bộ Mới");
    assert!(h.state().is_dirty());
    // The rename is in that branch's history: undone from it.
    h.state_mut().apply_now(Command::SelectBranch(b.id.clone()));
    h.state_mut().apply_now(Command::Undo);
    settle(&mut h);
    assert_eq!(h.state().branch(&b.id).unwrap().name, b.name);
}
