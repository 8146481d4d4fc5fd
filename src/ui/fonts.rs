//! The embedded Vietnamese-complete font (Noto Sans, OFL; see assets/fonts/OFL.txt).

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

/// Name of the bold family (`egui::FontFamily::Name`).
pub const BOLD_FAMILY: &str = "bold";

/// Font definitions with Noto Sans first for proportional text and as the
/// fallback for monospace, so every Vietnamese letter has a glyph.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert("noto".into(), Arc::new(FontData::from_static(REGULAR)));
    fonts
        .font_data
        .insert("noto-bold".into(), Arc::new(FontData::from_static(BOLD)));
    fonts
        .families
        .entry(FontFamily::Proportional)
        .or_default()
        .insert(0, "noto".into());
    fonts
        .families
        .entry(FontFamily::Monospace)
        .or_default()
        .push("noto".into());
    fonts.families.insert(
        FontFamily::Name(BOLD_FAMILY.into()),
        vec!["noto-bold".into(), "noto".into()],
    );
    fonts
}

pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
