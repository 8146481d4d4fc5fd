//! Modal dialogs: add, rename, confirm delete, failed save on close.

use super::command::Command;
use super::style;
use crate::strings::ui as msg;
use eframe::egui::{self, Ui};

#[derive(Debug, Clone, PartialEq)]
pub enum Dialog {
    AddBranch {
        name: String,
        error: Option<String>,
    },
    Rename {
        id: String,
        name: String,
    },
    ConfirmDelete {
        id: String,
        name: String,
    },
    /// Closing the window failed to save: the branches left unsaved (their
    /// names), the store's reason, and the copy of the workspace once the
    /// user tried one (its folder, or why it failed).
    CloseFailed {
        branches: Vec<String>,
        reason: String,
        copy: Option<Result<std::path::PathBuf, String>>,
    },
    /// Some documents of the packet still have empty sections.
    ConfirmUnfinished {
        text: String,
    },
    /// Choose the printer for a file.
    Print {
        file: std::path::PathBuf,
        printers: super::launch::Printers,
        chosen: String,
    },
}

/// Show the open dialog; returns it while it stays open.
pub fn show(dialog: Dialog, ui: &mut Ui, out: &mut Vec<Command>) -> Option<Dialog> {
    let ctx = ui.ctx().clone();
    match dialog {
        Dialog::AddBranch {
            mut name,
            mut error,
        } => {
            let mut keep = true;
            egui::Modal::new(egui::Id::unique("add_branch")).show(&ctx, |ui| {
                ui.heading(msg::NEW_BRANCH_TITLE);
                let label = ui.label(msg::BRANCH_NAME);
                let resp = ui
                    .add(
                        egui::TextEdit::singleline(&mut name)
                            .hint_text(msg::BRANCH_NAME_HINT)
                            .desired_width(360.0),
                    )
                    .labelled_by(label.id);
                resp.request_focus();
                if let Some(e) = &error {
                    ui.colored_label(style::error(ui), e);
                }
                let enter = resp.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    if ui.button(msg::CREATE).clicked() || enter {
                        if name.trim().is_empty() {
                            error = Some(msg::BRANCH_NAME_EMPTY.into());
                        } else {
                            out.push(Command::AddBranch { name: name.clone() });
                            keep = false;
                        }
                    }
                    if ui.button(msg::CANCEL).clicked() {
                        keep = false;
                    }
                });
            });
            keep.then_some(Dialog::AddBranch { name, error })
        }
        Dialog::Rename { id, mut name } => {
            let mut keep = true;
            egui::Modal::new(egui::Id::unique("rename_branch")).show(&ctx, |ui| {
                ui.heading(msg::RENAME_TITLE);
                let label = ui.label(msg::NEW_NAME);
                ui.add(egui::TextEdit::singleline(&mut name).desired_width(360.0))
                    .labelled_by(label.id);
                ui.horizontal(|ui| {
                    let ok = !name.trim().is_empty();
                    if ui.add_enabled(ok, egui::Button::new(msg::OK)).clicked() {
                        out.push(Command::RenameBranch {
                            id: id.clone(),
                            name: name.clone(),
                        });
                        keep = false;
                    }
                    if ui.button(msg::CANCEL).clicked() {
                        keep = false;
                    }
                });
            });
            keep.then_some(Dialog::Rename { id, name })
        }
        Dialog::ConfirmDelete { id, name } => {
            let mut keep = true;
            egui::Modal::new(egui::Id::unique("delete_branch")).show(&ctx, |ui| {
                ui.heading(msg::DELETE_TITLE);
                ui.set_max_width(460.0);
                ui.label(msg::confirm_delete(&name));
                ui.horizontal(|ui| {
                    if ui.button(msg::DELETE_BRANCH).clicked() {
                        out.push(Command::DeleteBranch(id.clone()));
                        keep = false;
                    }
                    if ui.button(msg::CANCEL).clicked() {
                        keep = false;
                    }
                });
            });
            keep.then_some(Dialog::ConfirmDelete { id, name })
        }
        Dialog::ConfirmUnfinished { text } => {
            let mut keep = true;
            egui::Modal::new(egui::Id::unique("confirm_unfinished")).show(&ctx, |ui| {
                ui.heading(msg::UNFINISHED_TITLE);
                ui.set_max_width(560.0);
                ui.label(&text);
                ui.horizontal(|ui| {
                    if ui.button(msg::UNFINISHED_ANYWAY).clicked() {
                        out.push(Command::CreatePacketAnyway);
                        keep = false;
                    }
                    if ui.button(msg::UNFINISHED_BACK).clicked() {
                        keep = false;
                    }
                });
            });
            keep.then_some(Dialog::ConfirmUnfinished { text })
        }
        Dialog::CloseFailed {
            branches,
            reason,
            copy,
        } => {
            let mut keep = true;
            egui::Modal::new(egui::Id::unique("close_failed")).show(&ctx, |ui| {
                ui.set_max_width(580.0);
                ui.heading(msg::CLOSE_SAVE_FAILED_TITLE);
                ui.add_space(4.0);
                ui.label(msg::close_unsaved(&branches));
                ui.colored_label(style::error(ui), msg::close_reason(&reason));
                let copied = matches!(copy, Some(Ok(_)));
                if !copied {
                    ui.add_space(4.0);
                    ui.label(msg::CLOSE_WHAT_TO_DO);
                }
                match &copy {
                    Some(Ok(dir)) => {
                        ui.colored_label(style::ok(ui), msg::copy_saved(dir));
                    }
                    Some(Err(e)) => {
                        ui.colored_label(style::error(ui), msg::copy_failed(e));
                    }
                    None => {}
                }
                ui.add_space(6.0);
                // The ways to keep the edits, then leaving or staying.
                ui.horizontal_wrapped(|ui| {
                    if ui.button(msg::SAVE_AND_QUIT).clicked() {
                        out.push(Command::SaveAndQuit);
                        keep = false;
                    }
                    if ui.button(msg::SAVE_COPY).clicked() {
                        out.push(Command::ChooseCopyDir);
                    }
                });
                ui.horizontal_wrapped(|ui| {
                    if ui.button(msg::STAY_IN_APP).clicked() {
                        keep = false;
                    }
                    let quit = if copied {
                        msg::QUIT_AFTER_COPY
                    } else {
                        msg::QUIT_WITHOUT_SAVING
                    };
                    if ui.button(quit).clicked() {
                        out.push(Command::QuitWithoutSaving);
                        keep = false;
                    }
                });
            });
            keep.then_some(Dialog::CloseFailed {
                branches,
                reason,
                copy,
            })
        }
        Dialog::Print {
            file,
            printers,
            mut chosen,
        } => {
            use crate::strings::launch as lmsg;
            let mut keep = true;
            egui::Modal::new(egui::Id::unique("print")).show(&ctx, |ui| {
                ui.heading(lmsg::PRINT_TITLE);
                ui.set_max_width(520.0);
                ui.label(lmsg::print_what(&file));
                ui.horizontal(|ui| {
                    let label = ui.label(lmsg::PRINTER);
                    let shown = |p: &str| match &printers.default {
                        Some(d) if d == p => lmsg::default_printer(p),
                        _ => p.to_string(),
                    };
                    egui::ComboBox::from_id_salt("printer")
                        .selected_text(shown(&chosen))
                        .show_ui(ui, |ui| {
                            for p in &printers.names {
                                ui.selectable_value(&mut chosen, p.clone(), shown(p));
                            }
                        })
                        .response
                        .labelled_by(label.id);
                });
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    if ui.button(lmsg::PRINT).clicked() {
                        out.push(Command::PrintTo {
                            file: file.clone(),
                            printer: Some(chosen.clone()),
                        });
                        keep = false;
                    }
                    if ui.button(msg::CANCEL).clicked() {
                        keep = false;
                    }
                });
            });
            keep.then_some(Dialog::Print {
                file,
                printers,
                chosen,
            })
        }
    }
}

/// A modal window, centred over the dimmed app, with `title` and a "Đóng"
/// button beside it, at most `max_width` wide (less on a narrow window);
/// true when "Đóng" was clicked.
pub fn closable_modal(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    max_width: f32,
    body: impl FnOnce(&mut Ui),
) -> bool {
    let mut close = false;
    let screen = ctx.content_rect();
    egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width((screen.width() - 80.0).clamp(320.0, max_width));
        ui.horizontal(|ui| {
            ui.heading(title);
            if ui.button(msg::CLOSE).clicked() {
                close = true;
            }
        });
        body(ui);
    });
    close
}
