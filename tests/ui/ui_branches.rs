//! The branch list and the workspace around it: add, rename, search, a
//! broken file, the window closing with unsaved edits, member validation.

use crate::ui_support::*;
use daihoi::strings::ui as msg;
use eframe::egui;
use egui_kittest::kittest::Queryable;

#[test]
fn a_new_branch_is_named_written_and_can_be_renamed() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let before = h.state().branches.len();
    click(&mut h, msg::ADD_BRANCH);
    // An empty name is refused with a message.
    click(&mut h, msg::CREATE);
    assert!(h.query_by_label(msg::BRANCH_NAME_EMPTY).is_some());
    focus_field(&mut h, msg::BRANCH_NAME);
    send_text(&mut h, "Chi bộ Thôn Ngọc An");
    click(&mut h, msg::CREATE);
    assert_eq!(h.state().branches.len(), before + 1);
    let b = h.state().selected().expect("new branch selected").clone();
    assert_eq!(b.name, "Chi bộ Thôn Ngọc An");
    assert_eq!(b.congress.term_start, h.state().ward.term.start_year);
    assert!(ws.branch_path(&b.id).is_file());
    assert_eq!(h.state().view.screen, daihoi::ui::Screen::Facts);

    click(&mut h, msg::RENAME_BRANCH);
    replace_field(&mut h, msg::NEW_NAME, "Chi bộ Thôn Ngọc An Đông");
    click(&mut h, msg::OK);
    assert_eq!(
        h.state().branch(&b.id).expect("renamed").name,
        "Chi bộ Thôn Ngọc An Đông"
    );
    assert!(h.state_mut().save_now());
    assert_eq!(
        ws.load_branch(&b.id).expect("file").name,
        "Chi bộ Thôn Ngọc An Đông"
    );

    // Undo of the addition removes the file again.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    settle(&mut h);
    assert!(h.state().branch(&b.id).is_none());
    assert!(!ws.branch_path(&b.id).exists());
}

#[test]
fn search_ignores_diacritics_and_says_when_nothing_matches() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let target = h.state().branches[1].name.clone();
    let plain = daihoi::vi::fold(&target);
    focus_field(&mut h, msg::SEARCH_HINT);
    send_text(&mut h, &plain);
    settle(&mut h);
    assert!(h.query_by_label(&target).is_some());
    // The list shows only the branches that match.
    let total = h.state().branches.len();
    let matching = h
        .state()
        .branches
        .iter()
        .filter(|b| daihoi::vi::fold(&b.name).contains(&plain))
        .count();
    assert!(matching < total);
    assert!(
        h.query_by_label(&msg::branch_count(matching, total))
            .is_some()
    );
    send_text(&mut h, "zzzz");
    settle(&mut h);
    assert!(h.query_by_label(msg::NO_SEARCH_RESULT).is_some());
}

#[test]
fn a_broken_branch_file_is_reported_and_the_others_open() {
    let (_dir, ws) = demo_workspace();
    let broken = ws.branches_dir().join("hong.ron");
    std::fs::write(&broken, "(version: 1, name: \"Chi bộ hỏng\", members: [").expect("write");
    let mut h = harness(ws.clone());
    settle(&mut h);
    assert!(h.query_by_label(msg::LOAD_ERRORS_TITLE).is_some());
    assert!(
        h.query_by_label_contains(&broken.display().to_string())
            .is_some()
    );
    assert!(!h.state().branches.is_empty());
    // The broken file is left as it was.
    assert!(
        std::fs::read_to_string(&broken)
            .expect("still there")
            .ends_with("members: [")
    );
}

#[test]
fn closing_the_window_saves_unsaved_edits_first() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    let b0 = open_facts(&mut h);
    replace_field(&mut h, msg::CONGRESS_TIME, "8 giờ 15");
    assert!(h.state().is_dirty());
    // The window manager asks to close right away (before the autosave delay).
    request_close(&mut h);
    assert!(!h.state().is_dirty());
    assert_eq!(
        ws.load_branch(&b0.id).expect("file").congress.time,
        "8 giờ 15"
    );
}

#[test]
fn a_member_without_a_name_is_marked_on_its_row_once_the_field_is_left() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let b0 = h.state().branches[0].clone();
    click(&mut h, &b0.name);
    click(&mut h, msg::SCREEN_MEMBERS);
    click(&mut h, msg::ADD_MEMBER);
    let row = b0.members.len() + 1;
    // Nothing typed: the rules say the name is missing, on this row…
    let expected = daihoi::strings::rules::member_name_missing(row);
    assert!(
        h.state_mut()
            .problems_of(&b0.id)
            .iter()
            .any(|p| p.message == expected)
    );
    // …but a new row shows no error before the user has typed and left.
    assert!(
        h.query_by_label(&expected).is_none(),
        "not shown while the new row is being filled"
    );
    // Leaving the name field empty: now it is said, in the problems panel.
    focus_field(&mut h, &msg::row_label(row, msg::COL_NAME));
    h.key_press(eframe::egui::Key::Tab);
    settle(&mut h);
    assert!(
        h.query_by_label(&expected).is_some(),
        "shown in the problems panel after leaving the field"
    );
    // A birth date that is not a date is refused, said once the field is left.
    let error = msg::row_error(row, msg::COL_BIRTH, &msg::birth_invalid("30/02/1980"));
    replace_field(&mut h, &msg::row_label(row, msg::COL_BIRTH), "30/02/1980");
    assert!(
        h.query_by_label_contains(&error).is_none(),
        "not while typing"
    );
    h.key_press(eframe::egui::Key::Tab);
    settle(&mut h);
    assert!(h.query_by_label_contains(&error).is_some());
    assert_eq!(
        h.state().branches[0].members.last().and_then(|m| m.birth),
        None
    );
    // Typing the name clears the problem.
    replace_field(&mut h, &msg::row_label(row, msg::COL_NAME), "Phạm Thị Ưng");
    settle(&mut h);
    assert!(
        h.state_mut()
            .problems_of(&b0.id)
            .iter()
            .all(|p| p.message != expected)
    );
    assert!(h.query_by_label(&expected).is_none());
}
