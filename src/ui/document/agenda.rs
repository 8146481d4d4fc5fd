//! Chương trình đại hội: the standard order, with the branch's facts.

use super::super::style;
use crate::model::Branch;
use crate::strings::ui as msg;
use eframe::egui::Ui;

pub fn show(ui: &mut Ui, b: &Branch) {
    ui.label(style::guidance(msg::AG_INTRO));
    let c = b.counts();
    ui.label(msg::agenda_attendance(c.summoned, c.total));
    for (label, value) in [
        (msg::CONGRESS_TIME, &b.congress.time),
        (msg::GUESTS, &b.congress.guests),
    ] {
        let value = if value.trim().is_empty() {
            msg::NOT_SET
        } else {
            value.as_str()
        };
        ui.label(format!("{label}: {value}"));
    }
    ui.add_space(6.0);
    for (i, item) in msg::AGENDA_ITEMS.iter().enumerate() {
        ui.label(format!("{}. {item}", i + 1));
    }
}
