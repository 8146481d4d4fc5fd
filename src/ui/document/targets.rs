//! The targets table of the political report: add, remove, reorder.

use super::super::form::Form;
use super::super::rows;
use super::super::style;
use crate::model::Target;
use crate::strings::ui as msg;
use eframe::egui::{self, Ui};

const PATH: &str = "drafts.political_report.targets";

pub fn table(ui: &mut Ui, form: &mut Form<'_>, targets: &mut Vec<Target>) {
    let title = ui.label(style::strong(msg::TARGETS));
    form.finish(ui, PATH, &title);
    ui.label(style::guidance(msg::TARGETS_HELP));
    let mut action = None;
    if targets.is_empty() {
        ui.label(msg::NO_TARGETS);
    } else {
        egui::Grid::new("targets")
            .num_columns(7)
            .striped(true)
            .spacing([6.0, 4.0])
            .show(ui, |ui| {
                for h in [
                    msg::COL_NO,
                    msg::COL_INDICATOR,
                    msg::COL_UNIT,
                    msg::COL_PLAN,
                    msg::COL_ACHIEVED,
                    msg::COL_NEXT,
                    "",
                ] {
                    ui.label(style::strong(h));
                }
                ui.end_row();
                for (i, t) in targets.iter_mut().enumerate() {
                    let n = i + 1;
                    let p = |f: &str| format!("{PATH}[{i}].{f}");
                    ui.label(n.to_string());
                    for (field, column, value, width) in [
                        ("indicator", msg::COL_INDICATOR, &mut t.indicator, 280.0),
                        ("unit", msg::COL_UNIT, &mut t.unit, 70.0),
                        ("plan", msg::COL_PLAN, &mut t.plan, 80.0),
                        ("achieved", msg::COL_ACHIEVED, &mut t.achieved, 80.0),
                        ("next", msg::COL_NEXT, &mut t.next, 90.0),
                    ] {
                        ui.scope(|ui| {
                            ui.set_width(width);
                            form.cell(ui, &p(field), &msg::row_label(n, column), value);
                        });
                    }
                    if let Some(a) = rows::buttons(ui, i) {
                        action = Some(a);
                    }
                    ui.end_row();
                }
            });
    }
    if ui.button(msg::ADD_TARGET).clicked() {
        targets.push(Target::default());
        form.state.focus = Some(format!("{PATH}[{}].indicator", targets.len() - 1));
    }
    rows::apply(targets, action);
}
