//! The election screen's runtime state (not saved), kept in egui's memory
//! per branch so that the projection window shows the round the counting
//! screen shows.

use eframe::egui;

/// Runtime state of the screen (not saved).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ElectionView {
    /// Index of the round shown.
    pub round: usize,
}

impl ElectionView {
    fn id(branch: &str) -> egui::Id {
        egui::Id::unique(("election-view", branch))
    }

    /// The state of branch `branch`'s screen (the default before it was shown).
    pub fn load(ctx: &egui::Context, branch: &str) -> Self {
        ctx.data(|d| d.get_temp(Self::id(branch)))
            .unwrap_or_default()
    }

    /// The state last shown, if the screen of branch `branch` was shown.
    pub fn shown(ctx: &egui::Context, branch: &str) -> Option<Self> {
        ctx.data(|d| d.get_temp(Self::id(branch)))
    }

    pub fn store(self, ctx: &egui::Context, branch: &str) {
        ctx.data_mut(|d| d.insert_temp(Self::id(branch), self));
    }
}
