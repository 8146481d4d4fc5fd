//! The layout holds: on each main screen, at the common office screen sizes
//! and zoom levels, no widget is drawn over another and nothing runs past
//! the window's right edge. Widget rectangles are egui's own (the ones
//! AccessKit reports), with the part each widget shows after clipping, on
//! every layer: a notice on show (a long error, which stays) is checked
//! against the problems panel and the screen under it.

use crate::ui_support::*;
use daihoi::strings::congress as cmsg;
use daihoi::ui::{Command, Screen};
use eframe::egui::{self, Id, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::collections::HashMap;

/// Office screens (physical pixels) and Windows' zoom levels.
const SIZES: [(f32, f32); 2] = [(1366.0, 768.0), (1920.0, 1080.0)];
const ZOOMS: [f32; 3] = [1.0, 1.25, 1.5];

fn screens() -> Vec<(&'static str, Screen)> {
    use daihoi::model::DocKind;
    let mut v = vec![
        ("checklist", Screen::Checklist),
        ("facts", Screen::Facts),
        ("members", Screen::Members),
        ("roll call", Screen::RollCall),
        ("election", Screen::Election),
        ("draft comments", Screen::DraftComments),
        ("overview", Screen::Overview),
        ("ward settings", Screen::WardSettings),
        ("templates", Screen::Templates),
    ];
    for kind in DocKind::ALL {
        v.push(("document", Screen::Document(kind)));
    }
    v
}

/// The app at `size` physical pixels and `zoom`: egui lays out in points,
/// so the window is size / zoom points.
fn harness_at(
    ws: daihoi::store::Workspace,
    size: (f32, f32),
    zoom: f32,
) -> Harness<'static, daihoi::ui::App> {
    let app = daihoi::ui::App::open(ws);
    Harness::builder()
        .with_size([size.0 / zoom, size.1 / zoom])
        .with_theme(egui::Theme::Light)
        .with_context_setup(daihoi::ui::setup_context)
        .build_ui_state(|ui, app: &mut daihoi::ui::App| app.show(ui), app)
}

/// (what, where) for each pair of widgets drawn over each other, and each
/// widget past the right edge.
fn layout_faults(h: &Harness<'static, daihoi::ui::App>) -> Vec<String> {
    let screen = h.ctx.content_rect();
    let widgets: Vec<egui::WidgetRect> = h.ctx.viewport(|vp| {
        vp.this_pass
            .widgets
            .layers()
            .flat_map(|(_, w)| w.iter().copied())
            .collect()
    });
    let parents: HashMap<Id, Id> = widgets.iter().map(|w| (w.id, w.parent_id)).collect();
    let is_ancestor = |a: Id, mut b: Id| {
        for _ in 0..64 {
            match parents.get(&b) {
                Some(&p) if p == a => return true,
                Some(&p) if p != b => b = p,
                _ => return false,
            }
        }
        false
    };
    // Widgets a user reads or uses, by their AccessKit node: containers,
    // panels and resize handles hold the widgets and are left out.
    let names: HashMap<u64, String> = {
        use egui::accesskit::Role;
        use egui_kittest::kittest::NodeT;
        h.root()
            .children_recursive()
            .filter(|n| {
                !matches!(
                    n.accesskit_node().role(),
                    Role::GenericContainer
                        | Role::Pane
                        | Role::Splitter
                        | Role::ScrollView
                        | Role::ScrollBar
                        | Role::TextRun
                        | Role::Unknown
                        | Role::Window
                        | Role::Dialog
                )
            })
            .map(|n| {
                let a = n.accesskit_node();
                let text = a.label().or_else(|| a.value()).unwrap_or_default();
                (a.locate().0.0, format!("{:?} {text}", a.role()))
            })
            .collect()
    };
    let widgets: Vec<egui::WidgetRect> = widgets
        .into_iter()
        .filter(|w| names.contains_key(&w.id.value()))
        .collect();
    let shown: Vec<&egui::WidgetRect> = widgets
        .iter()
        .filter(|w| w.interact_rect.is_positive() && w.interact_rect.area() > 1.0)
        .collect();
    let name = |w: &egui::WidgetRect| names.get(&w.id.value()).cloned().unwrap_or_default();
    let mut faults = Vec::new();
    for w in &widgets {
        if w.rect.max.x > screen.max.x + 0.5 && w.rect.min.x < screen.max.x {
            faults.push(format!(
                "{:?} runs past the right edge: {:?}",
                name(w),
                w.rect
            ));
        }
    }
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            let both = a.interact_rect.intersect(b.interact_rect);
            if !both.is_positive() || both.area() <= 4.0 {
                continue;
            }
            if contains(a.interact_rect, b.interact_rect)
                || contains(b.interact_rect, a.interact_rect)
            {
                continue;
            }
            if is_ancestor(a.id, b.id) || is_ancestor(b.id, a.id) {
                continue;
            }
            faults.push(format!(
                "{:?} {:?} overlaps {:?} {:?}",
                name(a),
                a.interact_rect,
                name(b),
                b.interact_rect
            ));
        }
    }
    faults
}

const LONG_NOTICE: &str = "Máy chưa cài máy in nào. Không mở được tệp \
    /tmp/bo-ho-so/Chi bộ Cơ quan Đảng - Mặt trận - Đoàn thể phường/Báo cáo chính trị.pdf \
    để in: hãy mở thư mục của tệp và in từ chương trình xem PDF.";

fn contains(outer: Rect, inner: Rect) -> bool {
    outer.expand(0.5).contains_rect(inner)
}

#[test]
fn no_widget_overlaps_another_on_any_main_screen_size_or_zoom() {
    let (_dir, ws) = demo_workspace();
    let mut all = Vec::new();
    for size in SIZES {
        for zoom in ZOOMS {
            let mut h = harness_at(ws.clone(), size, zoom);
            settle(&mut h);
            // A branch with members, drafts and a personnel plan.
            let id = h.state().branches[0].id.clone();
            h.state_mut().apply_now(Command::SelectBranch(id));
            for (label, screen) in screens() {
                h.state_mut().apply_now(Command::Show(screen));
                // A failure stays on show until closed: a long one, over
                // two lines on a narrow window.
                h.state_mut().notice = Some(daihoi::ui::Notice {
                    text: LONG_NOTICE.into(),
                    error: true,
                });
                h.run_steps(3);
                for f in layout_faults(&h) {
                    all.push(format!(
                        "{}×{} zoom {zoom} {label} {screen:?}: {f}",
                        size.0, size.1
                    ));
                }
            }
            // A branch whose congress was held: the election with its
            // rounds, counted by total and ballot by ballot, and its roll call.
            let held = h
                .state()
                .branches
                .iter()
                .max_by_key(|b| b.results.rounds.len())
                .map(|b| b.id.clone())
                .expect("a branch");
            h.state_mut().apply_now(Command::SelectBranch(held));
            for (label, step) in [
                ("held roll call", None),
                ("held election", None),
                ("held election ballots", Some(cmsg::MODE_BALLOTS)),
            ] {
                let screen = if label.contains("roll") {
                    Screen::RollCall
                } else {
                    Screen::Election
                };
                h.state_mut().apply_now(Command::Show(screen));
                h.run_steps(3);
                if let Some(tab) = step {
                    h.get_by_label(tab).click();
                    h.run_steps(3);
                }
                for f in layout_faults(&h) {
                    all.push(format!("{}×{} zoom {zoom} {label}: {f}", size.0, size.1));
                }
            }
        }
    }
    let mut per: std::collections::BTreeMap<&str, usize> = Default::default();
    for f in &all {
        *per.entry(f.split(':').next().unwrap_or("")).or_default() += 1;
    }
    assert!(
        all.is_empty(),
        "{} layout faults, by screen: {per:#?}\n{}",
        all.len(),
        all.join("\n")
    );
}
