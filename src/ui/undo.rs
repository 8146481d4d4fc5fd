//! Undo and redo, per branch: each step belongs to the branch it changed
//! (a deleted branch's step to the ward, so that Ctrl+Z can bring it back
//! from any branch), and Ctrl+Z on a branch takes back only that branch's
//! steps. Each step knows its screen and what it does, so the app can take
//! the user there and say "Đã hoàn tác: …".
//!
//! Edits are found after each frame by comparing the selected branch with its
//! last snapshot; changes that follow each other within [`GROUP_SECONDS`]
//! form one step (a burst of typing is one undo). Never persisted.

use super::Screen;
use crate::model::Branch;

/// Edits closer together than this join the previous step.
pub const GROUP_SECONDS: f64 = 1.0;
/// Steps kept; older ones are dropped.
pub const MAX_STEPS: usize = 200;

#[derive(Debug, Clone)]
pub enum Step {
    Edit {
        before: Box<Branch>,
        after: Box<Branch>,
        /// What the step does, for a programmatic edit ("Nhập 3 đảng viên…").
        label: Option<String>,
        /// The screen the edit was made on.
        screen: Screen,
    },
    Added {
        branch: Box<Branch>,
    },
    Deleted {
        index: usize,
        branch: Box<Branch>,
    },
}

impl Step {
    /// The branch whose history holds the step; `None` for a deleted
    /// branch (the ward's history, reachable from every branch).
    pub fn branch(&self) -> Option<&str> {
        match self {
            Step::Edit { after, .. } => Some(&after.id),
            Step::Added { branch } => Some(&branch.id),
            Step::Deleted { .. } => None,
        }
    }

    fn belongs_to(&self, branch: Option<&str>) -> bool {
        match self.branch() {
            None => true,
            Some(id) => branch == Some(id),
        }
    }

    /// What the step does, in a few words ("Nhập 2 đảng viên…", "Sửa mục
    /// \"Đảng viên\"", "Xóa chi bộ …").
    pub fn label(&self) -> String {
        use crate::strings::ui as msg;
        match self {
            Step::Edit { label: Some(l), .. } => l.clone(),
            Step::Edit { screen, .. } => msg::edit_on(screen.title()),
            Step::Added { branch } => msg::step_added(&branch.name),
            Step::Deleted { branch, .. } => msg::step_deleted(&branch.name),
        }
    }
}

#[derive(Debug, Default)]
pub struct Undo {
    done: Vec<Step>,
    undone: Vec<Step>,
    /// Time of the last recorded edit, and whether the next may join it.
    last_edit: Option<f64>,
}

impl Undo {
    /// Record an edit of one branch made on `screen`, joining the previous
    /// step when it edits the same branch on the same screen within
    /// [`GROUP_SECONDS`].
    pub fn edit(&mut self, before: &Branch, after: &Branch, now: f64, screen: Screen) {
        self.clear_redo(&after.id);
        let joins = self.last_edit.is_some_and(|t| now - t < GROUP_SECONDS);
        if joins {
            if let Some(Step::Edit {
                after: last,
                label: None,
                screen: s,
                ..
            }) = self.done.last_mut()
            {
                if last.id == after.id && *s == screen {
                    **last = after.clone();
                    self.last_edit = Some(now);
                    return;
                }
            }
        }
        self.push(Step::Edit {
            before: Box::new(before.clone()),
            after: Box::new(after.clone()),
            label: None,
            screen,
        });
        self.last_edit = Some(now);
    }

    /// Record a programmatic edit of one branch called `label`; it joins the
    /// previous step only when that is the same edit of the same branch
    /// within [`GROUP_SECONDS`] (results typed on the election screen).
    pub fn labelled(
        &mut self,
        before: &Branch,
        after: &Branch,
        now: f64,
        label: &str,
        screen: Screen,
    ) {
        self.clear_redo(&after.id);
        let joins = self.last_edit.is_some_and(|t| now - t < GROUP_SECONDS);
        if joins {
            if let Some(Step::Edit {
                after: last,
                label: Some(l),
                ..
            }) = self.done.last_mut()
            {
                if last.id == after.id && l == label {
                    **last = after.clone();
                    self.last_edit = Some(now);
                    return;
                }
            }
        }
        self.push(Step::Edit {
            before: Box::new(before.clone()),
            after: Box::new(after.clone()),
            label: Some(label.to_string()),
            screen,
        });
        self.last_edit = Some(now);
    }

    /// A new step of `branch` makes its undone steps stale (other branches'
    /// stay).
    fn clear_redo(&mut self, branch: &str) {
        self.undone
            .retain(|s| s.branch().is_some_and(|b| b != branch));
    }

    /// What the next undo on `branch` takes back.
    pub fn undo_label(&self, branch: Option<&str>) -> Option<String> {
        self.done
            .iter()
            .rev()
            .find(|s| s.belongs_to(branch))
            .map(Step::label)
    }

    /// What the next redo on `branch` puts back.
    pub fn redo_label(&self, branch: Option<&str>) -> Option<String> {
        self.undone
            .iter()
            .rev()
            .find(|s| s.belongs_to(branch))
            .map(Step::label)
    }

    pub fn added(&mut self, branch: &Branch) {
        self.clear_redo(&branch.id);
        self.push(Step::Added {
            branch: Box::new(branch.clone()),
        });
    }

    pub fn deleted(&mut self, index: usize, branch: Branch) {
        self.clear_redo(&branch.id);
        self.push(Step::Deleted {
            index,
            branch: Box::new(branch),
        });
    }

    /// The next edit starts a new step (after navigation, a command, …).
    pub fn seal(&mut self) {
        self.last_edit = None;
    }

    fn push(&mut self, step: Step) {
        self.done.push(step);
        if self.done.len() > MAX_STEPS {
            self.done.remove(0);
        }
        self.last_edit = None;
    }

    /// The last step of `branch` (or of the ward) to revert; the caller
    /// applies its inverse.
    pub fn take_undo(&mut self, branch: Option<&str>) -> Option<Step> {
        self.last_edit = None;
        let i = self.done.iter().rposition(|s| s.belongs_to(branch))?;
        let step = self.done.remove(i);
        self.undone.push(step.clone());
        Some(step)
    }

    /// The last undone step of `branch` (or of the ward) to apply again.
    pub fn take_redo(&mut self, branch: Option<&str>) -> Option<Step> {
        self.last_edit = None;
        let i = self.undone.iter().rposition(|s| s.belongs_to(branch))?;
        let step = self.undone.remove(i);
        self.done.push(step.clone());
        Some(step)
    }

    pub fn can_undo(&self, branch: Option<&str>) -> bool {
        self.done.iter().any(|s| s.belongs_to(branch))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Branch {
        named_in("cb", name)
    }

    fn named_in(id: &str, name: &str) -> Branch {
        Branch {
            id: id.into(),
            name: name.into(),
            ..Branch::default()
        }
    }

    const S: Screen = Screen::Facts;
    const CB: Option<&str> = Some("cb");

    #[test]
    fn a_burst_is_one_step_and_a_pause_starts_another() {
        let mut u = Undo::default();
        u.edit(&named(""), &named("C"), 0.0, S);
        u.edit(&named("C"), &named("Ch"), 0.3, S);
        u.edit(&named("Ch"), &named("Chi"), 0.6, S);
        u.edit(&named("Chi"), &named("Chi b"), 2.0, S);
        let Some(Step::Edit { before, after, .. }) = u.take_undo(CB) else {
            panic!("expected an edit step");
        };
        assert_eq!(
            (before.name.as_str(), after.name.as_str()),
            ("Chi", "Chi b")
        );
        let Some(Step::Edit { before, after, .. }) = u.take_undo(CB) else {
            panic!("expected an edit step");
        };
        assert_eq!((before.name.as_str(), after.name.as_str()), ("", "Chi"));
        assert!(!u.can_undo(CB));
        assert!(u.redo_label(CB).is_some());
        assert!(matches!(u.take_redo(CB), Some(Step::Edit { .. })));
    }

    #[test]
    fn a_new_edit_clears_redo_of_its_branch_only() {
        let mut u = Undo::default();
        u.edit(&named("a"), &named("b"), 0.0, S);
        u.edit(&named_in("x", "p"), &named_in("x", "q"), 2.0, S);
        let _ = u.take_undo(CB);
        let _ = u.take_undo(Some("x"));
        assert!(u.redo_label(CB).is_some() && u.redo_label(Some("x")).is_some());
        u.edit(&named("a"), &named("c"), 5.0, S);
        assert!(!u.redo_label(CB).is_some());
        assert!(
            u.redo_label(Some("x")).is_some(),
            "another branch's redo stays"
        );
    }

    #[test]
    fn each_branch_undoes_only_its_own_steps() {
        let mut u = Undo::default();
        u.edit(&named("a"), &named("b"), 0.0, S);
        u.labelled(
            &named_in("x", "p"),
            &named_in("x", "q"),
            5.0,
            "Nhập 2 đảng viên từ bảng tính",
            Screen::Members,
        );
        // On branch "cb" the later step of "x" is not touched.
        assert_eq!(
            u.undo_label(CB).as_deref(),
            Some("Sửa mục \"Thông tin chi bộ\"")
        );
        let Some(Step::Edit { before, .. }) = u.take_undo(CB) else {
            panic!("expected an edit step");
        };
        assert_eq!(before.name, "a");
        assert!(!u.can_undo(CB));
        assert_eq!(
            u.undo_label(Some("x")).as_deref(),
            Some("Nhập 2 đảng viên từ bảng tính")
        );
        // A deleted branch comes back from any branch.
        u.deleted(0, named_in("gone", "Thôn Cũ"));
        assert!(u.can_undo(CB));
        assert!(matches!(u.take_undo(CB), Some(Step::Deleted { .. })));
    }

    #[test]
    fn named_steps_join_only_the_same_edit() {
        let mut u = Undo::default();
        // Results typed in a burst: one step.
        u.labelled(&named("a"), &named("b"), 0.0, "Sửa kết quả", S);
        u.labelled(&named("b"), &named("c"), 0.5, "Sửa kết quả", S);
        // Another named edit right after: its own step.
        u.labelled(&named("c"), &named("d"), 0.6, "Đổi tên", S);
        // Typing in place right after a named step: its own step too.
        u.edit(&named("d"), &named("e"), 0.7, S);
        let Some(Step::Edit { before, .. }) = u.take_undo(CB) else {
            panic!("expected an edit step");
        };
        assert_eq!(before.name, "d");
        assert_eq!(u.undo_label(CB).as_deref(), Some("Đổi tên"));
        let _ = u.take_undo(CB);
        assert_eq!(u.undo_label(CB).as_deref(), Some("Sửa kết quả"));
        let Some(Step::Edit { before, after, .. }) = u.take_undo(CB) else {
            panic!("expected an edit step");
        };
        assert_eq!((before.name.as_str(), after.name.as_str()), ("a", "c"));
        assert!(!u.can_undo(CB));
    }
}
