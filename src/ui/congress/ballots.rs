//! Ballot-by-ballot counting inside the election screen: the counting
//! committee reads each ballot aloud and a clerk types which names are
//! crossed out. Keyboard first: the number of a name (as printed on the
//! ballot, in Vietnamese name order) toggles it, Enter saves the ballot and
//! moves to the next one. A ballot with k names crossed takes k + 1 keys.
//!
//! Two independent entries (A and B, or B taken from the other PC's branch
//! file) are compared ballot by ballot; every difference is listed with a
//! way to correct either side, until they agree. The totals, the threshold
//! line and who is elected follow the entry being typed.

use crate::model::{BallotEntry, BallotRead, Branch, ElectionRound, MemberId, RoundBallots, Ward};
use crate::rules::collate;
use crate::rules::election::ballots::{self as rules, EntryTally, Verdict};
use crate::rules::election::{self as election, CandidateStatus, RoundOutcome};
use crate::strings::{congress as msg, election as emsg, papers};
use crate::ui::form::name_widget;
use crate::ui::style;
use eframe::egui::{self, Key, RichText, Ui};

/// Runtime state of the entry screen (egui memory, never saved).
#[derive(Debug, Clone, Default)]
pub struct BallotsView {
    /// Which entry is being typed: 0 = A, 1 = B.
    pub entry: usize,
    /// The ballot being typed.
    pub draft: BallotRead,
    /// Correcting this ballot (index) of the entry instead of adding one.
    pub editing: Option<usize>,
    /// What just happened (text, is an error).
    pub note: Option<(String, bool)>,
}

/// The candidates of a round in the order the ballot prints them
/// (Vietnamese name order), which is the order of the number keys.
pub fn ballot_order(ward: &Ward, b: &Branch, round: &ElectionRound) -> Vec<MemberId> {
    let ids = rules::round_candidates(round);
    collate::members_sorted(&b.members, &ids, ward.rules.name_order)
        .iter()
        .map(|m| m.id)
        .collect()
}

/// The round as the entries have counted it so far: the entry with the most
/// ballots (the first on a tie) written into a copy of the round. `None`
/// when no ballot was entered for it (the typed totals are what there is).
pub fn live_round(ward: &Ward, b: &Branch, index: usize) -> Option<(ElectionRound, EntryTally)> {
    let round = b.results.rounds.get(index)?;
    let rb = b.round_ballots(round.office, round.round)?;
    let entry = rb
        .entries
        .iter()
        .rev()
        .max_by_key(|e| e.ballots.len())
        .filter(|e| !e.ballots.is_empty())?;
    let candidates = ballot_order(ward, b, round);
    let t = rules::tally_entry(&candidates, round.seats, entry);
    let mut probe = round.clone();
    rules::apply(&mut probe, &t);
    Some((probe, t))
}

fn view_id(b: &Branch) -> egui::Id {
    egui::Id::unique(("ballots-view", &b.id))
}

/// The screen inside the app for round `index` of `b`: ballots go into `b`
/// in place (the app takes the undo step and saves).
pub fn screen(ui: &mut Ui, b: &mut Branch, ward: &Ward, index: usize) {
    let id = view_id(b);
    let mut view: BallotsView = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    show(ui, &mut view, ward, b, index);
    ui.data_mut(|d| d.insert_temp(id, view));
}

pub fn show(ui: &mut Ui, view: &mut BallotsView, ward: &Ward, b: &mut Branch, index: usize) {
    let Some(round) = b.results.rounds.get(index).cloned() else {
        ui.label(msg::NO_ROUND);
        return;
    };
    let candidates = ballot_order(ward, b, &round);
    if candidates.is_empty() {
        ui.label(msg::NO_CANDIDATES);
        return;
    }
    let label = emsg::round_label(round.office.map(crate::rules::labels::office), round.round);
    ensure_entries(b, &round);
    keys(ui, view, b, &round, &candidates);
    entry_bar(ui, view, b, &round, &label);
    ui.label(RichText::new(msg::BALLOT_KEYS).small());
    if let Some((text, error)) = &view.note {
        let p = style::palette(ui);
        ui.colored_label(if *error { p.error } else { p.ok }, text);
    }
    ui.separator();
    let entry = entry_of(b, &round, view.entry);
    let tally = rules::tally_entry(&candidates, round.seats, &entry);
    let mut probe = round.clone();
    rules::apply(&mut probe, &tally);
    let summoned = election::summoned(b).summoned;
    let outcome = election::count_round_by(&probe, summoned, ward.percent);
    let mut action: Option<LogAction> = None;
    let mut save_clicked = false;
    egui::ScrollArea::vertical()
        .id_salt("ballots-screen")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = ui.available_width();
            let card = (width * 0.42).max(360.0);
            if width >= card + SIDE_MIN {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        ui.set_width(card);
                        save_clicked = ballot_card(ui, view, b, &round, &candidates, &entry);
                    });
                    ui.separator();
                    ui.vertical(|ui| {
                        ui.set_max_width(ui.available_width());
                        totals(ui, b, &tally, &outcome)
                    });
                });
            } else {
                // A narrow window: the totals under the card.
                ui.vertical(|ui| {
                    ui.set_max_width(card.min(width));
                    save_clicked = ballot_card(ui, view, b, &round, &candidates, &entry);
                });
                ui.separator();
                totals(ui, b, &tally, &outcome);
            }
            ui.separator();
            compare(ui, b, &round, &candidates, &label, &mut action);
            ui.add_space(8.0);
            log(ui, view, b, &candidates, &round, &entry, &mut action);
        });
    if save_clicked {
        save(view, b, &round, &candidates);
    }
    match action {
        Some(LogAction::Edit { entry, ballot }) => start_edit(view, b, &round, entry, ballot),
        Some(LogAction::Apply) => {
            if let Some(r) = b.results.rounds.get_mut(index) {
                rules::apply(r, &tally);
                // Who is elected follows from the rounds.
                let t = election::tally(&ward.rules, b);
                b.results.elected = t.elected();
                b.results.secretary_to_be_appointed = t.secretary_to_be_appointed();
                view.note = Some((msg::applied(&label), false));
            }
        }
        Some(LogAction::Imported(e)) => {
            let n = e.ballots.len();
            let clerk = e.clerk.clone();
            let rb = b.round_ballots_mut(round.office, round.round);
            while rb.entries.len() < 2 {
                let i = rb.entries.len();
                rb.entries.push(BallotEntry {
                    clerk: msg::entry_default_clerk(i),
                    ballots: Vec::new(),
                });
            }
            rb.entries[1] = e;
            view.note = Some((msg::imported(n, &clerk), false));
        }
        Some(LogAction::Failed(text)) => view.note = Some((text, true)),
        None => {}
    }
}

/// Least width of the totals beside the ballot card; narrower, they go under it.
const SIDE_MIN: f32 = 440.0;

enum LogAction {
    Edit { entry: usize, ballot: usize },
    Apply,
    Imported(BallotEntry),
    Failed(String),
}

/// Entries A and B exist (empty) once the screen is used, so the clerk's
/// name can be typed before the first ballot.
fn ensure_entries(b: &mut Branch, round: &ElectionRound) {
    if b.round_ballots(round.office, round.round)
        .is_some_and(|r| r.entries.len() >= 2)
    {
        return;
    }
    let rb = b.round_ballots_mut(round.office, round.round);
    while rb.entries.len() < 2 {
        let i = rb.entries.len();
        rb.entries.push(BallotEntry {
            clerk: msg::entry_default_clerk(i),
            ballots: Vec::new(),
        });
    }
}

fn entry_of(b: &Branch, round: &ElectionRound, i: usize) -> BallotEntry {
    b.round_ballots(round.office, round.round)
        .and_then(|r| r.entries.get(i))
        .cloned()
        .unwrap_or_default()
}

fn entry_mut<'a>(b: &'a mut Branch, round: &ElectionRound, i: usize) -> &'a mut BallotEntry {
    let rb: &mut RoundBallots = b.round_ballots_mut(round.office, round.round);
    while rb.entries.len() <= i {
        let n = rb.entries.len();
        rb.entries.push(BallotEntry {
            clerk: msg::entry_default_clerk(n),
            ballots: Vec::new(),
        });
    }
    &mut rb.entries[i]
}

fn start_edit(view: &mut BallotsView, b: &Branch, round: &ElectionRound, entry: usize, i: usize) {
    let e = entry_of(b, round, entry);
    if let Some(ballot) = e.ballots.get(i) {
        view.entry = entry;
        view.draft = ballot.clone();
        view.editing = Some(i);
        view.note = None;
    }
}

/// Save the ballot being typed (or corrected) and start the next one.
fn save(view: &mut BallotsView, b: &mut Branch, round: &ElectionRound, candidates: &[MemberId]) {
    let mut ballot = std::mem::take(&mut view.draft);
    // Keep the crossings in ballot order, so both entries read alike.
    ballot.crossed = rules::crossed(candidates, &ballot);
    let e = entry_mut(b, round, view.entry);
    let number = match view.editing.take() {
        Some(i) if i < e.ballots.len() => {
            e.ballots[i] = ballot;
            i + 1
        }
        _ => {
            e.ballots.push(ballot);
            e.ballots.len()
        }
    };
    view.note = Some((msg::saved_ballot(number), false));
}

fn toggle(view: &mut BallotsView, id: MemberId) {
    if let Some(pos) = view.draft.crossed.iter().position(|x| *x == id) {
        view.draft.crossed.remove(pos);
    } else {
        view.draft.crossed.push(id);
    }
}

/// The entry keys, unless a text field (the clerk's name) has the focus.
fn keys(
    ui: &mut Ui,
    view: &mut BallotsView,
    b: &mut Branch,
    round: &ElectionRound,
    candidates: &[MemberId],
) {
    if ui.memory(|m| m.focused()).is_some() {
        return;
    }
    const DIGITS: [Key; 10] = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
        Key::Num0,
    ];
    let mut wanted: Vec<Key> = DIGITS.to_vec();
    wanted.extend([Key::Enter, Key::X, Key::Backspace, Key::PageUp, Key::Escape]);
    let pressed = super::take_keys(ui, &wanted);
    for key in pressed {
        if let Some(n) = DIGITS.iter().position(|k| *k == key) {
            match candidates.get(n) {
                Some(id) => {
                    toggle(view, *id);
                    view.note = None;
                }
                None => {
                    view.note = Some((msg::key_out_of_list(n + 1, candidates.len()), true));
                }
            }
            continue;
        }
        match key {
            Key::Enter => save(view, b, round, candidates),
            Key::X => view.draft.not_issued = !view.draft.not_issued,
            Key::Backspace => view.draft = BallotRead::default(),
            Key::Escape => {
                view.draft = BallotRead::default();
                view.editing = None;
            }
            Key::PageUp => {
                let len = entry_of(b, round, view.entry).ballots.len();
                let i = match view.editing {
                    Some(i) => i.saturating_sub(1),
                    None => len.saturating_sub(1),
                };
                if len > 0 {
                    start_edit(view, b, round, view.entry, i);
                }
            }
            _ => {}
        }
    }
}

/// Entry A / B, the clerk's name, the import of the other PC's entry.
fn entry_bar(
    ui: &mut Ui,
    view: &mut BallotsView,
    b: &mut Branch,
    round: &ElectionRound,
    label: &str,
) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(format!("{} · {label}", msg::BALLOTS_TITLE));
    });
    ui.horizontal_wrapped(|ui| {
        for (i, text) in [(0, msg::ENTRY_A), (1, msg::ENTRY_B)] {
            let n = entry_of(b, round, i).ballots.len();
            let resp = ui.selectable_label(view.entry == i, format!("{text} ({n})"));
            name_widget(&resp, egui::Role::Tab, text);
            if resp.clicked() && view.entry != i {
                view.entry = i;
                view.draft = BallotRead::default();
                view.editing = None;
                view.note = None;
            }
        }
        ui.add_space(12.0);
        let l = ui.label(msg::CLERK_LABEL);
        let e = entry_mut(b, round, view.entry);
        let resp = ui.add(egui::TextEdit::singleline(&mut e.clerk).desired_width(180.0));
        let resp = resp.labelled_by(l.id);
        if resp.changed() {
            e.clerk = crate::vi::nfc(&e.clerk);
        }
        // Enter in the name field hands the keys back to the ballot.
        if resp.lost_focus() {
            ui.memory_mut(|m| m.surrender_focus(resp.id));
        }
    });
}

/// The ballot being typed: its number, every name with its key, crossed
/// names struck through, and how it counts.
fn ballot_card(
    ui: &mut Ui,
    view: &mut BallotsView,
    b: &Branch,
    round: &ElectionRound,
    candidates: &[MemberId],
    entry: &BallotEntry,
) -> bool {
    let number = view
        .editing
        .map(|i| i + 1)
        .unwrap_or(entry.ballots.len() + 1);
    ui.label(
        RichText::new(msg::ballot_heading(number, view.editing.is_some()))
            .size(style::HEADING)
            .strong(),
    );
    let p = style::palette(ui);
    let mut clicked: Option<MemberId> = None;
    egui::Grid::new("ballot-card")
        .num_columns(3)
        .spacing([12.0, 2.0])
        .show(ui, |ui| {
            for (n, id) in candidates.iter().enumerate() {
                let name = b
                    .member(*id)
                    .map(|m| m.full_name.clone())
                    .unwrap_or_default();
                let crossed = view.draft.crossed.contains(id);
                let key = if n < 9 {
                    (n + 1).to_string()
                } else if n == 9 {
                    "0".into()
                } else {
                    String::new()
                };
                ui.label(RichText::new(key).size(style::BODY + 3.0).strong());
                let mut text = RichText::new(&name).size(style::BODY + 3.0);
                if crossed {
                    text = text.strikethrough().color(p.error);
                }
                let resp = ui.add(egui::Button::new(text).frame(false));
                name_widget(&resp, egui::Role::Button, &msg::candidate_key(n + 1, &name));
                if resp.clicked() {
                    clicked = Some(*id);
                }
                if crossed {
                    ui.colored_label(p.error, msg::CROSSED);
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
        });
    if let Some(id) = clicked {
        toggle(view, id);
    }
    ui.checkbox(&mut view.draft.not_issued, msg::NOT_ISSUED_TOGGLE);
    let verdict = rules::judge(candidates, round.seats, &view.draft);
    let (text, color) = match &verdict {
        Verdict::Valid { kept } => (msg::valid_keeps(kept.len()), p.ok),
        Verdict::Blank => (papers::BALLOT_BLANK.to_string(), p.warning),
        Verdict::Invalid(_) => (rules::verdict_text(&verdict), p.error),
    };
    ui.label(
        RichText::new(text)
            .size(style::HEADING)
            .color(color)
            .strong(),
    );
    ui.horizontal(|ui| {
        let save_clicked = ui.button(msg::SAVE_BALLOT).clicked();
        if ui.button(msg::CLEAR_BALLOT).clicked() {
            view.draft = BallotRead::default();
        }
        if view.editing.is_some() && ui.button(msg::CANCEL_EDIT).clicked() {
            view.draft = BallotRead::default();
            view.editing = None;
        }
        save_clicked
    })
    .inner
}

/// Totals of the entry being typed: ballots, votes, threshold, elected.
fn totals(ui: &mut Ui, b: &Branch, t: &EntryTally, outcome: &RoundOutcome) {
    ui.label(style::strong(msg::TOTALS_TITLE));
    ui.label(msg::entry_totals(t.returned, t.valid, t.blank, t.invalid));
    if t.invalid > 0 {
        ui.label(msg::invalid_breakdown(t.not_issued, t.too_many_kept));
    }
    ui.label(emsg::threshold_line(outcome.summoned, outcome.needed));
    let p = style::palette(ui);
    let widest = (ui.available_width() * 0.4).clamp(110.0, 260.0);
    egui::Grid::new("ballot-totals")
        .striped(true)
        .num_columns(4)
        .max_col_width(widest)
        .show(ui, |ui| {
            for h in [
                emsg::COL_NAME,
                emsg::COL_VOTES,
                msg::COL_SHARE,
                emsg::COL_RESULT,
            ] {
                ui.label(style::strong(h));
            }
            ui.end_row();
            for c in &outcome.candidates {
                let name = b
                    .member(c.member)
                    .map(|m| m.full_name.clone())
                    .unwrap_or_default();
                ui.add(egui::Label::new(name).wrap());
                ui.label(c.votes.to_string());
                ui.label(&c.pct);
                let (text, color) = match c.status {
                    CandidateStatus::Elected => (emsg::STATUS_ELECTED, p.ok),
                    CandidateStatus::Tied => (emsg::STATUS_TIED, p.warning),
                    CandidateStatus::OutRanked => (emsg::STATUS_OUTRANKED, p.warning),
                    CandidateStatus::BelowThreshold => (emsg::STATUS_BELOW, p.error),
                };
                ui.colored_label(color, text);
                ui.end_row();
            }
        });
}

/// The comparison of entries A and B, every difference with a way to fix it.
fn compare(
    ui: &mut Ui,
    b: &Branch,
    round: &ElectionRound,
    candidates: &[MemberId],
    label: &str,
    action: &mut Option<LogAction>,
) {
    ui.label(style::strong(msg::COMPARE_TITLE));
    let a = entry_of(b, round, 0);
    let e2 = entry_of(b, round, 1);
    let p = style::palette(ui);
    let differences = rules::compare(candidates, &a, &e2);
    let can_apply = if e2.ballots.is_empty() {
        ui.label(msg::COMPARE_NEEDS_B);
        if !a.ballots.is_empty() {
            ui.colored_label(p.warning, msg::SINGLE_ENTRY_NOTE);
        }
        !a.ballots.is_empty()
    } else if differences.is_empty() {
        ui.colored_label(p.ok, papers::entries_agree(a.ballots.len()));
        true
    } else {
        ui.colored_label(p.error, papers::entries_differ(differences.len()));
        let name = |id: MemberId| {
            b.member(id)
                .map(|m| m.full_name.clone())
                .unwrap_or_default()
        };
        for d in &differences {
            ui.horizontal_wrapped(|ui| {
                ui.label(rules::difference_text(d, &a.clerk, &e2.clerk, name));
                let i = d.number - 1;
                if d.first.is_some() && ui.small_button(msg::FIX_IN_A).clicked() {
                    *action = Some(LogAction::Edit {
                        entry: 0,
                        ballot: i,
                    });
                }
                if d.second.is_some() && ui.small_button(msg::FIX_IN_B).clicked() {
                    *action = Some(LogAction::Edit {
                        entry: 1,
                        ballot: i,
                    });
                }
            });
        }
        false
    };
    ui.horizontal_wrapped(|ui| {
        if ui.button(msg::IMPORT_B).clicked() {
            crate::ui::file_picker::request(
                ui.ctx(),
                crate::ui::file_picker::Request::open(
                    "ballots-import-b",
                    msg::IMPORT_B,
                    "ron",
                    &["ron"],
                ),
            );
        }
        if let Some(path) = crate::ui::file_picker::take(ui.ctx(), "ballots-import-b") {
            *action = Some(match import_entry(&path, b, round, label) {
                Ok(e) => LogAction::Imported(e),
                Err(text) => LogAction::Failed(text),
            });
        }
        let resp = ui.add_enabled(can_apply, egui::Button::new(msg::APPLY));
        if resp.clicked() {
            *action = Some(LogAction::Apply);
        }
        if !can_apply {
            ui.label(RichText::new(msg::APPLY_BLOCKED).small());
        }
    });
}

/// The first entry of the same round in another PC's copy of this branch.
pub fn import_entry(
    path: &std::path::Path,
    b: &Branch,
    round: &ElectionRound,
    label: &str,
) -> Result<BallotEntry, String> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| msg::import_failed(&shown, &e.to_string()))?;
    let other = crate::store::parse_branch(path, &bytes).map_err(|e| e.to_string())?;
    if other.id != b.id {
        return Err(msg::import_other_branch(&shown, &other.name));
    }
    other
        .round_ballots(round.office, round.round)
        .and_then(|r| r.entries.iter().find(|e| !e.ballots.is_empty()))
        .cloned()
        .ok_or_else(|| msg::import_no_round(&shown, label))
}

/// Every ballot of the entry being typed, newest first, each one editable.
fn log(
    ui: &mut Ui,
    view: &BallotsView,
    b: &Branch,
    candidates: &[MemberId],
    round: &ElectionRound,
    entry: &BallotEntry,
    action: &mut Option<LogAction>,
) {
    ui.label(style::strong(msg::LOG_TITLE));
    let name = |id: &MemberId| {
        b.member(*id)
            .map(|m| m.full_name.clone())
            .unwrap_or_default()
    };
    for (i, ballot) in entry.ballots.iter().enumerate().rev() {
        let crossed: Vec<String> = rules::crossed(candidates, ballot)
            .iter()
            .map(name)
            .collect();
        let reading = if ballot.not_issued {
            papers::INVALID_NOT_ISSUED.to_string()
        } else {
            papers::crossed_names(&crossed)
        };
        let verdict = rules::verdict_text(&rules::judge(candidates, round.seats, ballot));
        ui.horizontal(|ui| {
            let text = msg::log_line(i + 1, &reading, &verdict);
            if view.editing == Some(i) {
                ui.label(style::strong(text));
            } else {
                ui.label(text);
            }
            let resp = ui.small_button(msg::edit_ballot(i + 1));
            if resp.clicked() {
                *action = Some(LogAction::Edit {
                    entry: view.entry,
                    ballot: i,
                });
            }
        });
    }
}
