//! Text sizes, spacing and colours in one place: readable for office staff.
//!
//! The light theme is the default: offices print on white and work in bright
//! rooms, so the screen looks like the page (near-black text on white, every
//! text colour at least 4.5:1 against every background it is drawn on; the
//! unit tests below compute it). The dark theme keeps the same rule.

use eframe::egui::{self, Color32, FontFamily, FontId, Stroke, TextStyle, Theme, Ui, Visuals};
use serde::{Deserialize, Serialize};

pub const BODY: f32 = 16.0;
pub const HEADING: f32 = 22.0;
pub const SMALL: f32 = 13.5;

/// The theme the user chose in the Xem menu (kept in eframe's storage).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
    /// Follow the system's light/dark setting.
    System,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::System];

    pub fn label(self) -> &'static str {
        use crate::strings::ui as msg;
        match self {
            ThemeChoice::Light => msg::THEME_LIGHT,
            ThemeChoice::Dark => msg::THEME_DARK,
            ThemeChoice::System => msg::THEME_SYSTEM,
        }
    }

    fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
            ThemeChoice::System => egui::ThemePreference::System,
        }
    }
}

/// Use `choice` from now on (the system theme falls back to light when the
/// system does not say).
pub fn apply_theme(ctx: &egui::Context, choice: ThemeChoice) {
    ctx.options_mut(|o| o.fallback_theme = Theme::Light);
    ctx.set_theme(choice.preference());
}

/// The three theme choices as radio buttons (in the Xem menu).
pub fn theme_menu(ui: &mut Ui, choice: &mut ThemeChoice) {
    ui.label(strong(crate::strings::ui::THEME_TITLE));
    for c in ThemeChoice::ALL {
        if ui.radio_value(choice, c, c.label()).changed() {
            apply_theme(ui.ctx(), c);
        }
    }
}

pub fn install(ctx: &egui::Context) {
    ctx.set_visuals_of(Theme::Light, light_visuals());
    ctx.set_visuals_of(Theme::Dark, dark_visuals());
    apply_theme(ctx, ThemeChoice::default());
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
        // Scroll bars that take their own space: never drawn over a field
        // or a button, and always there to grab.
        style.spacing.scroll = egui::style::ScrollStyle::solid();
    });
}

/// The colours of one theme, chosen together (see the contrast tests).
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub panel: Color32,
    pub window: Color32,
    /// Text fields and the page preview.
    pub field: Color32,
    /// Striped rows, section backgrounds.
    pub faint: Color32,
    pub text: Color32,
    /// Hints and secondary text: still readable, never pale grey.
    pub weak: Color32,
    pub error: Color32,
    pub warning: Color32,
    pub ok: Color32,
    pub link: Color32,
    pub selection_bg: Color32,
    pub selection_text: Color32,
    /// Buttons at rest, hovered, pressed.
    pub button: [Color32; 3],
    pub border: Color32,
}

pub const LIGHT: Palette = Palette {
    panel: Color32::from_rgb(0xfa, 0xfa, 0xf8),
    window: Color32::from_rgb(0xff, 0xff, 0xff),
    field: Color32::from_rgb(0xff, 0xff, 0xff),
    faint: Color32::from_rgb(0xef, 0xef, 0xec),
    text: Color32::from_rgb(0x1a, 0x1a, 0x1a),
    weak: Color32::from_rgb(0x55, 0x55, 0x55),
    error: Color32::from_rgb(0xb0, 0x1c, 0x25),
    warning: Color32::from_rgb(0x8a, 0x53, 0x00),
    ok: Color32::from_rgb(0x14, 0x6c, 0x2e),
    link: Color32::from_rgb(0x0b, 0x57, 0xd0),
    selection_bg: Color32::from_rgb(0xcf, 0xe3, 0xff),
    selection_text: Color32::from_rgb(0x0b, 0x3d, 0x91),
    button: [
        Color32::from_rgb(0xe6, 0xe6, 0xe3),
        Color32::from_rgb(0xd9, 0xd9, 0xd5),
        Color32::from_rgb(0xc8, 0xc8, 0xc4),
    ],
    border: Color32::from_rgb(0x8c, 0x8c, 0x88),
};

pub const DARK: Palette = Palette {
    panel: Color32::from_rgb(0x1e, 0x1e, 0x1e),
    window: Color32::from_rgb(0x25, 0x25, 0x25),
    field: Color32::from_rgb(0x14, 0x14, 0x14),
    faint: Color32::from_rgb(0x2a, 0x2a, 0x2a),
    text: Color32::from_rgb(0xe8, 0xe8, 0xe8),
    weak: Color32::from_rgb(0xad, 0xad, 0xad),
    error: Color32::from_rgb(0xff, 0x8a, 0x80),
    warning: Color32::from_rgb(0xf0, 0xb2, 0x5a),
    ok: Color32::from_rgb(0x7b, 0xd8, 0x8f),
    link: Color32::from_rgb(0x8a, 0xb4, 0xf8),
    selection_bg: Color32::from_rgb(0x26, 0x4f, 0x78),
    selection_text: Color32::from_rgb(0xff, 0xff, 0xff),
    button: [
        Color32::from_rgb(0x3a, 0x3a, 0x3a),
        Color32::from_rgb(0x46, 0x46, 0x46),
        Color32::from_rgb(0x55, 0x55, 0x55),
    ],
    border: Color32::from_rgb(0x80, 0x80, 0x80),
};

/// The palette the `ui` is drawn with.
pub fn palette(ui: &Ui) -> &'static Palette {
    if ui.visuals().dark_mode {
        &DARK
    } else {
        &LIGHT
    }
}

fn visuals(p: &Palette, mut v: Visuals) -> Visuals {
    v.panel_fill = p.panel;
    v.window_fill = p.window;
    v.extreme_bg_color = p.field;
    v.text_edit_bg_color = Some(p.field);
    v.faint_bg_color = p.faint;
    v.code_bg_color = p.faint;
    v.weak_text_color = Some(p.weak);
    v.override_text_color = None;
    v.hyperlink_color = p.link;
    v.warn_fg_color = p.warning;
    v.error_fg_color = p.error;
    v.selection.bg_fill = p.selection_bg;
    v.selection.stroke = Stroke::new(1.0, p.selection_text);
    v.window_stroke = Stroke::new(1.0, p.border);
    let w = &mut v.widgets;
    w.noninteractive.bg_fill = p.panel;
    w.noninteractive.weak_bg_fill = p.panel;
    w.noninteractive.fg_stroke = Stroke::new(1.0, p.text);
    w.noninteractive.bg_stroke = Stroke::new(1.0, p.faint.lerp_to_gamma(p.border, 0.5));
    for (state, fill) in [
        (&mut w.inactive, p.button[0]),
        (&mut w.hovered, p.button[1]),
        (&mut w.active, p.button[2]),
        (&mut w.open, p.button[1]),
    ] {
        state.bg_fill = fill;
        state.weak_bg_fill = fill;
        state.fg_stroke = Stroke::new(state.fg_stroke.width, p.text);
        state.bg_stroke = Stroke::new(state.bg_stroke.width.max(1.0), p.border);
    }
    v
}

pub fn light_visuals() -> Visuals {
    visuals(&LIGHT, Visuals::light())
}

pub fn dark_visuals() -> Visuals {
    visuals(&DARK, Visuals::dark())
}

/// Grow the first window to fit the screen: maximised on a small screen
/// (the common 1366×768 office screen), otherwise no larger than the screen.
/// Runs until the monitor size is known, then never again.
pub fn fit_window_once(ctx: &egui::Context) {
    let id = egui::Id::unique("daihoi-window-fitted");
    if ctx.data(|d| d.get_temp::<bool>(id)).unwrap_or(false) {
        return;
    }
    let (monitor, outer) = ctx.input(|i| (i.viewport().monitor_size, i.viewport().outer_rect));
    let Some(monitor) = monitor else {
        return;
    };
    ctx.data_mut(|d| d.insert_temp(id, true));
    match window_fit(monitor, outer.map(|r| r.size())) {
        WindowFit::Maximise => ctx.send_viewport_cmd(egui::ViewportCommand::Maximized(true)),
        WindowFit::Resize(size) => {
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::pos2(
                ((monitor.x - size.x) / 2.0).max(0.0),
                ((monitor.y - size.y) / 2.0).max(0.0),
            )));
        }
        WindowFit::Keep => {}
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WindowFit {
    Maximise,
    Resize(egui::Vec2),
    Keep,
}

/// What to do with a window of `outer` size on a `monitor` (points).
pub fn window_fit(monitor: egui::Vec2, outer: Option<egui::Vec2>) -> WindowFit {
    if monitor.x < 1600.0 || monitor.y < 900.0 {
        return WindowFit::Maximise;
    }
    match outer {
        Some(o) if o.x > monitor.x || o.y > monitor.y - 40.0 => WindowFit::Resize(egui::vec2(
            (monitor.x * 0.9).floor(),
            (monitor.y * 0.85).floor(),
        )),
        _ => WindowFit::Keep,
    }
}

/// A bold label in the body size.
pub fn strong(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text.into()).family(FontFamily::Name(super::fonts::BOLD_FAMILY.into()))
}

/// Guidance under a section title (upright and in the weak text colour,
/// which still meets the contrast rule).
pub fn guidance(text: &str) -> egui::RichText {
    egui::RichText::new(text).size(SMALL + 0.5)
}

/// Text colour of an error.
pub fn error(ui: &Ui) -> Color32 {
    palette(ui).error
}

/// Text colour of a warning.
pub fn warning(ui: &Ui) -> Color32 {
    palette(ui).warning
}

/// Text colour of something complete or fine.
pub fn ok(ui: &Ui) -> Color32 {
    palette(ui).ok
}

/// Red with errors, amber with warnings only, green with none.
pub fn problem_color(ui: &Ui, errors: usize, warnings: usize) -> Color32 {
    if errors > 0 {
        error(ui)
    } else if warnings > 0 {
        warning(ui)
    } else {
        ok(ui)
    }
}

pub fn severity_color(ui: &Ui, s: crate::rules::Severity) -> Color32 {
    match s {
        crate::rules::Severity::Error => error(ui),
        crate::rules::Severity::Warning => warning(ui),
    }
}

#[cfg(test)]
/// WCAG relative luminance of an sRGB colour (alpha ignored).
pub fn luminance(c: Color32) -> f32 {
    fn channel(v: u8) -> f32 {
        let v = v as f32 / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

#[cfg(test)]
/// WCAG contrast ratio of two colours (1.0 ..= 21.0).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every (text, background) pair the theme draws, named for the message.
    fn pairs(v: &Visuals) -> Vec<(String, Color32, Color32)> {
        let grounds = [
            ("panel", v.panel_fill),
            ("window", v.window_fill),
            ("field", v.text_edit_bg_color()),
            ("faint", v.faint_bg_color),
        ];
        let texts = [
            ("text", v.text_color()),
            ("weak text", v.weak_text_color()),
            ("strong text", v.strong_text_color()),
            ("error", v.error_fg_color),
            ("warning", v.warn_fg_color),
            ("link", v.hyperlink_color),
        ];
        let mut out = Vec::new();
        for (t, tc) in texts {
            for (g, gc) in grounds {
                out.push((format!("{t} on {g}"), tc, gc));
            }
        }
        let ok = if v.dark_mode { DARK.ok } else { LIGHT.ok };
        for (g, gc) in grounds {
            out.push((format!("ok on {g}"), ok, gc));
        }
        let w = &v.widgets;
        for (name, state) in [
            ("inactive", &w.inactive),
            ("hovered", &w.hovered),
            ("active", &w.active),
            ("open", &w.open),
        ] {
            out.push((
                format!("{name} button text"),
                state.fg_stroke.color,
                state.weak_bg_fill,
            ));
            out.push((
                format!("{name} button text (bg)"),
                state.fg_stroke.color,
                state.bg_fill,
            ));
        }
        out.push((
            "selected text".into(),
            v.selection.stroke.color,
            v.selection.bg_fill,
        ));
        out
    }

    fn assert_contrast(v: &Visuals, theme: &str) {
        let low: Vec<String> = pairs(v)
            .into_iter()
            .filter_map(|(name, fg, bg)| {
                let c = contrast(fg, bg);
                (c < 4.5).then(|| format!("{name}: {c:.2}"))
            })
            .collect();
        assert!(low.is_empty(), "{theme} theme below 4.5:1: {low:?}");
    }

    #[test]
    fn light_theme_text_contrast_is_at_least_4_5() {
        let v = light_visuals();
        assert!(!v.dark_mode);
        assert_contrast(&v, "light");
        // Print-like: near-black on near-white.
        assert!(contrast(v.text_color(), v.panel_fill) > 15.0);
    }

    #[test]
    fn dark_theme_text_contrast_is_at_least_4_5() {
        let v = dark_visuals();
        assert!(v.dark_mode);
        assert_contrast(&v, "dark");
    }

    #[test]
    fn egui_default_dark_theme_would_fail() {
        // The check can fail: egui's own dark theme draws weak text below
        // 4.5:1 on its faint background.
        let v = Visuals::dark();
        assert!(pairs(&v).iter().any(|(_, fg, bg)| contrast(*fg, *bg) < 4.5));
    }

    #[test]
    fn contrast_formula_matches_wcag_examples() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        let grey = Color32::from_rgb(0x76, 0x76, 0x76);
        assert!((contrast(grey, Color32::WHITE) - 4.54).abs() < 0.02);
    }

    #[test]
    fn small_screens_maximise_and_large_windows_shrink() {
        let fit = |m: [f32; 2], o: Option<[f32; 2]>| {
            window_fit(egui::vec2(m[0], m[1]), o.map(|o| egui::vec2(o[0], o[1])))
        };
        assert_eq!(
            fit([1366.0, 768.0], Some([1280.0, 800.0])),
            WindowFit::Maximise
        );
        assert_eq!(fit([1280.0, 1024.0], None), WindowFit::Maximise);
        assert_eq!(
            fit([1920.0, 1080.0], Some([1280.0, 800.0])),
            WindowFit::Keep
        );
        assert!(matches!(
            fit([1920.0, 1080.0], Some([1920.0, 1200.0])),
            WindowFit::Resize(s) if s.x <= 1920.0 && s.y <= 1040.0
        ));
    }
}
