//! The app state and the frame: draw, then apply what changed.
//!
//! - `mod.rs`: the state and the frame (top bar, panels, central screen);
//! - [`commands`]: applying what the screens return;
//! - [`edits`]: in-place edits, [`App::edit_branch`], undo/redo;
//! - [`jobs`]: work in background threads (packet, batch).

mod commands;
mod edits;
mod jobs;
mod prefill;

use super::autosave::Saver;
use super::clock::Today;
use super::command::Command;
use super::dialogs::Dialog;
use super::form::FormState;
use super::output::{Output, PacketJob};
use super::problems::ProblemCache;
use super::side_panel::BranchList;
pub use super::toast::Notice;
use super::undo::{Step, Undo};
use super::ward_state::WardUi;
use super::{Screen, VIEW_KEY};
use crate::model::{Branch, Date, DocKind, DocState, Ward};
use crate::store::{Loaded, Workspace};
use crate::strings::ui as msg;
use eframe::egui::{self, Ui};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// UI state kept in eframe's storage between runs (never the data).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    pub workspace: Option<PathBuf>,
    pub branch: Option<String>,
    pub screen: Screen,
    pub problems_open: bool,
    pub export_dir: Option<PathBuf>,
    pub zoom: f32,
    /// Make PDFs with the packet (LibreOffice).
    pub with_pdf: bool,
    /// Light (default), dark or as the system says.
    pub theme: super::style::ThemeChoice,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            workspace: None,
            branch: None,
            screen: Screen::Checklist,
            problems_open: true,
            export_dir: None,
            zoom: 1.0,
            with_pdf: false,
            theme: Default::default(),
        }
    }
}

pub struct App {
    pub ws: Workspace,
    pub ward: Ward,
    /// Sorted by id, as loaded.
    pub branches: Vec<Branch>,
    pub view: ViewState,
    /// Files that did not load (Vietnamese messages).
    pub load_errors: Vec<String>,
    /// How many workspace files did not load (the ward report is refused).
    failed_loads: usize,
    /// Why no document can be made (ward.ron or a template did not load).
    pub outputs_refused: Option<String>,
    pub notice: Option<Notice>,
    pub(crate) problems: ProblemCache,
    pub(crate) undo: Undo,
    pub(crate) saver: Saver,
    pub(crate) list: BranchList,
    pub(crate) form: FormState,
    pub(crate) dialog: Option<Dialog>,
    /// Document templates (built-in, or the workspace's own).
    pub templates: crate::docgen::Templates,
    /// The packet being made, if any.
    pub(crate) job: Option<PacketJob>,
    /// The last document or packet written.
    pub output: Option<Output>,
    /// The preview pane beside a document's form (text and pages).
    pub page_preview: super::page_preview::PagePreview,
    /// Overview, import and batch (the ward office's part).
    pub ward_ui: WardUi,
    /// "Today" for deadlines, status dates and reports: the clock, or a
    /// fixed day (tests).
    today: Today,
    /// The selected branch as of the end of the last frame.
    committed: Option<Branch>,
    now: f64,
    /// The window is closing after everything was saved.
    closing: bool,
    /// The workspace lock: read-only without it.
    pub guard: super::guard::Guard,
    /// The notice on show in the notice bar.
    pub(crate) toast: super::toast::Toast,
    /// "Khôi phục bản trước…", when open.
    pub(crate) history: Option<super::history::HistoryWindow>,
    /// The trash window, when open.
    pub(crate) trash: Option<super::trash::TrashWindow>,
    /// Branch files still being read (the app opened before they were).
    pub(crate) loading: Option<super::loading::Loading>,
    /// Each branch's edit number, for what is kept between frames.
    pub(crate) generations: super::generations::Generations,
    /// Every branch being checked again (the ward settings changed).
    pub(crate) recheck: Option<super::recheck::Recheck>,
}

impl App {
    /// Load the workspace (a broken file is reported, the rest opens).
    pub fn open(ws: Workspace) -> App {
        let loaded = ws.load();
        App::from_loaded(ws, loaded)
    }

    pub fn from_loaded(ws: Workspace, loaded: Loaded) -> App {
        let guard = super::guard::Guard::acquire(&ws);
        App::from_loaded_with(ws, loaded, guard)
    }

    /// [`App::from_loaded`] keeping a lock already held (take-over).
    fn from_loaded_with(ws: Workspace, loaded: Loaded, guard: super::guard::Guard) -> App {
        let mut load_errors: Vec<String> = loaded.errors.iter().map(|e| e.to_string()).collect();
        // As on the command line: no document from a broken ward.ron or
        // with the built-in templates in place of the office's broken ones.
        let mut outputs_refused = None;
        let templates = match crate::docgen::Templates::load(&ws) {
            Ok(t) => t,
            Err(e) => {
                load_errors.push(msg::templates_failed(&e.to_string()));
                outputs_refused = Some(msg::outputs_refused_templates(&e.to_string()));
                crate::docgen::Templates::builtin()
            }
        };
        if loaded.ward.is_none() {
            let why = loaded
                .errors
                .iter()
                .find(|e| e.path() == ws.ward_path() || e.path() == ws.root())
                .map(|e| e.to_string())
                .unwrap_or_default();
            outputs_refused = Some(msg::outputs_refused_ward(&why));
        }
        let ward = loaded.ward.unwrap_or_default();
        let problems = ProblemCache::new(&ward, &loaded.branches);
        let view = ViewState {
            workspace: Some(ws.root().to_path_buf()),
            branch: loaded.branches.first().map(|b| b.id.clone()),
            ..ViewState::default()
        };
        App {
            ws,
            ward,
            branches: loaded.branches,
            view,
            load_errors,
            failed_loads: loaded.errors.len(),
            outputs_refused,
            notice: None,
            problems,
            undo: Undo::default(),
            list: BranchList::default(),
            form: FormState::default(),
            dialog: None,
            templates,
            job: None,
            output: None,
            page_preview: Default::default(),
            generations: Default::default(),
            recheck: None,
            ward_ui: Default::default(),
            today: Today::default(),
            committed: None,
            now: 0.0,
            closing: false,
            saver: Saver::read_only(guard.read_only()),
            guard,
            history: None,
            trash: None,
            loading: None,
            toast: Default::default(),
        }
    }

    /// Open the workspace without waiting for its branch files: the ward
    /// and the list of files now, each branch (with its problems) as a
    /// background thread has read it; `repaint` is asked for a frame as they
    /// arrive. `gate` lets tests hold the reading back.
    pub fn open_in_background(
        ws: Workspace,
        repaint: Option<egui::Context>,
        gate: super::loading::LoadGate,
    ) -> App {
        let mut loaded = Loaded::default();
        let mut ids = Vec::new();
        if !ws.root().is_dir() || !ws.ward_path().exists() {
            loaded.errors.push(crate::store::StoreError::NoWorkspace {
                path: ws.root().to_path_buf(),
            });
        } else {
            match ws.load_ward() {
                Ok(w) => loaded.ward = Some(w),
                Err(e) => loaded.errors.push(e),
            }
            // What in branches/ is not a branch file is a problem too.
            let (paths, stray) = ws.branch_files();
            loaded.errors.extend(stray);
            ids = paths
                .iter()
                .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .collect();
        }
        let mut app = App::from_loaded(ws, loaded);
        // The first file's branch is selected once it is read (unless the
        // last run's branch is restored).
        app.view.branch = ids.first().cloned();
        if !ids.is_empty() {
            let loading = super::loading::Loading::start(&app.ws, &app.ward, ids, repaint, gate);
            app.loading = Some(loading);
        }
        app
    }

    /// Branch files are still being read.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// The other window is gone: read every file again (it may have saved
    /// since this one loaded) and start editing here.
    pub(super) fn take_over(&mut self) {
        let mut guard = std::mem::take(&mut self.guard);
        if !guard.take_over() {
            self.guard = guard;
            return;
        }
        let ws = self.ws.clone();
        let loaded = ws.load();
        let keep = self.view.clone();
        *self = App::from_loaded_with(ws, loaded, guard);
        if keep
            .branch
            .as_ref()
            .is_some_and(|id| self.branches.iter().any(|b| &b.id == id))
        {
            self.view.branch = keep.branch.clone();
        }
        self.view.screen = keep.screen;
        self.view.problems_open = keep.problems_open;
        self.view.export_dir = keep.export_dir;
        self.view.zoom = keep.zoom;
        self.view.theme = keep.theme;
        self.notice = Some(Notice {
            text: crate::strings::workspace::TAKEN_OVER.into(),
            error: false,
        });
    }

    /// Take over the UI state of the last run (keeping this workspace).
    pub fn restore_view(&mut self, view: ViewState, ctx: &egui::Context) {
        let workspace = self.view.workspace.clone();
        let first = self.view.branch.clone();
        self.view = view;
        self.view.workspace = workspace;
        // While files are read the branch of the last run may still come.
        if self.loading.is_none()
            && !self
                .view
                .branch
                .as_ref()
                .is_some_and(|id| self.branches.iter().any(|b| &b.id == id))
        {
            self.view.branch = first;
        }
        // The branch of the last run is shown in the list, wherever it is.
        self.list.reveal_selection();
        super::style::apply_theme(ctx, self.view.theme);
        if self.view.zoom.is_finite() && (0.5..=3.0).contains(&self.view.zoom) {
            ctx.set_zoom_factor(self.view.zoom);
        }
    }

    /// Use a fixed day as "today" (tests; the app itself reads the clock,
    /// or the day a workspace is shown as of, `ward.as_of`).
    pub fn with_today(mut self, day: Date) -> App {
        self.today = Today::Fixed(day);
        self
    }

    /// Today's date as the app uses it: a fixed day (tests), the day the
    /// workspace is shown as of (the demo ward), or the clock.
    pub fn today(&self) -> Date {
        match (self.today, self.ward.as_of) {
            (Today::Clock, Some(day)) => day,
            (t, _) => t.date(),
        }
    }

    /// The day the workspace is shown as of, when the app takes it for today.
    pub fn shown_as_of(&self) -> Option<Date> {
        match self.today {
            Today::Clock => self.ward.as_of,
            Today::Fixed(_) => None,
        }
    }

    pub fn selected_index(&self) -> Option<usize> {
        let id = self.view.branch.as_ref()?;
        self.branches.iter().position(|b| &b.id == id)
    }

    pub fn selected(&self) -> Option<&Branch> {
        self.selected_index().map(|i| &self.branches[i])
    }

    pub fn branch(&self, id: &str) -> Option<&Branch> {
        self.branches.iter().find(|b| b.id == id)
    }

    pub fn is_dirty(&self) -> bool {
        self.saver.is_dirty()
    }

    /// "Đã lưu lúc 10:42", or why the last save failed.
    pub fn save_status(&self) -> String {
        self.saver.status()
    }

    /// The current problems of a branch (as the panel shows them).
    pub fn problems_of(&self, id: &str) -> Vec<crate::rules::Problem> {
        self.problems.get(id).to_vec()
    }

    /// Whether the selected branch (or the ward) has a step to undo.
    pub fn can_undo(&self) -> bool {
        self.undo.can_undo(self.view.branch.as_deref())
    }

    /// Save every unsaved branch now; false (with the reason shown) on failure.
    pub fn save_now(&mut self) -> bool {
        self.track_edits();
        self.saver.tick(&self.ws, &self.branches, self.now, true)
    }

    /// One frame of the whole window.
    pub fn show(&mut self, ui: &mut Ui) {
        self.now = ui.input(|i| i.time);
        if let Some(loading) = &mut self.loading {
            loading.frame_starts();
        }
        self.poll_loading();
        self.poll_recheck();
        self.prefill_plan();
        let mut commands = Vec::new();
        self.shortcuts(ui, &mut commands);
        self.top_bar(ui, &mut commands);
        if let Some(loading) = &self.loading {
            super::loading::status_bar(ui, loading);
        }
        if let Some(recheck) = &self.recheck {
            super::recheck::status_bar(ui, recheck);
        }
        // The notice bar spans the window's bottom, under the side panel.
        super::toast::show(ui, &mut self.notice, &mut self.toast, self.now);
        if self.guard.read_only() {
            // Nothing below the banner can change the workspace.
            ui.disable();
        }
        let today = self.today();
        let as_of = self.shown_as_of();
        super::side_panel::show(
            ui,
            &mut self.list,
            &self.ward,
            &self.branches,
            &self.problems,
            today,
            as_of,
            // On a ward screen no branch is "current": a click on any
            // branch, the last one too, goes to it.
            if self.view.screen.is_ward_level() {
                None
            } else {
                self.view.branch.as_deref()
            },
            &mut commands,
        );
        if self.view.problems_open && !self.view.screen.is_ward_level() {
            if let Some(b) = self.selected() {
                let shown = self.shown_problems(&b.id);
                super::problems::panel(ui, &shown, &mut commands);
            }
        }
        egui::CentralPanel::default().show(ui, |ui| self.central(ui, &mut commands));
        if let Some(dialog) = self.dialog.take() {
            self.dialog = super::dialogs::show(dialog, ui, &mut commands);
        }
        self.ward_dialogs(ui, &mut commands);
        self.workspace_windows(ui, &mut commands);
        super::congress::projection::viewport(ui.ctx(), &self.ward, &self.branches);
        super::file_picker::show(ui.ctx());
        if let Some(loading) = &mut self.loading {
            loading.frame_built(ui.ctx());
        }
        self.after_frame(ui.ctx(), commands);
    }

    /// What the last saves had to say (a change made elsewhere kept aside,
    /// backups not kept): in the notice line, never blocking.
    fn show_save_notes(&mut self) {
        if let Some(n) = self.ws.take_notes().pop() {
            self.notice = Some(Notice {
                text: n.to_string(),
                error: matches!(n, crate::store::SaveNote::BackupFailed { .. }),
            });
        }
    }

    /// "Khôi phục bản trước…" and the trash, when open.
    fn workspace_windows(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        if let Some(w) = self.history.take() {
            let current = self.branch(&w.branch_id);
            if super::history::show(&w, current, ui, out) {
                self.history = Some(w);
            }
        }
        if let Some(mut w) = self.trash.take() {
            if super::trash::show(&mut w, ui, out) {
                self.trash = Some(w);
            }
        }
    }

    /// The member import and batch dialogs, when open.
    fn ward_dialogs(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        if let Some(mut d) = self.ward_ui.import.take() {
            let existing = self
                .branch(&d.branch_id)
                .map(|b| b.members.as_slice())
                .unwrap_or_default();
            if super::import::show(&mut d, ui, existing, out) {
                self.ward_ui.import = Some(d);
            }
        }
        if let Some(mut d) = self.ward_ui.word_import.take() {
            let drafts = self.branch(&d.branch_id).map(|b| b.drafts.clone());
            if super::word_import::show(&mut d, ui, &drafts.unwrap_or_default(), out) {
                self.ward_ui.word_import = Some(d);
            }
        }
        if let Some(mut d) = self.ward_ui.batch.take() {
            if super::batch::show(&mut d, ui, out) {
                self.ward_ui.batch = Some(d);
            }
        }
    }

    fn shortcuts(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let save = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
        let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
        let redo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
        let redo2 = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        ui.input_mut(|i| {
            if i.consume_shortcut(&save) {
                out.push(Command::SaveNow);
            }
            // Shift+Z first: the plain Ctrl+Z shortcut would match it too.
            if i.consume_shortcut(&redo2) || i.consume_shortcut(&redo) {
                out.push(Command::Redo);
            }
            if i.consume_shortcut(&undo) {
                out.push(Command::Undo);
            }
        });
    }

    fn top_bar(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.menu_button(msg::MENU_FILE, |ui| {
                    if ui.button(msg::SAVE_NOW).clicked() {
                        out.push(Command::SaveNow);
                    }
                    let history = crate::strings::workspace::HISTORY_MENU;
                    if ui
                        .add_enabled(self.selected().is_some(), egui::Button::new(history))
                        .clicked()
                    {
                        out.push(Command::OpenHistory);
                    }
                    if ui.button(crate::strings::workspace::TRASH_MENU).clicked() {
                        out.push(Command::OpenTrash);
                    }
                    if ui.button(msg::OPEN_WORKSPACE).clicked() {
                        out.push(Command::ChooseWorkspace);
                    }
                    if ui.button(msg::OPEN_WORKSPACE_FOLDER).clicked() {
                        out.push(Command::OpenPath(self.ws.root().to_path_buf()));
                    }
                    if ui.button(msg::CHOOSE_EXPORT_DIR).clicked() {
                        out.push(Command::ChooseExportDir);
                    }
                    ui.separator();
                    if ui.button(msg::QUIT).clicked() {
                        out.push(Command::Quit);
                    }
                });
                ui.menu_button(msg::MENU_EDIT, |ui| {
                    // The items name the step of this branch they take back
                    // or put again ("Hoàn tác: nhập 2 đảng viên…").
                    let branch = self.view.branch.as_deref();
                    let (undo, redo) = (self.undo.undo_label(branch), self.undo.redo_label(branch));
                    let text = undo
                        .as_deref()
                        .map_or(msg::UNDO.to_string(), msg::undo_what);
                    let button = egui::Button::new(text).shortcut_text(msg::UNDO_KEYS);
                    if ui.add_enabled(undo.is_some(), button).clicked() {
                        out.push(Command::Undo);
                    }
                    let text = redo
                        .as_deref()
                        .map_or(msg::REDO.to_string(), msg::redo_what);
                    let button = egui::Button::new(text).shortcut_text(msg::REDO_KEYS);
                    if ui.add_enabled(redo.is_some(), button).clicked() {
                        out.push(Command::Redo);
                    }
                });
                ui.menu_button(msg::MENU_VIEW, |ui| {
                    let zoom = ui.ctx().zoom_factor();
                    if ui.button(msg::ZOOM_IN).clicked() {
                        ui.ctx().set_zoom_factor((zoom + 0.1).min(3.0));
                    }
                    if ui.button(msg::ZOOM_OUT).clicked() {
                        ui.ctx().set_zoom_factor((zoom - 0.1).max(0.5));
                    }
                    if ui.button(msg::ZOOM_RESET).clicked() {
                        ui.ctx().set_zoom_factor(1.0);
                    }
                    ui.checkbox(&mut self.view.problems_open, msg::SHOW_PROBLEMS);
                    ui.separator();
                    super::style::theme_menu(ui, &mut self.view.theme);
                });
                ui.separator();
                let on = self.view.screen == Screen::Overview;
                if ui
                    .selectable_label(on, crate::strings::ward::OVERVIEW_BUTTON)
                    .clicked()
                    && !on
                {
                    out.push(Command::Show(Screen::Overview));
                }
                let on = self.view.screen == Screen::WardSettings;
                if ui
                    .selectable_label(on, crate::strings::settings::SCREEN_BUTTON)
                    .clicked()
                    && !on
                {
                    out.push(Command::Show(Screen::WardSettings));
                }
                let on = self.view.screen == Screen::Templates;
                if ui
                    .selectable_label(on, crate::strings::word::SCREEN_BUTTON)
                    .clicked()
                    && !on
                {
                    out.push(Command::Show(Screen::Templates));
                }
                ui.separator();
                // The save state at the right; the workspace path takes what
                // is left and is shortened (whole on hover) on a narrow window.
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    // A failed save is said in full under the bar.
                    if self.saver.error.is_some() {
                        ui.colored_label(super::style::error(ui), msg::SAVE_FAILED_SHORT);
                    } else {
                        ui.label(self.saver.status());
                    }
                    let path = msg::workspace_label(self.ws.root());
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        ui.add(egui::Label::new(egui::RichText::new(&path).small()).truncate())
                            .on_hover_text(&path);
                    });
                });
            });
            super::guard::banner(ui, &self.guard, out);
            if self.saver.error.is_some() {
                ui.colored_label(super::style::error(ui), self.saver.status());
            }
            if !self.load_errors.is_empty() {
                ui.colored_label(super::style::error(ui), msg::LOAD_ERRORS_TITLE);
                for e in &self.load_errors {
                    ui.colored_label(super::style::error(ui), format!("• {e}"));
                }
            }
        });
    }

    fn central(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        if self.view.screen == Screen::Overview {
            let today = self.today();
            let st = &mut self.ward_ui.overview;
            super::overview::show(ui, &self.ward, &self.branches, today, st, out);
            return;
        }
        if self.view.screen == Screen::WardSettings {
            super::ward_settings::show(ui, &mut self.ward_ui.settings, &self.ward, out);
            return;
        }
        if self.view.screen == Screen::Templates {
            let st = &mut self.ward_ui.templates;
            if super::templates::show(ui, st, &self.ws, &self.ward, &mut self.templates, out) {
                self.page_preview.forget();
            }
            return;
        }
        let Some(idx) = self.selected_index() else {
            let text = if self.loading.is_some() && self.view.branch.is_some() {
                crate::strings::loading::BRANCH_LOADING
            } else {
                msg::SELECT_BRANCH
            };
            ui.add_space(40.0);
            ui.vertical_centered(|ui| ui.label(text));
            return;
        };
        let screen = self.view.screen;
        ui.horizontal_wrapped(|ui| {
            for (s, label) in [
                (Screen::Checklist, msg::SCREEN_CHECKLIST),
                (Screen::Facts, msg::SCREEN_FACTS),
                (Screen::Members, msg::SCREEN_MEMBERS),
                (Screen::RollCall, crate::strings::congress::SCREEN_ROLL_CALL),
                (Screen::Election, crate::strings::election::SCREEN_TITLE),
                (
                    Screen::DraftComments,
                    crate::strings::congress::SCREEN_COMMENTS,
                ),
            ] {
                let on = screen == s
                    || (s == Screen::Checklist && matches!(screen, Screen::Document(_)));
                if ui.selectable_label(on, label).clicked() && screen != s {
                    out.push(Command::Show(s));
                }
            }
        });
        ui.separator();
        if matches!(screen, Screen::Checklist | Screen::Document(_)) {
            self.actions_bar(ui, screen, out);
            ui.separator();
        }
        if let Screen::Document(kind) = screen {
            let (b, ward, templates) = (&self.branches[idx], &self.ward, &self.templates);
            let generation = self.generations.get(&b.id);
            let pane = &mut self.page_preview;
            let refused = self.outputs_refused.as_deref();
            egui::Panel::right("preview")
                .resizable(true)
                .default_size(420.0)
                .show(ui, |ui| {
                    pane.show(ui, ward, b, generation, kind, templates, refused)
                });
        }
        // The document names every branch used, for the comments' picker.
        let known = match screen {
            Screen::DraftComments => {
                super::congress::comments::known_documents(&self.ward, &self.branches)
            }
            _ => Vec::new(),
        };
        let shown = self.shown_problems(&self.branches[idx].id);
        let problems = shown.as_slice();
        let today = self.today();
        let branch = &mut self.branches[idx];
        let mut form = super::form::Form {
            state: &mut self.form,
            problems,
        };
        // The screen gets what is left beside the preview, with a gap, and
        // is clipped to it: a row that does not fit is cut, never drawn over
        // the preview.
        let mut body = ui.available_rect_before_wrap();
        if matches!(screen, Screen::Document(_)) {
            body.max.x -= 16.0;
        }
        let ward = &self.ward;
        ui.scope_builder(egui::UiBuilder::new().max_rect(body), |ui| {
            ui.set_clip_rect(body.intersect(ui.clip_rect()));
            Self::screen_body(
                ui, screen, branch, ward, today, problems, &mut form, &known, out,
            );
        });
    }

    /// A branch's problems as the panel and the fields show them: those of
    /// a member row just added wait until the user leaves the field.
    fn shown_problems(&self, id: &str) -> Vec<crate::rules::Problem> {
        self.problems
            .get(id)
            .iter()
            .filter(|p| !self.form.waits(&p.field))
            .cloned()
            .collect()
    }

    /// The selected branch's screen (below the tabs).
    #[allow(clippy::too_many_arguments)]
    fn screen_body(
        ui: &mut Ui,
        screen: Screen,
        branch: &mut Branch,
        ward: &Ward,
        today: Date,
        problems: &[crate::rules::Problem],
        form: &mut super::form::Form<'_>,
        known_documents: &[String],
        out: &mut Vec<Command>,
    ) {
        match screen {
            Screen::Checklist => super::checklist::show(ui, branch, ward, problems, out),
            Screen::Facts => super::facts::show(ui, form, branch, ward),
            Screen::Members => {
                if ui.button(crate::strings::ward::IMPORT_OPEN).clicked() {
                    out.push(Command::OpenImport);
                }
                super::members::show(ui, form, branch, today)
            }
            Screen::Election => super::election::screen(ui, branch, ward, out),
            Screen::RollCall => super::congress::roll_call::screen(ui, branch, ward),
            Screen::DraftComments => {
                super::congress::comments::screen(ui, branch, known_documents, out)
            }
            Screen::Document(kind) => super::document::show(ui, form, branch, ward, kind, out),
            // Drawn above, without a branch.
            Screen::Overview | Screen::WardSettings | Screen::Templates => {}
        }
    }

    /// Export / packet / open / print, with the packet's progress.
    fn actions_bar(&mut self, ui: &mut Ui, screen: Screen, out: &mut Vec<Command>) {
        let busy = self.job.is_some();
        ui.horizontal_wrapped(|ui| {
            if let Screen::Document(kind) = screen {
                if ui
                    .add_enabled(!busy, egui::Button::new(msg::EXPORT_DOC))
                    .clicked()
                {
                    out.push(Command::ExportDocument(kind));
                }
            }
            if ui
                .add_enabled(!busy, egui::Button::new(msg::CREATE_PACKET))
                .clicked()
            {
                out.push(Command::CreatePacket);
            }
            ui.checkbox(&mut self.view.with_pdf, msg::WITH_PDF);
            let folder = self.export_base();
            if ui
                .small_button(msg::CHOOSE_EXPORT_DIR)
                .on_hover_text(format!("{}: {}", msg::EXPORT_FOLDER, folder.display()))
                .clicked()
            {
                out.push(Command::ChooseExportDir);
            }
        });
        if let Some(job) = &self.job {
            ui.add(
                egui::ProgressBar::new(job.fraction())
                    .text(job.label())
                    .animate(true),
            );
        }
        let Some(o) = &self.output else {
            return;
        };
        if self.view.branch.as_deref() != Some(o.branch.as_str()) {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(msg::OPEN_FILE).clicked() {
                out.push(Command::OpenPath(o.main.clone()));
            }
            if ui.button(msg::OPEN_FOLDER).clicked() {
                out.push(Command::OpenPath(o.folder.clone()));
            }
            if ui.button(msg::PRINT).clicked() {
                out.push(Command::Print);
            }
            ui.label(egui::RichText::new(o.main.display().to_string()).small());
        });
        for f in &o.failed {
            ui.colored_label(super::style::error(ui), f);
        }
    }

    /// Where documents go: the chosen folder, or `van-ban` in the workspace.
    pub fn export_base(&self) -> PathBuf {
        self.view
            .export_dir
            .clone()
            .unwrap_or_else(|| self.ws.root().join("van-ban"))
    }

    /// True (with the reason in the notice line) when no document can be
    /// made: ward.ron or a template of the workspace did not load.
    pub(super) fn refuse_outputs(&mut self) -> bool {
        match &self.outputs_refused {
            Some(why) => {
                self.notice = Some(Notice {
                    text: why.clone(),
                    error: true,
                });
                true
            }
            None => false,
        }
    }

    /// Everything that happens between frames: notice edits, apply commands,
    /// autosave, persist the zoom.
    fn after_frame(&mut self, ctx: &egui::Context, commands: Vec<Command>) {
        self.track_edits();
        for c in commands {
            self.apply(c, ctx);
        }
        self.take_picks(ctx);
        self.track_edits();
        if self.poll_jobs() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.guard.poll(&self.ws, self.now, ctx);
        self.saver.read_only = self.guard.read_only();
        self.saver.tick(&self.ws, &self.branches, self.now, false);
        self.show_save_notes();
        if let Some(wait) = self.saver.due_in(self.now) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait + 0.05));
        }
        self.view.zoom = ctx.zoom_factor();
        self.handle_close(ctx);
    }

    /// Closing: save first; a failed save keeps the window open and says why.
    fn handle_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.closing {
            return;
        }
        if self.saver.tick(&self.ws, &self.branches, self.now, true) {
            self.closing = true;
        } else {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(self.close_failed_dialog(None));
        }
    }

    /// The dialog of a close whose save failed: which branches, why, and
    /// how a copy of the workspace went, once one was tried.
    fn close_failed_dialog(&self, copy: Option<Result<std::path::PathBuf, String>>) -> Dialog {
        let branches = self
            .saver
            .unsaved()
            .map(|id| self.branch(id).map_or(id, |b| b.name.as_str()).to_string())
            .collect();
        Dialog::CloseFailed {
            branches,
            reason: self.saver.error.clone().unwrap_or_default(),
            copy,
        }
    }

    /// Whether the window is closing (everything saved, or the user chose
    /// to drop what could not be saved).
    pub fn is_closing(&self) -> bool {
        self.closing
    }

    /// Leave without saving (the user chose so after a failed save).
    fn discard_and_close(&mut self, ctx: &egui::Context) {
        self.saver = Saver::default();
        self.closing = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        super::style::fit_window_once(ui.ctx());
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, VIEW_KEY, &self.view);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.saver.tick(&self.ws, &self.branches, self.now, true);
    }
}
