//! The counting screen through egui_kittest: enter a round, see who is
//! elected with each candidate's share of the summoned members, ask for the
//! biên bản kiểm phiếu.

use daihoi::model::*;
use daihoi::strings::election as msg;
use daihoi::ui::election::{ElectionAction, ElectionView, show};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

struct State {
    ward: Ward,
    branch: Branch,
    view: ElectionView,
    asked: Vec<ElectionAction>,
}

/// 11 full members, all present; the plan proposes members 1–4 for 3 seats.
fn state() -> State {
    let mut b = Branch {
        id: "an-phu".into(),
        name: "Chi bộ Thôn An Phú".into(),
        ..Branch::default()
    };
    for name in [
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Văn Cường",
        "Phạm Thị Dung",
        "Hoàng Văn Em",
        "Võ Thị Giang",
        "Đặng Văn Hải",
        "Bùi Thị Hoa",
        "Đỗ Văn Khánh",
        "Ngô Thị Lan",
        "Dương Văn Minh",
    ] {
        b.add_member(Member {
            full_name: name.into(),
            attendance: Attendance::Present,
            ..Member::default()
        });
    }
    b.drafts.personnel.committee_size = 3;
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 4];
    b.drafts.personnel.secretary_candidate = Some(1);
    b.drafts.personnel.deputy_candidate = Some(2);
    State {
        ward: Ward::default(),
        branch: b,
        view: ElectionView::default(),
        asked: Vec::new(),
    }
}

fn harness(s: State) -> Harness<'static, State> {
    Harness::builder()
        .with_size([1200.0, 1400.0])
        .with_context_setup(|ctx| daihoi::ui::fonts::install(ctx))
        .build_ui_state(
            |ui, s: &mut State| {
                let actions = show(ui, &mut s.view, &s.ward, &s.branch);
                for a in actions {
                    match a {
                        ElectionAction::Results(r) => s.branch.results = r,
                        other => s.asked.push(other),
                    }
                }
            },
            s,
        )
}

fn click(h: &mut Harness<'static, State>, label: &str) {
    h.get_by_label(label).click();
    h.run_steps(3);
}

/// Replace the text of a labelled number field.
fn type_number(h: &mut Harness<'static, State>, label: &str, value: u32) {
    h.get_by_label(label).click();
    h.run_steps(2);
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[egui::Key::A]);
    h.run_steps(1);
    h.get_by_label(label).type_text(&value.to_string());
    h.run_steps(3);
}

use eframe::egui;

#[test]
fn enter_a_round_see_who_is_elected_ask_for_the_minutes() {
    let mut h = harness(state());
    h.run_steps(3);
    click(&mut h, msg::ADD_ROUND);
    {
        let r = &h.state().branch.results.rounds;
        assert_eq!(r.len(), 1, "a round pre-filled from the plan");
        assert_eq!(r[0].office, Some(Office::Committee));
        assert_eq!(
            (r[0].seats, r[0].ballots_issued, r[0].votes.len()),
            (3, 11, 4)
        );
    }
    // Ten ballots returned, one of them invalid.
    type_number(&mut h, msg::BALLOTS_RETURNED, 10);
    type_number(&mut h, msg::BALLOTS_VALID, 9);
    type_number(&mut h, msg::BALLOTS_INVALID, 1);
    type_number(&mut h, &msg::votes_label("Nguyễn Văn An"), 9);
    type_number(&mut h, &msg::votes_label("Trần Thị Bình"), 8);
    type_number(&mut h, &msg::votes_label("Lê Văn Cường"), 6);
    type_number(&mut h, &msg::votes_label("Phạm Thị Dung"), 5);
    let b = &h.state().branch;
    let r = &b.results.rounds[0];
    assert_eq!(
        (r.ballots_returned, r.ballots_valid, r.ballots_invalid),
        (10, 9, 1)
    );
    // 6 of 11 summoned passes; 5 does not (DOMAIN.md "Threshold").
    let elected: Vec<MemberId> = b.results.elected.iter().map(|e| e.member).collect();
    assert_eq!(elected, vec![1, 2, 3]);
    assert!(
        h.query_by_label("54,55%").is_some(),
        "share of the summoned shown"
    );
    assert!(h.query_by_label("45,45%").is_some());
    assert_eq!(h.query_all_by_label(msg::STATUS_ELECTED).count(), 3);
    assert_eq!(h.query_all_by_label(msg::PASSED).count(), 3);
    assert_eq!(h.query_all_by_label(msg::NOT_PASSED).count(), 1);
    assert_eq!(h.query_all_by_label(msg::STATUS_BELOW).count(), 1);
    // A bad figure is caught on the screen.
    type_number(&mut h, msg::BALLOTS_VALID, 12);
    assert!(
        h.query_by_label_contains("khác số phiếu thu vào (10)")
            .is_some(),
        "the mismatch is shown"
    );
    type_number(&mut h, msg::BALLOTS_VALID, 9);
    assert!(h.query_by_label_contains("khác số phiếu thu vào").is_none());
    click(&mut h, msg::MINUTES_BUTTON);
    assert_eq!(h.state().asked, vec![ElectionAction::Minutes(0)]);
}
