//! Field widgets shared by the screens: text that is kept in NFC as it is
//! typed, dates typed as "dd/mm/yyyy" with inline messages, and the link
//! between a field path (`congress.date`) and the problems panel.

use super::style;
use crate::model::{Date, PartialDate, SharedText, ymd};
use crate::rules::Problem;
use crate::strings::ui as msg;
use eframe::egui::{self, Response, TextEdit, Ui};
use std::collections::HashMap;
use unicode_normalization::{UnicodeNormalization, is_nfc};

/// UI-only state of the forms (never saved with the data).
#[derive(Debug, Default)]
pub struct FormState {
    /// A field to focus and scroll to on the next frame (from the problems panel).
    pub focus: Option<String>,
    /// Date texts being typed that are not (yet) valid dates, by field path.
    pub dates: HashMap<String, String>,
    /// The member whose row is highlighted on the members screen.
    pub member: Option<crate::model::MemberId>,
    /// Members added in this visit of the screen: their fields' problems
    /// wait until the user has left the field (a new row shows no error
    /// before anything is typed).
    pub fresh: std::collections::HashSet<crate::model::MemberId>,
    /// Fields the user has left (lost the focus) since the screen opened.
    pub left: std::collections::HashSet<String>,
    /// The members table's column group.
    pub member_columns: super::member_columns::ColumnGroup,
    /// The committee size filled in for a branch (id, size), to say so.
    pub prefilled: Option<(String, u32)>,
    /// The search text of the nominee picker.
    pub nominee_search: String,
}

impl FormState {
    /// Whether the problems of `field` wait (a fresh member's field the
    /// user has not left yet).
    pub fn waits(&self, field: &crate::rules::Field) -> bool {
        field
            .member()
            .is_some_and(|id| self.fresh.contains(&id) && !self.left.contains(&field.to_string()))
    }

    /// Forget the fresh rows (another branch or screen).
    pub fn forget_fresh(&mut self) {
        self.fresh.clear();
        self.left.clear();
    }
}

/// What a screen needs to draw fields.
pub struct Form<'a> {
    pub state: &'a mut FormState,
    pub problems: &'a [Problem],
}

pub fn field_id(path: &str) -> egui::Id {
    egui::Id::unique(("field", path))
}

impl Form<'_> {
    /// A labelled one-line text field.
    pub fn line(&mut self, ui: &mut Ui, path: &str, label: &str, value: &mut String) -> Response {
        self.line_hint(ui, path, label, "", value)
    }

    pub fn line_hint(
        &mut self,
        ui: &mut Ui,
        path: &str,
        label: &str,
        hint: &str,
        value: &mut String,
    ) -> Response {
        let label = ui.label(label);
        let resp = nfc_edit(ui, path, value, |v| {
            TextEdit::singleline(v)
                .hint_text(hint)
                .desired_width(f32::INFINITY)
        })
        .labelled_by(label.id);
        self.finish(ui, path, &resp);
        resp
    }

    /// A titled multi-line section with its guidance.
    pub fn section(
        &mut self,
        ui: &mut Ui,
        path: &str,
        title: &str,
        guidance: &str,
        value: &mut String,
    ) -> Response {
        let label = ui.label(style::strong(title));
        if !guidance.is_empty() {
            ui.label(style::guidance(guidance));
        }
        let resp = nfc_edit(ui, path, value, |v| {
            TextEdit::multiline(v)
                .desired_rows(4)
                .desired_width(f32::INFINITY)
        })
        .labelled_by(label.id);
        self.finish(ui, path, &resp);
        ui.add_space(8.0);
        resp
    }

    /// A bare one-line cell (tables); `label` names it for screen readers and tests.
    pub fn cell(&mut self, ui: &mut Ui, path: &str, label: &str, value: &mut String) -> Response {
        let resp = nfc_edit(ui, path, value, |v| {
            TextEdit::singleline(v).desired_width(f32::INFINITY)
        });
        resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
        self.finish_cell(ui, path, &resp);
        resp
    }

    /// [`Form::line`] for a text many members share (quê quán, trình độ).
    pub fn shared_line(
        &mut self,
        ui: &mut Ui,
        path: &str,
        label: &str,
        value: &mut SharedText,
    ) -> Response {
        edit_shared(value, |text| self.line(ui, path, label, text))
    }

    /// [`Form::cell`] for a text many members share (dân tộc).
    pub fn shared_cell(
        &mut self,
        ui: &mut Ui,
        path: &str,
        label: &str,
        value: &mut SharedText,
    ) -> Response {
        edit_shared(value, |text| self.cell(ui, path, label, text))
    }

    /// A date typed as "dd/mm/yyyy". While the text is not a valid date the
    /// model keeps its old value and a message says what to type.
    pub fn date(
        &mut self,
        ui: &mut Ui,
        path: &str,
        label: &str,
        value: &mut Option<Date>,
    ) -> Response {
        let label_resp = ui.label(label);
        let (resp, error) = self.date_field(ui, path, value);
        if let Some(e) = error {
            ui.colored_label(style::error(ui), e);
        }
        resp.labelled_by(label_resp.id)
    }

    /// A date field without label; returns the message when the text is invalid.
    pub fn date_field(
        &mut self,
        ui: &mut Ui,
        path: &str,
        value: &mut Option<Date>,
    ) -> (Response, Option<String>) {
        let shown = value.map(format_date).unwrap_or_default();
        self.date_text(
            ui,
            path,
            shown,
            optional(parse_date),
            value,
            msg::date_invalid,
        )
    }

    /// A birth date field (full date or year only) without label.
    pub fn birth_field(
        &mut self,
        ui: &mut Ui,
        path: &str,
        value: &mut Option<PartialDate>,
    ) -> (Response, Option<String>) {
        let shown = value.map(format_partial).unwrap_or_default();
        self.date_text(
            ui,
            path,
            shown,
            optional(parse_partial),
            value,
            msg::birth_invalid,
        )
    }

    fn date_text<T: PartialEq + Copy>(
        &mut self,
        ui: &mut Ui,
        path: &str,
        shown: String,
        parse: impl Fn(&str) -> Option<T>,
        value: &mut T,
        invalid: fn(&str) -> String,
    ) -> (Response, Option<String>) {
        let mut text = self.state.dates.get(path).cloned().unwrap_or(shown);
        let resp = nfc_edit(ui, path, &mut text, |v| {
            // The hint in small type: "ngày/tháng/năm" whole in the
            // members table's date columns.
            TextEdit::singleline(v)
                .hint_text(egui::RichText::new(msg::DATE_HINT).small())
                .desired_width(110.0)
        });
        if resp.changed() {
            match parse(&text) {
                Some(v) => {
                    if *value != v {
                        *value = v;
                    }
                    // Keep what the user typed while the field has focus.
                    self.state.dates.insert(path.to_string(), text.clone());
                }
                None => {
                    self.state.dates.insert(path.to_string(), text.clone());
                }
            }
        }
        let mut error = None;
        if let Some(t) = self.state.dates.get(path) {
            if parse(t).is_none() {
                // Said once the user has left the field, not while typing.
                if !resp.has_focus() {
                    error = Some(invalid(t));
                }
            } else if !resp.has_focus() {
                self.state.dates.remove(path);
            }
        }
        self.finish_cell(ui, path, &resp);
        (resp, error)
    }

    /// Focus on request; the field's own problems under it. Screens call it
    /// for widgets that are not made here (numbers, choices).
    pub fn finish(&mut self, ui: &mut Ui, path: &str, resp: &Response) {
        self.take_focus(path, resp);
        for p in self.problems.iter().filter(|p| p.field == path) {
            let color = style::severity_color(ui, p.severity);
            ui.colored_label(color, &p.message);
        }
    }

    /// Focus on request; a red frame and a hover message for table cells.
    fn finish_cell(&mut self, ui: &mut Ui, path: &str, resp: &Response) {
        self.take_focus(path, resp);
        let mine: Vec<&Problem> = self.problems.iter().filter(|p| p.field == path).collect();
        if let Some(worst) = mine.iter().map(|p| p.severity).min() {
            let color = style::severity_color(ui, worst);
            ui.painter().rect_stroke(
                resp.rect.expand(1.0),
                2.0,
                egui::Stroke::new(1.5, color),
                egui::StrokeKind::Outside,
            );
            let text: Vec<&str> = mine.iter().map(|p| p.message.as_str()).collect();
            resp.clone().on_hover_text(text.join("\n"));
        }
    }

    fn take_focus(&mut self, path: &str, resp: &Response) {
        if resp.lost_focus() && !self.state.left.contains(path) {
            self.state.left.insert(path.to_string());
        }
        if self
            .state
            .focus
            .as_ref()
            .is_some_and(|f| field_id(f) == resp.id)
        {
            resp.request_focus();
            resp.scroll_to_me(Some(egui::Align::Center));
            self.state.focus = None;
        }
    }
}

/// Edit a shared text as a `String` of its own: the value keeps pointing at
/// the shared copy until the text is changed.
fn edit_shared(value: &mut SharedText, edit: impl FnOnce(&mut String) -> Response) -> Response {
    let mut text = value.to_string();
    let resp = edit(&mut text);
    if *value != text {
        *value = SharedText::unshared(text);
    }
    resp
}

/// Show a TextEdit with the id of `path`; after a change, bring the text to
/// NFC (decomposed input from some Vietnamese keyboards) and keep the cursor
/// after the same characters.
pub fn nfc_edit(
    ui: &mut Ui,
    path: &str,
    value: &mut String,
    make: impl FnOnce(&mut String) -> TextEdit<'_>,
) -> Response {
    let id = field_id(path);
    let output = make(value).id(id).show(ui);
    let resp = output.response.response.clone();
    if resp.changed() && !is_nfc(value) {
        let cursor = output.cursor_range.map(|r| r.primary.index.0);
        let new_cursor = cursor.map(|c| value.chars().take(c).nfc().count());
        *value = value.nfc().collect();
        if let Some(c) = new_cursor {
            let mut state = output.state;
            state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::one(
                    egui::text::CCursor::new(c),
                )));
            state.store(ui.ctx(), id);
        }
    }
    resp
}

pub fn format_date(d: Date) -> String {
    crate::vi::format::short_date(d)
}

pub fn format_partial(d: PartialDate) -> String {
    match d {
        PartialDate::Full(d) => format_date(d),
        PartialDate::Year(y) => y.to_string(),
    }
}

/// Empty text means "no date"; otherwise `parse` must accept it.
fn optional<T>(parse: fn(&str) -> Option<T>) -> impl Fn(&str) -> Option<Option<T>> {
    move |text| {
        if text.trim().is_empty() {
            Some(None)
        } else {
            parse(text).map(Some)
        }
    }
}

/// Name a widget for screen readers and tests ("Dòng 3, Ngày sinh").
pub fn name_widget(resp: &Response, role: egui::Role, label: &str) {
    resp.widget_info(|| egui::WidgetInfo::labeled(role, true, label));
}

/// "5/8/2026", "05-08-2026", "05.08.2026" → the date; anything else → None.
pub fn parse_date(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.trim().split(['/', '-', '.']).map(str::trim).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let (d, m, y): (u8, u8, i32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    if !(1900..=2100).contains(&y) {
        return None;
    }
    ymd(y, m, d)
}

/// A full date or a year alone ("1948").
pub fn parse_partial(text: &str) -> Option<PartialDate> {
    let t = text.trim();
    if t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) {
        let y: i32 = t.parse().ok()?;
        return (1900..=2100).contains(&y).then_some(PartialDate::Year(y));
    }
    parse_date(t).map(PartialDate::Full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_in_vietnamese_order() {
        assert_eq!(parse_date("05/08/2026"), ymd(2026, 8, 5));
        assert_eq!(parse_date("5-8-2026"), ymd(2026, 8, 5));
        assert_eq!(parse_date("31/02/2026"), None);
        assert_eq!(parse_date("2026-08-05"), None);
        assert_eq!(parse_date("hôm qua"), None);
        assert_eq!(parse_partial("1948"), Some(PartialDate::Year(1948)));
        assert_eq!(parse_partial("1/7/1948").map(|d| d.year()), Some(1948));
        assert_eq!(parse_partial("19480"), None);
        assert_eq!(format_partial(PartialDate::Year(1948)), "1948");
    }
}
