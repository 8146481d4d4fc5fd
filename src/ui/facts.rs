//! Branch facts: names, term, dates, place. Entered once; every document
//! takes them from here.

use super::form::Form;
use super::style;
use crate::model::{Branch, BranchKind, Ward};
use crate::rules::labels;
use crate::strings::ui as msg;
use eframe::egui::{self, Ui};

pub fn show(ui: &mut Ui, form: &mut Form<'_>, b: &mut Branch, ward: &Ward) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(msg::SCREEN_FACTS);
            ui.label(style::guidance(msg::FACTS_INTRO));
            ui.add_space(6.0);
            ui.set_max_width(ui.available_width().min(720.0));
            form.line(ui, "name", msg::BRANCH_NAME, &mut b.name);
            ui.horizontal(|ui| {
                ui.label(msg::KIND);
                egui::ComboBox::from_id_salt("branch_kind")
                    .selected_text(labels::branch_kind(b.kind))
                    .show_ui(ui, |ui| {
                        for k in BranchKind::ALL {
                            ui.selectable_value(&mut b.kind, k, labels::branch_kind(k));
                        }
                    });
            });
            ui.label(format!("{}: {}", msg::WARD, ward.name));
            ui.separator();
            ui.label(style::strong(msg::congress_heading(
                b.congress.number,
                &b.congress.term_label(),
            )));
            egui::Grid::new("congress_grid")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    ui.label(msg::CONGRESS_NUMBER);
                    ui.add(egui::DragValue::new(&mut b.congress.number).range(1..=99));
                    ui.end_row();
                    ui.label(msg::TERM_START);
                    ui.add(egui::DragValue::new(&mut b.congress.term_start).range(1990..=2100));
                    ui.end_row();
                    ui.label(msg::TERM_END);
                    let end =
                        ui.add(egui::DragValue::new(&mut b.congress.term_end).range(1990..=2100));
                    form.finish(ui, "congress.term_end", &end);
                    ui.end_row();
                });
            ui.add_space(4.0);
            form.date(
                ui,
                "congress.date",
                msg::CONGRESS_DATE,
                &mut b.congress.date,
            );
            form.line_hint(
                ui,
                "congress.time",
                msg::CONGRESS_TIME,
                msg::CONGRESS_TIME_HINT,
                &mut b.congress.time,
            );
            form.line_hint(
                ui,
                "congress.place",
                msg::CONGRESS_PLACE,
                msg::CONGRESS_PLACE_HINT,
                &mut b.congress.place,
            );
            form.line(ui, "congress.guests", msg::GUESTS, &mut b.congress.guests);
            ui.separator();
            ui.label(style::strong(msg::COUNTS));
            let counts = b.counts();
            ui.label(labels::counts_line(&counts));
            let min = ward.rules.committee_min_full_members;
            ui.label(msg::elects_committee(counts.full >= min, min));
        });
}
