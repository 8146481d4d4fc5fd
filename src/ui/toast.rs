//! The notice (what just happened, or what failed) in a bar of its own at
//! the window's bottom, below everything else: its space is always there, so
//! a notice neither moves the layout nor covers anything (the problems
//! panel, a table's last row). A message that went well fades after
//! [`SHOW_SECONDS`]; a failure stays until closed.

use super::style;
use crate::strings::ui as msg;
use eframe::egui::{self, Ui};

/// A short message (what just happened, or what failed), shown in the
/// notice bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

/// How long a message that went well stays.
pub const SHOW_SECONDS: f64 = 8.0;

/// Which notice is on show, and since when.
#[derive(Debug, Default)]
pub struct Toast {
    shown: Option<(String, f64)>,
}

impl Toast {
    /// Whether `notice` is still on show at `now` (tests).
    pub fn visible(&self, notice: &Notice, now: f64) -> bool {
        notice.error
            || self
                .shown
                .as_ref()
                .is_none_or(|(text, since)| text != &notice.text || now - since < SHOW_SECONDS)
    }
}

/// The notice bar, with the toast of `notice` if any ("Ẩn" clears it). Call
/// before the side and bottom panels, so that it spans the window's width
/// under them.
pub fn show(ui: &mut Ui, notice: &mut Option<Notice>, t: &mut Toast, now: f64) {
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let pad = ui.spacing().button_padding.y;
    egui::Panel::bottom("notice_bar")
        .resizable(false)
        .min_size(line + 2.0 * pad + 6.0)
        .show(ui, |ui| {
            ui.add_space(3.0);
            toast(ui, notice, t, now);
        });
}

fn toast(ui: &mut Ui, notice: &mut Option<Notice>, t: &mut Toast, now: f64) {
    let Some(n) = notice.as_ref() else {
        t.shown = None;
        return;
    };
    if t.shown.as_ref().is_none_or(|(text, _)| text != &n.text) {
        t.shown = Some((n.text.clone(), now));
    }
    if !t.visible(n, now) {
        return;
    }
    if !n.error {
        let since = t.shown.as_ref().map_or(now, |s| s.1);
        let left = (SHOW_SECONDS - (now - since)).max(0.0) + 0.05;
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(left));
    }
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.small_button(msg::TOAST_HIDE).clicked() {
            close = true;
        }
        let color = if n.error {
            style::error(ui)
        } else {
            style::ok(ui)
        };
        ui.add(egui::Label::new(egui::RichText::new(&n.text).color(color)).wrap());
    });
    if close {
        *notice = None;
        t.shown = None;
    }
}
