//! The counting screen: the counting committee, the rounds with their
//! ballots and votes, who is elected, and the structure figures.
//!
//! The screen reads the branch and returns [`ElectionAction`]s; the app
//! applies them after the frame (undo, saving and file writing live there).

mod fields;
mod round;
mod structure;
pub mod view;
pub use view::ElectionView;

pub use structure::structure_table;

use crate::model::{Branch, ElectionResults, Member, MemberId, Ward};
use crate::rules::collate;
use crate::rules::election::{self as rules, SecretaryState};
use crate::rules::labels;
use crate::strings::election as msg;
use eframe::egui::{self, RichText, Ui};

/// What the screen asks the app to do.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ElectionAction {
    /// Store these results in the branch (any edit on the screen; who is
    /// elected is already recomputed from the rounds).
    Results(ElectionResults),
    /// Write a paper of the election.
    Paper(Paper),
}

/// The papers of the election the screen can produce.
pub use crate::ops::Paper;

/// The screen inside the app: edits go back as a command (the app takes
/// the undo step and saves); the view state lives in egui's memory.
pub fn screen(ui: &mut Ui, b: &mut Branch, ward: &Ward, out: &mut Vec<crate::ui::Command>) {
    let mut view = ElectionView::load(ui.ctx(), &b.id);
    match crate::ui::congress::mode_bar(ui, b) {
        crate::ui::congress::CountMode::Totals => {
            for action in show(ui, &mut view, ward, b) {
                match action {
                    ElectionAction::Results(results) => {
                        out.push(crate::ui::Command::SetElectionResults {
                            branch: b.id.clone(),
                            results,
                        })
                    }
                    ElectionAction::Paper(p) => out.push(crate::ui::Command::ElectionPaper(p)),
                }
            }
        }
        crate::ui::congress::CountMode::Ballots => {
            let mut results = b.results.clone();
            round_tabs(ui, &mut view, ward, b, &mut results);
            if results != b.results {
                out.push(crate::ui::Command::SetElectionResults {
                    branch: b.id.clone(),
                    results,
                });
            }
            view.round = view.round.min(b.results.rounds.len().max(1) - 1);
            // Ballots go into the branch in place (the app's per-frame
            // comparison takes the undo step and saves).
            crate::ui::congress::ballots::screen(ui, b, ward, view.round);
        }
    }
    view.store(ui.ctx(), &b.id);
}

/// Show the screen for `b`.
pub fn show(ui: &mut Ui, view: &mut ElectionView, ward: &Ward, b: &Branch) -> Vec<ElectionAction> {
    let mut actions = Vec::new();
    let mut results = b.results.clone();
    egui::ScrollArea::vertical()
        .id_salt("election-screen")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(msg::SCREEN_TITLE);
            let s = rules::summoned(b);
            ui.label(msg::threshold_line(s.summoned, s.votes_needed()));
            ui.checkbox(&mut results.held, msg::HELD);
            ui.separator();
            counting_committee(ui, ward, b, &mut results);
            ui.separator();
            ui.heading(msg::ROUNDS);
            round_tabs(ui, view, ward, b, &mut results);
            if let Some(i) = round::editor(ui, view.round, ward, b, &mut results) {
                actions.push(ElectionAction::Paper(Paper::Minutes(i)));
            }
            ui.separator();
            elected(ui, ward, b);
            if let Some(office) = crate::ui::congress::ballot_buttons(ui, ward, b) {
                actions.push(ElectionAction::Paper(Paper::Ballots(office)));
            }
            ui.separator();
            structure_table(ui, ward, b);
        });
    // Who is elected follows from the rounds (also for a file saved by an
    // older version or edited by hand).
    if !results.rounds.is_empty() {
        let mut probe = b.clone();
        probe.results = results.clone();
        let t = rules::tally(&ward.rules, &probe);
        results.elected = t.elected();
        results.secretary_to_be_appointed = t.secretary_to_be_appointed();
    }
    if results != b.results {
        actions.insert(0, ElectionAction::Results(results));
    }
    view.round = view.round.min(b.results.rounds.len().max(1) - 1);
    actions
}

fn name_of(b: &Branch, id: MemberId) -> String {
    b.member(id)
        .map(|m| m.full_name.clone())
        .unwrap_or_default()
}

/// Full members in Vietnamese name order, skipping `except`.
fn choices<'a>(ward: &Ward, b: &'a Branch, except: &[MemberId]) -> Vec<&'a Member> {
    let mut v: Vec<&Member> = b
        .members
        .iter()
        .filter(|m| m.is_full() && !except.contains(&m.id))
        .collect();
    collate::sort_members(&mut v, ward.rules.name_order);
    v
}

/// A combo box offering `options`; returns the one picked.
fn pick(ui: &mut Ui, salt: &str, label: &str, options: &[&Member]) -> Option<MemberId> {
    let mut picked = None;
    let resp = egui::ComboBox::from_id_salt(salt)
        .selected_text(label)
        .width(260.0)
        .show_ui(ui, |ui| {
            for m in options {
                if ui.selectable_label(false, &m.full_name).clicked() {
                    picked = Some(m.id);
                }
            }
        })
        .response;
    fields::name(&resp, egui::Role::ComboBox, label);
    picked
}

fn counting_committee(ui: &mut Ui, ward: &Ward, b: &Branch, r: &mut ElectionResults) {
    ui.strong(msg::COUNTING_COMMITTEE);
    ui.label(RichText::new(msg::COUNTING_COMMITTEE_HINT).small());
    let mut remove = None;
    ui.horizontal_wrapped(|ui| {
        for (i, id) in r.counting_committee.iter().enumerate() {
            ui.label(format!("{}. {}", i + 1, name_of(b, *id)));
            let x = ui.small_button(msg::REMOVE).on_hover_text(msg::REMOVE_HINT);
            fields::name(&x, egui::Role::Button, &msg::remove_label(&name_of(b, *id)));
            if x.clicked() {
                remove = Some(i);
            }
            ui.add_space(12.0);
        }
        let options = choices(ward, b, &r.counting_committee);
        if let Some(id) = pick(ui, "counting-add", msg::ADD_COUNTING_MEMBER, &options) {
            r.counting_committee.push(id);
        }
    });
    if let Some(i) = remove {
        r.counting_committee.remove(i);
    }
}

fn round_tabs(
    ui: &mut Ui,
    view: &mut ElectionView,
    ward: &Ward,
    b: &Branch,
    r: &mut ElectionResults,
) {
    ui.horizontal_wrapped(|ui| {
        for (i, round) in r.rounds.iter().enumerate() {
            let text = msg::round_label(round.office.map(labels::office), round.round);
            if ui.selectable_label(view.round == i, text).clicked() {
                view.round = i;
            }
        }
        if ui.button(msg::ADD_ROUND).clicked() {
            let mut probe = b.clone();
            probe.results = r.clone();
            let next = rules::suggest_round(&ward.rules, &probe).unwrap_or_default();
            r.rounds.push(next);
            view.round = r.rounds.len() - 1;
        }
    });
    if r.rounds.is_empty() {
        ui.label(msg::NO_ROUNDS);
    }
}

/// Who the recorded rounds elected, by role.
fn elected(ui: &mut Ui, ward: &Ward, b: &Branch) {
    ui.heading(msg::ELECTED_HEADING);
    let t = rules::tally(&ward.rules, b);
    let list = t.elected();
    if list.is_empty() {
        ui.label(msg::NOBODY_ELECTED);
    }
    let mut list = list;
    list.sort_by_key(|e| std::cmp::Reverse(e.role));
    for e in list {
        ui.label(msg::elected_line(
            labels::committee_role(e.role),
            &name_of(b, e.member),
        ));
    }
    if let SecretaryState::ToBeAppointed { rounds } = t.secretary {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            msg::secretary_to_be_appointed(rounds),
        );
    }
}
