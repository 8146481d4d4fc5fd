//! The ward overview: every branch at a glance (congress date, deadlines,
//! documents, personnel, congress, results), sort and filter, the overall
//! progress, the roll-up, and the ward-level actions.

use super::command::Command;
use super::file_picker::{self, Request};
use super::style;
use crate::model::{Branch, Date, Ward};
use crate::rules::labels;
use crate::rules::overview::{self, Filter, OverviewRow, SortKey};
use crate::rules::rollup::rollup;
use crate::strings::ward as msg;
use eframe::egui::{self, RichText, Ui};
use egui_extras::{Column, TableBuilder};

/// Sort and filter of the table (runtime only).
pub type OverviewState = crate::ops::OverviewView;

pub fn show(
    ui: &mut Ui,
    ward: &Ward,
    branches: &[Branch],
    today: Date,
    st: &mut OverviewState,
    out: &mut Vec<Command>,
) {
    ui.heading(msg::OVERVIEW_TITLE);
    let all = overview::overview(ward, branches, today);
    let progress = overview::progress(&all);
    let fraction = if progress.total == 0 {
        0.0
    } else {
        progress.held as f32 / progress.total as f32
    };
    ui.add(egui::ProgressBar::new(fraction).text(msg::progress(
        progress.held,
        progress.total,
        ward.percent,
    )));
    ui.horizontal_wrapped(|ui| {
        if ui.button(msg::BATCH_OPEN).clicked() {
            out.push(Command::OpenBatch);
        }
        let ctx = ui.ctx().clone();
        if ui.button(msg::EXPORT_XLSX).clicked() {
            let req = Request::save(
                "overview-xlsx",
                msg::EXPORT_XLSX,
                msg::EXPORT_FILE_NAME,
                "xlsx",
            );
            file_picker::request(&ctx, req);
        }
        if let Some(path) = file_picker::take(&ctx, "overview-xlsx") {
            out.push(Command::ExportOverview(path));
        }
        if ui.button(msg::REPORT_WRITE).clicked() {
            let req = Request::save(
                "ward-report",
                msg::REPORT_WRITE,
                msg::REPORT_FILE_NAME,
                "docx",
            );
            file_picker::request(&ctx, req);
        }
        if let Some(path) = file_picker::take(&ctx, "ward-report") {
            out.push(Command::WriteWardReport(path));
        }
        super::congress::comments::summary_button(ui, branches, out);
    });
    ui.separator();
    filters(st, ui);
    let rows = crate::ops::overview_rows(ward, branches, st, today);
    egui::CollapsingHeader::new(msg::ROLLUP_TITLE)
        .default_open(false)
        .show(ui, |ui| {
            for line in rollup(ward, branches).lines() {
                ui.label(line);
            }
        });
    super::branch_state::legend(ui);
    if rows.is_empty() {
        ui.add_space(20.0);
        ui.label(msg::OVERVIEW_EMPTY);
        return;
    }
    table(ui, &rows, st, out);
}

fn filters(st: &mut OverviewState, ui: &mut Ui) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(msg::FILTER_LABEL);
        egui::ComboBox::from_id_salt("overview_filter")
            .selected_text(st.filter.label())
            .show_ui(ui, |ui| {
                for f in Filter::ALL {
                    ui.selectable_value(&mut st.filter, f, f.label());
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(msg::SEARCH_LABEL);
        ui.add(egui::TextEdit::singleline(&mut st.search).desired_width(180.0))
            .labelled_by(label.id);
        let label = ui.label(msg::SORT_LABEL);
        egui::ComboBox::from_id_salt("overview_sort")
            .selected_text(st.sort.label())
            .show_ui(ui, |ui| {
                for k in SortKey::ALL {
                    ui.selectable_value(&mut st.sort, k, k.label());
                }
            })
            .response
            .labelled_by(label.id);
        ui.checkbox(&mut st.descending, msg::DESCENDING);
    });
}

/// A header that sorts by `key` when clicked (again: reverses); the
/// current sort column is underlined.
fn sort_header(ui: &mut Ui, st: &mut OverviewState, title: &str, key: SortKey) {
    let mut text = RichText::new(title).strong();
    if st.sort == key {
        text = text.underline();
    }
    if ui
        .add(egui::Button::new(text).frame(false).wrap())
        .on_hover_text(msg::SORT_HINT)
        .clicked()
    {
        if st.sort == key {
            st.descending = !st.descending;
        } else {
            st.sort = key;
            st.descending = false;
        }
    }
}

/// Columns after the name but the last: (least width, width when there is
/// room). The last, the stage, is as wide as its steps and longest name
/// when there is room, else [`STAGE_NARROW`] with the name wrapped.
const COLUMNS: [(f32, f32); 6] = [
    (80.0, 95.0),
    (80.0, 125.0),
    (44.0, 70.0),
    (52.0, 85.0),
    (52.0, 75.0),
    (80.0, 125.0),
];
const STAGE_NARROW: f32 = 88.0;
const NAME_MIN: f32 = 120.0;
const NAME_WIDE: f32 = 230.0;

fn table(ui: &mut Ui, rows: &[OverviewRow], st: &mut OverviewState, out: &mut Vec<Command>) {
    // Every column fits the window. When there is room, each column is as
    // wide as its content on one line. On a narrow window the name takes
    // about a third, the other columns share the rest between their least
    // and full widths, and every cell wraps onto two lines (the headers
    // onto three); the date, which cannot wrap, is never narrower than a
    // date.
    let gap = ui.spacing().item_spacing.x;
    let gaps = gap * (COLUMNS.len() + 1) as f32;
    let stage_wide = super::congress::stage_cell_width(ui);
    let date_w = ui
        .painter()
        .layout_no_wrap(
            "28/12/2030".into(),
            egui::TextStyle::Body.resolve(ui.style()),
            egui::Color32::PLACEHOLDER,
        )
        .size()
        .x
        + 4.0;
    let mut cols: Vec<(f32, f32)> = COLUMNS.to_vec();
    cols[0] = (cols[0].0.max(date_w), cols[0].1.max(date_w));
    cols.push((STAGE_NARROW, stage_wide));
    let least: f32 = cols.iter().map(|c| c.0).sum();
    let room: f32 = cols.iter().map(|c| c.1).sum();
    let width = ui.available_width();
    let narrow = width < NAME_WIDE + room + gaps;
    let widths: Vec<f32> = if narrow {
        let name = (width * 0.3).min(width - gaps - least).max(NAME_MIN);
        let spare = width - gaps - name - least;
        let t = if room > least {
            (spare / (room - least)).clamp(0.0, 1.0)
        } else {
            0.0
        };
        cols.iter().map(|(l, r)| l + (r - l) * t).collect()
    } else {
        cols.iter().map(|c| c.1).collect()
    };
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let row_height = if narrow { 2.0 * line + 6.0 } else { line + 8.0 };
    let header_height = if narrow { 3.0 } else { 2.0 } * line + 8.0;
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
    let mut builder = TableBuilder::new(ui)
        .striped(true)
        .column(Column::remainder().at_least(NAME_MIN).clip(true));
    for w in widths {
        builder = builder.column(Column::exact(w).clip(true));
    }
    builder
        .header(header_height, |mut h| {
            h.col(|ui| sort_header(ui, st, msg::COL_BRANCH, SortKey::Name));
            h.col(|ui| sort_header(ui, st, msg::COL_CONGRESS_DATE, SortKey::CongressDate));
            h.col(|ui| sort_header(ui, st, msg::COL_DOCS_DUE, SortKey::DocumentsDue));
            h.col(|ui| sort_header(ui, st, msg::COL_DOCS_DONE, SortKey::Documents));
            h.col(|ui| {
                ui.add(egui::Label::new(RichText::new(msg::COL_PERSONNEL).strong()).wrap());
            });
            h.col(|ui| sort_header(ui, st, msg::COL_HELD, SortKey::Held));
            h.col(|ui| sort_header(ui, st, msg::COL_RESULTS_DUE, SortKey::ResultsDue));
            h.col(|ui| {
                ui.add(
                    egui::Label::new(RichText::new(crate::strings::congress::COL_STAGE).strong())
                        .wrap(),
                );
            });
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut row| {
                let Some(r) = rows.get(row.index()) else {
                    return;
                };
                row.col(|ui| {
                    // The state's dot and colour, as in the side panel.
                    let state = overview::branch_state(r);
                    ui.horizontal(|ui| {
                        if narrow {
                            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                        }
                        super::branch_state::dot(ui, state);
                        let mut name = RichText::new(&r.name);
                        if state == overview::BranchState::Overdue {
                            name = name.color(style::error(ui));
                        }
                        if ui
                            .link(name)
                            .on_hover_text(format!(
                                "{} · {} · {}",
                                r.name,
                                labels::branch_kind(r.kind),
                                super::branch_state::label(state)
                            ))
                            .clicked()
                        {
                            out.push(Command::SelectBranch(r.branch_id.clone()));
                            out.push(Command::Show(super::Screen::Checklist));
                        }
                    });
                });
                row.col(|ui| {
                    let text = r
                        .congress_date
                        .map(crate::vi::format::short_date)
                        .unwrap_or_else(|| msg::NO_DATE.into());
                    let resp = ui.label(text);
                    if r.deadlines.congress_after_limit {
                        resp.on_hover_text(msg::CONGRESS_AFTER_LIMIT);
                    }
                });
                row.col(|ui| due(ui, r.deadlines.documents, r.deadlines.documents_due));
                row.col(|ui| {
                    ui.label(msg::docs_done(r.docs_done, r.docs_total));
                });
                row.col(|ui| {
                    ui.label(msg::yes_no(r.personnel_approved));
                });
                row.col(|ui| {
                    ui.label(msg::yes_no(r.held));
                });
                row.col(|ui| due(ui, r.deadlines.results, r.deadlines.results_due));
                row.col(|ui| super::congress::stage_cell(ui, r.stage, narrow));
            });
        });
}

/// "Còn 13 ngày" (the due date on hover), wrapped in a narrow column.
fn due(ui: &mut Ui, s: crate::rules::deadlines::DueState, date: Option<Date>) {
    let text = RichText::new(s.label());
    let text = if s.is_overdue() {
        text.color(style::error(ui))
    } else if s == crate::rules::deadlines::DueState::Done {
        text.color(style::ok(ui))
    } else {
        text
    };
    let resp = ui.add(egui::Label::new(text).wrap());
    if let Some(d) = date {
        resp.on_hover_text(msg::due_on(d));
    }
}
