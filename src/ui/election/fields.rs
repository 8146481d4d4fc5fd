//! Small widgets of the counting screen.

use crate::strings::election as msg;
use eframe::egui::{self, Response, TextEdit, Ui};

/// Name a widget for screen readers and tests.
pub fn name(resp: &Response, role: egui::Role, label: &str) {
    let label = label.to_owned();
    resp.widget_info(move || egui::WidgetInfo::labeled(role, true, &label));
}

/// A whole-number field. While focused, what is typed is kept as text; the
/// value changes only when the text is a number (empty counts as 0), and a
/// note says when it is not.
pub fn count(
    ui: &mut Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    value: &mut u32,
) -> Response {
    let id = ui.make_persistent_id(salt);
    let buffer = id.with("text");
    let mut text: String = ui
        .data_mut(|d| d.get_temp::<String>(buffer))
        .unwrap_or_else(|| value.to_string());
    let resp = ui.add(TextEdit::singleline(&mut text).id(id).desired_width(56.0));
    name(&resp, egui::Role::TextInput, label);
    let trimmed = text.trim();
    let parsed = if trimmed.is_empty() {
        Some(0)
    } else {
        trimmed.parse::<u32>().ok()
    };
    if resp.changed() {
        if let Some(v) = parsed {
            *value = v;
        }
    }
    if resp.has_focus() {
        ui.data_mut(|d| d.insert_temp(buffer, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(buffer));
    }
    if parsed.is_none() {
        ui.colored_label(ui.visuals().error_fg_color, msg::NOT_A_NUMBER);
    }
    resp
}
