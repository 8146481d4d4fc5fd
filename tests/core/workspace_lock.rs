//! Two writers on one workspace: the lock names the holder, a crashed holder
//! is taken over, and a change made elsewhere is never overwritten silently.

use daihoi::store::{LockAttempt, SaveNote, Workspace, WorkspaceLock};
use std::fs;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::new(dir.path().join("ho so"));
    let (ward, branches) = daihoi::demo::demo_ward();
    ws.create(&ward, &branches).unwrap();
    (dir, ws)
}

/// Child side of `lock_is_held_across_processes_and_taken_over_after_a_kill`:
/// holds the lock until killed.
#[test]
#[ignore = "helper process started by the lock test"]
fn lock_child() {
    let Ok(dir) = std::env::var("DAIHOI_LOCK_DIR") else {
        return;
    };
    let LockAttempt::Acquired(_lock) = WorkspaceLock::acquire(dir.as_ref()).unwrap() else {
        panic!("the lock was not free");
    };
    fs::write(std::path::Path::new(&dir).join("child-ready"), b"1").unwrap();
    loop {
        std::thread::sleep(Duration::from_secs(1));
    }
}

#[test]
fn lock_is_held_across_processes_and_taken_over_after_a_kill() {
    let (_dir, ws) = workspace();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "workspace_lock::lock_child",
            "--exact",
            "--ignored",
            "--test-threads=1",
        ])
        .env("DAIHOI_LOCK_DIR", ws.root())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while !ws.root().join("child-ready").exists() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the child never took the lock"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    match WorkspaceLock::acquire(ws.root()).unwrap() {
        LockAttempt::HeldBy(Some(h)) => {
            assert_eq!(h.pid, child.id(), "the holder is the child process");
            assert_eq!(h.host, daihoi::store::lock::host_name());
            let banner = daihoi::strings::workspace::read_only_banner(Some(&h.describe()));
            assert!(banner.contains(&h.host) && banner.contains(&child.id().to_string()));
        }
        other => panic!("the second opener must be refused: {other:?}"),
    }
    // SIGKILL (TerminateProcess on Windows): no destructor runs.
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        ws.root().join(daihoi::store::lock::HOLDER_FILE).exists(),
        "the killed holder left its info behind"
    );
    assert!(WorkspaceLock::holder(ws.root()).is_none());
    let LockAttempt::Acquired(lock) = WorkspaceLock::acquire(ws.root()).unwrap() else {
        panic!("the lock of a killed process must be taken over");
    };
    assert_eq!(lock.holder_info().pid, std::process::id());
}

#[test]
fn a_change_made_elsewhere_is_kept_and_reported() {
    let (_dir, ws) = workspace();
    // Window A and window B opened the same workspace.
    let a = Workspace::new(ws.root());
    let b = Workspace::new(ws.root());
    let mut in_a = a.load().branches.remove(0);
    let mut in_b = b.load().branches.remove(0);
    in_b.congress.place = "Hội trường B".into();
    b.save_branch(&in_b).unwrap();
    assert!(b.take_notes().is_empty(), "B saved over its own version");
    in_a.congress.place = "Hội trường A".into();
    a.save_branch(&in_a).unwrap();
    let notes = a.take_notes();
    let [SaveNote::Conflict { path, kept }] = notes.as_slice() else {
        panic!("A must learn that B's version was replaced: {notes:?}");
    };
    assert_eq!(path, &ws.branch_path(&in_a.id));
    // Both versions exist: A's in the branch file, B's kept aside.
    assert_eq!(
        ws.load_branch(&in_a.id).unwrap().congress.place,
        "Hội trường A"
    );
    let theirs = daihoi::store::parse_branch(kept, &fs::read(kept).unwrap()).unwrap();
    assert_eq!(theirs.congress.place, "Hội trường B");
    let text = notes[0].to_string();
    assert!(text.contains("nơi khác") && text.contains(&kept.display().to_string()));
    // The next save of A is an ordinary one.
    in_a.congress.time = "8 giờ".into();
    a.save_branch(&in_a).unwrap();
    assert!(a.take_notes().is_empty());
    // Conflict copies are never pruned with the backups.
    for i in 0..30 {
        in_a.congress.time = format!("{i} giờ");
        a.save_branch(&in_a).unwrap();
    }
    assert!(kept.exists());
}

#[test]
fn unchanged_files_are_not_conflicts() {
    let (_dir, ws) = workspace();
    let a = Workspace::new(ws.root());
    let mut b = a.load().branches.remove(0);
    for i in 0..5 {
        b.congress.time = format!("{i} giờ");
        a.save_branch(&b).unwrap();
    }
    // A clone (the autosave thread) shares what was seen.
    let clone = a.clone();
    b.congress.time = "9 giờ".into();
    clone.save_branch(&b).unwrap();
    a.save_branch(&b).unwrap();
    assert!(a.take_notes().is_empty());
    assert!(!a.conflicts_dir().exists());
}
