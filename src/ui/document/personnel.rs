//! Tờ trình nhân sự (the plan) and the danh sách trích ngang (the list).

use super::super::form::{Form, format_date, format_partial};
use super::super::style;
use crate::model::{Branch, MemberId, Ward};
use crate::strings::ui as msg;
use eframe::egui::{self, Ui};

pub fn plan(ui: &mut Ui, form: &mut Form<'_>, b: &mut Branch, ward: &Ward) {
    let counts = b.counts();
    let min = ward.rules.committee_min_full_members;
    ui.label(crate::rules::labels::counts_line(&counts));
    ui.label(style::guidance(&msg::elects_committee(
        counts.full >= min,
        min,
    )));
    let names: Vec<(MemberId, String)> = b
        .members
        .iter()
        .map(|m| (m.id, m.full_name.clone()))
        .collect();
    let b_id = b.id.clone();
    let p = &mut b.drafts.personnel;
    let size = ui.horizontal(|ui| {
        let label = ui.label(msg::PP_SIZE);
        ui.add(egui::DragValue::new(&mut p.committee_size).range(0..=ward.rules.committee_max_size))
            .labelled_by(label.id)
    });
    form.finish(ui, "drafts.personnel.committee_size", &size.inner);
    if let Some((id, size)) = &form.state.prefilled {
        if *id == b_id && *size == p.committee_size {
            ui.label(style::guidance(&msg::pp_size_prefilled(*size)));
        }
    }
    ui.label(style::guidance(msg::PP_SIZE_HELP));
    if p.committee_size > 0 {
        let title = ui.label(style::strong(msg::PP_CANDIDATES));
        ui.label(style::guidance(msg::PP_CANDIDATES_HELP));
        ui.label(msg::candidate_summary(
            p.committee_candidates.len(),
            p.committee_size,
        ));
        nominee_picker(ui, &mut form.state.nominee_search, &names, p);
        // The list's problems under it: a note that appears with the first
        // tick never moves the list under the pointer.
        form.finish(ui, "drafts.personnel.committee_candidates", &title);
    }
    member_choice(
        ui,
        form,
        "drafts.personnel.secretary_candidate",
        msg::PP_SECRETARY,
        &names,
        &mut p.secretary_candidate,
    );
    ui.checkbox(&mut p.elect_deputy, msg::PP_ELECT_DEPUTY);
    if p.elect_deputy {
        member_choice(
            ui,
            form,
            "drafts.personnel.deputy_candidate",
            msg::PP_DEPUTY,
            &names,
            &mut p.deputy_candidate,
        );
    }
    // After the lists: a note that appears here (an empty section once the
    // plan is started) moves nothing the user is clicking above.
    form.section(
        ui,
        "drafts.personnel.structure",
        msg::PP_STRUCTURE,
        msg::PP_STRUCTURE_HELP,
        &mut p.structure,
    );
    form.line_hint(
        ui,
        "drafts.personnel.approval_ref",
        msg::PP_APPROVAL,
        msg::PP_APPROVAL_HINT,
        &mut p.approval_ref,
    );
    ui.separator();
    crate::ui::election::structure_table(ui, ward, b);
}

/// The members to tick as nominees: a search box (without diacritics
/// too) and a list as tall as the members need, up to most of the window.
fn nominee_picker(
    ui: &mut Ui,
    search: &mut String,
    names: &[(MemberId, String)],
    p: &mut crate::model::PersonnelPlan,
) {
    let resp = ui.add(
        egui::TextEdit::singleline(search)
            .hint_text(msg::PP_SEARCH)
            .desired_width(320.0),
    );
    super::super::form::name_widget(&resp, egui::Role::SearchInput, msg::PP_SEARCH);
    let needle = crate::vi::fold(search.trim());
    let shown: Vec<&(MemberId, String)> = names
        .iter()
        .filter(|(_, n)| needle.is_empty() || crate::vi::fold(n).contains(&needle))
        .collect();
    let row_h = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    let room = ui.ctx().content_rect().height() * 0.6;
    let height = (names.len() as f32 * row_h).min(room).max(6.0 * row_h);
    // The same height whatever the search shows: nothing below moves.
    egui::ScrollArea::vertical()
        .id_salt("candidates")
        .min_scrolled_height(height)
        .max_height(height)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if shown.is_empty() {
                ui.label(msg::pp_no_match(search.trim()));
            }
            for (id, name) in shown {
                let mut on = p.committee_candidates.contains(id);
                if ui.checkbox(&mut on, name).changed() {
                    if on {
                        p.committee_candidates.push(*id);
                    } else {
                        p.committee_candidates.retain(|c| c != id);
                    }
                }
            }
        });
}

fn member_choice(
    ui: &mut Ui,
    form: &mut Form<'_>,
    path: &str,
    label: &str,
    names: &[(MemberId, String)],
    value: &mut Option<MemberId>,
) {
    let combo = ui.horizontal(|ui| {
        ui.label(label);
        let shown = value
            .and_then(|id| names.iter().find(|(m, _)| *m == id))
            .map(|(_, n)| n.as_str())
            .unwrap_or(msg::NOBODY);
        egui::ComboBox::from_id_salt(path)
            .selected_text(shown)
            .width(260.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(value, None, msg::NOBODY);
                for (id, name) in names {
                    ui.selectable_value(value, Some(*id), name);
                }
            })
            .response
    });
    // The field's problem under it, wrapped to the form's width (never
    // across the preview beside it).
    form.finish(ui, path, &combo.inner);
}

/// The danh sách trích ngang as it will be printed, with what is missing.
pub fn list(ui: &mut Ui, b: &Branch) {
    ui.label(style::guidance(msg::PL_INTRO));
    let p = &b.drafts.personnel;
    let ids: Vec<MemberId> = p.nominees();
    if ids.is_empty() {
        ui.label(msg::PL_EMPTY);
        return;
    }
    egui::Grid::new("personnel_list")
        .num_columns(6)
        .striped(true)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            for h in [
                msg::COL_NO,
                msg::COL_NAME,
                msg::COL_BIRTH,
                msg::COL_JOINED,
                msg::POSTS,
                "",
            ] {
                ui.label(style::strong(h));
            }
            ui.end_row();
            for (i, id) in ids.iter().enumerate() {
                let Some(m) = b.member(*id) else {
                    continue;
                };
                ui.label((i + 1).to_string());
                ui.label(&m.full_name);
                ui.label(m.birth.map(format_partial).unwrap_or_default());
                ui.label(m.joined.map(format_date).unwrap_or_default());
                ui.label(m.posts.as_str());
                let mut missing = Vec::new();
                for (empty, name) in [
                    (m.birth.is_none(), msg::COL_BIRTH),
                    (m.hometown.trim().is_empty(), msg::HOMETOWN),
                    (m.education.trim().is_empty(), msg::EDUCATION),
                    (m.professional.trim().is_empty(), msg::PROFESSIONAL),
                    (m.political_theory.trim().is_empty(), msg::POLITICAL_THEORY),
                    (m.joined.is_none(), msg::COL_JOINED),
                    (m.is_full() && m.official.is_none(), msg::COL_OFFICIAL),
                ] {
                    if empty {
                        missing.push(name);
                    }
                }
                if missing.is_empty() {
                    ui.colored_label(style::ok(ui), msg::PL_COMPLETE);
                } else {
                    ui.colored_label(style::warning(ui), msg::pl_missing(&missing.join(", ")));
                }
                ui.end_row();
            }
        });
}
