//! "Nhập từ tệp Word…" on a document's form: choose a branch's own Word
//! draft (.docx, .odt), read it off the UI thread, and show what would go
//! where: each part of the file under its heading with the form's section
//! it goes to (the user may pick another or leave it out), what it would
//! replace, the targets table when recognised, other tables left out.
//! Nothing changes before "Nhập vào biểu mẫu"; applying is one undo step.

use super::command::Command;
use super::job::{Job, Polled};
use super::style;
use crate::import::word_draft::{self, Draft, DraftError, DraftPreview, Section};
use crate::model::{DocKind, Drafts};
use crate::rules::labels;
use crate::strings::{import as imsg, word as msg};
use eframe::egui::{self, RichText, Ui};
use std::path::PathBuf;

type ReadJob = Job<(), Result<Draft, DraftError>>;

/// The dialog's state.
pub struct WordImportDialog {
    pub branch_id: String,
    pub branch_name: String,
    pub kind: DocKind,
    /// The file path as typed or chosen.
    pub path: String,
    pub preview: Option<DraftPreview>,
    /// Read the recognised targets table into the form's targets.
    pub use_targets: bool,
    /// Why the file could not be read.
    pub error: Option<String>,
    reading: Option<ReadJob>,
}

impl WordImportDialog {
    pub fn new(branch_id: &str, branch_name: &str, kind: DocKind) -> Self {
        WordImportDialog {
            branch_id: branch_id.into(),
            branch_name: branch_name.into(),
            kind,
            path: String::new(),
            preview: None,
            use_targets: true,
            error: None,
            reading: None,
        }
    }

    pub fn is_reading(&self) -> bool {
        self.reading.is_some()
    }

    /// Start reading the file on its own thread (a large or broken file
    /// only ever becomes an error message; the window keeps drawing).
    fn load(&mut self, ctx: &egui::Context) {
        self.preview = None;
        self.error = None;
        let path = PathBuf::from(self.path.trim());
        if self.path.trim().is_empty() {
            self.error = Some(msg::IMPORT_NO_PATH.into());
            return;
        }
        self.reading = Some(Job::spawn(ctx, move |_| word_draft::read_draft(&path)));
    }

    fn poll(&mut self) {
        let Some(job) = &mut self.reading else {
            return;
        };
        match job.poll() {
            Polled::Running => {}
            Polled::Finished(result) => {
                self.reading = None;
                match result {
                    Ok(draft) => self.preview = Some(word_draft::preview(&draft, self.kind)),
                    Err(e) => self.error = Some(e.to_string()),
                }
            }
            Polled::Stopped => {
                self.reading = None;
                let name = self.path.trim().to_string();
                self.error = Some(msg::draft_unreadable(&name, "?"));
            }
        }
    }

    /// The preview as it will be applied (targets left out when unticked).
    fn chosen(&self) -> Option<DraftPreview> {
        let mut p = self.preview.clone()?;
        if !self.use_targets {
            p.targets = None;
        }
        Some(p)
    }
}

/// Draw the dialog (modal); false when it closed. `drafts` are the branch's
/// current drafts, to say what would be replaced.
pub fn show(
    d: &mut WordImportDialog,
    ui: &mut Ui,
    drafts: &Drafts,
    out: &mut Vec<Command>,
) -> bool {
    d.poll();
    let mut open = true;
    let ctx = ui.ctx().clone();
    egui::Modal::new(egui::Id::unique("word_import_dialog")).show(&ctx, |ui| {
        ui.set_max_width(900.0);
        ui.heading(msg::IMPORT_TITLE);
        ui.label(msg::import_into(labels::doc_kind(d.kind), &d.branch_name));
        file_row(d, ui);
        if d.reading.is_some() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(msg::IMPORT_READING);
            });
        }
        if let Some(e) = &d.error {
            ui.colored_label(style::error(ui), e);
        }
        if d.preview.is_some() {
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt("word_import_preview")
                .max_height((ui.ctx().content_rect().height() - 380.0).max(160.0))
                .auto_shrink([false, true])
                .show(ui, |ui| preview(d, ui, drafts));
            ui.separator();
            summary(d, ui, drafts);
        }
        ui.horizontal(|ui| {
            let can = d
                .chosen()
                .is_some_and(|p| p.parts.iter().any(|x| x.target.is_some()) || p.targets.is_some());
            if ui
                .add_enabled(can, egui::Button::new(msg::IMPORT_APPLY))
                .clicked()
            {
                if let Some(p) = d.chosen() {
                    out.push(Command::ImportWordDraft {
                        branch: d.branch_id.clone(),
                        kind: d.kind,
                        preview: Box::new(p),
                    });
                }
                open = false;
            }
            if ui.button(crate::strings::ui::CANCEL).clicked() {
                open = false;
            }
        });
    });
    open
}

fn file_row(d: &mut WordImportDialog, ui: &mut Ui) {
    ui.horizontal(|ui| {
        let label = ui.label(msg::IMPORT_FILE);
        let resp = ui
            .add(egui::TextEdit::singleline(&mut d.path).desired_width(480.0))
            .labelled_by(label.id);
        let enter = resp.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let mut read = enter;
        if ui.button(msg::IMPORT_CHOOSE).clicked() {
            super::file_picker::request(
                ui.ctx(),
                super::file_picker::Request::open(
                    "word-import",
                    msg::IMPORT_TITLE,
                    msg::WORD_FILES,
                    &["docx", "odt"],
                ),
            );
        }
        if let Some(p) = super::file_picker::take(ui.ctx(), "word-import") {
            d.path = p.display().to_string();
            read = true;
        }
        if ui.button(msg::IMPORT_READ).clicked() {
            read = true;
        }
        if read {
            d.load(ui.ctx());
        }
    });
}

/// Each part with its section picker and what it would do; the tables.
fn preview(d: &mut WordImportDialog, ui: &mut Ui, drafts: &Drafts) {
    let sections = Section::of(d.kind);
    let Some(p) = &mut d.preview else {
        return;
    };
    if let Some(enc) = p.converted {
        ui.colored_label(style::warning(ui), imsg::encoding_note(Some(enc)));
    }
    ui.strong(msg::IMPORT_PARTS);
    if p.parts.is_empty() {
        ui.label(msg::IMPORT_NO_PARTS);
    }
    let mut current = drafts.clone();
    let mut seen: Vec<Section> = Vec::new();
    for (i, part) in p.parts.iter_mut().enumerate() {
        ui.push_id(("word_part", i), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let heading = if part.heading.is_empty() {
                    msg::IMPORT_NO_HEADING.to_string()
                } else {
                    part.heading.clone()
                };
                ui.horizontal_wrapped(|ui| {
                    // The picker is named by the heading (screen readers, tests).
                    let label = ui.strong(&heading);
                    ui.label(msg::IMPORT_GOES_TO);
                    let shown = part.target.map(|s| s.label()).unwrap_or(msg::IMPORT_SKIP);
                    let before = part.target;
                    egui::ComboBox::from_id_salt("target")
                        .selected_text(shown)
                        .width(320.0)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut part.target, None, msg::IMPORT_SKIP);
                            for s in sections {
                                ui.selectable_value(&mut part.target, Some(*s), s.label());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    if part.target != before {
                        part.matched = false;
                    }
                });
                match part.target {
                    None if !part.heading.is_empty() && !part.matched => {
                        ui.colored_label(style::warning(ui), msg::IMPORT_UNMATCHED);
                    }
                    None => {}
                    Some(s) => {
                        let text = if seen.contains(&s) {
                            msg::import_joined(s.label())
                        } else if s.text_mut(&mut current).trim().is_empty() {
                            msg::import_fills(s.label())
                        } else {
                            msg::import_replaces(s.label())
                        };
                        if seen.contains(&s) || s.text_mut(&mut current).trim().is_empty() {
                            ui.label(text);
                        } else {
                            ui.colored_label(style::warning(ui), text);
                        }
                        seen.push(s);
                    }
                }
                let lines = part.text.lines().filter(|l| !l.trim().is_empty()).count();
                let mut shown: String = part.text.chars().take(400).collect();
                if part.text.chars().count() > 400 {
                    shown.push('…');
                }
                ui.label(RichText::new(msg::import_paragraphs(lines)).small());
                ui.label(RichText::new(shown).small());
            });
        });
    }
    if let Some(t) = &p.targets {
        ui.separator();
        ui.checkbox(&mut d.use_targets, msg::IMPORT_TARGETS_USE);
        ui.label(msg::import_targets(t.len()));
        for row in t.iter().take(20) {
            let line = msg::import_target_row(
                &row.indicator,
                &row.unit,
                &row.plan,
                &row.achieved,
                &row.next,
            );
            ui.label(RichText::new(line).small());
        }
        let existing = drafts.political_report.targets.len();
        if d.use_targets && existing > 0 {
            ui.colored_label(style::warning(ui), msg::import_targets_replace(existing));
        }
    }
    for rows in &p.other_tables {
        ui.label(msg::import_other_table(*rows));
    }
}

/// What applying would replace, said once more above the button.
fn summary(d: &WordImportDialog, ui: &mut Ui, drafts: &Drafts) {
    let Some(p) = d.chosen() else {
        return;
    };
    if !p.parts.iter().any(|x| x.target.is_some()) && p.targets.is_none() {
        ui.colored_label(style::warning(ui), msg::IMPORT_NOTHING);
        return;
    }
    let mut replaced: Vec<&str> = p.replaces(drafts).iter().map(|s| s.label()).collect();
    if p.replaces_targets(drafts) {
        replaced.push(msg::IMPORT_TARGETS_TABLE);
    }
    if replaced.is_empty() {
        ui.label(msg::IMPORT_SUMMARY_NEW);
    } else {
        ui.colored_label(style::warning(ui), msg::import_summary_replace(&replaced));
    }
}
