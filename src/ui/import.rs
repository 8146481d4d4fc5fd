//! The member import dialog: choose a file (and sheet), check or change
//! which column holds which field, see the preview with its errors, then
//! import or cancel. Nothing changes before "Nhập"; the import is one undo
//! step.

use super::command::Command;
use super::style;
use crate::import::{self, Duplicate, Field, IssueLevel, Mapping, Preview, Table, column_letters};
use crate::model::Member;
use crate::rules::labels;
use crate::strings::{import as msg, ward as wmsg};
use eframe::egui::{self, RichText, Ui};
use std::path::PathBuf;

/// The dialog's state.
#[derive(Debug, Clone, Default)]
pub struct ImportDialog {
    /// The branch the members go to.
    pub branch_id: String,
    pub branch_name: String,
    /// The file path as typed or chosen.
    pub path: String,
    pub sheets: Vec<String>,
    pub sheet: String,
    pub table: Option<Table>,
    pub mapping: Option<Mapping>,
    pub preview: Option<Preview>,
    /// Why the file could not be read.
    pub error: Option<String>,
    /// The mapping changed: compute the preview again.
    stale: bool,
    /// The file being read off the UI thread.
    reading: Option<ReadJob>,
}

type ReadResult = Result<(Vec<String>, Table), import::ImportError>;

/// A read running on its own thread: its progress and cancel handle, and
/// the slot it leaves its result in.
#[derive(Debug, Clone)]
struct ReadJob {
    control: import::ReadControl,
    result: std::sync::Arc<std::sync::Mutex<Option<ReadResult>>>,
}

impl ImportDialog {
    pub fn new(branch_id: &str, branch_name: &str) -> Self {
        ImportDialog {
            branch_id: branch_id.into(),
            branch_name: branch_name.into(),
            ..ImportDialog::default()
        }
    }

    /// Read the file (the chosen sheet, else the first with data) and
    /// recognise its header.
    pub fn load(&mut self) {
        self.table = None;
        self.mapping = None;
        self.preview = None;
        self.error = None;
        if self.path.trim().is_empty() {
            self.error = Some(wmsg::IMPORT_NO_PATH.into());
            return;
        }
        let path = PathBuf::from(self.path.trim());
        let sheet = (!self.sheet.is_empty()).then(|| self.sheet.clone());
        if let Some(old) = self.reading.take() {
            old.control.cancel();
        }
        let job = ReadJob {
            control: import::ReadControl::default(),
            result: Default::default(),
        };
        let (control, slot) = (job.control.clone(), job.result.clone());
        // A file can be large or hostile: read it where a failure is only an
        // error message and the window keeps drawing.
        let spawned = std::thread::Builder::new()
            .name("import-read".into())
            .spawn(move || {
                let limits = import::Limits::default();
                let r = import::sheet_names(&path).and_then(|s| {
                    let t = import::read_table_bounded(&path, sheet.as_deref(), &limits, &control)?;
                    Ok((s, t))
                });
                if let Ok(mut g) = slot.lock() {
                    *g = Some(r);
                }
            });
        if let Err(e) = spawned {
            self.error = Some(e.to_string());
            return;
        }
        self.reading = Some(job);
        // Small files are read before the next frame.
        self.wait_for_read(std::time::Duration::from_millis(150));
    }

    /// Whether a file is being read.
    pub fn is_reading(&self) -> bool {
        self.reading.is_some()
    }

    /// Stop the read under way.
    pub fn cancel_read(&mut self) {
        if let Some(job) = self.reading.take() {
            job.control.cancel();
        }
    }

    /// Wait up to `timeout` for the read under way; true when none is left.
    pub fn wait_for_read(&mut self, timeout: std::time::Duration) -> bool {
        let start = std::time::Instant::now();
        loop {
            self.poll_read();
            if self.reading.is_none() {
                return true;
            }
            if start.elapsed() >= timeout {
                return false;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// Take the result of a finished read.
    fn poll_read(&mut self) {
        let Some(job) = &self.reading else {
            return;
        };
        let done = job.result.lock().ok().and_then(|mut g| g.take());
        let Some(result) = done else {
            return;
        };
        self.reading = None;
        let path = PathBuf::from(self.path.trim());
        match result {
            Ok((sheets, table)) => {
                self.sheets = sheets;
                self.sheet = table.sheet.clone();
                let mapping = import::detect_mapping(&table);
                if mapping.is_none() {
                    self.error =
                        Some(import::ImportError::NoHeader { path: path.clone() }.to_string());
                }
                self.mapping = Some(mapping.unwrap_or_else(|| Mapping::from_row(&table, 0)));
                self.table = Some(table);
                self.stale = true;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// The preview against the branch's current members.
    pub fn refresh(&mut self, existing: &[Member]) {
        if let (Some(t), Some(m)) = (&self.table, &self.mapping) {
            self.preview = Some(import::preview(t, m, existing));
        }
        self.stale = false;
    }
}

/// Draw the dialog, modal (nothing else can change while it is open); false
/// when it closed.
pub fn show(
    d: &mut ImportDialog,
    ui: &mut Ui,
    existing: &[Member],
    out: &mut Vec<Command>,
) -> bool {
    d.poll_read();
    if d.stale {
        d.refresh(existing);
    }
    let mut open = true;
    let ctx = ui.ctx().clone();
    egui::Modal::new(egui::Id::unique("import_dialog")).show(&ctx, |ui| {
        ui.set_max_width(1000.0);
        ui.heading(wmsg::IMPORT_TITLE);
        ui.label(wmsg::import_into(&d.branch_name));
        file_row(d, ui);
        if let Some(job) = &d.reading {
            let cells = job.control.progress();
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(msg::reading(cells));
                if ui.button(msg::STOP_READING).clicked() {
                    d.cancel_read();
                }
            });
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        if let Some(e) = &d.error {
            ui.colored_label(style::error(ui), e);
        }
        if d.table.is_some() {
            ui.separator();
            mapping_grid(d, ui);
            ui.separator();
            preview(d, ui);
        }
        ui.separator();
        ui.horizontal(|ui| {
            let n = d.preview.as_ref().map(|p| p.accepted_count()).unwrap_or(0);
            if ui
                .add_enabled(n > 0, egui::Button::new(wmsg::import_accept(n)))
                .clicked()
            {
                if let Some(p) = &d.preview {
                    out.push(Command::ImportMembers {
                        branch: d.branch_id.clone(),
                        preview: p.clone(),
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

fn file_row(d: &mut ImportDialog, ui: &mut Ui) {
    ui.horizontal(|ui| {
        let label = ui.label(wmsg::IMPORT_FILE);
        let resp = ui
            .add(egui::TextEdit::singleline(&mut d.path).desired_width(520.0))
            .labelled_by(label.id);
        if d.path.is_empty() && d.table.is_none() {
            resp.request_focus();
        }
        let enter = resp.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(wmsg::IMPORT_CHOOSE).clicked() {
            super::file_picker::request(
                ui.ctx(),
                super::file_picker::Request::open(
                    "import-members",
                    wmsg::IMPORT_TITLE,
                    wmsg::SPREADSHEETS,
                    &["xlsx", "xlsm", "xls", "ods", "csv"],
                ),
            );
        }
        if let Some(p) = super::file_picker::take(ui.ctx(), "import-members") {
            d.path = p.display().to_string();
            d.sheet.clear();
            d.load();
        }
        if ui.button(wmsg::IMPORT_READ).clicked() || enter {
            d.sheet.clear();
            d.load();
        }
    });
    if d.sheets.len() > 1 {
        let mut chosen = d.sheet.clone();
        ui.horizontal(|ui| {
            let label = ui.label(wmsg::IMPORT_SHEET);
            egui::ComboBox::from_id_salt("import_sheet")
                .selected_text(&chosen)
                .show_ui(ui, |ui| {
                    for s in &d.sheets {
                        ui.selectable_value(&mut chosen, s.clone(), s);
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if chosen != d.sheet {
            d.sheet = chosen;
            d.load();
        }
    }
}

fn mapping_grid(d: &mut ImportDialog, ui: &mut Ui) {
    let (Some(table), Some(mapping)) = (&d.table, &mut d.mapping) else {
        return;
    };
    ui.horizontal(|ui| {
        ui.label(wmsg::IMPORT_HEADER_ROW);
        let mut row = table.row_number(mapping.header_row);
        let max = table.row_number(table.rows.len().saturating_sub(1));
        let resp = ui
            .add(egui::DragValue::new(&mut row).range(table.first_row..=max.max(table.first_row)));
        if resp.changed() {
            let index = (row.saturating_sub(table.first_row)) as usize;
            *mapping = Mapping::from_row(table, index);
            d.stale = true;
        }
        ui.label(RichText::new(wmsg::IMPORT_MAPPING_HINT).small());
    });
    egui::ScrollArea::horizontal()
        .id_salt("import_mapping")
        .show(ui, |ui| {
            egui::Grid::new("import_mapping_grid")
                .striped(true)
                .show(ui, |ui| {
                    for c in 0..table.width() {
                        ui.label(
                            RichText::new(column_letters(table.first_col as usize + c)).strong(),
                        );
                    }
                    ui.end_row();
                    for c in 0..table.width() {
                        ui.label(table.cell(mapping.header_row, c).display());
                    }
                    ui.end_row();
                    for c in 0..table.width() {
                        let current = mapping.columns.get(c).copied().flatten();
                        let mut chosen = current;
                        egui::ComboBox::from_id_salt(("import_col", c))
                            .width(130.0)
                            .selected_text(chosen.map(Field::label).unwrap_or(msg::NOT_IMPORTED))
                            .show_ui(ui, |ui| {
                                ui.selectable_value(&mut chosen, None, msg::NOT_IMPORTED);
                                for f in Field::ALL {
                                    ui.selectable_value(&mut chosen, Some(f), f.label());
                                }
                            });
                        if chosen != current {
                            mapping.set(c, chosen);
                            d.stale = true;
                        }
                    }
                    ui.end_row();
                });
        });
}

fn preview(d: &ImportDialog, ui: &mut Ui) {
    let Some(p) = &d.preview else {
        return;
    };
    ui.strong(msg::summary(
        p.accepted_count(),
        p.error_count(),
        p.duplicate_count(),
    ));
    if let Some(enc) = d.table.as_ref().and_then(|t| t.encoding) {
        ui.colored_label(style::warning(ui), msg::encoding_note(Some(enc)));
    }
    egui::ScrollArea::vertical()
        .id_salt("import_issues")
        .max_height(140.0)
        .show(ui, |ui| {
            for i in p.all_issues() {
                let text = msg::located(i.row, i.column.as_deref(), &i.message);
                let color = match i.level {
                    IssueLevel::Error => style::error(ui),
                    IssueLevel::Warning => style::warning(ui),
                };
                ui.colored_label(color, text);
            }
            for r in p.rows.iter().filter(|r| !r.has_error()) {
                let note = match &r.duplicate {
                    Some(Duplicate::InFile { row }) => msg::duplicate_in_file(*row),
                    Some(Duplicate::Existing { name }) => msg::duplicate_existing(name),
                    None => continue,
                };
                ui.colored_label(style::warning(ui), msg::located(Some(r.row), None, &note));
            }
        });
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .id_salt("import_rows")
        .max_height(260.0)
        .show(ui, |ui| {
            egui::Grid::new("import_preview")
                .striped(true)
                .show(ui, |ui| {
                    for h in wmsg::IMPORT_PREVIEW_COLUMNS {
                        ui.strong(h);
                    }
                    ui.end_row();
                    for r in &p.rows {
                        let m = &r.member;
                        let state = if r.has_error() {
                            RichText::new(wmsg::ROW_ERROR).color(style::error(ui))
                        } else if r.duplicate.is_some() {
                            RichText::new(wmsg::ROW_DUPLICATE).color(style::warning(ui))
                        } else {
                            RichText::new(wmsg::ROW_OK).color(style::ok(ui))
                        };
                        ui.label(r.row.to_string());
                        ui.label(state);
                        ui.label(&m.full_name);
                        ui.label(m.birth.map(partial_date).unwrap_or_default());
                        ui.label(labels::gender(m.gender));
                        ui.label(
                            m.joined
                                .map(crate::vi::format::short_date)
                                .unwrap_or_default(),
                        );
                        ui.label(
                            m.official
                                .map(crate::vi::format::short_date)
                                .unwrap_or_default(),
                        );
                        ui.label(labels::member_status(m.status));
                        ui.end_row();
                    }
                });
        });
}

fn partial_date(d: crate::model::PartialDate) -> String {
    match d {
        crate::model::PartialDate::Full(d) => crate::vi::format::short_date(d),
        crate::model::PartialDate::Year(y) => y.to_string(),
    }
}
