//! Cost per document of the built-in template path, side by side with the
//! docxtpl anchor (`../shared/anchors/docxtpl/`: ~41–62 ms a document on
//! this kind of machine). The anchor's own document and data (its
//! `context.json`) written in the built-in template language
//! (`benches/anchor/bao-cao-chinh-tri.txt`), rendered to .docx bytes in
//! memory (docxtpl's `fresh-bytes`/`reuse`) and to a file (its `typical`).
//! Target: ≤ 1 ms a document, ≥ 50× faster than docxtpl.
//!
//! The anchor folder is found through `DAIHOI_DOCXTPL_ANCHOR`, else at
//! `../shared/anchors/docxtpl` from the project or its parent folders; the
//! bench says so and does nothing when it is not there.
//!
//! With `DAIHOI_ANCHOR_DOCS=N` the bench binary instead writes the document
//! N times to files (docxtpl's `typical`: template parsed once, then render
//! and write each) and exits, so the whole process can be timed beside a
//! docxtpl script doing the same (`/usr/bin/time -v`).

use criterion::{Criterion, criterion_group};
use daihoi::docgen::Template;
use daihoi::docgen::layout::{self, Header, PageSetup};
use daihoi::docgen::template::Record;
use serde_json::Value as Json;
use std::hint::black_box;
use std::path::PathBuf;

const TEMPLATE: &str = include_str!("anchor/bao-cao-chinh-tri.txt");

fn anchor_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("DAIHOI_DOCXTPL_ANCHOR") {
        return Some(PathBuf::from(d));
    }
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.ancestors()
        .map(|a| a.join("../shared/anchors/docxtpl"))
        .find(|d| d.join("context.json").is_file())
}

fn text(j: &Json, key: &str) -> String {
    j[key].as_str().unwrap_or_default().to_string()
}

/// The anchor's context as the template's record.
fn context(j: &Json) -> Record {
    let mut branch = Record::default();
    branch
        .text("name", text(j, "branch_name"))
        .text("secretary", text(j, "secretary"));
    let mut congress = Record::default();
    congress.text("term", text(j, "term"));
    let mut section_proto = Record::default();
    section_proto.text("title", "").text("text", "");
    let sections = j["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let paras: Vec<&str> = s["paragraphs"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|p| p.as_str())
                .collect();
            let mut r = Record::default();
            r.text("title", text(s, "title"))
                .text("text", paras.join("\n"));
            r
        })
        .collect();
    let list = |key: &str, fields: &[&'static str]| {
        let mut proto = Record::default();
        proto.text("stt", "");
        for f in fields {
            proto.text(f, "");
        }
        let items = j[key]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let mut r = Record::default();
                r.text("stt", (i + 1).to_string());
                for f in fields {
                    r.text(f, text(item, f));
                }
                r
            })
            .collect();
        (proto, items)
    };
    let (target_proto, targets) = list("targets", &["name", "plan", "actual", "rate"]);
    let (member_proto, members) = list(
        "members",
        &[
            "name",
            "dob",
            "gender",
            "ethnic",
            "hometown",
            "education",
            "politics",
            "joined",
            "position",
        ],
    );
    let mut ctx = Record::default();
    ctx.record("branch", branch)
        .record("congress", congress)
        .list("sections", section_proto, sections)
        .list("targets", target_proto, targets)
        .list("members", member_proto, members);
    ctx
}

fn header(j: &Json) -> Header {
    Header {
        superior: format!("ĐẢNG BỘ PHƯỜNG {}", text(j, "ward_upper")),
        issuer: vec![format!("CHI BỘ {}", text(j, "branch_upper"))],
        number: format!("Số {}-BC/CB", text(j, "number")),
        place_date: format!(
            "{}, ngày {} tháng {} năm {}",
            text(j, "place"),
            text(j, "day"),
            text(j, "month"),
            text(j, "year")
        ),
    }
}

fn bench(c: &mut Criterion) {
    let Some(dir) = anchor_dir() else {
        eprintln!(
            "anchor: no docxtpl anchor folder (set DAIHOI_DOCXTPL_ANCHOR to \
             …/shared/anchors/docxtpl); nothing measured"
        );
        return;
    };
    let json: Json =
        serde_json::from_slice(&std::fs::read(dir.join("context.json")).unwrap()).unwrap();
    let ctx = context(&json);
    let template = Template::parse("anchor/bao-cao-chinh-tri.txt", TEMPLATE).unwrap();
    let errors = template.check(&ctx);
    assert!(errors.is_empty(), "{errors:?}");
    let page = PageSetup::default();
    let head = header(&json);
    let render = || {
        let doc = template.render(black_box(&ctx), page.clone(), Some(head.clone()));
        layout::to_docx(std::slice::from_ref(&doc)).unwrap()
    };
    let bytes = render();
    eprintln!(
        "anchor: one document is {} bytes of .docx (docxtpl's: 46,049)",
        bytes.len()
    );
    let out = tempfile::tempdir().unwrap();
    if std::env::var_os("DAIHOI_ANCHOR_KEEP").is_some() {
        std::fs::write("anchor-out.docx", &bytes).unwrap();
    }
    let mut group = c.benchmark_group("anchor (docxtpl: 41–62 ms a document)");
    group.bench_function("built-in template: render to .docx bytes", |b| {
        b.iter(render)
    });
    let mut n = 0u32;
    group.bench_function("built-in template: render and write the file", |b| {
        b.iter(|| {
            n = (n + 1) % 100;
            let path = out.path().join(format!("typical_{n:04}.docx"));
            std::fs::write(&path, render()).unwrap();
        })
    });
    group.bench_function("parse the template and render to .docx bytes", |b| {
        b.iter(|| {
            let t = Template::parse("anchor.txt", black_box(TEMPLATE)).unwrap();
            let doc = t.render(&ctx, page.clone(), Some(head.clone()));
            layout::to_docx(std::slice::from_ref(&doc)).unwrap()
        })
    });
    group.finish();
}

/// `DAIHOI_ANCHOR_DOCS=N`: write the document N times, then stop.
fn write_docs(n: usize) {
    let Some(dir) = anchor_dir() else {
        eprintln!("anchor: no docxtpl anchor folder (DAIHOI_DOCXTPL_ANCHOR)");
        std::process::exit(2);
    };
    let json: Json =
        serde_json::from_slice(&std::fs::read(dir.join("context.json")).unwrap()).unwrap();
    let ctx = context(&json);
    let template = Template::parse("anchor/bao-cao-chinh-tri.txt", TEMPLATE).unwrap();
    let head = header(&json);
    let out = tempfile::tempdir().unwrap();
    let start = std::time::Instant::now();
    for i in 0..n {
        let doc = template.render(&ctx, PageSetup::default(), Some(head.clone()));
        let bytes = layout::to_docx(std::slice::from_ref(&doc)).unwrap();
        std::fs::write(out.path().join(format!("typical_{i:04}.docx")), bytes).unwrap();
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    println!(
        "anchor: {n} documents written in {ms:.1} ms ({:.3} ms a document)",
        ms / n.max(1) as f64
    );
}

criterion_group!(benches, bench);

fn main() {
    if let Some(n) = std::env::var("DAIHOI_ANCHOR_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        write_docs(n);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
