//! One branch packet, and every packet of the demo ward scaled to 80
//! branches (targets: ≤ 20 ms per packet, ≤ 1 s for 80, without PDF).

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use daihoi::docgen::{self, PacketOptions, Templates};
use std::hint::black_box;

fn packets(c: &mut Criterion) {
    let (ward, branches) = daihoi::demo::demo_ward();
    let templates = Templates::builtin();
    let dir = tempfile::tempdir().unwrap();
    let opts = PacketOptions::default();
    let biggest = branches
        .iter()
        .max_by_key(|b| b.members.len())
        .unwrap()
        .clone();
    c.bench_function("packet: one branch (7 .docx written)", |bch| {
        // Fresh files each time (an identical file is otherwise left alone).
        bch.iter_batched(
            || {
                let _ = std::fs::remove_dir_all(dir.path().join("one"));
            },
            |_| {
                docgen::render_packet(
                    &ward,
                    black_box(&biggest),
                    &templates,
                    &dir.path().join("one"),
                    &opts,
                    &mut |_| {},
                )
                .unwrap()
            },
            BatchSize::PerIteration,
        )
    });
    // 80 branches: the demo's branches repeated with fresh ids and names.
    let scaled: Vec<_> = (0..80)
        .map(|i| {
            let mut b = branches[i % branches.len()].clone();
            b.id = format!("{}-{i}", b.id);
            b.name = format!("{} {i}", b.name);
            b
        })
        .collect();
    let mut group = c.benchmark_group("ward");
    group.sample_size(10);
    group.bench_function("packets: 80 branches (560 .docx written)", |bch| {
        bch.iter_batched(
            || {
                let _ = std::fs::remove_dir_all(dir.path().join("all"));
            },
            |_| {
                for (i, b) in scaled.iter().enumerate() {
                    let out = dir.path().join("all").join(format!("b{i}"));
                    docgen::render_packet(&ward, b, &templates, &out, &opts, &mut |_| {}).unwrap();
                }
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, packets);
criterion_main!(benches);
