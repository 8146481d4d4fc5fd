//! Problems found by `rules::validate`, cached per branch (recomputed only
//! when that branch changes), and the panel that lists them.

use super::command::Command;
use super::style;
use crate::model::{Branch, Ward};
use crate::rules::labels;
use crate::rules::{Problem, Severity, validate};
use crate::strings::ui as msg;
use eframe::egui::{self, Ui};
use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct ProblemCache {
    by_branch: HashMap<String, Vec<Problem>>,
}

impl ProblemCache {
    pub fn new(ward: &Ward, branches: &[Branch]) -> Self {
        let mut c = ProblemCache::default();
        for b in branches {
            c.refresh(ward, b);
        }
        c
    }

    pub fn refresh(&mut self, ward: &Ward, branch: &Branch) {
        self.by_branch
            .insert(branch.id.clone(), validate(ward, branch));
    }

    /// Keep `problems` as the branch's, found elsewhere (the loading threads).
    pub fn set(&mut self, id: &str, problems: Vec<Problem>) {
        self.by_branch.insert(id.to_string(), problems);
    }

    pub fn remove(&mut self, id: &str) {
        self.by_branch.remove(id);
    }

    pub fn get(&self, id: &str) -> &[Problem] {
        self.by_branch.get(id).map(Vec::as_slice).unwrap_or(&[])
    }

    /// (errors, warnings) of a branch.
    pub fn counts(&self, id: &str) -> (usize, usize) {
        counts(self.get(id))
    }
}

/// (errors, warnings) in a list of problems.
fn counts(list: &[Problem]) -> (usize, usize) {
    let errors = list
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    (errors, list.len() - errors)
}

/// The bottom panel: the selected branch's problems; a click jumps to the field.
pub fn panel(ui: &mut Ui, problems: &[Problem], out: &mut Vec<Command>) {
    let (errors, warnings) = counts(problems);
    egui::Panel::bottom("problems")
        .resizable(true)
        .default_size(170.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(style::strong(msg::PROBLEMS));
                let color = style::problem_color(ui, errors, warnings);
                ui.colored_label(color, msg::problem_count(errors, warnings));
            });
            if problems.is_empty() {
                ui.label(msg::NO_PROBLEMS);
                return;
            }
            // Long messages wrap (a branch has tens of problems, not
            // thousands, so the rows need not be virtualised).
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    for p in problems {
                        let (tag, color) = match p.severity {
                            Severity::Error => (msg::ERROR, style::error(ui)),
                            Severity::Warning => (msg::WARNING, style::warning(ui)),
                        };
                        // The document, else the screen that holds the
                        // field (an election error says "Bầu cử").
                        let place = p
                            .doc
                            .map(labels::doc_kind)
                            .unwrap_or_else(|| super::Screen::for_field(&p.field).title());
                        ui.horizontal_top(|ui| {
                            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                            ui.colored_label(color, format!("[{tag}]"));
                            ui.label(egui::RichText::new(place).small());
                            let link = ui
                                .add(egui::Link::new(p.message.as_str()))
                                .on_hover_text(msg::CLICK_TO_FIX);
                            if link.clicked() {
                                out.push(Command::Jump(p.field.clone()));
                            }
                        });
                    }
                });
        });
}
