//! Batch packets: all or selected branches, progress, cancel, and one
//! branch's failure does not stop the others. `daihoi render --all` is the
//! same batch.

use daihoi::docgen::batch::{BatchProgress, branch_dir, render_batch};
use daihoi::docgen::{PacketOptions, Templates};
use daihoi::model::Branch;
use std::sync::atomic::{AtomicBool, Ordering};

#[test]
fn batch_makes_every_packet_and_reports_a_failure() {
    let (ward, branches) = daihoi::demo::demo_ward();
    assert!(branches.len() >= 3, "the demo ward has several branches");
    let all: Vec<&Branch> = branches.iter().collect();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("Hồ sơ");
    // Branch 2's folder cannot be made: a file stands in its place.
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(branch_dir(&out, all[1]), "x").unwrap();
    let mut seen: Vec<BatchProgress> = Vec::new();
    let never = AtomicBool::new(false);
    let report = render_batch(
        &ward,
        &all,
        &Templates::builtin(),
        &out,
        &PacketOptions::default(),
        &mut |p| seen.push(p.clone()),
        &never,
    )
    .unwrap();
    assert!(!report.cancelled);
    assert_eq!(report.outcomes.len(), all.len());
    let failed: Vec<&str> = report.failed().map(|o| o.branch_id.as_str()).collect();
    assert_eq!(failed, [all[1].id.as_str()]);
    let why = report.outcomes[1].result.as_ref().unwrap_err();
    assert!(!why.is_empty());
    for (o, b) in report.outcomes.iter().zip(&all) {
        if o.branch_id == all[1].id {
            continue;
        }
        let r = o.result.as_ref().unwrap();
        assert!(r.written.len() >= 2, "{}: {:?}", b.id, r.written);
        assert!(
            r.written
                .iter()
                .all(|p| p.starts_with(&o.dir) && p.is_file())
        );
    }
    // Progress: per branch, rising, ending at 1.
    let fractions: Vec<f32> = seen.iter().map(|p| p.fraction()).collect();
    assert!(
        fractions.windows(2).all(|w| w[0] <= w[1] + 1e-6),
        "{fractions:?}"
    );
    assert_eq!(fractions.last().copied(), Some(1.0));
    assert!(seen.iter().any(|p| p.branch == all[0].name));
}

#[test]
fn cancel_stops_after_the_packet_under_way() {
    let (ward, branches) = daihoi::demo::demo_ward();
    let all: Vec<&Branch> = branches.iter().collect();
    let tmp = tempfile::tempdir().unwrap();
    let cancel = AtomicBool::new(false);
    let report = render_batch(
        &ward,
        &all,
        &Templates::builtin(),
        tmp.path(),
        &PacketOptions::default(),
        &mut |p| {
            if p.done == 1 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    )
    .unwrap();
    assert!(report.cancelled);
    assert_eq!(
        report.outcomes.len(),
        2,
        "the second packet is finished, no third"
    );
    assert!(report.outcomes.iter().all(|o| o.ok()));
    assert!(!branch_dir(tmp.path(), all[2]).exists());
}

#[test]
fn render_all_cli_is_the_batch() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_daihoi"))
            .args(args)
            .output()
            .unwrap()
    };
    assert!(run(&["demo", ws.to_str().unwrap()]).status.success());
    let out = tmp.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let (_, branches) = daihoi::demo::demo_ward();
    let blocked = &branches[0];
    std::fs::write(branch_dir(&out, blocked), "x").unwrap();
    let o = run(&[
        "render",
        "--workspace",
        ws.to_str().unwrap(),
        "--all",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "a failed branch fails the command"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&blocked.name), "{err}");
    // Every other branch got its folder.
    for b in &branches[1..] {
        assert!(branch_dir(&out, b).is_dir(), "{}", b.id);
    }
}
