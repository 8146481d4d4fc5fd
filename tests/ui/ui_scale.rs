//! The side panel at district and province scale: names without the
//! common "Chi bộ", cut in the middle, whole to screen readers and on hover;
//! grouped by kind, each group folding.

use crate::ui_support::*;
use daihoi::model::BranchKind;
use daihoi::rules::labels;
use daihoi::store::Workspace;
use daihoi::strings::ui as msg;
use egui_kittest::kittest::Queryable;

fn many_branches(n: usize) -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = Workspace::new(dir.path().join("ho-so"));
    let branches: Vec<_> = daihoi::demo::demo_branches(n).collect();
    ws.create(&daihoi::demo::ward(), &branches).expect("write");
    (dir, ws)
}

#[test]
fn many_branches_are_grouped_by_kind_and_named_without_chi_bo() {
    let (_dir, ws) = many_branches(64);
    let mut h = harness(ws);
    settle(&mut h);
    let villages = h
        .state()
        .branches
        .iter()
        .filter(|b| b.kind == BranchKind::Village)
        .count();
    assert_eq!(villages, 16, "four rounds of the demo's four villages");
    let heading = msg::branch_group(labels::branch_kind(BranchKind::Village), villages, true);
    assert!(h.query_by_label(&heading).is_some(), "{heading}");
    // The first village is listed without "Chi bộ" and reachable by its
    // full name.
    let villages_listed: Vec<_> = h
        .state()
        .branches
        .iter()
        .filter(|b| b.kind == BranchKind::Village)
        .cloned()
        .collect();
    let (first, second) = (&villages_listed[0], &villages_listed[1]);
    assert!(first.name.starts_with("Chi bộ thôn "), "{}", first.name);
    click(&mut h, &first.name);
    assert_eq!(
        h.state().selected().map(|b| b.id.as_str()),
        Some(first.id.as_str())
    );
    // Folding the villages hides them; unfolding shows them again.
    click(&mut h, &heading);
    let folded = msg::branch_group(labels::branch_kind(BranchKind::Village), villages, false);
    assert!(h.query_by_label(&folded).is_some());
    assert!(h.query_by_label(&second.name).is_none());
    click(&mut h, &folded);
    assert!(h.query_by_label(&second.name).is_some());
    // A search lists matches without groups.
    focus_field(&mut h, msg::SEARCH_HINT);
    send_text(&mut h, "Gò Cát");
    settle(&mut h);
    assert!(h.query_by_label(&heading).is_none());
    assert!(h.query_by_label("Chi bộ thôn Gò Cát").is_some());
}

#[test]
fn a_few_branches_are_not_grouped() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let village_heading = msg::branch_group(labels::branch_kind(BranchKind::Village), 4, true);
    assert!(h.query_by_label(&village_heading).is_none());
    // The first village branch is listed by name among the others (the
    // rows below the window's edge are not drawn).
    let village = h
        .state()
        .branches
        .iter()
        .find(|b| b.kind == BranchKind::Village)
        .map(|b| b.name.clone())
        .expect("a village branch in the demo");
    assert!(h.query_by_label(&village).is_some(), "{village}");
}
