//! Election rules, each test citing the rule of DOMAIN.md "Election rules"
//! it checks (Điều lệ Đảng art. 12(3); Quy chế bầu cử 190-QĐ/TW; HD 04-HD/TW).

use daihoi::model::*;
use daihoi::rules::election::*;
use daihoi::rules::{Severity, validate};

fn full(name: &str) -> Member {
    Member {
        full_name: name.into(),
        status: MemberStatus::Full,
        attendance: Attendance::Present,
        ..Member::default()
    }
}

/// A branch of `n` full members, all present, named "Đảng viên 1…n".
fn branch(n: u32) -> Branch {
    let mut b = Branch {
        id: "thu".into(),
        name: "Chi bộ Thử".into(),
        ..Branch::default()
    };
    for i in 1..=n {
        b.add_member(full(&format!("Nguyễn Văn Số{i}")));
    }
    b
}

fn round(
    office: Office,
    n: u32,
    seats: u32,
    ballots: u32,
    votes: &[(MemberId, u32)],
) -> ElectionRound {
    ElectionRound {
        office: Some(office),
        round: n,
        seats,
        ballots_issued: ballots,
        ballots_returned: ballots,
        ballots_valid: ballots,
        ballots_invalid: 0,
        votes: votes
            .iter()
            .map(|&(member, votes)| CandidateVotes { member, votes })
            .collect(),
    }
}

fn ward() -> Ward {
    Ward::default()
}

fn fields(problems: &[daihoi::rules::Problem], severity: Severity) -> Vec<String> {
    problems
        .iter()
        .filter(|p| p.severity == severity)
        .map(|p| p.field.to_string())
        .collect()
}

// --- Threshold ----------------------------------------------------------------

/// Rule "Threshold", the worked example: 11 full members, 10 present,
/// 5 votes → not elected; 6 needed.
#[test]
fn worked_example_eleven_members_ten_present() {
    let mut b = branch(11);
    if let Some(m) = b.member_mut(11) {
        m.attendance = Attendance::Absent {
            reason: String::new(),
            accepted: false,
        };
    }
    let s = summoned(&b);
    assert_eq!((s.full_members, s.summoned, s.present), (11, 11, 10));
    assert_eq!(s.votes_needed(), 6);
    let r = round(Office::Secretary, 1, 1, 10, &[(1, 5)]);
    let o = count_round(&r, s.summoned);
    assert!(
        o.elected.is_empty(),
        "5 of 11 summoned is not more than half"
    );
    assert_eq!(o.needed, 6);
    assert_eq!(o.candidates[0].status, CandidateStatus::BelowThreshold);
    assert_eq!(o.candidates[0].pct, "45,5%");
    let r = round(Office::Secretary, 1, 1, 10, &[(1, 6)]);
    let o = count_round(&r, s.summoned);
    assert_eq!(o.elected, vec![1]);
    assert_eq!(o.candidates[0].pct, "54,5%");
}

/// Rule "Threshold": of the summoned, not of the ballots cast — 5 of 8
/// ballots is 62,5% of the votes cast but not more than half of 11.
#[test]
fn threshold_is_of_summoned_not_ballots_cast() {
    assert!(!passes(5, 11));
    assert!(passes(6, 11));
    assert!(!passes(5, 10), "exactly half is not more than half");
    assert!(passes(6, 10));
    assert!(!passes(0, 0));
    assert_eq!(votes_needed(10), 6);
    assert_eq!(votes_needed(9), 5);
    let r = round(Office::Committee, 1, 1, 8, &[(1, 5)]);
    assert!(count_round(&r, 11).elected.is_empty());
}

/// Rule "Threshold": the denominator leaves out members on temporary
/// transfer, absent exempted members, suspended or detained members and
/// members absent with an accepted reason; it keeps present exempted members
/// and those absent without an accepted reason; probationary members never count.
#[test]
fn summoned_leaves_out_the_right_members() {
    let mut b = branch(12);
    let set = |b: &mut Branch, id: MemberId, f: &dyn Fn(&mut Member)| {
        if let Some(m) = b.member_mut(id) {
            f(m)
        }
    };
    set(&mut b, 1, &|m| m.standing = Standing::TemporaryTransfer);
    set(&mut b, 2, &|m| m.standing = Standing::Suspended);
    set(&mut b, 3, &|m| m.standing = Standing::Detained);
    set(&mut b, 4, &|m| {
        m.exempted = true;
        m.attendance = Attendance::Absent {
            reason: "Ốm".into(),
            accepted: false,
        }
    });
    set(&mut b, 5, &|m| m.exempted = true); // exempted but present: counted
    set(&mut b, 6, &|m| {
        m.attendance = Attendance::Absent {
            reason: "Đi công tác".into(),
            accepted: true,
        }
    });
    set(&mut b, 7, &|m| {
        m.attendance = Attendance::Absent {
            reason: String::new(),
            accepted: false,
        }
    }); // absent without an accepted reason: counted
    set(&mut b, 8, &|m| m.status = MemberStatus::Probationary);
    let s = summoned(&b);
    assert_eq!(s.full_members, 11);
    assert_eq!(
        (
            s.temporary_transfer,
            s.suspended,
            s.detained,
            s.exempted_absent,
            s.absent_excused
        ),
        (1, 1, 1, 1, 1)
    );
    assert_eq!(s.summoned, 6); // members 5, 7, 9, 10, 11, 12
    assert_eq!(s.present, 5);
    assert_eq!(s.votes_needed(), 4);
    assert_eq!(left_out(b.member(5).unwrap()), None);
    assert_eq!(
        left_out(b.member(4).unwrap()),
        Some(LeftOut::ExemptedAbsent)
    );
}

// --- Committee or secretary only -----------------------------------------------

/// Rule: 9 or more full members elect a committee; exempted members count
/// toward the 9; probationary members do not. The number is the ward's setting.
#[test]
fn nine_member_boundary_with_exempted_members() {
    let rules = RuleSettings::default();
    let mut b = branch(8);
    assert!(!elects_committee(&rules, &b));
    let mut p = full("Lê Thị Dự Bị");
    p.status = MemberStatus::Probationary;
    b.add_member(p);
    assert!(
        !elects_committee(&rules, &b),
        "probationary members do not count"
    );
    let mut e = full("Trần Văn Miễn");
    e.exempted = true;
    e.attendance = Attendance::NotRecorded;
    b.add_member(e);
    assert_eq!(full_members(&b), 9);
    assert!(elects_committee(&rules, &b), "8 full + 1 exempted full = 9");
    let strict = RuleSettings {
        committee_min_full_members: 10,
        ..RuleSettings::default()
    };
    assert!(!elects_committee(&strict, &b));
}

/// Rule: fewer than 9 full members elect only a secretary (and a deputy):
/// a committee size in the plan is an error naming the count.
#[test]
fn small_branch_plan_with_a_committee_is_an_error() {
    let mut b = branch(7);
    b.drafts.personnel.committee_size = 3;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3];
    let problems = check_plan(&ward(), &b);
    let p = problems
        .iter()
        .find(|p| p.field == "drafts.personnel.committee_size")
        .expect("committee in a small branch is reported");
    assert_eq!(p.severity, Severity::Error);
    assert!(
        p.message.contains("7 đảng viên chính thức (dưới 9)"),
        "{}",
        p.message
    );
    // The same branch planning only a secretary and deputy is fine.
    b.drafts.personnel.committee_size = 0;
    b.drafts.personnel.committee_candidates.clear();
    b.drafts.personnel.secretary_candidate = Some(1);
    b.drafts.personnel.deputy_candidate = Some(2);
    b.drafts.personnel.elect_deputy = true;
    assert_eq!(check_plan(&ward(), &b), vec![]);
}

/// Rule: a committee has at most 7 members; the ward may set a smaller cap.
#[test]
fn committee_size_cap_default_and_ward_setting() {
    let mut b = branch(20);
    b.drafts.personnel.committee_size = 8;
    b.drafts.personnel.committee_candidates = (1..=9).collect();
    let errors = fields(&check_plan(&ward(), &b), Severity::Error);
    assert!(errors.contains(&"drafts.personnel.committee_size".to_string()));
    b.drafts.personnel.committee_size = 7;
    b.drafts.personnel.committee_candidates = (1..=8).collect(); // 14,3% surplus
    assert_eq!(check_plan(&ward(), &b), vec![]);
    let mut w = ward();
    w.rules.committee_max_size = 5;
    let problems = check_plan(&w, &b);
    let p = problems
        .iter()
        .find(|p| p.field == "drafts.personnel.committee_size")
        .expect("ward cap of 5 applies");
    assert!(p.message.contains("tối đa 5"), "{}", p.message);
}

// --- Surplus ---------------------------------------------------------------------

/// Rule "Surplus": the proposal has 10–15% surplus, the congress accepts at
/// most 30%; the bounds themselves are allowed.
#[test]
fn surplus_boundaries_ten_fifteen_thirty() {
    let r = RuleSettings::default();
    let v = |stage, seats, c| judge_surplus(&r, stage, seats, c).verdict;
    use ListStage::*;
    use SurplusVerdict::*;
    assert_eq!(v(Proposal, 20, 19), TooFew);
    assert_eq!(v(Proposal, 20, 20), NoSurplus);
    assert_eq!(v(Proposal, 20, 21), BelowProposal); // 5%
    assert_eq!(v(Proposal, 20, 22), Within); // 10%
    assert_eq!(v(Proposal, 20, 23), Within); // 15%
    assert_eq!(v(Proposal, 20, 24), AboveProposal); // 20%
    assert_eq!(v(Proposal, 20, 26), AboveProposal); // 30%
    assert_eq!(v(Proposal, 20, 27), OverMaximum); // 35%
    assert_eq!(v(Ballot, 20, 21), Within);
    assert_eq!(v(Ballot, 20, 26), Within); // 30% accepted
    assert_eq!(v(Ballot, 20, 27), OverMaximum);
    // Committee sizes: 7 seats + 1 = 14,3% within; 5 + 1 = 20% above the
    // proposal range but acceptable; 3 + 1 = 33,3% over the maximum.
    assert_eq!(v(Proposal, 7, 8), Within);
    assert_eq!(v(Proposal, 5, 6), AboveProposal);
    assert_eq!(v(Ballot, 5, 6), Within);
    assert_eq!(v(Ballot, 3, 4), OverMaximum);
    assert_eq!(max_candidates(&r, 7), 9);
    assert_eq!(max_candidates(&r, 3), 3);
    let strict = RuleSettings {
        max_surplus_pct: 20,
        ..RuleSettings::default()
    };
    assert_eq!(judge_surplus(&strict, Ballot, 20, 26).verdict, OverMaximum);
}

/// Rule "Surplus" on the plan: over 30% is an error, outside 10–15% a warning
/// with the percentage written with a decimal comma.
#[test]
fn plan_surplus_messages() {
    let mut b = branch(12);
    b.drafts.personnel.committee_size = 3;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 4];
    let problems = check_plan(&ward(), &b);
    let p = problems
        .iter()
        .find(|p| p.field == "drafts.personnel.committee_candidates")
        .expect("surplus reported");
    assert_eq!(p.severity, Severity::Error);
    assert!(
        p.message.contains("33,3%") && p.message.contains("30%"),
        "{}",
        p.message
    );
    b.drafts.personnel.committee_size = 5;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 4, 5, 6];
    let problems = check_plan(&ward(), &b);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].severity, Severity::Warning);
    // No whole number of extra nominees is 10–15% of 5 seats: the note says
    // what to do, with the nearest counts (derived from the rule).
    assert!(
        problems[0].message.contains("20%")
            && problems[0]
                .message
                .contains("không có số người dư nào đúng mức 10–15%")
            && problems[0]
                .message
                .contains("nên giới thiệu 5 hoặc 6 người"),
        "{}",
        problems[0].message
    );
    // 20 seats, 24 nominees: the allowed counts are a range.
    b.drafts.personnel.committee_size = 20;
    b.drafts.personnel.committee_candidates = (1..=24).collect();
    let problems = check_plan(&ward(), &b);
    let p = problems
        .iter()
        .find(|p| p.field == "drafts.personnel.committee_candidates")
        .expect("surplus reported");
    assert!(
        p.message.contains("nên giới thiệu từ 22 đến 23 người"),
        "{}",
        p.message
    );
    b.drafts.personnel.committee_size = 5;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 4];
    let problems = check_plan(&ward(), &b);
    assert!(problems[0].message.contains("có 4 người nhưng cần bầu 5"));
}

/// Rule "Surplus": the counts to propose follow from the 10–15% range and
/// the 30% maximum, for any seats and any configured percentages.
#[test]
fn proposal_counts_follow_from_the_rule() {
    use daihoi::rules::election::{ProposalAdvice, proposal_advice};
    let r = RuleSettings::default();
    assert_eq!(
        proposal_advice(&r, 5),
        ProposalAdvice::Nearest {
            below: 5,
            above: Some(6)
        }
    );
    assert_eq!(proposal_advice(&r, 7), ProposalAdvice::Range(8, 8));
    assert_eq!(proposal_advice(&r, 20), ProposalAdvice::Range(22, 23));
    // 3 seats: 4 nominees would be 33,3%, over the 30% maximum.
    assert_eq!(
        proposal_advice(&r, 3),
        ProposalAdvice::Nearest {
            below: 3,
            above: None
        }
    );
    let wide = RuleSettings {
        proposal_surplus_min_pct: 10,
        proposal_surplus_max_pct: 25,
        ..RuleSettings::default()
    };
    assert_eq!(proposal_advice(&wide, 5), ProposalAdvice::Range(6, 6));
}

/// Rule "Surplus": a floor or self nominee joins the list only with more
/// than 30% of those present.
#[test]
fn floor_nominee_needs_more_than_thirty_percent() {
    let r = RuleSettings::default();
    assert!(!nominee_admitted(&r, 3, 10), "exactly 30% is not enough");
    assert!(nominee_admitted(&r, 4, 10));
    assert!(nominee_admitted(&r, 3, 7)); // 42,9%
    assert!(!nominee_admitted(&r, 2, 7)); // 28,6%
    assert!(!nominee_admitted(&r, 0, 0));
    let half = RuleSettings {
        nominee_approval_pct: 50,
        ..RuleSettings::default()
    };
    assert!(!nominee_admitted(&half, 4, 10));
}

// --- Ranking, ties, unfilled seats --------------------------------------------------

/// Rule: more candidates over the threshold than seats — the highest win.
#[test]
fn ranking_over_the_threshold() {
    let r = round(
        Office::Committee,
        1,
        3,
        11,
        &[(1, 7), (2, 10), (3, 9), (4, 8), (5, 3)],
    );
    let o = count_round(&r, 11);
    assert_eq!(o.elected, vec![2, 3, 4]);
    assert_eq!(o.next, None);
    let status = |id| o.candidates.iter().find(|c| c.member == id).unwrap().status;
    assert_eq!(status(1), CandidateStatus::OutRanked);
    assert_eq!(status(5), CandidateStatus::BelowThreshold);
    let ranked: Vec<u32> = o.candidates.iter().map(|c| c.votes).collect();
    assert_eq!(ranked, vec![10, 9, 8, 7, 3]);
}

/// Rule: a tie at the last seat goes to another round between the tied.
#[test]
fn tie_at_the_last_seat_needs_another_round() {
    let r = round(
        Office::Committee,
        1,
        3,
        11,
        &[(1, 10), (2, 9), (3, 7), (4, 7), (5, 2)],
    );
    let o = count_round(&r, 11);
    assert_eq!(o.elected, vec![1, 2]);
    assert_eq!(
        o.next,
        Some(NextRound::Tie {
            candidates: vec![3, 4],
            seats: 1
        })
    );
    // Three tied for two seats after one clear winner.
    let r = round(
        Office::Committee,
        1,
        3,
        11,
        &[(1, 10), (2, 8), (3, 8), (4, 8)],
    );
    let o = count_round(&r, 11);
    assert_eq!(o.elected, vec![1]);
    assert_eq!(
        o.next,
        Some(NextRound::Tie {
            candidates: vec![2, 3, 4],
            seats: 2
        })
    );
    // A tie that does not straddle the last seat elects both.
    let r = round(
        Office::Committee,
        1,
        3,
        11,
        &[(1, 9), (2, 9), (3, 8), (4, 6)],
    );
    let o = count_round(&r, 11);
    assert_eq!(o.elected, vec![1, 2, 3]);
    assert_eq!(o.next, None);
    // Tied below the threshold is not a tie for a seat.
    let r = round(Office::Committee, 1, 2, 11, &[(1, 9), (2, 5), (3, 5)]);
    let o = count_round(&r, 11);
    assert_eq!(o.elected, vec![1]);
    assert!(matches!(o.next, Some(NextRound::Unfilled { seats: 1, .. })));
}

/// Rule: seats left unfilled — the congress decides whether to vote again,
/// among those not elected; a second round fills the remaining seats.
#[test]
fn unfilled_seats_and_a_further_round() {
    let mut b = branch(11);
    b.drafts.personnel.committee_size = 3;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3];
    b.results.counting_committee = vec![9, 10, 11];
    b.results.rounds = vec![round(
        Office::Committee,
        1,
        3,
        11,
        &[(1, 10), (2, 5), (3, 4)],
    )];
    let t = tally(&RuleSettings::default(), &b);
    assert_eq!(t.committee, vec![1]);
    assert_eq!(
        t.outcomes[0].next,
        Some(NextRound::Unfilled {
            candidates: vec![2, 3],
            seats: 2
        })
    );
    b.results
        .rounds
        .push(round(Office::Committee, 2, 2, 11, &[(2, 8), (3, 7)]));
    let t = tally(&RuleSettings::default(), &b);
    assert_eq!(t.committee, vec![1, 2, 3]);
    assert_eq!(check_plan(&ward(), &b), vec![]);
    // A further round for more seats than are left is caught.
    b.results.rounds[1].seats = 3;
    let errors = fields(&check_plan(&ward(), &b), Severity::Error);
    assert_eq!(errors, vec!["results.rounds[1].seats".to_string()]);
}

// --- Secretary and deputy -------------------------------------------------------------

fn with_committee() -> Branch {
    let mut b = branch(11);
    b.drafts.personnel.committee_size = 3;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3];
    b.results.counting_committee = vec![10, 11];
    b.results.rounds = vec![round(
        Office::Committee,
        1,
        3,
        11,
        &[(1, 11), (2, 10), (3, 9)],
    )];
    b
}

/// Rule: the secretary and the deputy are elected from the new committee.
#[test]
fn secretary_and_deputy_from_the_new_committee() {
    let mut b = with_committee();
    b.results
        .rounds
        .push(round(Office::Secretary, 1, 1, 11, &[(1, 10)]));
    b.results
        .rounds
        .push(round(Office::Deputy, 1, 1, 11, &[(2, 9)]));
    let t = tally(&RuleSettings::default(), &b);
    assert_eq!(t.secretary, SecretaryState::Elected(1));
    assert_eq!(t.deputy, Some(2));
    assert_eq!(
        t.elected(),
        vec![
            Elected {
                member: 1,
                role: CommitteeRole::Secretary
            },
            Elected {
                member: 2,
                role: CommitteeRole::Deputy
            },
            Elected {
                member: 3,
                role: CommitteeRole::Member
            },
        ]
    );
    assert_eq!(check_plan(&ward(), &b), vec![]);
    // Member 5 is not on the new committee.
    b.results.rounds[2] = round(Office::Deputy, 1, 1, 11, &[(5, 9)]);
    let problems = check_plan(&ward(), &b);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "results.rounds[2].votes[0].member");
    assert!(
        problems[0]
            .message
            .contains("Nguyễn Văn Số5 không có trong chi ủy mới")
    );
}

/// Rule: a secretary not elected after three rounds is appointed by the
/// superior committee; the number of rounds is the ward's setting.
#[test]
fn secretary_not_elected_after_three_rounds() {
    let mut b = with_committee();
    let rules = RuleSettings::default();
    for n in 1..=2 {
        b.results
            .rounds
            .push(round(Office::Secretary, n, 1, 11, &[(1, 5)]));
    }
    assert_eq!(
        tally(&rules, &b).secretary,
        SecretaryState::Open { rounds: 2 }
    );
    assert!(!tally(&rules, &b).secretary_to_be_appointed());
    b.results
        .rounds
        .push(round(Office::Secretary, 3, 1, 11, &[(1, 4)]));
    let t = tally(&rules, &b);
    assert_eq!(t.secretary, SecretaryState::ToBeAppointed { rounds: 3 });
    assert!(t.secretary_to_be_appointed());
    assert!(t.elected().iter().all(|e| e.role == CommitteeRole::Member));
    // A fourth round is not allowed.
    b.results
        .rounds
        .push(round(Office::Secretary, 4, 1, 11, &[(1, 9)]));
    let errors = fields(&check_plan(&ward(), &b), Severity::Error);
    assert_eq!(errors, vec!["results.rounds[4].office".to_string()]);
    // Elected at the third round: no appointment.
    b.results.rounds.truncate(3);
    b.results
        .rounds
        .push(round(Office::Secretary, 3, 1, 11, &[(1, 6)]));
    assert_eq!(tally(&rules, &b).secretary, SecretaryState::Elected(1));
    let two = RuleSettings {
        secretary_max_rounds: 2,
        ..RuleSettings::default()
    };
    b.results.rounds.truncate(3);
    assert_eq!(
        tally(&two, &b).secretary,
        SecretaryState::ToBeAppointed { rounds: 2 }
    );
}

/// Rule: a branch without a committee elects its secretary from all its
/// full members.
#[test]
fn secretary_only_branch() {
    let mut b = branch(6);
    b.results.counting_committee = vec![5, 6];
    b.results.rounds = vec![
        round(Office::Secretary, 1, 1, 6, &[(3, 6)]),
        round(Office::Deputy, 1, 1, 6, &[(4, 5)]),
    ];
    let t = tally(&RuleSettings::default(), &b);
    assert!(t.committee.is_empty());
    assert_eq!(
        t.elected(),
        vec![
            Elected {
                member: 3,
                role: CommitteeRole::Secretary
            },
            Elected {
                member: 4,
                role: CommitteeRole::Deputy
            },
        ]
    );
    assert_eq!(check_plan(&ward(), &b), vec![]);
    b.results
        .rounds
        .push(round(Office::Committee, 1, 3, 6, &[(1, 6), (2, 6), (3, 6)]));
    let errors = fields(&check_plan(&ward(), &b), Severity::Error);
    assert!(
        errors.contains(&"results.rounds[2].office".to_string()),
        "{errors:?}"
    );
}

// --- Bad input --------------------------------------------------------------------------

/// Counting committee's minutes must add up: returned ≤ issued, valid +
/// invalid = returned, no candidate over the valid ballots.
#[test]
fn inconsistent_counts_are_reported_with_numbers() {
    let mut b = with_committee();
    let r = &mut b.results.rounds[0];
    r.ballots_issued = 11;
    r.ballots_returned = 12;
    r.ballots_valid = 10;
    r.ballots_invalid = 1;
    r.votes[0].votes = 12;
    let problems = check_plan(&ward(), &b);
    let by = |f: &str| {
        problems
            .iter()
            .find(|p| p.field == f)
            .unwrap_or_else(|| panic!("no problem at {f}: {problems:?}"))
    };
    assert!(
        by("results.rounds[0].ballots_returned")
            .message
            .contains("(12) nhiều hơn số phiếu phát ra (11)")
    );
    assert!(
        by("results.rounds[0].ballots_valid")
            .message
            .contains("(10) cộng phiếu không hợp lệ (1) bằng 11, khác số phiếu thu vào (12)")
    );
    let v = by("results.rounds[0].votes[0].votes");
    assert!(v.message.starts_with("Bầu Chi ủy (lần 1): đồng chí Nguyễn Văn Số1 được 12 phiếu, nhiều hơn số phiếu hợp lệ (10)"), "{}", v.message);
    assert!(problems.iter().all(|p| p.severity == Severity::Error));
    // More ballots issued than full members present.
    let mut b = with_committee();
    if let Some(m) = b.member_mut(4) {
        m.attendance = Attendance::Absent {
            reason: "Ốm".into(),
            accepted: true,
        };
    }
    let errors = fields(&check_plan(&ward(), &b), Severity::Error);
    assert_eq!(errors, vec!["results.rounds[0].ballots_issued".to_string()]);
    // More votes in total than valid ballots × seats.
    let mut b = with_committee();
    b.results.rounds[0].ballots_valid = 10;
    b.results.rounds[0].ballots_invalid = 1;
    b.results.rounds[0].votes[0].votes = 10;
    b.results.rounds[0].votes[1].votes = 10;
    b.results.rounds[0].votes[2].votes = 10;
    b.results.rounds[0].votes.push(CandidateVotes {
        member: 4,
        votes: 1,
    });
    let problems = check_plan(&ward(), &b);
    assert!(
        problems.iter().any(|p| p.field == "results.rounds[0].votes"
            && p.message
                .contains("tổng số phiếu bầu cho các ứng viên là 31")),
        "{problems:?}"
    );
}

/// Rule "Counting committee": its members are not on the candidate list.
#[test]
fn counting_committee_member_who_is_a_candidate() {
    let mut b = with_committee();
    b.results.counting_committee = vec![10, 2];
    let problems = check_plan(&ward(), &b);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "results.counting_committee[1]");
    assert!(
        problems[0]
            .message
            .contains("Nguyễn Văn Số2 vừa ở Ban kiểm phiếu")
    );
    // A plan candidate who has not stood yet counts too.
    let mut b = with_committee();
    b.drafts.personnel.committee_candidates.push(10);
    b.drafts.personnel.committee_size = 3;
    let errors = fields(&check_plan(&ward(), &b), Severity::Error);
    assert!(
        errors.contains(&"results.counting_committee[0]".to_string()),
        "{errors:?}"
    );
}

/// Rule: only full members may stand; the plan's secretary comes from the
/// committee list.
#[test]
fn who_may_stand() {
    let mut b = branch(10);
    if let Some(m) = b.member_mut(3) {
        m.status = MemberStatus::Probationary;
    }
    if let Some(m) = b.member_mut(4) {
        m.standing = Standing::Suspended;
    }
    b.drafts.personnel.committee_size = 3;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 4, 2];
    b.drafts.personnel.secretary_candidate = Some(6);
    let errors = fields(&check_plan(&ward(), &b), Severity::Error);
    for f in [
        "drafts.personnel.committee_candidates[2]",
        "drafts.personnel.committee_candidates[3]",
        "drafts.personnel.committee_candidates[4]",
        "drafts.personnel.secretary_candidate",
        "drafts.personnel.committee_candidates",
    ] {
        assert!(
            errors.contains(&f.to_string()),
            "{f} missing from {errors:?}"
        );
    }
}

/// The plan checks reach `daihoi check` through `rules::validate`.
#[test]
fn validate_includes_the_election_checks() {
    let mut b = with_committee();
    b.results.counting_committee = vec![1];
    let all = validate(&ward(), &b);
    assert!(
        all.iter()
            .any(|p| p.field == "results.counting_committee[0]")
    );
}

// --- Structure figures ------------------------------------------------------------------

mod structure_figures {
    use super::*;
    use daihoi::rules::structure::{self, fields};

    fn person(name: &str, birth: PartialDate, f: impl Fn(&mut Member)) -> Member {
        let mut m = full(name);
        m.birth = Some(birth);
        f(&mut m);
        m
    }

    fn day(y: i32, m: u8, d: u8) -> PartialDate {
        PartialDate::Full(ymd(y, m, d).unwrap())
    }

    /// A branch of 11 whose plan proposes five people (ids 1–5).
    fn planned() -> Branch {
        let mut b = branch(0);
        b.congress.date = ymd(2025, 8, 5);
        b.add_member(person("Lê Thị Hoa", day(1992, 8, 6), |m| {
            m.gender = Gender::Female;
        })); // 32
        b.add_member(person("Trần Văn Nam", day(1990, 8, 5), |m| {
            m.outgoing_role = CommitteeRole::Member;
            m.served_on_committee_before = true;
        })); // 35 on the day
        b.add_member(person("Hoàng Thị Mai", day(1986, 1, 1), |m| {
            m.gender = Gender::Female;
            m.ethnicity = "Tày".into();
            m.served_on_committee_before = true;
        })); // 39
        b.add_member(person(
            "Nguyễn Văn Bảy",
            PartialDate::Year(1960),
            |m| {
                m.outgoing_role = CommitteeRole::Secretary;
                m.village_head = true;
            },
        )); // 65
        b.add_member(person("Phạm Văn Sáu", day(1970, 12, 31), |_| {})); // 54
        for i in 6..=11 {
            b.add_member(full(&format!("Đảng viên {i}")));
        }
        b.drafts.personnel.committee_size = 5;
        b.drafts.personnel.committee_candidates = vec![1, 2, 3, 4, 5];
        b.drafts.personnel.secretary_candidate = Some(4);
        b
    }

    /// Issue 5 §2: count, women, under 35 and under 40 at the congress
    /// date, average age, ethnic minority, re-elected, new, first time,
    /// secretary who is the village head.
    #[test]
    fn proposed_committee_figures() {
        let b = planned();
        let s = structure::proposed(&ward(), &b);
        assert_eq!(s.count, 5);
        assert_eq!((s.women.count, s.women.percent(s.rule)), (2, "40%".into()));
        assert_eq!(
            s.under_35.count, 1,
            "35 on the congress day is not under 35"
        );
        assert_eq!((s.young.count, s.young_age), (3, 40));
        assert_eq!(s.ethnic_minority.count, 1);
        assert_eq!(
            (s.reelected.count, s.new_members.count, s.first_time.count),
            (2, 1, 2)
        );
        assert_eq!(s.average_age().as_deref(), Some("45")); // (32+35+39+65+54)/5
        assert_eq!(s.secretary_village_head, Some(true));
        let f = fields(&s);
        let get = |k: &str| f.iter().find(|(n, _)| *n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("young_percent"), Some("60%"));
        assert_eq!(get("under_35_percent"), Some("20%"));
        assert_eq!(get("ethnic_minority"), Some("1"));
        assert_eq!(get("secretary_village_head"), Some("có"));
        // The ward's young age setting is used, not a fixed 40.
        let mut w = ward();
        w.rules.young_age = 36;
        assert_eq!(structure::proposed(&w, &b).young.count, 2);
    }

    /// The elected committee's figures follow `results.elected`, with the
    /// decimal comma of the ward's reports (1/3 → "33,3%").
    #[test]
    fn elected_committee_figures() {
        let mut b = planned();
        b.results.elected = vec![
            Elected {
                member: 2,
                role: CommitteeRole::Secretary,
            },
            Elected {
                member: 3,
                role: CommitteeRole::Deputy,
            },
            Elected {
                member: 5,
                role: CommitteeRole::Member,
            },
        ];
        let s = structure::elected(&ward(), &b);
        assert_eq!(s.count, 3);
        assert_eq!(s.women.percent(s.rule), "33,3%");
        assert_eq!(s.reelected.percent(s.rule), "33,3%");
        assert_eq!(s.secretary_village_head, Some(false));
        assert_eq!(s.average_age().as_deref(), Some("42,7")); // 128/3 = 42,67 rounded half up
        // No birth date: left out of the ages only.
        if let Some(m) = b.member_mut(5) {
            m.birth = None;
        }
        let s = structure::elected(&ward(), &b);
        assert_eq!((s.count, s.ages_known), (3, 2));
        assert_eq!(s.average_age().as_deref(), Some("37"));
        let none = structure::elected(&ward(), &Branch::default());
        assert_eq!(none.average_age(), None);
        assert_eq!(none.women.percent(none.rule), "0%");
        assert_eq!(none.secretary_village_head, None);
    }
}

// --- The next round ---------------------------------------------------------------------

/// The next round follows the rules: the plan's list first; after a tie,
/// the tied for the seats left; then the secretary from the new committee,
/// then the deputy; nothing once all is elected.
#[test]
fn suggested_rounds_follow_the_rules() {
    let rules = RuleSettings::default();
    let mut b = branch(11);
    b.drafts.personnel.committee_size = 4;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 4, 5];
    b.results.counting_committee = vec![9, 10];
    b.drafts.personnel.secretary_candidate = Some(1);
    b.drafts.personnel.deputy_candidate = Some(2);
    let r = suggest_round(&rules, &b).expect("first round");
    assert_eq!(
        (r.office, r.round, r.seats, r.ballots_issued),
        (Some(Office::Committee), 1, 4, 11)
    );
    assert_eq!(
        r.votes.iter().map(|v| v.member).collect::<Vec<_>>(),
        vec![1, 2, 3, 4, 5]
    );
    b.results.rounds.push(round(
        Office::Committee,
        1,
        4,
        11,
        &[(1, 11), (2, 10), (5, 9), (3, 7), (4, 7)],
    ));
    let r = suggest_round(&rules, &b).expect("tie round");
    assert_eq!(
        (r.office, r.round, r.seats),
        (Some(Office::Committee), 2, 1)
    );
    assert_eq!(
        r.votes.iter().map(|v| v.member).collect::<Vec<_>>(),
        vec![3, 4]
    );
    b.results
        .rounds
        .push(round(Office::Committee, 2, 1, 11, &[(3, 8), (4, 3)]));
    let r = suggest_round(&rules, &b).expect("secretary round");
    assert_eq!(
        (r.office, r.round, r.seats),
        (Some(Office::Secretary), 1, 1)
    );
    assert_eq!(r.votes[0].member, 1);
    b.results
        .rounds
        .push(round(Office::Secretary, 1, 1, 11, &[(1, 10)]));
    let r = suggest_round(&rules, &b).expect("deputy round");
    assert_eq!(r.office, Some(Office::Deputy));
    b.results
        .rounds
        .push(round(Office::Deputy, 1, 1, 11, &[(2, 10)]));
    assert_eq!(suggest_round(&rules, &b), None);
    // Only the proposal's 25% surplus (above 10–15%) is worth a look.
    let problems = check_plan(&ward(), &b);
    assert_eq!(
        fields(&problems, Severity::Error),
        Vec::<String>::new(),
        "{problems:?}"
    );
    assert_eq!(problems.len(), 1);
}
