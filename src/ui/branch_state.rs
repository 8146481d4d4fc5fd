//! A branch's state (overdue, not started, in progress, ready, held) as the
//! side panel and the ward view both show it: one colour, one word, and a
//! legend saying what each means. The state itself is
//! [`crate::rules::overview::branch_state`].

use super::style;
use crate::rules::overview::BranchState;
use crate::strings::ui as msg;
use eframe::egui::{self, Color32, Ui};

pub fn label(s: BranchState) -> &'static str {
    match s {
        BranchState::Overdue => msg::STATE_OVERDUE,
        BranchState::NotStarted => msg::STATE_NOT_STARTED,
        BranchState::InProgress => msg::STATE_IN_PROGRESS,
        BranchState::Ready => msg::STATE_READY,
        BranchState::Held => msg::STATE_HELD,
    }
}

pub fn hint(s: BranchState) -> &'static str {
    match s {
        BranchState::Overdue => msg::STATE_OVERDUE_HINT,
        BranchState::NotStarted => msg::STATE_NOT_STARTED_HINT,
        BranchState::InProgress => msg::STATE_IN_PROGRESS_HINT,
        BranchState::Ready => msg::STATE_READY_HINT,
        BranchState::Held => msg::STATE_HELD_HINT,
    }
}

/// The state's colour (from the palette, so its contrast is checked).
pub fn color(ui: &Ui, s: BranchState) -> Color32 {
    let p = style::palette(ui);
    match s {
        BranchState::Overdue => p.error,
        BranchState::NotStarted => p.weak,
        BranchState::InProgress => p.warning,
        BranchState::Ready => p.ok,
        BranchState::Held => p.link,
    }
}

/// A small filled dot of the state's colour.
pub fn dot(ui: &mut Ui, s: BranchState) {
    let side = ui.text_style_height(&egui::TextStyle::Small) * 0.6;
    let (r, _) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    ui.painter()
        .circle_filled(r.center(), side * 0.5, color(ui, s));
}

/// Every state in its colour, on as many lines as the width needs.
pub fn legend(ui: &mut Ui) {
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(format!("{}:", msg::LEGEND)).small());
        for s in BranchState::ALL {
            ui.label(egui::RichText::new(label(s)).small().color(color(ui, s)))
                .on_hover_text(hint(s));
        }
    });
}
