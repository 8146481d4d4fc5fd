//! What the next round should be, from the plan and the rounds so far.

use super::counting::{NextRound, SecretaryState, tally};
use super::eligibility::{elects_committee, summoned};
use crate::model::{Branch, CandidateVotes, ElectionRound, MemberId, Office, RuleSettings};

/// A new round pre-filled the way the congress would most likely hold it:
/// the committee first (a tie or unfilled seats of the last committee round
/// give its candidates and seats, else the plan's list and size), then the
/// secretary, then the deputy; ballots issued = full members present.
/// `None` when every election is complete.
pub fn suggest_round(rules: &RuleSettings, b: &Branch) -> Option<ElectionRound> {
    let t = tally(rules, b);
    let p = &b.drafts.personnel;
    let rounds_of = |o: Office| {
        b.results
            .rounds
            .iter()
            .filter(|r| r.office == Some(o))
            .count() as u32
    };
    let last_next = |o: Office| {
        b.results
            .rounds
            .iter()
            .zip(&t.outcomes)
            .rfind(|(r, _)| r.office == Some(o))
            .and_then(|(_, out)| out.next.clone())
    };
    let with_committee = elects_committee(rules, b);
    let committee_open = with_committee
        && (rounds_of(Office::Committee) == 0
            || (p.committee_size > 0 && (t.committee.len() as u32) < p.committee_size));
    let (office, seats, candidates): (Office, u32, Vec<MemberId>) = if committee_open {
        match last_next(Office::Committee) {
            Some(NextRound::Tie { candidates, seats })
            | Some(NextRound::Unfilled { candidates, seats }) => {
                (Office::Committee, seats, candidates)
            }
            None if rounds_of(Office::Committee) == 0 => (
                Office::Committee,
                p.committee_size,
                p.committee_candidates.clone(),
            ),
            None => (
                Office::Committee,
                p.committee_size.saturating_sub(t.committee.len() as u32),
                Vec::new(),
            ),
        }
    } else if matches!(
        t.secretary,
        SecretaryState::NotHeld | SecretaryState::Open { .. }
    ) {
        let candidates = match last_next(Office::Secretary) {
            Some(NextRound::Tie { candidates, .. }) => candidates,
            _ => p.secretary_candidate.into_iter().collect(),
        };
        (Office::Secretary, 1, candidates)
    } else if t.deputy.is_none()
        && (with_committee || p.elect_deputy || p.deputy_candidate.is_some())
    {
        let candidates = match last_next(Office::Deputy) {
            Some(NextRound::Tie { candidates, .. }) => candidates,
            _ => p.deputy_candidate.into_iter().collect(),
        };
        (Office::Deputy, 1, candidates)
    } else {
        return None;
    };
    let present = summoned(b).present;
    Some(ElectionRound {
        office: Some(office),
        round: rounds_of(office) + 1,
        seats,
        ballots_issued: present,
        ballots_returned: present,
        ballots_valid: present,
        ballots_invalid: 0,
        votes: candidates
            .into_iter()
            .map(|member| CandidateVotes { member, votes: 0 })
            .collect(),
    })
}
