//! The congress-day screens: the roll call at the door, ballot-by-ballot
//! counting with two independent entries, the projection screen for the
//! hall, and the stage of each branch for the ward overview.

pub mod ballots;
pub mod projection;
pub mod roll_call;

use crate::model::Branch;
use crate::strings::congress as msg;
use eframe::egui::{self, Ui};

/// How the counting screen enters the votes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CountMode {
    /// The totals per candidate, typed from the tally sheets.
    #[default]
    Totals,
    /// Each ballot as it is read aloud.
    Ballots,
}

/// The mode tabs of the counting screen and the projection button; the
/// mode chosen (kept in egui's memory per branch).
pub fn mode_bar(ui: &mut Ui, b: &Branch) -> CountMode {
    let id = egui::Id::unique(("count-mode", &b.id));
    let mut mode: CountMode = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal(|ui| {
        for (m, label) in [
            (CountMode::Totals, msg::MODE_TOTALS),
            (CountMode::Ballots, msg::MODE_BALLOTS),
        ] {
            if ui.selectable_label(mode == m, label).clicked() {
                mode = m;
            }
        }
        ui.separator();
        let open = projection::is_open(ui.ctx());
        let text = if open {
            msg::CLOSE_PROJECTION
        } else {
            msg::OPEN_PROJECTION
        };
        if ui.button(text).clicked() {
            if open {
                projection::close(ui.ctx());
            } else {
                projection::open(ui.ctx(), &b.id);
            }
        }
    });
    ui.data_mut(|d| d.insert_temp(id, mode));
    mode
}
