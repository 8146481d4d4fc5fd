//! `daihoi report --workspace DIR --out FILE.docx [--date YYYY-MM-DD]`: the
//! ward's report on its branches' congresses, from the roll-up.

use crate::docgen::ward_report;
use crate::model::Date;
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
        eprintln!("{} {e}", cli_msg::ERROR_TAG);
    }
    let Some(ward) = loaded.ward.as_ref() else {
        return 1;
    };
    if !loaded.errors.is_empty() {
        eprintln!("{} {}", cli_msg::ERROR_TAG, msg::REPORT_NOT_WRITTEN);
        return 1;
    }
    let date = date.unwrap_or_else(today);
    let result = ward_report::load_template(ws)
        .and_then(|t| ward_report::render(ward, &loaded.branches, &t, Some(date)));
    let bytes = match result {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{} {e}", cli_msg::ERROR_TAG);
            return 1;
        }
    };
    if let Err(e) = crate::store::write_atomic(out, &bytes, None) {
        eprintln!(
            "{} {}",
            cli_msg::ERROR_TAG,
            crate::strings::docgen::write_failed(out, &e)
        );
        return 1;
    }
    for line in msg::rollup_lines(&rollup(ward, &loaded.branches)) {
        println!("{line}");
    }
    println!("{}", msg::report_written(out));
    0
}

fn today() -> Date {
    time::OffsetDateTime::now_local()
        .unwrap_or_else(|_| time::OffsetDateTime::now_utc())
        .date()
}
