//! The members table with inline validation and the counts that follow.

use super::form::{Form, name_widget};
use super::rows;
use super::style;
use crate::model::{
    Attendance, Branch, CommitteeRole, Gender, Member, MemberId, MemberStatus, Standing,
};
use crate::rules::Problem;
use crate::strings::{labels, ui as msg};
use eframe::egui::{self, Role, Ui};
use egui_extras::{Column, TableBuilder};

pub fn show(ui: &mut Ui, form: &mut Form<'_>, b: &mut Branch) {
    ui.horizontal(|ui| {
        ui.heading(msg::SCREEN_MEMBERS);
        if ui.button(msg::ADD_MEMBER).clicked() {
            let id = b.add_member(Member::default());
            form.state.member = Some(id);
            form.state.focus = Some(format!("members[id={id}].full_name"));
        }
    });
    ui.label(msg::counts_line(&b.counts()));
    if b.members.is_empty() {
        ui.add_space(20.0);
        ui.label(msg::NO_MEMBERS_YET);
        return;
    }
    let scroll_to = form
        .state
        .focus
        .as_deref()
        .and_then(super::nav::member_in_field)
        .and_then(|id| b.members.iter().position(|m| m.id == id));
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 10.0;
    let details_h = if form.state.member.is_some() {
        260.0
    } else {
        60.0
    };
    let table_h = (ui.available_height() - details_h).max(160.0);
    let mut action = None;
    let mut errors: Vec<String> = Vec::new();
    let selected = form.state.member;
    let mut clicked_row: Option<MemberId> = None;
    egui::ScrollArea::horizontal()
        .id_salt("members_hscroll")
        .show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            let mut table = TableBuilder::new(ui)
                .striped(true)
                .resizable(true)
                .max_scroll_height(table_h)
                .column(Column::exact(44.0))
                .column(Column::initial(200.0).at_least(140.0))
                .column(Column::initial(110.0))
                .column(Column::initial(80.0))
                .column(Column::initial(80.0))
                .column(Column::initial(110.0))
                .column(Column::initial(110.0))
                .column(Column::initial(130.0))
                .column(Column::initial(70.0))
                .column(Column::initial(150.0))
                .column(Column::initial(130.0))
                .column(Column::initial(80.0))
                .column(Column::initial(150.0));
            if let Some(row) = scroll_to {
                table = table.scroll_to_row(row, Some(egui::Align::Center));
            }
            table
                .header(row_h, |mut h| {
                    for title in [
                        msg::COL_NO,
                        msg::COL_NAME,
                        msg::COL_BIRTH,
                        msg::COL_GENDER,
                        msg::COL_ETHNICITY,
                        msg::COL_JOINED,
                        msg::COL_OFFICIAL,
                        msg::COL_STATUS,
                        msg::COL_EXEMPTED,
                        msg::COL_STANDING,
                        msg::COL_ROLE,
                        msg::COL_PRESENT,
                        msg::COL_ACTIONS,
                    ] {
                        h.col(|ui| {
                            ui.label(style::strong(title));
                        });
                    }
                })
                .body(|body| {
                    let count = b.members.len();
                    body.rows(row_h, count, |mut row| {
                        let i = row.index();
                        let Some(m) = b.members.get_mut(i) else {
                            return;
                        };
                        let n = i + 1;
                        let path = |f: &str| format!("members[id={}].{f}", m.id);
                        row.set_selected(selected == Some(m.id));
                        let mine: Vec<&Problem> = form
                            .problems
                            .iter()
                            .filter(|p| p.field.member() == Some(m.id))
                            .collect();
                        row.col(|ui| {
                            let mut text = egui::RichText::new(n.to_string());
                            if let Some(worst) = mine.iter().map(|p| p.severity).min() {
                                text = text.color(style::severity_color(ui, worst));
                            }
                            let mut resp = ui.selectable_label(selected == Some(m.id), text);
                            if !mine.is_empty() {
                                let lines: Vec<&str> =
                                    mine.iter().map(|p| p.message.as_str()).collect();
                                resp = resp.on_hover_text(lines.join("\n"));
                            }
                            if resp.clicked() {
                                clicked_row = Some(m.id);
                            }
                        });
                        row.col(|ui| {
                            form.cell(
                                ui,
                                &path("full_name"),
                                &msg::row_label(n, msg::COL_NAME),
                                &mut m.full_name,
                            );
                        });
                        row.col(|ui| {
                            let (resp, e) = form.birth_field(ui, &path("birth"), &mut m.birth);
                            name_widget(&resp, Role::TextInput, &msg::row_label(n, msg::COL_BIRTH));
                            errors.extend(e.map(|e| msg::row_error(n, msg::COL_BIRTH, &e)));
                        });
                        row.col(|ui| {
                            let label = msg::row_label(n, msg::COL_GENDER);
                            choice(
                                ui,
                                &path("gender"),
                                &label,
                                &mut m.gender,
                                &[Gender::Male, Gender::Female],
                                labels::gender,
                            );
                        });
                        row.col(|ui| {
                            form.cell(
                                ui,
                                &path("ethnicity"),
                                &msg::row_label(n, msg::COL_ETHNICITY),
                                &mut m.ethnicity,
                            );
                        });
                        for (field, column, value) in [
                            ("joined", msg::COL_JOINED, &mut m.joined),
                            ("official", msg::COL_OFFICIAL, &mut m.official),
                        ] {
                            row.col(|ui| {
                                let (resp, e) = form.date_field(ui, &path(field), value);
                                name_widget(&resp, Role::TextInput, &msg::row_label(n, column));
                                errors.extend(e.map(|e| msg::row_error(n, column, &e)));
                            });
                        }
                        row.col(|ui| {
                            let label = msg::row_label(n, msg::COL_STATUS);
                            let options = [MemberStatus::Full, MemberStatus::Probationary];
                            choice(
                                ui,
                                &path("status"),
                                &label,
                                &mut m.status,
                                &options,
                                labels::member_status,
                            );
                        });
                        row.col(|ui| {
                            let resp = ui.checkbox(&mut m.exempted, "");
                            name_widget(
                                &resp,
                                Role::CheckBox,
                                &msg::row_label(n, msg::COL_EXEMPTED),
                            );
                        });
                        row.col(|ui| {
                            let label = msg::row_label(n, msg::COL_STANDING);
                            let options = [
                                Standing::Active,
                                Standing::TemporaryTransfer,
                                Standing::Suspended,
                                Standing::Detained,
                            ];
                            choice(
                                ui,
                                &path("standing"),
                                &label,
                                &mut m.standing,
                                &options,
                                labels::standing,
                            );
                        });
                        row.col(|ui| {
                            let label = msg::row_label(n, msg::COL_ROLE);
                            let options = [
                                CommitteeRole::None,
                                CommitteeRole::Member,
                                CommitteeRole::Deputy,
                                CommitteeRole::Secretary,
                            ];
                            choice(
                                ui,
                                &path("outgoing_role"),
                                &label,
                                &mut m.outgoing_role,
                                &options,
                                labels::committee_role,
                            );
                        });
                        row.col(|ui| {
                            let mut present = m.is_present();
                            if ui.checkbox(&mut present, "").changed() {
                                m.attendance = if present {
                                    Attendance::Present
                                } else {
                                    Attendance::NotRecorded
                                };
                            }
                        });
                        row.col(|ui| {
                            if let Some(a) = rows::buttons(ui, i) {
                                action = Some(a);
                            }
                        });
                    });
                });
        });
    if let Some(id) = clicked_row {
        form.state.member = if selected == Some(id) { None } else { Some(id) };
    }
    if let Some(gone) = rows::apply(&mut b.members, action) {
        if form.state.member == Some(gone.id) {
            form.state.member = None;
        }
    }
    for e in &errors {
        ui.colored_label(style::error(ui), e);
    }
    ui.separator();
    details(ui, form, b);
}

/// A drop-down choice among `options`, named `label`.
fn choice<T: Copy + PartialEq>(
    ui: &mut Ui,
    salt: &str,
    label: &str,
    value: &mut T,
    options: &[T],
    name: fn(T) -> &'static str,
) {
    let combo = egui::ComboBox::from_id_salt(salt)
        .selected_text(name(*value))
        .show_ui(ui, |ui| {
            for &o in options {
                ui.selectable_value(value, o, name(o));
            }
        });
    name_widget(&combo.response, Role::ComboBox, label);
}

/// The selected member's other fields.
fn details(ui: &mut Ui, form: &mut Form<'_>, b: &mut Branch) {
    let Some(m) = form.state.member.and_then(|id| b.member_mut(id)) else {
        ui.label(style::guidance(msg::SELECT_MEMBER_HINT));
        return;
    };
    ui.label(style::strong(format!(
        "{}: {}",
        msg::MEMBER_DETAILS,
        m.full_name
    )));
    let p = |f: &str| format!("members[id={}].{f}", m.id);
    let (hometown, education, professional, theory, posts) = (
        p("hometown"),
        p("education"),
        p("professional"),
        p("political_theory"),
        p("posts"),
    );
    let reason_path = p("attendance");
    egui::ScrollArea::vertical()
        .id_salt("member_details")
        .show(ui, |ui| {
            ui.columns(2, |cols| {
                form.line(&mut cols[0], &hometown, msg::HOMETOWN, &mut m.hometown);
                form.line(&mut cols[0], &education, msg::EDUCATION, &mut m.education);
                form.line(
                    &mut cols[0],
                    &professional,
                    msg::PROFESSIONAL,
                    &mut m.professional,
                );
                form.line(
                    &mut cols[1],
                    &theory,
                    msg::POLITICAL_THEORY,
                    &mut m.political_theory,
                );
                form.line(&mut cols[1], &posts, msg::POSTS, &mut m.posts);
                cols[1].checkbox(&mut m.village_head, msg::VILLAGE_HEAD);
                cols[1].checkbox(&mut m.served_on_committee_before, msg::SERVED_BEFORE);
            });
            ui.horizontal(|ui| {
                ui.label(msg::ATTENDANCE);
                let mut kind = match m.attendance {
                    Attendance::NotRecorded => 0,
                    Attendance::Present => 1,
                    Attendance::Absent { .. } => 2,
                };
                let before = kind;
                ui.radio_value(&mut kind, 0, msg::NOT_RECORDED);
                ui.radio_value(&mut kind, 1, msg::PRESENT);
                ui.radio_value(&mut kind, 2, msg::ABSENT);
                if kind != before {
                    m.attendance = match kind {
                        1 => Attendance::Present,
                        2 => Attendance::Absent {
                            reason: String::new(),
                            accepted: false,
                        },
                        _ => Attendance::NotRecorded,
                    };
                }
            });
            if let Attendance::Absent { reason, accepted } = &mut m.attendance {
                form.line(ui, &reason_path, msg::ABSENT_REASON, reason);
                ui.checkbox(accepted, msg::REASON_ACCEPTED);
            }
        });
}
