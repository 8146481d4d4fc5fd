//! Checks of the recorded rounds: the counting committee's figures and who
//! may stand in each round.

use super::counting::count_round;
use super::eligibility::{elects_committee, summoned};
use super::plan_checks::{candidate_list, problem, surplus_message};
use super::surplus::ListStage;
use crate::model::{Branch, MemberId, Office, PercentRule, RuleSettings};
use crate::rules::field::*;
use crate::rules::{Problem, Severity};
use crate::strings::election as msg;

/// Problems of `branch.results.rounds`, checked in order: each round's
/// figures, then what the rounds before it decided.
pub(super) fn check_rounds(
    rules: &RuleSettings,
    percent: PercentRule,
    b: &Branch,
    out: &mut Vec<Problem>,
) {
    let base = summoned(b);
    let with_committee = elects_committee(rules, b);
    let planned_size = b.drafts.personnel.committee_size;
    let mut committee: Vec<MemberId> = Vec::new();
    let mut secretary_done = false;
    let mut secretary_rounds = 0u32;
    let mut deputy_done = false;
    for (i, round) in b.results.rounds.iter().enumerate() {
        let label = msg::round_label(round.office.map(crate::rules::labels::office), round.round);
        let at = |f: RoundField| Field::Results(ResultsField::Round(i, f));
        let mut err =
            |field: Field, text: String| out.push(problem(Severity::Error, None, field, text));
        figures(round, &label, base.present, &at, &mut err);
        let ids: Vec<MemberId> = round.votes.iter().map(|v| v.member).collect();
        for (j, v) in round.votes.iter().enumerate() {
            match b.member(v.member) {
                None => err(
                    at(RoundField::VoteMember(j)),
                    msg::round_candidate_unknown(&label, j + 1),
                ),
                Some(m) if v.votes > round.ballots_valid => err(
                    at(RoundField::VoteVotes(j)),
                    msg::votes_over_valid(&label, &m.full_name, v.votes, round.ballots_valid),
                ),
                Some(_) => {}
            }
        }
        match round.office {
            None => err(at(RoundField::Office), msg::round_no_office(&label)),
            Some(Office::Committee) => {
                if !with_committee {
                    err(
                        at(RoundField::Office),
                        msg::committee_round_without_committee(&label),
                    );
                }
                if planned_size > 0 {
                    let remaining = planned_size.saturating_sub(committee.len() as u32);
                    if round.seats > remaining {
                        err(
                            at(RoundField::Seats),
                            msg::seats_over_remaining(&label, round.seats, remaining),
                        );
                    }
                }
                if committee.is_empty() && round.seats > 0 && !ids.is_empty() {
                    if let Some((sev, text)) = surplus_message(
                        rules,
                        percent,
                        ListStage::Ballot,
                        round.seats,
                        ids.len() as u32,
                    ) {
                        out.push(problem(
                            sev,
                            None,
                            at(RoundField::Votes),
                            format!("{label}: {text}"),
                        ));
                    }
                }
            }
            Some(office) => {
                if round.seats > 1 {
                    err(
                        at(RoundField::Seats),
                        msg::round_single_seat(&label, round.seats),
                    );
                }
                if with_committee {
                    for (j, id) in ids.iter().enumerate() {
                        if let Some(m) = b.member(*id) {
                            if !committee.contains(id) {
                                err(
                                    at(RoundField::VoteMember(j)),
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
                            at(RoundField::Office),
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
                        at(RoundField::Office),
                        msg::office_already_filled(&label),
                    ));
                }
            }
        }
        candidate_list(
            b,
            &ids,
            &|j| Field::Results(ResultsField::Round(i, RoundField::Vote(j))),
            None,
            out,
        );
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
    at: &dyn Fn(RoundField) -> Field,
    err: &mut dyn FnMut(Field, String),
) {
    if round.seats == 0 {
        err(at(RoundField::Seats), msg::round_no_seats(label));
    }
    if round.votes.is_empty() {
        err(at(RoundField::Votes), msg::round_no_candidates(label));
    }
    if round.ballots_returned > round.ballots_issued {
        err(
            at(RoundField::BallotsReturned),
            msg::returned_over_issued(label, round.ballots_returned, round.ballots_issued),
        );
    }
    if u64::from(round.ballots_valid) + u64::from(round.ballots_invalid)
        != u64::from(round.ballots_returned)
    {
        err(
            at(RoundField::BallotsValid),
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
            at(RoundField::BallotsIssued),
            msg::issued_over_present(label, round.ballots_issued, present),
        );
    }
    let total: u64 = round.votes.iter().map(|v| u64::from(v.votes)).sum();
    if round.seats > 0 && total > u64::from(round.ballots_valid) * u64::from(round.seats) {
        err(
            at(RoundField::Votes),
            msg::votes_total_over(label, total, round.ballots_valid, round.seats),
        );
    }
}
