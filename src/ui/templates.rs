//! The Templates screen (a ward-level screen): for each document, where its
//! template comes from (built in, the office's `.txt`, the office's
//! `.docx`), "Mở trong Word", "Dùng lại mẫu có sẵn" (the office's file is
//! kept aside, with "Hoàn tác"); "Xuất mẫu ra Word để sửa" and "Kiểm tra
//! mẫu" for all of them; and the fields a template may use, from the same
//! list as `templates/HUONG-DAN.md` ([`crate::docgen::fields`]).

use super::command::Command;
use super::style;
use crate::docgen::fields::{self, Field};
use crate::docgen::papers::PAPER_TEMPLATES;
use crate::docgen::word::{self as word, SetAside};
use crate::docgen::{BUILTIN, TemplateSource, Templates, word_file_name};
use crate::model::Ward;
use crate::rules::labels;
use crate::store::Workspace;
use crate::strings::word as msg;
use eframe::egui::{self, RichText, Ui};

/// The screen's state (runtime only).
#[derive(Default)]
pub struct TemplatesState {
    /// What the last action said, and whether it failed.
    message: Option<(String, bool)>,
    /// Every error found by "Kiểm tra mẫu", when it was pressed.
    check: Option<Vec<String>>,
    /// The last "Dùng lại mẫu có sẵn", for "Hoàn tác".
    last_set_aside: Option<SetAside>,
    /// The fields list, made once (it needs the demo's context).
    fields: Option<Vec<Field>>,
    filter: String,
    /// Where each kind's template comes from, looked up on disk when the
    /// screen opens, after an action, and at most every few seconds (a
    /// template saved in Word meanwhile), not on every frame.
    sources: Option<(f64, Vec<TemplateSource>)>,
}

/// How often the screen looks again for templates changed outside the app.
const SOURCES_FRESH_SECS: f64 = 2.0;

/// One document kind as the screen lists it: its name and the built-in
/// template's file name.
fn kinds() -> Vec<(&'static str, &'static str)> {
    BUILTIN
        .iter()
        .map(|(k, file, _)| (labels::doc_kind(*k), *file))
        .chain(
            PAPER_TEMPLATES
                .iter()
                .map(|(k, file, _)| (k.label(), *file)),
        )
        .collect()
}

/// Draw the screen. `templates` is replaced by the workspace's templates
/// read again after an action changed the files; returns true then (the
/// caller drops what it made from the old ones).
pub fn show(
    ui: &mut Ui,
    st: &mut TemplatesState,
    ws: &Workspace,
    ward: &Ward,
    templates: &mut Templates,
    out: &mut Vec<Command>,
) -> bool {
    // One scroll for the whole screen: the fields list is long, the
    // window may be small.
    let changed = egui::ScrollArea::vertical()
        .id_salt("templates_screen")
        .auto_shrink([false, false])
        .show(ui, |ui| body(ui, st, ws, ward, out))
        .inner;
    if changed {
        st.sources = None;
        *templates = reload(ws, ward, st);
    }
    changed
}

fn body(
    ui: &mut Ui,
    st: &mut TemplatesState,
    ws: &Workspace,
    ward: &Ward,
    out: &mut Vec<Command>,
) -> bool {
    let mut changed = false;
    ui.heading(msg::SCREEN_TITLE);
    ui.label(msg::SCREEN_INTRO);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(msg::EXPORT)
            .on_hover_text(msg::EXPORT_HINT)
            .clicked()
        {
            st.message = Some(match word::export_templates(ws, ward) {
                Ok(r) => (
                    msg::exported(r.written.len(), r.kept.len(), &ws.templates_dir()),
                    false,
                ),
                Err(e) => (msg::export_failed(&e), true),
            });
            changed = true;
        }
        if ui
            .button(msg::CHECK)
            .on_hover_text(msg::CHECK_HINT)
            .clicked()
        {
            st.check = Some(word::check_templates(ws, ward));
            changed = true;
        }
        if ui.button(msg::OPEN_FOLDER).clicked() {
            let dir = ws.templates_dir();
            // The folder may not exist yet: make it, so there is something to open.
            let _ = crate::store::create_dir_synced(&dir);
            out.push(Command::OpenPath(dir));
        }
        ui.label(RichText::new(ws.templates_dir().display().to_string()).small());
    });
    if let Some((text, error)) = st.message.clone() {
        ui.horizontal_wrapped(|ui| {
            let color = if error {
                style::error(ui)
            } else {
                style::ok(ui)
            };
            ui.colored_label(color, text);
            if st.last_set_aside.is_some() && ui.button(msg::UNDO_SET_ASIDE).clicked() {
                if let Some(s) = st.last_set_aside.take() {
                    st.message = Some(match word::put_back(&s) {
                        Ok(()) => (msg::PUT_BACK_DONE.to_string(), false),
                        Err(e) => (msg::put_back_failed(&e), true),
                    });
                    changed = true;
                }
            }
        });
    }
    if let Some(errors) = &st.check {
        if errors.is_empty() {
            ui.colored_label(style::ok(ui), msg::check_ok(kinds().len()));
        } else {
            ui.colored_label(style::error(ui), msg::check_found(errors.len()));
            for e in errors {
                ui.colored_label(style::error(ui), format!("• {e}"));
            }
        }
    }
    ui.separator();
    changed |= kinds_list(ui, st, ws, out);
    ui.separator();
    fields_list(ui, st);
    changed
}

/// The document kinds with their source and actions.
fn kinds_list(
    ui: &mut Ui,
    st: &mut TemplatesState,
    ws: &Workspace,
    out: &mut Vec<Command>,
) -> bool {
    let mut changed = false;
    // One wrapped row per document (name, source, actions): it folds onto
    // more lines on a narrow window instead of running past its edge.
    let now = ui.input(|i| i.time);
    let kinds = kinds();
    if st
        .sources
        .as_ref()
        .is_none_or(|(at, _)| now - at > SOURCES_FRESH_SECS || now < *at)
    {
        let found = kinds
            .iter()
            .map(|(_, file)| word::source_on_disk(ws, file))
            .collect();
        st.sources = Some((now, found));
    }
    let sources = st
        .sources
        .as_ref()
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    for ((name, file), source) in kinds.into_iter().zip(sources) {
        let docx = word_file_name(file);
        let (text, shown) = match source {
            TemplateSource::Builtin => (msg::SOURCE_BUILTIN, None),
            TemplateSource::OfficeText => (msg::SOURCE_TEXT, Some(file.to_string())),
            TemplateSource::OfficeWord => (msg::SOURCE_WORD, Some(docx.clone())),
        };
        ui.horizontal_wrapped(|ui| {
            ui.strong(name);
            ui.label(msg::SOURCE_SEPARATOR);
            ui.label(text);
            if let Some(f) = shown {
                ui.label(RichText::new(msg::source_file(&f)).small());
            }
            // The actions on a line of their own, the same for every row.
            ui.end_row();
            let word_file = ws.templates_dir().join(&docx);
            let has_word = source == TemplateSource::OfficeWord;
            if ui
                .add_enabled(has_word, egui::Button::new(msg::OPEN_IN_WORD))
                .on_hover_text(msg::OPEN_IN_WORD_HINT)
                .clicked()
            {
                out.push(Command::OpenPath(word_file));
            }
            let office = source != TemplateSource::Builtin;
            if ui
                .add_enabled(office, egui::Button::new(msg::USE_BUILTIN))
                .on_hover_text(msg::USE_BUILTIN_HINT)
                .clicked()
            {
                match word::set_aside(ws, file) {
                    Ok(s) => {
                        let kept = ws.templates_dir().join(word::SET_ASIDE_DIR);
                        st.message = Some((msg::set_aside_done(name, &kept), false));
                        st.last_set_aside = Some(s);
                    }
                    Err(e) => st.message = Some((msg::set_aside_failed(name, &e), true)),
                }
                changed = true;
            }
        });
        ui.separator();
    }
    changed
}

/// The fields a template may use, with what each means and the demo's value.
fn fields_list(ui: &mut Ui, st: &mut TemplatesState) {
    let list = st
        .fields
        .get_or_insert_with(|| fields::fields(&fields::demo_context()));
    ui.heading(msg::FIELDS_HEADING);
    ui.label(msg::fields_intro(list.len()));
    ui.horizontal(|ui| {
        let label = ui.label(msg::FIELDS_FILTER);
        ui.add(egui::TextEdit::singleline(&mut st.filter).desired_width(260.0))
            .labelled_by(label.id);
    });
    let needle = crate::vi::fold(st.filter.trim());
    let shown: Vec<&Field> = list
        .iter()
        .filter(|f| {
            needle.is_empty()
                || crate::vi::fold(&f.path).contains(&needle)
                || crate::vi::fold(f.description).contains(&needle)
        })
        .collect();
    // Each field: its name and meaning (wrapped), the demo's value under
    // them, weaker.
    for f in shown {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&f.path).monospace().strong());
            ui.label(f.description);
        });
        if !f.demo.is_empty() {
            ui.indent(("field_demo", &f.path), |ui| {
                ui.label(RichText::new(&f.demo).small().weak());
            });
        }
        ui.add_space(2.0);
    }
}

/// The workspace's templates read again; a file with errors is left out
/// (its built-in is used) and its errors listed.
fn reload(ws: &Workspace, ward: &Ward, st: &mut TemplatesState) -> Templates {
    match Templates::load_all(ws) {
        Ok((t, errors)) => {
            if !errors.is_empty() {
                // Every error, not just that there are some.
                st.check = Some(word::check_templates(ws, ward));
            }
            t
        }
        Err(e) => {
            st.message = Some((e.to_string(), true));
            Templates::builtin()
        }
    }
}
