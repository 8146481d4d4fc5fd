//! The problems panel: each problem names its place (the document, else
//! the screen that holds the field: an election error says "Bầu cử và kiểm
//! phiếu", never "Thông tin chung"); a checklist row with only notes is not
//! counted as problems in red.

use crate::ui_support::*;
use daihoi::model::{ElectionRound, Office};
use daihoi::rules::Severity;
use daihoi::strings::ui as msg;
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn an_election_error_is_labelled_with_its_screen() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    // More ballots returned than issued.
    let mut results = h.state().branches[0].results.clone();
    results.held = true;
    results.rounds = vec![ElectionRound {
        office: Some(Office::Committee),
        round: 1,
        seats: 3,
        ballots_issued: 10,
        ballots_returned: 12,
        ballots_valid: 12,
        ballots_invalid: 0,
        votes: Vec::new(),
    }];
    let id = h.state().branches[0].id.clone();
    h.state_mut()
        .apply_now(daihoi::ui::Command::SetElectionResults {
            branch: id,
            results,
        });
    settle(&mut h);
    let b0 = h.state().branches[0].clone();
    let problem = daihoi::rules::validate(&h.state().ward, &b0)
        .into_iter()
        .find(|p| p.doc.is_none() && p.field.to_string().starts_with("results"))
        .expect("an election problem without a document");
    click(&mut h, &b0.name);
    assert!(h.query_by_label(&problem.message).is_some(), "listed");
    let title = daihoi::strings::election::SCREEN_TITLE;
    let labels = h
        .query_all_by_label(title)
        .filter(|n| n.accesskit_node().role() == eframe::egui::accesskit::Role::Label)
        .count();
    assert!(labels >= 1, "the problem says where it is: {title}");
    assert!(h.query_by_label("Thông tin chung").is_none());
    // A click takes the user there.
    click(&mut h, &problem.message);
    assert_eq!(h.state().view.screen, daihoi::ui::Screen::Election);
}

#[test]
fn a_checklist_row_with_only_notes_says_notes_not_problems() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    // A branch whose documents have notes but no errors, if the demo has one.
    let ward = h.state().ward.clone();
    let found = h.state().branches.iter().find_map(|b| {
        let ps = daihoi::rules::validate(&ward, b);
        daihoi::model::DocKind::ALL.into_iter().find_map(|k| {
            let mine: Vec<_> = ps.iter().filter(|p| p.doc == Some(k)).collect();
            (!mine.is_empty() && mine.iter().all(|p| p.severity == Severity::Warning))
                .then(|| (b.clone(), mine.len()))
        })
    });
    let Some((b, notes)) = found else {
        panic!("the demo ward has a document with notes only");
    };
    click(&mut h, &b.name);
    click(&mut h, msg::SCREEN_CHECKLIST);
    assert!(
        h.query_all_by_label(&msg::problem_count(0, notes))
            .next()
            .is_some()
    );
    assert!(
        h.query_by_label(&format!("{notes} vấn đề")).is_none(),
        "not counted as problems"
    );
}
