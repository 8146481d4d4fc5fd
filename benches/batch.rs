//! Batch packets of 80 branches (the demo ward's branches repeated) with a
//! progress callback, and the roll-up over a province-sized 2,900 branches.

use criterion::{Criterion, criterion_group, criterion_main};
use daihoi::docgen::batch::render_batch;
use daihoi::docgen::{PacketOptions, Templates};
use daihoi::model::Branch;
use std::hint::black_box;
use std::sync::atomic::AtomicBool;

fn ward_of(n: usize) -> (daihoi::model::Ward, Vec<Branch>) {
    let (ward, demo) = daihoi::demo::demo_ward();
    let branches = (0..n)
        .map(|i| {
            let mut b = demo[i % demo.len()].clone();
            b.id = format!("{}-{i}", b.id);
            b.name = format!("{} {i}", b.name);
            b
        })
        .collect();
    (ward, branches)
}

fn bench(c: &mut Criterion) {
    let (ward, branches) = ward_of(80);
    let all: Vec<&Branch> = branches.iter().collect();
    let templates = Templates::builtin();
    let dir = tempfile::tempdir().unwrap();
    let never = AtomicBool::new(false);
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.bench_function("80 packets with progress", |bench| {
        bench.iter(|| {
            let mut calls = 0usize;
            let report = render_batch(
                &ward,
                black_box(&all),
                &templates,
                dir.path(),
                &PacketOptions::default(),
                &mut |p| {
                    calls += 1;
                    black_box(p.fraction());
                },
                &never,
            )
            .unwrap();
            assert_eq!(report.outcomes.len(), 80);
            black_box(calls)
        })
    });
    group.finish();

    let (ward, big) = ward_of(2900);
    c.bench_function("roll-up of 2,900 branches", |bench| {
        bench.iter(|| daihoi::rules::rollup::rollup(&ward, black_box(&big)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
