//! Two windows on one workspace, kept versions and the trash, through the
//! real UI (egui_kittest): the second window is read-only and names the
//! holder, takes over once the first is gone, and nothing typed is lost.

use crate::ui_support::{self, click, demo_workspace, harness, replace_field, settle};
use daihoi::store::Workspace;
use daihoi::strings::{ui as msg, workspace as wmsg};
use daihoi::ui::{App, Command};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn has_text(h: &Harness<'static, App>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn second_window_is_read_only_then_takes_over() {
    let (_dir, ws) = demo_workspace();
    let mut a = harness(Workspace::new(ws.root()));
    settle(&mut a);
    assert!(!a.state().guard.read_only());
    let mut b = harness(Workspace::new(ws.root()));
    settle(&mut b);
    assert!(
        b.state().guard.read_only(),
        "the second window is read-only"
    );
    let host = daihoi::store::lock::host_name();
    let pid = std::process::id().to_string();
    assert!(has_text(&b, "CHỈ XEM"), "banner shown");
    assert!(
        has_text(&b, &host) && has_text(&b, &pid),
        "names the holder"
    );

    // Typing in A is saved; B cannot change anything.
    let b0 = ui_support::open_facts(&mut a);
    replace_field(&mut a, msg::CONGRESS_PLACE, "Hội trường của A");
    assert!(a.state_mut().save_now());
    b.state_mut()
        .apply_now(Command::DeleteBranch(b0.id.clone()));
    assert!(
        ws.branch_path(&b0.id).exists(),
        "a read-only window deletes nothing"
    );
    assert!(!b.state_mut().save_now() || !b.state().is_dirty());

    // The first window goes away (dropped: its lock with it).
    drop(a);
    let start = std::time::Instant::now();
    while !b.state().guard.can_take_over() {
        assert!(start.elapsed().as_secs() < 20, "the lock never came free");
        std::thread::sleep(std::time::Duration::from_millis(100));
        settle(&mut b);
    }
    click(&mut b, wmsg::TAKE_OVER);
    assert!(!b.state().guard.read_only());
    assert!(has_text(&b, wmsg::TAKEN_OVER));
    let seen = b.state().branch(&b0.id).unwrap().congress.place.clone();
    assert_eq!(seen, "Hội trường của A", "B read A's last save again");
    // And B now saves.
    ui_support::open_facts(&mut b);
    replace_field(&mut b, msg::CONGRESS_PLACE, "Hội trường của B");
    assert!(b.state_mut().save_now());
    assert_eq!(
        ws.load_branch(&b0.id).unwrap().congress.place,
        "Hội trường của B"
    );
}

#[test]
fn restore_an_earlier_version_as_an_undoable_step() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    let b0 = ui_support::open_facts(&mut h);
    replace_field(&mut h, msg::CONGRESS_PLACE, "Nơi thứ nhất");
    assert!(h.state_mut().save_now());
    replace_field(&mut h, msg::CONGRESS_PLACE, "Nơi thứ hai");
    assert!(h.state_mut().save_now());
    h.state_mut().apply_now(Command::OpenHistory);
    settle(&mut h);
    assert!(has_text(&h, wmsg::HISTORY_TITLE));
    assert!(
        has_text(&h, wmsg::CONGRESS_DIFFERS),
        "the difference is summarised"
    );
    // The newest kept version is "Nơi thứ nhất".
    click(&mut h, wmsg::HISTORY_RESTORE);
    let place =
        |h: &Harness<'static, App>| h.state().branch(&b0.id).unwrap().congress.place.clone();
    assert_eq!(place(&h), "Nơi thứ nhất");
    assert!(h.state_mut().save_now());
    assert_eq!(
        ws.load_branch(&b0.id).unwrap().congress.place,
        "Nơi thứ nhất"
    );
    h.state_mut().apply_now(Command::Undo);
    assert_eq!(
        place(&h),
        "Nơi thứ hai",
        "one Ctrl+Z takes the restore back"
    );
}

#[test]
fn a_deleted_branch_comes_back_from_the_trash() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let count = h.state().branches.len();
    let gone = h.state().branches[1].clone();
    h.state_mut()
        .apply_now(Command::DeleteBranch(gone.id.clone()));
    assert_eq!(h.state().branches.len(), count - 1);
    h.state_mut().apply_now(Command::OpenTrash);
    settle(&mut h);
    assert!(has_text(&h, &gone.name), "listed in the trash");
    click(&mut h, wmsg::TRASH_RESTORE);
    assert_eq!(h.state().branches.len(), count);
    assert_eq!(h.state().branch(&gone.id).unwrap(), &gone);
    assert_eq!(ws.load_branch(&gone.id).unwrap(), gone);
    assert!(ws.trashed().0.is_empty());
}

/// Child side of `a_killed_first_window_is_taken_over`: the first window
/// (the real app in a harness, in its own process) types and saves, says so
/// in a file, then waits to be killed.
#[test]
#[ignore = "helper process started by a_killed_first_window_is_taken_over"]
fn first_window_child() {
    let Ok(root) = std::env::var("DAIHOI_UI_FIRST_WINDOW") else {
        return;
    };
    let ws = Workspace::new(&root);
    let mut a = harness(ws.clone());
    settle(&mut a);
    assert!(!a.state().guard.read_only());
    ui_support::open_facts(&mut a);
    replace_field(
        &mut a,
        msg::CONGRESS_PLACE,
        "Hội trường gõ ở cửa sổ thứ nhất",
    );
    assert!(a.state_mut().save_now());
    std::fs::write(ws.root().join("ready.txt"), "ready").unwrap();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(200));
        settle(&mut a);
    }
}

/// Two app processes on one workspace: the second is read-only and names
/// the first (its PC and process); once the first is killed (SIGKILL, no
/// clean-up), the second takes over, finds what the first typed, and saves.
#[test]
fn a_killed_first_window_is_taken_over() {
    use std::process::{Command as Process, Stdio};
    let (_dir, ws) = demo_workspace();
    let mut first = Process::new(std::env::current_exe().unwrap())
        .args([
            "ui_workspace_guard::first_window_child",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("DAIHOI_UI_FIRST_WINDOW", ws.root())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while !ws.root().join("ready.txt").exists() {
        assert!(
            start.elapsed().as_secs() < 120,
            "the first window never got ready"
        );
        assert!(
            first.try_wait().unwrap().is_none(),
            "the first window ended"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let mut b = harness(Workspace::new(ws.root()));
    settle(&mut b);
    assert!(
        b.state().guard.read_only(),
        "the second window is read-only"
    );
    assert!(has_text(&b, "CHỈ XEM"), "banner shown");
    let pid = first.id().to_string();
    assert!(
        has_text(&b, &daihoi::store::lock::host_name()) && has_text(&b, &pid),
        "names the holder's PC and process {pid}"
    );
    assert!(!b.state().guard.can_take_over());
    first.kill().unwrap();
    first.wait().unwrap();
    let start = std::time::Instant::now();
    while !b.state().guard.can_take_over() {
        assert!(start.elapsed().as_secs() < 30, "the lock never came free");
        std::thread::sleep(std::time::Duration::from_millis(100));
        settle(&mut b);
    }
    click(&mut b, wmsg::TAKE_OVER);
    assert!(!b.state().guard.read_only());
    let b0 = ui_support::open_facts(&mut b);
    assert_eq!(
        b0.congress.place, "Hội trường gõ ở cửa sổ thứ nhất",
        "what the first window typed is there"
    );
    replace_field(
        &mut b,
        msg::CONGRESS_PLACE,
        "Hội trường gõ ở cửa sổ thứ hai",
    );
    assert!(b.state_mut().save_now());
    assert_eq!(
        ws.load_branch(&b0.id).unwrap().congress.place,
        "Hội trường gõ ở cửa sổ thứ hai"
    );
}

/// Ctrl+Z of a delete takes the file back from the trash: no stale copy
/// is left there to be restored over the branch later.
#[test]
fn undoing_a_delete_leaves_nothing_in_the_trash() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let gone = h.state().branches[2].clone();
    h.state_mut()
        .apply_now(Command::DeleteBranch(gone.id.clone()));
    assert_eq!(ws.trashed().0.len(), 1);
    h.state_mut().apply_now(Command::Undo);
    assert_eq!(h.state().branch(&gone.id), Some(&gone));
    assert_eq!(ws.load_branch(&gone.id).unwrap(), gone);
    let (items, errors) = ws.trashed();
    assert!(errors.is_empty());
    assert!(items.is_empty(), "stale copies: {items:?}");
}
