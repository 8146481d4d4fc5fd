//! The workspace store: atomic saves under SIGKILL, located load errors that
//! never touch the broken file, migrations.

use daihoi::model::*;
use daihoi::store::{StoreError, Workspace};
use std::fs;
use std::path::Path;

fn version_branch(k: u32) -> Branch {
    let mut b = Branch {
        id: "thon-thu".into(),
        name: format!("Chi bộ Thôn Thử {k}"),
        ..Branch::default()
    };
    for i in 0..150 {
        b.add_member(Member {
            full_name: format!("Nguyễn Văn Người {k} {i}"),
            hometown: "Xã Hòa Bình, huyện Sông Lam, tỉnh Thử Nghiệm".into(),
            posts: "Trưởng ban công tác Mặt trận"
                .repeat(1 + (k as usize % 3))
                .into(),
            ..Member::default()
        });
    }
    b
}

/// Append one event to the crash log (a line; a torn last line is ignored).
fn log_event(dir: &Path, line: &str) {
    use std::io::Write;
    let mut f = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("log.txt"))
        .unwrap();
    f.write_all(format!("{line}\n").as_bytes()).unwrap();
}

/// Child side of `saves_survive_sigkill`: autosaves versions 0, 1, 2, …,
/// now and then restores an earlier version from `backups/`, deletes the
/// branch and takes it back from the trash, until killed. Every step is
/// logged before ("b", "bd", "br") and after ("s", "d", "r").
#[test]
#[ignore = "helper process started by saves_survive_sigkill"]
fn crash_child() {
    let Ok(dir) = std::env::var("DAIHOI_CRASH_DIR") else {
        return;
    };
    let dir = Path::new(&dir);
    let ws = Workspace::new(dir);
    let id = "thon-thu";
    // Taken back from the trash where a kill left it deleted.
    if !ws.branch_path(id).exists() {
        if let Some(item) = ws.trashed().0.into_iter().find(|t| t.id == id) {
            log_event(dir, "br");
            ws.restore_trashed(&item.path, &[]).expect("restore");
            log_event(dir, "r");
        }
    }
    let mut k: u32 = std::env::var("DAIHOI_CRASH_START")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    // The parent picks the first step, so kills land in each kind.
    let first: usize = std::env::var("DAIHOI_CRASH_OP")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    for step in first.. {
        match step % 3 {
            0 => {
                // Autosave of a new version.
                log_event(dir, &format!("b {k}"));
                ws.save_branch(&version_branch(k)).expect("save");
                log_event(dir, &format!("s {k}"));
                k += 1;
            }
            1 => {
                // Restore an earlier version (as "Khôi phục bản trước…" does).
                let kept = daihoi::store::versions(&ws.branch_backups(id), id).unwrap();
                if let Some(v) = kept.get(kept.len() / 2) {
                    let old =
                        daihoi::store::parse_branch(&v.path, &fs::read(&v.path).unwrap()).unwrap();
                    let old_k = version_of(&old);
                    log_event(dir, &format!("b {old_k}"));
                    ws.save_branch(&old).expect("restore a version");
                    log_event(dir, &format!("s {old_k}"));
                }
            }
            _ => {
                // Delete, then take it back from the trash.
                if !ws.branch_path(id).exists() {
                    continue;
                }
                log_event(dir, "bd");
                ws.delete_branch(id).expect("delete");
                log_event(dir, "d");
                let item = ws.trashed().0.into_iter().find(|t| t.id == id).unwrap();
                log_event(dir, "br");
                ws.restore_trashed(&item.path, &[]).expect("restore");
                log_event(dir, "r");
            }
        }
    }
}

/// The number in "Chi bộ Thôn Thử 17".
fn version_of(b: &Branch) -> u32 {
    b.name
        .rsplit(' ')
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("unexpected name {}", b.name))
}

#[cfg(unix)]
#[test]
fn saves_survive_sigkill() {
    use rand::{RngExt, SeedableRng};
    use std::process::{Command, Stdio};
    use std::time::Duration;

    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::new(dir.path());
    ws.create(&Ward::default(), &[]).unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut rng = rand::rngs::StdRng::seed_from_u64(15);
    let mut busy_rounds = 0;
    let mut deletes = 0;
    let mut next_k = 0u32;
    let mut events_before = 0;
    for round in 0..500 {
        // Spawning can fail transiently on an overloaded machine (EAGAIN):
        // retry a few times before calling it a failure.
        let spawn = || {
            Command::new(&exe)
                .args([
                    "store::crash_child",
                    "--exact",
                    "--ignored",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env("DAIHOI_CRASH_DIR", dir.path())
                .env("DAIHOI_CRASH_START", next_k.to_string())
                .env("DAIHOI_CRASH_OP", (round % 3).to_string())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
        };
        let mut child = None;
        for attempt in 0..5 {
            match spawn() {
                Ok(c) => {
                    child = Some(c);
                    break;
                }
                Err(e) if attempt < 4 => {
                    eprintln!("round {round}: spawn failed ({e}), retrying");
                    std::thread::sleep(Duration::from_millis(200));
                }
                Err(e) => panic!("round {round}: cannot start the child process: {e}"),
            }
        }
        let mut child = child.expect("spawned");
        // Wait until the child is at work (its first log line), then kill
        // it at a random point of the next few saves, deletes and restores.
        let log_path = dir.path().join("log.txt");
        let log_len = |p: &Path| fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        let before = log_len(&log_path);
        // A loaded machine (CI shares its cores) can take seconds to start the
        // child: wait long enough that a slow start is not a "rare" worker.
        let started = std::time::Instant::now();
        while log_len(&log_path) == before && started.elapsed() < Duration::from_secs(60) {
            std::thread::sleep(Duration::from_micros(500));
        }
        std::thread::sleep(Duration::from_micros(rng.random_range(0..20_000)));
        // SIGKILL: no destructors, no flush.
        child.kill().unwrap();
        child.wait().unwrap();

        let log = fs::read_to_string(dir.path().join("log.txt")).unwrap_or_default();
        // Only whole lines: the kill may have torn the last one.
        let events: Vec<&str> = log
            .split_inclusive('\n')
            .filter(|l| l.ends_with('\n'))
            .map(|l| l.trim_end())
            .collect();
        if events.len() > events_before {
            busy_rounds += 1;
            deletes += events[events_before..]
                .iter()
                .filter(|e| **e == "bd")
                .count();
        }
        events_before = events.len();
        // The last version the user saw saved, and those begun since (a
        // kill between the rename and the log line leaves one of them).
        let mut saved: Option<u32> = None;
        let mut writing: Vec<u32> = Vec::new();
        let mut deleting = false;
        for e in &events {
            match e.split_once(' ') {
                Some(("b", k)) => writing.push(k.parse().unwrap()),
                Some(("s", k)) => {
                    saved = Some(k.parse().unwrap());
                    writing.clear();
                    next_k = next_k.max(saved.unwrap() + 1);
                }
                _ if *e == "bd" => deleting = true,
                _ if *e == "r" => deleting = false,
                _ => {}
            }
        }
        let Some(saved) = saved else {
            assert!(!ws.branch_path("thon-thu").exists() || !writing.is_empty());
            continue;
        };
        next_k = next_k.max(writing.iter().max().map_or(0, |k| k + 1));
        let path = ws.branch_path("thon-thu");
        if path.exists() {
            let loaded = ws
                .load_branch("thon-thu")
                .unwrap_or_else(|e| panic!("round {round}: file does not load after SIGKILL: {e}"));
            let k = version_of(&loaded);
            assert!(
                k == saved || writing.contains(&k),
                "round {round}: version {k} is neither the last saved ({saved}) nor the one \
                 being saved ({writing:?})"
            );
            assert_eq!(
                loaded,
                version_branch(k),
                "round {round}: not a saved version"
            );
        } else {
            assert!(
                deleting,
                "round {round}: the branch file is gone though no delete was under way"
            );
            let (items, errors) = ws.trashed();
            assert!(errors.is_empty(), "round {round}: {errors:?}");
            let item = items
                .iter()
                .find(|t| t.id == "thon-thu")
                .unwrap_or_else(|| panic!("round {round}: deleted branch not in the trash"));
            let b =
                daihoi::store::parse_branch(&item.path, &fs::read(&item.path).unwrap()).unwrap();
            assert!(
                (version_of(&b) == saved || writing.contains(&version_of(&b)))
                    && b == version_branch(version_of(&b)),
                "round {round}: the trash holds version {} instead of {saved}; trash: {:?}; \
                 last events: {:?}",
                version_of(&b),
                items.iter().map(|t| &t.path).collect::<Vec<_>>(),
                &events[events.len().saturating_sub(12)..]
            );
        }
    }
    assert!(
        busy_rounds > 200,
        "the child worked too rarely: {busy_rounds}"
    );
    assert!(deletes > 50, "too few deletes under way: {deletes}");
    eprintln!("{busy_rounds} of 500 rounds killed the child at work; {deletes} deletes begun");
    // Every kept version loads.
    for v in daihoi::store::versions(&ws.branch_backups("thon-thu"), "thon-thu").unwrap() {
        let b = daihoi::store::parse_branch(&v.path, &fs::read(&v.path).unwrap())
            .unwrap_or_else(|e| panic!("backup {} does not load: {e}", v.path.display()));
        assert_eq!(b, version_branch(version_of(&b)));
    }
}

fn demo_workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::new(dir.path().join("ho so"));
    let (ward, branches) = daihoi::demo::demo_ward();
    ws.create(&ward, &branches).unwrap();
    (dir, ws)
}

fn first_branch_path(ws: &Workspace) -> std::path::PathBuf {
    let loaded = ws.load();
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    ws.branch_path(&loaded.branches[0].id)
}

/// Corrupt the first branch file with `corrupt`, load, and check: exactly that
/// file fails with `expect`, every other branch loads, and after saving all the
/// loaded branches the broken file's bytes are unchanged.
fn corrupted(corrupt: impl Fn(&[u8]) -> Vec<u8>, expect: impl Fn(&StoreError)) {
    let (_dir, ws) = demo_workspace();
    let total = ws.load().branches.len();
    let path = first_branch_path(&ws);
    let bad = corrupt(&fs::read(&path).unwrap());
    fs::write(&path, &bad).unwrap();

    let loaded = ws.load();
    assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
    let err = &loaded.errors[0];
    assert_eq!(err.path(), path.as_path());
    expect(err);
    let text = err.to_string();
    assert!(text.contains(&path.display().to_string()), "{text}");
    assert_eq!(loaded.branches.len(), total - 1);
    for b in &loaded.branches {
        ws.save_branch(b).unwrap();
    }
    assert_eq!(
        fs::read(&path).unwrap(),
        bad,
        "the broken file was modified"
    );
}

fn assert_parse_at(e: &StoreError, want_line: usize) {
    match e {
        StoreError::Parse { line, col, .. } => {
            assert_eq!(*line, want_line, "{e}");
            assert!(*col >= 1);
            let text = e.to_string();
            assert!(text.contains(&format!("dòng {want_line}")), "{text}");
            assert!(text.contains("cột"), "{text}");
        }
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn truncated_file_is_located_and_untouched() {
    corrupted(
        |b| b[..b.len() / 2].to_vec(),
        |e| {
            let StoreError::Parse { line, .. } = e else {
                panic!("{e:?}")
            };
            assert!(*line > 1);
        },
    );
}

#[test]
fn random_bytes_are_refused() {
    corrupted(
        |_| {
            (0..4096u32)
                .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
                .collect()
        },
        |e| {
            assert!(
                matches!(e, StoreError::NotText { .. } | StoreError::Parse { .. }),
                "{e:?}"
            )
        },
    );
}

#[test]
fn wrong_type_is_located() {
    corrupted(
        |b| {
            let text = String::from_utf8(b.to_vec()).unwrap();
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with("number:"))
                .unwrap();
            let out: Vec<String> = text
                .lines()
                .enumerate()
                .map(|(i, l)| {
                    if i == line {
                        "    number: \"một\",".into()
                    } else {
                        l.to_string()
                    }
                })
                .collect();
            out.join("\n").into_bytes()
        },
        |e| {
            let StoreError::Parse { line, .. } = e else {
                panic!("{e:?}")
            };
            assert!(*line > 1, "{e}");
        },
    );
}

#[test]
fn syntax_error_names_line_and_column() {
    corrupted(
        |b| {
            let mut text = String::from_utf8(b.to_vec()).unwrap();
            // Line 3 becomes garbage.
            let mut lines: Vec<&str> = text.lines().collect();
            lines[2] = "  name: \"Chi bộ\" ??? ,";
            text = lines.join("\n");
            text.into_bytes()
        },
        |e| assert_parse_at(e, 3),
    );
}

#[test]
fn newer_version_is_refused() {
    corrupted(
        |b| {
            String::from_utf8(b.to_vec())
                .unwrap()
                .replacen("version: 1,", "version: 99,", 1)
                .into_bytes()
        },
        |e| {
            assert!(matches!(e, StoreError::Newer { found: 99, .. }), "{e:?}");
            assert!(e.to_string().contains("mới hơn"));
        },
    );
}

#[test]
fn foreign_file_is_refused() {
    corrupted(
        |_| b"(name: \"something else\", items: [1, 2, 3])".to_vec(),
        |e| assert!(matches!(e, StoreError::Foreign { .. }), "{e:?}"),
    );
}

#[test]
fn version_zero_is_migrated() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v0");
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("ws");
    fs::create_dir_all(root.join("branches")).unwrap();
    fs::copy(fixture.join("ward.ron"), root.join("ward.ron")).unwrap();
    fs::copy(
        fixture.join("branches/thon-cu.ron"),
        root.join("branches/thon-cu.ron"),
    )
    .unwrap();
    let ws = Workspace::new(&root);
    let loaded = ws.load();
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let ward = loaded.ward.unwrap();
    assert_eq!(ward.version, WARD_VERSION);
    assert_eq!(ward.place, "Thử Nghiệm");
    let b = &loaded.branches[0];
    assert_eq!(b.version, BRANCH_VERSION);
    assert_eq!((b.congress.term_start, b.congress.term_end), (2020, 2022));
    assert_eq!(b.congress.number, 3);
    assert_eq!(b.members.len(), 2);
    assert_eq!(b.members[0].id, 1);
    assert_eq!(b.members[1].id, 2);
    assert_eq!(b.next_member_id, 3);
    assert_eq!(b.members[0].gender, Gender::Female);
    // Saving writes the current version; the old file goes to backups.
    ws.save_branch(b).unwrap();
    let again = ws.load_branch("thon-cu").unwrap();
    assert_eq!(&again, b);
    assert!(
        fs::read_to_string(ws.branch_path("thon-cu"))
            .unwrap()
            .contains("version: 1")
    );
}

#[test]
fn text_is_normalised_to_nfc_on_load_and_save() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::new(dir.path());
    ws.create(&Ward::default(), &[]).unwrap();
    // "Nguyễn" with combining marks (NFD).
    let nfd = "Nguye\u{302}\u{303}n Thi\u{323} Hoa";
    let mut b = Branch {
        id: "to-1".into(),
        name: "Chi bộ Tổ 1".into(),
        ..Branch::default()
    };
    b.add_member(Member {
        full_name: nfd.into(),
        ..Member::default()
    });
    ws.save_branch(&b).unwrap();
    let text = fs::read_to_string(ws.branch_path("to-1")).unwrap();
    assert!(text.contains("Nguyễn Thị Hoa"));
    assert_eq!(
        ws.load_branch("to-1").unwrap().members[0].full_name,
        "Nguyễn Thị Hoa"
    );
}

#[test]
fn delete_keeps_a_copy_and_other_files() {
    let (_dir, ws) = demo_workspace();
    let loaded = ws.load();
    let b = loaded.branches[0].clone();
    ws.delete_branch(&b.id).unwrap();
    assert!(!ws.branch_path(&b.id).exists());
    assert_eq!(ws.load().branches.len(), loaded.branches.len() - 1);
    // Undo = save again.
    ws.save_branch(&b).unwrap();
    assert_eq!(ws.load_branch(&b.id).unwrap(), b);
}

#[test]
fn missing_workspace_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = Workspace::new(dir.path().join("khong-co")).load();
    assert!(matches!(loaded.errors[0], StoreError::NoWorkspace { .. }));
    // A missing folder is said not to exist; a folder without ward.ron is
    // said not to be a workspace.
    assert!(loaded.errors[0].to_string().contains("không tồn tại"));
    let loaded = Workspace::new(dir.path()).load();
    assert!(loaded.errors[0].to_string().contains("ward.ron"));
}

#[test]
fn tricky_text_round_trips_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::new(dir.path());
    ws.create(&Ward::default(), &[]).unwrap();
    let tricky =
        "Dòng 1 & <thẻ> \"trích\" 'đơn'\n\tthụt lề \\ r#\"raw\"# \"## cuối\r\nĐỨC ưng ơn ỹ";
    let mut b = Branch {
        id: "to-2".into(),
        name: tricky.into(),
        ..Branch::default()
    };
    b.drafts.political_report.context = tricky.repeat(3);
    ws.save_branch(&b).unwrap();
    let back = ws.load_branch("to-2").unwrap();
    assert_eq!(back.name, tricky);
    assert_eq!(back, b);
}
