//! Deadlines around each branch congress, from `ward.deadlines`: the drafts
//! and personnel plan are due `documents_days_before` days before the
//! congress, the results `results_days_after` days after it.

use crate::model::{Branch, Date, DocKind, DocState, Ward};
use crate::strings::ward as msg;
use time::Duration;

/// Where one deadline stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DueState {
    /// No congress date yet, so no deadline.
    NoDate,
    /// Not due yet: results before the congress is held.
    NotYet,
    /// Due in this many days (0: due today).
    DaysLeft(i64),
    /// Past the deadline by this many days (≥ 1).
    Overdue(i64),
    /// Done (documents complete / results entered).
    Done,
}

impl DueState {
    fn of(due: Option<Date>, today: Date, done: bool) -> DueState {
        if done {
            return DueState::Done;
        }
        match due {
            None => DueState::NoDate,
            Some(due) => {
                let days = (due - today).whole_days();
                if days >= 0 {
                    DueState::DaysLeft(days)
                } else {
                    DueState::Overdue(-days)
                }
            }
        }
    }

    /// "Còn 13 ngày", "Quá hạn 2 ngày", "Chưa có ngày đại hội"…
    pub fn label(self) -> String {
        match self {
            DueState::NoDate => msg::DUE_NO_DATE.into(),
            DueState::NotYet => msg::DUE_NOT_YET.into(),
            DueState::DaysLeft(0) => msg::DUE_TODAY.into(),
            DueState::DaysLeft(d) => msg::due_days_left(d),
            DueState::Overdue(d) => msg::due_overdue(d),
            DueState::Done => msg::DUE_DONE.into(),
        }
    }

    /// "Còn 13 ngày (hạn 05/12/2026)": the day added where a deadline runs.
    pub fn label_with_date(self, due: Option<Date>) -> String {
        match (self, due) {
            (DueState::DaysLeft(_) | DueState::Overdue(_), Some(d)) => {
                msg::due_with_date(&self.label(), d)
            }
            _ => self.label(),
        }
    }

    pub fn is_overdue(&self) -> bool {
        matches!(self, DueState::Overdue(_))
    }

    /// Sort key: most urgent first (most overdue, then fewest days left),
    /// then not-yet-due, undated and done last.
    pub fn urgency(&self) -> (u8, i64) {
        match *self {
            DueState::Overdue(d) => (0, -d),
            DueState::DaysLeft(d) => (1, d),
            DueState::NotYet => (2, 0),
            DueState::NoDate => (3, 0),
            DueState::Done => (4, 0),
        }
    }
}

/// The deadlines of one branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BranchDeadlines {
    pub documents_due: Option<Date>,
    pub documents: DueState,
    pub results_due: Option<Date>,
    pub results: DueState,
    /// The congress date is after the ward's `congresses_by` date.
    pub congress_after_limit: bool,
}

/// Every checklist document is done or approved.
pub fn documents_complete(b: &Branch) -> bool {
    b.checklist.done_count() == DocKind::ALL.len()
}

/// The ward committee approved the personnel plan.
pub fn personnel_approved(b: &Branch) -> bool {
    b.checklist.personnel_plan.state == DocState::Approved
}

/// The congress is held and its outcome entered (who was elected, or that
/// the secretary is to be appointed).
pub fn results_entered(b: &Branch) -> bool {
    b.results.held && (!b.results.elected.is_empty() || b.results.secretary_to_be_appointed)
}

/// Where the branch's deadlines stand on `today`.
pub fn branch_deadlines(ward: &Ward, b: &Branch, today: Date) -> BranchDeadlines {
    let d = &ward.deadlines;
    let congress = b.congress.date;
    let documents_due =
        congress.and_then(|c| c.checked_sub(Duration::days(i64::from(d.documents_days_before))));
    let results_due =
        congress.and_then(|c| c.checked_add(Duration::days(i64::from(d.results_days_after))));
    let documents = DueState::of(documents_due, today, documents_complete(b));
    let results = if !b.results.held && congress.is_some_and(|c| c >= today) {
        DueState::NotYet
    } else {
        DueState::of(results_due, today, results_entered(b))
    };
    BranchDeadlines {
        documents_due,
        documents,
        results_due,
        results,
        congress_after_limit: matches!((congress, d.congresses_by), (Some(c), Some(by)) if c > by),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CommitteeRole, Elected};
    use time::macros::date;

    fn branch(congress: Option<Date>) -> Branch {
        let mut b = Branch::default();
        b.congress.date = congress;
        b
    }

    #[test]
    fn documents_days_left_and_overdue() {
        let ward = Ward::default(); // 15 days before, 5 after
        let b = branch(Some(date!(2026 - 12 - 20)));
        let d = branch_deadlines(&ward, &b, date!(2026 - 11 - 22));
        assert_eq!(d.documents_due, Some(date!(2026 - 12 - 05)));
        assert_eq!(d.documents, DueState::DaysLeft(13));
        assert_eq!(d.results, DueState::NotYet);
        assert_eq!(d.results_due, Some(date!(2026 - 12 - 25)));
        let late = branch_deadlines(&ward, &b, date!(2026 - 12 - 08));
        assert_eq!(late.documents, DueState::Overdue(3));
        let today = branch_deadlines(&ward, &b, date!(2026 - 12 - 05));
        assert_eq!(today.documents, DueState::DaysLeft(0));
    }

    #[test]
    fn results_due_after_the_congress() {
        let ward = Ward::default();
        let mut b = branch(Some(date!(2026 - 11 - 10)));
        b.results.held = true;
        let d = branch_deadlines(&ward, &b, date!(2026 - 11 - 22));
        assert_eq!(d.results, DueState::Overdue(7));
        b.results.elected.push(Elected {
            member: 1,
            role: CommitteeRole::Secretary,
        });
        let d = branch_deadlines(&ward, &b, date!(2026 - 11 - 22));
        assert_eq!(d.results, DueState::Done);
        // Past the date but not marked held: results are still expected.
        let b = branch(Some(date!(2026 - 11 - 20)));
        let d = branch_deadlines(&ward, &b, date!(2026 - 11 - 22));
        assert_eq!(d.results, DueState::DaysLeft(3));
    }

    #[test]
    fn no_date_no_deadline_and_limit() {
        let mut ward = Ward::default();
        ward.deadlines.congresses_by = Some(date!(2026 - 12 - 31));
        let d = branch_deadlines(&ward, &branch(None), date!(2026 - 11 - 22));
        assert_eq!(d.documents, DueState::NoDate);
        assert_eq!(d.results, DueState::NoDate);
        assert!(!d.congress_after_limit);
        let d = branch_deadlines(
            &ward,
            &branch(Some(date!(2027 - 01 - 05))),
            date!(2026 - 11 - 22),
        );
        assert!(d.congress_after_limit);
    }

    #[test]
    fn urgency_orders_overdue_first() {
        let mut v = [
            DueState::Done,
            DueState::DaysLeft(5),
            DueState::Overdue(2),
            DueState::NoDate,
            DueState::Overdue(9),
            DueState::DaysLeft(1),
        ];
        v.sort_by_key(|s| s.urgency());
        assert_eq!(
            v,
            [
                DueState::Overdue(9),
                DueState::Overdue(2),
                DueState::DaysLeft(1),
                DueState::DaysLeft(5),
                DueState::NoDate,
                DueState::Done
            ]
        );
    }
}
