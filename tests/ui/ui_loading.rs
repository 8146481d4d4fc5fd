//! Opening a large workspace: the first frame comes before the branch
//! files are read and says "Đang tải"; branches fill the side panel as they
//! arrive, with the problems found off the UI thread; a branch not read yet
//! cannot be edited or saved over, and the ward's figures wait for all.

use crate::ui_support::*;
use daihoi::model::Branch;
use daihoi::store::Workspace;
use daihoi::strings::loading as msg;
use daihoi::ui::loading::LoadGate;
use daihoi::ui::{App, Command};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::time::{Duration, Instant};

fn workspace(n: usize) -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = Workspace::new(dir.path().join("ho-so"));
    let branches: Vec<Branch> = daihoi::demo::demo_branches(n).collect();
    ws.create(&daihoi::demo::ward(), &branches).expect("write");
    (dir, ws)
}

/// Run frames until `done` holds (the reading threads take their time on a
/// loaded machine).
fn step_until(h: &mut Harness<'static, App>, what: &str, done: impl Fn(&App) -> bool) {
    let start = Instant::now();
    while !done(h.state()) {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "waited for {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    h.run_steps(2);
}

#[test]
fn the_first_frame_says_loading_and_the_branches_fill_in() {
    let (dir, ws) = workspace(40);
    let ids = ws.branch_ids().expect("ids");
    assert_eq!(ids.len(), 40);
    let gate = LoadGate::closed();
    let app = App::open_in_background(ws.clone(), None, gate.clone()).with_today(TODAY);
    let mut h = harness_for(app);
    h.step();
    // A frame with no branch read yet.
    assert!(h.state().is_loading());
    assert!(h.state().branches.is_empty());
    assert!(
        h.query_by_label(&msg::loading_status(0, 40)).is_some(),
        "the loading line"
    );
    assert!(
        h.query_by_label(msg::BRANCH_LOADING).is_some(),
        "the first branch to come"
    );
    // The ward report now would leave branches out: refused, not written.
    let report = dir.path().join("Báo cáo.docx");
    h.state_mut()
        .apply_now(Command::WriteWardReport(report.clone()));
    assert!(!report.exists());
    assert_eq!(
        h.state().notice.as_ref().map(|n| n.text.as_str()),
        Some(msg::WAIT_FOR_LOADING)
    );

    // The first ten files are read: listed, the first selected.
    gate.allow(10);
    step_until(&mut h, "ten branches", |a| a.branches.len() == 10);
    assert!(h.state().is_loading());
    assert!(h.query_by_label(&msg::loading_status(10, 40)).is_some());
    let got: Vec<String> = h.state().branches.iter().map(|b| b.id.clone()).collect();
    assert_eq!(got, ids[..10], "in the order of their ids");
    // In the side panel: a branch read, not one still to come.
    let second = h.state().branches[1].clone();
    assert!(h.query_by_label(&second.name).is_some(), "{}", second.name);
    let to_come = daihoi::demo::demo_branches(40)
        .find(|b| b.id == ids[35])
        .expect("made");
    assert!(
        h.query_by_label(&to_come.name).is_none(),
        "{}",
        to_come.name
    );
    assert_eq!(
        h.state().selected().map(|b| b.id.as_str()),
        Some(ids[0].as_str())
    );
    // Their problems came with them.
    let ward = daihoi::demo::ward();
    for b in &h.state().branches {
        assert_eq!(
            h.state().problems_of(&b.id),
            daihoi::rules::validate(&ward, b)
        );
    }

    // A branch not read yet cannot be edited, renamed or saved over.
    let later = ids[30].clone();
    let path = ws.branch_path(&later);
    let bytes = std::fs::read(&path).expect("read");
    assert!(!h.state().guard.read_only(), "this window may write");
    assert!(h.state().branch(&later).is_none());
    assert!(
        !h.state_mut()
            .edit_branch(&later, "đổi tên", |b| b.name = "Khác".into())
    );
    h.state_mut().apply_now(Command::RenameBranch {
        id: later.clone(),
        name: "Chi bộ Khác".into(),
    });
    assert!(h.state_mut().save_now());
    assert_eq!(
        std::fs::read(&path).expect("read"),
        bytes,
        "{later} untouched"
    );

    // The rest: the line goes, every branch is there as a plain open has it.
    gate.allow(usize::MAX);
    step_until(&mut h, "every branch", |a| !a.is_loading());
    assert!(h.query_by_label(&msg::loading_status(40, 40)).is_none());
    let all = App::open(ws).branches;
    assert_eq!(h.state().branches, all);
    for b in &all {
        assert_eq!(
            h.state().problems_of(&b.id),
            daihoi::rules::validate(&ward, b)
        );
    }
    // Now the report is written.
    h.state_mut()
        .apply_now(Command::WriteWardReport(report.clone()));
    assert!(report.exists(), "{:?}", h.state().notice);
}

#[test]
fn a_broken_file_is_reported_once_read_and_the_others_load() {
    let (_dir, ws) = workspace(12);
    let ids = ws.branch_ids().expect("ids");
    std::fs::write(ws.branch_path(&ids[5]), "(name: \"Chi bộ").expect("write");
    let app = App::open_in_background(ws, None, LoadGate::open()).with_today(TODAY);
    let mut h = harness_for(app);
    step_until(&mut h, "every file", |a| !a.is_loading());
    assert_eq!(h.state().branches.len(), 11);
    assert_eq!(h.state().load_errors.len(), 1);
    assert!(
        h.state().load_errors[0].contains(&ids[5]),
        "{:?}",
        h.state().load_errors
    );
}

#[test]
fn another_workspace_opens_without_waiting_for_its_files() {
    let (_a, first) = workspace(3);
    let (_b, second) = workspace(24);
    let mut h = harness_for(App::open(first).with_today(TODAY));
    settle(&mut h);
    assert_eq!(h.state().branches.len(), 3);
    h.state_mut()
        .apply_now(Command::OpenWorkspace(second.root().to_path_buf()));
    assert_eq!(h.state().ws.root(), second.root());
    step_until(&mut h, "the second workspace", |a| !a.is_loading());
    assert_eq!(h.state().branches, App::open(second).branches);
}

/// The app opens a gate that waits for its first frame (the real app's):
/// every branch arrives. That nothing is read before that frame is the
/// loading module's own test.
#[test]
fn a_gate_that_waits_for_the_first_frame_is_opened_by_the_app() {
    let (_dir, ws) = workspace(12);
    let app = App::open_in_background(ws, None, LoadGate::after_first_frame()).with_today(TODAY);
    let mut h = harness_for(app);
    step_until(&mut h, "every branch", |app| !app.is_loading());
    assert_eq!(h.state().branches.len(), 12);
}
