//! Election rules (DOMAIN.md "Election rules"): who elects what, the
//! surplus of a list, the threshold, counting a round, and the checks of the
//! personnel plan and of the recorded rounds. Pure functions over the model;
//! every number comes from `ward.rules` (`RuleSettings`).

pub mod ballots;
mod counting;
pub mod dossier;
mod eligibility;
mod next;
mod plan_checks;
pub mod roll_call;
mod round_checks;
mod surplus;

pub use counting::{
    CandidateResult, CandidateStatus, NextRound, RoundOutcome, SecretaryState, Tally, count_round,
    count_round_by, tally,
};
pub use eligibility::{
    LeftOut, Summoned, default_committee_size, elects_committee, full_members, left_out,
    nominee_admitted, passes, summoned, votes_needed,
};
pub use next::suggest_round;
pub use roll_call::{RollCall, roll_call};
pub use surplus::{
    ListStage, ProposalAdvice, Surplus, SurplusVerdict, judge as judge_surplus, max_candidates,
    proposal_advice,
};

use super::Problem;
use crate::model::{Branch, Ward};

/// Problems of the personnel plan, the counting committee and the recorded
/// rounds of `branch`, in that order (`rules::validate` adds them to the rest).
pub fn check_plan(ward: &Ward, branch: &Branch) -> Vec<Problem> {
    let mut out = Vec::new();
    plan_checks::check_personnel_plan(ward, branch, &mut out);
    plan_checks::check_counting_committee(branch, &mut out);
    round_checks::check_rounds(&ward.rules, ward.percent, branch, &mut out);
    out
}

/// Problems of one recorded round only (for the counting screen).
pub fn check_round(ward: &Ward, branch: &Branch, index: usize) -> Vec<Problem> {
    check_plan(ward, branch)
        .into_iter()
        .filter(|p| p.field.round() == Some(index))
        .collect()
}
