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

/// The widest texture egui is told it may make. Its glyph atlas is as
/// wide as the graphics driver allows (16,384 pixels with Mesa's and most
/// drivers), kept in memory twice (egui's copy and the driver's) and grown
/// in whole rows of that width: at 2,048 the same glyphs take a few
/// megabytes less. The page images of the preview (900 pixels wide, about
/// 1,300 high) fit.
pub const MAX_TEXTURE_SIDE: usize = 2048;

/// Cap the texture size egui plans its glyph atlas for (called on every
/// frame's input, before egui reads it).
pub fn cap_texture_side(raw_input: &mut egui::RawInput) {
    raw_input.max_texture_side = Some(
        raw_input
            .max_texture_side
            .map_or(MAX_TEXTURE_SIDE, |s| s.min(MAX_TEXTURE_SIDE)),
    );
}

pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
