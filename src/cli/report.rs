//! `daihoi report --workspace DIR --out FILE.docx [--date YYYY-MM-DD]`: the
//! ward's report on its branches' congresses, from the roll-up;
//! `daihoi overview --workspace DIR --out FILE.xlsx [--date YYYY-MM-DD]`: the
//! overview table as the app exports it.

use crate::model::Date;
use crate::ops;
use crate::rules::rollup::rollup;
use crate::store::Workspace;
use crate::strings::{cli as cli_msg, ward as msg};
use std::path::Path;

/// Write the report; exit code. Nothing is written when a file of the
/// workspace did not load (the figures would be wrong) or the template has
/// an error.
pub fn report(ws: &Workspace, out: &Path, date: Option<Date>) -> u8 {
    let loaded = ws.load();
    for e in &loaded.errors {
        errln!("{} {e}", cli_msg::ERROR_TAG);
    }
    let Some(ward) = loaded.ward.as_ref() else {
        return 1;
    };
    let date = date.or(ward.as_of).unwrap_or_else(ops::clock::today);
    let result = ops::write_ward_report(ws, ward, &loaded.branches, loaded.errors.len(), out, date);
    if let Err(e) = result {
        errln!("{} {e}", cli_msg::ERROR_TAG);
        return 1;
    }
    for line in rollup(ward, &loaded.branches).lines() {
        outln!("{line}");
    }
    outln!("{}", msg::report_written(out));
    0
}

/// Export the overview of every branch (the app's default sort, no filter)
/// as of `date`; exit code. A file that did not load is reported and the
/// export still made, as the app does.
pub fn overview(ws: &Workspace, out: &Path, date: Option<Date>) -> u8 {
    let loaded = ws.load();
    for e in &loaded.errors {
        errln!("{} {e}", cli_msg::ERROR_TAG);
    }
    let Some(ward) = loaded.ward.as_ref() else {
        return 1;
    };
    let date = date.or(ward.as_of).unwrap_or_else(ops::clock::today);
    let view = ops::OverviewView::default();
    match ops::export_overview(ward, &loaded.branches, &view, date, out) {
        Ok(()) => {
            outln!("{}", msg::exported(out));
            if loaded.errors.is_empty() { 0 } else { 1 }
        }
        Err(e) => {
            errln!("{} {e}", cli_msg::ERROR_TAG);
            1
        }
    }
}
