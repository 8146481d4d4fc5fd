//! Rendering an office Word template: the docxtpl anchor's political report
//! (`../shared/anchors/docxtpl/`, ~47 ms per document with docxtpl on this
//! machine), converted to our tags, with the same context. The template is
//! parsed once and rendered per document (target ≤ 2.4 ms, 20× faster).

use criterion::{Criterion, criterion_group, criterion_main};
use daihoi::docgen::word::WordTemplate;
use std::hint::black_box;

#[path = "docxtpl_anchor.rs"]
mod anchor;

fn word_template(c: &mut Criterion) {
    let Some(dir) = anchor::anchor_dir() else {
        eprintln!("SKIPPED: the docxtpl anchor folder is not here");
        return;
    };
    let template = anchor::converted_template(&std::fs::read(dir.join("template.docx")).unwrap());
    let ctx = anchor::context(&std::fs::read_to_string(dir.join("context.json")).unwrap());
    let t = WordTemplate::parse("template.docx", template.clone()).unwrap();
    assert!(t.check(&ctx).is_empty(), "{:?}", t.check(&ctx));
    c.bench_function("word template: docxtpl anchor, render one document", |b| {
        b.iter(|| t.render(black_box(&ctx)).unwrap())
    });
    c.bench_function("word template: docxtpl anchor, parse + render", |b| {
        b.iter(|| {
            let t = WordTemplate::parse("template.docx", black_box(template.clone())).unwrap();
            t.render(&ctx).unwrap()
        })
    });
}

criterion_group!(benches, word_template);
criterion_main!(benches);
