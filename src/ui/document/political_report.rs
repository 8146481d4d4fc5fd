//! Báo cáo chính trị: part I (the outgoing term), part II (the next).

use super::super::form::Form;
use super::{part, targets};
use crate::model::{Branch, Ward};
use crate::strings::ui as msg;
use eframe::egui::Ui;

pub fn show(ui: &mut Ui, form: &mut Form<'_>, b: &mut Branch, ward: &Ward) {
    let full = b.counts().full;
    let pr = &mut b.drafts.political_report;
    let p = |f: &str| format!("drafts.political_report.{f}");
    part(ui, msg::PR_PART1);
    form.section(
        ui,
        &p("context"),
        msg::PR_CONTEXT,
        msg::PR_CONTEXT_HELP,
        &mut pr.context,
    );
    form.section(
        ui,
        &p("results_economy"),
        msg::PR_ECONOMY,
        msg::PR_ECONOMY_HELP,
        &mut pr.results_economy,
    );
    form.section(
        ui,
        &p("results_defence"),
        msg::PR_DEFENCE,
        msg::PR_DEFENCE_HELP,
        &mut pr.results_defence,
    );
    form.section(
        ui,
        &p("results_party_building"),
        msg::PR_PARTY,
        msg::PR_PARTY_HELP,
        &mut pr.results_party_building,
    );
    form.section(
        ui,
        &p("results_mass_mobilisation"),
        msg::PR_MASS,
        msg::PR_MASS_HELP,
        &mut pr.results_mass_mobilisation,
    );
    form.section(
        ui,
        &p("limitations"),
        msg::PR_LIMITATIONS,
        msg::PR_LIMITATIONS_HELP,
        &mut pr.limitations,
    );
    form.section(
        ui,
        &p("causes_objective"),
        msg::PR_CAUSES_OBJECTIVE,
        msg::PR_CAUSES_OBJECTIVE_HELP,
        &mut pr.causes_objective,
    );
    form.section(
        ui,
        &p("causes_subjective"),
        msg::PR_CAUSES_SUBJECTIVE,
        msg::PR_CAUSES_SUBJECTIVE_HELP,
        &mut pr.causes_subjective,
    );
    form.section(
        ui,
        &p("lessons"),
        msg::PR_LESSONS,
        msg::PR_LESSONS_HELP,
        &mut pr.lessons,
    );
    if full < ward.rules.committee_min_full_members {
        form.section(
            ui,
            &p("secretary_self_review"),
            msg::PR_SELF_REVIEW,
            msg::PR_SELF_REVIEW_HELP,
            &mut pr.secretary_self_review,
        );
    }
    part(ui, msg::PR_PART2);
    form.section(
        ui,
        &p("direction"),
        msg::PR_DIRECTION,
        msg::PR_DIRECTION_HELP,
        &mut pr.direction,
    );
    targets::table(ui, form, &mut pr.targets);
    ui.add_space(8.0);
    form.section(
        ui,
        &p("tasks"),
        msg::PR_TASKS,
        msg::PR_TASKS_HELP,
        &mut pr.tasks,
    );
}
