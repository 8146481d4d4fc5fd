//! Outputs that never mislead (issue 15, items 6, 7, 12, 13, 14): one folder
//! per branch whatever the names, a packet folder that is the old packet or
//! the new one, a hanging LibreOffice ended, bounded templates, file names
//! and paths Windows accepts.

use daihoi::docgen::batch::{branch_dir, render_batch};
use daihoi::docgen::{self, DocgenError, PacketOptions, Templates};
use daihoi::model::{Branch, DocKind};
use daihoi::store::Workspace;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;

use crate::run::{daihoi, text};

/// The files directly in `dir` (not its subfolders), with their bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in rd {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            out.insert(
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            );
        }
    }
    out
}

fn demo_workspace(root: &Path) -> Workspace {
    let ws = Workspace::new(root);
    let (ward, branches) = daihoi::demo::demo_ward();
    ws.create(&ward, &branches).unwrap();
    ws
}

/// Item 6: three branches named alike (twice the same name, once the same
/// but for case) get three folders, and `check` says the names clash.
#[test]
fn branches_named_alike_get_their_own_folders_and_check_flags_them() {
    let (ward, branches) = daihoi::demo::demo_ward();
    let base = branches[0].clone();
    let mut twins: Vec<Branch> = Vec::new();
    for (id, name) in [
        ("thon-1", "Chi bộ Thôn Một"),
        ("thon-1-2", "Chi bộ Thôn Một"),
        ("thon-1-3", "CHI BỘ THÔN MỘT"),
    ] {
        let mut b = base.clone();
        b.id = id.into();
        b.name = name.into();
        b.congress.place = format!("Hội trường {id}");
        twins.push(b);
    }
    let refs: Vec<&Branch> = twins.iter().collect();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let never = AtomicBool::new(false);
    let report = render_batch(
        &ward,
        &refs,
        &Templates::builtin(),
        &out,
        &PacketOptions::default(),
        &mut |_| {},
        &never,
    )
    .unwrap();
    assert!(report.failed().next().is_none());
    let mut dirs: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_lowercase())
        .collect();
    dirs.sort();
    dirs.dedup();
    assert_eq!(
        dirs.len(),
        3,
        "one folder per branch, even where Windows ignores case: {dirs:?}"
    );
    for b in &twins {
        let dir = branch_dir(&out, b);
        let packet = files(&dir);
        assert!(packet.len() >= 3, "{}: {:?}", b.id, packet.keys());
    }

    // The command line says the names clash.
    let ws = Workspace::new(tmp.path().join("ws"));
    ws.create(&ward, &twins).unwrap();
    let o = daihoi(&["check", "--workspace", ws.root().to_str().unwrap()]);
    let t = text(&o);
    assert_eq!(o.status.code(), Some(1), "{t}");
    assert!(t.contains("cùng tên"), "{t}");
    for id in ["thon-1.ron", "thon-1-2.ron", "thon-1-3.ron"] {
        assert!(t.contains(id), "{id}: {t}");
    }
}

/// Item 7: a second render leaves no document of the first that the new
/// packet does not have, and keeps the user's own files.
#[test]
fn rendering_again_leaves_no_stale_documents() {
    let (ward, branches) = daihoi::demo::demo_ward();
    let mut b = branches
        .iter()
        .find(|b| !b.results.held)
        .expect("a branch before its congress")
        .clone();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("goi");
    let t = Templates::builtin();
    let opts = PacketOptions::default();
    let first = docgen::render_packet(&ward, &b, &t, &dir, &opts, &mut |_| {}).unwrap();
    std::fs::write(dir.join("ghi chú của văn phòng.txt"), "giữ lại").unwrap();
    // Once the congress is held, the resolution is no longer a draft: its
    // file has another name.
    b.results.held = true;
    let second = docgen::render_packet(&ward, &b, &t, &dir, &opts, &mut |_| {}).unwrap();
    let names = |r: &docgen::PacketReport| -> Vec<String> {
        let mut v: Vec<String> = r
            .written
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    assert_ne!(names(&first), names(&second), "the file names changed");
    let mut now: Vec<String> = files(&dir).into_keys().collect();
    now.retain(|n| n != "ghi chú của văn phòng.txt");
    assert_eq!(now, names(&second), "only the new packet's documents");
    assert_eq!(
        std::fs::read_to_string(dir.join("ghi chú của văn phòng.txt")).unwrap(),
        "giữ lại"
    );
    for p in &second.written {
        assert!(
            p.starts_with(&dir),
            "{} is reported where it is",
            p.display()
        );
        assert!(p.is_file());
    }
    // Nothing left beside the folder.
    let beside: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(beside, ["goi"]);
}

/// Item 7: `render` killed at random points leaves the packet folder as
/// the old packet or the new one, never a mix.
#[cfg(unix)]
#[test]
fn a_killed_render_leaves_the_old_or_the_new_packet() {
    use rand::{RngExt, SeedableRng};
    let tmp = tempfile::tempdir().unwrap();
    let ws = demo_workspace(&tmp.path().join("ws"));
    let loaded = ws.load();
    let ward = loaded.ward.unwrap();
    let mut b = loaded
        .branches
        .iter()
        .find(|b| !b.results.held)
        .unwrap()
        .clone();
    // The two packets: before and after the congress (other file names).
    let t = Templates::builtin();
    let mut refs = Vec::new();
    for held in [false, true] {
        b.results.held = held;
        let d = tmp.path().join(format!("ref-{held}"));
        docgen::render_packet(&ward, &b, &t, &d, &PacketOptions::default(), &mut |_| {}).unwrap();
        refs.push(files(&d));
    }
    assert_ne!(
        refs[0].keys().collect::<Vec<_>>(),
        refs[1].keys().collect::<Vec<_>>()
    );
    let out = tmp.path().join("out");
    // Kills are spread over the time a whole render takes on this machine
    // (measured first), so that most land while it is at work, however
    // fast or loaded the machine is.
    let started = std::time::Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_daihoi"))
        .args(["render", "--workspace", ws.root().to_str().unwrap()])
        .args([
            "--branch",
            &b.id,
            "--out",
            tmp.path().join("timing").to_str().unwrap(),
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let whole_ms = (started.elapsed().as_millis() as u64).max(20);
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let mut killed_at_work = 0;
    for round in 0..24 {
        b.results.held = round % 2 == 1;
        ws.save_branch(&b).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_daihoi"))
            .args(["render", "--workspace", ws.root().to_str().unwrap()])
            .args(["--branch", &b.id, "--out", out.to_str().unwrap()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(
            rng.random_range(0..whole_ms),
        ));
        if child.try_wait().unwrap().is_none() {
            killed_at_work += 1;
        }
        child.kill().unwrap();
        child.wait().unwrap();
        let now = files(&out);
        assert!(
            now.is_empty() || now == refs[0] || now == refs[1],
            "round {round}: a mixed folder: {:?}",
            now.keys().collect::<Vec<_>>()
        );
    }
    assert!(
        killed_at_work > 5,
        "the render was rarely under way: {killed_at_work}"
    );
    // A render that completes tidies what the kills left beside the folder.
    let o = daihoi(&[
        "render",
        "--workspace",
        ws.root().to_str().unwrap(),
        "--branch",
        &b.id,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(files(&out), refs[1]);
    let leftovers: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".daihoi"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Item 12: LibreOffice that never answers is ended after the timeout with
/// a clear message; the .docx files stay.
#[cfg(unix)]
#[test]
fn a_hanging_libreoffice_is_ended_and_the_docx_kept() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let ws = demo_workspace(&tmp.path().join("ws"));
    let bin = tmp.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let pids = tmp.path().join("pids");
    let fake = bin.join("soffice");
    std::fs::write(
        &fake,
        format!(
            "#!/bin/sh\necho $$ >> '{p}'\nsleep 300 &\necho $! >> '{p}'\nwait\n",
            p = pids.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let id = ws.load().branches[0].id.clone();
    let out = tmp.path().join("out");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let started = std::time::Instant::now();
    let o = Command::new(env!("CARGO_BIN_EXE_daihoi"))
        .args(["render", "--workspace", ws.root().to_str().unwrap()])
        .args(["--branch", &id, "--out", out.to_str().unwrap(), "--pdf"])
        .env("PATH", path)
        .env("DAIHOI_PDF_TIMEOUT_SECS", "2")
        .output()
        .unwrap();
    let t = text(&o);
    assert!(
        started.elapsed().as_secs() < 120,
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(o.status.code(), Some(1), "{t}");
    assert!(t.contains("không trả lời sau 2 giây"), "{t}");
    let docx: Vec<String> = files(&out)
        .into_keys()
        .filter(|n| n.ends_with(".docx"))
        .collect();
    assert!(docx.len() >= 3, "the .docx files are kept: {docx:?}");
    // The fake LibreOffice and what it started are gone.
    let listed = std::fs::read_to_string(&pids).unwrap();
    for pid in listed.split_whitespace() {
        let alive = Path::new(&format!("/proc/{pid}")).exists()
            && !std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .unwrap_or_default()
                .contains(") Z ");
        assert!(!alive, "process {pid} still runs");
    }
}

fn workspace_with_template(root: &Path, file: &str, body: &str) -> Workspace {
    let ws = demo_workspace(root);
    std::fs::write(ws.templates_dir().join(file), body).unwrap();
    ws
}

/// Item 13: 30,000 nested `{#if}` are refused where the nesting gets too
/// deep, before anything is written.
#[test]
fn deeply_nested_blocks_are_refused_with_the_place() {
    let mut t = String::from("@kind report\n@title BÁO CÁO\n");
    for _ in 0..30_000 {
        t.push_str("{#if branch.has_committee}\n");
    }
    t.push_str("Chữ.\n");
    for _ in 0..30_000 {
        t.push_str("{/if}\n");
    }
    let tmp = tempfile::tempdir().unwrap();
    let ws = workspace_with_template(&tmp.path().join("ws"), "bao-cao-chinh-tri.txt", &t);
    let e = Templates::load(&ws).expect_err("refused");
    let msg = e.to_string();
    assert!(msg.contains("bao-cao-chinh-tri.txt"), "{msg}");
    assert!(msg.contains("lồng nhau quá"), "{msg}");
    assert!(msg.contains("dòng 19"), "{msg}");
    let out = tmp.path().join("out");
    let o = daihoi(&[
        "render",
        "--workspace",
        ws.root().to_str().unwrap(),
        "--all",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(!out.exists(), "nothing written");
}

/// Item 13: four loops over the members nested in each other are refused
/// at the outer loop, quickly, instead of minutes and gigabytes.
#[test]
fn a_template_making_too_much_is_refused_at_its_loop() {
    let t = "@kind report\n@title BÁO CÁO\n\
             {#for a in members}\n\
             {#for b in members}\n\
             {#for c in members}\n\
             {#for d in members}\n\
             {a.name} {b.name} {c.name} {d.name}\n\
             {/for}\n{/for}\n{/for}\n{/for}\n";
    let tmp = tempfile::tempdir().unwrap();
    let ws = workspace_with_template(&tmp.path().join("ws"), "bao-cao-chinh-tri.txt", t);
    let loaded = ws.load();
    let ward = loaded.ward.unwrap();
    let b = loaded
        .branches
        .iter()
        .max_by_key(|b| b.members.len())
        .unwrap();
    assert!(b.members.len() >= 30, "a large branch");
    let templates = Templates::load(&ws).unwrap();
    let started = std::time::Instant::now();
    let e = docgen::render_document(&ward, b, DocKind::PoliticalReport, &templates)
        .expect_err("refused");
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    let DocgenError::Templates(errors) = &e else {
        panic!("{e}");
    };
    assert_eq!(errors[0].line, 3, "the outermost loop: {e}");
    assert!(e.to_string().contains("quá nhiều"), "{e}");
    // A packet is refused the same way, nothing half written.
    let dir = tmp.path().join("goi");
    assert!(
        docgen::render_packet(
            &ward,
            b,
            &templates,
            &dir,
            &PacketOptions::default(),
            &mut |_| {}
        )
        .is_err()
    );
    assert!(!dir.exists());
}

/// Item 14: a long Vietnamese branch name is cut to a byte budget, and
/// every path of the packets stays within Windows' 260 characters.
#[test]
fn long_names_fit_the_byte_budget_and_the_path_limit() {
    let (ward, branches) = daihoi::demo::demo_ward();
    let mut b = branches[0].clone();
    b.name = "Chi bộ Tổ dân phố Nguyễn Thị Định kiêm nhiệm Khối vận động quần chúng ".repeat(5);
    let tmp = tempfile::tempdir().unwrap();
    // A deep output folder: about 150 characters.
    let mut out = tmp.path().to_path_buf();
    while out.to_string_lossy().chars().count() < 150 {
        out.push("Văn bản đại hội");
    }
    let never = AtomicBool::new(false);
    let report = render_batch(
        &ward,
        &[&b],
        &Templates::builtin(),
        &out,
        &PacketOptions::default(),
        &mut |_| {},
        &never,
    )
    .unwrap();
    let outcome = &report.outcomes[0];
    assert!(outcome.ok(), "{:?}", outcome.result);
    // The command line too, with the congress papers in their subfolder.
    let ws = Workspace::new(tmp.path().join("ws"));
    ws.create(&ward, std::slice::from_ref(&b)).unwrap();
    let cli_out = out.join("cli");
    let o = daihoi(&[
        "render",
        "--workspace",
        ws.root().to_str().unwrap(),
        "--all",
        "--out",
        cli_out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let mut seen = 0;
    let mut stack: Vec<PathBuf> = vec![out.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            assert!(name.len() <= 200, "{} bytes: {name}", name.len());
            let units = p.to_string_lossy().encode_utf16().count();
            if p.extension().is_some_and(|x| x == "docx") {
                seen += 1;
                assert!(units <= 259, "{units} characters: {}", p.display());
            }
            if p.is_dir() {
                stack.push(p);
            }
        }
    }
    assert!(seen >= 8, "{seen} documents");
}

/// Item 7: rendering into a folder of the user's (other files in it) adds
/// the packet and removes only the documents daihoi wrote there before,
/// never a file of the user's named like a document.
#[test]
fn rendering_into_a_users_folder_removes_only_daihois_documents() {
    let (ward, branches) = daihoi::demo::demo_ward();
    let mut b = branches.iter().find(|b| !b.results.held).unwrap().clone();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("Tài liệu");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("01 - Kế hoạch của tôi.docx"), "của người dùng").unwrap();
    std::fs::write(dir.join("ảnh chụp.jpg"), "ảnh").unwrap();
    let t = Templates::builtin();
    let opts = PacketOptions::default();
    let first = docgen::render_packet(&ward, &b, &t, &dir, &opts, &mut |_| {}).unwrap();
    b.results.held = true;
    let second = docgen::render_packet(&ward, &b, &t, &dir, &opts, &mut |_| {}).unwrap();
    let gone: Vec<&PathBuf> = first
        .written
        .iter()
        .filter(|p| !second.written.contains(p))
        .collect();
    assert!(!gone.is_empty());
    for p in gone {
        assert!(!p.exists(), "{} lingers", p.display());
    }
    for p in &second.written {
        assert!(p.is_file(), "{}", p.display());
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("01 - Kế hoạch của tôi.docx")).unwrap(),
        "của người dùng"
    );
    assert!(dir.join("ảnh chụp.jpg").is_file());
}
