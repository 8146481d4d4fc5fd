//! The ward's branches: name, congress date, progress, problems; search,
//! add, rename, delete. The list is virtualised (thousands of branches).

use super::command::Command;
use super::problems::ProblemCache;
use super::style;
use crate::model::{Branch, DocKind};
use crate::strings::ui as msg;
use crate::vi::fold;
use eframe::egui::{self, Ui};

/// The filtered view of the branch list, recomputed only when the search
/// text or the branches change.
#[derive(Debug, Default)]
pub struct BranchList {
    pub search: String,
    /// Indices into the app's branches.
    shown: Vec<usize>,
    /// Search text and branch count the `shown` list was made for.
    made_for: Option<(String, usize)>,
}

impl BranchList {
    pub fn invalidate(&mut self) {
        self.made_for = None;
    }

    fn refresh(&mut self, names: &[(&str, &str)]) {
        let key = (self.search.clone(), names.len());
        if self.made_for.as_ref() == Some(&key) {
            return;
        }
        let needle = fold(&self.search);
        self.shown = names
            .iter()
            .enumerate()
            .filter(|(_, (name, id))| {
                needle.is_empty() || fold(name).contains(&needle) || id.contains(&needle)
            })
            .map(|(i, _)| i)
            .collect();
        self.made_for = Some(key);
    }
}

/// The left panel: the ward's name, search, add/rename/delete, the list.
pub fn show(
    ui: &mut Ui,
    list: &mut BranchList,
    ward_name: &str,
    branches: &[Branch],
    problems: &ProblemCache,
    selected: Option<&str>,
    out: &mut Vec<Command>,
) {
    egui::Panel::left("branches")
        .resizable(true)
        .default_size(300.0)
        .min_size(220.0)
        .show(ui, |ui| {
            ui.add_space(4.0);
            ui.heading(msg::BRANCHES);
            if !ward_name.is_empty() {
                ui.label(egui::RichText::new(ward_name).small());
            }
            let search = ui.add(
                egui::TextEdit::singleline(&mut list.search)
                    .hint_text(msg::SEARCH_HINT)
                    .desired_width(f32::INFINITY),
            );
            super::form::name_widget(&search, egui::Role::TextInput, msg::SEARCH_HINT);
            if search.changed() {
                list.search = crate::vi::nfc(&list.search);
            }
            ui.horizontal(|ui| {
                if ui.button(msg::ADD_BRANCH).clicked() {
                    out.push(Command::AskNewBranch);
                }
                if let Some(b) = selected.and_then(|id| branches.iter().find(|b| b.id == id)) {
                    let (id, name) = (b.id.clone(), b.name.clone());
                    if ui.button(msg::RENAME_BRANCH).clicked() {
                        out.push(Command::AskRename {
                            id: id.clone(),
                            name: name.clone(),
                        });
                    }
                    if ui.button(msg::DELETE_BRANCH).clicked() {
                        out.push(Command::AskDelete { id, name });
                    }
                }
            });
            let names: Vec<(&str, &str)> = branches
                .iter()
                .map(|b| (b.name.as_str(), b.id.as_str()))
                .collect();
            list.refresh(&names);
            ui.label(
                egui::RichText::new(msg::branch_count(list.shown.len(), branches.len())).small(),
            );
            ui.separator();
            if branches.is_empty() {
                ui.label(msg::NO_BRANCHES);
                return;
            }
            if list.shown.is_empty() {
                ui.label(msg::NO_SEARCH_RESULT);
                return;
            }
            let body = ui.text_style_height(&egui::TextStyle::Body);
            let small = ui.text_style_height(&egui::TextStyle::Small);
            let row_h = body + small + 14.0;
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show_rows(ui, row_h, list.shown.len(), |ui, rows| {
                    for &i in &list.shown[rows] {
                        let Some(b) = branches.get(i) else {
                            continue;
                        };
                        let is_sel = selected == Some(b.id.as_str());
                        let date = b
                            .congress
                            .date
                            .map(super::form::format_date)
                            .unwrap_or_else(|| msg::NO_DATE_YET.to_string());
                        let done = b.checklist.done_count();
                        let (errors, warnings) = problems.counts(&b.id);
                        let r = ui.push_id(&b.id, |ui| {
                            ui.set_min_height(row_h - 4.0);
                            // One line per name: the list's rows have a fixed height.
                            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                            let resp = ui
                                .selectable_label(is_sel, style::strong(&b.name))
                                .on_hover_text(&b.name);
                            ui.horizontal(|ui| {
                                ui.label(
                                    egui::RichText::new(format!(
                                        "{date} · {}",
                                        msg::progress(done, DocKind::ALL.len())
                                    ))
                                    .small(),
                                );
                                let color = style::problem_color(ui, errors, warnings);
                                ui.colored_label(
                                    color,
                                    egui::RichText::new(msg::problem_count(errors, warnings))
                                        .small(),
                                );
                            });
                            resp
                        });
                        if r.inner.clicked() && !is_sel {
                            out.push(Command::SelectBranch(b.id.clone()));
                        }
                    }
                });
        });
}
