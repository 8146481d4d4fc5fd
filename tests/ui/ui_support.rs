//! Shared set-up of the UI tests: the real app in an egui_kittest harness,
//! on a workspace in a temporary folder. Missing glyphs still panic.
#![allow(dead_code)]

use daihoi::store::Workspace;
use daihoi::ui::App;
use egui_kittest::Harness;
use tempfile::TempDir;

/// A workspace with the demo ward in a fresh temporary folder.
pub fn demo_workspace() -> (TempDir, Workspace) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = Workspace::new(dir.path().join("ho-so"));
    let (ward, branches) = daihoi::demo::demo_ward();
    ws.create(&ward, &branches).expect("write demo workspace");
    (dir, ws)
}

/// "Today" in the UI tests: the app never reads the real clock there.
pub const TODAY: time::Date = time::macros::date!(2025 - 09 - 22);

/// The app on `ws` in a 1400×900 harness with the app's fonts and style
/// (light, the app's default theme), on [`TODAY`].
pub fn harness(ws: Workspace) -> Harness<'static, App> {
    harness_for(App::open(ws).with_today(TODAY))
}

/// [`harness`] around an app made by the test.
pub fn harness_for(app: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size([1400.0, 900.0])
        .with_theme(eframe::egui::Theme::Light)
        .with_context_setup(daihoi::ui::setup_context)
        .build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

/// Run frames until the UI settles (the autosave timer may keep asking for
/// repaints, so a fixed number of steps is used).
pub fn settle(h: &mut Harness<'static, App>) {
    h.run_steps(4);
}

/// The window manager asks the window to close (the app saves first, or
/// keeps the window open and says why).
pub fn request_close(h: &mut Harness<'static, App>) {
    h.input_mut()
        .viewports
        .entry(eframe::egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(eframe::egui::ViewportEvent::Close);
    settle(h);
}

/// Click the first clickable node with this exact label (skipping plain
/// text with the same words, e.g. a heading repeating the branch name).
pub fn click(h: &mut Harness<'static, App>, label: &str) {
    use egui_kittest::kittest::{NodeT, Queryable};
    let node = h
        .query_all_by_label(label)
        .find(|n| {
            !matches!(
                n.accesskit_node().role(),
                eframe::egui::accesskit::Role::Label | eframe::egui::accesskit::Role::Unknown
            )
        })
        .unwrap_or_else(|| panic!("no clickable node labelled {label:?}"));
    // A widget scrolled out of view is clicked through AccessKit, as a
    // screen reader would; one in view with the pointer.
    let r = node.rect();
    if r.min.y >= 0.0 && r.max.y <= 900.0 {
        node.click();
    } else {
        node.click_accesskit();
    }
    settle(h);
}

/// Focus the text field labelled `label` (as Tab or a screen reader would;
/// it may be scrolled out of view).
pub fn focus_field(h: &mut Harness<'static, App>, label: &str) {
    use egui_kittest::kittest::Queryable;
    h.get_by_label(label).focus();
    settle(h);
    assert!(h.get_by_label(label).is_focused(), "{label} has the focus");
}

/// Send text events as a keyboard or input method would, one per frame.
pub fn send_text(h: &mut Harness<'static, App>, text: &str) {
    h.event(eframe::egui::Event::Text(text.to_string()));
    h.step();
}

/// Press Backspace `n` times (what Unikey/EVKey/OpenKey send before the
/// replacement text).
pub fn backspaces(h: &mut Harness<'static, App>, n: usize) {
    for _ in 0..n {
        h.key_press(eframe::egui::Key::Backspace);
        h.step();
    }
}

/// The demo branch that the flows work on (the first in the list), opened
/// on the political report.
pub fn open_document(h: &mut Harness<'static, App>, kind: daihoi::model::DocKind) -> String {
    let first = h.state().branches[0].clone();
    click(h, &first.name);
    h.state_mut()
        .apply_now(daihoi::ui::Command::Show(daihoi::ui::Screen::Checklist));
    settle(h);
    let n = daihoi::model::DocKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(0);
    click(
        h,
        &format!("{}. {}", n + 1, daihoi::rules::labels::doc_kind(kind)),
    );
    first.id
}

/// Select all of the field labelled `label` and type `text` over it.
pub fn replace_field(h: &mut Harness<'static, App>, label: &str, text: &str) {
    focus_field(h, label);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
    h.step();
    send_text(h, text);
}

/// Pick the first branch and open its facts screen; returns the branch as it was.
pub fn open_facts(h: &mut Harness<'static, App>) -> daihoi::model::Branch {
    settle(h);
    let b0 = h.state().branches[0].clone();
    click(h, &b0.name);
    click(h, daihoi::strings::ui::SCREEN_FACTS);
    b0
}
