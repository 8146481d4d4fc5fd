//! The structure figures of the proposed and the elected committee, side
//! by side (also shown on the personnel screen).

use crate::model::{Branch, Ward};
use crate::rules::rollup::Share;
use crate::rules::structure::{self, Structure};
use crate::strings::election as msg;
use eframe::egui::{self, Ui};

/// "2/6 (33,3%)": the base is the people counted in that column.
fn share(s: &Share, base: u32, rule: crate::model::PercentRule) -> String {
    msg::share_of(s.count, base, &s.percent(rule))
}

fn yes_no(v: Option<bool>) -> String {
    match v {
        Some(true) => msg::YES.into(),
        Some(false) => msg::NO.into(),
        None => String::new(),
    }
}

fn rows(s: &Structure) -> Vec<String> {
    let n = s.count;
    vec![
        n.to_string(),
        share(&s.women, n, s.rule),
        share(&s.under_35, n, s.rule),
        share(&s.young, n, s.rule),
        s.average_age().unwrap_or_default(),
        share(&s.ethnic_minority, n, s.rule),
        share(&s.reelected, n, s.rule),
        share(&s.new_members, n, s.rule),
        share(&s.first_time, n, s.rule),
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
            let seats = b.drafts.personnel.committee_size;
            ui.add(
                egui::Label::new(crate::ui::style::strong(msg::structure_proposed(
                    proposed.count,
                    seats,
                )))
                .wrap(),
            );
            ui.strong(msg::structure_elected(elected.count));
            ui.end_row();
            for ((name, p), e) in names.iter().zip(rows(&proposed)).zip(rows(&elected)) {
                ui.label(*name);
                ui.label(p);
                ui.label(e);
                ui.end_row();
            }
        });
}
