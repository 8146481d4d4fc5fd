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

/// The app on `ws` in a 1400×900 harness with the app's fonts and style.
pub fn harness(ws: Workspace) -> Harness<'static, App> {
    let app = App::open(ws);
    Harness::builder()
        .with_size([1400.0, 900.0])
        .with_context_setup(daihoi::ui::setup_context)
        .build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

/// Run frames until the UI settles (the autosave timer may keep asking for
/// repaints, so a fixed number of steps is used).
pub fn settle(h: &mut Harness<'static, App>) {
    h.run_steps(4);
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
    node.click();
    settle(h);
}
