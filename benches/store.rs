//! Workspace store speed: save one 150-member branch, load the whole demo ward.
//! Targets (release): save ≤ 5 ms, load of the demo ward ≤ 50 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use daihoi::model::{Branch, Member, PartialDate, ymd};
use daihoi::store::Workspace;
use std::hint::black_box;

fn big_branch() -> Branch {
    let mut b = Branch {
        id: "thon-lon".into(),
        name: "Chi bộ Thôn Lớn".into(),
        ..Branch::default()
    };
    for i in 0..150 {
        b.add_member(Member {
            full_name: format!("Nguyễn Thị Người Thứ {i}"),
            birth: ymd(1960 + i % 40, 1 + (i % 12) as u8, 1 + (i % 28) as u8)
                .map(PartialDate::Full),
            hometown: "Xã Hòa Bình, huyện Sông Lam, tỉnh Thử Nghiệm".into(),
            education: "12/12".into(),
            professional: "Đại học Kinh tế".into(),
            political_theory: "Trung cấp".into(),
            joined: ymd(1990 + i % 30, 3, 19),
            official: ymd(1991 + i % 30, 3, 19),
            posts: "Chi hội trưởng Chi hội Phụ nữ".into(),
            ..Member::default()
        });
    }
    b.drafts.political_report.context = "Trong nhiệm kỳ qua, chi bộ đã lãnh đạo. ".repeat(200);
    b
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::new(dir.path());
    let (ward, branches) = daihoi::demo::demo_ward();
    ws.create(&ward, &branches).unwrap();

    let mut b = big_branch();
    let mut n = 0u64;
    c.bench_function("save 150-member branch", |bench| {
        bench.iter(|| {
            // A real edit each time, so the save is never skipped as unchanged.
            n += 1;
            b.congress.guests = n.to_string();
            ws.save_branch(black_box(&b)).unwrap();
        })
    });
    c.bench_function("load demo ward", |bench| {
        bench.iter(|| {
            let loaded = ws.load();
            assert!(loaded.errors.is_empty());
            black_box(loaded)
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
