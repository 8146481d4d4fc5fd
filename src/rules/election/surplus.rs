//! Surplus (số dư) of a candidate list over the seats to fill.

use crate::model::RuleSettings;

/// Which list is judged: the convening committee's proposal (10–15%) or the
/// list the congress votes on (at most 30%).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListStage {
    Proposal,
    Ballot,
}

/// The verdict on a list of `candidates` for `seats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurplusVerdict {
    /// Fewer candidates than seats.
    TooFew,
    /// As many candidates as seats (the ballot has the 4-column layout).
    NoSurplus,
    /// Within the range for its stage.
    Within,
    /// A proposal whose surplus is below the proposal range (still allowed
    /// on the ballot).
    BelowProposal,
    /// A proposal whose surplus is above the proposal range but within the
    /// congress maximum.
    AboveProposal,
    /// More surplus than the congress may accept.
    OverMaximum,
}

/// The surplus of a list: extra candidates and their share of the seats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Surplus {
    pub seats: u32,
    pub candidates: u32,
    pub verdict: SurplusVerdict,
}

impl Surplus {
    pub fn extra(&self) -> u32 {
        self.candidates.saturating_sub(self.seats)
    }

    /// Surplus as a percentage of the seats (0 with no seats).
    pub fn pct(&self) -> f64 {
        if self.seats == 0 {
            0.0
        } else {
            f64::from(self.extra()) * 100.0 / f64::from(self.seats)
        }
    }
}

/// `extra / seats` compared with `pct / 100`, in integers.
fn cmp_pct(extra: u32, seats: u32, pct: u32) -> std::cmp::Ordering {
    (u64::from(extra) * 100).cmp(&(u64::from(pct) * u64::from(seats)))
}

/// Judge the surplus of a list (DOMAIN.md "Surplus": proposal 10–15%, the
/// congress accepts at most 30%). Bounds are inclusive.
pub fn judge(rules: &RuleSettings, stage: ListStage, seats: u32, candidates: u32) -> Surplus {
    use std::cmp::Ordering::*;
    let extra = candidates.saturating_sub(seats);
    let verdict = if candidates < seats {
        SurplusVerdict::TooFew
    } else if extra == 0 {
        SurplusVerdict::NoSurplus
    } else if cmp_pct(extra, seats, rules.max_surplus_pct) == Greater {
        SurplusVerdict::OverMaximum
    } else if stage == ListStage::Ballot {
        SurplusVerdict::Within
    } else if cmp_pct(extra, seats, rules.proposal_surplus_min_pct) == Less {
        SurplusVerdict::BelowProposal
    } else if cmp_pct(extra, seats, rules.proposal_surplus_max_pct) == Greater {
        SurplusVerdict::AboveProposal
    } else {
        SurplusVerdict::Within
    };
    Surplus {
        seats,
        candidates,
        verdict,
    }
}

/// The largest list the congress may vote on for `seats`.
pub fn max_candidates(rules: &RuleSettings, seats: u32) -> u32 {
    seats + (u64::from(seats) * u64::from(rules.max_surplus_pct) / 100) as u32
}

/// What to propose for `seats` so that the surplus is in the proposal
/// range: the counts of nominees (as a range), or, when no whole number of
/// extra nominees fits (10–15% of 5 seats is 0,5–0,75 people), the nearest
/// counts below and above the range that the congress may still accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalAdvice {
    /// From `.0` to `.1` nominees (both allowed; equal when one count fits).
    Range(u32, u32),
    /// No count fits: `below` has less surplus than the range, `above`
    /// (when the congress maximum allows it) more.
    Nearest { below: u32, above: Option<u32> },
}

/// The proposal counts for `seats` (see [`ProposalAdvice`]).
pub fn proposal_advice(rules: &RuleSettings, seats: u32) -> ProposalAdvice {
    let s = u64::from(seats);
    // Least extra with extra/seats ≥ min%, most with extra/seats ≤ max%.
    let least = (u64::from(rules.proposal_surplus_min_pct) * s)
        .div_ceil(100)
        .max(1);
    let most = u64::from(rules.proposal_surplus_max_pct) * s / 100;
    let count = |extra: u64| seats.saturating_add(u32::try_from(extra).unwrap_or(u32::MAX));
    if least <= most {
        ProposalAdvice::Range(count(least), count(most))
    } else {
        let above = count(least);
        ProposalAdvice::Nearest {
            below: count(most),
            above: (above <= max_candidates(rules, seats)).then_some(above),
        }
    }
}
