//! `daihoi render --workspace DIR (--branch ID | --all) --out DIR [--pdf]`.

use crate::docgen::{self, PacketOptions, PacketReport, Templates, papers};
use crate::model::Branch;
use crate::store::Workspace;
use crate::strings::{cli as cli_msg, docgen as msg};
use std::path::Path;

/// Render the packet of one branch (`branch`) or of all (`None`); exit code.
pub fn render(ws: &Workspace, branch: Option<&str>, out: &Path, pdf: bool) -> u8 {
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
    let selected: Vec<&Branch> = match branch {
        Some(id) => match loaded.branches.iter().find(|b| b.id == id) {
            Some(b) => vec![b],
            None => {
                let ids: Vec<&str> = loaded.branches.iter().map(|b| b.id.as_str()).collect();
                eprintln!("{} {}", cli_msg::ERROR_TAG, msg::unknown_branch(id, &ids));
                return 1;
            }
        },
        None => loaded.branches.iter().collect(),
    };
    let opts = PacketOptions { pdf };
    let mut code = if loaded.errors.is_empty() { 0 } else { 1 };
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
                code = 1;
            }
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
}

fn print_report(r: &PacketReport, pdf_note_shown: &mut bool) {
    for p in r.written.iter().chain(&r.pdfs) {
        println!("{}", msg::written(p));
    }
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
