//! The start on a workspace folder that is not there (a mistyped
//! `--workspace`, or the workspace opened last has been moved): the app
//! asks before creating anything, instead of silently making a new demo
//! workspace in its place.

use super::{App, ViewState};
use crate::store::Workspace;
use crate::strings::workspace as msg;
use eframe::egui::{self, Ui};
use std::path::{Path, PathBuf};

/// Whether the app must ask before opening `root`: it is not a workspace
/// (no ward.ron) and is missing or empty, and it is not the default
/// workspace, which is created with the demo ward on the first start.
pub fn must_ask(root: &Path, default: Option<&Path>) -> bool {
    if Workspace::new(root).exists() || default == Some(root) {
        return false;
    }
    root.read_dir()
        .map(|mut d| d.next().is_none())
        .unwrap_or(true)
}

/// What the user chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Make a new workspace (the demo ward) in the folder asked for.
    Create,
    /// Open the default workspace instead.
    OpenDefault,
    Quit,
}

/// The question, drawn until answered.
pub struct MissingWorkspace {
    pub folder: PathBuf,
    pub default: Option<PathBuf>,
    /// Why the last choice could not be carried out.
    pub error: Option<String>,
}

impl MissingWorkspace {
    pub fn show(&mut self, ui: &mut Ui) -> Option<Choice> {
        let mut choice = None;
        egui::CentralPanel::default().show(ui, |ui| {
            ui.add_space(24.0);
            ui.heading(msg::MISSING_TITLE);
            ui.add_space(8.0);
            ui.label(msg::missing_folder(&self.folder));
            ui.add_space(12.0);
            if ui.button(msg::MISSING_CREATE).clicked() {
                choice = Some(Choice::Create);
            }
            if let Some(d) = &self.default {
                if d != &self.folder && ui.button(msg::missing_open_default(d)).clicked() {
                    choice = Some(Choice::OpenDefault);
                }
            }
            if ui.button(msg::MISSING_QUIT).clicked() {
                choice = Some(Choice::Quit);
            }
            if let Some(e) = &self.error {
                ui.add_space(8.0);
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
        });
        choice
    }
}

/// The window's content: the question first when needed, then the app.
pub enum Root {
    Asking(MissingWorkspace, Box<ViewState>),
    Open(Box<App>),
}

impl Root {
    /// Draw one frame; an answer opens the app (or closes the window).
    pub fn show(&mut self, ui: &mut Ui) {
        match self {
            Root::Open(app) => app.show(ui),
            Root::Asking(q, view) => {
                let Some(choice) = q.show(ui) else {
                    return;
                };
                let root = match choice {
                    Choice::Quit => {
                        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                        return;
                    }
                    Choice::Create => q.folder.clone(),
                    Choice::OpenDefault => match &q.default {
                        Some(d) => d.clone(),
                        None => return,
                    },
                };
                let ws = Workspace::new(root);
                if let Err(e) = super::ensure_workspace(&ws) {
                    q.error = Some(e.to_string());
                    return;
                }
                let mut app = App::open(ws);
                app.restore_view((**view).clone(), ui.ctx());
                *self = Root::Open(Box::new(app));
            }
        }
    }
}

impl eframe::App for Root {
    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        match self {
            Root::Open(app) => app.ui(ui, frame),
            Root::Asking(..) => self.show(ui),
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Root::Open(app) = self {
            app.save(storage);
        }
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        if let Root::Open(app) = self {
            app.on_exit(gl);
        }
    }
}
