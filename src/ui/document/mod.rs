//! The guided form of one document: status, the branch facts it uses,
//! sections with guidance, tables.

mod agenda;
mod personnel;
mod political_report;
mod resolution;
mod self_criticism;
mod targets;

use super::Screen;
use super::command::Command;
use super::form::{Form, format_date};
use super::style;
use crate::model::{Branch, DocKind, DocState, Ward};
use crate::rules::labels;
use crate::strings::ui as msg;
use eframe::egui::{self, Ui};

pub fn show(
    ui: &mut Ui,
    form: &mut Form<'_>,
    b: &mut Branch,
    ward: &Ward,
    kind: DocKind,
    out: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui.button(msg::BACK_TO_CHECKLIST).clicked() {
            out.push(Command::Show(Screen::Checklist));
        }
        ui.heading(labels::doc_kind(kind));
        state_combo(ui, b, kind);
        number_field(ui, b, kind);
        if !crate::import::word_draft::Section::of(kind).is_empty()
            && ui
                .button(crate::strings::word::IMPORT_OPEN)
                .on_hover_text(crate::strings::word::IMPORT_OPEN_HINT)
                .clicked()
        {
            out.push(Command::OpenWordImport(kind));
        }
    });
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(msg::FACTS_IN_DOC).small());
        if ui.small_button(msg::EDIT_FACTS).clicked() {
            out.push(Command::Show(Screen::Facts));
        }
    });
    ui.label(facts_line(b));
    ui.separator();
    // The bar always there: the form keeps its width when it grows past
    // the window (a text that wraps differently would move what is below).
    egui::ScrollArea::vertical()
        .id_salt(("doc_form", kind))
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(900.0));
            match kind {
                DocKind::PoliticalReport => political_report::show(ui, form, b, ward),
                DocKind::SelfCriticism => self_criticism::show(ui, form, b, ward),
                DocKind::Resolution => resolution::show(ui, form, b),
                DocKind::PersonnelPlan => personnel::plan(ui, form, b, ward),
                DocKind::PersonnelList => personnel::list(ui, b),
                DocKind::Agenda => agenda::show(ui, b),
            }
        });
}

/// "Chi bộ Thôn An Phú · nhiệm kỳ 2027 - 2030 · ngày đại hội: … · địa điểm: …".
pub fn facts_line(b: &Branch) -> String {
    let (date, place) = date_and_place(b);
    msg::facts_summary(&b.name, &b.congress.term_label(), &date, &place)
}

/// The congress date and place as shown in forms, "(chưa nhập)" when missing.
fn date_and_place(b: &Branch) -> (String, String) {
    let date = b
        .congress
        .date
        .map(format_date)
        .unwrap_or_else(|| msg::NOT_SET.to_string());
    let place = if b.congress.place.trim().is_empty() {
        msg::NOT_SET.to_string()
    } else {
        b.congress.place.clone()
    };
    (date, place)
}

/// A part heading inside a form.
fn part(ui: &mut Ui, title: &str) {
    ui.add_space(6.0);
    ui.label(style::strong(title).size(style::BODY + 2.0));
    ui.add_space(2.0);
}

/// The status of one document as a choice (the app records the day it
/// changed when it takes the edit).
/// The number given to the document when it is signed ("Số 07-BC/CB");
/// empty leaves the blank for the office (issue 11, DOMAIN.md "Numbers").
/// Remembered per document in the branch file.
fn number_field(ui: &mut Ui, b: &mut Branch, kind: DocKind) {
    let status = b.checklist.get_mut(kind);
    let mut text = status
        .number
        .map(crate::vi::format::running_number)
        .unwrap_or_default();
    let label = ui.label(msg::DOC_NUMBER);
    // As wide as its hint, which is read whole (24: the field's margins
    // and the text cursor, with room to spare).
    let hint = ui
        .painter()
        .layout_no_wrap(
            msg::DOC_NUMBER_HINT.into(),
            egui::TextStyle::Body.resolve(ui.style()),
            egui::Color32::PLACEHOLDER,
        )
        .size()
        .x;
    let resp = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .id_salt(("doc_number", kind))
                .hint_text(msg::DOC_NUMBER_HINT)
                .desired_width(hint + 24.0),
        )
        .labelled_by(label.id);
    if resp.changed() {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        status.number = match digits.trim_start_matches('0') {
            "" => None,
            d => d
                .parse::<u32>()
                .ok()
                .filter(|n| *n <= 9999)
                .or(status.number),
        };
    }
}

pub fn state_combo(ui: &mut Ui, b: &mut Branch, kind: DocKind) {
    let status = b.checklist.get_mut(kind);
    let before = status.state;
    let color = match before {
        DocState::NotStarted => ui.visuals().weak_text_color(),
        DocState::Drafting => style::warning(ui),
        DocState::Done | DocState::Approved => style::ok(ui),
    };
    let label = format!("{} — {}", msg::STATUS, labels::doc_kind(kind));
    let combo = egui::ComboBox::from_id_salt(("doc_state", kind))
        .selected_text(egui::RichText::new(labels::doc_state(before)).color(color))
        .width(150.0)
        .show_ui(ui, |ui| {
            for s in [
                DocState::NotStarted,
                DocState::Drafting,
                DocState::Done,
                DocState::Approved,
            ] {
                ui.selectable_value(&mut status.state, s, labels::doc_state(s));
            }
        });
    combo
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
}
