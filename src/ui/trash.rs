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

/// Draw the dialog; false when it closed.
pub fn show(w: &mut TrashWindow, ui: &mut Ui, out: &mut Vec<Command>) -> bool {
    let mut close = false;
    // Modal, centred, over a dimmed window.
    let screen = ui.ctx().content_rect();
    let ctx = ui.ctx().clone();
    close |= super::dialogs::closable_modal(&ctx, "trash_window", msg::TRASH_TITLE, 640.0, |ui| {
        for e in &w.errors {
            ui.colored_label(super::style::error(ui), e);
        }
        if w.items.is_empty() {
            ui.label(msg::TRASH_EMPTY_LIST);
            return;
        }
        egui::ScrollArea::vertical()
            .max_height(screen.height() * 0.5)
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
    !close
}
