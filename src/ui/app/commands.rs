//! Applying the commands the screens return.

use super::*;
use crate::ui::file_picker::{self, Request};

/// Ids of the folder choices the app asks for (see [`file_picker`]).
const PICK_WORKSPACE: &str = "pick-workspace";
const PICK_EXPORT_DIR: &str = "pick-export-dir";
const PICK_COPY_DIR: &str = "pick-copy-dir";

impl App {
    /// Folders chosen in the built-in picker since the last frame.
    pub(super) fn take_picks(&mut self, ctx: &egui::Context) {
        if let Some(path) = file_picker::take(ctx, PICK_WORKSPACE) {
            self.open_workspace(path, ctx);
        }
        if let Some(dir) = file_picker::take(ctx, PICK_EXPORT_DIR) {
            self.view.export_dir = Some(dir);
        }
        if let Some(dir) = file_picker::take(ctx, PICK_COPY_DIR) {
            let copy = self.ws.save_copy(&self.ward, &self.branches, &dir);
            self.dialog = Some(self.close_failed_dialog(Some(copy.map_err(|e| e.to_string()))));
        }
    }

    /// Apply a command outside a frame (tests, other screens' set-up).
    pub fn apply_now(&mut self, command: Command) {
        let ctx = egui::Context::default();
        self.apply(command, &ctx);
    }

    /// Apply one command.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        // A read-only window (another holds the workspace) changes nothing.
        if self.guard.read_only() && !crate::ui::guard::allowed_read_only(&command) {
            return;
        }
        // Results typed on the election screen join like typing elsewhere;
        // any other command starts a new undo step.
        if !matches!(command, Command::SetElectionResults { .. }) {
            self.undo.seal();
        }
        // The ward's figures and the batch need every branch.
        if self.loading.is_some()
            && matches!(
                command,
                Command::ExportOverview(_)
                    | Command::WriteWardReport(_)
                    | Command::WriteCommentsSummary
                    | Command::OpenBatch
                    | Command::StartBatch { .. }
            )
        {
            self.notice = Some(Notice {
                text: crate::strings::loading::WAIT_FOR_LOADING.into(),
                error: true,
            });
            return;
        }
        match command {
            Command::SelectBranch(id) => {
                if self.view.screen.is_ward_level() {
                    self.view.screen = Screen::Checklist;
                }
                self.view.branch = Some(id);
                self.form.member = None;
                self.form.forget_fresh();
            }
            Command::Show(screen) => self.view.screen = screen,
            Command::Jump(field) => {
                self.view.screen = Screen::for_field(&field);
                if let Some(id) = field.member() {
                    self.form.member = Some(id);
                }
                self.form.focus = Some(field.to_string());
            }
            Command::AddBranch { name } => self.add_branch(&name),
            Command::RenameBranch { id, name } => {
                let name = crate::vi::nfc(name.trim());
                self.edit_branch(&id, msg::EDIT_RENAME, |b| b.name = name);
            }
            Command::SetElectionResults { branch, results } => {
                self.edit_branch(&branch, msg::EDIT_RESULTS, |b| b.results = results);
            }
            Command::AskNewBranch => {
                self.dialog = Some(Dialog::AddBranch {
                    name: String::new(),
                    error: None,
                })
            }
            Command::AskRename { id, name } => self.dialog = Some(Dialog::Rename { id, name }),
            Command::AskDelete { id, name } => {
                self.dialog = Some(Dialog::ConfirmDelete { id, name })
            }
            Command::DeleteBranch(id) => self.delete_branch(&id),
            Command::SaveNow => {
                if self.saver.tick(&self.ws, &self.branches, self.now, true) {
                    self.notice = None;
                }
            }
            Command::Undo => self.undo_step(),
            Command::Redo => self.redo_step(),
            Command::OpenWorkspace(path) => self.open_workspace(path, ctx),
            Command::ChooseWorkspace => {
                file_picker::request(ctx, Request::folder(PICK_WORKSPACE, msg::OPEN_WORKSPACE))
            }
            Command::ChooseExportDir => {
                // The folder in use, or the workspace while it is not made.
                let base = self.export_base();
                let start = if base.is_dir() {
                    base
                } else {
                    self.ws.root().to_path_buf()
                };
                file_picker::request(
                    ctx,
                    Request::folder(PICK_EXPORT_DIR, msg::CHOOSE_EXPORT_DIR)
                        .starting_in(Some(&start)),
                )
            }
            Command::OpenPath(path) => {
                if let Err(text) = crate::ui::launch::open(&path) {
                    self.notice = Some(Notice { text, error: true });
                }
            }
            Command::PrintTo { file, printer } => self.print_to(&file, printer.as_deref()),
            Command::ElectionPaper(paper) => self.election_paper(paper),
            Command::ExportDocument(kind) => self.export(kind),
            Command::CreatePacket => self.create_packet(ctx, false),
            Command::CreatePacketAnyway => self.create_packet(ctx, true),
            Command::Print => self.print(),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::QuitWithoutSaving => self.discard_and_close(ctx),
            Command::SaveAndQuit => {
                if self.saver.tick(&self.ws, &self.branches, self.now, true) {
                    self.closing = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                } else {
                    self.dialog = Some(self.close_failed_dialog(None));
                }
            }
            Command::ChooseCopyDir => {
                file_picker::request(ctx, Request::folder(PICK_COPY_DIR, msg::SAVE_COPY_TITLE))
            }
            Command::OpenImport => {
                if let Some(b) = self.selected() {
                    self.ward_ui.import =
                        Some(crate::ui::import::ImportDialog::new(&b.id, &b.name));
                }
            }
            Command::ImportMembers { branch, preview } => self.import_members(&branch, &preview),
            Command::OpenWordImport(kind) => {
                if let Some(b) = self.selected() {
                    let d = crate::ui::word_import::WordImportDialog::new(&b.id, &b.name, kind);
                    self.ward_ui.word_import = Some(d);
                }
            }
            Command::ImportWordDraft {
                branch,
                kind,
                preview,
            } => self.apply_word_import(&branch, kind, &preview),
            Command::ExportOverview(path) => self.export_overview(&path),
            Command::WriteWardReport(path) => self.write_report(&path),
            Command::WriteCommentsSummary => self.write_comments_summary(),
            Command::DeleteDraftComment { branch, index } => {
                let label = crate::strings::congress::EDIT_DELETE_COMMENT;
                self.edit_branch(&branch, label, |b| {
                    if index < b.draft_comments.len() {
                        b.draft_comments.remove(index);
                    }
                });
            }
            Command::SaveWardSettings(ward) => {
                self.save_ward_settings(*ward, ctx);
                self.page_preview.forget();
            }
            Command::OpenBatch => {
                self.ward_ui.batch = Some(crate::ui::batch::BatchDialog::new(
                    &self.branches,
                    self.view.export_dir.as_deref(),
                    self.ws.root(),
                ));
            }
            Command::TakeOver => self.take_over(),
            Command::OpenHistory => {
                if let Some(b) = self.selected() {
                    self.history = Some(crate::ui::history::HistoryWindow::open(&self.ws, b));
                }
            }
            Command::RestoreVersion { id, when, branch } => {
                let name = branch.name.clone();
                let label = crate::strings::workspace::HISTORY_TITLE;
                if self.edit_branch(&id, label, move |b| *b = *branch) {
                    self.view.branch = Some(id);
                    self.notice = Some(Notice {
                        text: crate::strings::workspace::restored_version(&name, &when),
                        error: false,
                    });
                }
            }
            Command::OpenTrash => self.trash = Some(crate::ui::trash::TrashWindow::open(&self.ws)),
            Command::RestoreTrashed(path) => self.restore_trashed(&path),
            Command::EmptyTrash => match self.ws.empty_trash() {
                Ok(n) => {
                    self.notice = Some(Notice {
                        text: crate::strings::workspace::trash_emptied(n),
                        error: false,
                    })
                }
                Err(e) => {
                    self.notice = Some(Notice {
                        text: e.to_string(),
                        error: true,
                    })
                }
            },
            Command::StartBatch { ids, out_dir, pdf } => self.start_batch(ctx, &ids, out_dir, pdf),
        }
    }

    /// Add the accepted rows of an import to a branch, by id (whichever
    /// branch is selected now): one undo step, saved, its problems refreshed.
    fn import_members(&mut self, branch_id: &str, preview: &crate::import::Preview) {
        let n = preview.accepted_count();
        let label = msg::edit_import(n);
        let done = self.edit_branch_on(branch_id, &label, Screen::Members, |b| {
            crate::ops::import_members(b, preview);
        });
        if let (true, Some(b)) = (done, self.branch(branch_id)) {
            self.notice = Some(Notice {
                text: crate::strings::import::imported(n, &b.name),
                error: false,
            });
        }
    }

    /// Save the ward settings: never with an error, and `ward.ron` is
    /// untouched when the write fails.
    fn save_ward_settings(&mut self, ward: crate::model::Ward, ctx: &egui::Context) {
        use crate::strings::settings as smsg;
        if self.outputs_refused.is_some() && self.ws.load_ward().is_err() {
            // Saving would replace the broken ward.ron with the defaults.
            self.notice = Some(Notice {
                text: smsg::WARD_FILE_BROKEN.into(),
                error: true,
            });
            return;
        }
        let ward = match crate::ui::ward_settings::checked(ward) {
            Ok(w) => w,
            Err(text) => {
                self.notice = Some(Notice { text, error: true });
                return;
            }
        };
        match self.ws.save_ward(&ward) {
            Ok(()) => {
                self.ward_ui.settings.saved(&ward);
                self.ward = ward;
                // Every branch checked again off the UI thread (thousands
                // at province scale); the one on screen at once.
                if let Some(b) = self.selected_index().map(|i| &self.branches[i]) {
                    self.problems.refresh(&self.ward, b);
                }
                let snapshot = self
                    .branches
                    .iter()
                    .map(|b| (b.clone(), self.generations.get(&b.id)))
                    .collect();
                self.recheck = Some(crate::ui::recheck::Recheck::start(
                    self.ward.clone(),
                    snapshot,
                    Some(ctx.clone()),
                ));
                self.notice = Some(Notice {
                    text: smsg::SAVED.into(),
                    error: false,
                });
            }
            Err(e) => {
                self.notice = Some(Notice {
                    text: smsg::save_failed(&e.to_string()),
                    error: true,
                })
            }
        }
    }

    /// Write the overview table (as filtered and sorted on screen) to `path`.
    fn export_overview(&mut self, path: &std::path::Path) {
        let view = &self.ward_ui.overview;
        let result =
            crate::ops::export_overview(&self.ward, &self.branches, view, self.today(), path);
        self.notice = Some(match result {
            Ok(()) => Notice {
                text: crate::strings::ward::exported(path),
                error: false,
            },
            Err(e) => Notice {
                text: e.to_string(),
                error: true,
            },
        });
    }

    /// Write the ward's report (.docx) to `path`, dated today; refused, as
    /// on the command line, when a workspace file did not load.
    fn write_report(&mut self, path: &std::path::Path) {
        let result = crate::ops::write_ward_report(
            &self.ws,
            &self.ward,
            &self.branches,
            self.failed_loads,
            path,
            self.today(),
        );
        self.notice = Some(match result {
            Ok(()) => Notice {
                text: crate::strings::ward::report_written(path),
                error: false,
            },
            Err(e) => Notice {
                text: e.to_string(),
                error: true,
            },
        });
    }

    /// Write the summary of the branches' comments on the superior's
    /// drafts into the export folder, dated today.
    fn write_comments_summary(&mut self) {
        let folder = self.export_base();
        let result = crate::ops::write_comments_summary(
            &self.ward,
            &self.branches,
            &folder,
            Some(self.today()),
        );
        self.notice = Some(match result {
            Ok(path) => Notice {
                text: msg::exported(&path),
                error: false,
            },
            Err(e) => Notice {
                text: msg::export_failed(&e.to_string()),
                error: true,
            },
        });
    }

    pub(super) fn export(&mut self, kind: DocKind) {
        if self.refuse_outputs() {
            return;
        }
        let Some(b) = self.selected() else {
            return;
        };
        let folder = crate::ops::branch_folder(&self.export_base(), b);
        let id = b.id.clone();
        match crate::ops::write_document(&self.ward, b, kind, &self.templates, &folder) {
            Ok(path) => {
                self.notice = Some(Notice {
                    text: msg::exported(&path),
                    error: false,
                });
                self.output = Some(Output::single(&id, folder, path));
            }
            Err(e) => {
                self.notice = Some(Notice {
                    text: msg::export_failed(&e.to_string()),
                    error: true,
                })
            }
        }
    }

    /// Print the last output: on Windows straight away (the print verb);
    /// elsewhere the PDF, after choosing among CUPS's printers. When that
    /// cannot work, the file is opened for the user to print from there.
    pub(super) fn print(&mut self) {
        use crate::strings::launch as lmsg;
        use crate::ui::launch::{self, Os};
        let Some(o) = &self.output else {
            self.notice = Some(Notice {
                text: msg::PRINT_NEEDS_PACKET.into(),
                error: true,
            });
            return;
        };
        if Os::current() == Os::Windows {
            let file = o.pdf.clone().unwrap_or_else(|| o.main.clone());
            self.print_to(&file, None);
            return;
        }
        let main = o.main.clone();
        let Some(pdf) = o.pdf.clone() else {
            self.open_to_print(lmsg::NO_PDF, &main);
            return;
        };
        match launch::printers() {
            Err(reason) => self.open_to_print(&reason, &pdf),
            Ok(p) if p.names.is_empty() => self.open_to_print(lmsg::NO_PRINTER, &pdf),
            Ok(p) => {
                self.dialog = Some(crate::ui::dialogs::Dialog::Print {
                    chosen: p.names[0].clone(),
                    file: pdf,
                    printers: p,
                })
            }
        }
    }

    /// Send `file` to `printer` (or the default one).
    pub(super) fn print_to(&mut self, file: &std::path::Path, printer: Option<&str>) {
        match crate::ui::launch::print(file, printer) {
            Ok(()) => {
                self.notice = Some(Notice {
                    text: crate::strings::launch::printed(file, printer),
                    error: false,
                })
            }
            Err(reason) => self.open_to_print(&reason, file),
        }
    }

    /// Printing cannot work: open the file so the user prints from there.
    fn open_to_print(&mut self, reason: &str, file: &std::path::Path) {
        use crate::strings::launch as lmsg;
        self.notice = Some(match crate::ui::launch::open(file) {
            Ok(()) => Notice {
                text: lmsg::print_fallback(reason, file),
                error: false,
            },
            Err(_) => Notice {
                text: lmsg::print_failed(reason, file),
                error: true,
            },
        });
    }

    /// Write an election paper of the selected branch into the export
    /// folder (or the workspace's papers folder when none was chosen).
    pub(super) fn election_paper(&mut self, paper: crate::ui::election::Paper) {
        if self.refuse_outputs() {
            return;
        }
        let Some(b) = self.selected_index().and_then(|i| self.branches.get(i)) else {
            return;
        };
        let folder = crate::ops::branch_folder(&self.export_base(), b);
        match crate::ops::write_paper(&self.ward, b, paper, &folder) {
            Ok(path) => {
                self.notice = Some(Notice {
                    text: msg::exported(&path),
                    error: false,
                });
                self.output = Some(Output::single(&b.id, folder, path));
            }
            Err(e) => {
                self.notice = Some(Notice {
                    text: e.to_string(),
                    error: true,
                })
            }
        }
    }

    /// Take a deleted branch back from the trash (a fresh id if its id is
    /// taken meanwhile) and select it.
    fn restore_trashed(&mut self, path: &std::path::Path) {
        let taken: Vec<&str> = self.branches.iter().map(|b| b.id.as_str()).collect();
        match self.ws.restore_trashed(path, &taken) {
            Ok(branch) => {
                self.notice = Some(Notice {
                    text: crate::strings::workspace::trash_restored(&branch.name),
                    error: false,
                });
                self.view.branch = Some(branch.id.clone());
                self.view.screen = Screen::Checklist;
                self.undo.added(&branch);
                self.insert_branch(None, branch);
                self.committed = None;
            }
            Err(e) => {
                self.notice = Some(Notice {
                    text: e.to_string(),
                    error: true,
                })
            }
        }
    }

    pub(super) fn open_workspace(&mut self, path: PathBuf, ctx: &egui::Context) {
        if !self.saver.tick(&self.ws, &self.branches, self.now, true) {
            return;
        }
        let ws = Workspace::new(path);
        if let Err(e) = crate::ui::ensure_workspace(&ws) {
            self.notice = Some(Notice {
                text: e.to_string(),
                error: true,
            });
            return;
        }
        let ward = if ws.exists() {
            ws.load_ward().map(|_| ())
        } else {
            Err(crate::store::StoreError::NoWorkspace {
                path: ws.root().to_path_buf(),
            })
        };
        if let Err(e) = ward {
            self.notice = Some(Notice {
                text: e.to_string(),
                error: true,
            });
            return;
        }
        let keep = self.view.clone();
        // The window stays responsive while the branch files are read.
        let gate = crate::ui::loading::LoadGate::open();
        *self = App::open_in_background(ws, Some(ctx.clone()), gate);
        self.view.problems_open = keep.problems_open;
        self.view.export_dir = keep.export_dir;
        self.view.zoom = keep.zoom;
        self.view.theme = keep.theme;
    }
}

impl App {
    /// Apply a Word draft's import to the branch: one undo step, with a notice.
    fn apply_word_import(
        &mut self,
        branch: &str,
        kind: DocKind,
        preview: &crate::import::word_draft::DraftPreview,
    ) {
        use crate::rules::labels;
        use crate::strings::word as wmsg;
        let doc = labels::doc_kind(kind);
        let label = wmsg::edit_word_import(doc);
        let done = self.edit_branch(branch, &label, |b| {
            crate::import::word_draft::apply(preview, &mut b.drafts)
        });
        if let (true, Some(b)) = (done, self.branch(branch)) {
            let n = preview.parts.iter().filter(|p| p.target.is_some()).count()
                + usize::from(preview.targets.is_some());
            self.notice = Some(Notice {
                text: wmsg::word_imported(n, doc, &b.name),
                error: false,
            });
        }
    }
}
