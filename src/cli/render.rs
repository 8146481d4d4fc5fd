//! `daihoi render --workspace DIR (--branch ID | --all) --out DIR [--pdf]`.

use crate::docgen::batch::{self, Branches};
use crate::docgen::{PacketOptions, PacketReport, Templates, papers};
use crate::store::{StoreError, Workspace};
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
        errln!("{} {e}", cli_msg::ERROR_TAG);
    }
    let Some(ward) = loaded.ward.as_ref() else {
        return 1;
    };
    let templates = match Templates::load(ws) {
        Ok(t) => t,
        Err(e) => {
            errln!("{} {e}", cli_msg::ERROR_TAG);
            return 1;
        }
    };
    let Some(b) = loaded.branches.iter().find(|b| b.id == id) else {
        let ids: Vec<&str> = loaded.branches.iter().map(|b| b.id.as_str()).collect();
        errln!("{} {}", cli_msg::ERROR_TAG, msg::unknown_branch(id, &ids));
        return 1;
    };
    let mut code = if loaded.errors.is_empty() { 0 } else { 1 };
    let opts = PacketOptions { pdf };
    let mut pdf_note_shown = false;
    match crate::ops::write_packet(ward, b, &templates, out, &opts, &mut |_| {}) {
        Ok(r) => {
            print_report(&r, &mut pdf_note_shown);
            if !r.failed.is_empty() {
                code = 1;
            }
        }
        Err(e) => {
            errln!("{} {}: {e}", cli_msg::ERROR_TAG, b.name);
            return 1;
        }
    }
    // The congress-day papers, in a subfolder.
    let paper_templates = match papers::PaperTemplates::load(ws) {
        Ok(t) => t,
        Err(e) => {
            errln!("{} {e}", cli_msg::ERROR_TAG);
            return 1;
        }
    };
    let r = crate::ops::write_congress_papers(ward, b, &templates, &paper_templates, out, pdf);
    print_report(&r, &mut pdf_note_shown);
    if !r.failed.is_empty() {
        code = 1;
    }
    code
}

/// `--all` is the app's batch: one folder per branch, failures reported.
/// Branch files are read one at a time by the batch's workers, so memory
/// does not grow with the number of branches; each packet is reported as
/// soon as it and those before it are written.
fn render_all(ws: &Workspace, out: &Path, pdf: bool) -> u8 {
    if !ws.exists() {
        errln!(
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
            errln!("{} {e}", cli_msg::ERROR_TAG);
            return 1;
        }
    };
    let templates = match Templates::load(ws) {
        Ok(t) => t,
        Err(e) => {
            errln!("{} {e}", cli_msg::ERROR_TAG);
            return 1;
        }
    };
    let (ids, all_branches) = branch_ids(ws);
    let paper_templates = match papers::PaperTemplates::load(ws) {
        Ok(t) => t,
        Err(e) => {
            errln!("{} {e}", cli_msg::ERROR_TAG);
            return 1;
        }
    };
    let opts = PacketOptions { pdf };
    let run = crate::ops::Packets {
        ward: &ward,
        templates: &templates,
        papers: &paper_templates,
        out,
        opts: &opts,
        workers: batch::default_workers(),
    };
    let never = AtomicBool::new(false);
    let mut code = if all_branches { 0 } else { 1 };
    let mut pdf_note_shown = false;
    // Printing goes through one buffered, locked handle: tens of thousands
    // of lines otherwise cost a system call each.
    let stdout = std::io::stdout();
    let mut lines = std::io::BufWriter::new(stdout.lock());
    let result = crate::ops::write_packets(
        &run,
        Branches::Files(ws, &ids),
        &mut |_| {},
        &mut |outcome, report| match (&outcome.result, report) {
            (Ok(summary), Some(report)) => {
                for p in report.written.iter().chain(&report.pdfs) {
                    let _ = writeln!(lines, "{}", super::terminal_text(&msg::written(p)));
                }
                let _ = lines.flush();
                print_report_notes(report, &mut pdf_note_shown);
                if !summary.failed.is_empty() {
                    code = 1;
                }
            }
            (Err(why), _) => {
                let _ = lines.flush();
                errln!("{} {}: {why}", cli_msg::ERROR_TAG, outcome.branch_name);
                code = 1;
            }
            (Ok(_), None) => {}
        },
        &never,
    );
    let _ = lines.flush();
    drop(lines);
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            errln!("{} {e}", cli_msg::ERROR_TAG);
            return 1;
        }
    };
    for p in &report.ward_written {
        outln!("{}", msg::written(p));
    }
    let (made, unfinished) = report.made_and_unfinished();
    outln!(
        "{}",
        crate::strings::ward::batch_unfinished(made, unfinished)
    );
    for (_, why) in &report.ward_failed {
        errln!("{} {why}", cli_msg::ERROR_TAG);
        code = 1;
    }
    code
}

/// The ids of the workspace's branch files, sorted as [`Workspace::load`]
/// sorts its branches; what else is in `branches/` is printed as an error.
fn branch_ids(ws: &Workspace) -> (Vec<String>, bool) {
    let (paths, stray) = ws.branch_files();
    for e in &stray {
        errln!("{} {e}", cli_msg::ERROR_TAG);
    }
    let ids = paths
        .iter()
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    (ids, stray.is_empty())
}

fn print_report(r: &PacketReport, pdf_note_shown: &mut bool) {
    for p in r.written.iter().chain(&r.pdfs) {
        outln!("{}", msg::written(p));
    }
    print_report_notes(r, pdf_note_shown);
}

/// What a packet report says beyond the files written.
fn print_report_notes(r: &PacketReport, pdf_note_shown: &mut bool) {
    if !r.unfinished.is_empty() {
        outln!(
            "{} {}",
            cli_msg::WARNING_TAG,
            crate::ops::unfinished_message(&r.unfinished)
        );
    }
    for k in &r.skipped {
        outln!(
            "{} {}",
            cli_msg::WARNING_TAG,
            msg::document_skipped(crate::rules::labels::doc_kind(*k))
        );
    }
    for (_, why) in &r.failed {
        errln!("{} {why}", cli_msg::ERROR_TAG);
    }
    if let Some(note) = &r.pdf_note {
        if !*pdf_note_shown {
            errln!("{} {note}", cli_msg::WARNING_TAG);
            *pdf_note_shown = true;
        }
    }
}
