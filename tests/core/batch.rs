//! Batch packets: all or selected branches, progress, cancel, and one
//! branch's failure does not stop the others. `daihoi render --all` is the
//! same batch.

use daihoi::docgen::batch::{
    BatchProgress, BatchRun, Branches, branch_dir, render_batch, run_batch,
};
use daihoi::docgen::{PacketOptions, Templates};
use daihoi::model::Branch;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
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
        assert!(r.written >= 2, "{}: {r:?}", b.id);
        let files = std::fs::read_dir(&o.dir).unwrap().count();
        assert_eq!(files, r.written, "{}", b.id);
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

/// Every file under `dir`, by relative path, with its bytes.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

fn run(
    branches: &[&Branch],
    out: &Path,
    workers: usize,
    progress: &mut dyn FnMut(&BatchProgress),
    cancel: &AtomicBool,
) -> daihoi::docgen::batch::BatchReport {
    let ward = daihoi::demo::ward();
    let templates = Templates::builtin();
    let run = BatchRun {
        ward: &ward,
        templates: &templates,
        out,
        opts: &PacketOptions::default(),
        workers,
        also: None,
    };
    run_batch(
        &run,
        Branches::Loaded(branches),
        progress,
        &mut |_, _| {},
        cancel,
    )
    .unwrap()
}

#[test]
fn parallel_output_is_byte_identical_to_serial() {
    // 40 branches: the demo ward's and more like them in other wards.
    let branches: Vec<Branch> = daihoi::demo::demo_branches(40).collect();
    let all: Vec<&Branch> = branches.iter().collect();
    let tmp = tempfile::tempdir().unwrap();
    let never = AtomicBool::new(false);
    let serial = run(&all, &tmp.path().join("serial"), 1, &mut |_| {}, &never);
    let mut fractions = Vec::new();
    let parallel = run(
        &all,
        &tmp.path().join("parallel"),
        3,
        &mut |p| fractions.push(p.fraction()),
        &never,
    );
    let ids = |r: &daihoi::docgen::batch::BatchReport| {
        r.outcomes
            .iter()
            .map(|o| (o.branch_id.clone(), o.ok()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(&serial),
        ids(&parallel),
        "outcomes in the branches' order"
    );
    assert_eq!(serial.outcomes.len(), 40);
    assert!(serial.outcomes.iter().all(|o| o.ok()));
    let (a, b) = (
        tree(&tmp.path().join("serial")),
        tree(&tmp.path().join("parallel")),
    );
    assert!(a.len() > 40 * 5, "{} files", a.len());
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(b[path] == *bytes, "{} differs", path.display());
    }
    assert!(
        fractions.windows(2).all(|w| w[0] <= w[1]),
        "progress never goes back: {fractions:?}"
    );
    assert_eq!(fractions.last().copied(), Some(1.0));
}

#[test]
fn cancel_stops_within_one_branch() {
    let (_, branches) = daihoi::demo::demo_ward();
    let all: Vec<&Branch> = branches.iter().collect();
    for workers in [1, 2] {
        let tmp = tempfile::tempdir().unwrap();
        let cancel = AtomicBool::new(false);
        // Cancel as soon as the first document of the batch is under way.
        let report = run(
            &all,
            tmp.path(),
            workers,
            &mut |_| cancel.store(true, Ordering::Relaxed),
            &cancel,
        );
        assert!(report.cancelled, "{workers} workers");
        // The packets under way (one per worker at most) are finished, no
        // other is started.
        let n = report.outcomes.len();
        assert!((1..=workers).contains(&n), "{workers} workers: {n} packets");
        assert!(report.outcomes.iter().all(|o| o.ok()));
        for (k, b) in all.iter().enumerate() {
            assert_eq!(branch_dir(tmp.path(), b).exists(), k < n, "{}", b.id);
        }
    }
}

#[test]
fn a_cancel_after_the_first_packet_starts_no_other() {
    let (_, branches) = daihoi::demo::demo_ward();
    let all: Vec<&Branch> = branches.iter().collect();
    let tmp = tempfile::tempdir().unwrap();
    let cancel = AtomicBool::new(false);
    let report = run(
        &all,
        tmp.path(),
        2,
        &mut |p| {
            if p.done == 1 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    );
    assert!(report.cancelled);
    assert!(report.outcomes.len() <= 2, "{}", report.outcomes.len());
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

#[test]
fn the_apps_batch_writes_what_render_all_writes() {
    // `render --all` reads the files; the app hands over the branches it
    // holds: the same code path, so the same files, byte for byte.
    let tmp = tempfile::tempdir().unwrap();
    let ws_dir = tmp.path().join("ws");
    let daihoi = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_daihoi"))
            .args(args)
            .output()
            .unwrap()
    };
    assert!(daihoi(&["demo", ws_dir.to_str().unwrap()]).status.success());
    let cli_out = tmp.path().join("cli");
    let o = daihoi(&[
        "render",
        "--workspace",
        ws_dir.to_str().unwrap(),
        "--all",
        "--out",
        cli_out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let ws = daihoi::store::Workspace::new(&ws_dir);
    let loaded = ws.load();
    let ward = loaded.ward.clone().unwrap();
    let refs: Vec<&Branch> = loaded.branches.iter().collect();
    let templates = Templates::load(&ws).unwrap();
    let papers = daihoi::docgen::papers::PaperTemplates::load(&ws).unwrap();
    let app_out = tmp.path().join("app");
    let opts = PacketOptions::default();
    let run = daihoi::ops::Packets {
        ward: &ward,
        templates: &templates,
        papers: &papers,
        out: &app_out,
        opts: &opts,
        workers: 2,
    };
    let mut each = 0;
    let report = daihoi::ops::write_packets(
        &run,
        Branches::Loaded(&refs),
        &mut |_| {},
        &mut |_, full| {
            assert!(full.is_some_and(|r| !r.written.is_empty()));
            each += 1;
        },
        &AtomicBool::new(false),
    )
    .unwrap();
    assert_eq!(each, refs.len());
    assert!(report.outcomes.iter().all(|o| o.ok()));
    // The ward's summary of comments, when a branch commented.
    let commented = refs.iter().any(|b| !b.draft_comments.is_empty());
    assert_eq!(report.ward_written.len(), usize::from(commented));

    let (a, b) = (tree(&cli_out), tree(&app_out));
    // Packets and, in a subfolder, the congress-day papers.
    assert!(a.keys().any(|p| p.components().count() > 2), "papers");
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(b[path] == *bytes, "{} differs", path.display());
    }
}
