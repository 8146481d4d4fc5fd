//! Undo and redo across edits, branch additions and deletions.
//!
//! Edits are found after each frame by comparing the selected branch with its
//! last snapshot; changes that follow each other within [`GROUP_SECONDS`]
//! form one step (a burst of typing is one undo). Never persisted.

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
    },
    Added {
        branch: Box<Branch>,
    },
    Deleted {
        index: usize,
        branch: Box<Branch>,
    },
}

#[derive(Debug, Default)]
pub struct Undo {
    done: Vec<Step>,
    undone: Vec<Step>,
    /// Time of the last recorded edit, and whether the next may join it.
    last_edit: Option<f64>,
}

impl Undo {
    /// Record an edit of one branch, joining the previous step when it edits
    /// the same branch within [`GROUP_SECONDS`].
    pub fn edit(&mut self, before: &Branch, after: &Branch, now: f64) {
        self.undone.clear();
        let joins = self.last_edit.is_some_and(|t| now - t < GROUP_SECONDS);
        if joins {
            if let Some(Step::Edit {
                after: last,
                label: None,
                ..
            }) = self.done.last_mut()
            {
                if last.id == after.id {
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
        });
        self.last_edit = Some(now);
    }

    /// Record a programmatic edit of one branch called `label`; it joins the
    /// previous step only when that is the same edit of the same branch
    /// within [`GROUP_SECONDS`] (results typed on the election screen).
    pub fn labelled(&mut self, before: &Branch, after: &Branch, now: f64, label: &str) {
        self.undone.clear();
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
        });
        self.last_edit = Some(now);
    }

    /// What the next undo takes back, when the step has a name.
    pub fn undo_label(&self) -> Option<&str> {
        match self.done.last()? {
            Step::Edit { label, .. } => label.as_deref(),
            _ => None,
        }
    }

    pub fn added(&mut self, branch: &Branch) {
        self.undone.clear();
        self.push(Step::Added {
            branch: Box::new(branch.clone()),
        });
    }

    pub fn deleted(&mut self, index: usize, branch: Branch) {
        self.undone.clear();
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

    /// The step to revert; the caller applies its inverse.
    pub fn take_undo(&mut self) -> Option<Step> {
        self.last_edit = None;
        let step = self.done.pop()?;
        self.undone.push(step.clone());
        Some(step)
    }

    /// The step to apply again.
    pub fn take_redo(&mut self) -> Option<Step> {
        self.last_edit = None;
        let step = self.undone.pop()?;
        self.done.push(step.clone());
        Some(step)
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Branch {
        Branch {
            id: "cb".into(),
            name: name.into(),
            ..Branch::default()
        }
    }

    #[test]
    fn a_burst_is_one_step_and_a_pause_starts_another() {
        let mut u = Undo::default();
        u.edit(&named(""), &named("C"), 0.0);
        u.edit(&named("C"), &named("Ch"), 0.3);
        u.edit(&named("Ch"), &named("Chi"), 0.6);
        u.edit(&named("Chi"), &named("Chi b"), 2.0);
        let Some(Step::Edit { before, after, .. }) = u.take_undo() else {
            panic!("expected an edit step");
        };
        assert_eq!(
            (before.name.as_str(), after.name.as_str()),
            ("Chi", "Chi b")
        );
        let Some(Step::Edit { before, after, .. }) = u.take_undo() else {
            panic!("expected an edit step");
        };
        assert_eq!((before.name.as_str(), after.name.as_str()), ("", "Chi"));
        assert!(!u.can_undo());
        assert!(u.can_redo());
        assert!(matches!(u.take_redo(), Some(Step::Edit { .. })));
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut u = Undo::default();
        u.edit(&named("a"), &named("b"), 0.0);
        let _ = u.take_undo();
        assert!(u.can_redo());
        u.edit(&named("a"), &named("c"), 5.0);
        assert!(!u.can_redo());
    }

    #[test]
    fn named_steps_join_only_the_same_edit() {
        let mut u = Undo::default();
        // Results typed in a burst: one step.
        u.labelled(&named("a"), &named("b"), 0.0, "Sửa kết quả");
        u.labelled(&named("b"), &named("c"), 0.5, "Sửa kết quả");
        // Another named edit right after: its own step.
        u.labelled(&named("c"), &named("d"), 0.6, "Đổi tên");
        // Typing in place right after a named step: its own step too.
        u.edit(&named("d"), &named("e"), 0.7);
        assert_eq!(u.undo_label(), None);
        let Some(Step::Edit { before, .. }) = u.take_undo() else {
            panic!("expected an edit step");
        };
        assert_eq!(before.name, "d");
        assert_eq!(u.undo_label(), Some("Đổi tên"));
        let _ = u.take_undo();
        assert_eq!(u.undo_label(), Some("Sửa kết quả"));
        let Some(Step::Edit { before, after, .. }) = u.take_undo() else {
            panic!("expected an edit step");
        };
        assert_eq!((before.name.as_str(), after.name.as_str()), ("a", "c"));
        assert!(!u.can_undo());
    }
}
