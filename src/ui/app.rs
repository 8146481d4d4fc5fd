//! The app state and the frame: draw, then apply what changed.

use super::autosave::Saver;
use super::command::Command;
use super::dialogs::Dialog;
use super::form::FormState;
use super::output::{Output, PacketJob, Polled, Printed};
use super::problems::ProblemCache;
use super::side_panel::BranchList;
use super::undo::{Step, Undo};
use super::{Screen, VIEW_KEY};
use crate::model::{Branch, DocKind, DocState, Ward};
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

/// A short message in the top bar (what just happened, or what failed).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

pub struct App {
    pub ws: Workspace,
    pub ward: Ward,
    /// Sorted by id, as loaded.
    pub branches: Vec<Branch>,
    pub view: ViewState,
    /// Files that did not load (Vietnamese messages).
    pub load_errors: Vec<String>,
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
    /// Preview text of (document, branch state) last shown.
    preview: Option<(DocKind, Branch, String)>,
    /// Overview, import and batch (the ward office's part).
    pub ward_ui: super::ward_state::WardUi,
    /// The selected branch as of the end of the last frame.
    committed: Option<Branch>,
    now: f64,
    /// The window is closing after everything was saved.
    closing: bool,
}

impl App {
    /// Load the workspace (a broken file is reported, the rest opens).
    pub fn open(ws: Workspace) -> App {
        let loaded = ws.load();
        App::from_loaded(ws, loaded)
    }

    pub fn from_loaded(ws: Workspace, loaded: Loaded) -> App {
        let mut load_errors: Vec<String> = loaded.errors.iter().map(|e| e.to_string()).collect();
        let templates = match crate::docgen::Templates::load(&ws) {
            Ok(t) => t,
            Err(e) => {
                load_errors.push(msg::templates_failed(&e.to_string()));
                crate::docgen::Templates::builtin()
            }
        };
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
            notice: None,
            problems,
            undo: Undo::default(),
            saver: Saver::default(),
            list: BranchList::default(),
            form: FormState::default(),
            dialog: None,
            templates,
            job: None,
            output: None,
            preview: None,
            ward_ui: Default::default(),
            committed: None,
            now: 0.0,
            closing: false,
        }
    }

    /// Take over the UI state of the last run (keeping this workspace).
    pub fn restore_view(&mut self, view: ViewState, ctx: &egui::Context) {
        let workspace = self.view.workspace.clone();
        let first = self.view.branch.clone();
        self.view = view;
        self.view.workspace = workspace;
        if !self
            .view
            .branch
            .as_ref()
            .is_some_and(|id| self.branches.iter().any(|b| &b.id == id))
        {
            self.view.branch = first;
        }
        super::style::apply_theme(ctx, self.view.theme);
        if self.view.zoom.is_finite() && (0.5..=3.0).contains(&self.view.zoom) {
            ctx.set_zoom_factor(self.view.zoom);
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

    pub fn can_undo(&self) -> bool {
        self.undo.can_undo()
    }

    /// Save every unsaved branch now; false (with the reason shown) on failure.
    pub fn save_now(&mut self) -> bool {
        self.track_edits();
        self.saver.tick(&self.ws, &self.branches, self.now, true)
    }

    /// One frame of the whole window.
    pub fn show(&mut self, ui: &mut Ui) {
        self.now = ui.input(|i| i.time);
        let mut commands = Vec::new();
        self.shortcuts(ui, &mut commands);
        self.top_bar(ui, &mut commands);
        super::side_panel::show(self, ui, &mut commands);
        super::problems::panel(self, ui, &mut commands);
        egui::CentralPanel::default().show(ui, |ui| self.central(ui, &mut commands));
        if let Some(dialog) = self.dialog.take() {
            self.dialog = super::dialogs::show(dialog, ui, &mut commands);
        }
        super::ward_state::dialogs(self, ui, &mut commands);
        self.after_frame(ui.ctx(), commands);
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
                    if ui
                        .add_enabled(self.undo.can_undo(), egui::Button::new(msg::UNDO))
                        .clicked()
                    {
                        out.push(Command::Undo);
                    }
                    if ui
                        .add_enabled(self.undo.can_redo(), egui::Button::new(msg::REDO))
                        .clicked()
                    {
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
                ui.separator();
                ui.label(egui::RichText::new(msg::workspace_label(self.ws.root())).small());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let status = self.saver.status();
                    if self.saver.error.is_some() {
                        ui.colored_label(super::style::error(ui), status);
                    } else {
                        ui.label(status);
                    }
                });
            });
            if let Some(n) = &self.notice {
                if n.error {
                    ui.colored_label(super::style::error(ui), &n.text);
                } else {
                    ui.colored_label(super::style::ok(ui), &n.text);
                }
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
            super::overview::show(self, ui, out);
            return;
        }
        let Some(idx) = self.selected_index() else {
            ui.add_space(40.0);
            ui.vertical_centered(|ui| ui.label(msg::SELECT_BRANCH));
            return;
        };
        let screen = self.view.screen;
        ui.horizontal(|ui| {
            for (s, label) in [
                (Screen::Checklist, msg::SCREEN_CHECKLIST),
                (Screen::Facts, msg::SCREEN_FACTS),
                (Screen::Members, msg::SCREEN_MEMBERS),
                (Screen::RollCall, crate::strings::congress::SCREEN_ROLL_CALL),
                (Screen::Election, crate::strings::election::SCREEN_TITLE),
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
            let text = self.preview_text(idx, kind);
            egui::Panel::right("preview")
                .resizable(true)
                .default_size(420.0)
                .show(ui, |ui| super::document::preview(ui, &text));
        }
        let branch = &mut self.branches[idx];
        let problems = self.problems.get(&branch.id);
        let mut form = super::form::Form {
            state: &mut self.form,
            problems,
        };
        match screen {
            Screen::Checklist => super::checklist::show(ui, branch, &self.ward, problems, out),
            Screen::Facts => super::facts::show(ui, &mut form, branch, &self.ward),
            Screen::Members => {
                if ui.button(crate::strings::ward::IMPORT_OPEN).clicked() {
                    out.push(Command::OpenImport);
                }
                super::members::show(ui, &mut form, branch)
            }
            Screen::Election => super::election::screen(ui, branch, &self.ward, out),
            Screen::RollCall => super::congress::roll_call::screen(ui, branch, &self.ward),
            Screen::Document(kind) => {
                super::document::show(ui, &mut form, branch, &self.ward, kind, out)
            }
            // Drawn above, without a branch.
            Screen::Overview => {}
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

    /// The document's text for the preview pane, remade only when the
    /// branch changed.
    fn preview_text(&mut self, idx: usize, kind: DocKind) -> String {
        let b = &self.branches[idx];
        if let Some((k, cached, text)) = &self.preview {
            if *k == kind && cached == b {
                return text.clone();
            }
        }
        let text = match crate::docgen::preview_text(&self.ward, b, kind, &self.templates) {
            Ok(t) => t,
            Err(e) => msg::preview_failed(&e.to_string()),
        };
        self.preview = Some((kind, b.clone(), text.clone()));
        text
    }

    fn poll_job(&mut self) {
        let Some(job) = &mut self.job else {
            return;
        };
        let Polled::Finished(result) = job.poll() else {
            return;
        };
        self.job = None;
        match result {
            Ok(o) => {
                let text = if o.failed.is_empty() {
                    msg::packet_done(o.files.len(), &o.folder)
                } else {
                    format!(
                        "{} {}",
                        msg::packet_done(o.files.len(), &o.folder),
                        msg::packet_partly(o.failed.len())
                    )
                };
                self.notice = Some(Notice {
                    text,
                    error: !o.failed.is_empty(),
                });
                self.output = Some(o);
            }
            Err(e) => {
                self.notice = Some(Notice {
                    text: msg::packet_failed(&e),
                    error: true,
                })
            }
        }
    }

    /// Wait for the packet being made (tests; the UI itself never blocks).
    pub fn wait_for_packet(&mut self, timeout: std::time::Duration) -> bool {
        let start = std::time::Instant::now();
        while self.job.is_some() {
            if start.elapsed() > timeout {
                return false;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
            self.poll_job();
        }
        true
    }

    pub fn packet_running(&self) -> bool {
        self.job.is_some()
    }

    /// Everything that happens between frames: notice edits, apply commands,
    /// autosave, persist the zoom.
    fn after_frame(&mut self, ctx: &egui::Context, commands: Vec<Command>) {
        self.track_edits();
        for c in commands {
            self.apply(c, ctx);
        }
        self.track_edits();
        self.poll_job();
        if self.job.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.saver.tick(&self.ws, &self.branches, self.now, false);
        if let Some(wait) = self.saver.due_in(self.now) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait + 0.05));
        }
        self.view.zoom = ctx.zoom_factor();
        self.handle_close(ctx);
    }

    /// Compare the selected branch with its snapshot: an undo step, a save
    /// mark, fresh problems.
    fn track_edits(&mut self) {
        let Some(idx) = self.selected_index() else {
            self.committed = None;
            return;
        };
        let changed = match &self.committed {
            Some(c) if c.id == self.branches[idx].id => *c != self.branches[idx],
            _ => {
                self.committed = Some(self.branches[idx].clone());
                false
            }
        };
        if !changed {
            return;
        }
        let Some(before) = self.committed.take() else {
            return;
        };
        let branch = &mut self.branches[idx];
        start_drafting(&before, branch, super::clock::today());
        self.undo.edit(&before, branch, self.now);
        self.saver.mark(&branch.id, self.now);
        self.problems.refresh(&self.ward, branch);
        self.committed = Some(branch.clone());
    }

    /// Apply a command outside a frame (tests, other screens' set-up).
    pub fn apply_now(&mut self, command: Command) {
        let ctx = egui::Context::default();
        self.apply(command, &ctx);
    }

    /// Apply one command.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        self.undo.seal();
        match command {
            Command::SelectBranch(id) => {
                if self.view.screen == Screen::Overview {
                    self.view.screen = Screen::Checklist;
                }
                self.view.branch = Some(id);
                self.form.member = None;
            }
            Command::Show(screen) => self.view.screen = screen,
            Command::Jump { field, doc } => {
                self.view.screen = Screen::for_field(&field, doc);
                if let Some(id) = super::nav::member_in_field(&field) {
                    self.form.member = Some(id);
                }
                self.form.focus = Some(field);
            }
            Command::AddBranch { name } => self.add_branch(&name),
            Command::RenameBranch { id, name } => {
                if let Some(b) = self.branches.iter_mut().find(|b| b.id == id) {
                    b.name = crate::vi::nfc(name.trim());
                }
                self.list.invalidate();
            }
            Command::DeleteBranch(id) => self.delete_branch(&id),
            Command::SaveNow => {
                if self.saver.tick(&self.ws, &self.branches, self.now, true) {
                    self.notice = None;
                }
            }
            Command::Undo => self.undo_step(),
            Command::Redo => self.redo_step(),
            Command::OpenWorkspace(path) => self.open_workspace(path),
            Command::ChooseWorkspace => {
                if let Some(path) = rfd::FileDialog::new()
                    .set_title(msg::OPEN_WORKSPACE)
                    .pick_folder()
                {
                    self.open_workspace(path);
                }
            }
            Command::ChooseExportDir => {
                let mut dialog = rfd::FileDialog::new().set_title(msg::CHOOSE_EXPORT_DIR);
                if let Some(dir) = &self.view.export_dir {
                    dialog = dialog.set_directory(dir);
                }
                if let Some(dir) = dialog.pick_folder() {
                    self.view.export_dir = Some(dir);
                }
            }
            Command::OpenPath(path) => {
                if let Err(e) = open::that_detached(&path) {
                    self.notice = Some(Notice {
                        text: msg::open_failed(&path, &e.to_string()),
                        error: true,
                    });
                }
            }
            Command::ElectionPaper(paper) => self.election_paper(paper),
            Command::ExportDocument(kind) => self.export(kind),
            Command::CreatePacket => self.create_packet(ctx),
            Command::Print => self.print(),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::QuitWithoutSaving => self.discard_and_close(ctx),
            Command::OpenImport => {
                if let Some(b) = self.selected() {
                    self.ward_ui.import = Some(super::import::ImportDialog::new(&b.id, &b.name));
                }
            }
            Command::ImportMembers { branch, members } => {
                super::ward_state::import_members(self, &branch, members)
            }
            Command::ExportOverview(path) => super::ward_state::export_overview(self, &path),
            Command::WriteWardReport(path) => super::ward_state::write_report(self, &path),
        }
    }

    fn export(&mut self, kind: DocKind) {
        let Some(b) = self.selected() else {
            return;
        };
        let folder = super::output::branch_folder(&self.export_base(), b);
        let result = super::output::export_document(&self.ward, b, kind, &self.templates, &folder);
        match result {
            Ok(o) => {
                self.notice = Some(Notice {
                    text: msg::exported(&o.main),
                    error: false,
                });
                self.output = Some(o);
            }
            Err(e) => {
                self.notice = Some(Notice {
                    text: msg::export_failed(&e),
                    error: true,
                })
            }
        }
    }

    fn create_packet(&mut self, ctx: &egui::Context) {
        if self.job.is_some() {
            self.notice = Some(Notice {
                text: msg::PACKET_BUSY.into(),
                error: true,
            });
            return;
        }
        let Some(b) = self.selected() else {
            return;
        };
        let folder = super::output::branch_folder(&self.export_base(), b);
        self.job = Some(PacketJob::start(
            ctx,
            &self.ward,
            b,
            &self.templates,
            folder,
            self.view.with_pdf,
        ));
        self.notice = None;
    }

    fn print(&mut self) {
        let Some(o) = &self.output else {
            self.notice = Some(Notice {
                text: msg::PRINT_NEEDS_PACKET.into(),
                error: true,
            });
            return;
        };
        self.notice = Some(match super::output::print(o) {
            Ok(Printed::Sent(path)) => Notice {
                text: msg::printed(&path),
                error: false,
            },
            Ok(Printed::Opened(reason)) => Notice {
                text: msg::print_fallback(&reason),
                error: false,
            },
            Err(e) => Notice {
                text: e,
                error: true,
            },
        });
    }

    fn add_branch(&mut self, name: &str) {
        let name = crate::vi::nfc(name.trim());
        let taken: Vec<&str> = self.branches.iter().map(|b| b.id.as_str()).collect();
        let id = self.ws.fresh_id(&name, &taken);
        let mut branch = Branch {
            id: id.clone(),
            name: name.clone(),
            ..Branch::default()
        };
        branch.congress.term_start = self.ward.term.start_year;
        branch.congress.term_end = self.ward.term.end_year;
        if let Err(e) = self.ws.save_branch(&branch) {
            self.notice = Some(Notice {
                text: msg::save_failed(&e.to_string()),
                error: true,
            });
            return;
        }
        self.undo.added(&branch);
        self.insert_branch(None, branch);
        self.view.branch = Some(id);
        self.view.screen = Screen::Facts;
        self.notice = Some(Notice {
            text: msg::created(&name),
            error: false,
        });
    }

    /// Write an election paper of the selected branch into the export
    /// folder (or the workspace's papers folder when none was chosen).
    fn election_paper(&mut self, paper: super::election::Paper) {
        let Some(b) = self.selected_index().and_then(|i| self.branches.get(i)) else {
            return;
        };
        let folder = super::output::branch_folder(&self.export_base(), b);
        match super::election::write_paper(&self.ward, b, paper, &folder) {
            Ok(path) => {
                self.notice = Some(Notice {
                    text: msg::exported(&path),
                    error: false,
                });
                self.output = Some(super::output::Output {
                    branch: b.id.clone(),
                    folder,
                    main: path.clone(),
                    pdf: None,
                    files: vec![path],
                    failed: Vec::new(),
                });
            }
            Err(text) => self.notice = Some(Notice { text, error: true }),
        }
    }

    fn delete_branch(&mut self, id: &str) {
        let Some(index) = self.branches.iter().position(|b| b.id == id) else {
            return;
        };
        if let Err(e) = self.ws.delete_branch(id) {
            self.notice = Some(Notice {
                text: msg::delete_failed(&e.to_string()),
                error: true,
            });
            return;
        }
        let branch = self.branches.remove(index);
        self.saver.forget(id);
        self.problems.remove(id);
        self.list.invalidate();
        self.notice = Some(Notice {
            text: msg::deleted(&branch.name),
            error: false,
        });
        self.undo.deleted(index, branch);
        if self.view.branch.as_deref() == Some(id) {
            let next = index.min(self.branches.len().saturating_sub(1));
            self.view.branch = self.branches.get(next).map(|b| b.id.clone());
        }
        self.committed = None;
    }

    /// Put a branch back (undo of a delete, redo of an add) and write its file.
    fn insert_branch(&mut self, index: Option<usize>, branch: Branch) {
        let index = index
            .unwrap_or_else(|| self.branches.partition_point(|b| b.id < branch.id))
            .min(self.branches.len());
        self.problems.refresh(&self.ward, &branch);
        self.branches.insert(index, branch);
        self.list.invalidate();
    }

    fn restore_file(&mut self, branch: &Branch) -> bool {
        match self.ws.save_branch(branch) {
            Ok(()) => true,
            Err(e) => {
                self.notice = Some(Notice {
                    text: msg::save_failed(&e.to_string()),
                    error: true,
                });
                false
            }
        }
    }

    fn undo_step(&mut self) {
        self.track_edits();
        let Some(step) = self.undo.take_undo() else {
            self.notice = Some(Notice {
                text: msg::NOTHING_TO_UNDO.into(),
                error: false,
            });
            return;
        };
        match step {
            Step::Edit { before, .. } => self.replace_branch(*before),
            Step::Added { branch } => self.remove_quietly(&branch.id),
            Step::Deleted { index, branch } => {
                if self.restore_file(&branch) {
                    self.notice = Some(Notice {
                        text: msg::restored(&branch.name),
                        error: false,
                    });
                    self.view.branch = Some(branch.id.clone());
                    self.insert_branch(Some(index), *branch);
                }
            }
        }
        self.committed = None;
    }

    fn redo_step(&mut self) {
        self.track_edits();
        let Some(step) = self.undo.take_redo() else {
            self.notice = Some(Notice {
                text: msg::NOTHING_TO_REDO.into(),
                error: false,
            });
            return;
        };
        match step {
            Step::Edit { after, .. } => self.replace_branch(*after),
            Step::Added { branch } => {
                if self.restore_file(&branch) {
                    self.view.branch = Some(branch.id.clone());
                    self.insert_branch(None, *branch);
                }
            }
            Step::Deleted { branch, .. } => self.remove_quietly(&branch.id),
        }
        self.committed = None;
    }

    /// Set a branch to a snapshot (undo/redo of an edit) and select it.
    fn replace_branch(&mut self, snapshot: Branch) {
        let id = snapshot.id.clone();
        if let Some(b) = self.branches.iter_mut().find(|b| b.id == id) {
            *b = snapshot;
            self.problems.refresh(&self.ward, b);
            self.saver.mark(&id, self.now);
            self.view.branch = Some(id);
            self.list.invalidate();
            self.form.dates.clear();
        }
    }

    /// Remove a branch without an undo step (the step is being undone/redone).
    fn remove_quietly(&mut self, id: &str) {
        if let Err(e) = self.ws.delete_branch(id) {
            self.notice = Some(Notice {
                text: msg::delete_failed(&e.to_string()),
                error: true,
            });
            return;
        }
        if let Some(i) = self.branches.iter().position(|b| b.id == id) {
            self.branches.remove(i);
        }
        self.saver.forget(id);
        self.problems.remove(id);
        self.list.invalidate();
        if self.view.branch.as_deref() == Some(id) {
            self.view.branch = self.branches.first().map(|b| b.id.clone());
        }
    }

    fn open_workspace(&mut self, path: PathBuf) {
        if !self.saver.tick(&self.ws, &self.branches, self.now, true) {
            return;
        }
        let ws = Workspace::new(path);
        if let Err(e) = super::ensure_workspace(&ws) {
            self.notice = Some(Notice {
                text: e.to_string(),
                error: true,
            });
            return;
        }
        let loaded = ws.load();
        if loaded.ward.is_none() {
            let text = loaded
                .errors
                .first()
                .map(|e| e.to_string())
                .unwrap_or_default();
            self.notice = Some(Notice { text, error: true });
            return;
        }
        let keep = self.view.clone();
        *self = App::from_loaded(ws, loaded);
        self.view.problems_open = keep.problems_open;
        self.view.export_dir = keep.export_dir;
        self.view.zoom = keep.zoom;
        self.view.theme = keep.theme;
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
            self.dialog = Some(Dialog::CloseFailed);
        }
    }

    /// Leave without saving (the user chose so after a failed save).
    fn discard_and_close(&mut self, ctx: &egui::Context) {
        self.saver = Saver::default();
        self.closing = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

/// A document whose draft changed while "chưa làm" becomes "đang soạn".
fn start_drafting(before: &Branch, after: &mut Branch, today: crate::model::Date) {
    let d0 = &before.drafts;
    let d1 = &after.drafts;
    let touched = [
        (
            DocKind::PoliticalReport,
            d0.political_report != d1.political_report,
        ),
        (
            DocKind::SelfCriticism,
            d0.self_criticism != d1.self_criticism,
        ),
        (DocKind::Resolution, d0.resolution != d1.resolution),
        (DocKind::PersonnelPlan, d0.personnel != d1.personnel),
    ];
    for (kind, changed) in touched {
        let status = after.checklist.get_mut(kind);
        if changed && status.state == DocState::NotStarted {
            status.state = DocState::Drafting;
            status.changed = Some(today);
        }
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
