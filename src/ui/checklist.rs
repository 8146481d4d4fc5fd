//! The branch's checklist: the documents in order with their status.

use super::Screen;
use super::command::Command;
use super::style;
use crate::model::{Branch, DocKind, DocState, Ward};
use crate::rules::Problem;
use crate::strings::{labels, ui as msg};
use eframe::egui::{self, Ui};

pub fn show(
    ui: &mut Ui,
    b: &mut Branch,
    ward: &Ward,
    problems: &[Problem],
    out: &mut Vec<Command>,
) {
    ui.heading(&b.name);
    ui.label(super::document::facts_line(b));
    ui.label(style::guidance(msg::CHECKLIST_INTRO));
    ui.add_space(8.0);
    let _ = ward;
    egui::Grid::new("checklist")
        .num_columns(4)
        .striped(true)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            for (n, kind) in DocKind::ALL.into_iter().enumerate() {
                let title = format!("{}. {}", n + 1, labels::doc_kind(kind));
                if ui.link(style::strong(title)).clicked() {
                    out.push(Command::Show(Screen::Document(kind)));
                }
                state_combo(ui, b, kind);
                let count = problems.iter().filter(|p| p.doc == Some(kind)).count();
                if count > 0 {
                    ui.colored_label(style::error(ui), msg::doc_problems(count));
                } else {
                    ui.label("");
                }
                if ui.button(msg::OPEN_DOC).clicked() {
                    out.push(Command::Show(Screen::Document(kind)));
                }
                ui.end_row();
            }
        });
}

/// The status of one document as a choice; records the day it changed.
pub fn state_combo(ui: &mut Ui, b: &mut Branch, kind: DocKind) {
    let status = b.checklist.get_mut(kind);
    let before = status.state;
    let color = match before {
        DocState::NotStarted => ui.visuals().weak_text_color(),
        DocState::Drafting => style::warning(ui),
        DocState::Done | DocState::Approved => style::ok(ui),
    };
    let label = format!("{} — {}", msg::STATUS, labels::doc_kind(kind));
    let combo = egui::ComboBox::from_id_salt(("doc_state", kind))
        .selected_text(egui::RichText::new(labels::doc_state(before)).color(color))
        .width(150.0)
        .show_ui(ui, |ui| {
            for s in [
                DocState::NotStarted,
                DocState::Drafting,
                DocState::Done,
                DocState::Approved,
            ] {
                ui.selectable_value(&mut status.state, s, labels::doc_state(s));
            }
        });
    combo
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
    if status.state != before {
        status.changed = Some(super::clock::today());
    }
}
