//! The personnel plan: the committee size pre-filled for a branch that
//! must elect a committee, the nominee picker with search and a height that
//! holds (the first tick and its note move nothing).

use crate::ui_support::*;
use daihoi::model::{CommitteeRole, DocKind, DocState, PersonnelPlan};
use daihoi::rules::election::elects_committee;
use daihoi::strings::ui as msg;
use daihoi::ui::{Command, Screen};
use egui_kittest::kittest::Queryable;

#[test]
fn plan_prefills_the_size_and_the_picker_holds_still() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let ward = h.state().ward.clone();
    let i = h
        .state()
        .branches
        .iter()
        .position(|b| elects_committee(&ward.rules, b) && b.members.len() >= 12)
        .expect("a demo branch that elects a committee");
    // A plan not started: no size, no nominees (set while another branch
    // is selected, as if it was loaded so).
    let other = h.state().branches[(i + 1) % h.state().branches.len()]
        .id
        .clone();
    h.state_mut().apply_now(Command::SelectBranch(other));
    settle(&mut h);
    {
        let b = &mut h.state_mut().branches[i];
        b.drafts.personnel = PersonnelPlan::default();
        b.checklist.get_mut(DocKind::PersonnelPlan).state = DocState::NotStarted;
    }
    let b = h.state().branches[i].clone();
    let outgoing = b
        .members
        .iter()
        .filter(|m| m.outgoing_role != CommitteeRole::None)
        .count() as u32;
    let expected = if (3..=ward.rules.committee_max_size).contains(&outgoing) {
        outgoing
    } else {
        3
    };
    click(&mut h, &b.name);
    h.state_mut()
        .apply_now(Command::Show(Screen::Document(DocKind::PersonnelPlan)));
    settle(&mut h);
    let now = h.state().branch(&b.id).unwrap().clone();
    assert_eq!(now.drafts.personnel.committee_size, expected);
    assert_eq!(
        now.checklist.get(DocKind::PersonnelPlan).state,
        DocState::NotStarted,
        "filling in the size does not start the document"
    );
    assert!(
        h.query_by_label(&msg::pp_size_prefilled(expected))
            .is_some()
    );
    assert!(!h.state().can_undo(), "no undo step of its own");

    // The first tick: the list does not move under the pointer.
    let (first, second) = (&b.members[0].full_name, &b.members[1].full_name);
    let where_second = |h: &egui_kittest::Harness<'static, daihoi::ui::App>| {
        h.get_by_label(second.as_str()).rect()
    };
    let before = where_second(&h);
    click(&mut h, first);
    assert_eq!(
        h.state()
            .branch(&b.id)
            .unwrap()
            .drafts
            .personnel
            .committee_candidates,
        vec![b.members[0].id]
    );
    assert_eq!(where_second(&h), before, "the list held still");
    // As tall as the members need (up to most of the window), not a box
    // two rows tall: the next field comes after at least ten rows.
    let top = h.get_by_label(first.as_str()).rect().min.y;
    let next = h.get_by_label(msg::PP_SECRETARY).rect().min.y;
    let rows = 10.min(b.members.len()) as f32;
    assert!(next - top >= rows * 24.0, "list {} px tall", next - top);
    // Search, without diacritics.
    let folded = daihoi::vi::fold(second);
    let word = folded.split_whitespace().last().unwrap_or("").to_string();
    focus_field(&mut h, msg::PP_SEARCH);
    send_text(&mut h, &word);
    settle(&mut h);
    assert!(h.query_by_label(second.as_str()).is_some());
    let others = b
        .members
        .iter()
        .filter(|m| !daihoi::vi::fold(&m.full_name).contains(&word))
        .filter(|m| h.query_by_label(&m.full_name).is_some())
        .count();
    assert_eq!(others, 0, "only matching members are listed");
}
