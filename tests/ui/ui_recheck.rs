//! Saving the ward settings checks every branch again off the UI thread:
//! the problems of every branch follow the new settings as the check comes
//! in, and an edit made meanwhile is not overwritten by a stale result.

use crate::ui_support::*;
use daihoi::rules::validate;
use daihoi::ui::Command;
use std::time::{Duration, Instant};

#[test]
fn every_branch_is_checked_again_after_the_settings_are_saved() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let old = h.state().ward.clone();
    let mut new = old.clone();
    // A stricter surplus rule: the personnel plans of the demo are judged
    // differently.
    new.rules.proposal_surplus_min_pct = 20;
    new.rules.proposal_surplus_max_pct = 25;
    new.rules.committee_min_full_members = 5;
    let app = h.state();
    let mut expected: Vec<(String, Vec<daihoi::rules::Problem>)> = app
        .branches
        .iter()
        .map(|b| (b.id.clone(), validate(&new, b)))
        .collect();
    let changed = expected
        .iter()
        .filter(|(id, p)| app.problems_of(id) != *p)
        .count();
    assert!(
        changed > 0,
        "the new settings change some branch's problems"
    );

    h.state_mut()
        .apply_now(Command::SaveWardSettings(Box::new(new.clone())));
    assert_eq!(h.state().ward, new, "saved");
    // An edit before the check's results are taken: the branch keeps the
    // problems of its edited state, not those the check found for the copy
    // it was given.
    let edited = h.state().branches[1].id.clone();
    assert!(
        h.state_mut()
            .edit_branch(&edited, "thử", |b| b.members.clear())
    );
    let now_problems = {
        let app = h.state();
        let b = app
            .branches
            .iter()
            .find(|b| b.id == edited)
            .expect("branch");
        validate(&new, b)
    };
    let stale = &expected
        .iter()
        .find(|(id, _)| *id == edited)
        .expect("in list")
        .1;
    assert_ne!(
        *stale, now_problems,
        "the edit changes the branch's problems"
    );
    for (id, p) in expected.iter_mut() {
        if *id == edited {
            *p = now_problems.clone();
        }
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        h.run_steps(1);
        let app = h.state();
        let done = expected.iter().all(|(id, p)| app.problems_of(id) == *p);
        if done {
            // A few more frames: every result in, none overwrites the edit.
            h.run_steps(20);
            std::thread::sleep(Duration::from_millis(200));
            h.run_steps(5);
            let app = h.state();
            for (id, p) in &expected {
                assert_eq!(app.problems_of(id), *p, "{id}");
            }
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the problems never followed the new settings"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}
