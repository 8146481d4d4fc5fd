//! The ward settings screen: edit, check, save to ward.ron.

use crate::ui_support::*;
use daihoi::strings::settings as msg;
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn a_setting_typed_on_the_screen_is_checked_then_saved_to_ward_ron() {
    let (_dir, ws) = demo_workspace();
    let before = ws.load_ward().expect("ward");
    let mut h = harness(ws.clone());
    settle(&mut h);
    click(&mut h, msg::SCREEN_BUTTON);
    assert_eq!(h.state().view.screen, daihoi::ui::Screen::WardSettings);
    assert!(h.query_by_label(msg::NO_CHANGES).is_some());

    // An empty place is an error under the field, and nothing can be saved.
    replace_field(&mut h, msg::PLACE, " ");
    settle(&mut h);
    let required = daihoi::strings::settings::required("Địa danh ghi ở dòng ngày tháng");
    assert!(h.query_by_label(&required).is_some(), "{required}");
    assert!(h.query_by_label(&msg::cannot_save(1)).is_some());
    assert!(h.get_by_label(msg::SAVE).accesskit_node().is_disabled());

    // A real place: saved, and the file says so.
    replace_field(&mut h, msg::PLACE, "Hoài Tân");
    settle(&mut h);
    assert!(h.query_by_label(msg::UNSAVED).is_some());
    click(&mut h, msg::SAVE);
    assert_eq!(h.state().ward.place, "Hoài Tân");
    let saved = ws.load_ward().expect("ward.ron still loads");
    assert_eq!(saved.place, "Hoài Tân");
    assert_eq!(saved.name, before.name);
    assert!(h.query_by_label(msg::NO_CHANGES).is_some());
    // The previous version went to the backups.
    assert!(
        ws.backups_dir()
            .join("ward")
            .read_dir()
            .is_ok_and(|mut d| d.next().is_some())
    );
}

#[test]
fn discarding_puts_back_the_saved_settings_and_leaves_the_file_alone() {
    let (_dir, ws) = demo_workspace();
    let bytes = std::fs::read(ws.ward_path()).expect("ward.ron");
    let mut h = harness(ws.clone());
    settle(&mut h);
    click(&mut h, msg::SCREEN_BUTTON);
    replace_field(&mut h, msg::SIGNER_NAME, "Nguyễn Văn Tâm");
    settle(&mut h);
    click(&mut h, msg::DISCARD);
    assert!(h.query_by_label(msg::NO_CHANGES).is_some());
    assert_eq!(std::fs::read(ws.ward_path()).expect("ward.ron"), bytes);
    // Choosing a branch leaves the ward screen.
    let first = h.state().branches[0].name.clone();
    click(&mut h, &first);
    assert_eq!(h.state().view.screen, daihoi::ui::Screen::Checklist);
}

/// Issue 11 item 9: the one percentage rule is chosen on the screen, its
/// example follows, and it is saved to ward.ron.
#[test]
fn the_percentage_rule_is_chosen_on_the_screen() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    click(&mut h, msg::SCREEN_BUTTON);
    let rounded = msg::percent_example("4,9%", "75,6%", "50,5");
    assert!(h.query_by_label(&rounded).is_some(), "{rounded}");
    click(&mut h, msg::ROUNDING);
    settle(&mut h);
    click(&mut h, msg::ROUNDING_CUT);
    settle(&mut h);
    let cut = msg::percent_example("4,8%", "75,6%", "50,5");
    assert!(h.query_by_label(&cut).is_some(), "{cut}");
    click(&mut h, msg::SAVE);
    let saved = ws.load_ward().expect("ward.ron");
    assert_eq!(saved.percent.rounding, daihoi::model::Rounding::Cut);
}

/// The demo ward is a ward in the middle of its congress round: opened on
/// the clock, the app takes the demo's own day as today and says so in the
/// side panel, under the ward's name; cleared on the settings screen, the
/// computer's date is used.
#[test]
fn the_demo_is_shown_as_of_its_day_until_the_setting_is_cleared() {
    let (_dir, ws) = demo_workspace();
    let as_of = ws
        .load_ward()
        .expect("ward")
        .as_of
        .expect("the demo is shown as of its own day");
    assert_eq!(as_of, TODAY, "the day the demo's data is written for");
    let mut h = harness_for(daihoi::ui::App::open(ws.clone()));
    settle(&mut h);
    assert_eq!(h.state().today(), as_of);
    let note = daihoi::strings::ui::shown_as_of(&daihoi::vi::format::short_date(as_of));
    assert_eq!(note, "Xem như ngày 22/09/2025");
    assert!(h.query_by_label(&note).is_some(), "the side panel says so");

    click(&mut h, msg::SCREEN_BUTTON);
    focus_field(&mut h, msg::AS_OF);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
    h.key_press(eframe::egui::Key::Backspace);
    settle(&mut h);
    click(&mut h, msg::SAVE);
    settle(&mut h);
    assert_eq!(ws.load_ward().expect("ward").as_of, None, "saved");
    assert!(h.query_by_label(&note).is_none(), "the note is gone");
    assert_eq!(h.state().today(), daihoi::ops::clock::today());
}
