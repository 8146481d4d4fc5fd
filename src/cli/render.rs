//! `daihoi render --workspace DIR (--branch ID | --all) --out DIR [--pdf]`.

use crate::docgen::{PacketOptions, PacketReport, Templates};
use crate::model::Branch;
use crate::ops;
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
        match ops::write_packets(ward, &selected, &templates, out, &opts, &mut |_| {}, &never) {
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
        for b in selected {
            match ops::write_packet(ward, b, &templates, out, &opts, &mut |_| {}) {
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
    code
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
