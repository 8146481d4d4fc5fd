//! The batch dialog: packets of all or the selected branches, made in a
//! background thread with a progress bar and a cancel button; failures are
//! listed per branch at the end. The same batch as `daihoi render --all`.

use super::app::App;
use super::command::Command;
use super::style;
use crate::docgen::batch::{BatchProgress, BatchReport, render_batch};
use crate::docgen::{PacketOptions, Templates};
use crate::model::{Branch, Ward};
use crate::strings::ward as msg;
use eframe::egui::{self, Ui};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// A batch running in its thread.
pub struct Job {
    progress: Arc<Mutex<Option<BatchProgress>>>,
    result: Arc<Mutex<Option<Result<BatchReport, String>>>>,
    cancel: Arc<AtomicBool>,
}

impl Job {
    fn start(
        ctx: egui::Context,
        ward: Ward,
        branches: Vec<Branch>,
        templates: Templates,
        out: PathBuf,
        opts: PacketOptions,
    ) -> Job {
        let job = Job {
            progress: Arc::default(),
            result: Arc::default(),
            cancel: Arc::default(),
        };
        let (progress, result, cancel) =
            (job.progress.clone(), job.result.clone(), job.cancel.clone());
        std::thread::spawn(move || {
            let refs: Vec<&Branch> = branches.iter().collect();
            let r = render_batch(
                &ward,
                &refs,
                &templates,
                &out,
                &opts,
                &mut |p| {
                    if let Ok(mut slot) = progress.lock() {
                        *slot = Some(p.clone());
                    }
                    ctx.request_repaint();
                },
                &cancel,
            )
            .map_err(|e| e.to_string());
            if let Ok(mut slot) = result.lock() {
                *slot = Some(r);
            }
            ctx.request_repaint();
        });
        job
    }

    fn progress(&self) -> Option<BatchProgress> {
        self.progress.lock().ok().and_then(|p| p.clone())
    }

    fn take_result(&self) -> Option<Result<BatchReport, String>> {
        self.result.lock().ok().and_then(|mut r| r.take())
    }
}

/// The dialog's state.
pub struct BatchDialog {
    /// (branch id, name, selected)
    pub selection: Vec<(String, String, bool)>,
    pub out_dir: String,
    pub pdf: bool,
    pub job: Option<Job>,
    pub finished: Option<Result<BatchReport, String>>,
}

impl BatchDialog {
    /// Every branch selected; the export folder the app remembers, else a
    /// folder beside the workspace.
    pub fn new(app: &App) -> Self {
        let out = app
            .view
            .export_dir
            .clone()
            .unwrap_or_else(|| app.ws.root().join(msg::BATCH_DEFAULT_DIR));
        BatchDialog {
            selection: app
                .branches
                .iter()
                .map(|b| (b.id.clone(), b.name.clone(), true))
                .collect(),
            out_dir: out.display().to_string(),
            pdf: false,
            job: None,
            finished: None,
        }
    }

    pub fn running(&self) -> bool {
        self.job.is_some()
    }
}

/// Draw the dialog; false when it closed.
pub fn show(d: &mut BatchDialog, app: &App, ui: &mut Ui, out: &mut Vec<Command>) -> bool {
    if let Some(r) = d.job.as_ref().and_then(|j| j.take_result()) {
        d.job = None;
        d.finished = Some(r);
    }
    let mut open = true;
    let ctx = ui.ctx().clone();
    egui::Window::new(msg::BATCH_TITLE)
        .id(egui::Id::unique("batch_dialog"))
        .default_size([640.0, 520.0])
        .collapsible(false)
        .show(&ctx, |ui| {
            if let Some(job) = &d.job {
                running(job, ui);
            } else if let Some(result) = &d.finished {
                finished(result, &d.out_dir, ui, out, &mut open);
            } else {
                setup(d, app, ui, &ctx, &mut open);
            }
        });
    open || d.running()
}

fn setup(d: &mut BatchDialog, app: &App, ui: &mut Ui, ctx: &egui::Context, open: &mut bool) {
    ui.horizontal(|ui| {
        if ui.button(msg::SELECT_ALL).clicked() {
            d.selection.iter_mut().for_each(|s| s.2 = true);
        }
        if ui.button(msg::SELECT_NONE).clicked() {
            d.selection.iter_mut().for_each(|s| s.2 = false);
        }
    });
    egui::ScrollArea::vertical()
        .id_salt("batch_branches")
        .max_height(260.0)
        .show(ui, |ui| {
            for (_, name, on) in d.selection.iter_mut() {
                ui.checkbox(on, name.as_str());
            }
        });
    ui.horizontal(|ui| {
        let label = ui.label(msg::BATCH_OUT_DIR);
        ui.add(egui::TextEdit::singleline(&mut d.out_dir).desired_width(380.0))
            .labelled_by(label.id);
        if ui.button(msg::IMPORT_CHOOSE).clicked() {
            if let Some(dir) = rfd::FileDialog::new()
                .set_title(msg::BATCH_OUT_DIR)
                .pick_folder()
            {
                d.out_dir = dir.display().to_string();
            }
        }
    });
    ui.checkbox(&mut d.pdf, msg::BATCH_PDF);
    // Counted each frame; the branches are copied only when the batch starts.
    let chosen = d.selection.iter().filter(|(_, _, on)| *on).count();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                chosen > 0 && !d.out_dir.trim().is_empty(),
                egui::Button::new(msg::batch_start(chosen)),
            )
            .clicked()
        {
            let selected: std::collections::HashSet<&str> = d
                .selection
                .iter()
                .filter(|(_, _, on)| *on)
                .map(|(id, _, _)| id.as_str())
                .collect();
            let chosen: Vec<Branch> = app
                .branches
                .iter()
                .filter(|b| selected.contains(b.id.as_str()))
                .cloned()
                .collect();
            match Templates::load(&app.ws) {
                Ok(templates) => {
                    d.job = Some(Job::start(
                        ctx.clone(),
                        app.ward.clone(),
                        chosen,
                        templates,
                        PathBuf::from(d.out_dir.trim()),
                        PacketOptions { pdf: d.pdf },
                    ));
                }
                Err(e) => d.finished = Some(Err(e.to_string())),
            }
        }
        if ui.button(crate::strings::ui::CANCEL).clicked() {
            *open = false;
        }
    });
}

fn running(job: &Job, ui: &mut Ui) {
    let p = job.progress();
    let fraction = p.as_ref().map(|p| p.fraction()).unwrap_or(0.0);
    let text = p.as_ref().map(msg::batch_progress).unwrap_or_default();
    ui.add(
        egui::ProgressBar::new(fraction)
            .show_percentage()
            .animate(true),
    );
    ui.label(text);
    if job.cancel.load(Ordering::Relaxed) {
        ui.label(msg::BATCH_CANCELLING);
    } else if ui.button(msg::BATCH_CANCEL).clicked() {
        job.cancel.store(true, Ordering::Relaxed);
    }
}

fn finished(
    result: &Result<BatchReport, String>,
    out_dir: &str,
    ui: &mut Ui,
    out: &mut Vec<Command>,
    open: &mut bool,
) {
    match result {
        Err(e) => {
            ui.colored_label(style::error(ui), e);
        }
        Ok(r) => {
            let failed: Vec<_> = r.failed().collect();
            let ok = r.outcomes.len() - failed.len();
            ui.strong(msg::batch_done(ok, failed.len(), r.cancelled));
            egui::ScrollArea::vertical()
                .id_salt("batch_failures")
                .max_height(260.0)
                .show(ui, |ui| {
                    for o in failed {
                        let why = match &o.result {
                            Err(e) => e.clone(),
                            Ok(rep) => rep
                                .failed
                                .iter()
                                .map(|(_, w)| w.as_str())
                                .collect::<Vec<_>>()
                                .join("; "),
                        };
                        ui.colored_label(style::error(ui), format!("{}: {why}", o.branch_name));
                    }
                });
        }
    }
    ui.horizontal(|ui| {
        if ui.button(msg::OPEN_FOLDER).clicked() {
            out.push(Command::OpenPath(PathBuf::from(out_dir.trim())));
        }
        if ui.button(msg::CLOSE).clicked() {
            *open = false;
        }
    });
}
