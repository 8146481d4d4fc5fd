//! Province scale: `daihoi demo DIR --branches N` makes a workspace of many
//! believable branches, and `daihoi render --all` reads their files one at a
//! time, reporting each branch in order.

use daihoi::docgen::batch::branch_dir;
use daihoi::model::Branch;
use daihoi::store::Workspace;

fn daihoi(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_daihoi"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn demo_with_many_branches_loads_and_checks() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("tỉnh");
    let o = daihoi(&["demo", ws.to_str().unwrap(), "--branches", "48"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let loaded = Workspace::new(&ws).load();
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert_eq!(loaded.branches.len(), 48);
    let made: Vec<Branch> = daihoi::demo::demo_branches(48).collect();
    for b in &made {
        let on_disk = loaded.branches.iter().find(|x| x.id == b.id).unwrap();
        assert_eq!(on_disk.name, b.name);
        assert_eq!(on_disk.members.len(), b.members.len());
    }
    // Three rounds of the demo's sixteen, in three wards' names.
    assert!(made[16].name != made[0].name && made[32].name != made[16].name);
    let o = daihoi(&["check", "--workspace", ws.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("48"), "{text}");
}

#[test]
fn render_all_reports_a_broken_branch_file_and_writes_the_others() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let ws_s = ws.to_str().unwrap();
    assert!(daihoi(&["demo", ws_s, "--branches", "20"]).status.success());
    let made: Vec<Branch> = daihoi::demo::demo_branches(20).collect();
    let broken = &made[17];
    std::fs::write(
        Workspace::new(&ws).branch_path(&broken.id),
        "(name: \"Chi bộ",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let o = daihoi(&[
        "render",
        "--workspace",
        ws_s,
        "--all",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&format!("{}.ron", broken.id)), "{err}");
    let mut ids: Vec<&Branch> = made.iter().filter(|b| b.id != broken.id).collect();
    for b in &ids {
        assert!(branch_dir(&out, b).is_dir(), "{}", b.id);
    }
    assert!(!branch_dir(&out, broken).exists());
    // The files written are listed branch by branch, in the order of ids.
    ids.sort_by(|a, b| a.id.cmp(&b.id));
    let text = String::from_utf8_lossy(&o.stdout);
    let firsts: Vec<usize> = ids
        .iter()
        .map(|b| {
            let dir = branch_dir(&out, b).display().to_string();
            text.find(&dir).unwrap_or_else(|| panic!("{dir} in {text}"))
        })
        .collect();
    assert!(firsts.windows(2).all(|w| w[0] < w[1]), "{firsts:?}");
}
