//! Flows through the real UI (egui_kittest): open the demo ward, pick a
//! branch, edit facts, see it saved.

use crate::ui_support;
use crate::ui_support::{click, demo_workspace, harness, replace_field, settle};
use daihoi::ui::Screen;
use egui_kittest::kittest::Queryable;

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
use daihoi::rules::labels;
use daihoi::strings::ui as msg;

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
    let b0 = ui_support::open_facts(&mut h);
    // Select what is there and type an impossible date over it.
    ui_support::replace_field(&mut h, msg::CONGRESS_DATE, "31/02/2027");
    settle(&mut h);
    assert!(
        h.query_by_label_contains(&msg::date_invalid("31/02/2027"))
            .is_none(),
        "nothing said while the date is being typed"
    );
    // Leaving the field: the message says what is wrong.
    h.key_press(eframe::egui::Key::Tab);
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
    ui_support::replace_field(&mut h, msg::CONGRESS_DATE, "05/10/2025");
    settle(&mut h);
    assert_eq!(
        branch(&h, &b0.id).congress.date,
        daihoi::model::ymd(2025, 10, 5)
    );
}

#[test]
fn a_burst_of_typing_is_one_undo_step() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    let b0 = ui_support::open_facts(&mut h);
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

/// The text of a .docx (all of word/document.xml, tags removed).
fn docx_text(path: &std::path::Path) -> String {
    use std::io::Read;
    let file = std::fs::File::open(path).expect("docx file");
    let mut zip = zip::ZipArchive::new(file).expect("docx is a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .expect("utf-8");
    let mut text = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[test]
fn the_packet_is_made_in_the_background_and_holds_the_typed_text() {
    let (dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let out_dir = dir.path().join("xuat");
    h.state_mut().view.export_dir = Some(out_dir.clone());
    let id = ui_support::open_document(&mut h, DocKind::PoliticalReport);
    h.state_mut().branches[0]
        .drafts
        .political_report
        .lessons
        .clear();
    settle(&mut h);
    type_into(
        &mut h,
        msg::PR_LESSONS,
        "Bài học về sự đoàn kết thống nhất trong chi bộ.",
    );
    // The preview beside the form reads the typed text.
    assert!(
        h.query_by_label_contains("Bài học về sự đoàn kết thống nhất trong chi bộ.")
            .into_iter()
            .count()
            >= 1
    );

    // One document.
    click(&mut h, msg::EXPORT_DOC);
    let one = h.state().output.clone().expect("exported");
    assert!(one.main.is_file());
    assert!(docx_text(&one.main).contains("Bài học về sự đoàn kết thống nhất trong chi bộ."));

    // The packet, in the background: the UI keeps answering meanwhile.
    // Sections still empty: the app first says which and asks (issue 11).
    let warning = {
        let app = h.state();
        daihoi::ops::unfinished_warning(&app.ward, app.selected().unwrap(), &app.templates)
    };
    click(&mut h, msg::CREATE_PACKET);
    let warning = warning.expect("the demo branch has unfinished documents");
    assert!(h.query_by_label(&warning).is_some(), "{warning}");
    assert!(
        !h.state().packet_running(),
        "nothing is written before the user confirms"
    );
    click(&mut h, msg::UNFINISHED_ANYWAY);
    h.step();
    assert!(
        h.state_mut()
            .wait_for_packet(std::time::Duration::from_secs(60))
    );
    settle(&mut h);
    let o = h.state().output.clone().expect("packet written");
    assert_eq!(o.branch, id);
    assert!(o.failed.is_empty(), "{:?}", o.failed);
    assert!(o.files.len() >= 2, "{:?}", o.files);
    for f in &o.files {
        assert!(f.is_file(), "{}", f.display());
    }
    assert!(docx_text(&o.main).contains("Bài học về sự đoàn kết thống nhất trong chi bộ."));
    assert!(
        h.query_by_label_contains(&msg::packet_done(o.files.len(), &o.folder))
            .is_some()
    );
    assert!(h.query_by_label(msg::OPEN_FOLDER).is_some());
}

#[test]
fn clicking_a_problem_jumps_to_its_field() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let b0 = h.state().branches[0].clone();
    click(&mut h, &b0.name);
    // Make a problem: the congress place emptied.
    h.state_mut().branches[0].congress.place.clear();
    settle(&mut h);
    let problem = daihoi::rules::validate(&h.state().ward, &h.state().branches[0])
        .into_iter()
        .find(|p| p.field == "congress.place")
        .expect("a problem for the empty place");
    click(&mut h, msg::SCREEN_MEMBERS);
    click(&mut h, &problem.message);
    assert_eq!(h.state().view.screen, Screen::Facts);
    settle(&mut h);
    assert!(h.get_by_label(msg::CONGRESS_PLACE).is_focused());
    // Typing there fixes it, and the problem leaves the panel.
    ui_support::send_text(&mut h, "Hội trường thôn");
    settle(&mut h);
    assert_eq!(h.state().branches[0].congress.place, "Hội trường thôn");
    assert!(h.query_by_label(&problem.message).is_none());
}

#[test]
fn edits_are_saved_a_moment_later_without_asking() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    let b0 = ui_support::open_facts(&mut h);
    ui_support::replace_field(&mut h, msg::CONGRESS_TIME, "15 giờ 45 phút");
    assert!(h.state().is_dirty());
    assert_eq!(h.state().save_status(), msg::UNSAVED);
    // Frames go by (kittest advances the clock a quarter second a step).
    h.run_steps(12);
    assert!(!h.state().is_dirty());
    assert!(h.state().save_status().starts_with("Đã lưu lúc "));
    assert_eq!(
        ws.load_branch(&b0.id).expect("file").congress.time,
        "15 giờ 45 phút"
    );
}

#[test]
fn a_failed_save_says_why_and_keeps_the_edits() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let id = h.state().branches[0].id.clone();
    // The branch file's place is taken by a folder: the save cannot replace it.
    let path = ws.branch_path(&id);
    std::fs::remove_file(&path).expect("remove file");
    std::fs::create_dir_all(path.join("chặn")).expect("block with a folder");
    h.state_mut().branches[0].congress.guests = "Đồng chí Phó Bí thư Đảng ủy".into();
    settle(&mut h);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::S);
    settle(&mut h);
    let status = h.state().save_status();
    assert!(status.starts_with("Chưa lưu được:"), "{status}");
    assert!(status.contains(&path.display().to_string()), "{status}");
    assert!(h.state().is_dirty());
    assert_eq!(
        h.state().branches[0].congress.guests,
        "Đồng chí Phó Bí thư Đảng ủy"
    );
    // Once the obstacle is gone, Ctrl+S saves.
    std::fs::remove_dir_all(&path).expect("unblock");
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::S);
    settle(&mut h);
    assert!(!h.state().is_dirty());
    assert_eq!(
        ws.load_branch(&id).expect("file").congress.guests,
        "Đồng chí Phó Bí thư Đảng ủy"
    );
}

/// Issue 11: a document's number is entered on its screen, remembered in
/// the branch file and printed ("Số 07-BC/CB"); cleared, the blank returns.
#[test]
fn a_documents_number_is_entered_and_printed() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let id = ui_support::open_document(&mut h, DocKind::PoliticalReport);
    replace_field(&mut h, msg::DOC_NUMBER, "7");
    settle(&mut h);
    assert_eq!(branch(&h, &id).checklist.political_report.number, Some(7));
    let (ward, b) = (h.state().ward.clone(), branch(&h, &id));
    let bytes = daihoi::docgen::render_document(
        &ward,
        &b,
        DocKind::PoliticalReport,
        &daihoi::docgen::Templates::builtin(),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bc.docx");
    std::fs::write(&path, bytes).unwrap();
    assert!(
        docx_text(&path)
            .replace('\u{a0}', " ")
            .contains("Số 07-BC/CB")
    );
    // Saved with the branch.
    h.state_mut().apply_now(daihoi::ui::Command::SaveNow);
    let saved = ws.load().branches;
    let saved = saved.iter().find(|x| x.id == id).unwrap();
    assert_eq!(saved.checklist.political_report.number, Some(7));
    ui_support::focus_field(&mut h, msg::DOC_NUMBER);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
    h.step();
    h.key_press(eframe::egui::Key::Backspace);
    settle(&mut h);
    assert_eq!(branch(&h, &id).checklist.political_report.number, None);
}
