//! Fixtures shared by the election tests: a village branch of 11 full
//! members, all present, and rounds built from vote lists.
#![allow(dead_code)]

use daihoi::model::*;

/// "Chi bộ Thôn An Phú" (id "an-phu") with `names` as full members, all
/// present, ids 1, 2, …; the plan elects 3 with member 1 as secretary and
/// member 2 as deputy (candidates left to the caller).
pub fn village_branch(names: &[&str]) -> Branch {
    let mut b = Branch {
        id: "an-phu".into(),
        name: "Chi bộ Thôn An Phú".into(),
        ..Branch::default()
    };
    for name in names {
        b.add_member(Member {
            full_name: (*name).into(),
            attendance: Attendance::Present,
            ..Member::default()
        });
    }
    b.drafts.personnel.committee_size = 3;
    b.drafts.personnel.secretary_candidate = Some(1);
    b.drafts.personnel.deputy_candidate = Some(2);
    b
}

/// A committee round: `ballots` = (issued, returned, valid, invalid).
pub fn committee_round(
    round: u32,
    seats: u32,
    ballots: (u32, u32, u32, u32),
    votes: &[(MemberId, u32)],
) -> ElectionRound {
    ElectionRound {
        office: Some(Office::Committee),
        round,
        seats,
        ballots_issued: ballots.0,
        ballots_returned: ballots.1,
        ballots_valid: ballots.2,
        ballots_invalid: ballots.3,
        votes: votes
            .iter()
            .map(|&(member, votes)| CandidateVotes { member, votes })
            .collect(),
    }
}
