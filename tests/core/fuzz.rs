//! Fuzzing with a fixed seed and a fixed number of cases (a few seconds in
//! CI): mutated branch files, templates, .csv/.xlsx/.ods/.xls lists and .docx
//! templates must give a result or a located error, never a panic. Inputs
//! that once crashed are kept in `tests/fixtures/fuzz/<target>/` and
//! replayed first.

use daihoi::docgen::{BUILTIN, Templates, word::WordTemplate};
use daihoi::store::Workspace;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

const SEED: u64 = 0x15_da1_401;

/// `DAIHOI_FUZZ_SCALE=N` runs N times the cases (a longer local run; CI
/// runs the fixed number).
fn scaled(cases: usize) -> usize {
    let n: usize = std::env::var("DAIHOI_FUZZ_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    cases * n.max(1)
}

/// One random change: flip, insert, delete, duplicate or cut.
fn mutate(rng: &mut StdRng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..rng.random_range(1..6) {
        if out.is_empty() {
            out.push(rng.random());
            continue;
        }
        let at = rng.random_range(0..out.len());
        match rng.random_range(0..6) {
            0 => out[at] = rng.random(),
            1 => {
                let tokens: [&[u8]; 10] = [
                    b"{", b"}", b"(", b")", b"[", b"]", b"\"", b",", b"{#if x}", b"\\",
                ];
                let t = tokens[rng.random_range(0..tokens.len())];
                out.splice(at..at, t.iter().copied());
            }
            2 => {
                let end = (at + rng.random_range(1..64)).min(out.len());
                out.drain(at..end);
            }
            3 => {
                let end = (at + rng.random_range(1..256)).min(out.len());
                let piece = out[at..end].to_vec();
                out.splice(at..at, piece);
            }
            4 => out.truncate(at),
            _ => {
                let n: u32 = rng.random_range(0..u32::MAX);
                out.splice(at..at, n.to_string().into_bytes());
            }
        }
    }
    out
}

/// Run `check` on the kept crash inputs of `target`, then on `cases`
/// mutations of `seed_input`; returns (cases run, crashes), writing each
/// crashing input next to the test's temp dir for keeping.
fn fuzz(
    target: &str,
    seed_input: &[u8],
    cases: usize,
    check: impl Fn(&[u8]),
) -> (usize, Vec<PathBuf>) {
    let mut rng = StdRng::seed_from_u64(SEED ^ target.len() as u64);
    let mut inputs: Vec<Vec<u8>> = Vec::new();
    let kept = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    if let Ok(rd) = std::fs::read_dir(&kept) {
        for e in rd.flatten() {
            if let Ok(b) = std::fs::read(e.path()) {
                inputs.push(b);
            }
        }
    }
    for _ in 0..scaled(cases) {
        inputs.push(mutate(&mut rng, seed_input));
    }
    let out_dir = std::env::temp_dir().join(format!("daihoi-fuzz-{target}"));
    let mut crashes = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        if catch_unwind(AssertUnwindSafe(|| check(input))).is_err() {
            let _ = std::fs::create_dir_all(&out_dir);
            let p = out_dir.join(format!("crash-{i}.bin"));
            let _ = std::fs::write(&p, input);
            crashes.push(p);
        }
    }
    eprintln!(
        "fuzz {target}: {} cases, {} crashes",
        inputs.len(),
        crashes.len()
    );
    (inputs.len(), crashes)
}

fn demo() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::new(dir.path().join("ws"));
    let (ward, branches) = daihoi::demo::demo_ward();
    ws.create(&ward, &branches).unwrap();
    (dir, ws)
}

#[test]
fn fuzz_branch_files() {
    let (_dir, ws) = demo();
    let b = &ws.load().branches[0];
    let text = daihoi::store::branch_text(b);
    let path = ws.branch_path(&b.id);
    let (n, crashes) = fuzz("branch", text.as_bytes(), 400, |bytes| {
        if let Err(e) = daihoi::store::parse_branch(&path, bytes) {
            let _ = e.to_string();
        }
    });
    assert!(n >= 400);
    assert!(crashes.is_empty(), "branch files that crash: {crashes:?}");
}

#[test]
fn fuzz_templates_parse_and_render() {
    let (_dir, ws) = demo();
    let loaded = ws.load();
    let ward = loaded.ward.unwrap();
    let b = loaded.branches[0].clone();
    std::fs::create_dir_all(ws.templates_dir()).unwrap();
    let (kind, file, source) = BUILTIN[0];
    let path = ws.templates_dir().join(file);
    let (n, crashes) = fuzz("template", source.as_bytes(), 150, |bytes| {
        std::fs::write(&path, bytes).unwrap();
        if let Ok(t) = Templates::load(&ws) {
            let _ = daihoi::docgen::preview_text(&ward, &b, kind, &t);
        }
    });
    assert!(n >= 150);
    assert!(crashes.is_empty(), "templates that crash: {crashes:?}");
}

#[test]
fn fuzz_member_lists() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "Họ và tên,Ngày sinh,Giới tính\nNguyễn Văn An,05/08/1985,Nam\n\
               \"Lê Thị, Hoa\",1990,Nữ\nTrần Bình,31/02/1990,X\n";
    let path = dir.path().join("ds.csv");
    let (n1, c1) = fuzz("csv", csv.as_bytes(), 200, |bytes| {
        std::fs::write(&path, bytes).unwrap();
        if let Ok(t) = daihoi::import::read_table(&path, None) {
            if let Some(m) = daihoi::import::detect_mapping(&t) {
                let _ = daihoi::import::preview(&t, &m, &[]);
            }
        }
    });
    let xlsx = dir.path().join("ds.xlsx");
    {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (r, line) in csv.lines().enumerate() {
            for (c, v) in line.split(',').enumerate() {
                ws.write_string(r as u32, c as u16, v).unwrap();
            }
        }
        wb.save(&xlsx).unwrap();
    }
    let seed = std::fs::read(&xlsx).unwrap();
    let (n2, c2) = fuzz("xlsx", &seed, 150, |bytes| {
        std::fs::write(&xlsx, bytes).unwrap();
        if let Ok(t) = daihoi::import::read_table(&xlsx, None) {
            if let Some(m) = daihoi::import::detect_mapping(&t) {
                let _ = daihoi::import::preview(&t, &m, &[]);
            }
        }
    });
    let rows: String = csv
        .lines()
        .map(|line| {
            let cells: String = line
                .split(',')
                .map(crate::import_bounds::text_cell)
                .collect();
            format!("<table:table-row>{cells}</table:table-row>")
        })
        .collect();
    let ods = crate::import_bounds::ods(dir.path(), "ds.ods", &rows);
    let seed = std::fs::read(&ods).unwrap();
    let (n3, c3) = fuzz("ods", &seed, 150, |bytes| {
        std::fs::write(&ods, bytes).unwrap();
        if let Ok(t) = daihoi::import::read_table(&ods, None) {
            if let Some(m) = daihoi::import::detect_mapping(&t) {
                let _ = daihoi::import::preview(&t, &m, &[]);
            }
        }
    });
    // Excel 97 (.xls): the container and the records are walked by daihoi
    // before calamine (a panic inside calamine is an error message, so what
    // is caught here is a panic of daihoi's own walk, or an abort).
    let xls = dir.path().join("ds.xls");
    let seed = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/danh-sach.xls"),
    )
    .unwrap();
    let (n4, c4) = fuzz("xls", &seed, 150, |bytes| {
        std::fs::write(&xls, bytes).unwrap();
        if let Ok(t) = daihoi::import::read_table(&xls, None) {
            if let Some(m) = daihoi::import::detect_mapping(&t) {
                let _ = daihoi::import::preview(&t, &m, &[]);
            }
        }
    });
    assert!(n1 >= 200 && n2 >= 150 && n3 >= 150 && n4 >= 150);
    assert!(
        c1.is_empty() && c2.is_empty() && c3.is_empty() && c4.is_empty(),
        "lists that crash: {c1:?} {c2:?} {c3:?} {c4:?}"
    );
}

#[test]
fn fuzz_docx_templates() {
    let (_dir, ws) = demo();
    let loaded = ws.load();
    let ward = loaded.ward.unwrap();
    let b = &loaded.branches[0];
    let t = Templates::builtin();
    let docx =
        daihoi::docgen::render_document(&ward, b, BUILTIN[0].0, &t).expect("a .docx to start from");
    let (n, crashes) = fuzz("docx", &docx, 150, |bytes| {
        let _ = WordTemplate::parse("mau.docx", bytes.to_vec());
    });
    assert!(n >= 150);
    assert!(crashes.is_empty(), "docx files that crash: {crashes:?}");
}
