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
    // Tall enough for the whole form above the problems panel.
    let app = daihoi::ui::App::open(ws).with_today(TODAY);
    let mut h = egui_kittest::Harness::builder()
        .with_size([1400.0, 1800.0])
        .with_theme(eframe::egui::Theme::Light)
        .with_context_setup(daihoi::ui::setup_context)
        .build_ui_state(|ui, app: &mut daihoi::ui::App| app.show(ui), app);
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
    let where_second =
        |h: &egui_kittest::Harness<'static, daihoi::ui::App>| checkbox_rect(h, second);
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
    // The structure figures name their base: the one nominee, for the
    // seats to fill.
    assert!(
        h.query_by_label(&daihoi::strings::election::structure_proposed(1, expected))
            .is_some()
    );
    // As tall as the members need (up to most of the window), not a box
    // two rows tall: the next field comes after at least ten rows.
    let top = checkbox_rect(&h, first).min.y;
    let next = h.get_by_label(msg::PP_SECRETARY).rect().min.y;
    let rows = 10.min(b.members.len()) as f32;
    assert!(next - top >= rows * 24.0, "list {} px tall", next - top);
    // Search, without diacritics.
    let folded = daihoi::vi::fold(second);
    let word = folded.split_whitespace().last().unwrap_or("").to_string();
    focus_field(&mut h, msg::PP_SEARCH);
    send_text(&mut h, &word);
    settle(&mut h);
    checkbox_rect(&h, second);
    let others = b
        .members
        .iter()
        .filter(|m| !daihoi::vi::fold(&m.full_name).contains(&word))
        .filter(|m| checkboxes(&h, &m.full_name) > 0)
        .count();
    assert_eq!(others, 0, "only matching members are listed");
}

/// How many checkboxes are labelled `name`.
fn checkboxes(h: &egui_kittest::Harness<'static, daihoi::ui::App>, name: &str) -> usize {
    use egui_kittest::kittest::NodeT;
    h.query_all_by_label(name)
        .filter(|n| n.accesskit_node().role() == eframe::egui::accesskit::Role::CheckBox)
        .count()
}

/// The nominee picker's checkbox labelled `name` (the name may also be
/// shown in the document's preview beside the form).
fn checkbox_rect(
    h: &egui_kittest::Harness<'static, daihoi::ui::App>,
    name: &str,
) -> eframe::egui::Rect {
    use egui_kittest::kittest::NodeT;
    let found: Vec<_> = h
        .query_all_by_label(name)
        .filter(|n| n.accesskit_node().role() == eframe::egui::accesskit::Role::CheckBox)
        .map(|n| n.rect())
        .collect();
    assert_eq!(found.len(), 1, "one checkbox labelled {name:?}");
    found[0]
}
