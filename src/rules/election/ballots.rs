//! Counting ballot by ballot: whether each ballot is valid (DOMAIN.md
//! "Ballots"), the totals an entry adds up to, and the comparison of two
//! independent entries of the same round, ballot by ballot, as counting
//! teams compare their two tally sheets.

use crate::model::{BallotEntry, BallotRead, CandidateVotes, ElectionRound, MemberId};
use crate::strings::papers as msg;

/// Why a ballot is invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InvalidReason {
    /// Not issued by the counting committee (no seal, another paper).
    NotIssued,
    /// More names kept than seats.
    TooManyKept { kept: u32, seats: u32 },
}

/// How a ballot counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Valid; a vote for each name kept (in candidate order).
    Valid {
        kept: Vec<MemberId>,
    },
    /// Valid, but every name is crossed out: a vote for nobody. (Only the
    /// two reasons of [`InvalidReason`] make a ballot invalid.)
    Blank,
    Invalid(InvalidReason),
}

impl Verdict {
    pub fn is_valid(&self) -> bool {
        !matches!(self, Verdict::Invalid(_))
    }
}

/// The candidates crossed out on `ballot`, in candidate order, ignoring
/// ids that are not candidates of the round and repeats.
pub fn crossed(candidates: &[MemberId], ballot: &BallotRead) -> Vec<MemberId> {
    candidates
        .iter()
        .copied()
        .filter(|id| ballot.crossed.contains(id))
        .collect()
}

/// Judge one ballot of a round with `candidates` for `seats`.
pub fn judge(candidates: &[MemberId], seats: u32, ballot: &BallotRead) -> Verdict {
    if ballot.not_issued {
        return Verdict::Invalid(InvalidReason::NotIssued);
    }
    let kept: Vec<MemberId> = candidates
        .iter()
        .copied()
        .filter(|id| !ballot.crossed.contains(id))
        .collect();
    let n = kept.len() as u32;
    if n > seats {
        Verdict::Invalid(InvalidReason::TooManyKept { kept: n, seats })
    } else if n == 0 && !candidates.is_empty() {
        Verdict::Blank
    } else {
        Verdict::Valid { kept }
    }
}

/// How a ballot counts, in words: "hợp lệ", "Không hợp lệ: để lại 4 tên, …".
pub fn verdict_text(v: &Verdict) -> String {
    match v {
        Verdict::Valid { .. } => msg::BALLOT_VALID.to_string(),
        Verdict::Blank => msg::BALLOT_BLANK.to_string(),
        Verdict::Invalid(r) => msg::invalid(&reason_text(*r)),
    }
}

/// Why a ballot is invalid, in words.
pub fn reason_text(r: InvalidReason) -> String {
    match r {
        InvalidReason::NotIssued => msg::INVALID_NOT_ISSUED.to_string(),
        InvalidReason::TooManyKept { kept, seats } => msg::invalid_too_many(kept, seats),
    }
}

/// What one entry adds up to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryTally {
    /// Ballots entered (the ballots returned to the box).
    pub returned: u32,
    /// Valid ballots, blank ones included.
    pub valid: u32,
    pub invalid: u32,
    /// Valid ballots with every name crossed out.
    pub blank: u32,
    /// Invalid: not issued by the counting committee.
    pub not_issued: u32,
    /// Invalid: more names kept than seats.
    pub too_many_kept: u32,
    /// Votes per candidate, in the order of `candidates`.
    pub votes: Vec<CandidateVotes>,
}

/// Count every ballot of `entry`.
pub fn tally_entry(candidates: &[MemberId], seats: u32, entry: &BallotEntry) -> EntryTally {
    let mut t = EntryTally {
        votes: candidates
            .iter()
            .map(|&member| CandidateVotes { member, votes: 0 })
            .collect(),
        ..EntryTally::default()
    };
    for ballot in &entry.ballots {
        t.returned += 1;
        match judge(candidates, seats, ballot) {
            Verdict::Valid { kept } => {
                t.valid += 1;
                for v in t.votes.iter_mut().filter(|v| kept.contains(&v.member)) {
                    v.votes += 1;
                }
            }
            Verdict::Blank => {
                t.valid += 1;
                t.blank += 1;
            }
            Verdict::Invalid(InvalidReason::NotIssued) => {
                t.invalid += 1;
                t.not_issued += 1;
            }
            Verdict::Invalid(InvalidReason::TooManyKept { .. }) => {
                t.invalid += 1;
                t.too_many_kept += 1;
            }
        }
    }
    t
}

/// The candidates of a round, in the order of its `votes`.
pub fn round_candidates(round: &ElectionRound) -> Vec<MemberId> {
    round.votes.iter().map(|v| v.member).collect()
}

/// Write an entry's totals into the round: ballots returned, valid,
/// invalid and every candidate's votes. Ballots issued stay as typed
/// (the committee counts them when handing them out), but are raised to
/// the ballots returned if fewer were typed.
pub fn apply(round: &mut ElectionRound, t: &EntryTally) {
    round.ballots_returned = t.returned;
    round.ballots_valid = t.valid;
    round.ballots_invalid = t.invalid;
    round.ballots_issued = round.ballots_issued.max(t.returned);
    for v in &mut round.votes {
        v.votes = t
            .votes
            .iter()
            .find(|x| x.member == v.member)
            .map(|x| x.votes)
            .unwrap_or(0);
    }
}

/// One ballot as an entry read it, normalised for comparing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// Crossed candidates, in candidate order.
    pub crossed: Vec<MemberId>,
    pub not_issued: bool,
}

/// A ballot the two entries read differently (or that only one has).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// Ballot number, from 1, in the order read.
    pub number: usize,
    /// How the first entry read it (`None`: it has no such ballot).
    pub first: Option<Reading>,
    pub second: Option<Reading>,
}

impl Difference {
    /// Candidates crossed on the first entry's reading only.
    pub fn crossed_only_first(&self) -> Vec<MemberId> {
        only(&self.first, &self.second)
    }

    /// Candidates crossed on the second entry's reading only.
    pub fn crossed_only_second(&self) -> Vec<MemberId> {
        only(&self.second, &self.first)
    }
}

/// One difference in words, naming the two entries and the candidates
/// (`name` gives a candidate's name).
pub fn difference_text(
    d: &Difference,
    first_clerk: &str,
    second_clerk: &str,
    name: impl Fn(MemberId) -> String,
) -> String {
    let side = |clerk: &str, r: &Option<Reading>| match r {
        None => msg::missing_ballot(clerk),
        Some(r) => {
            let names: Vec<String> = r.crossed.iter().map(|id| name(*id)).collect();
            msg::reading_text(clerk, &names, r.not_issued)
        }
    };
    msg::difference_line(
        d.number,
        &side(first_clerk, &d.first),
        &side(second_clerk, &d.second),
    )
}

fn only(a: &Option<Reading>, b: &Option<Reading>) -> Vec<MemberId> {
    match (a, b) {
        (Some(a), Some(b)) => a
            .crossed
            .iter()
            .copied()
            .filter(|id| !b.crossed.contains(id))
            .collect(),
        _ => Vec::new(),
    }
}

fn reading(candidates: &[MemberId], b: &BallotRead) -> Reading {
    Reading {
        crossed: crossed(candidates, b),
        not_issued: b.not_issued,
    }
}

/// Compare two entries of the same round ballot by ballot. Every ballot
/// read differently is listed, and every ballot only one entry has; the
/// entries agree when the list is empty.
pub fn compare(
    candidates: &[MemberId],
    first: &BallotEntry,
    second: &BallotEntry,
) -> Vec<Difference> {
    let n = first.ballots.len().max(second.ballots.len());
    (0..n)
        .filter_map(|i| {
            let a = first.ballots.get(i).map(|b| reading(candidates, b));
            let b = second.ballots.get(i).map(|b| reading(candidates, b));
            (a != b).then(|| Difference {
                number: i + 1,
                first: a,
                second: b,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ballot(crossed: &[MemberId]) -> BallotRead {
        BallotRead {
            crossed: crossed.to_vec(),
            not_issued: false,
        }
    }

    #[test]
    fn validity_rules() {
        let c = [1, 2, 3, 4];
        // 4 names for 3 seats: crossing one keeps 3 → valid.
        assert_eq!(
            judge(&c, 3, &ballot(&[2])),
            Verdict::Valid {
                kept: vec![1, 3, 4]
            }
        );
        // Crossing nobody keeps 4 names for 3 seats → invalid, with the reason.
        assert_eq!(
            judge(&c, 3, &ballot(&[])),
            Verdict::Invalid(InvalidReason::TooManyKept { kept: 4, seats: 3 })
        );
        // Keeping fewer than the seats is valid.
        assert!(judge(&c, 3, &ballot(&[1, 2, 3])).is_valid());
        // Every name crossed: valid, a vote for nobody.
        assert_eq!(judge(&c, 3, &ballot(&[1, 2, 3, 4])), Verdict::Blank);
        // Not the committee's ballot: invalid whatever it says.
        let mut foreign = ballot(&[1]);
        foreign.not_issued = true;
        assert_eq!(
            judge(&c, 3, &foreign),
            Verdict::Invalid(InvalidReason::NotIssued)
        );
        // Ids that are not candidates and repeats do not count as crossings.
        assert_eq!(
            judge(&c, 3, &ballot(&[9, 9])),
            Verdict::Invalid(InvalidReason::TooManyKept { kept: 4, seats: 3 })
        );
    }

    #[test]
    fn tally_and_apply() {
        let c = [1, 2, 3];
        let entry = BallotEntry {
            clerk: "Máy 1".into(),
            ballots: vec![
                ballot(&[3]),
                ballot(&[2]),
                ballot(&[]),
                ballot(&[1, 2, 3]),
                BallotRead {
                    crossed: vec![],
                    not_issued: true,
                },
            ],
        };
        let t = tally_entry(&c, 2, &entry);
        assert_eq!((t.returned, t.valid, t.invalid), (5, 3, 2));
        assert_eq!((t.blank, t.not_issued, t.too_many_kept), (1, 1, 1));
        let votes: Vec<u32> = t.votes.iter().map(|v| v.votes).collect();
        assert_eq!(votes, vec![2, 1, 1]);
        let mut round = ElectionRound {
            seats: 2,
            ballots_issued: 4,
            votes: c
                .iter()
                .map(|&member| CandidateVotes { member, votes: 0 })
                .collect(),
            ..ElectionRound::default()
        };
        apply(&mut round, &t);
        assert_eq!(round.ballots_issued, 5);
        assert_eq!(round.ballots_valid, 3);
        assert_eq!(round.votes[0].votes, 2);
    }
}
