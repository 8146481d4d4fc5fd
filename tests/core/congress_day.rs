//! The congress day's data and rules (issue 13): roll-call counts and the
//! election denominator, ballot-by-ballot entry with its validity rules,
//! the comparison of two independent entries, and the branch file keeping
//! it all (old files still load).

use crate::election_support;
use daihoi::model::*;
use daihoi::rules::election::ballots::{self, InvalidReason, Verdict};
use daihoi::rules::election::roll_call::{self, Mark};
use daihoi::store;
use std::path::Path;

fn branch() -> Branch {
    election_support::village_branch(&[
        "Nguyễn Văn Ân",
        "Trần Thị Bình",
        "Lê Văn Ánh",
        "Phạm Thị Dung",
        "Hoàng Văn Em",
        "Võ Thị Giang",
        "Đặng Văn Hải",
        "Bùi Thị Hoa",
        "Đỗ Văn Khánh",
        "Ngô Thị Lan",
        "Dương Văn Minh",
    ])
}

/// DOMAIN.md "Threshold": 11 full members, one absent with an accepted
/// reason, one absent without: the denominator is 10, 6 votes needed; the
/// roll call counts 11 summoned, 9 present, 1 + 1 absent.
#[test]
fn roll_call_counts_and_denominator() {
    let mut b = branch();
    b.member_mut(4).unwrap().attendance = Attendance::Absent {
        reason: "Đi viện".into(),
        accepted: true,
    };
    b.member_mut(5).unwrap().attendance = Attendance::Absent {
        reason: String::new(),
        accepted: false,
    };
    let r = roll_call::roll_call(&b);
    assert_eq!(r.summoned, 11);
    assert_eq!(r.present, 9);
    assert_eq!(r.absent_with_reason, 1);
    assert_eq!(r.absent_without_reason, 1);
    assert!(r.complete());
    assert_eq!(r.denominator(), 10);
    assert_eq!(r.votes_needed(), 6);
    assert_eq!(
        roll_call::mark(b.member(4).unwrap()),
        Mark::AbsentWithReason
    );
    // An exempted member who stays home leaves the denominator too.
    b.member_mut(6).unwrap().exempted = true;
    b.member_mut(6).unwrap().attendance = Attendance::Absent {
        reason: "Tuổi cao".into(),
        accepted: false,
    };
    let r = roll_call::roll_call(&b);
    assert_eq!(r.denominator(), 9);
    assert_eq!(r.votes_needed(), 5);
    // The list for the door is in Vietnamese given-name order (a before â).
    let names: Vec<&str> = roll_call::roll_call_members(&b, NameOrder::GivenNameFirst)
        .iter()
        .map(|m| m.full_name.as_str())
        .collect();
    assert_eq!(
        &names[..3],
        &["Lê Văn Ánh", "Nguyễn Văn Ân", "Trần Thị Bình"]
    );
}

/// Ballot `i` of a 30-ballot round over candidates 1..=4 for 3 seats: every
/// kind of ballot occurs (one name crossed, two, none kept too many, all
/// crossed, a foreign ballot).
fn read(i: usize) -> BallotRead {
    let crossed = match i % 7 {
        0 => vec![4],
        1 => vec![3],
        2 => vec![2, 4],
        3 => vec![1],
        4 => vec![4],
        5 => vec![],
        _ => vec![1, 2, 3, 4],
    };
    BallotRead {
        crossed,
        not_issued: i == 17,
    }
}

#[test]
fn double_entry_lists_every_difference_then_agrees() {
    let candidates = [1, 2, 3, 4];
    let first = BallotEntry {
        clerk: "Máy 1".into(),
        ballots: (0..30).map(read).collect(),
    };
    let mut second = BallotEntry {
        clerk: "Máy 2".into(),
        ballots: first.ballots.clone(),
    };
    // Three planted differences: a different name crossed on ballot 4, a
    // foreign ballot missed on ballot 18, and ballot 30 forgotten.
    second.ballots[3].crossed = vec![2];
    second.ballots[17].not_issued = false;
    second.ballots.pop();
    let diffs = ballots::compare(&candidates, &first, &second);
    let numbers: Vec<usize> = diffs.iter().map(|d| d.number).collect();
    assert_eq!(numbers, vec![4, 18, 30]);
    assert_eq!(diffs[0].crossed_only_first(), vec![1]);
    assert_eq!(diffs[0].crossed_only_second(), vec![2]);
    assert!(diffs[1].first.as_ref().unwrap().not_issued);
    assert!(!diffs[1].second.as_ref().unwrap().not_issued);
    assert!(diffs[2].second.is_none());
    let b = branch();
    let name = |id| b.member(id).unwrap().full_name.clone();
    let text = ballots::difference_text(&diffs[0], "Máy 1", "Máy 2", name);
    assert!(text.contains("Phiếu số 4"), "{text}");
    assert!(text.contains("Máy 1: gạch: Nguyễn Văn Ân"), "{text}");
    assert!(text.contains("Máy 2: gạch: Trần Thị Bình"), "{text}");
    let text = ballots::difference_text(&diffs[2], "Máy 1", "Máy 2", name);
    assert!(text.contains("Máy 2: không có phiếu này"), "{text}");
    // The crossings typed in another order are the same reading.
    second.ballots[2].crossed = vec![4, 2];
    // Fix the three ballots as the team would after re-reading them.
    second.ballots[3].crossed = vec![1];
    second.ballots[17].not_issued = true;
    second.ballots.push(read(29));
    assert!(ballots::compare(&candidates, &first, &second).is_empty());
    // Both entries now add up to the same totals.
    let a = ballots::tally_entry(&candidates, 3, &first);
    let b2 = ballots::tally_entry(&candidates, 3, &second);
    assert_eq!(a, b2);
    assert_eq!(a.returned, 30);
    // Ballots 6, 13, 20, 27 (i % 7 == 5) cross nothing: 4 names kept for 3 seats.
    assert_eq!(a.too_many_kept, 4);
    // i % 7 == 6: every name crossed (i = 6, 13, 20, 27).
    assert_eq!(a.blank, 4);
    assert_eq!(a.not_issued, 1);
    assert_eq!(a.invalid, a.too_many_kept + a.not_issued);
    assert_eq!(a.valid + a.invalid, 30);
}

#[test]
fn invalid_ballot_rules() {
    let c = [1, 2, 3, 4, 5];
    let b = |crossed: &[u32]| BallotRead {
        crossed: crossed.to_vec(),
        not_issued: false,
    };
    // 5 names for 3 seats: 2 crossed → valid, 1 crossed → 4 kept → invalid.
    assert!(matches!(
        ballots::judge(&c, 3, &b(&[1, 2])),
        Verdict::Valid { .. }
    ));
    let v = ballots::judge(&c, 3, &b(&[1]));
    assert_eq!(
        v,
        Verdict::Invalid(InvalidReason::TooManyKept { kept: 4, seats: 3 })
    );
    assert_eq!(
        ballots::verdict_text(&v),
        "Không hợp lệ: để lại 4 tên, nhiều hơn 3 người cần bầu"
    );
    // Untouched surplus ballot: every name kept → invalid.
    assert!(!ballots::judge(&c, 3, &b(&[])).is_valid());
    // All crossed: valid, counts for no one.
    assert_eq!(ballots::judge(&c, 3, &b(&[1, 2, 3, 4, 5])), Verdict::Blank);
    // Without surplus (3 names, 3 seats) an untouched ballot agrees with all.
    assert_eq!(
        ballots::judge(&[1, 2, 3], 3, &b(&[])),
        Verdict::Valid {
            kept: vec![1, 2, 3]
        }
    );
    // Not the committee's ballot.
    let mut f = b(&[1, 2]);
    f.not_issued = true;
    assert_eq!(
        ballots::judge(&c, 3, &f),
        Verdict::Invalid(InvalidReason::NotIssued)
    );
}

/// Everything of the congress day is kept in the branch file; a file
/// written before these fields existed still loads.
#[test]
fn branch_file_keeps_congress_day_and_old_files_load() {
    let mut b = branch();
    b.id = "an-phu".into();
    let entry = b.round_ballots_mut(Some(Office::Committee), 1);
    entry.entries.push(BallotEntry {
        clerk: "Máy 1".into(),
        ballots: (0..5).map(read).collect(),
    });
    b.day.presidium = vec![1, 2];
    b.day.secretariat = vec![3];
    b.day.notes.push(CongressNote {
        topic: NoteTopic::Discussion,
        speaker: "Đồng chí Phạm Thị Dung".into(),
        text: "Đề nghị bổ sung chỉ tiêu về nước sạch.".into(),
    });
    b.day.resolution_vote = Some(HandVote {
        agree: 10,
        disagree: 0,
    });
    b.ratification.decision_number = "125".into();
    b.dossier.set(DossierItem::Minutes, FiledState::Unsigned);
    b.draft_comments.push(DraftComment {
        document: "Dự thảo Báo cáo chính trị Đại hội Đảng bộ phường".into(),
        part: "Phần II, mục 3".into(),
        comment: "Nên nêu rõ chỉ tiêu giảm nghèo.".into(),
    });
    let text = store::branch_text(&b);
    let back = store::parse_branch(Path::new("an-phu.ron"), text.as_bytes()).unwrap();
    assert_eq!(back, b);
    assert_eq!(
        back.round_ballots(Some(Office::Committee), 1)
            .unwrap()
            .entries[0]
            .ballots
            .len(),
        5
    );
    // A file of the previous schema (no congress-day fields) loads with defaults.
    let old = "(version: 1, id: \"cu\", name: \"Chi bộ Thôn Cũ\", members: [(id: 1, full_name: \"Lê Văn Tám\", attendance: Present)])";
    let old = store::parse_branch(Path::new("cu.ron"), old.as_bytes()).unwrap();
    assert_eq!(old.day, CongressDay::default());
    assert!(old.ballot_entries.is_empty());
    assert_eq!(old.dossier.get(DossierItem::Minutes), FiledState::Missing);
}
