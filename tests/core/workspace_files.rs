//! The workspace's files said plainly (issue 15, items 8, 11, 14): nothing
//! in branches/ skipped silently, unknown fields never dropped, a missing
//! folder never made into a workspace, ron's English translated, killed
//! saves and demos cleaned up, names safe on a terminal.

use daihoi::store::{StoreError, Workspace};
use std::path::Path;
use std::process::Command;

use crate::run::{daihoi, text};

fn demo(root: &Path) -> Workspace {
    let ws = Workspace::new(root);
    let (ward, branches) = daihoi::demo::demo_ward();
    ws.create(&ward, &branches).unwrap();
    ws
}

fn first_branch_file(ws: &Workspace) -> std::path::PathBuf {
    let mut files: Vec<_> = std::fs::read_dir(ws.branches_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.remove(0)
}

/// Item 8: `x.ron.txt` and `y.RON` are problems for check, report and
/// render, and for the app (its load errors).
#[test]
fn files_in_branches_that_are_not_branches_are_listed() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = demo(&tmp.path().join("ws"));
    let count = ws.load().branches.len();
    let src = first_branch_file(&ws);
    let bytes = std::fs::read(&src).unwrap();
    std::fs::write(ws.branches_dir().join("x.ron.txt"), &bytes).unwrap();
    std::fs::write(ws.branches_dir().join("y.RON"), &bytes).unwrap();
    let loaded = ws.load();
    assert_eq!(loaded.branches.len(), count);
    let stray: Vec<String> = loaded
        .errors
        .iter()
        .filter(|e| matches!(e, StoreError::NotABranch { .. }))
        .map(|e| e.to_string())
        .collect();
    assert_eq!(stray.len(), 2, "{stray:?}");
    assert!(stray[0].contains("x.ron.txt") && stray[1].contains("y.RON"));
    let root = ws.root().to_str().unwrap();
    let o = daihoi(&["check", "--workspace", root]);
    let t = text(&o);
    assert_eq!(o.status.code(), Some(1), "{t}");
    assert!(t.contains("x.ron.txt") && t.contains("y.RON"), "{t}");
    assert!(t.contains("2 lỗi"), "{t}");
    let report = tmp.path().join("bao-cao.docx");
    let o = daihoi(&[
        "report",
        "--workspace",
        root,
        "--out",
        report.to_str().unwrap(),
    ]);
    let t = text(&o);
    assert_eq!(o.status.code(), Some(1), "{t}");
    assert!(t.contains("x.ron.txt") && t.contains("y.RON"), "{t}");
    assert!(!report.exists());
    let out = tmp.path().join("out");
    let o = daihoi(&[
        "render",
        "--workspace",
        root,
        "--all",
        "--out",
        out.to_str().unwrap(),
    ]);
    let t = text(&o);
    assert_eq!(o.status.code(), Some(1), "{t}");
    assert!(t.contains("x.ron.txt") && t.contains("y.RON"), "{t}");
}

/// Item 8: an unknown field is refused with its line and name, and the
/// file is never saved over (so the field is not lost).
#[test]
fn an_unknown_field_is_refused_not_dropped() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = demo(&tmp.path().join("ws"));
    let path = first_branch_file(&ws);
    let original = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<&str> = original.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim_start().starts_with("name:"))
        .unwrap();
    lines.insert(at + 1, "  ghi_chu_rieng: \"Đồng chí Hoa phụ trách\",");
    let edited = lines.join("\n") + "\n";
    std::fs::write(&path, &edited).unwrap();
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    let e = ws.load_branch(&id).expect_err("refused");
    let msg = e.to_string();
    match &e {
        StoreError::Parse { line, .. } => assert_eq!(*line, at + 2, "{msg}"),
        other => panic!("{other:?}"),
    }
    assert!(msg.contains("ghi_chu_rieng"), "{msg}");
    assert!(msg.contains("không bị ghi đè"), "{msg}");
    let o = daihoi(&["check", "--workspace", ws.root().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), edited);
}

/// Item 14: ron's English is translated by kind; what is not goes on a
/// "Chi tiết kỹ thuật" line.
#[test]
fn parse_errors_are_in_vietnamese() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = demo(&tmp.path().join("ws"));
    let path = first_branch_file(&ws);
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    let original = std::fs::read_to_string(&path).unwrap();
    let with = |from: &str, to: &str| {
        assert!(original.contains(from), "{from}");
        std::fs::write(&path, original.replacen(from, to, 1)).unwrap();
        ws.load_branch(&id).expect_err("refused").to_string()
    };
    let number = original
        .lines()
        .find_map(|l| l.trim().strip_prefix("number: "))
        .unwrap()
        .trim_end_matches(',')
        .to_string();
    let m = with(&format!("number: {number}"), "number: 99999999999999999999");
    assert!(m.contains("con số quá lớn"), "{m}");
    assert!(!m.contains("Integer"), "{m}");
    let deep = format!("{}{}", "[".repeat(300), "]".repeat(300));
    let m = with("members: [", &format!("members: [{deep}, "));
    assert!(!m.contains("recursion_limit"), "{m}");
    assert!(
        m.contains("lồng nhau quá sâu") || m.contains("Chi tiết kỹ thuật"),
        "{m}"
    );
    // Text where a number belongs.
    let m = with(&format!("number: {number}"), "number: \"hai\"");
    assert!(m.contains("cần một con số"), "{m}");
    assert!(m.contains("dòng") && m.contains("cột"), "{m}");
}

/// Item 11: a mistyped workspace is said not to exist, and nothing is
/// created by any command.
#[test]
fn a_missing_workspace_is_named_and_never_created() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("Hồ sơ phường (gõ sai)");
    let w = ws.to_str().unwrap();
    let out = tmp.path().join("out");
    let o_ = out.to_str().unwrap();
    let list = tmp.path().join("ds.csv");
    std::fs::write(&list, "Họ và tên\nNguyễn Văn A\n").unwrap();
    for args in [
        vec!["check", "--workspace", w],
        vec!["render", "--workspace", w, "--all", "--out", o_],
        vec!["report", "--workspace", w, "--out", o_],
        vec!["templates", "--workspace", w, "--export"],
        vec![
            "import",
            "--workspace",
            w,
            "--branch",
            "thon-1",
            list.to_str().unwrap(),
            "--apply",
        ],
    ] {
        let o = daihoi(&args);
        let t = text(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {t}");
        assert!(t.contains("không tồn tại"), "{args:?}: {t}");
        assert!(!ws.exists(), "{args:?} created the workspace folder");
    }
}

/// Item 14: `demo` killed midway leaves no workspace that `check` accepts.
#[cfg(unix)]
#[test]
fn a_killed_demo_leaves_nothing_that_passes_check() {
    use rand::{RngExt, SeedableRng};
    let mut rng = rand::rngs::StdRng::seed_from_u64(3);
    let mut killed_at_work = 0;
    for round in 0..12 {
        let tmp = tempfile::tempdir().unwrap();
        let ws = tmp.path().join("ws");
        let mut child = Command::new(env!("CARGO_BIN_EXE_daihoi"))
            .args(["demo", ws.to_str().unwrap(), "--branches", "200"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(rng.random_range(20..600)));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().unwrap();
        child.wait().unwrap();
        let o = daihoi(&["check", "--workspace", ws.to_str().unwrap()]);
        let count = std::fs::read_dir(ws.join("branches"))
            .map(|d| d.count())
            .unwrap_or(0);
        if finished {
            continue;
        }
        killed_at_work += 1;
        assert!(
            o.status.code() == Some(1) || count == 200,
            "round {round}: a half-written demo ({count} branches) passes check:\n{}",
            text(&o)
        );
    }
    assert!(killed_at_work > 3, "{killed_at_work}");
}

/// Item 14: temporary files of killed saves are removed when the
/// workspace is next opened for writing, and never taken for branches.
#[test]
fn temporary_files_of_killed_saves_are_cleaned_up() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = demo(&tmp.path().join("ws"));
    let id = ws.load().branches[0].id.clone();
    let left = [
        ws.branches_dir().join(".daihoi-a1b2c3.tmp"),
        ws.branch_backups(&id).join(".daihoi-d4e5f6.tmp"),
        ws.root().join(".daihoi-g7h8i9.tmp"),
    ];
    for p in &left {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, "half a save").unwrap();
    }
    assert!(ws.load().errors.is_empty(), "not listed as problems");
    let lock = daihoi::store::WorkspaceLock::acquire(ws.root()).unwrap();
    assert!(matches!(lock, daihoi::store::LockAttempt::Acquired(_)));
    for p in &left {
        assert!(!p.exists(), "{} left", p.display());
    }
    assert!(ws.load().errors.is_empty());
}

/// Item 14: a name with terminal escape sequences is printed escaped.
#[test]
fn control_characters_in_names_do_not_reach_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = demo(&tmp.path().join("ws"));
    // Two branches with this name: check names them.
    for mut b in ws.load().branches.into_iter().take(2) {
        b.name = "Chi bộ \u{1b}[2J\u{1b}[31mĐỏ\r".into();
        ws.save_branch(&b).unwrap();
    }
    let o = daihoi(&["check", "--workspace", ws.root().to_str().unwrap()]);
    let out = [o.stdout.clone(), o.stderr.clone()].concat();
    assert!(!out.contains(&0x1b), "raw ESC printed");
    assert!(!out.contains(&b'\r'), "raw CR printed");
    let t = text(&o);
    assert!(t.contains("\\u{1b}[2J"), "{t}");
}

/// Issue 15 item 14: every folder the app makes outside its tests goes
/// through `store::create_dir_synced` (the helper's own unit tests show it
/// fsyncs each new folder's parent; it costs one look when the folder is
/// there, so outputs written without a file fsync use it too). This reads
/// the program's source, so it shows which call makes folders, not that a
/// power cut spares them.
#[test]
fn every_folder_is_made_through_the_syncing_helper() {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    assert!(files.len() > 50, "{} source files", files.len());
    let helper = src.join("store").join("fsync.rs");
    let mut found = Vec::new();
    for f in files.iter().filter(|f| **f != helper) {
        let text = std::fs::read_to_string(f).unwrap();
        // A module's unit tests sit at its end, after `#[cfg(test)]`.
        let program = text.split("\n#[cfg(test)]").next().unwrap_or("");
        for (i, line) in program.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if ["create_dir_all(", "create_dir(", "DirBuilder"]
                .iter()
                .any(|call| code.contains(call))
            {
                found.push(format!("{}:{}: {}", f.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "folders made without a sync (use store::create_dir_synced):\n{}",
        found.join("\n")
    );
    // The check can see a call: the helper itself makes its folders so.
    let helper_text = std::fs::read_to_string(&helper).unwrap();
    assert!(helper_text.contains("fs::create_dir_all(dir)"));
}
