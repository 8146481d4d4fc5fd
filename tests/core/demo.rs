//! The embedded demo ward: what it must contain to be a useful example of a
//! real ward's branch congresses, and that it passes the rules.

use daihoi::demo::demo_ward;
use daihoi::model::*;
use daihoi::rules::{self, Severity};
use std::collections::BTreeSet;
use unicode_normalization::is_nfc;

fn today() -> Date {
    ymd(2025, 9, 22).unwrap()
}

/// Full members, exempted ones included (they count toward the 9).
fn full_members(b: &Branch) -> usize {
    b.members.iter().filter(|m| m.is_full()).count()
}

fn elects_committee(b: &Branch) -> bool {
    full_members(b) >= 9
}

fn report_sections(pr: &PoliticalReport) -> [&str; 11] {
    [
        &pr.context,
        &pr.results_economy,
        &pr.results_defence,
        &pr.results_party_building,
        &pr.results_mass_mobilisation,
        &pr.limitations,
        &pr.causes_objective,
        &pr.causes_subjective,
        &pr.lessons,
        &pr.direction,
        &pr.tasks,
    ]
}

fn review_sections(sc: &SelfCriticism) -> [&str; 6] {
    [
        &sc.strengths,
        &sc.shortcomings,
        &sc.causes,
        &sc.remedy_previous,
        &sc.responsibility,
        &sc.direction,
    ]
}

fn fully_drafted(b: &Branch) -> bool {
    let d = &b.drafts;
    report_sections(&d.political_report)
        .iter()
        .all(|s| !s.trim().is_empty())
        && review_sections(&d.self_criticism)
            .iter()
            .all(|s| !s.trim().is_empty())
        && !d.resolution.assessment.trim().is_empty()
        && DocKind::ALL
            .iter()
            .all(|k| b.checklist.get(*k).state >= DocState::Done)
}

/// Nothing drafted: only the number of committee members (and whether a
/// deputy is elected), which is set when the congress is planned.
fn not_started(b: &Branch) -> bool {
    let planned = Drafts {
        personnel: PersonnelPlan {
            committee_size: b.drafts.personnel.committee_size,
            elect_deputy: b.drafts.personnel.elect_deputy,
            ..PersonnelPlan::default()
        },
        ..Drafts::default()
    };
    DocKind::ALL
        .iter()
        .all(|k| b.checklist.get(*k).state == DocState::NotStarted)
        && b.drafts == planned
}

#[test]
fn about_fifteen_branches_of_every_kind_a_ward_has() {
    let (ward, branches) = demo_ward();
    assert!(ward.name.starts_with("Đảng bộ phường "), "{}", ward.name);
    assert!(!ward.superior_name.is_empty() && !ward.committee_name.is_empty());
    assert!(!ward.place.is_empty() && !ward.signers.ward_name.is_empty());
    assert_eq!((ward.term.start_year, ward.term.end_year), (2025, 2027));
    assert!(ward.deadlines.congresses_by.is_some());

    assert!((14..=17).contains(&branches.len()), "{}", branches.len());
    let kinds: BTreeSet<String> = branches.iter().map(|b| format!("{:?}", b.kind)).collect();
    // Every kind a ward has; `Other` is optional.
    for kind in BranchKind::ALL.iter().filter(|k| **k != BranchKind::Other) {
        assert!(kinds.contains(&format!("{kind:?}")), "no {kind:?} branch");
    }
    let residential = branches
        .iter()
        .filter(|b| matches!(b.kind, BranchKind::Village | BranchKind::StreetGroup))
        .count();
    assert!(
        residential * 2 >= branches.len(),
        "mostly thôn / tổ dân phố"
    );

    let ids: BTreeSet<&str> = branches.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids.len(), branches.len(), "ids are unique");
    for b in &branches {
        assert!(daihoi::store::is_valid_id(&b.id), "{}", b.id);
        assert!(b.name.starts_with("Chi bộ "), "{}", b.name);
        let c = &b.congress;
        // The usual two-and-a-half-year term or the five-year pilot.
        assert!(
            [(2025, 2027), (2025, 2030)].contains(&(c.term_start, c.term_end)),
            "{}",
            b.id
        );
        assert!(c.number >= 1 && c.time.contains(" giờ ") && !c.place.is_empty());
        let date = c.date.expect("every demo congress has a date");
        assert!(
            date >= ymd(2025, 9, 1).unwrap() && date <= ymd(2025, 11, 30).unwrap(),
            "{}: {date}",
            b.id
        );
    }
    // Both kinds of term, the usual one for most branches.
    let pilot = branches
        .iter()
        .filter(|b| b.congress.term_end - b.congress.term_start == 5)
        .count();
    assert!(pilot >= 2 && pilot * 2 < branches.len(), "{pilot} pilot");
}

#[test]
fn sizes_range_from_three_to_over_sixty_with_both_election_kinds() {
    let (_, branches) = demo_ward();
    let sizes: Vec<usize> = branches.iter().map(|b| b.members.len()).collect();
    assert_eq!(sizes.iter().min(), Some(&3));
    assert!(sizes.iter().max().is_some_and(|&m| m >= 60), "{sizes:?}");
    let committee = branches.iter().filter(|b| elects_committee(b)).count();
    let secretary_only = branches.len() - committee;
    assert!(
        committee >= 5 && secretary_only >= 3,
        "{committee}/{secretary_only}"
    );
    // The edge of the rule: nine full members only with the exempted one.
    assert!(
        branches
            .iter()
            .any(|b| { full_members(b) == 9 && b.members.iter().any(|m| m.exempted) })
    );
    // Members in all ≥ 9 but full members < 9: still secretary only.
    assert!(
        branches
            .iter()
            .any(|b| b.members.len() >= 9 && full_members(b) < 9)
    );
}

#[test]
fn outgoing_committees_fit_the_branch_size() {
    let (_, branches) = demo_ward();
    for b in &branches {
        let role = |r| b.members.iter().filter(|m| m.outgoing_role == r).count();
        let (sec, dep, mem) = (
            role(CommitteeRole::Secretary),
            role(CommitteeRole::Deputy),
            role(CommitteeRole::Member),
        );
        assert_eq!(sec, 1, "{}: one secretary", b.id);
        assert!(dep <= 1, "{}", b.id);
        if elects_committee(b) {
            let size = sec + dep + mem;
            assert!((3..=7).contains(&size), "{}: committee of {size}", b.id);
            assert_eq!(dep, 1, "{}", b.id);
        } else {
            assert_eq!(mem, 0, "{}: secretary-only branch has no members", b.id);
        }
        for m in b.members.iter().filter(|m| m.outgoing_role.on_committee()) {
            assert!(m.served_on_committee_before, "{}: {}", b.id, m.full_name);
            assert!(m.is_full() && !m.exempted, "{}: {}", b.id, m.full_name);
            assert!(m.posts.contains("Bí thư") || m.posts.contains("Chi ủy viên"));
        }
    }
}

#[test]
fn members_look_like_real_party_members() {
    let (_, branches) = demo_ward();
    let all: Vec<(&Branch, &Member)> = branches
        .iter()
        .flat_map(|b| b.members.iter().map(move |m| (b, m)))
        .collect();
    let n = all.len();
    let women = all
        .iter()
        .filter(|(_, m)| m.gender == Gender::Female)
        .count();
    assert!(
        women * 100 >= n * 25 && women * 100 <= n * 40,
        "{women} women of {n}"
    );
    let kinh = all.iter().filter(|(_, m)| m.ethnicity == "Kinh").count();
    assert!(kinh < n && kinh * 100 >= n * 90, "{kinh} Kinh of {n}");

    let mut given = BTreeSet::new();
    let mut year_only = 0;
    let mut probationary = 0;
    let mut exempted = 0;
    let mut transfers = 0;
    for (b, m) in &all {
        let who = format!("{}: {}", b.id, m.full_name);
        let words: Vec<&str> = m.full_name.split(' ').collect();
        assert!(words.len() >= 3, "{who}");
        given.insert(*words.last().unwrap());
        assert!(
            !m.hometown.is_empty() && !m.professional.is_empty(),
            "{who}"
        );
        assert!(
            ["12/12", "10/10", "9/10", "7/10"].contains(&m.education.as_str()),
            "{who}"
        );
        assert!(
            ["Sơ cấp", "Trung cấp", "Cao cấp"].contains(&m.political_theory.as_str()),
            "{who}"
        );
        let birth = m.birth.expect("birth");
        if matches!(birth, PartialDate::Year(_)) {
            year_only += 1;
            assert!(
                birth.year() < 1955,
                "only the elderly have a bare year: {who}"
            );
        }
        let joined = m.joined.expect("joined");
        assert!(
            birth.age_on(joined) >= 18,
            "{who} joined at {}",
            birth.age_on(joined)
        );
        match m.status {
            MemberStatus::Full => {
                let official = m.official.expect("full members have an official date");
                assert!(
                    official < b.congress.date.unwrap(),
                    "{who}: official {official}"
                );
                assert_eq!(official.year(), joined.year() + 1, "{who}");
                assert_eq!(
                    (official.month(), official.day()),
                    (joined.month(), joined.day()),
                    "{who}"
                );
            }
            MemberStatus::Probationary => {
                probationary += 1;
                assert!(m.official.is_none(), "{who}");
                // Admitted less than a year before the congress.
                let congress = b.congress.date.unwrap();
                assert!(
                    joined < congress && congress < joined.replace_year(joined.year() + 1).unwrap(),
                    "{who}: joined {joined}, congress {congress}"
                );
                assert!(!m.exempted, "{who}");
            }
        }
        if m.exempted {
            exempted += 1;
            assert!(birth.age_on(today()) >= 65, "{who}");
        }
        if m.standing == Standing::TemporaryTransfer {
            transfers += 1;
        }
    }
    assert!(year_only >= 3, "{year_only}");
    assert!(probationary >= 10, "{probationary}");
    assert!(exempted >= 5, "{exempted}");
    assert_eq!(transfers, 1);
    for name in ["Ánh", "Ân", "Đức"] {
        assert!(given.contains(name), "given name {name} missing: {given:?}");
    }
    assert!(
        given
            .iter()
            .any(|g| g.starts_with('Ư') || g.starts_with('Ơ')),
        "{given:?}"
    );
    assert!(given.len() >= 60, "{} given names", given.len());

    for b in &branches {
        let names: BTreeSet<&str> = b.members.iter().map(|m| m.full_name.as_str()).collect();
        assert_eq!(names.len(), b.members.len(), "{}: names repeat", b.id);
        let heads = b.members.iter().filter(|m| m.village_head).count();
        match b.kind {
            BranchKind::Village | BranchKind::StreetGroup => {
                assert_eq!(heads, 1, "{}", b.id)
            }
            _ => assert_eq!(heads, 0, "{}", b.id),
        }
    }
    // Some secretaries are also the village / street head, some are not.
    let sec_heads = branches
        .iter()
        .filter(|b| {
            b.members
                .iter()
                .any(|m| m.village_head && m.outgoing_role == CommitteeRole::Secretary)
        })
        .count();
    assert!(sec_heads >= 2, "{sec_heads}");
    assert!(branches.iter().any(|b| {
        b.members
            .iter()
            .any(|m| m.village_head && !m.outgoing_role.on_committee())
    }));
}

#[test]
fn three_fully_drafted_several_in_progress_several_not_started() {
    let (_, branches) = demo_ward();
    let drafted: Vec<&Branch> = branches.iter().filter(|b| fully_drafted(b)).collect();
    let untouched = branches.iter().filter(|b| not_started(b)).count();
    let in_progress: Vec<&Branch> = branches
        .iter()
        .filter(|b| !fully_drafted(b) && !not_started(b))
        .collect();
    assert_eq!(drafted.len(), 3);
    assert!(in_progress.len() >= 4, "{}", in_progress.len());
    assert!(untouched >= 4, "{untouched}");
    assert!(drafted.iter().any(|b| elects_committee(b)));
    assert!(drafted.iter().any(|b| !elects_committee(b)));

    for b in &drafted {
        let pr = &b.drafts.political_report;
        let text: usize = report_sections(pr).iter().map(|s| s.chars().count()).sum();
        assert!(
            text >= 5000,
            "{}: political report of {text} characters",
            b.id
        );
        for s in report_sections(pr) {
            assert!(s.chars().count() >= 150, "{}: thin section {s:?}", b.id);
        }
        for s in review_sections(&b.drafts.self_criticism) {
            assert!(s.chars().count() >= 80, "{}: thin section {s:?}", b.id);
        }
        assert!((6..=10).contains(&pr.targets.len()), "{}", b.id);
        for t in &pr.targets {
            for field in [&t.indicator, &t.unit, &t.plan, &t.achieved, &t.next] {
                assert!(!field.trim().is_empty(), "{}: {t:?}", b.id);
            }
        }
        if !elects_committee(b) {
            assert!(!pr.secretary_self_review.trim().is_empty(), "{}", b.id);
        }
        for kind in DocKind::ALL {
            let status = b.checklist.get(kind);
            let changed = status.changed.expect("a date with every state");
            assert!(changed < b.congress.date.unwrap(), "{}: {kind:?}", b.id);
        }
        for kind in [
            DocKind::PoliticalReport,
            DocKind::Resolution,
            DocKind::PersonnelPlan,
        ] {
            assert_eq!(b.checklist.get(kind).state, DocState::Approved, "{}", b.id);
        }
        assert!(!b.drafts.personnel.approval_ref.is_empty(), "{}", b.id);
    }
    for b in &in_progress {
        assert!(
            DocKind::ALL
                .iter()
                .any(|k| b.checklist.get(*k).state == DocState::Drafting),
            "{}",
            b.id
        );
        let written = report_sections(&b.drafts.political_report)
            .iter()
            .filter(|s| !s.is_empty())
            .count();
        assert!(written >= 1 && written < 11, "{}: {written} sections", b.id);
        for kind in DocKind::ALL {
            let status = b.checklist.get(kind);
            assert_eq!(
                status.state != DocState::NotStarted,
                status.changed.is_some(),
                "{}: {kind:?}",
                b.id
            );
            if let Some(d) = status.changed {
                assert!(d <= today(), "{}: {d}", b.id);
            }
        }
    }
}

#[test]
fn personnel_plans_name_real_eligible_members() {
    let (ward, branches) = demo_ward();
    let mut plans = 0;
    for b in &branches {
        let p = &b.drafts.personnel;
        if p.secretary_candidate.is_none() {
            assert!(p.committee_candidates.is_empty(), "{}", b.id);
            continue;
        }
        plans += 1;
        let eligible = |id: MemberId| {
            let m = b
                .member(id)
                .unwrap_or_else(|| panic!("{}: no member {id}", b.id));
            assert!(
                m.is_full() && !m.exempted && m.standing == Standing::Active,
                "{}: {} cannot stand",
                b.id,
                m.full_name
            );
        };
        p.committee_candidates.iter().for_each(|id| eligible(*id));
        p.secretary_candidate.into_iter().for_each(eligible);
        p.deputy_candidate.into_iter().for_each(eligible);
        // The structure in words agrees with the candidates proposed.
        let proposed: Vec<MemberId> = p.proposed_committee();
        let women = proposed
            .iter()
            .filter(|id| b.member(**id).is_some_and(|m| m.gender == Gender::Female))
            .count();
        let said = if women == 0 {
            "chưa có cán bộ nữ".to_string()
        } else {
            format!("{women} đồng chí nữ")
        };
        assert!(p.structure.contains(&said), "{}: {}", b.id, p.structure);
        assert_eq!(p.elect_deputy, p.deputy_candidate.is_some(), "{}", b.id);
        if elects_committee(b) {
            let seats = p.committee_size as usize;
            let listed = p.committee_candidates.len();
            assert!((3..=ward.rules.committee_max_size as usize).contains(&seats));
            let unique: BTreeSet<_> = p.committee_candidates.iter().collect();
            assert_eq!(unique.len(), listed, "{}", b.id);
            // The proposal's 10–15% surplus, rounded up to whole people
            // (at least one), and never above the 30% a congress accepts.
            let surplus = listed - seats;
            assert!(surplus <= 1 && surplus * 100 <= seats * 30, "{}", b.id);
            if b.members.len() >= 20 {
                assert_eq!(surplus, 1, "{}: a large branch proposes a surplus", b.id);
            }
            assert!(
                p.committee_candidates
                    .contains(&p.secretary_candidate.unwrap())
            );
            assert!(
                p.committee_candidates
                    .contains(&p.deputy_candidate.unwrap())
            );
        } else {
            assert_eq!(p.committee_size, 0, "{}", b.id);
            assert!(p.committee_candidates.is_empty(), "{}", b.id);
        }
    }
    assert!(plans >= 5, "{plans}");
    // The large drafted branch proposes 7 seats with 1 surplus: 14,3%.
    assert!(branches.iter().any(|b| {
        b.drafts.personnel.committee_size == 7 && b.drafts.personnel.committee_candidates.len() == 8
    }));
}

/// The threshold's denominator (DOMAIN.md, Election rules): summoned full
/// members, less exempted members absent and members absent with an
/// accepted reason.
fn threshold_base(b: &Branch) -> u32 {
    b.members
        .iter()
        .filter(|m| m.is_full() && m.standing == Standing::Active)
        .filter(|m| match &m.attendance {
            Attendance::Absent { accepted, .. } => !(*accepted || m.exempted),
            _ => true,
        })
        .count() as u32
}

#[test]
fn held_congresses_have_consistent_results() {
    let (_, branches) = demo_ward();
    let held: Vec<&Branch> = branches.iter().filter(|b| b.results.held).collect();
    assert!((2..=3).contains(&held.len()), "{}", held.len());
    assert!(held.iter().any(|b| elects_committee(b)));
    assert!(held.iter().any(|b| !elects_committee(b)));
    let (mut re_elected, mut new) = (0, 0);
    for b in &held {
        let id = &b.id;
        assert!(b.congress.date.unwrap() < today(), "{id}");
        assert!(
            b.results
                .reported_on
                .is_some_and(|d| d > b.congress.date.unwrap() && d <= today())
        );
        for m in &b.members {
            match (&m.attendance, m.standing) {
                (Attendance::NotRecorded, Standing::Active) => {
                    panic!("{id}: attendance of {} not recorded", m.full_name)
                }
                (Attendance::Absent { reason, .. }, _) => assert!(!reason.trim().is_empty()),
                _ => {}
            }
        }
        let counts = b.counts();
        assert_eq!(counts.present + counts.absent, counts.summoned, "{id}");
        assert!(counts.absent >= 1 || b.members.len() < 10, "{id}");

        let candidates: BTreeSet<MemberId> = b
            .results
            .rounds
            .iter()
            .flat_map(|r| r.votes.iter().map(|v| v.member))
            .collect();
        assert!(b.results.counting_committee.len() >= 2, "{id}");
        for cid in &b.results.counting_committee {
            let m = b.member(*cid).expect("counting committee member exists");
            assert!(m.is_present() && m.is_full(), "{id}");
            assert!(!candidates.contains(cid), "{id}: counter is a candidate");
        }
        let present_full = b
            .members
            .iter()
            .filter(|m| m.is_full() && m.is_present())
            .count() as u32;
        let base = threshold_base(b);
        for r in &b.results.rounds {
            assert!(r.office.is_some() && r.round >= 1 && r.seats >= 1, "{id}");
            assert_eq!(
                r.ballots_valid + r.ballots_invalid,
                r.ballots_returned,
                "{id}"
            );
            assert!(r.ballots_returned <= r.ballots_issued, "{id}");
            assert!(r.ballots_issued <= present_full, "{id}");
            let total: u32 = r.votes.iter().map(|v| v.votes).sum();
            assert!(total <= r.ballots_valid * r.seats, "{id}: {total} votes");
            for v in &r.votes {
                assert!(v.votes <= r.ballots_valid, "{id}");
                assert!(b.member(v.member).is_some_and(|m| m.is_full()), "{id}");
            }
        }
        let votes_in = |office: Office, member: MemberId| {
            b.results
                .rounds
                .iter()
                .filter(|r| r.office == Some(office))
                .flat_map(|r| r.votes.iter())
                .find(|v| v.member == member)
                .map(|v| v.votes)
                .unwrap_or_else(|| panic!("{id}: no {office:?} votes for {member}"))
        };
        let role_count = |role| b.results.elected.iter().filter(|e| e.role == role).count();
        assert_eq!(role_count(CommitteeRole::Secretary), 1, "{id}");
        assert!(role_count(CommitteeRole::Deputy) <= 1, "{id}");
        for e in &b.results.elected {
            let m = b.member(e.member).expect("elected member exists");
            if m.outgoing_role.on_committee() {
                re_elected += 1;
            } else {
                new += 1;
            }
            let office = match e.role {
                CommitteeRole::Secretary => Office::Secretary,
                CommitteeRole::Deputy => Office::Deputy,
                _ => Office::Committee,
            };
            // Elected only with more than half of the summoned full members.
            assert!(
                votes_in(office, e.member) * 2 > base,
                "{id}: {}",
                m.full_name
            );
        }
        if elects_committee(b) {
            let round = b
                .results
                .rounds
                .iter()
                .find(|r| r.office == Some(Office::Committee))
                .expect("committee round");
            assert_eq!(b.results.elected.len() as u32, round.seats, "{id}");
            assert_eq!(round.seats, b.drafts.personnel.committee_size, "{id}");
            let mut ranked = round.votes.clone();
            ranked.sort_by(|a, c| c.votes.cmp(&a.votes));
            let winners: BTreeSet<MemberId> = ranked
                .iter()
                .take(round.seats as usize)
                .map(|v| v.member)
                .collect();
            let elected: BTreeSet<MemberId> = b.results.elected.iter().map(|e| e.member).collect();
            assert_eq!(winners, elected, "{id}: the highest votes win");
            for e in &b.results.elected {
                assert!(votes_in(Office::Committee, e.member) * 2 > base, "{id}");
            }
        } else {
            assert!(b.results.elected.len() <= 2, "{id}");
            assert!(
                !b.results
                    .rounds
                    .iter()
                    .any(|r| r.office == Some(Office::Committee))
            );
        }
    }
    assert!(
        re_elected >= 3 && new >= 2,
        "{re_elected} re-elected, {new} new"
    );

    for b in branches.iter().filter(|b| !b.results.held) {
        assert_eq!(b.results, ElectionResults::default(), "{}", b.id);
        assert!(b.congress.date.unwrap() > today(), "{}", b.id);
        assert!(
            b.members
                .iter()
                .all(|m| m.attendance == Attendance::NotRecorded),
            "{}",
            b.id
        );
    }
}

#[test]
fn every_branch_passes_validation_without_errors() {
    let (ward, branches) = demo_ward();
    let mut warnings = 0;
    for b in &branches {
        let problems = rules::validate(&ward, b);
        let errors: Vec<_> = problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", b.id);
        warnings += problems.len();
    }
    assert!(warnings <= branches.len(), "{warnings} warnings");
}

#[test]
fn the_demo_is_deterministic() {
    assert_eq!(demo_ward(), demo_ward());
}

#[test]
fn all_text_is_nfc() {
    let (ward, branches) = demo_ward();
    assert!(is_nfc(&daihoi::store::ward_text(&ward)));
    for b in &branches {
        let text = daihoi::store::branch_text(b);
        assert!(is_nfc(&text), "{}", b.id);
        assert!(!text.contains('\u{FFFD}'), "{}", b.id);
    }
}

#[test]
fn the_ward_roll_up_reads_the_held_congresses() {
    let (ward, branches) = demo_ward();
    let r = rules::rollup::rollup(&ward, &branches);
    let held: Vec<&Branch> = branches.iter().filter(|b| b.results.held).collect();
    assert_eq!(r.branches as usize, branches.len());
    assert_eq!(r.held.count as usize, held.len());
    assert_eq!(r.not_held.len(), branches.len() - held.len());
    assert!(r.unknown.is_empty(), "{:?}", r.unknown);
    let elected: usize = held.iter().map(|b| b.results.elected.len()).sum();
    assert_eq!(r.committee_members as usize, elected);
    assert_eq!(r.secretaries as usize, held.len());
    assert_eq!(r.secretaries_to_appoint, 0);
    // One committee branch and one secretary-only branch were held.
    assert_eq!((r.secretary_only.count, r.secretary_only.of), (1, 2));
    assert!(r.reelected.count >= 3 && r.reelected.count < r.committee_members);
    assert!(r.women.count >= 1);
    assert!(r.average_age().is_some());
}
