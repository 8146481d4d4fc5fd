//! The headless commands, run as a user would.

use std::path::Path;

use crate::run::{daihoi, text};

fn write_demo(dir: &Path) {
    let out = daihoi(&["demo", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
}

#[test]
fn demo_then_check_passes() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("Hồ sơ phường");
    write_demo(&ws);
    assert!(ws.join("ward.ron").is_file());
    let out = daihoi(&["check", "--workspace", ws.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("0 lỗi"), "{}", text(&out));
}

#[test]
fn demo_refuses_a_folder_with_files() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("a.txt"), "x").unwrap();
    let out = daihoi(&["demo", tmp.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("a.txt")).unwrap(),
        "x"
    );
    assert!(text(&out).contains("thư mục khác"), "{}", text(&out));
}

#[test]
fn check_names_the_broken_file_and_line_and_still_checks_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    write_demo(&ws);
    let mut files: Vec<_> = std::fs::read_dir(ws.join("branches"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let victim = &files[0];
    let original = std::fs::read_to_string(victim).unwrap();
    let mut lines: Vec<&str> = original.lines().collect();
    lines[4] = "  name: \"Chi bộ\" ]]] ,";
    std::fs::write(victim, lines.join("\n")).unwrap();

    let out = daihoi(&["check", "--workspace", ws.to_str().unwrap()]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    let name = victim.file_name().unwrap().to_string_lossy().to_string();
    assert!(t.contains(&name), "{t}");
    assert!(t.contains("dòng 5"), "{t}");
    // The other branches were still checked.
    let checked = format!("Đã kiểm tra {} chi bộ", files.len() - 1);
    assert!(t.contains(&checked), "{t}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(daihoi(&["khong-co-lenh"]).status.code(), Some(2));
    assert_eq!(daihoi(&["check"]).status.code(), Some(2));
}
