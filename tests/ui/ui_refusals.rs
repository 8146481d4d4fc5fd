//! The app refuses what the command line refuses (issue 15, items 9 and
//! 11): no document from a broken ward.ron or with the built-in templates
//! in place of the office's broken one, and a missing workspace folder is
//! asked about before anything is created.

use crate::ui_support::{demo_workspace, harness, settle};
use daihoi::model::DocKind;
use daihoi::strings::workspace as wmsg;
use daihoi::ui::Command;
use daihoi::ui::missing::{MissingWorkspace, Root};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// Every file under `dir` (none when it does not exist).
fn written(dir: &std::path::Path) -> usize {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return 0;
    };
    rd.map(|e| {
        let p = e.unwrap().path();
        if p.is_dir() { written(&p) } else { 1 }
    })
    .sum()
}

fn try_every_output(h: &mut Harness<'static, daihoi::ui::App>) -> String {
    let out = h.state().export_base();
    h.state_mut()
        .apply_now(Command::ExportDocument(DocKind::PoliticalReport));
    let first = h.state().notice.clone().expect("a notice").text;
    h.state_mut().apply_now(Command::CreatePacket);
    settle(h);
    assert!(!h.state().packet_running(), "no packet started");
    let second = h.state().notice.clone().expect("a notice").text;
    assert_eq!(first, second);
    assert_eq!(written(&out), 0, "nothing written in {}", out.display());
    first
}

#[test]
fn a_broken_ward_file_makes_no_documents() {
    let (_dir, ws) = demo_workspace();
    let text = std::fs::read_to_string(ws.ward_path()).unwrap();
    std::fs::write(ws.ward_path(), text.replacen('(', "(\n  ???", 1)).unwrap();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let why = try_every_output(&mut h);
    assert!(why.contains("ward.ron"), "{why}");
    assert!(why.contains("Chưa xuất được"), "{why}");
    assert!(
        h.query_all_by_label_contains("ward.ron").next().is_some(),
        "said on screen"
    );
}

#[test]
fn a_template_error_makes_no_documents_with_the_built_in_instead() {
    let (_dir, ws) = demo_workspace();
    std::fs::write(
        ws.templates_dir().join("bao-cao-chinh-tri.txt"),
        "@kind report\n@title BÁO CÁO\n{#if branch.has_committee}\nChưa đóng khối.\n",
    )
    .unwrap();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let why = try_every_output(&mut h);
    assert!(why.contains("bao-cao-chinh-tri.txt"), "{why}");
    assert!(why.contains("mẫu văn bản"), "{why}");
}

#[test]
fn a_missing_workspace_is_asked_about_before_anything_is_made() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("Hồ sơ đã chuyển đi");
    assert!(daihoi::ui::missing::must_ask(&folder, None));
    let root = Root::Asking(
        MissingWorkspace {
            folder: folder.clone(),
            default: None,
            error: None,
        },
        Box::default(),
    );
    let mut h = Harness::builder()
        .with_size([1000.0, 700.0])
        .with_context_setup(daihoi::ui::setup_context)
        .build_ui_state(|ui, r: &mut Root| r.show(ui), root);
    h.run_steps(4);
    assert!(
        h.query_all_by_label_contains("không tồn tại")
            .next()
            .is_some(),
        "the dialog says the folder does not exist"
    );
    assert!(!folder.exists(), "nothing created while asking");
    click_root(&mut h, wmsg::MISSING_CREATE);
    assert!(matches!(h.state(), Root::Open(_)));
    assert!(folder.join("ward.ron").is_file(), "created once asked");
}

fn click_root(h: &mut Harness<'static, Root>, label: &str) {
    h.get_by_label(label).click();
    h.run_steps(4);
}

#[test]
fn the_default_workspace_and_real_workspaces_are_not_asked_about() {
    let (_dir, ws) = demo_workspace();
    assert!(!daihoi::ui::missing::must_ask(ws.root(), None));
    let tmp = tempfile::tempdir().unwrap();
    let default = tmp.path().join("ho-so");
    assert!(!daihoi::ui::missing::must_ask(&default, Some(&default)));
    // A folder with other files is opened (and its problem shown).
    std::fs::write(tmp.path().join("a.txt"), "x").unwrap();
    assert!(!daihoi::ui::missing::must_ask(tmp.path(), None));
}

/// Item 8: what in branches/ is not a branch file is shown among the files
/// that did not load (and the ward report is refused like on the CLI).
#[test]
fn the_app_lists_files_in_branches_that_are_not_branches() {
    let (_dir, ws) = demo_workspace();
    let first = ws.load().branches[0].id.clone();
    let bytes = std::fs::read(ws.branch_path(&first)).unwrap();
    std::fs::write(ws.branches_dir().join("x.ron.txt"), &bytes).unwrap();
    std::fs::write(ws.branches_dir().join("y.RON"), &bytes).unwrap();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let errors = h.state().load_errors.join("\n");
    assert!(
        errors.contains("x.ron.txt") && errors.contains("y.RON"),
        "{errors}"
    );
    assert!(
        h.query_all_by_label_contains("x.ron.txt").next().is_some(),
        "shown on screen"
    );
}
