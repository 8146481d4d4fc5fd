//! Text sizes and spacing in one place: readable for office staff.

use eframe::egui::{self, FontFamily, FontId, TextStyle};

pub const BODY: f32 = 16.0;
pub const HEADING: f32 = 22.0;
pub const SMALL: f32 = 13.5;

pub fn install(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(HEADING, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(BODY, FontFamily::Proportional)),
            (
                TextStyle::Monospace,
                FontId::new(BODY - 1.0, FontFamily::Monospace),
            ),
            (
                TextStyle::Button,
                FontId::new(BODY, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(SMALL, FontFamily::Proportional),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}

/// A bold label in the body size.
pub fn strong(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text.into()).family(FontFamily::Name(super::fonts::BOLD_FAMILY.into()))
}

/// Guidance under a section title.
pub fn guidance(text: &str) -> egui::RichText {
    egui::RichText::new(text).size(SMALL + 0.5).italics()
}

pub const ERROR_COLOR: egui::Color32 = egui::Color32::from_rgb(0xc0, 0x1c, 0x28);
pub const WARNING_COLOR: egui::Color32 = egui::Color32::from_rgb(0xa0, 0x60, 0x00);
pub const OK_COLOR: egui::Color32 = egui::Color32::from_rgb(0x1a, 0x7f, 0x37);

/// Red with errors, amber with warnings only, green with none.
pub fn problem_color(errors: usize, warnings: usize) -> egui::Color32 {
    if errors > 0 {
        ERROR_COLOR
    } else if warnings > 0 {
        WARNING_COLOR
    } else {
        OK_COLOR
    }
}

pub fn severity_color(s: crate::rules::Severity) -> egui::Color32 {
    match s {
        crate::rules::Severity::Error => ERROR_COLOR,
        crate::rules::Severity::Warning => WARNING_COLOR,
    }
}
