//! The branch's checklist: the documents in order with their status.

use super::Screen;
use super::command::Command;
use super::style;
use crate::model::{Branch, DocKind, Ward};
use crate::rules::labels;
use crate::rules::{Problem, Severity};
use crate::strings::ui as msg;
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
    // Four columns where they fit; on a narrow window (1366×768 at 150%)
    // three, with the problems under the title.
    let titles: Vec<String> = DocKind::ALL
        .iter()
        .enumerate()
        .map(|(n, kind)| format!("{}. {}", n + 1, labels::doc_kind(*kind)))
        .collect();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest = titles
        .iter()
        .map(|t| {
            ui.painter()
                .layout_no_wrap(t.clone(), font.clone(), egui::Color32::PLACEHOLDER)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    let wide = ui.available_width() >= widest + 150.0 + 110.0 + 130.0 + 3.0 * 16.0 + 40.0;
    egui::Grid::new("checklist")
        .num_columns(if wide { 4 } else { 3 })
        .striped(true)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            for (kind, title) in DocKind::ALL.into_iter().zip(titles) {
                let mine = problems.iter().filter(|p| p.doc == Some(kind));
                let errors = mine
                    .clone()
                    .filter(|p| p.severity == Severity::Error)
                    .count();
                let notes = mine.count() - errors;
                let count = |ui: &mut Ui| {
                    if errors + notes > 0 {
                        let color = style::problem_color(ui, errors, notes);
                        ui.colored_label(color, msg::problem_count(errors, notes));
                    } else {
                        ui.label("");
                    }
                };
                if wide {
                    if ui.link(style::strong(title)).clicked() {
                        out.push(Command::Show(Screen::Document(kind)));
                    }
                    super::document::state_combo(ui, b, kind);
                    count(ui);
                } else {
                    ui.vertical(|ui| {
                        if ui.link(style::strong(title)).clicked() {
                            out.push(Command::Show(Screen::Document(kind)));
                        }
                        if errors + notes > 0 {
                            count(ui);
                        }
                    });
                    super::document::state_combo(ui, b, kind);
                }
                if ui.button(msg::OPEN_DOC).clicked() {
                    out.push(Command::Show(Screen::Document(kind)));
                }
                ui.end_row();
            }
        });
}
