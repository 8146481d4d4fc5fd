//! Dự thảo Nghị quyết: its own text; targets shown from the political report.

use super::super::form::Form;
use super::super::style;
use crate::model::Branch;
use crate::strings::ui as msg;
use eframe::egui::Ui;

pub fn show(ui: &mut Ui, form: &mut Form<'_>, b: &mut Branch) {
    let (date, place) = super::date_and_place(b);
    ui.label(style::strong(msg::resolution_opening(
        &b.name,
        &b.congress.term_label(),
        &date,
        &place,
    )));
    ui.add_space(6.0);
    let r = &mut b.drafts.resolution;
    form.section(
        ui,
        "drafts.resolution.assessment",
        msg::RES_ASSESSMENT,
        msg::RES_ASSESSMENT_HELP,
        &mut r.assessment,
    );
    ui.label(style::strong(msg::RES_TARGETS));
    ui.label(style::guidance(msg::RES_TARGETS_HELP));
    let targets = &b.drafts.political_report.targets;
    if targets.is_empty() {
        ui.label(msg::NO_TARGETS);
    }
    for t in targets {
        ui.label(msg::target_line(&t.indicator, &t.next, &t.unit));
    }
    ui.add_space(8.0);
    let r = &mut b.drafts.resolution;
    form.section(
        ui,
        "drafts.resolution.extra_tasks",
        msg::RES_TASKS,
        msg::RES_TASKS_HELP,
        &mut r.extra_tasks,
    );
    ui.label(msg::RES_ELECTION);
    ui.label(msg::RES_ASSIGN);
}
