//! The members screen fits the window: the number and name stay while the
//! column groups change; a member who joined within the last 12 months is
//! probationary unless the user says otherwise.

use crate::ui_support::*;
use daihoi::model::MemberStatus;
use daihoi::strings::ui as msg;
use egui_kittest::kittest::Queryable;

#[test]
fn column_groups_keep_the_name_and_show_their_columns() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let b0 = h.state().branches[0].clone();
    click(&mut h, &b0.name);
    click(&mut h, msg::SCREEN_MEMBERS);
    let has = |h: &egui_kittest::Harness<'static, daihoi::ui::App>, col: &str| {
        h.query_by_label(&msg::row_label(1, col)).is_some()
    };
    // 1400 points wide: not every column fits, so the chosen group is
    // shown with the groups after it that fit (personal and party here).
    assert!(h.query_by_label(msg::COLS_ALL).is_none());
    assert!(has(&h, msg::COL_BIRTH) && has(&h, msg::COL_JOINED));
    assert!(!has(&h, msg::COL_ROLE));
    click(&mut h, msg::COLS_PARTY);
    assert!(has(&h, msg::COL_JOINED) && !has(&h, msg::COL_BIRTH));
    assert!(has(&h, msg::COL_NAME), "the name stays");
    click(&mut h, msg::COLS_CONGRESS);
    assert!(has(&h, msg::COL_ROLE) && has(&h, msg::COL_PRESENT));
    assert!(!has(&h, msg::COL_JOINED));
    assert!(has(&h, msg::COL_NAME), "the name stays");
}

#[test]
fn every_column_shows_on_a_wide_window() {
    let (_dir, ws) = demo_workspace();
    let app = daihoi::ui::App::open(ws).with_today(TODAY);
    let mut h = egui_kittest::Harness::builder()
        .with_size([1920.0, 1080.0])
        .with_theme(eframe::egui::Theme::Light)
        .with_context_setup(daihoi::ui::setup_context)
        .build_ui_state(|ui, app: &mut daihoi::ui::App| app.show(ui), app);
    settle(&mut h);
    let b0 = h.state().branches[0].clone();
    click(&mut h, &b0.name);
    click(&mut h, msg::SCREEN_MEMBERS);
    assert!(h.query_by_label(msg::COLS_ALL).is_some());
    for col in [
        msg::COL_BIRTH,
        msg::COL_JOINED,
        msg::COL_STANDING,
        msg::COL_ROLE,
    ] {
        assert!(h.query_by_label(&msg::row_label(1, col)).is_some(), "{col}");
    }
}

#[test]
fn a_member_who_joined_this_year_is_probationary() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let b0 = h.state().branches[0].clone();
    click(&mut h, &b0.name);
    click(&mut h, msg::SCREEN_MEMBERS);
    click(&mut h, msg::ADD_MEMBER);
    send_text(&mut h, "Lê Văn Mới");
    settle(&mut h);
    let row = b0.members.len() + 1;
    let new = |h: &egui_kittest::Harness<'static, daihoi::ui::App>| {
        h.state().branches[0]
            .members
            .last()
            .cloned()
            .expect("new member")
    };
    assert_eq!(new(&h).status, MemberStatus::Full, "the model's default");
    click(&mut h, msg::COLS_PARTY);
    // TODAY is 22/09/2025: joined 5 months ago → probationary.
    replace_field(&mut h, &msg::row_label(row, msg::COL_JOINED), "15/04/2025");
    settle(&mut h);
    assert_eq!(new(&h).status, MemberStatus::Probationary);
    // Joined more than 12 months ago → full.
    replace_field(&mut h, &msg::row_label(row, msg::COL_JOINED), "15/06/2024");
    settle(&mut h);
    assert_eq!(new(&h).status, MemberStatus::Full);
}
