//! The ward settings screen: names, place, signers, deadlines, term,
//! election rules, abbreviations and page layout of `ward.ron`, edited as a
//! draft, checked as it is typed and saved (atomically, with a backup) only
//! when it has no errors.

use super::command::Command;
use super::form::{Form, FormState, nfc_edit};
use super::style;
use crate::model::{NameOrder, PercentRule, Precision, RecipientsStyle, Rounding, Ward};
use crate::rules::{Problem, Severity, ward_settings::validate_ward};
use crate::strings::settings as msg;
use eframe::egui::{self, Ui, emath};

/// Runtime state of the screen (never saved).
#[derive(Debug, Default)]
pub struct SettingsState {
    /// The settings being edited; `None` until the screen is first shown.
    draft: Option<Ward>,
    form: FormState,
}

impl SettingsState {
    /// The settings were saved as `ward`: the draft starts from them.
    pub fn saved(&mut self, ward: &Ward) {
        self.draft = Some(ward.clone());
    }
}

/// The screen: a draft of `ward` edited in `state`; saving is a command.
pub fn show(ui: &mut Ui, state: &mut SettingsState, ward: &Ward, out: &mut Vec<Command>) {
    let draft = state.draft.get_or_insert_with(|| ward.clone());
    let problems = validate_ward(draft);
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let changed = *draft != *ward;
    egui::Panel::bottom("ward_settings_bar").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(changed && errors == 0, egui::Button::new(msg::SAVE))
                .clicked()
            {
                out.push(Command::SaveWardSettings(Box::new(draft.clone())));
            }
            if ui
                .add_enabled(changed, egui::Button::new(msg::DISCARD))
                .clicked()
            {
                *draft = ward.clone();
                state.form.dates.clear();
            }
            if errors > 0 {
                ui.colored_label(style::error(ui), msg::cannot_save(errors));
            } else if changed {
                ui.colored_label(style::warning(ui), msg::UNSAVED);
            } else {
                ui.label(msg::NO_CHANGES);
            }
        });
        ui.add_space(2.0);
    });
    let mut form = Fields {
        state: &mut state.form,
        problems: &problems,
    };
    egui::ScrollArea::vertical()
        .id_salt("ward_settings")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(760.0));
            ui.heading(msg::TITLE);
            ui.label(style::guidance(msg::INTRO));
            sections(ui, &mut form, draft);
        });
}

fn sections(ui: &mut Ui, form: &mut Fields<'_>, w: &mut Ward) {
    heading(ui, msg::SECTION_NAMES);
    form.line(ui, "ward.name", msg::WARD_NAME, &mut w.name);
    form.line(
        ui,
        "ward.superior_name",
        msg::SUPERIOR_NAME,
        &mut w.superior_name,
    );
    form.line(
        ui,
        "ward.committee_name",
        msg::COMMITTEE_NAME,
        &mut w.committee_name,
    );
    form.line(ui, "ward.place", msg::PLACE, &mut w.place);

    heading(ui, msg::SECTION_SIGNERS);
    let s = &mut w.signers;
    form.line(
        ui,
        "ward.signers.ward_on_behalf",
        msg::ON_BEHALF,
        &mut s.ward_on_behalf,
    );
    form.line(
        ui,
        "ward.signers.ward_title",
        msg::SIGNER_TITLE,
        &mut s.ward_title,
    );
    form.line(
        ui,
        "ward.signers.ward_name",
        msg::SIGNER_NAME,
        &mut s.ward_name,
    );

    heading(ui, msg::SECTION_DEADLINES);
    let d = &mut w.deadlines;
    numbers(
        ui,
        form,
        "ward_deadlines",
        vec![
            (
                "ward.deadlines.documents_days_before",
                msg::DOCS_DAYS_BEFORE,
                &mut d.documents_days_before,
                0..=365,
            ),
            (
                "ward.deadlines.results_days_after",
                msg::RESULTS_DAYS_AFTER,
                &mut d.results_days_after,
                0..=365,
            ),
        ],
    );
    form.date(
        ui,
        "ward.deadlines.congresses_by",
        msg::CONGRESSES_BY,
        &mut d.congresses_by,
    );
    form.date(ui, "ward.as_of", msg::AS_OF, &mut w.as_of);
    ui.label(style::guidance(msg::AS_OF_HINT));

    heading(ui, msg::SECTION_TERM);
    numbers(
        ui,
        form,
        "ward_term",
        vec![
            (
                "ward.term.start_year",
                msg::TERM_START,
                &mut w.term.start_year,
                1990..=2100,
            ),
            (
                "ward.term.end_year",
                msg::TERM_END,
                &mut w.term.end_year,
                1990..=2100,
            ),
        ],
    );

    heading(ui, msg::SECTION_RULES);
    let r = &mut w.rules;
    let rows = vec![
        (
            "ward.rules.committee_min_full_members",
            msg::COMMITTEE_MIN,
            &mut r.committee_min_full_members,
            1..=99,
        ),
        (
            "ward.rules.committee_max_size",
            msg::COMMITTEE_MAX,
            &mut r.committee_max_size,
            1..=31,
        ),
        (
            "ward.rules.proposal_surplus_min_pct",
            msg::SURPLUS_MIN,
            &mut r.proposal_surplus_min_pct,
            0..=100,
        ),
        (
            "ward.rules.proposal_surplus_max_pct",
            msg::SURPLUS_MAX,
            &mut r.proposal_surplus_max_pct,
            0..=100,
        ),
        (
            "ward.rules.max_surplus_pct",
            msg::MAX_SURPLUS,
            &mut r.max_surplus_pct,
            0..=100,
        ),
        (
            "ward.rules.nominee_approval_pct",
            msg::NOMINEE_APPROVAL,
            &mut r.nominee_approval_pct,
            0..=100,
        ),
        (
            "ward.rules.young_age",
            msg::YOUNG_AGE,
            &mut r.young_age,
            18..=99,
        ),
        (
            "ward.rules.secretary_max_rounds",
            msg::SECRETARY_ROUNDS,
            &mut r.secretary_max_rounds,
            1..=9,
        ),
    ];
    numbers(ui, form, "ward_rules", rows);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(msg::NAME_ORDER);
        egui::ComboBox::from_id_salt("ward_name_order")
            .selected_text(order_label(r.name_order))
            .show_ui(ui, |ui| {
                for o in [NameOrder::GivenNameFirst, NameOrder::FullName] {
                    ui.selectable_value(&mut r.name_order, o, order_label(o));
                }
            })
            .response
            .labelled_by(label.id);
    });

    heading(ui, msg::SECTION_ABBREVIATIONS);
    abbreviations(ui, form, w);

    heading(ui, msg::SECTION_NUMBERS);
    percent_rule(ui, &mut w.percent);

    heading(ui, msg::SECTION_LAYOUT);
    let l = &mut w.layout;
    let rows: Vec<(&str, &str, &mut f32)> = vec![
        (
            "ward.layout.margin_top_mm",
            msg::MARGIN_TOP,
            &mut l.margin_top_mm,
        ),
        (
            "ward.layout.margin_bottom_mm",
            msg::MARGIN_BOTTOM,
            &mut l.margin_bottom_mm,
        ),
        (
            "ward.layout.margin_left_mm",
            msg::MARGIN_LEFT,
            &mut l.margin_left_mm,
        ),
        (
            "ward.layout.margin_right_mm",
            msg::MARGIN_RIGHT,
            &mut l.margin_right_mm,
        ),
        ("ward.layout.body_pt", msg::BODY_PT, &mut l.body_pt),
    ];
    let rows = rows
        .into_iter()
        .map(|(path, label, value)| (path, label, value, 0.0..=100.0))
        .collect();
    numbers(ui, form, "ward_layout", rows);
    let style_label = |s: RecipientsStyle| match s {
        RecipientsStyle::Party => msg::RECIPIENTS_PARTY,
        RecipientsStyle::State => msg::RECIPIENTS_STATE,
    };
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(msg::RECIPIENTS_STYLE);
        egui::ComboBox::from_id_salt("ward_recipients_style")
            .selected_text(style_label(w.layout.recipients))
            .show_ui(ui, |ui| {
                for s in [RecipientsStyle::Party, RecipientsStyle::State] {
                    ui.selectable_value(&mut w.layout.recipients, s, style_label(s));
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.add_space(12.0);
}

/// The screen's fields with the settings' own problems.
struct Fields<'a> {
    state: &'a mut FormState,
    problems: &'a [Problem],
}

impl Fields<'_> {
    /// A labelled one-line text field, its messages under it.
    fn line(&mut self, ui: &mut Ui, path: &str, label: &str, value: &mut String) {
        let l = ui.label(label);
        let resp = nfc_edit(ui, path, value, |v| {
            egui::TextEdit::singleline(v).desired_width(f32::INFINITY)
        })
        .labelled_by(l.id);
        mark(ui, self.problems, path, &resp);
        messages(ui, self.problems, &[path.to_string()]);
    }

    /// A date typed as "dd/mm/yyyy" (the app's date field), its messages under it.
    fn date(
        &mut self,
        ui: &mut Ui,
        path: &str,
        label: &str,
        value: &mut Option<crate::model::Date>,
    ) {
        let mut form = Form {
            state: self.state,
            problems: &[],
        };
        form.date(ui, path, label, value);
        messages(ui, self.problems, &[path.to_string()]);
    }
}

fn heading(ui: &mut Ui, text: &str) {
    ui.add_space(10.0);
    ui.label(style::strong(text).size(style::BODY + 2.0));
    ui.separator();
}

/// The one percentage rule (`ward.percent`), with an example.
fn percent_rule(ui: &mut Ui, p: &mut PercentRule) {
    let rounding_label = |r: Rounding| match r {
        Rounding::HalfUp => msg::ROUNDING_HALF_UP,
        Rounding::Cut => msg::ROUNDING_CUT,
    };
    let precision_label = |p: Precision| match p {
        Precision::Decimals(n) => msg::precision_decimals(n),
        Precision::Significant(3) => msg::PRECISION_SIGNIFICANT_3.to_string(),
        Precision::Significant(n) => format!("{n}"),
    };
    egui::Grid::new("ward_percent")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let l = ui.label(msg::ROUNDING);
            egui::ComboBox::from_id_salt("ward_percent_rounding")
                .selected_text(rounding_label(p.rounding))
                .show_ui(ui, |ui| {
                    for r in [Rounding::HalfUp, Rounding::Cut] {
                        ui.selectable_value(&mut p.rounding, r, rounding_label(r));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            let l = ui.label(msg::PRECISION);
            egui::ComboBox::from_id_salt("ward_percent_precision")
                .selected_text(precision_label(p.precision))
                .show_ui(ui, |ui| {
                    for o in [
                        Precision::Decimals(0),
                        Precision::Decimals(1),
                        Precision::Decimals(2),
                        Precision::Significant(3),
                    ] {
                        ui.selectable_value(&mut p.precision, o, precision_label(o));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
        });
    ui.label(style::guidance(&msg::percent_example(
        &p.percent(2, 41),
        &p.percent(31, 41),
        &p.figure(2072, 41),
    )));
}

fn order_label(o: NameOrder) -> &'static str {
    match o {
        NameOrder::GivenNameFirst => msg::ORDER_GIVEN_NAME,
        NameOrder::FullName => msg::ORDER_FULL_NAME,
    }
}

/// Labelled numbers in a grid, their problems under it. A value out of
/// range typed into ward.ron is shown as it is (and checked), never changed
/// silently.
fn numbers<N: emath::Numeric>(
    ui: &mut Ui,
    form: &mut Fields<'_>,
    id: &str,
    rows: Vec<(&str, &str, &mut N, std::ops::RangeInclusive<N>)>,
) {
    let mut paths = Vec::new();
    egui::Grid::new(id)
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for (path, label, value, range) in rows {
                let l = ui.label(label);
                let resp = ui
                    .add(
                        egui::DragValue::new(value)
                            .range(range)
                            .clamp_existing_to_range(false)
                            .speed(0.2),
                    )
                    .labelled_by(l.id);
                mark(ui, form.problems, path, &resp);
                paths.push(path.to_string());
                ui.end_row();
            }
        });
    messages(ui, form.problems, &paths);
}

/// A frame in the colour of the field's worst problem.
fn mark(ui: &Ui, problems: &[Problem], path: &str, resp: &egui::Response) {
    if let Some(worst) = worst(problems, path) {
        ui.painter().rect_stroke(
            resp.rect.expand(1.0),
            2.0,
            egui::Stroke::new(1.5, style::severity_color(ui, worst)),
            egui::StrokeKind::Outside,
        );
    }
}

/// The messages of the fields in `paths`, in the order found.
fn messages(ui: &mut Ui, problems: &[Problem], paths: &[String]) {
    for p in problems
        .iter()
        .filter(|p| paths.contains(&p.field.to_string()))
    {
        ui.add(
            egui::Label::new(
                egui::RichText::new(&p.message).color(style::severity_color(ui, p.severity)),
            )
            .wrap(),
        );
    }
}

fn abbreviations(ui: &mut Ui, form: &mut Fields<'_>, w: &mut Ward) {
    let a = &mut w.abbreviations;
    let fields: [(&str, &str, &mut String); 11] = [
        ("branch", msg::ABBR_BRANCH, &mut a.branch),
        (
            "branch_committee",
            msg::ABBR_BRANCH_COMMITTEE,
            &mut a.branch_committee,
        ),
        ("congress", msg::ABBR_CONGRESS, &mut a.congress),
        (
            "ward_committee",
            msg::ABBR_WARD_COMMITTEE,
            &mut a.ward_committee,
        ),
        ("report", msg::ABBR_REPORT, &mut a.report),
        ("resolution", msg::ABBR_RESOLUTION, &mut a.resolution),
        ("proposal", msg::ABBR_PROPOSAL, &mut a.proposal),
        ("list", msg::ABBR_LIST, &mut a.list),
        ("minutes", msg::ABBR_MINUTES, &mut a.minutes),
        ("programme", msg::ABBR_PROGRAMME, &mut a.programme),
        ("plan", msg::ABBR_PLAN, &mut a.plan),
    ];
    let mut paths = Vec::new();
    egui::Grid::new("ward_abbreviations")
        .num_columns(6)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            for (i, (field, label, value)) in fields.into_iter().enumerate() {
                let path = format!("ward.abbreviations.{field}");
                let l = ui.label(label);
                let resp = nfc_edit(ui, &path, value, |v| {
                    egui::TextEdit::singleline(v).desired_width(70.0)
                })
                .labelled_by(l.id);
                mark(ui, form.problems, &path, &resp);
                paths.push(path);
                if i % 3 == 2 {
                    ui.end_row();
                }
            }
        });
    messages(ui, form.problems, &paths);
}

fn worst(problems: &[Problem], path: &str) -> Option<Severity> {
    problems
        .iter()
        .filter(|p| p.field == path)
        .map(|p| p.severity)
        .min()
}

/// The settings as they are saved (after the user pressed "Lưu cài đặt"):
/// names in NFC without surrounding spaces; never with an error (the
/// message saying how many, then).
pub fn checked(mut ward: Ward) -> Result<Ward, String> {
    for text in [
        &mut ward.name,
        &mut ward.superior_name,
        &mut ward.committee_name,
        &mut ward.place,
        &mut ward.signers.ward_on_behalf,
        &mut ward.signers.ward_title,
        &mut ward.signers.ward_name,
    ] {
        *text = crate::vi::nfc(text.trim());
    }
    let errors = validate_ward(&ward)
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    if errors > 0 {
        return Err(msg::cannot_save(errors));
    }
    Ok(ward)
}
