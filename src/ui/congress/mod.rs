//! The congress-day screens: the roll call at the door, ballot-by-ballot
//! counting with two independent entries, the projection screen for the
//! hall, and the stage of each branch for the ward overview.

pub mod ballots;
pub mod comments;
pub mod projection;
pub mod roll_call;

use crate::model::Branch;
use crate::strings::congress as msg;
use eframe::egui::{self, Ui};

/// How the counting screen enters the votes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CountMode {
    /// The totals per candidate, typed from the tally sheets.
    #[default]
    Totals,
    /// Each ballot as it is read aloud.
    Ballots,
}

/// The mode tabs of the counting screen and the projection button; the
/// mode chosen (kept in egui's memory per branch).
pub fn mode_bar(ui: &mut Ui, b: &Branch) -> CountMode {
    let id = egui::Id::unique(("count-mode", &b.id));
    let mut mode: CountMode = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal(|ui| {
        for (m, label) in [
            (CountMode::Totals, msg::MODE_TOTALS),
            (CountMode::Ballots, msg::MODE_BALLOTS),
        ] {
            if ui.selectable_label(mode == m, label).clicked() {
                mode = m;
            }
        }
        ui.separator();
        let open = projection::is_open(ui.ctx());
        let text = if open {
            msg::CLOSE_PROJECTION
        } else {
            msg::OPEN_PROJECTION
        };
        if ui.button(text).clicked() {
            if open {
                projection::close(ui.ctx());
            } else {
                projection::open(ui.ctx(), &b.id);
            }
        }
    });
    ui.data_mut(|d| d.insert_temp(id, mode));
    mode
}

/// The "In phiếu bầu" buttons: each names the round its ballots are for
/// ("Chi ủy (lần 2)"), and a later round says on screen whom its ballots
/// list and why. Returns the office whose ballots were asked for.
pub fn ballot_buttons(
    ui: &mut Ui,
    ward: &crate::model::Ward,
    b: &Branch,
) -> Option<crate::model::Office> {
    use crate::model::Office;
    use crate::rules::election::{NextRound, tally};
    use crate::rules::labels;
    use crate::strings::election as emsg;
    let mut asked = None;
    let mut notes: Vec<String> = Vec::new();
    let t = tally(&ward.rules, b);
    ui.horizontal_wrapped(|ui| {
        ui.label(emsg::BALLOTS_BUTTON);
        for office in [Office::Committee, Office::Secretary, Office::Deputy] {
            let list = crate::docgen::ballot::ballot_list(ward, b, office);
            let text = match &list {
                Some(l) => emsg::round_object(Some(labels::office(office)), l.round),
                None => labels::office(office).to_string(),
            };
            let mut resp = ui.button(text);
            if list.is_none() {
                resp = resp.on_hover_text(msg::no_ballot_list(labels::office(office)));
            }
            if resp.clicked() {
                asked = Some(office);
            }
            let Some(l) = list.filter(|l| l.round > 1) else {
                continue;
            };
            // The last round of this office, and why it led to another.
            let last = b
                .results
                .rounds
                .iter()
                .zip(&t.outcomes)
                .rfind(|(r, _)| r.office == Some(office));
            let reason = match last {
                Some((r, o)) => {
                    let previous = emsg::round_object(r.office.map(labels::office), r.round);
                    match &o.next {
                        Some(NextRound::Tie { seats, .. }) => msg::reason_tie(&previous, *seats),
                        Some(NextRound::Unfilled { seats, .. }) => {
                            msg::reason_unfilled(&previous, *seats)
                        }
                        None => msg::reason_round(l.round),
                    }
                }
                None => msg::reason_round(l.round),
            };
            let names: Vec<String> = l
                .candidates
                .iter()
                .filter_map(|id| b.member(*id).map(|m| m.full_name.clone()))
                .collect();
            notes.push(msg::later_round_ballots(
                &emsg::round_object(Some(labels::office(office)), l.round),
                &names.join(", "),
                names.len(),
                &reason,
            ));
        }
    });
    let p = crate::ui::style::palette(ui);
    for n in notes {
        ui.colored_label(p.warning, n);
    }
    asked
}

/// The stage of a branch on the ward overview: five steps (prepared, held,
/// results entered, ratified, dossier complete) filled up to the stage
/// reached, and its name; every step on hover. `compact` (a narrow table):
/// the name alone, wrapped (the steps on hover).
pub fn stage_cell(ui: &mut Ui, stage: crate::rules::election::dossier::Stage, compact: bool) {
    use crate::rules::election::dossier::Stage;
    let p = crate::ui::style::palette(ui);
    let steps = &Stage::ALL[1..];
    let lines: Vec<String> = steps
        .iter()
        .map(|s| msg::stage_step(s.label(), stage >= *s))
        .collect();
    let hover = lines.join("\n");
    let color = if stage == Stage::DossierComplete {
        p.ok
    } else {
        p.text
    };
    let name = egui::RichText::new(stage.label()).color(color);
    if compact {
        ui.add(egui::Label::new(name).wrap()).on_hover_text(&hover);
        return;
    }
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = STEP_GAP;
        let side = step_side(ui);
        for s in steps {
            let (r, resp) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
            if stage >= *s {
                ui.painter().rect_filled(r, 2.0, p.ok);
            } else {
                ui.painter().rect_stroke(
                    r,
                    2.0,
                    egui::Stroke::new(1.0, p.border),
                    egui::StrokeKind::Inside,
                );
            }
            resp.on_hover_text(&hover);
        }
        ui.add_space(4.0);
        ui.add(egui::Label::new(name).truncate())
            .on_hover_text(&hover);
    });
}

const STEP_GAP: f32 = 3.0;

fn step_side(ui: &Ui) -> f32 {
    ui.text_style_height(&egui::TextStyle::Body) * 0.5
}

/// The width [`stage_cell`] needs for its steps and its longest name on
/// one line.
pub fn stage_cell_width(ui: &Ui) -> f32 {
    use crate::rules::election::dossier::Stage;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let longest = Stage::ALL
        .iter()
        .map(|s| {
            ui.painter()
                .layout_no_wrap(
                    s.label().to_string(),
                    font.clone(),
                    egui::Color32::PLACEHOLDER,
                )
                .size()
                .x
        })
        .fold(0.0, f32::max);
    let steps = (Stage::ALL.len() - 1) as f32;
    steps * step_side(ui) + steps * STEP_GAP + 4.0 + longest + 2.0
}

/// Take the presses of `keys` (without Ctrl/Alt/Cmd) out of this frame's
/// input, in the order they were typed: a fast typist's "Enter, 2" in one
/// frame must save the ballot before crossing the next name.
pub(crate) fn take_keys(ui: &mut Ui, keys: &[egui::Key]) -> Vec<egui::Key> {
    let mut taken = Vec::new();
    ui.input_mut(|i| {
        i.events.retain(|e| match e {
            egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } if keys.contains(key) && !modifiers.ctrl && !modifiers.alt && !modifiers.command => {
                taken.push(*key);
                false
            }
            _ => true,
        })
    });
    taken
}
