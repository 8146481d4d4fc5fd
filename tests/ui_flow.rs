//! Flows through the real UI (egui_kittest): open the demo ward, pick a
//! branch, edit facts, see it saved.

mod ui_support;

use daihoi::ui::Screen;
use egui_kittest::kittest::Queryable;
use ui_support::{click, demo_workspace, harness, settle};

#[test]
fn facts_typed_in_the_form_reach_the_file() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let first = h.state().branches[0].clone();
    click(&mut h, &first.name);
    click(&mut h, daihoi::strings::ui::SCREEN_FACTS);
    assert_eq!(h.state().view.screen, Screen::Facts);
    let place = h.get_by_label(daihoi::strings::ui::CONGRESS_PLACE);
    place.click();
    settle(&mut h);
    h.get_by_label(daihoi::strings::ui::CONGRESS_PLACE)
        .type_text(" — Hội trường lớn");
    settle(&mut h);
    let branch = h.state().branch(&first.id).expect("branch").clone();
    assert!(
        branch.congress.place.ends_with(" — Hội trường lớn"),
        "{}",
        branch.congress.place
    );
    assert!(h.state().is_dirty());
    assert!(h.state_mut().save_now());
    let on_disk = ws.load_branch(&first.id).expect("saved branch");
    assert_eq!(on_disk.congress.place, branch.congress.place);
    assert!(h.state().save_status().starts_with("Đã lưu lúc "));
}

use daihoi::model::{DocKind, DocState};
use daihoi::strings::{labels, ui as msg};

fn branch(h: &egui_kittest::Harness<'static, daihoi::ui::App>, id: &str) -> daihoi::model::Branch {
    h.state().branch(id).expect("branch").clone()
}

/// Type into the field with this label (click it first).
fn type_into(h: &mut egui_kittest::Harness<'static, daihoi::ui::App>, label: &str, text: &str) {
    ui_support::focus_field(h, label);
    ui_support::send_text(h, text);
    settle(h);
}

#[test]
fn a_branch_walks_its_checklist_and_the_edits_reach_the_file() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let id = ui_support::open_document(&mut h, DocKind::PoliticalReport);
    assert_eq!(
        h.state().view.screen,
        Screen::Document(DocKind::PoliticalReport)
    );

    // Sections of the political report.
    h.state_mut().branches[0]
        .drafts
        .political_report
        .context
        .clear();
    settle(&mut h);
    type_into(
        &mut h,
        msg::PR_CONTEXT,
        "Thôn có 420 hộ, kinh tế chủ yếu là nông nghiệp.",
    );
    type_into(
        &mut h,
        msg::PR_CAUSES_SUBJECTIVE,
        " Chi ủy chưa sâu sát cơ sở.",
    );
    let b = branch(&h, &id);
    assert_eq!(
        b.drafts.political_report.context,
        "Thôn có 420 hộ, kinh tế chủ yếu là nông nghiệp."
    );
    assert!(
        b.drafts
            .political_report
            .causes_subjective
            .ends_with(" Chi ủy chưa sâu sát cơ sở.")
    );
    // Editing a draft that was not started marks it as being drafted.
    assert!(b.checklist.get(DocKind::PoliticalReport).state >= DocState::Drafting);

    // A new target row: the focus goes to its first cell.
    let rows_before = b.drafts.political_report.targets.len();
    click(&mut h, msg::ADD_TARGET);
    ui_support::send_text(&mut h, "Thu nhập bình quân đầu người");
    settle(&mut h);
    let n = rows_before + 1;
    type_into(&mut h, &msg::row_label(n, msg::COL_NEXT), "75");
    type_into(&mut h, &msg::row_label(n, msg::COL_UNIT), "triệu đồng");
    let t = branch(&h, &id).drafts.political_report.targets[rows_before].clone();
    assert_eq!(t.indicator, "Thu nhập bình quân đầu người");
    assert_eq!(t.next, "75");
    assert_eq!(t.unit, "triệu đồng");
    // Move it up one row when there is a row above.
    if rows_before > 0 {
        click(&mut h, &msg::row_action(n, msg::MOVE_UP_HINT));
        let targets = branch(&h, &id).drafts.political_report.targets;
        assert_eq!(
            targets[rows_before - 1].indicator,
            "Thu nhập bình quân đầu người"
        );
    }

    // A new member on the members screen.
    click(&mut h, msg::SCREEN_MEMBERS);
    let members_before = branch(&h, &id).members.len();
    click(&mut h, msg::ADD_MEMBER);
    ui_support::send_text(&mut h, "Trần Thị Ánh");
    settle(&mut h);
    let row = members_before + 1;
    type_into(&mut h, &msg::row_label(row, msg::COL_BIRTH), "12/03/1985");
    let b = branch(&h, &id);
    assert_eq!(b.members.len(), members_before + 1);
    let m = b.members.last().expect("new member");
    assert_eq!(m.full_name, "Trần Thị Ánh");
    assert_eq!(m.birth.map(|d| d.year()), Some(1985));
    assert_eq!(b.counts().total as usize, members_before + 1);

    // Mark every document done from the checklist.
    click(&mut h, msg::SCREEN_CHECKLIST);
    for kind in DocKind::ALL {
        click(
            &mut h,
            &format!("{} — {}", msg::STATUS, labels::doc_kind(kind)),
        );
        click(&mut h, labels::doc_state(DocState::Done));
        assert_eq!(
            branch(&h, &id).checklist.get(kind).state,
            DocState::Done,
            "{kind:?}"
        );
    }

    // Saved: the file holds what was typed.
    assert!(h.state_mut().save_now(), "{}", h.state().save_status());
    let disk = ws.load_branch(&id).expect("saved branch");
    assert_eq!(
        disk.drafts.political_report.context,
        "Thôn có 420 hộ, kinh tế chủ yếu là nông nghiệp."
    );
    assert!(disk.members.iter().any(|m| m.full_name == "Trần Thị Ánh"));
    assert!(
        disk.drafts
            .political_report
            .targets
            .iter()
            .any(|t| t.next == "75")
    );
    assert_eq!(disk.checklist.done_count(), DocKind::ALL.len());
}

#[test]
fn deleting_a_branch_asks_and_undo_brings_it_back() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let victim = h.state().branches[0].clone();
    click(&mut h, &victim.name);
    click(&mut h, msg::DELETE_BRANCH);
    // The question names the branch; nothing is deleted yet.
    assert!(
        h.query_by_label_contains(&msg::confirm_delete(&victim.name))
            .is_some()
    );
    assert!(ws.branch_path(&victim.id).is_file());
    // The dialog's delete button (the side panel's is behind the modal).
    let buttons: Vec<_> = h.query_all_by_label(msg::DELETE_BRANCH).collect();
    buttons.last().expect("dialog button").click();
    settle(&mut h);
    assert!(h.state().branch(&victim.id).is_none());
    assert!(!ws.branch_path(&victim.id).exists());
    assert!(
        h.query_by_label_contains(&msg::deleted(&victim.name))
            .is_some()
    );

    // Ctrl+Z brings it back, in the list and on disk.
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::Z);
    settle(&mut h);
    assert_eq!(h.state().branch(&victim.id), Some(&victim));
    assert_eq!(ws.load_branch(&victim.id).expect("restored file"), victim);
    // Redo deletes it again.
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::Y);
    settle(&mut h);
    assert!(h.state().branch(&victim.id).is_none());
    assert!(!ws.branch_path(&victim.id).exists());
}

#[test]
fn an_invalid_date_shows_its_message_and_nothing_wrong_is_saved() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let b0 = h.state().branches[0].clone();
    click(&mut h, &b0.name);
    click(&mut h, msg::SCREEN_FACTS);
    ui_support::focus_field(&mut h, msg::CONGRESS_DATE);
    // Select what is there and type an impossible date over it.
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
    h.step();
    ui_support::send_text(&mut h, "31/02/2027");
    settle(&mut h);
    assert!(
        h.query_by_label_contains(&msg::date_invalid("31/02/2027"))
            .is_some(),
        "the message for the invalid date is shown"
    );
    assert_eq!(branch(&h, &b0.id).congress.date, b0.congress.date);
    assert!(h.state_mut().save_now());
    assert_eq!(
        ws.load_branch(&b0.id).expect("file").congress.date,
        b0.congress.date
    );

    // A valid date replaces it.
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
    h.step();
    ui_support::send_text(&mut h, "05/01/2027");
    settle(&mut h);
    assert_eq!(
        branch(&h, &b0.id).congress.date,
        daihoi::model::ymd(2027, 1, 5)
    );
}

#[test]
fn a_burst_of_typing_is_one_undo_step() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let b0 = h.state().branches[0].clone();
    click(&mut h, &b0.name);
    click(&mut h, msg::SCREEN_FACTS);
    ui_support::focus_field(&mut h, msg::GUESTS);
    for t in ["Đồng", " chí", " Bí", " thư"] {
        ui_support::send_text(&mut h, t);
    }
    let typed = branch(&h, &b0.id).congress.guests;
    assert!(typed.ends_with("Đồng chí Bí thư"));
    // A pause, then one more word: a second step.
    h.run_steps(8);
    ui_support::send_text(&mut h, " Đảng ủy");
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::Z);
    settle(&mut h);
    assert_eq!(branch(&h, &b0.id).congress.guests, typed);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::Z);
    settle(&mut h);
    assert_eq!(branch(&h, &b0.id).congress.guests, b0.congress.guests);
    h.key_press_modifiers(
        eframe::egui::Modifiers::COMMAND | eframe::egui::Modifiers::SHIFT,
        eframe::egui::Key::Z,
    );
    settle(&mut h);
    assert_eq!(branch(&h, &b0.id).congress.guests, typed);
}
