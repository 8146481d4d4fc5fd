//! One use-case layer (`daihoi::ops`): the command line and the app write
//! byte-identical files for the same workspace and the same use case, and
//! refuse the ward report in the same situation with the same message.

use crate::ui_support::{self, demo_workspace, harness, settle};
use daihoi::ui::Command;
use std::path::{Path, PathBuf};

fn daihoi(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_daihoi"))
        .args(args)
        .output()
        .expect("run daihoi")
}

fn text(o: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The files of a folder, by name, with their bytes.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    v.sort();
    v
}

#[test]
fn cli_and_app_write_the_same_files() {
    let (dir, ws) = demo_workspace();
    let root = ws.root().to_str().unwrap().to_string();
    let day = "2025-09-22";
    assert_eq!(ui_support::TODAY.to_string(), day);
    let cli = dir.path().join("cli");
    let report_cli = cli.join("Báo cáo tổng hợp.docx");
    let overview_cli = cli.join("Tiến độ.xlsx");
    let packet_cli = cli.join("bo-ho-so");

    let first = ws.load().branches[0].clone();
    for args in [
        vec![
            "report",
            "--workspace",
            &root,
            "--out",
            report_cli.to_str().unwrap(),
            "--date",
            day,
        ],
        vec![
            "overview",
            "--workspace",
            &root,
            "--out",
            overview_cli.to_str().unwrap(),
            "--date",
            day,
        ],
        vec![
            "render",
            "--workspace",
            &root,
            "--branch",
            &first.id,
            "--out",
            packet_cli.to_str().unwrap(),
        ],
    ] {
        let out = daihoi(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out));
    }

    let gui = dir.path().join("gui");
    let mut h = harness(ws.clone());
    settle(&mut h);
    let report_gui = gui.join("Báo cáo tổng hợp.docx");
    let overview_gui = gui.join("Tiến độ.xlsx");
    h.state_mut()
        .apply_now(Command::WriteWardReport(report_gui.clone()));
    assert_eq!(
        h.state().notice.as_ref().map(|n| n.error),
        Some(false),
        "{:?}",
        h.state().notice
    );
    h.state_mut()
        .apply_now(Command::ExportOverview(overview_gui.clone()));
    assert_eq!(h.state().notice.as_ref().map(|n| n.error), Some(false));
    h.state_mut().view.export_dir = Some(gui.clone());
    h.state_mut()
        .apply_now(Command::SelectBranch(first.id.clone()));
    h.state_mut().apply_now(Command::CreatePacketAnyway);
    assert!(
        h.state_mut()
            .wait_for_packet(std::time::Duration::from_secs(120))
    );
    let packet_gui: PathBuf = daihoi::ops::branch_folder(&gui, &first);

    assert_eq!(
        std::fs::read(&report_gui).unwrap(),
        std::fs::read(&report_cli).unwrap(),
        "ward report"
    );
    assert_eq!(
        std::fs::read(&overview_gui).unwrap(),
        std::fs::read(&overview_cli).unwrap(),
        "overview workbook"
    );
    let (a, b) = (files(&packet_gui), files(&packet_cli));
    assert!(
        a.len() >= 2,
        "{:?}",
        a.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    assert_eq!(
        a.iter().map(|f| &f.0).collect::<Vec<_>>(),
        b.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        assert!(
            x == y,
            "{name} differs between the app and the command line"
        );
    }
}

#[test]
fn cli_and_app_refuse_the_report_when_a_file_did_not_load() {
    let (dir, ws) = demo_workspace();
    let root = ws.root().to_str().unwrap().to_string();
    let first = ws.load().branches[0].clone();
    std::fs::write(ws.branch_path(&first.id), "(version: 1, name: \"hỏng").unwrap();

    let cli_out = dir.path().join("cli.docx");
    let out = daihoi(&[
        "report",
        "--workspace",
        &root,
        "--out",
        cli_out.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let message = daihoi::strings::ward::REPORT_NOT_WRITTEN;
    assert!(text(&out).contains(message), "{}", text(&out));
    assert!(!cli_out.exists());

    let mut h = harness(ws);
    settle(&mut h);
    let gui_out = dir.path().join("gui.docx");
    h.state_mut()
        .apply_now(Command::WriteWardReport(gui_out.clone()));
    let notice = h.state().notice.clone().expect("a notice");
    assert!(notice.error);
    assert_eq!(notice.text, message);
    assert!(!gui_out.exists());
    settle(&mut h);
    use egui_kittest::kittest::Queryable;
    assert!(h.query_by_label_contains(message).is_some(), "shown");
}
