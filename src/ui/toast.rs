//! The notice (what just happened, or what failed) as a toast over the
//! window's bottom-right corner: it never moves the layout. A message that
//! went well fades after [`SHOW_SECONDS`]; a failure stays until closed.

use super::style;
use crate::strings::ui as msg;
use eframe::egui::{self, Ui};

/// A short message (what just happened, or what failed), shown as a toast.
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

/// Draw the toast of `notice`, if any; "Đóng" clears it.
pub fn show(ui: &Ui, notice: &mut Option<Notice>, t: &mut Toast, now: f64) {
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
    let width = (ui.ctx().content_rect().width() * 0.4).clamp(240.0, 480.0);
    egui::Area::new(egui::Id::unique("daihoi_toast"))
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -16.0))
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(width);
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
            });
        });
    if close {
        *notice = None;
        t.shown = None;
    }
}
