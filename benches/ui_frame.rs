//! One UI frame (egui pass, no tessellation or painting) on the demo ward
//! scaled to 2,900 branches and 100,000 members. Target: ≤ 4 ms per frame
//! in release. The branch list and the member table are virtualised;
//! validation runs once per branch at load and then only for the edited one.

use criterion::{Criterion, criterion_group, criterion_main};
use daihoi::model::{Branch, DocKind, Member};
use daihoi::store::{Loaded, Workspace};
use daihoi::ui::{App, Command, Screen};
use eframe::egui;
use std::hint::black_box;

const BRANCHES: usize = 2_900;
const MEMBERS: usize = 100_000;

/// The demo's branches repeated with fresh ids and names; members added or
/// removed so that the total is exactly [`MEMBERS`].
fn scaled_ward() -> Loaded {
    let (ward, demo) = daihoi::demo::demo_ward();
    let mut branches: Vec<Branch> = (0..BRANCHES)
        .map(|i| {
            let mut b = demo[i % demo.len()].clone();
            b.id = format!("{}-{i:04}", b.id);
            b.name = format!("{} {}", b.name, i + 1);
            b
        })
        .collect();
    let mut total: usize = branches.iter().map(|b| b.members.len()).sum();
    let mut i = 0;
    while total < MEMBERS {
        let b = &mut branches[i % BRANCHES];
        let mut m = b.members.first().cloned().unwrap_or_else(Member::default);
        m.full_name = format!("Đảng viên Thêm {total}");
        b.add_member(m);
        total += 1;
        i += 1;
    }
    while total > MEMBERS {
        let b = &mut branches[i % BRANCHES];
        if b.members.len() > 3 {
            b.members.pop();
            total -= 1;
        }
        i += 1;
    }
    branches.sort_by(|a, b| a.id.cmp(&b.id));
    Loaded {
        ward: Some(ward),
        branches,
        errors: Vec::new(),
    }
}

fn input(t: f64) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        time: Some(t),
        ..Default::default()
    }
}

fn frames(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let loaded = scaled_ward();
    assert_eq!(loaded.branches.len(), BRANCHES);
    assert_eq!(
        loaded
            .branches
            .iter()
            .map(|b| b.members.len())
            .sum::<usize>(),
        MEMBERS
    );
    let biggest = loaded
        .branches
        .iter()
        .max_by_key(|b| b.members.len())
        .map(|b| b.id.clone())
        .unwrap();
    let mut app = App::from_loaded(Workspace::new(dir.path()), loaded);
    let ctx = egui::Context::default();
    daihoi::ui::setup_context(&ctx);
    app.apply_now(Command::SelectBranch(biggest));
    let mut t = 0.0;
    for (name, screen) in [
        ("checklist", Screen::Checklist),
        ("members (largest branch)", Screen::Members),
        (
            "political report form + preview",
            Screen::Document(DocKind::PoliticalReport),
        ),
    ] {
        app.apply_now(Command::Show(screen));
        // Warm up: fonts, layout caches, the preview.
        for _ in 0..3 {
            t += 0.1;
            let _ = ctx.run_ui(input(t), |ui| app.show(ui));
        }
        c.bench_function(
            &format!("ui frame, 2,900 branches / 100,000 members: {name}"),
            |b| {
                b.iter(|| {
                    t += 1.0 / 60.0;
                    black_box(ctx.run_ui(input(t), |ui| app.show(ui)))
                })
            },
        );
    }
}

criterion_group!(benches, frames);
criterion_main!(benches);
