//! The members table with inline validation and the counts that follow.

use super::form::{Form, name_widget};
use super::member_columns::Col;
use super::member_columns::ColumnGroup;
use super::rows::RowMove;
use super::style;
use crate::model::{
    Attendance, Branch, CommitteeRole, Date, Gender, Member, MemberId, MemberStatus, Standing,
};
use crate::rules::Problem;
use crate::rules::labels;
use crate::strings::ui as msg;
use eframe::egui::{self, Role, Ui};
use egui_extras::{Column, TableBuilder};

/// Width of the number column and the least width of the name column.
const NO_WIDTH: f32 = 44.0;
const NAME_MIN: f32 = 150.0;

/// Width the table needs for `cols` with the name at its least.
fn needed(ui: &Ui, cols: &[Col]) -> f32 {
    let gap = ui.spacing().item_spacing.x;
    NO_WIDTH
        + NAME_MIN
        + cols.iter().map(|c| c.width()).sum::<f32>()
        + gap * (cols.len() + 2) as f32
}

/// The groups shown when `chosen` is: it and the groups after it, as many
/// as fit in `width` (the chosen one always).
fn shown_groups(ui: &Ui, chosen: ColumnGroup, width: f32) -> Vec<ColumnGroup> {
    let parts = &ColumnGroup::ALL[1..];
    let start = parts.iter().position(|g| *g == chosen).unwrap_or(0);
    let mut shown = vec![parts[start]];
    let mut cols: Vec<Col> = parts[start].columns().to_vec();
    for g in &parts[start + 1..] {
        let mut more = cols.clone();
        more.extend_from_slice(g.columns());
        if needed(ui, &more) > width {
            break;
        }
        cols = more;
        shown.push(*g);
    }
    shown
}

pub fn show(ui: &mut Ui, form: &mut Form<'_>, b: &mut Branch, today: Date) {
    ui.horizontal(|ui| {
        ui.heading(msg::SCREEN_MEMBERS);
        if ui.button(msg::ADD_MEMBER).clicked() {
            let id = b.add_member(Member::default());
            form.state.member = Some(id);
            form.state.fresh.insert(id);
            form.state.focus = Some(format!("members[id={id}].full_name"));
        }
    });
    ui.label(labels::counts_line(&b.counts()));
    if b.members.is_empty() {
        ui.add_space(20.0);
        ui.label(msg::NO_MEMBERS_YET);
        return;
    }
    // Every column when they fit; else the chosen group and the ones after
    // it that fit beside it.
    let width = ui.available_width();
    let all_fit = needed(ui, ColumnGroup::All.columns()) <= width;
    let mut chosen = form.state.member_columns;
    if chosen == ColumnGroup::All && !all_fit {
        chosen = ColumnGroup::Personal;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(msg::COLS_LABEL);
        let shown = if chosen == ColumnGroup::All {
            vec![ColumnGroup::All]
        } else {
            shown_groups(ui, chosen, width)
        };
        for g in ColumnGroup::ALL {
            if g == ColumnGroup::All && !all_fit {
                continue;
            }
            if ui.selectable_label(shown.contains(&g), g.label()).clicked() {
                form.state.member_columns = g;
                chosen = g;
            }
        }
    });
    let cols: Vec<Col> = if chosen == ColumnGroup::All {
        ColumnGroup::All.columns().to_vec()
    } else {
        shown_groups(ui, chosen, width)
            .iter()
            .flat_map(|g| g.columns().iter().copied())
            .collect()
    };
    let cols = cols.as_slice();
    let scroll_to = form
        .state
        .focus
        .as_deref()
        .and_then(super::nav::member_in_field)
        .and_then(|id| b.members.iter().position(|m| m.id == id));
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 10.0;
    let header_h = 2.0 * ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    // Room kept below the table: the selected member's details, or the hint.
    let details_h = if form.state.member.is_some() {
        260.0
    } else {
        60.0
    };
    let table_h = (ui.available_height() - details_h - header_h).max(4.0 * row_h);
    let mut errors: Vec<String> = Vec::new();
    let selected = form.state.member;
    let mut clicked_row: Option<MemberId> = None;
    ui.scope(|ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
        let mut table = TableBuilder::new(ui)
            .striped(true)
            .auto_shrink([false, true])
            .max_scroll_height(table_h)
            .column(Column::exact(NO_WIDTH))
            .column(Column::remainder().at_least(NAME_MIN).clip(true));
        for c in cols {
            table = table.column(Column::exact(c.width()).clip(true));
        }
        if let Some(row) = scroll_to {
            table = table.scroll_to_row(row, Some(egui::Align::Center));
        }
        table
            .header(header_h, |mut h| {
                let titles = [msg::COL_NO, msg::COL_NAME]
                    .into_iter()
                    .chain(cols.iter().map(|c| c.title()));
                for title in titles {
                    h.col(|ui| {
                        ui.add(egui::Label::new(style::strong(title)).wrap());
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
                        let path = format!("members[id={}].full_name", m.id);
                        form.cell(
                            ui,
                            &path,
                            &msg::row_label(n, msg::COL_NAME),
                            &mut m.full_name,
                        );
                    });
                    for &c in cols {
                        row.col(|ui| cell(ui, form, m, n, c, today, &mut errors));
                    }
                });
            });
    });
    if let Some(id) = clicked_row {
        form.state.member = if selected == Some(id) { None } else { Some(id) };
    }
    for e in &errors {
        ui.colored_label(style::error(ui), e);
    }
    ui.separator();
    details(ui, form, b);
}

/// One cell of member row `n` (1-based).
fn cell(
    ui: &mut Ui,
    form: &mut Form<'_>,
    m: &mut Member,
    n: usize,
    c: Col,
    today: Date,
    errors: &mut Vec<String>,
) {
    let path = |f: &str| format!("members[id={}].{f}", m.id);
    let label = msg::row_label(n, c.title());
    match c {
        Col::Birth => {
            let (resp, e) = form.birth_field(ui, &path("birth"), &mut m.birth);
            name_widget(&resp, Role::TextInput, &label);
            errors.extend(e.map(|e| msg::row_error(n, c.title(), &e)));
        }
        Col::Gender => choice(
            ui,
            &path("gender"),
            &label,
            &mut m.gender,
            &[Gender::Male, Gender::Female],
            labels::gender,
        ),
        Col::Ethnicity => {
            form.shared_cell(ui, &path("ethnicity"), &label, &mut m.ethnicity);
        }
        Col::Joined | Col::Official => {
            let joined_before = m.joined;
            let value = if c == Col::Joined {
                &mut m.joined
            } else {
                &mut m.official
            };
            let field = if c == Col::Joined {
                "joined"
            } else {
                "official"
            };
            let (resp, e) = form.date_field(ui, &path(field), value);
            name_widget(&resp, Role::TextInput, &label);
            errors.extend(e.map(|e| msg::row_error(n, c.title(), &e)));
            if c == Col::Joined && m.joined != joined_before {
                default_status(m, today);
            }
        }
        Col::Status => choice(
            ui,
            &path("status"),
            &label,
            &mut m.status,
            &[MemberStatus::Full, MemberStatus::Probationary],
            labels::member_status,
        ),
        Col::Exempted => {
            let resp = ui.checkbox(&mut m.exempted, "");
            name_widget(&resp, Role::CheckBox, &label);
        }
        Col::Standing => choice(
            ui,
            &path("standing"),
            &label,
            &mut m.standing,
            &[
                Standing::Active,
                Standing::TemporaryTransfer,
                Standing::Suspended,
                Standing::Detained,
            ],
            labels::standing,
        ),
        Col::Role => choice(
            ui,
            &path("outgoing_role"),
            &label,
            &mut m.outgoing_role,
            &[
                CommitteeRole::None,
                CommitteeRole::Member,
                CommitteeRole::Deputy,
                CommitteeRole::Secretary,
            ],
            labels::committee_role,
        ),
        Col::Present => {
            let mut present = m.is_present();
            let resp = ui.checkbox(&mut present, "");
            name_widget(&resp, Role::CheckBox, &label);
            if resp.changed() {
                m.attendance = if present {
                    Attendance::Present
                } else {
                    Attendance::NotRecorded
                };
            }
        }
    }
}

/// A member whose joining date was just typed, without a date of becoming
/// full: probationary when they joined within the last 12 months, full
/// otherwise (the probation lasts 12 months).
pub fn default_status(m: &mut Member, today: Date) {
    if m.official.is_some() {
        return;
    }
    let Some(joined) = m.joined else {
        return;
    };
    m.status = MemberStatus::assumed(joined, today);
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
    let Some(id) = form.state.member.filter(|id| b.member(*id).is_some()) else {
        ui.label(style::guidance(msg::SELECT_MEMBER_HINT));
        return;
    };
    let index = b.members.iter().position(|x| x.id == id).unwrap_or(0);
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        let name = b
            .members
            .get(index)
            .map(|m| m.full_name.as_str())
            .unwrap_or("");
        ui.label(style::strong(format!("{}: {}", msg::MEMBER_DETAILS, name)));
        for (text, mv) in [
            (msg::MOVE_UP_HINT, RowMove::Up),
            (msg::MOVE_DOWN_HINT, RowMove::Down),
            (msg::REMOVE_MEMBER, RowMove::Remove),
        ] {
            if ui.small_button(text).clicked() {
                action = Some((index, mv));
            }
        }
    });
    if let Some(gone) = super::rows::apply(&mut b.members, action) {
        if form.state.member == Some(gone.id) {
            form.state.member = None;
        }
        return;
    }
    let Some(m) = b.member_mut(id) else {
        return;
    };
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
                form.shared_line(&mut cols[0], &hometown, msg::HOMETOWN, &mut m.hometown);
                form.shared_line(&mut cols[0], &education, msg::EDUCATION, &mut m.education);
                form.shared_line(
                    &mut cols[0],
                    &professional,
                    msg::PROFESSIONAL,
                    &mut m.professional,
                );
                form.shared_line(
                    &mut cols[1],
                    &theory,
                    msg::POLITICAL_THEORY,
                    &mut m.political_theory,
                );
                form.shared_line(&mut cols[1], &posts, msg::POSTS, &mut m.posts);
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
