//! Every dialog is modal and centred over a dimmed window, in the light and
//! the dark theme: a see-through dark layer over the whole window is drawn
//! above the screen and under the dialog, whose centre is the window's.

use crate::ui_support::*;
use daihoi::model::DocKind;
use daihoi::ui::file_picker::{self, Native, Request};
use daihoi::ui::{App, Command, ThemeChoice};
use eframe::egui;
use egui_kittest::Harness;

/// Each dialog and how it is opened.
fn dialogs(id: &str, name: &str) -> Vec<(&'static str, Vec<Command>)> {
    vec![
        ("add branch", vec![Command::AskNewBranch]),
        (
            "rename",
            vec![Command::AskRename {
                id: id.into(),
                name: name.into(),
            }],
        ),
        (
            "delete",
            vec![Command::AskDelete {
                id: id.into(),
                name: name.into(),
            }],
        ),
        ("history", vec![Command::OpenHistory]),
        ("trash", vec![Command::OpenTrash]),
        ("member import", vec![Command::OpenImport]),
        (
            "word import",
            vec![Command::OpenWordImport(DocKind::PoliticalReport)],
        ),
        ("batch", vec![Command::OpenBatch]),
    ]
}

/// The dimming layer: a rectangle over the whole window, dark and
/// see-through, painted after (above) every panel.
fn dimmed(h: &Harness<'static, App>) -> bool {
    let screen = h.ctx.content_rect();
    h.output().shapes.iter().any(|c| match &c.shape {
        egui::Shape::Rect(r) => {
            let f = r.fill;
            r.rect.contains_rect(screen.shrink(1.0))
                && f.a() > 60
                && f.a() < 230
                && f.r() < 40
                && f.g() < 40
                && f.b() < 40
        }
        _ => false,
    })
}

fn check(theme: ThemeChoice) -> Vec<String> {
    let (_dir, ws) = demo_workspace();
    let mut faults = Vec::new();
    let probe = {
        let h = harness(ws.clone());
        let b = &h.state().branches[0];
        (b.id.clone(), b.name.clone())
    };
    let mut list = dialogs(&probe.0, &probe.1);
    list.push(("built-in picker", vec![]));
    for (what, open) in list {
        let mut h = harness(ws.clone());
        let ctx = h.ctx.clone();
        let view = daihoi::ui::ViewState {
            theme,
            ..Default::default()
        };
        h.state_mut().restore_view(view, &ctx);
        settle(&mut h);
        let dark = theme == ThemeChoice::Dark;
        assert_eq!(h.ctx.global_style().visuals.dark_mode, dark, "{theme:?}");
        h.state_mut()
            .apply_now(Command::SelectBranch(probe.0.clone()));
        settle(&mut h);
        if dimmed(&h) {
            faults.push(format!("{what}: dimmed before it opened"));
        }
        if open.is_empty() {
            let ctx = h.ctx.clone();
            file_picker::set_native(&ctx, Native::Missing);
            file_picker::request(&ctx, Request::folder("probe", "Chọn thư mục"));
        }
        for c in open {
            h.state_mut().apply_now(c);
        }
        h.run_steps(6);
        if !dimmed(&h) {
            faults.push(format!("{what} ({theme:?}): the window is not dimmed"));
        }
        let modal = h.ctx.memory(|m| m.top_modal_layer());
        match modal.and_then(|l| h.ctx.memory(|m| m.area_rect(l.id))) {
            Some(r) => {
                let c = h.ctx.content_rect().center();
                if (r.center() - c).length() > 2.0 {
                    faults.push(format!("{what} ({theme:?}): not centred: {r:?}"));
                }
            }
            None => faults.push(format!("{what} ({theme:?}): not modal")),
        }
    }
    faults
}

#[test]
fn every_dialog_is_modal_centred_and_dims_the_window_in_both_themes() {
    let mut faults = check(ThemeChoice::Light);
    faults.extend(check(ThemeChoice::Dark));
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}
