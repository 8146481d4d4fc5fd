//! Edits and undo: the per-frame comparison for in-place widget edits,
//! [`App::edit_branch`] for every other change, add/delete, undo/redo.

use super::*;

impl App {
    /// Change a branch by program (import, rename, election results, …):
    /// snapshot, apply `f`, one undo step called `label`, mark the file for
    /// saving, refresh the branch's problems. Works on any branch, selected
    /// or not; false when there is no such branch or nothing changed.
    pub fn edit_branch(&mut self, id: &str, label: &str, f: impl FnOnce(&mut Branch)) -> bool {
        // The step belongs to the screen the user is on (a branch screen).
        let screen = if self.view.screen.is_ward_level() {
            Screen::Checklist
        } else {
            self.view.screen
        };
        self.edit_branch_on(id, label, screen, f)
    }

    /// [`App::edit_branch`] for an edit that belongs to `screen` (an
    /// import belongs to the members screen): undoing it goes there.
    pub fn edit_branch_on(
        &mut self,
        id: &str,
        label: &str,
        screen: Screen,
        f: impl FnOnce(&mut Branch),
    ) -> bool {
        // Pending in-place edits of the selected branch are their own step.
        self.track_edits();
        let Some(idx) = self.branches.iter().position(|b| b.id == id) else {
            return false;
        };
        let before = self.branches[idx].clone();
        let today = self.today();
        let branch = &mut self.branches[idx];
        f(branch);
        if *branch == before {
            return false;
        }
        stamp(&before, branch, today);
        self.undo.labelled(&before, branch, self.now, label, screen);
        self.saver.mark(&branch.id, self.now);
        self.generations.bump(&branch.id);
        self.problems.refresh(&self.ward, branch);
        if self.committed.as_ref().is_some_and(|c| c.id == id) {
            self.committed = Some(branch.clone());
        }
        self.list.invalidate();
        true
    }

    /// Compare the selected branch with its snapshot (edits made in place by
    /// the widgets): an undo step, a save mark, fresh problems.
    pub(super) fn track_edits(&mut self) {
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
        let today = self.today();
        let branch = &mut self.branches[idx];
        stamp(&before, branch, today);
        self.undo.edit(&before, branch, self.now, self.view.screen);
        self.saver.mark(&branch.id, self.now);
        self.generations.bump(&branch.id);
        self.problems.refresh(&self.ward, branch);
        self.committed = Some(branch.clone());
    }

    pub(super) fn add_branch(&mut self, name: &str) {
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

    pub(super) fn delete_branch(&mut self, id: &str) {
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
        self.generations.bump(id);
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
    pub(super) fn insert_branch(&mut self, index: Option<usize>, branch: Branch) {
        let index = index
            .unwrap_or_else(|| self.branches.partition_point(|b| b.id < branch.id))
            .min(self.branches.len());
        self.problems.refresh(&self.ward, &branch);
        self.generations.bump(&branch.id);
        self.branches.insert(index, branch);
        self.list.invalidate();
    }

    pub(super) fn restore_file(&mut self, branch: &Branch) -> bool {
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

    /// Undo of a delete: the file back from the trash (no copy left there).
    fn take_back_deleted(&mut self, branch: &Branch) -> bool {
        match self.ws.take_back_deleted(branch) {
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

    /// Ctrl+Z: take back the selected branch's last step (or a deleted
    /// branch), go to where it was made and say what was undone.
    pub(super) fn undo_step(&mut self) {
        self.track_edits();
        let Some(step) = self.undo.take_undo(self.view.branch.as_deref()) else {
            self.notice = Some(Notice {
                text: msg::NOTHING_TO_UNDO.into(),
                error: false,
            });
            return;
        };
        let label = step.label();
        let done = match step {
            Step::Edit { before, screen, .. } => {
                self.replace_branch(*before);
                self.view.screen = screen;
                true
            }
            Step::Added { branch } => self.remove_quietly(&branch.id),
            Step::Deleted { index, branch } => {
                let ok = self.take_back_deleted(&branch);
                if ok {
                    self.view.branch = Some(branch.id.clone());
                    if self.view.screen.is_ward_level() {
                        self.view.screen = Screen::Checklist;
                    }
                    self.insert_branch(Some(index), *branch);
                }
                ok
            }
        };
        if done {
            self.notice = Some(Notice {
                text: msg::undone(&label),
                error: false,
            });
        }
        self.committed = None;
    }

    /// Ctrl+Y: put back the selected branch's last undone step, there.
    pub(super) fn redo_step(&mut self) {
        self.track_edits();
        let Some(step) = self.undo.take_redo(self.view.branch.as_deref()) else {
            self.notice = Some(Notice {
                text: msg::NOTHING_TO_REDO.into(),
                error: false,
            });
            return;
        };
        let label = step.label();
        let done = match step {
            Step::Edit { after, screen, .. } => {
                self.replace_branch(*after);
                self.view.screen = screen;
                true
            }
            Step::Added { branch } => {
                let ok = self.restore_file(&branch);
                if ok {
                    self.view.branch = Some(branch.id.clone());
                    self.insert_branch(None, *branch);
                }
                ok
            }
            Step::Deleted { branch, .. } => self.remove_quietly(&branch.id),
        };
        if done {
            self.notice = Some(Notice {
                text: msg::redone(&label),
                error: false,
            });
        }
        self.committed = None;
    }

    /// Set a branch to a snapshot (undo/redo of an edit) and select it.
    pub(super) fn replace_branch(&mut self, snapshot: Branch) {
        let id = snapshot.id.clone();
        if let Some(b) = self.branches.iter_mut().find(|b| b.id == id) {
            *b = snapshot;
            self.generations.bump(&id);
            self.problems.refresh(&self.ward, b);
            self.saver.mark(&id, self.now);
            self.view.branch = Some(id);
            self.list.invalidate();
            self.form.dates.clear();
        }
    }

    /// Remove a branch without an undo step (the step is being undone/redone).
    pub(super) fn remove_quietly(&mut self, id: &str) -> bool {
        if let Err(e) = self.ws.delete_branch(id) {
            self.notice = Some(Notice {
                text: msg::delete_failed(&e.to_string()),
                error: true,
            });
            return false;
        }
        if let Some(i) = self.branches.iter().position(|b| b.id == id) {
            self.branches.remove(i);
        }
        self.generations.bump(id);
        self.saver.forget(id);
        self.problems.remove(id);
        self.list.invalidate();
        if self.view.branch.as_deref() == Some(id) {
            self.view.branch = self.branches.first().map(|b| b.id.clone());
        }
        true
    }
}

/// Date what an edit changed: a status the user set gets today's date, and a
/// document whose draft changed while "chưa làm" becomes "đang soạn".
fn stamp(before: &Branch, after: &mut Branch, today: Date) {
    for kind in DocKind::ALL {
        let old = before.checklist.get(kind);
        let status = after.checklist.get_mut(kind);
        if status.state != old.state && status.changed == old.changed {
            status.changed = Some(today);
        }
    }
    start_drafting(before, after, today);
}

/// A document whose draft changed while "chưa làm" becomes "đang soạn".
fn start_drafting(before: &Branch, after: &mut Branch, today: Date) {
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
