//! The ward overview: one row per branch, sorting, filtering and the overall
//! progress.

use super::deadlines::{self, BranchDeadlines, DueState};
use crate::model::{Branch, BranchKind, Date, DocKind, Ward};
use crate::strings::ward as msg;
use crate::vi::{compare_text, fold};

/// One branch as the overview table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverviewRow {
    pub branch_id: String,
    pub name: String,
    pub kind: BranchKind,
    pub congress_date: Option<Date>,
    pub deadlines: BranchDeadlines,
    pub docs_done: usize,
    /// Documents being drafted (started, not done).
    pub docs_drafting: usize,
    pub docs_total: usize,
    pub personnel_approved: bool,
    pub held: bool,
    pub results_entered: bool,
    /// Prepared → held → results entered → ratified → dossier complete.
    pub stage: super::election::dossier::Stage,
}

/// The rows, in the order of `branches`.
pub fn overview(ward: &Ward, branches: &[Branch], today: Date) -> Vec<OverviewRow> {
    branches.iter().map(|b| row(ward, b, today)).collect()
}

/// One branch's row.
pub fn row(ward: &Ward, b: &Branch, today: Date) -> OverviewRow {
    OverviewRow {
        branch_id: b.id.clone(),
        name: b.name.clone(),
        kind: b.kind,
        congress_date: b.congress.date,
        deadlines: deadlines::branch_deadlines(ward, b, today),
        docs_done: b.checklist.done_count(),
        docs_drafting: DocKind::ALL
            .iter()
            .filter(|k| b.checklist.get(**k).state == crate::model::DocState::Drafting)
            .count(),
        docs_total: DocKind::ALL.len(),
        personnel_approved: deadlines::personnel_approved(b),
        held: b.results.held,
        results_entered: deadlines::results_entered(b),
        stage: super::election::dossier::stage(b),
    }
}

/// Congresses held out of all branches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub held: usize,
    pub total: usize,
}

pub fn progress(rows: &[OverviewRow]) -> Progress {
    Progress {
        held: rows.iter().filter(|r| r.held).count(),
        total: rows.len(),
    }
}

/// Columns the table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortKey {
    #[default]
    Name,
    CongressDate,
    Documents,
    DocumentsDue,
    ResultsDue,
    Held,
}

impl SortKey {
    pub const ALL: [SortKey; 6] = [
        SortKey::Name,
        SortKey::CongressDate,
        SortKey::Documents,
        SortKey::DocumentsDue,
        SortKey::ResultsDue,
        SortKey::Held,
    ];

    /// The name the sort choice shows: the column's own.
    pub fn label(self) -> &'static str {
        match self {
            SortKey::Name => msg::SORT_NAME,
            SortKey::CongressDate => msg::COL_CONGRESS_DATE,
            SortKey::Documents => msg::COL_DOCS_DONE,
            SortKey::DocumentsDue => msg::COL_DOCS_DUE,
            SortKey::ResultsDue => msg::COL_RESULTS_DUE,
            SortKey::Held => msg::COL_HELD,
        }
    }
}

/// Sort rows by `key` (ties by name); `descending` reverses.
pub fn sort_rows(rows: &mut [OverviewRow], key: SortKey, descending: bool) {
    rows.sort_by(|a, b| {
        let primary = match key {
            SortKey::Name => std::cmp::Ordering::Equal,
            // Undated congresses after dated ones.
            SortKey::CongressDate => (a.congress_date.is_none(), a.congress_date)
                .cmp(&(b.congress_date.is_none(), b.congress_date)),
            SortKey::Documents => a.docs_done.cmp(&b.docs_done),
            SortKey::DocumentsDue => a
                .deadlines
                .documents
                .urgency()
                .cmp(&b.deadlines.documents.urgency()),
            SortKey::ResultsDue => a
                .deadlines
                .results
                .urgency()
                .cmp(&b.deadlines.results.urgency()),
            SortKey::Held => (a.held, a.results_entered).cmp(&(b.held, b.results_entered)),
        };
        let ord = primary
            .then_with(|| compare_text(&a.name, &b.name))
            .then_with(|| a.branch_id.cmp(&b.branch_id));
        if descending { ord.reverse() } else { ord }
    });
}

/// Which rows to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Filter {
    #[default]
    All,
    /// Some deadline is overdue.
    Overdue,
    NotHeld,
    Held,
    /// Held but results not entered.
    ResultsMissing,
    PersonnelNotApproved,
}

impl Filter {
    pub const ALL: [Filter; 6] = [
        Filter::All,
        Filter::Overdue,
        Filter::NotHeld,
        Filter::Held,
        Filter::ResultsMissing,
        Filter::PersonnelNotApproved,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Filter::All => msg::FILTER_ALL,
            Filter::Overdue => msg::FILTER_OVERDUE,
            Filter::NotHeld => msg::FILTER_NOT_HELD,
            Filter::Held => msg::FILTER_HELD,
            Filter::ResultsMissing => msg::FILTER_RESULTS_MISSING,
            Filter::PersonnelNotApproved => msg::FILTER_PERSONNEL_NOT_APPROVED,
        }
    }

    /// Whether `row` passes the filter and its name contains `text`
    /// (case-insensitive, NFC).
    pub fn matches(&self, row: &OverviewRow, text: &str) -> bool {
        let pass = match self {
            Filter::All => true,
            Filter::Overdue => {
                row.deadlines.documents.is_overdue() || row.deadlines.results.is_overdue()
            }
            Filter::NotHeld => !row.held,
            Filter::Held => row.held,
            Filter::ResultsMissing => row.held && !row.results_entered,
            Filter::PersonnelNotApproved => !row.personnel_approved,
        };
        let text = fold(text.trim());
        pass && (text.is_empty() || fold(&row.name).contains(&text))
    }
}

/// Where a branch stands, as the side panel and the ward view both show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BranchState {
    /// A deadline passed (documents or results), or the congress is set
    /// after the ward's last day: needs attention first.
    Overdue,
    /// No document started.
    NotStarted,
    /// Some documents started or done, not all done.
    InProgress,
    /// Every document done; the congress not yet held.
    Ready,
    /// The congress was held.
    Held,
}

impl BranchState {
    pub const ALL: [BranchState; 5] = [
        BranchState::Overdue,
        BranchState::NotStarted,
        BranchState::InProgress,
        BranchState::Ready,
        BranchState::Held,
    ];
}

/// The state of a row: overdue before anything else, then held, then by
/// its documents.
pub fn branch_state(row: &OverviewRow) -> BranchState {
    if needs_attention(row) {
        BranchState::Overdue
    } else if row.held {
        BranchState::Held
    } else if row.docs_total > 0 && row.docs_done == row.docs_total {
        BranchState::Ready
    } else if row.docs_done + row.docs_drafting > 0 {
        BranchState::InProgress
    } else {
        BranchState::NotStarted
    }
}

/// Whether a row needs attention (shown highlighted).
pub fn needs_attention(row: &OverviewRow) -> bool {
    matches!(row.deadlines.documents, DueState::Overdue(_))
        || matches!(row.deadlines.results, DueState::Overdue(_))
        || row.deadlines.congress_after_limit
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocState;
    use time::macros::date;

    fn b(id: &str, name: &str, date: Option<Date>, held: bool) -> Branch {
        let mut b = Branch {
            id: id.into(),
            name: name.into(),
            ..Branch::default()
        };
        b.congress.date = date;
        b.results.held = held;
        b
    }

    #[test]
    fn rows_progress_sort_filter() {
        let mut done = b("c", "Chi bộ Cơ quan", Some(date!(2026 - 12 - 01)), false);
        for k in DocKind::ALL {
            done.checklist.get_mut(k).state = DocState::Done;
        }
        done.checklist.personnel_plan.state = DocState::Approved;
        let branches = vec![
            b("a", "Chi bộ Thôn Ân", Some(date!(2026 - 11 - 10)), true),
            b("b", "Chi bộ Thôn Bắc", Some(date!(2026 - 11 - 30)), false),
            done,
            b("d", "Chi bộ Đông", None, false),
        ];
        let today = date!(2026 - 11 - 22);
        let mut rows = overview(&Ward::default(), &branches, today);
        assert_eq!(progress(&rows), Progress { held: 1, total: 4 });
        assert_eq!(rows[2].docs_done, 6);
        assert!(rows[2].personnel_approved);
        assert_eq!(rows[2].deadlines.documents, DueState::Done);
        // Thôn Bắc's documents were due 2026-11-15.
        assert_eq!(rows[1].deadlines.documents, DueState::Overdue(7));
        sort_rows(&mut rows, SortKey::DocumentsDue, false);
        let order: Vec<&str> = rows.iter().map(|r| r.branch_id.as_str()).collect();
        assert_eq!(order, ["a", "b", "d", "c"]);
        sort_rows(&mut rows, SortKey::CongressDate, false);
        let order: Vec<&str> = rows.iter().map(|r| r.branch_id.as_str()).collect();
        assert_eq!(order, ["a", "b", "c", "d"]);
        sort_rows(&mut rows, SortKey::CongressDate, true);
        assert_eq!(rows[0].branch_id, "d");
        let overdue: Vec<&str> = rows
            .iter()
            .filter(|r| Filter::Overdue.matches(r, ""))
            .map(|r| r.branch_id.as_str())
            .collect();
        assert_eq!(overdue, ["b", "a"]);
        // States: Thôn Bắc is overdue although nothing is started.
        let state = |id: &str| branch_state(rows.iter().find(|r| r.branch_id == id).expect("row"));
        assert_eq!(state("b"), BranchState::Overdue);
        assert_eq!(state("c"), BranchState::Ready);
        assert_eq!(state("d"), BranchState::NotStarted);
        assert!(Filter::All.matches(&rows[0], "đông"));
        assert!(!Filter::All.matches(&rows[0], "bắc"));
        assert_eq!(
            rows.iter()
                .filter(|r| Filter::NotHeld.matches(r, "thôn"))
                .count(),
            1
        );
    }
}
