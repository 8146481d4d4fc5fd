//! The ward's use cases: the report, the overview workbook, the check.

use super::OpError;
use crate::docgen::{overview_xlsx, ward_report};
use crate::model::{Branch, Date, Ward};
use crate::rules::overview::{self, Filter, OverviewRow, SortKey};
use crate::rules::{Problem, Severity, rollup::rollup};
use crate::store::Workspace;
use std::path::Path;

/// Write the ward's report on its branches' congresses to `out`, dated
/// `date`. Refused when `failed_loads` workspace files did not load (the
/// figures would leave those branches out): nothing is written then.
pub fn write_ward_report(
    ws: &Workspace,
    ward: &Ward,
    branches: &[Branch],
    failed_loads: usize,
    out: &Path,
    date: Date,
) -> Result<(), OpError> {
    if failed_loads > 0 {
        return Err(OpError::Incomplete);
    }
    let template = ward_report::load_template(ws)?;
    let bytes = ward_report::render(ward, branches, &template, Some(date))?;
    crate::store::write_output(out, &bytes)?;
    Ok(())
}

/// How the overview table is filtered and sorted (the screen's choice; the
/// command line takes the defaults).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OverviewView {
    pub sort: SortKey,
    pub descending: bool,
    pub filter: Filter,
    pub search: String,
}

/// The overview rows as `view` shows them: filtered, then sorted.
pub fn overview_rows(
    ward: &Ward,
    branches: &[Branch],
    view: &OverviewView,
    today: Date,
) -> Vec<OverviewRow> {
    let mut rows: Vec<OverviewRow> = overview::overview(ward, branches, today)
        .into_iter()
        .filter(|r| view.filter.matches(r, &view.search))
        .collect();
    overview::sort_rows(&mut rows, view.sort, view.descending);
    rows
}

/// Write the overview (rows as `view` shows them, and the roll-up) to
/// `path` as an .xlsx workbook.
pub fn export_overview(
    ward: &Ward,
    branches: &[Branch],
    view: &OverviewView,
    today: Date,
    path: &Path,
) -> Result<(), OpError> {
    let rows = overview_rows(ward, branches, view, today);
    let r = rollup(ward, branches);
    overview_xlsx::export_overview(ward, &rows, &r, today, path)?;
    Ok(())
}

/// One branch's problems.
#[derive(Debug, Clone, PartialEq)]
pub struct BranchCheck {
    pub id: String,
    pub name: String,
    pub problems: Vec<Problem>,
}

/// What the check found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Checked {
    pub branches: Vec<BranchCheck>,
    /// Branches sharing a name (ignoring case and spacing): each group as
    /// (id, name), sorted by id. Each group counts as one error.
    pub same_names: Vec<Vec<(String, String)>>,
    pub errors: usize,
    pub warnings: usize,
}

/// Validate every branch; `failed_loads` files that did not load count as
/// errors.
pub fn check_workspace(ward: &Ward, branches: &[Branch], failed_loads: usize) -> Checked {
    let mut out = Checked {
        errors: failed_loads,
        ..Checked::default()
    };
    for b in branches {
        let problems = crate::rules::validate(ward, b);
        for p in &problems {
            match p.severity {
                Severity::Error => out.errors += 1,
                Severity::Warning => out.warnings += 1,
            }
        }
        out.branches.push(BranchCheck {
            id: b.id.clone(),
            name: b.name.clone(),
            problems,
        });
    }
    out.same_names = same_names(branches);
    out.errors += out.same_names.len();
    out
}

/// Groups of branches whose names are the same once case and spacing are
/// ignored ("Chi bộ Thôn 1" and "chi bộ  thôn 1"): the ward's roll-up and
/// the office cannot tell them apart.
pub fn same_names(branches: &[Branch]) -> Vec<Vec<(String, String)>> {
    let key = |name: &str| {
        crate::vi::nfc(name)
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut by_name: std::collections::BTreeMap<String, Vec<(String, String)>> =
        std::collections::BTreeMap::new();
    for b in branches {
        let k = key(&b.name);
        if !k.is_empty() {
            by_name
                .entry(k)
                .or_default()
                .push((b.id.clone(), b.name.clone()));
        }
    }
    let mut groups: Vec<Vec<(String, String)>> = by_name
        .into_values()
        .filter(|g| g.len() > 1)
        .map(|mut g| {
            g.sort();
            g
        })
        .collect();
    groups.sort();
    groups
}
