//! `daihoi render --workspace DIR (--branch ID | --all) --out DIR [--pdf]`.

<<<<<<< HEAD
use crate::docgen::batch::{self, BatchRun, Branches};
use crate::docgen::{self, PacketOptions, PacketReport, Templates};
use crate::store::{StoreError, Workspace};
=======
use crate::docgen::{self, PacketOptions, PacketReport, Templates, papers};
use crate::model::Branch;
use crate::store::Workspace;
>>>>>>> main
use crate::strings::{cli as cli_msg, docgen as msg};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::AtomicBool;

/// Render the packet of one branch (`branch`) or of all (`None`); exit code.
pub fn render(ws: &Workspace, branch: Option<&str>, out: &Path, pdf: bool) -> u8 {
    match branch {
        Some(id) => render_one(ws, id, out, pdf),
        None => render_all(ws, out, pdf),
    }
}

fn render_one(ws: &Workspace, id: &str, out: &Path, pdf: bool) -> u8 {
    let loaded = ws.load();
    for e in &loaded.errors {
        eprintln!("{} {e}", cli_msg::ERROR_TAG);
    }
    let Some(ward) = loaded.ward.as_ref() else {
        return 1;
    };
    let templates = match Templates::load(ws) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{} {e}", cli_msg::ERROR_TAG);
            return 1;
        }
    };
    let Some(b) = loaded.branches.iter().find(|b| b.id == id) else {
        let ids: Vec<&str> = loaded.branches.iter().map(|b| b.id.as_str()).collect();
        eprintln!("{} {}", cli_msg::ERROR_TAG, msg::unknown_branch(id, &ids));
        return 1;
    };
    let mut code = if loaded.errors.is_empty() { 0 } else { 1 };
<<<<<<< HEAD
    let opts = PacketOptions { pdf };
    match docgen::render_packet(ward, b, &templates, out, &opts, &mut |_| {}) {
        Ok(r) => {
            print_report(&r, &mut false);
            if !r.failed.is_empty() {
=======
    let mut pdf_note_shown = false;
    // `--all` is the app's batch: one folder per branch, failures reported.
    let never = std::sync::atomic::AtomicBool::new(false);
    let outcomes: Vec<(String, Result<PacketReport, String>)> = if branch.is_none() {
        match docgen::batch::render_batch(
            ward,
            &selected,
            &templates,
            out,
            &opts,
            &mut |_| {},
            &never,
        ) {
            Ok(batch) => batch
                .outcomes
                .into_iter()
                .map(|o| (o.branch_name, o.result))
                .collect(),
            Err(e) => {
                eprintln!("{} {e}", cli_msg::ERROR_TAG);
                return 1;
            }
        }
    } else {
        let mut v = Vec::new();
        for b in &selected {
            match docgen::render_packet(ward, b, &templates, out, &opts, &mut |_| {}) {
                Ok(r) => v.push((b.name.clone(), Ok(r))),
                Err(e) => {
                    eprintln!("{} {}: {e}", cli_msg::ERROR_TAG, b.name);
                    return 1;
                }
            }
        }
        v
    };
    for (name, result) in outcomes {
        match result {
            Ok(report) => {
                print_report(&report, &mut pdf_note_shown);
                if !report.failed.is_empty() {
                    code = 1;
                }
            }
            Err(why) => {
                eprintln!("{} {name}: {why}", cli_msg::ERROR_TAG);
>>>>>>> main
                code = 1;
            }
        }
        Err(e) => {
            eprintln!("{} {}: {e}", cli_msg::ERROR_TAG, b.name);
            return 1;
        }
    }
    // The congress-day papers, in a subfolder of each branch's folder.
    let dir_of = |b: &Branch| {
        if branch.is_none() {
            docgen::batch::branch_dir(out, b)
        } else {
            out.to_path_buf()
        }
    };
    if congress_papers(
        ward,
        &selected,
        &templates,
        ws,
        pdf,
        &dir_of,
        &mut pdf_note_shown,
    ) {
        code = 1;
    }
    if branch.is_none() && selected.iter().any(|b| !b.draft_comments.is_empty()) {
        let doc = papers::comments_summary(ward, &selected, None);
        let path = out.join(papers::comments_file(ward));
        match docgen::ballot::write_paper(&doc, &path) {
            Ok(p) => println!("{}", msg::written(&p)),
            Err(e) => {
                eprintln!("{} {e}", cli_msg::ERROR_TAG);
                code = 1;
            }
        }
    }
    code
}

<<<<<<< HEAD
/// `--all` is the app's batch: one folder per branch, failures reported.
/// Branch files are read one at a time by the batch's workers, so memory
/// does not grow with the number of branches; each packet is reported as
/// soon as it and those before it are written.
fn render_all(ws: &Workspace, out: &Path, pdf: bool) -> u8 {
    if !ws.exists() {
        eprintln!(
            "{} {}",
            cli_msg::ERROR_TAG,
            StoreError::NoWorkspace {
                path: ws.root().to_path_buf()
            }
        );
        return 1;
    }
    let ward = match ws.load_ward() {
        Ok(w) => w,
        Err(e) => {
            eprintln!("{} {e}", cli_msg::ERROR_TAG);
            return 1;
        }
    };
    let templates = match Templates::load(ws) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{} {e}", cli_msg::ERROR_TAG);
            return 1;
        }
    };
    let ids = match branch_ids(ws) {
        Ok(ids) => ids,
        Err(e) => {
            eprintln!("{} {e}", cli_msg::ERROR_TAG);
            return 1;
        }
    };
    let opts = PacketOptions { pdf };
    let run = BatchRun {
        ward: &ward,
        templates: &templates,
        out,
        opts: &opts,
        workers: batch::default_workers(),
    };
    let never = AtomicBool::new(false);
    let mut code = 0;
    let mut pdf_note_shown = false;
    // Printing goes through one buffered, locked handle: tens of thousands
    // of lines otherwise cost a system call each.
    let stdout = std::io::stdout();
    let mut lines = std::io::BufWriter::new(stdout.lock());
    let result = batch::run_batch(
        &run,
        Branches::Files(ws, &ids),
        &mut |_| {},
        &mut |outcome, report| match (&outcome.result, report) {
            (Ok(summary), Some(report)) => {
                for p in report.written.iter().chain(&report.pdfs) {
                    let _ = writeln!(lines, "{}", msg::written(p));
                }
                let _ = lines.flush();
                print_report_notes(report, &mut pdf_note_shown);
                if !summary.failed.is_empty() {
                    code = 1;
                }
            }
            (Err(why), _) => {
                let _ = lines.flush();
                eprintln!("{} {}: {why}", cli_msg::ERROR_TAG, outcome.branch_name);
                code = 1;
            }
            (Ok(_), None) => {}
        },
        &never,
    );
    let _ = lines.flush();
    match result {
        Ok(_) => code,
        Err(e) => {
            eprintln!("{} {e}", cli_msg::ERROR_TAG);
            1
        }
    }
}

/// The ids of the workspace's branch files, sorted as [`Workspace::load`]
/// sorts its branches.
fn branch_ids(ws: &Workspace) -> Result<Vec<String>, StoreError> {
    let dir = ws.branches_dir();
    let entries = match std::fs::read_dir(&dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(StoreError::Io { path: dir, source }),
    };
    let mut ids: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ron"))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    ids.sort();
    Ok(ids)
=======
/// Write every branch's congress-day papers; true when something failed.
fn congress_papers(
    ward: &crate::model::Ward,
    selected: &[&Branch],
    templates: &Templates,
    ws: &Workspace,
    pdf: bool,
    dir_of: &dyn Fn(&Branch) -> std::path::PathBuf,
    pdf_note_shown: &mut bool,
) -> bool {
    let paper_templates = match papers::PaperTemplates::load(ws) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{} {e}", cli_msg::ERROR_TAG);
            return true;
        }
    };
    let mut failed = false;
    for b in selected {
        match papers::render_congress_day(ward, b, templates, &paper_templates, &dir_of(b), pdf) {
            Ok((report, pdfs)) => {
                for p in report.written.iter().chain(&pdfs.pdfs) {
                    println!("{}", msg::written(p));
                }
                for (_, why) in report.failed.iter().chain(&pdfs.failed) {
                    eprintln!("{} {why}", cli_msg::ERROR_TAG);
                    failed = true;
                }
                if let Some(note) = &pdfs.pdf_note {
                    if !*pdf_note_shown {
                        eprintln!("{} {note}", cli_msg::WARNING_TAG);
                        *pdf_note_shown = true;
                    }
                }
            }
            Err(e) => {
                eprintln!("{} {}: {e}", cli_msg::ERROR_TAG, b.name);
                failed = true;
            }
        }
    }
    failed
>>>>>>> main
}

fn print_report(r: &PacketReport, pdf_note_shown: &mut bool) {
    for p in r.written.iter().chain(&r.pdfs) {
        println!("{}", msg::written(p));
    }
    print_report_notes(r, pdf_note_shown);
}

/// What a packet report says beyond the files written.
fn print_report_notes(r: &PacketReport, pdf_note_shown: &mut bool) {
    for k in &r.skipped {
        println!(
            "{} {}",
            cli_msg::WARNING_TAG,
            msg::document_skipped(crate::strings::labels::doc_kind(*k))
        );
    }
    for (_, why) in &r.failed {
        eprintln!("{} {why}", cli_msg::ERROR_TAG);
    }
    if let Some(note) = &r.pdf_note {
        if !*pdf_note_shown {
            eprintln!("{} {note}", cli_msg::WARNING_TAG);
            *pdf_note_shown = true;
        }
    }
}
