//! A congress that has been held: attendance, the counting committee, the
//! rounds of voting and who was elected, all consistent with the election
//! rules (elected only with more than half of the summoned full members).

use super::names;
use super::people::age;
use super::personnel::Slate;
use crate::model::{
    Attendance, CandidateVotes, CommitteeRole, Date, Elected, ElectionResults, ElectionRound,
    Member, Office, Standing,
};

pub struct Held {
    pub absent_accepted: usize,
    pub absent_other: usize,
    pub invalid_ballots: u32,
    pub seats: u32,
    pub elect_deputy: bool,
    pub reported_on: Date,
}

/// Record attendance on `people` and return the results.
pub fn hold(people: &mut [Member], slate: &Slate, held: &Held) -> ElectionResults {
    let candidates: Vec<usize> = slate
        .committee
        .iter()
        .chain(slate.secretary.iter())
        .chain(slate.deputy.iter())
        .copied()
        .collect();

    // Attendance: exempted members stay home (but the first one came);
    // a few others are absent; everyone else is present.
    let mut first_exempted = true;
    for m in people.iter_mut() {
        if m.standing != Standing::Active {
            continue;
        }
        m.attendance = if m.exempted && !first_exempted {
            Attendance::Absent {
                reason: names::ABSENT_EXEMPTED.into(),
                accepted: true,
            }
        } else {
            if m.exempted {
                first_exempted = false;
            }
            Attendance::Present
        };
    }
    // Absentees among full members who are not candidates, oldest last.
    let mut pool: Vec<usize> = (0..people.len())
        .filter(|i| {
            let m = &people[*i];
            m.is_full() && !m.exempted && m.standing == Standing::Active && !candidates.contains(i)
        })
        .collect();
    pool.sort_by_key(|&i| (age(&people[i]), i));
    for k in 0..held.absent_accepted + held.absent_other {
        let Some(i) = pool.pop() else { break };
        let reason = if k < held.absent_accepted {
            names::ABSENT_ACCEPTED[k % names::ABSENT_ACCEPTED.len()]
        } else {
            names::ABSENT_OTHER
        };
        people[i].attendance = Attendance::Absent {
            reason: reason.into(),
            accepted: k < held.absent_accepted,
        };
    }
    // Counting committee: present full members who stand for nothing, in
    // their forties and fifties first; three, or two in a small branch.
    let size = if pool.len() >= 6 { 3 } else { 2 };
    let mut counting: Vec<usize> = pool
        .iter()
        .copied()
        .filter(|&i| people[i].is_present())
        .collect();
    counting.sort_by_key(|&i| ((age(&people[i]) - 50).abs(), i));
    counting.truncate(size);

    let present_full = people
        .iter()
        .filter(|m| m.is_full() && m.is_present())
        .count() as u32;
    let id = |i: usize| people[i].id;
    let mut rounds = Vec::new();
    let mut elected = Vec::new();

    if held.seats > 0 {
        let valid = present_full - held.invalid_ballots;
        // Ranked as listed: the secretary and deputy candidates lead, the
        // last newcomer trails and, with a surplus, is not elected.
        let n = slate.committee.len() as u32;
        let mut votes: Vec<CandidateVotes> = Vec::new();
        for (k, &i) in slate.committee.iter().enumerate() {
            let k = k as u32;
            let v = if k < held.seats {
                valid - 2 * k
            } else {
                (valid * 45 / 100).min(held.seats * (held.seats - 1) / (n - held.seats))
            };
            votes.push(CandidateVotes {
                member: id(i),
                votes: v,
            });
        }
        rounds.push(ElectionRound {
            office: Some(Office::Committee),
            round: 1,
            seats: held.seats,
            ballots_issued: present_full,
            ballots_returned: present_full,
            ballots_valid: valid,
            ballots_invalid: held.invalid_ballots,
            votes,
        });
        for (k, &i) in slate.committee.iter().enumerate() {
            if (k as u32) < held.seats {
                let role = if Some(i) == slate.secretary {
                    CommitteeRole::Secretary
                } else if Some(i) == slate.deputy {
                    CommitteeRole::Deputy
                } else {
                    CommitteeRole::Member
                };
                elected.push(Elected {
                    member: id(i),
                    role,
                });
            }
        }
    } else {
        if let Some(s) = slate.secretary {
            elected.push(Elected {
                member: id(s),
                role: CommitteeRole::Secretary,
            });
        }
        if let (Some(d), true) = (slate.deputy, held.elect_deputy) {
            elected.push(Elected {
                member: id(d),
                role: CommitteeRole::Deputy,
            });
        }
    }
    // Secretary and deputy, one candidate each, elected by the congress.
    for (office, who, against) in [
        (Office::Secretary, slate.secretary, 0),
        (
            Office::Deputy,
            slate.deputy.filter(|_| held.elect_deputy),
            1,
        ),
    ] {
        let Some(i) = who else { continue };
        rounds.push(ElectionRound {
            office: Some(office),
            round: 1,
            seats: 1,
            ballots_issued: present_full,
            ballots_returned: present_full,
            ballots_valid: present_full,
            ballots_invalid: 0,
            votes: vec![CandidateVotes {
                member: id(i),
                votes: present_full - against,
            }],
        });
    }
    ElectionResults {
        held: true,
        counting_committee: counting.iter().map(|&i| id(i)).collect(),
        rounds,
        elected,
        secretary_to_be_appointed: false,
        reported_on: Some(held.reported_on),
    }
}
