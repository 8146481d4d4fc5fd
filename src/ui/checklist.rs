//! The branch's checklist: the documents in order with their status.

use super::Screen;
use super::command::Command;
use super::style;
use crate::model::{Branch, DocKind, Ward};
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
                super::document::state_combo(ui, b, kind);
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
