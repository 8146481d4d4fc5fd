//! The batch dialog: packets of all or the selected branches, made in a
//! background thread with a progress bar and a cancel button; failures are
//! listed per branch at the end. The same batch as `daihoi render --all`.

use super::command::Command;
use super::job::Job;
use super::style;
use crate::docgen::batch::{BatchProgress, BatchReport};
use crate::model::Branch;
use crate::strings::ward as msg;
use eframe::egui::{self, Ui};
use std::path::{Path, PathBuf};

/// The batch running in its thread (the app starts and polls it).
pub type BatchJob = Job<BatchProgress, Result<BatchReport, String>>;

/// The dialog's state.
pub struct BatchDialog {
    /// (branch id, name, selected)
    pub selection: Vec<(String, String, bool)>,
    pub out_dir: String,
    pub pdf: bool,
    pub job: Option<BatchJob>,
    pub finished: Option<Result<BatchReport, String>>,
}

impl BatchDialog {
    /// Every branch selected; the export folder the app remembers, else a
    /// folder beside the workspace.
    pub fn new(branches: &[Branch], export_dir: Option<&Path>, workspace: &Path) -> Self {
        let out = export_dir
            .map(Path::to_path_buf)
            .unwrap_or_else(|| workspace.join(msg::BATCH_DEFAULT_DIR));
        // In Vietnamese order of the names (the files are in id order).
        let mut selection: Vec<(String, String, bool)> = branches
            .iter()
            .map(|b| (b.id.clone(), b.name.clone(), true))
            .collect();
        selection.sort_by(|a, b| crate::vi::collate::compare_text(&a.1, &b.1));
        BatchDialog {
            selection,
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
pub fn show(d: &mut BatchDialog, ui: &mut Ui, out: &mut Vec<Command>) -> bool {
    let mut open = true;
    let ctx = ui.ctx().clone();
    // Modal: centred over a dimmed window, nothing behind it clickable.
    egui::Modal::new(egui::Id::unique("batch_dialog")).show(&ctx, |ui| {
        ui.set_width(640.0_f32.min(ctx.content_rect().width() - 80.0));
        ui.heading(msg::BATCH_TITLE);
        {
            if let Some(job) = &d.job {
                running(job, ui);
            } else if let Some(result) = &d.finished {
                finished(result, &d.out_dir, ui, out, &mut open);
            } else {
                setup(d, ui, out, &mut open);
            }
        }
    });
    open || d.running()
}

fn setup(d: &mut BatchDialog, ui: &mut Ui, out: &mut Vec<Command>, open: &mut bool) {
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
            let start = std::path::PathBuf::from(d.out_dir.trim());
            super::file_picker::request(
                ui.ctx(),
                super::file_picker::Request::folder("batch-out-dir", msg::BATCH_OUT_DIR)
                    .starting_in(Some(start.as_path()).filter(|p| p.is_dir())),
            );
        }
        if let Some(dir) = super::file_picker::take(ui.ctx(), "batch-out-dir") {
            d.out_dir = dir.display().to_string();
        }
    });
    ui.checkbox(&mut d.pdf, msg::BATCH_PDF);
    // Counted each frame; the app copies the branches when the batch starts.
    let chosen = d.selection.iter().filter(|(_, _, on)| *on).count();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                chosen > 0 && !d.out_dir.trim().is_empty(),
                egui::Button::new(msg::batch_start(chosen)),
            )
            .clicked()
        {
            out.push(Command::StartBatch {
                ids: d
                    .selection
                    .iter()
                    .filter(|(_, _, on)| *on)
                    .map(|(id, _, _)| id.clone())
                    .collect(),
                out_dir: PathBuf::from(d.out_dir.trim()),
                pdf: d.pdf,
            });
        }
        if ui.button(crate::strings::ui::CANCEL).clicked() {
            *open = false;
        }
    });
}

fn running(job: &BatchJob, ui: &mut Ui) {
    let p = job.progress();
    let fraction = p.map(|p| p.fraction()).unwrap_or(0.0);
    let text = p
        .map(|p| msg::batch_progress(p.done, p.total, &p.branch, &p.packet.current))
        .unwrap_or_default();
    ui.add(
        egui::ProgressBar::new(fraction)
            .show_percentage()
            .animate(true),
    );
    ui.label(text);
    if job.cancelling() {
        ui.label(msg::BATCH_CANCELLING);
    } else if ui.button(msg::BATCH_CANCEL).clicked() {
        job.cancel();
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
            let (made, unfinished) = r.made_and_unfinished();
            ui.label(msg::batch_unfinished(made, unfinished));
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
                    for (_, why) in &r.ward_failed {
                        ui.colored_label(style::error(ui), why);
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
