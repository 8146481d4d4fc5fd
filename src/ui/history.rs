//! "Khôi phục bản trước…": the kept versions of the selected branch, newest
//! first, each with its time and what differs from the current state;
//! restoring one is an ordinary undoable edit.

use super::command::Command;
use crate::model::Branch;
use crate::store::{Workspace, history};
use crate::strings::workspace as msg;
use eframe::egui::{self, Ui};

/// One kept version as listed.
#[derive(Debug, Clone)]
pub struct Entry {
    /// "14:05 29/11/2026" (local time).
    pub when: String,
    /// The version, or why it does not load.
    pub branch: Result<Branch, String>,
}

#[derive(Debug, Clone)]
pub struct HistoryWindow {
    pub branch_id: String,
    pub branch_name: String,
    pub entries: Vec<Entry>,
}

/// "14:05 29/11/2026" in the PC's time zone.
pub fn local_time(t: time::OffsetDateTime) -> String {
    let offset = time::UtcOffset::local_offset_at(t).unwrap_or(time::UtcOffset::UTC);
    let t = t.to_offset(offset);
    format!(
        "{:02}:{:02}:{:02} {:02}/{:02}/{:04}",
        t.hour(),
        t.minute(),
        t.second(),
        t.day(),
        t.month() as u8,
        t.year()
    )
}

impl HistoryWindow {
    /// List the kept versions of `branch` (newest first).
    pub fn open(ws: &Workspace, branch: &Branch) -> HistoryWindow {
        let versions =
            history::versions(&ws.branch_backups(&branch.id), &branch.id).unwrap_or_default();
        let entries = versions
            .into_iter()
            .rev()
            .map(|v| Entry {
                when: local_time(v.saved),
                branch: std::fs::read(&v.path)
                    .map_err(|e| e.to_string())
                    .and_then(|b| {
                        crate::store::parse_branch(&v.path, &b).map_err(|e| e.to_string())
                    }),
            })
            .collect();
        HistoryWindow {
            branch_id: branch.id.clone(),
            branch_name: branch.name.clone(),
            entries,
        }
    }
}

/// Draw the dialog; false when it closed.
pub fn show(
    w: &HistoryWindow,
    current: Option<&Branch>,
    ui: &mut Ui,
    out: &mut Vec<Command>,
) -> bool {
    let mut close = false;
    // Modal, centred, over a dimmed window: nothing else changes the branch
    // while a version is being chosen.
    let screen = ui.ctx().content_rect();
    let ctx = ui.ctx().clone();
    close |=
        super::dialogs::closable_modal(&ctx, "history_window", msg::HISTORY_TITLE, 720.0, |ui| {
            ui.strong(&w.branch_name);
            ui.label(msg::HISTORY_NOTE);
            ui.separator();
            if w.entries.is_empty() {
                ui.label(msg::HISTORY_EMPTY);
                return;
            }
            egui::ScrollArea::vertical()
                .max_height(screen.height() * 0.6)
                .show(ui, |ui| {
                    egui::Grid::new("history_grid")
                        .striped(true)
                        .num_columns(3)
                        .show(ui, |ui| {
                            for e in &w.entries {
                                ui.label(&e.when);
                                match (&e.branch, current) {
                                    (Ok(b), Some(cur)) => {
                                        ui.label(history::difference(b, cur));
                                        let button = egui::Button::new(msg::HISTORY_RESTORE);
                                        if ui
                                            .add_enabled(b != cur, button)
                                            .on_hover_text(&e.when)
                                            .clicked()
                                        {
                                            out.push(Command::RestoreVersion {
                                                id: w.branch_id.clone(),
                                                when: e.when.clone(),
                                                branch: Box::new(b.clone()),
                                            });
                                            close = true;
                                        }
                                    }
                                    (Ok(_), None) => {
                                        ui.label("");
                                        ui.label("");
                                    }
                                    (Err(reason), _) => {
                                        ui.label(msg::history_unreadable(reason));
                                        ui.label("");
                                    }
                                }
                                ui.end_row();
                            }
                        });
                });
        });
    !close
}
