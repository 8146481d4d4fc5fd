//! Undo per branch: Ctrl+Z takes back only the selected branch's steps,
//! goes to the screen where the step was made and says what it undid; the
//! Sửa menu names the step.

use crate::ui_support::*;
use daihoi::model::DocKind;
use daihoi::strings::ui as msg;
use daihoi::ui::{Command, Screen};
use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

fn ctrl_z(h: &mut egui_kittest::Harness<'static, daihoi::ui::App>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    settle(h);
}

#[test]
fn undo_goes_to_the_screen_of_the_step_and_says_what_it_undid() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let id = open_document(&mut h, DocKind::PoliticalReport);
    let before = h.state().branch(&id).unwrap().clone();
    // Typed in the report…
    focus_field(&mut h, msg::PR_CONTEXT);
    send_text(&mut h, " Thêm một câu.");
    h.run_steps(8);
    let typed = h.state().branch(&id).unwrap().clone();
    assert_ne!(
        typed.drafts.political_report,
        before.drafts.political_report
    );
    // …then a vote count on the election screen, then back to the report.
    click(&mut h, daihoi::strings::election::SCREEN_TITLE);
    let mut results = typed.results.clone();
    results.held = !results.held;
    h.state_mut().apply_now(Command::SetElectionResults {
        branch: id.clone(),
        results: results.clone(),
    });
    settle(&mut h);
    h.state_mut()
        .apply_now(Command::Show(Screen::Document(DocKind::PoliticalReport)));
    settle(&mut h);
    // The Sửa menu names the step.
    click(&mut h, msg::MENU_EDIT);
    let items: Vec<String> = {
        use egui_kittest::kittest::NodeT;
        h.query_all_by_label_contains("Hoàn tác")
            .map(|n| n.accesskit_node().label().unwrap_or_default())
            .collect()
    };
    assert!(
        items
            .iter()
            .any(|l| l.starts_with(&msg::undo_what(msg::EDIT_RESULTS))),
        "the menu says {:?}: {items:?}",
        msg::undo_what(msg::EDIT_RESULTS)
    );
    h.key_press(Key::Escape);
    settle(&mut h);
    // Ctrl+Z in the report: the vote count goes back, on the election
    // screen, and the toast says so.
    ctrl_z(&mut h);
    assert_eq!(h.state().view.screen, Screen::Election);
    assert_eq!(h.state().branch(&id).unwrap().results, typed.results);
    assert!(h.query_by_label(&msg::undone(msg::EDIT_RESULTS)).is_some());
    // Again: the typing, back in the report.
    ctrl_z(&mut h);
    assert_eq!(
        h.state().view.screen,
        Screen::Document(DocKind::PoliticalReport)
    );
    assert_eq!(
        h.state().branch(&id).unwrap().drafts.political_report,
        before.drafts.political_report
    );
    let title = daihoi::rules::labels::doc_kind(DocKind::PoliticalReport);
    assert!(
        h.query_by_label(&msg::undone(&msg::edit_on(title)))
            .is_some()
    );
}

#[test]
fn ctrl_z_on_another_branch_never_changes_this_one() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let a = h.state().branches[0].clone();
    let b = h.state().branches[1].clone();
    click(&mut h, &a.name);
    h.state_mut().apply_now(Command::RenameBranch {
        id: a.id.clone(),
        name: "Chi bộ Tên Mới".into(),
    });
    settle(&mut h);
    let renamed = h.state().branch(&a.id).unwrap().clone();
    // On branch b nothing of a's is undone, and it says there is nothing.
    click(&mut h, &b.name);
    ctrl_z(&mut h);
    assert_eq!(h.state().branch(&a.id).unwrap(), &renamed);
    assert_eq!(h.state().branch(&b.id).unwrap(), &b);
    assert_eq!(h.state().view.branch.as_deref(), Some(b.id.as_str()));
    assert!(h.query_by_label(msg::NOTHING_TO_UNDO).is_some());
    // Back on a, the rename is undone.
    click(&mut h, &renamed.name);
    ctrl_z(&mut h);
    assert_eq!(h.state().branch(&a.id).unwrap().name, a.name);
    assert!(h.query_by_label(&msg::undone(msg::EDIT_RENAME)).is_some());
}
