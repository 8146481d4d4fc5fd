//! The trash: deleted branches, newest first; take one back, or empty it.

use super::command::Command;
use crate::store::{Trashed, Workspace};
use crate::strings::workspace as msg;
use eframe::egui::{self, Ui};

#[derive(Debug, Clone, Default)]
pub struct TrashWindow {
    pub items: Vec<Trashed>,
    /// Files in the trash that do not load (Vietnamese messages).
    pub errors: Vec<String>,
    /// "Dọn sạch thùng rác" was clicked once: ask to confirm.
    confirm_empty: bool,
}

impl TrashWindow {
    pub fn open(ws: &Workspace) -> TrashWindow {
        let (items, errors) = ws.trashed();
        TrashWindow {
            items,
            errors: errors.iter().map(|e| e.to_string()).collect(),
            confirm_empty: false,
        }
    }
}

/// Draw the window; false when it closed.
pub fn show(w: &mut TrashWindow, ui: &mut Ui, out: &mut Vec<Command>) -> bool {
    let mut open = true;
    let mut close = false;
    egui::Window::new(msg::TRASH_TITLE)
        .id(egui::Id::unique("trash_window"))
        .open(&mut open)
        .default_size([640.0, 420.0])
        .collapsible(false)
        // Centred, never at the top-left over the menu.
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ui.ctx().content_rect().center())
        .show(ui.ctx(), |ui| {
            for e in &w.errors {
                ui.colored_label(super::style::error(ui), e);
            }
            if w.items.is_empty() {
                ui.label(msg::TRASH_EMPTY_LIST);
                return;
            }
            egui::ScrollArea::vertical()
                .max_height(300.0)
                .show(ui, |ui| {
                    for item in &w.items {
                        ui.horizontal(|ui| {
                            let when = super::history::local_time(item.deleted);
                            ui.label(msg::trash_item(&item.name, item.members, &when));
                            if ui.button(msg::TRASH_RESTORE).clicked() {
                                out.push(Command::RestoreTrashed(item.path.clone()));
                                close = true;
                            }
                        });
                    }
                });
            ui.separator();
            if w.confirm_empty {
                ui.colored_label(super::style::warning(ui), msg::TRASH_EMPTY_CONFIRM);
                ui.horizontal(|ui| {
                    if ui.button(msg::TRASH_EMPTY).clicked() {
                        out.push(Command::EmptyTrash);
                        close = true;
                    }
                    if ui.button(crate::strings::ui::CANCEL).clicked() {
                        w.confirm_empty = false;
                    }
                });
            } else if ui.button(msg::TRASH_EMPTY).clicked() {
                w.confirm_empty = true;
            }
        });
    open && !close
}
