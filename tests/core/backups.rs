//! Earlier versions kept by time, deleted branches in the trash, and saves
//! that go on when backups cannot be made.

use daihoi::model::*;
use daihoi::store::{SaveNote, Workspace};
use std::fs;

fn workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::new(dir.path().join("ho so"));
    let (ward, branches) = daihoi::demo::demo_ward();
    ws.create(&ward, &branches).unwrap();
    (dir, ws)
}

#[test]
fn every_save_of_the_last_hour_is_kept() {
    let (_dir, ws) = workspace();
    let mut b = ws.load().branches.remove(0);
    let first_place = b.congress.place.clone();
    for i in 0..40 {
        b.congress.place = format!("Hội trường {i}");
        ws.save_branch(&b).unwrap();
    }
    let versions = daihoi::store::versions(&ws.branch_backups(&b.id), &b.id).unwrap();
    // The version before the first edit and the 39 in between.
    assert_eq!(versions.len(), 40);
    let oldest =
        daihoi::store::parse_branch(&versions[0].path, &fs::read(&versions[0].path).unwrap())
            .unwrap();
    assert_eq!(oldest.congress.place, first_place);
    let current = ws.load_branch(&b.id).unwrap();
    let summary = daihoi::store::history::difference(&oldest, &current);
    assert!(summary.contains("đại hội"), "{summary}");
}

#[test]
fn difference_summary_counts_members() {
    let (_dir, ws) = workspace();
    let old = ws.load().branches.remove(0);
    let mut cur = old.clone();
    let gone = cur.members.remove(0);
    cur.add_member(Member {
        full_name: "Trần Văn Mới".into(),
        ..Member::default()
    });
    cur.add_member(Member {
        full_name: "Lê Thị Mới".into(),
        ..Member::default()
    });
    cur.members[0].posts = "Trưởng ban mới".into();
    let s = daihoi::store::history::difference(&old, &cur);
    assert!(s.contains("thêm 2 đảng viên"), "{s}");
    assert!(s.contains("bớt 1 đảng viên"), "{s}");
    assert!(s.contains("1 đảng viên có thông tin khác"), "{s}");
    assert!(!s.contains("tên chi bộ"), "{s}");
    let _ = gone;
    assert_eq!(
        daihoi::store::history::difference(&old, &old),
        daihoi::strings::workspace::NO_DIFFERENCE
    );
}

#[test]
fn a_deleted_branch_survives_in_the_trash_until_emptied() {
    let (_dir, ws) = workspace();
    let loaded = ws.load();
    let gone = loaded.branches[0].clone();
    ws.delete_branch(&gone.id).unwrap();
    assert!(!ws.branch_path(&gone.id).exists());
    // A branch with the same name comes back with the same id and is saved
    // many times: the deleted one stays in the trash.
    let mut again = Branch {
        id: gone.id.clone(),
        name: gone.name.clone(),
        ..Branch::default()
    };
    for i in 0..30 {
        again.congress.place = format!("Nơi {i}");
        ws.save_branch(&again).unwrap();
    }
    let (items, errors) = ws.trashed();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].name, gone.name);
    assert_eq!(items[0].members, gone.members.len());
    // Restoring while the id is taken gives a fresh id; nothing is replaced.
    let taken: Vec<&str> = vec![again.id.as_str()];
    let back = ws.restore_trashed(&items[0].path, &taken).unwrap();
    assert_ne!(back.id, gone.id);
    assert_eq!(back.members, gone.members);
    assert_eq!(ws.load_branch(&back.id).unwrap().members, gone.members);
    assert_eq!(ws.load_branch(&again.id).unwrap(), again);
    assert!(ws.trashed().0.is_empty());
    // Delete both, restore one by its own id, empty the rest.
    ws.delete_branch(&back.id).unwrap();
    ws.delete_branch(&again.id).unwrap();
    let (items, _) = ws.trashed();
    assert_eq!(items.len(), 2);
    let item = items.iter().find(|t| t.id == again.id).unwrap();
    let restored = ws.restore_trashed(&item.path, &[]).unwrap();
    assert_eq!(restored, again);
    assert_eq!(ws.empty_trash().unwrap(), 1);
    assert!(ws.trashed().0.is_empty());
    assert_eq!(ws.load().branches.len(), loaded.branches.len());
}

#[test]
fn a_failing_backup_never_blocks_saving() {
    let (_dir, ws) = workspace();
    let mut b = ws.load().branches.remove(0);
    // The branch's backup folder cannot be created: a file sits in its place
    // (works for root too, unlike permissions).
    let bdir = ws.branch_backups(&b.id);
    if bdir.exists() {
        fs::remove_dir_all(&bdir).unwrap();
    }
    fs::create_dir_all(bdir.parent().unwrap()).unwrap();
    fs::write(&bdir, b"not a folder").unwrap();
    b.congress.place = "Nhà văn hóa".into();
    ws.save_branch(&b).expect("the save goes through");
    assert_eq!(ws.load_branch(&b.id).unwrap().congress.place, "Nhà văn hóa");
    let notes = ws.take_notes();
    let [SaveNote::BackupFailed { path, .. }] = notes.as_slice() else {
        panic!("{notes:?}");
    };
    assert_eq!(path, &bdir);
    let text = notes[0].to_string();
    assert!(text.starts_with("Đã lưu"), "{text}");
    assert!(!text.contains("Word"), "{text}");
}
