//! Who a round elects, and what the rounds of a congress add up to.

use super::eligibility::{passes, summoned, votes_needed};
use crate::model::{
    Branch, CommitteeRole, Elected, ElectionRound, MemberId, Office, PercentRule, RuleSettings,
};

/// What became of one candidate in a round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandidateStatus {
    /// Over the threshold and within the seats.
    Elected,
    /// Over the threshold, tied at the last seat: goes to another round.
    Tied,
    /// Over the threshold, but others with more votes took the seats.
    OutRanked,
    /// Not more than half of the summoned full members.
    BelowThreshold,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CandidateResult {
    pub member: MemberId,
    pub votes: u32,
    /// Share of the summoned full members, "54,55%".
    pub pct: String,
    /// More than half of the summoned full members.
    pub passed: bool,
    pub status: CandidateStatus,
}

/// Why another round is needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextRound {
    /// A tie at the last seat: another round among the tied for `seats`.
    Tie {
        candidates: Vec<MemberId>,
        seats: u32,
    },
    /// Seats left unfilled: the congress decides whether to vote again;
    /// `candidates` are those of this round not elected.
    Unfilled {
        candidates: Vec<MemberId>,
        seats: u32,
    },
}

/// The result of one round.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundOutcome {
    pub office: Option<Office>,
    pub round: u32,
    pub seats: u32,
    /// The denominator: summoned full members.
    pub summoned: u32,
    /// Votes needed: more than half of `summoned`.
    pub needed: u32,
    /// Candidates ranked by votes, most first (ties keep list order).
    pub candidates: Vec<CandidateResult>,
    pub elected: Vec<MemberId>,
    pub next: Option<NextRound>,
}

/// Count one round against `summoned` full members (DOMAIN.md "Threshold",
/// "More candidates over the threshold than seats"), percentages by the
/// default rule (see [`count_round_by`]).
pub fn count_round(round: &ElectionRound, summoned: u32) -> RoundOutcome {
    count_round_by(round, summoned, PercentRule::default())
}

/// [`count_round`] with the percentages written by the ward's rule
/// (`ward.percent`), as the documents print them.
pub fn count_round_by(round: &ElectionRound, summoned: u32, rule: PercentRule) -> RoundOutcome {
    let mut ranked: Vec<(MemberId, u32)> =
        round.votes.iter().map(|v| (v.member, v.votes)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1));
    let passed: Vec<(MemberId, u32)> = ranked
        .iter()
        .copied()
        .filter(|(_, v)| passes(*v, summoned))
        .collect();
    let seats = round.seats as usize;
    let mut elected = Vec::new();
    let mut tied = Vec::new();
    let mut next = None;
    if passed.len() <= seats {
        elected.extend(passed.iter().map(|(id, _)| *id));
        let unfilled = seats - passed.len();
        if unfilled > 0 {
            let rest = ranked
                .iter()
                .map(|(id, _)| *id)
                .filter(|id| !elected.contains(id))
                .collect();
            next = Some(NextRound::Unfilled {
                candidates: rest,
                seats: unfilled as u32,
            });
        }
    } else if seats > 0 {
        // passed.len() > seats ≥ 1: the last seat's vote decides.
        let last = passed.get(seats - 1).map(|p| p.1).unwrap_or(0);
        let first_out = passed.get(seats).map(|p| p.1).unwrap_or(0);
        for (id, v) in &passed {
            if *v > last || (*v == last && last != first_out) {
                elected.push(*id);
            } else if *v == last {
                tied.push(*id);
            }
        }
        if !tied.is_empty() {
            next = Some(NextRound::Tie {
                candidates: tied.clone(),
                seats: (seats - elected.len()) as u32,
            });
        }
    }
    let candidates = ranked
        .iter()
        .map(|(id, v)| {
            let passed = passes(*v, summoned);
            let status = if elected.contains(id) {
                CandidateStatus::Elected
            } else if tied.contains(id) {
                CandidateStatus::Tied
            } else if passed {
                CandidateStatus::OutRanked
            } else {
                CandidateStatus::BelowThreshold
            };
            CandidateResult {
                member: *id,
                votes: *v,
                pct: rule.percent(u64::from(*v), u64::from(summoned)),
                passed,
                status,
            }
        })
        .collect();
    RoundOutcome {
        office: round.office,
        round: round.round,
        seats: round.seats,
        summoned,
        needed: votes_needed(summoned),
        candidates,
        elected,
        next,
    }
}

/// State of the secretary's election after the rounds held so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretaryState {
    NotHeld,
    Elected(MemberId),
    /// No one elected yet after this many rounds; another round may be held.
    Open {
        rounds: u32,
    },
    /// Not elected after the maximum rounds: the ward committee appoints.
    ToBeAppointed {
        rounds: u32,
    },
}

/// Everything the recorded rounds add up to.
#[derive(Debug, Clone, PartialEq)]
pub struct Tally {
    /// One outcome per entry of `branch.results.rounds`, same order.
    pub outcomes: Vec<RoundOutcome>,
    /// The new committee, in the order elected (empty for a branch that
    /// elects only a secretary).
    pub committee: Vec<MemberId>,
    pub secretary: SecretaryState,
    pub deputy: Option<MemberId>,
}

impl Tally {
    /// The new committee with roles, as `branch.results.elected` keeps it.
    pub fn elected(&self) -> Vec<Elected> {
        let secretary = match self.secretary {
            SecretaryState::Elected(id) => Some(id),
            _ => None,
        };
        let mut out: Vec<Elected> = Vec::new();
        let mut put = |member: MemberId, role: CommitteeRole| match out
            .iter_mut()
            .find(|e| e.member == member)
        {
            Some(e) => e.role = e.role.max(role),
            None => out.push(Elected { member, role }),
        };
        if let Some(id) = secretary {
            put(id, CommitteeRole::Secretary);
        }
        if let Some(id) = self.deputy {
            put(id, CommitteeRole::Deputy);
        }
        for id in &self.committee {
            put(*id, CommitteeRole::Member);
        }
        out
    }

    pub fn secretary_to_be_appointed(&self) -> bool {
        matches!(self.secretary, SecretaryState::ToBeAppointed { .. })
    }
}

/// Count every recorded round of the branch, in order: committee rounds
/// fill the committee's seats, then the secretary (appointed by the ward
/// committee after `secretary_max_rounds` failed rounds), then the deputy.
pub fn tally(rules: &RuleSettings, branch: &Branch) -> Tally {
    let base = summoned(branch).summoned;
    let mut committee: Vec<MemberId> = Vec::new();
    let mut secretary = None;
    let mut secretary_rounds = 0;
    let mut deputy = None;
    let mut outcomes = Vec::new();
    for round in &branch.results.rounds {
        let outcome = count_round(round, base);
        match round.office {
            Some(Office::Committee) => {
                for id in &outcome.elected {
                    if !committee.contains(id) {
                        committee.push(*id);
                    }
                }
            }
            Some(Office::Secretary) => {
                secretary_rounds += 1;
                if secretary.is_none() {
                    secretary = outcome.elected.first().copied();
                }
            }
            Some(Office::Deputy) => {
                if deputy.is_none() {
                    deputy = outcome.elected.first().copied();
                }
            }
            None => {}
        }
        outcomes.push(outcome);
    }
    let secretary = match secretary {
        Some(id) => SecretaryState::Elected(id),
        None if secretary_rounds == 0 => SecretaryState::NotHeld,
        None if secretary_rounds >= rules.secretary_max_rounds => SecretaryState::ToBeAppointed {
            rounds: secretary_rounds,
        },
        None => SecretaryState::Open {
            rounds: secretary_rounds,
        },
    };
    Tally {
        outcomes,
        committee,
        secretary,
        deputy,
    }
}
