//! The ward office's part of the app: state of the overview screen and of
//! the import and batch dialogs, and the commands they send.

use super::app::{App, Notice};
use super::batch::BatchDialog;
use super::command::Command;
use super::import::ImportDialog;
use super::overview::OverviewState;
use crate::model::Member;
use crate::strings::{import as import_msg, ward as msg};
use eframe::egui::Ui;

/// Runtime state (never saved).
#[derive(Default)]
pub struct WardUi {
    pub overview: OverviewState,
    pub import: Option<ImportDialog>,
    pub batch: Option<BatchDialog>,
}

/// Draw the open ward dialogs (after the screens).
pub fn dialogs(app: &mut App, ui: &mut Ui, out: &mut Vec<Command>) {
    if let Some(mut d) = app.ward_ui.import.take() {
        let existing = app
            .branch(&d.branch_id)
            .map(|b| b.members.clone())
            .unwrap_or_default();
        if super::import::show(&mut d, ui, &existing, out) {
            app.ward_ui.import = Some(d);
        }
    }
    if let Some(mut d) = app.ward_ui.batch.take() {
        if super::batch::show(&mut d, app, ui, out) {
            app.ward_ui.batch = Some(d);
        }
    }
}

/// Add imported members to a branch. The app records the change as one undo
/// step (Ctrl+Z takes the whole import back) and saves it.
pub fn import_members(app: &mut App, branch_id: &str, members: Vec<Member>) {
    let Some(b) = app.branches.iter_mut().find(|b| b.id == branch_id) else {
        return;
    };
    let n = members.len();
    for m in members {
        b.add_member(m);
    }
    app.notice = Some(Notice {
        text: import_msg::imported(n, &b.name),
        error: false,
    });
}

/// Write the overview table (as filtered and sorted on screen) to `path`.
pub fn export_overview(app: &mut App, path: &std::path::Path) {
    let today = super::clock::today();
    let rows = super::overview::rows(app, today);
    let rollup = crate::rules::rollup::rollup(&app.ward, &app.branches);
    let result =
        crate::docgen::overview_xlsx::export_overview(&app.ward, &rows, &rollup, today, path);
    app.notice = Some(match result {
        Ok(()) => Notice {
            text: msg::exported(path),
            error: false,
        },
        Err(e) => Notice {
            text: e.to_string(),
            error: true,
        },
    });
}

/// Write the ward's report (.docx) to `path`, dated today.
pub fn write_report(app: &mut App, path: &std::path::Path) {
    use crate::docgen::ward_report;
    let result = ward_report::load_template(&app.ws)
        .and_then(|t| {
            ward_report::render(&app.ward, &app.branches, &t, Some(super::clock::today()))
        })
        .map_err(|e| e.to_string())
        .and_then(|bytes| {
            crate::store::write_atomic(path, &bytes, None)
                .map_err(|e| crate::strings::docgen::write_failed(path, &e))
        });
    app.notice = Some(match result {
        Ok(()) => Notice {
            text: msg::report_written(path),
            error: false,
        },
        Err(text) => Notice { text, error: true },
    });
}
