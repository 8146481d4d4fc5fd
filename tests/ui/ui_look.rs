//! How the app looks: the light theme by default, the theme choice in the
//! Xem menu, kept with the view state.

use crate::ui_support::*;
use daihoi::strings::ui as msg;
use eframe::egui;

#[test]
fn the_app_starts_light_and_the_xem_menu_switches_to_dark_and_back() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    // A first start: eframe's storage is empty, so the view state is the
    // default (the harness itself starts dark).
    h.ctx.set_theme(egui::Theme::Dark);
    let ctx = h.ctx.clone();
    h.state_mut()
        .restore_view(daihoi::ui::ViewState::default(), &ctx);
    settle(&mut h);
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    assert!(!h.ctx.global_style().visuals.dark_mode);

    click(&mut h, msg::MENU_VIEW);
    click(&mut h, msg::THEME_DARK);
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    assert_eq!(h.state().view.theme, daihoi::ui::ThemeChoice::Dark);

    click(&mut h, msg::MENU_VIEW);
    click(&mut h, msg::THEME_LIGHT);
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    assert_eq!(h.state().view.theme, daihoi::ui::ThemeChoice::Light);
}

#[test]
fn the_saved_theme_is_applied_on_the_next_start() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let mut view = h.state().view.clone();
    view.theme = daihoi::ui::ThemeChoice::Dark;
    // What eframe's storage gives back on the next start.
    let ron = ron::to_string(&view).expect("view state serialises");
    let restored: daihoi::ui::ViewState = ron::from_str(&ron).expect("and reads back");
    let ctx = h.ctx.clone();
    h.state_mut().restore_view(restored, &ctx);
    settle(&mut h);
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
}
