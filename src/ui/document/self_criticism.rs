//! Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của chi ủy.

use super::super::form::Form;
use super::super::style;
use crate::model::{Branch, Ward};
use crate::strings::ui as msg;
use eframe::egui::Ui;

pub fn show(ui: &mut Ui, form: &mut Form<'_>, b: &mut Branch, ward: &Ward) {
    if b.counts().full < ward.rules.committee_min_full_members {
        ui.label(style::guidance(msg::SC_NO_COMMITTEE));
        ui.add_space(6.0);
    }
    let sc = &mut b.drafts.self_criticism;
    let p = |f: &str| format!("drafts.self_criticism.{f}");
    form.section(
        ui,
        &p("strengths"),
        msg::SC_STRENGTHS,
        msg::SC_STRENGTHS_HELP,
        &mut sc.strengths,
    );
    form.section(
        ui,
        &p("shortcomings"),
        msg::SC_SHORTCOMINGS,
        msg::SC_SHORTCOMINGS_HELP,
        &mut sc.shortcomings,
    );
    form.section(
        ui,
        &p("causes"),
        msg::SC_CAUSES,
        msg::SC_CAUSES_HELP,
        &mut sc.causes,
    );
    form.section(
        ui,
        &p("remedy_previous"),
        msg::SC_REMEDY,
        msg::SC_REMEDY_HELP,
        &mut sc.remedy_previous,
    );
    form.section(
        ui,
        &p("responsibility"),
        msg::SC_RESPONSIBILITY,
        msg::SC_RESPONSIBILITY_HELP,
        &mut sc.responsibility,
    );
    form.section(
        ui,
        &p("direction"),
        msg::SC_DIRECTION,
        msg::SC_DIRECTION_HELP,
        &mut sc.direction,
    );
}
