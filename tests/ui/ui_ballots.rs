//! Ballot-by-ballot counting in the real app through egui_kittest: 30
//! ballots typed by keys into entry A, the same 30 into entry B with three
//! planted differences, every difference listed, corrected from the log
//! until both agree, then the totals written into the round; the projection
//! window follows the count.

use crate::counting_support::{self as counting, H};
use crate::election_support;
use crate::ui_support;
use daihoi::model::*;
use daihoi::rules::labels;
use daihoi::strings::{congress as msg, election as emsg, papers};
use eframe::egui::{self, Key};
use egui_kittest::kittest::{NodeT, Queryable};

/// The eleven, all present, with four candidates for three seats, on the
/// ballot-by-ballot entry of a new round.
fn app() -> (tempfile::TempDir, H) {
    let (dir, mut h) = counting::app_on(counting::eleven_with_candidates(), emsg::SCREEN_TITLE);
    ui_support::click(&mut h, emsg::ADD_ROUND);
    ui_support::click(&mut h, msg::MODE_BALLOTS);
    (dir, h)
}

/// One ballot: the names crossed (1-based ballot numbers), not issued.
#[derive(Clone, Copy)]
struct Ballot(&'static [usize], bool);

/// The 30 ballots as read aloud: mostly one name crossed (valid, 3 kept),
/// some with none crossed (4 kept for 3 seats: invalid), one with all
/// crossed (blank, valid), one not issued by the committee (invalid).
fn ballots() -> Vec<Ballot> {
    (0..30)
        .map(|i| match i {
            4 | 13 => Ballot(&[], false),
            21 => Ballot(&[1, 2, 3, 4], false),
            27 => Ballot(&[2], true),
            _ => match i % 4 {
                0 => Ballot(&[4], false),
                1 => Ballot(&[3], false),
                2 => Ballot(&[4], false),
                _ => Ballot(&[2], false),
            },
        })
        .collect()
}

/// A key and its text as a keyboard sends them, then one frame.
fn press(h: &mut H, key: Key, text: Option<&str>) {
    counting::key(h, key, text);
    h.step();
}

/// Type one ballot; returns the keys pressed.
fn type_ballot(h: &mut H, b: Ballot) -> usize {
    let mut keys = 0;
    for n in b.0 {
        press(h, counting::digit_key(*n), Some(&n.to_string()));
        keys += 1;
    }
    if b.1 {
        press(h, Key::X, Some("x"));
        keys += 1;
    }
    press(h, Key::Enter, None);
    keys + 1
}

fn round_ballots(h: &H) -> RoundBallots {
    h.state().branches[0]
        .round_ballots(Some(Office::Committee), 1)
        .cloned()
        .expect("entries of round 1")
}

#[test]
fn thirty_ballots_twice_three_differences_then_agreement() {
    let (_dir, mut h) = app();
    ui_support::settle(&mut h);
    let list = ballots();
    let mut keys = 0;
    for b in &list {
        keys += type_ballot(&mut h, *b);
    }
    ui_support::settle(&mut h);
    // k names crossed = k + 1 keys (X adds one for a foreign ballot).
    let crossings: usize = list.iter().map(|b| b.0.len() + usize::from(b.1)).sum();
    assert_eq!(keys, crossings + list.len());
    let a = &round_ballots(&h).entries[0];
    assert_eq!(a.ballots.len(), 30, "every Enter saved one ballot");
    assert_eq!(a.ballots[21].crossed, vec![1, 2, 3, 4]);
    assert!(a.ballots[27].not_issued);
    // Totals as they stand: 30 returned, 2 kept-too-many + 1 foreign invalid.
    assert!(
        h.query_by_label(&msg::entry_totals(30, 27, 1, 3)).is_some(),
        "totals of entry A shown"
    );
    assert!(
        h.query_by_label(&msg::invalid_breakdown(1, 2)).is_some(),
        "invalid ballots with their reasons"
    );
    // Entry B: the same ballots with three planted differences.
    ui_support::click(&mut h, msg::ENTRY_B);
    let mut second = list.clone();
    second[6] = Ballot(&[1], false); // 7: another name crossed
    second[11] = Ballot(&[2, 3], false); // 12: one name more
    second[19] = Ballot(&[2], true); // 20: read as a foreign ballot
    for b in &second {
        type_ballot(&mut h, *b);
    }
    ui_support::settle(&mut h);
    assert_eq!(round_ballots(&h).entries[1].ballots.len(), 30);
    assert!(
        h.query_by_label(&papers::entries_differ(3)).is_some(),
        "three differences"
    );
    for n in [7, 12, 20] {
        assert!(
            h.query_by_label_contains(&format!("Phiếu số {n} —"))
                .is_some(),
            "ballot {n} listed"
        );
    }
    assert!(h.query_by_label_contains("Phiếu số 8 —").is_none());
    // Writing the totals is refused until they agree.
    assert!(h.get_by_label(msg::APPLY).accesskit_node().is_disabled());
    // Correct entry B from its log: Backspace clears, type, Enter.
    for n in [7usize, 12, 20] {
        let label = msg::edit_ballot(n);
        h.get_by_label(&label).scroll_to_me();
        ui_support::settle(&mut h);
        ui_support::click(&mut h, &label);
        press(&mut h, Key::Backspace, None);
        type_ballot(&mut h, list[n - 1]);
    }
    ui_support::settle(&mut h);
    assert!(
        h.query_by_label(&papers::entries_agree(30)).is_some(),
        "the two entries agree"
    );
    let rb = round_ballots(&h);
    assert_eq!(rb.entries[0].ballots, rb.entries[1].ballots);
    // Now the totals go into the round (and its biên bản).
    h.get_by_label(msg::APPLY).scroll_to_me();
    ui_support::settle(&mut h);
    ui_support::click(&mut h, msg::APPLY);
    let r = &h.state().branches[0].results.rounds[0];
    assert_eq!(
        (r.ballots_returned, r.ballots_valid, r.ballots_invalid),
        (30, 27, 3)
    );
    // Votes: a valid ballot is a vote for each name kept.
    let votes = |id: MemberId| r.votes.iter().find(|v| v.member == id).unwrap().votes;
    let mut expect = [0u32; 5];
    for b in &list {
        let kept: Vec<usize> = (1..=4).filter(|n| !b.0.contains(n)).collect();
        if !b.1 && kept.len() <= 3 {
            for n in kept {
                expect[n] += 1;
            }
        }
    }
    for id in 1..=4u32 {
        assert_eq!(votes(id), expect[id as usize], "votes of member {id}");
    }
}

#[test]
fn validity_is_shown_while_typing() {
    let (_dir, mut h) = app();
    // Nothing crossed yet: 4 names kept for 3 seats.
    assert!(
        h.query_by_label(&papers::invalid(&papers::invalid_too_many(4, 3)))
            .is_some()
    );
    press(&mut h, Key::Num2, Some("2"));
    assert!(h.query_by_label(&msg::valid_keeps(3)).is_some());
    for (k, t) in [(Key::Num1, "1"), (Key::Num3, "3"), (Key::Num4, "4")] {
        press(&mut h, k, Some(t));
    }
    assert!(h.query_by_label(papers::BALLOT_BLANK).is_some());
    press(&mut h, Key::X, Some("x"));
    assert!(
        h.query_by_label(&papers::invalid(papers::INVALID_NOT_ISSUED))
            .is_some()
    );
    // Toggle back: pressing 4 again un-crosses Phạm Thị Dung.
    press(&mut h, Key::X, Some("x"));
    press(&mut h, Key::Num4, Some("4"));
    assert!(h.query_by_label(&msg::valid_keeps(1)).is_some());
    // A key beyond the list says so and changes nothing.
    press(&mut h, Key::Num7, Some("7"));
    assert!(h.query_by_label(&msg::key_out_of_list(7, 4)).is_some());
    press(&mut h, Key::Enter, None);
    assert_eq!(
        round_ballots(&h).entries[0].ballots[0].crossed,
        vec![1, 2, 3]
    );
}

#[test]
fn the_projection_follows_the_count() {
    let (_dir, mut h) = app();
    ui_support::click(&mut h, msg::OPEN_PROJECTION);
    let heading = msg::projection_heading(&emsg::round_label(
        Some(labels::office(Office::Committee)),
        1,
    ));
    assert!(h.query_by_label(&heading).is_some(), "projection shown");
    // Six ballots crossing Dung: An, Bình, Cường 6 votes of 11 → elected.
    for _ in 0..6 {
        type_ballot(&mut h, Ballot(&[4], false));
    }
    ui_support::settle(&mut h);
    assert_eq!(
        h.query_all_by_label(&msg::projection_votes(6, "54,5%"))
            .count(),
        3,
        "votes and share of the summoned, for An, Bình and Cường"
    );
    assert!(
        h.query_by_label(&msg::projection_ballots(6, 6, 0))
            .is_some()
    );
    assert!(h.query_all_by_label(emsg::STATUS_ELECTED).count() >= 3);
    // (Under kittest the window is drawn inside the main one, over the
    // button: click it as a screen reader would.)
    h.get_by_label(msg::CLOSE_PROJECTION).click_accesskit();
    ui_support::settle(&mut h);
    assert!(h.query_by_label(&heading).is_none(), "projection closed");
}

/// After a tie at the last seat, the ballot button names round 2 and the
/// screen says whom its ballots list and why.
#[test]
fn ballots_of_a_later_round_say_so() {
    let mut b = counting::eleven_with_candidates();
    b.results.counting_committee = vec![5, 6, 7];
    b.results.rounds.push(election_support::committee_round(
        1,
        3,
        (11, 11, 11, 0),
        &[(1, 11), (2, 10), (3, 7), (4, 7)],
    ));
    let (_dir, h) = counting::app_on(b, emsg::SCREEN_TITLE);
    let what = emsg::round_object(Some(labels::office(Office::Committee)), 2);
    let note = msg::later_round_ballots(
        &what,
        "Lê Văn Cường, Phạm Thị Dung",
        2,
        &msg::reason_tie(
            &emsg::round_object(Some(labels::office(Office::Committee)), 1),
            1,
        ),
    );
    assert!(
        h.query_by_label(&note).is_some(),
        "the later round is explained"
    );
    assert!(
        h.query_by_label(&what).is_some(),
        "the ballot button names round 2"
    );
    assert!(
        h.query_by_label(&emsg::round_object(
            Some(labels::office(Office::Secretary)),
            1
        ))
        .is_some()
    );
}

/// Keys typed faster than the frames come are taken in the order typed:
/// "2, Enter, 3, Enter" in one frame is two ballots, not one.
#[test]
fn fast_typing_keeps_the_order_of_keys() {
    let (_dir, mut h) = app();
    // All four presses in one frame (the harness's own queue gives each
    // event a frame of its own).
    for key in [Key::Num2, Key::Enter, Key::Num3, Key::Enter] {
        h.input_mut().events.push(egui::Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.step();
    ui_support::settle(&mut h);
    let a = &round_ballots(&h).entries[0];
    let read: Vec<Vec<MemberId>> = a.ballots.iter().map(|b| b.crossed.clone()).collect();
    assert_eq!(read, vec![vec![2], vec![3]]);
}

/// Issue 13: "Entering 60 ballots by keyboard takes under 2 minutes for a
/// person who knows the keys." A 70-member branch elects a committee of 5
/// from 6 names (one surplus, the most a body of 3–5 allows). The 60
/// ballots are typed with key events only: a ballot with k names crossed
/// takes k + 1 keys (the names' numbers, then Enter), one more (X) for a
/// paper the committee did not issue. Every ballot's key count, the stored
/// readings, the totals on screen and the votes written into the round are
/// checked, and the app's own time per key is measured.
#[test]
fn sixty_ballots_by_keys_only() {
    let mut names: Vec<String> = counting::ELEVEN[..6]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for family in ["Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Mai", "Tạ", "Cao"] {
        for given in [
            "Hải", "Khánh", "Lan", "Minh", "Ngọc", "Phúc", "Quang", "Sơn",
        ] {
            names.push(format!("{family} Văn {given}"));
        }
    }
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut b = election_support::village_branch(&refs);
    b.drafts.personnel.committee_size = 5;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 4, 5, 6];
    let (_dir, mut h) = counting::app_on(b, emsg::SCREEN_TITLE);
    ui_support::click(&mut h, emsg::ADD_ROUND);
    ui_support::click(&mut h, msg::MODE_BALLOTS);
    ui_support::settle(&mut h);

    // 60 ballots as a hall reads them: most cross one name, some two, a few
    // none (6 kept for 5 seats: invalid), one crosses all (blank), two are
    // not the committee's paper.
    let list: Vec<Ballot> = (0..60)
        .map(|i| match i {
            9 | 33 | 51 => Ballot(&[], false),
            27 => Ballot(&[1, 2, 3, 4, 5, 6], false),
            15 | 44 => Ballot(&[6], true),
            _ => match i % 7 {
                0 | 3 => Ballot(&[6], false),
                1 => Ballot(&[5], false),
                2 => Ballot(&[5, 6], false),
                4 => Ballot(&[4], false),
                5 => Ballot(&[3, 6], false),
                _ => Ballot(&[6], false),
            },
        })
        .collect();
    let started = std::time::Instant::now();
    let mut keys = 0;
    for b in &list {
        let k = type_ballot(&mut h, *b);
        assert_eq!(k, b.0.len() + 1 + usize::from(b.1), "keys of one ballot");
        keys += k;
    }
    ui_support::settle(&mut h);
    let elapsed = started.elapsed().as_secs_f64();
    let crossings: usize = list.iter().map(|b| b.0.len()).sum();
    let foreign = list.iter().filter(|b| b.1).count();
    assert_eq!(keys, crossings + foreign + 60);
    assert_eq!(keys, 137, "the keys this hall's 60 ballots take");
    // At 2 keys a second (a slow pace for the number row) that is 69 s,
    // under the 2 minutes the issue allows.
    assert!(keys as f64 / 2.0 < 120.0);
    let per_key = elapsed / keys as f64;
    eprintln!(
        "60 ballots: {keys} keys ({:.2} a ballot); the app took {elapsed:.1} s, {:.0} ms a key",
        keys as f64 / 60.0,
        per_key * 1000.0
    );
    assert!(
        per_key < 0.5,
        "the app keeps up with 2 keys a second ({per_key:.3} s a key)"
    );

    // What was stored, ballot by ballot.
    let a = &round_ballots(&h).entries[0];
    assert_eq!(a.ballots.len(), 60);
    for (i, (got, want)) in a.ballots.iter().zip(&list).enumerate() {
        let crossed: Vec<MemberId> = want.0.iter().map(|n| *n as MemberId).collect();
        assert_eq!(got.crossed, crossed, "ballot {}", i + 1);
        assert_eq!(got.not_issued, want.1, "ballot {}", i + 1);
    }
    // The totals: 3 kept too many + 2 foreign invalid; 1 blank.
    assert!(
        h.query_by_label(&msg::entry_totals(60, 55, 1, 5)).is_some(),
        "totals on screen"
    );
    assert!(h.query_by_label(&msg::invalid_breakdown(2, 3)).is_some());
    // Written into the round: a valid ballot is a vote for each name kept.
    h.get_by_label(msg::APPLY).scroll_to_me();
    ui_support::settle(&mut h);
    ui_support::click(&mut h, msg::APPLY);
    let r = &h.state().branches[0].results.rounds[0];
    assert_eq!(
        (r.ballots_returned, r.ballots_valid, r.ballots_invalid),
        (60, 55, 5)
    );
    let mut expect = [0u32; 7];
    for b in &list {
        let kept: Vec<usize> = (1..=6).filter(|n| !b.0.contains(n)).collect();
        if !b.1 && kept.len() <= 5 {
            for n in kept {
                expect[n] += 1;
            }
        }
    }
    for id in 1..=6u32 {
        let got = r.votes.iter().find(|v| v.member == id).unwrap().votes;
        assert_eq!(got, expect[id as usize], "votes of member {id}");
    }
}
