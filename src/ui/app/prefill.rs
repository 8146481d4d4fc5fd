//! Values filled in for the user where the rules say what they will most
//! likely be: the committee size of a branch that must elect a committee,
//! when its personnel plan is opened without one.

use super::*;

impl App {
    /// On the personnel plan of a branch that must elect a committee and
    /// has neither a size nor nominees: fill in the size the rules suggest
    /// (`rules::election::default_committee_size`). It is saved like any
    /// edit but is no undo step and does not start the document.
    pub(super) fn prefill_plan(&mut self) {
        if self.view.screen != Screen::Document(DocKind::PersonnelPlan) {
            return;
        }
        let Some(idx) = self.selected_index() else {
            return;
        };
        self.track_edits();
        let b = &mut self.branches[idx];
        let Some(size) = crate::rules::election::default_committee_size(&self.ward.rules, b) else {
            return;
        };
        b.drafts.personnel.committee_size = size;
        self.saver.mark(&b.id, self.now);
        self.generations.bump(&b.id);
        self.problems.refresh(&self.ward, b);
        if self.committed.as_ref().is_some_and(|c| c.id == b.id) {
            self.committed = Some(b.clone());
        }
        self.form.prefilled = Some((b.id.clone(), size));
    }
}
