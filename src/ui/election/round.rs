//! The editor of one round: office, seats, ballots, votes per candidate,
//! with each candidate's share of the summoned members and the outcome.

use super::{choices, fields, name_of, pick};
use crate::model::{Branch, CandidateVotes, ElectionResults, MemberId, Office, Ward};
use crate::rules::Severity;
use crate::rules::election::{self as rules, CandidateStatus, NextRound};
use crate::rules::labels;
use crate::strings::election as msg;
use eframe::egui::{self, Color32, RichText, Ui};

/// Show round `index` of `r` for editing. Returns `Some(index)` when the
/// user asks for its biên bản.
pub fn editor(
    ui: &mut Ui,
    index: usize,
    ward: &Ward,
    b: &Branch,
    r: &mut ElectionResults,
) -> Option<usize> {
    let Some(round) = r.rounds.get_mut(index) else {
        return None;
    };
    let mut minutes = None;
    let mut delete = false;
    ui.horizontal(|ui| {
        let l = ui.label(msg::OFFICE);
        let combo = egui::ComboBox::from_id_salt(("round-office", index))
            .selected_text(round.office.map(labels::office).unwrap_or_default())
            .show_ui(ui, |ui| {
                for o in [Office::Committee, Office::Secretary, Office::Deputy] {
                    ui.selectable_value(&mut round.office, Some(o), labels::office(o));
                }
            })
            .response;
        combo.labelled_by(l.id);
        labelled_counts(
            ui,
            index,
            [
                (msg::ROUND_NUMBER, &mut round.round),
                (msg::SEATS, &mut round.seats),
            ],
        );
    });
    ui.horizontal_wrapped(|ui| {
        labelled_counts(
            ui,
            index,
            [
                (msg::BALLOTS_ISSUED, &mut round.ballots_issued),
                (msg::BALLOTS_RETURNED, &mut round.ballots_returned),
                (msg::BALLOTS_VALID, &mut round.ballots_valid),
                (msg::BALLOTS_INVALID, &mut round.ballots_invalid),
            ],
        );
    });
    let summoned = rules::summoned(b).summoned;
    let outcome = rules::count_round_by(round, summoned, ward.percent);
    let mut remove: Option<usize> = None;
    // No column wider than a name may be (names wrap): on a narrow window
    // the table still fits.
    let widest = (ui.available_width() * 0.3).clamp(110.0, 260.0);
    egui::Grid::new(("round-votes", index))
        .striped(true)
        .num_columns(7)
        .max_col_width(widest)
        .show(ui, |ui| {
            for h in [
                msg::COL_STT,
                msg::COL_NAME,
                msg::COL_VOTES,
                msg::COL_PCT,
                msg::COL_PASSED,
                msg::COL_RESULT,
                "",
            ] {
                // Long headers ("Tỷ lệ so với số triệu tập") wrap: a column
                // is as wide as its figures, not its header.
                ui.scope(|ui| {
                    ui.set_max_width(HEADER_WIDTH);
                    ui.add(egui::Label::new(RichText::new(h).strong()).wrap());
                });
            }
            ui.end_row();
            for (j, v) in round.votes.iter_mut().enumerate() {
                let name = name_of(b, v.member);
                ui.label((j + 1).to_string());
                ui.add(egui::Label::new(name.as_str()).wrap());
                fields::count(
                    ui,
                    (index, "votes", v.member),
                    &msg::votes_label(&name),
                    &mut v.votes,
                );
                let res = outcome.candidates.iter().find(|c| c.member == v.member);
                ui.label(res.map(|c| c.pct.clone()).unwrap_or_default());
                match res {
                    Some(c) => status(ui, c.passed, c.status),
                    None => {
                        ui.label("");
                        ui.label("");
                    }
                }
                let x = ui.small_button(msg::REMOVE).on_hover_text(msg::REMOVE_HINT);
                fields::name(&x, egui::Role::Button, &msg::remove_label(&name));
                if x.clicked() {
                    remove = Some(j);
                }
                ui.end_row();
            }
        });
    if let Some(j) = remove {
        round.votes.remove(j);
    }
    let on_list: Vec<MemberId> = round.votes.iter().map(|v| v.member).collect();
    let options = choices(ward, b, &on_list);
    if let Some(id) = pick(
        ui,
        &format!("round-add-{index}"),
        msg::ADD_CANDIDATE,
        &options,
    ) {
        round.votes.push(CandidateVotes {
            member: id,
            votes: 0,
        });
    }
    ui.label(msg::threshold_line(outcome.summoned, outcome.needed));
    match &outcome.next {
        Some(NextRound::Tie { candidates, seats }) => {
            let names: Vec<String> = candidates.iter().map(|id| name_of(b, *id)).collect();
            ui.colored_label(
                ui.visuals().warn_fg_color,
                msg::next_round_tie(&names.join(", "), *seats),
            );
        }
        Some(NextRound::Unfilled { seats, .. }) if !round.votes.is_empty() => {
            ui.colored_label(ui.visuals().warn_fg_color, msg::next_round_unfilled(*seats));
        }
        _ => {}
    }
    // Problems of this round, as the whole branch would report them.
    let mut probe = b.clone();
    probe.results = r.clone();
    for p in rules::check_round(ward, &probe, index) {
        let color = match p.severity {
            Severity::Error => ui.visuals().error_fg_color,
            Severity::Warning => ui.visuals().warn_fg_color,
        };
        ui.colored_label(color, p.message.as_str());
    }
    ui.horizontal(|ui| {
        if ui.button(msg::MINUTES_BUTTON).clicked() {
            minutes = Some(index);
        }
        if ui.button(msg::DELETE_ROUND).clicked() {
            delete = true;
        }
    });
    if delete {
        r.rounds.remove(index);
    }
    minutes
}

/// Widest a header of the votes table may be before it wraps.
const HEADER_WIDTH: f32 = 96.0;

fn status(ui: &mut Ui, passed: bool, s: CandidateStatus) {
    let (pass, pass_color) = if passed {
        (msg::PASSED, Color32::from_rgb(0, 140, 60))
    } else {
        (msg::NOT_PASSED, ui.visuals().error_fg_color)
    };
    ui.label(RichText::new(pass).color(pass_color));
    let (text, color) = match s {
        CandidateStatus::Elected => (msg::STATUS_ELECTED, Color32::from_rgb(0, 140, 60)),
        CandidateStatus::Tied => (msg::STATUS_TIED, ui.visuals().warn_fg_color),
        CandidateStatus::OutRanked => (msg::STATUS_OUTRANKED, ui.visuals().warn_fg_color),
        CandidateStatus::BelowThreshold => (msg::STATUS_BELOW, ui.visuals().error_fg_color),
    };
    ui.label(RichText::new(text).color(color).strong());
}

/// Labelled number fields side by side.
fn labelled_counts<const N: usize>(ui: &mut Ui, index: usize, fields: [(&str, &mut u32); N]) {
    for (label, value) in fields {
        ui.add_space(12.0);
        let l = ui.label(label);
        fields::count(ui, (index, label), label, value).labelled_by(l.id);
    }
}
