//! The structure figures of the proposed and the elected committee, side
//! by side (also shown on the personnel screen).

use crate::model::{Branch, Ward};
use crate::rules::rollup::Share;
use crate::rules::structure::{self, Structure};
use crate::strings::election as msg;
use eframe::egui::{self, Ui};

fn share(s: &Share, rule: crate::model::PercentRule) -> String {
    msg::share(s.count, &s.percent(rule))
}

fn yes_no(v: Option<bool>) -> String {
    match v {
        Some(true) => msg::YES.into(),
        Some(false) => msg::NO.into(),
        None => String::new(),
    }
}

fn rows(s: &Structure) -> Vec<String> {
    vec![
        s.count.to_string(),
        share(&s.women, s.rule),
        share(&s.under_35, s.rule),
        share(&s.young, s.rule),
        s.average_age().unwrap_or_default(),
        share(&s.ethnic_minority, s.rule),
        share(&s.reelected, s.rule),
        share(&s.new_members, s.rule),
        share(&s.first_time, s.rule),
        yes_no(s.secretary_village_head),
    ]
}

/// A table: figure | proposed | elected.
pub fn structure_table(ui: &mut Ui, ward: &Ward, b: &Branch) {
    ui.heading(msg::STRUCTURE_HEADING);
    let proposed = structure::proposed(ward, b);
    let elected = structure::elected(ward, b);
    let young = msg::s_young(ward.rules.young_age);
    let names = [
        msg::S_COUNT,
        msg::S_WOMEN,
        msg::S_UNDER_35,
        young.as_str(),
        msg::S_AVERAGE_AGE,
        msg::S_MINORITY,
        msg::S_REELECTED,
        msg::S_NEW,
        msg::S_FIRST_TIME,
        msg::S_SECRETARY_HEAD,
    ];
    egui::Grid::new("structure-figures")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            ui.strong(msg::STRUCTURE_FIGURE);
            ui.strong(msg::STRUCTURE_PROPOSED);
            ui.strong(msg::STRUCTURE_ELECTED);
            ui.end_row();
            for ((name, p), e) in names.iter().zip(rows(&proposed)).zip(rows(&elected)) {
                ui.label(*name);
                ui.label(p);
                ui.label(e);
                ui.end_row();
            }
        });
}
