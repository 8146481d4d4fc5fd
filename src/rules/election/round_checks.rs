//! Checks of the recorded rounds: the counting committee's figures and who
//! may stand in each round.

use super::counting::count_round;
use super::eligibility::{elects_committee, summoned};
use super::plan_checks::{candidate_list, problem, surplus_message};
use super::surplus::ListStage;
use crate::model::{Branch, MemberId, Office, RuleSettings};
use crate::rules::{Problem, Severity};
use crate::strings::election as msg;

/// Problems of `branch.results.rounds`, checked in order: each round's
/// figures, then what the rounds before it decided.
pub(super) fn check_rounds(rules: &RuleSettings, b: &Branch, out: &mut Vec<Problem>) {
    let base = summoned(b);
    let with_committee = elects_committee(rules, b);
    let planned_size = b.drafts.personnel.committee_size;
    let mut committee: Vec<MemberId> = Vec::new();
    let mut secretary_done = false;
    let mut secretary_rounds = 0u32;
    let mut deputy_done = false;
    for (i, round) in b.results.rounds.iter().enumerate() {
        let label = msg::round_label(round.office, round.round);
        let at = |f: &str| format!("results.rounds[{i}].{f}");
        let mut err =
            |field: String, text: String| out.push(problem(Severity::Error, None, field, text));
        figures(round, &label, base.present, &at, &mut err);
        let ids: Vec<MemberId> = round.votes.iter().map(|v| v.member).collect();
        for (j, v) in round.votes.iter().enumerate() {
            let field = format!("results.rounds[{i}].votes[{j}]");
            match b.member(v.member) {
                None => err(
                    format!("{field}.member"),
                    msg::round_candidate_unknown(&label, j + 1),
                ),
                Some(m) if v.votes > round.ballots_valid => err(
                    format!("{field}.votes"),
                    msg::votes_over_valid(&label, &m.full_name, v.votes, round.ballots_valid),
                ),
                Some(_) => {}
            }
        }
        match round.office {
            None => err(at("office"), msg::round_no_office(&label)),
            Some(Office::Committee) => {
                if !with_committee {
                    err(at("office"), msg::committee_round_without_committee(&label));
                }
                if planned_size > 0 {
                    let remaining = planned_size.saturating_sub(committee.len() as u32);
                    if round.seats > remaining {
                        err(
                            at("seats"),
                            msg::seats_over_remaining(&label, round.seats, remaining),
                        );
                    }
                }
                if committee.is_empty() && round.seats > 0 && !ids.is_empty() {
                    if let Some((sev, text)) =
                        surplus_message(rules, ListStage::Ballot, round.seats, ids.len() as u32)
                    {
                        out.push(problem(sev, None, at("votes"), format!("{label}: {text}")));
                    }
                }
            }
            Some(office) => {
                if round.seats > 1 {
                    err(at("seats"), msg::round_single_seat(&label, round.seats));
                }
                if with_committee {
                    for (j, id) in ids.iter().enumerate() {
                        if let Some(m) = b.member(*id) {
                            if !committee.contains(id) {
                                err(
                                    format!("results.rounds[{i}].votes[{j}].member"),
                                    msg::not_on_new_committee(&label, &m.full_name),
                                );
                            }
                        }
                    }
                }
                let filled = if office == Office::Secretary {
                    secretary_rounds += 1;
                    if !secretary_done && secretary_rounds > rules.secretary_max_rounds {
                        err(
                            at("office"),
                            msg::secretary_rounds_exceeded(&label, rules.secretary_max_rounds),
                        );
                    }
                    secretary_done
                } else {
                    deputy_done
                };
                if filled {
                    out.push(problem(
                        Severity::Warning,
                        None,
                        at("office"),
                        msg::office_already_filled(&label),
                    ));
                }
            }
        }
        candidate_list(b, &ids, &format!("results.rounds[{i}].votes"), None, out);
        let outcome = count_round(round, base.summoned);
        match round.office {
            Some(Office::Committee) => {
                committee.extend(
                    outcome
                        .elected
                        .iter()
                        .filter(|id| !committee.contains(id))
                        .collect::<Vec<_>>(),
                );
            }
            Some(Office::Secretary) => secretary_done |= !outcome.elected.is_empty(),
            Some(Office::Deputy) => deputy_done |= !outcome.elected.is_empty(),
            None => {}
        }
    }
}

/// The counting committee's figures of one round (DOMAIN.md "Counting
/// committee"; issue 5 "Bad input is caught").
fn figures(
    round: &crate::model::ElectionRound,
    label: &str,
    present: u32,
    at: &dyn Fn(&str) -> String,
    err: &mut dyn FnMut(String, String),
) {
    if round.seats == 0 {
        err(at("seats"), msg::round_no_seats(label));
    }
    if round.votes.is_empty() {
        err(at("votes"), msg::round_no_candidates(label));
    }
    if round.ballots_returned > round.ballots_issued {
        err(
            at("ballots_returned"),
            msg::returned_over_issued(label, round.ballots_returned, round.ballots_issued),
        );
    }
    if u64::from(round.ballots_valid) + u64::from(round.ballots_invalid)
        != u64::from(round.ballots_returned)
    {
        err(
            at("ballots_valid"),
            msg::valid_invalid_mismatch(
                label,
                round.ballots_valid,
                round.ballots_invalid,
                round.ballots_returned,
            ),
        );
    }
    if present > 0 && round.ballots_issued > present {
        err(
            at("ballots_issued"),
            msg::issued_over_present(label, round.ballots_issued, present),
        );
    }
    let total: u64 = round.votes.iter().map(|v| u64::from(v.votes)).sum();
    if round.seats > 0 && total > u64::from(round.ballots_valid) * u64::from(round.seats) {
        err(
            at("votes"),
            msg::votes_total_over(label, total, round.ballots_valid, round.seats),
        );
    }
}
