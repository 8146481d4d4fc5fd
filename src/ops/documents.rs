//! A branch's documents, packets and election papers; member import.

use super::OpError;
use crate::docgen::batch::{BatchProgress, BatchReport, BatchRun, BranchOutcome, Branches};
use crate::docgen::papers::{self, PaperTemplates};
use crate::docgen::{self, PacketOptions, PacketReport, Progress, Templates};
use crate::import::Preview;
use crate::model::{Branch, DocKind, Office, Ward};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;

/// The folder a branch's documents go to inside `base` (the same for one
/// packet and for the batch).
pub fn branch_folder(base: &Path, b: &Branch) -> PathBuf {
    docgen::batch::branch_dir(base, b)
}

/// The documents of `b`'s packet that still have empty sections, each with
/// the headings of those sections (issue 11: printed with dotted lines and
/// "(Dự thảo)").
pub fn unfinished(ward: &Ward, b: &Branch, templates: &Templates) -> Vec<(DocKind, Vec<String>)> {
    docgen::packet_kinds(ward, b, templates)
        .into_iter()
        .map(|(k, _)| (k, docgen::empty_sections(ward, b, k, templates)))
        .filter(|(_, empty)| !empty.is_empty())
        .collect()
}

/// "3 văn bản còn trống mục …:" and a line per document ("- Báo cáo chính
/// trị: 4. …; …").
pub fn unfinished_message(list: &[(DocKind, Vec<String>)]) -> String {
    let docs: Vec<(&str, Vec<&str>)> = list
        .iter()
        .map(|(k, headings)| {
            (
                crate::rules::labels::doc_kind(*k),
                headings.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    crate::strings::docgen::unfinished_documents(&docs)
}

/// The warning to show before writing `b`'s packet, if any section is empty.
pub fn unfinished_warning(ward: &Ward, b: &Branch, templates: &Templates) -> Option<String> {
    let list = unfinished(ward, b, templates);
    (!list.is_empty()).then(|| unfinished_message(&list))
}

/// Write one document of `b` into `folder`, numbered as in the packet;
/// returns the file written.
pub fn write_document(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
    folder: &Path,
) -> Result<PathBuf, OpError> {
    let bytes = docgen::render_document(ward, b, kind, templates)?;
    let number = docgen::packet_kinds(ward, b, templates)
        .into_iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, n)| n)
        .unwrap_or(1);
    let path = folder.join(docgen::document_file_name(b, number, kind));
    crate::store::write_output(&path, &bytes)?;
    Ok(path)
}

/// Write the packet of `b` into `folder`: each document, the combined
/// packet, PDFs when asked. A file that cannot be written is listed in the
/// report and the others are still written.
pub fn write_packet(
    ward: &Ward,
    b: &Branch,
    templates: &Templates,
    folder: &Path,
    opts: &PacketOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<PacketReport, OpError> {
    Ok(docgen::render_packet(
        ward, b, templates, folder, opts, progress,
    )?)
}

/// A batch of packets: what every branch's folder is made from.
#[derive(Clone, Copy)]
pub struct Packets<'a> {
    pub ward: &'a Ward,
    pub templates: &'a Templates,
    /// The congress-day papers' templates.
    pub papers: &'a PaperTemplates,
    pub out: &'a Path,
    pub opts: &'a PacketOptions,
    /// Worker threads ([`docgen::batch::default_workers`] for this machine).
    pub workers: usize,
}

/// The batch, the same for the app and `daihoi render --all`: for each
/// branch, in its [`branch_folder`] of `out`, the packet and the
/// congress-day papers; then the ward's summary of draft comments (not
/// after a cancel). Branches are made by `workers` threads, one file at a
/// time when they come from files; nothing of a branch is kept once
/// written but its summary. `each` gets every branch's full report in the
/// branches' order; `cancel` stops between branches.
pub fn write_packets(
    run: &Packets,
    branches: Branches,
    progress: &mut dyn FnMut(&BatchProgress),
    each: &mut dyn FnMut(&BranchOutcome, Option<&PacketReport>),
    cancel: &AtomicBool,
) -> Result<BatchReport, OpError> {
    crate::ops::heap::bound_for_batch();
    // What the ward's summary of draft comments needs, kept from each
    // branch that has comments: its id, name and comments only.
    let commented: Mutex<Vec<Branch>> = Mutex::default();
    let also = |b: &Branch, dir: &Path| {
        if !b.draft_comments.is_empty() {
            let slim = Branch {
                id: b.id.clone(),
                name: b.name.clone(),
                draft_comments: b.draft_comments.clone(),
                ..Branch::default()
            };
            if let Ok(mut v) = commented.lock() {
                v.push(slim);
            }
        }
        write_congress_papers(run.ward, b, run.templates, run.papers, dir, run.opts.pdf)
    };
    let batch = BatchRun {
        ward: run.ward,
        templates: run.templates,
        out: run.out,
        opts: run.opts,
        workers: run.workers,
        also: Some(&also),
    };
    let mut report = docgen::batch::run_batch(&batch, branches, progress, each, cancel)?;
    let mut commented = commented.into_inner().unwrap_or_default();
    if !commented.is_empty() && !report.cancelled {
        commented.sort_by(|a, b| a.id.cmp(&b.id));
        match super::write_comments_summary(run.ward, &commented, run.out, None) {
            Ok(p) => report.ward_written.push(p),
            Err(e) => {
                let path = run.out.join(papers::comments_file(run.ward));
                report.ward_failed.push((path, e.to_string()));
            }
        }
    }
    Ok(report)
}

/// Write a branch's congress-day papers into the subfolder of `dir`, as a
/// packet report (a failure to make them at all is reported as failed).
pub fn write_congress_papers(
    ward: &Ward,
    b: &Branch,
    templates: &Templates,
    paper_templates: &PaperTemplates,
    dir: &Path,
    pdf: bool,
) -> PacketReport {
    let mut r = PacketReport::default();
    match papers::render_congress_day(ward, b, templates, paper_templates, dir, pdf) {
        Ok((report, pdfs)) => {
            r.written = report.written;
            r.failed = report.failed;
            r.pdfs = pdfs.pdfs;
            r.failed.extend(pdfs.failed);
            r.pdf_note = pdfs.pdf_note;
        }
        Err(e) => r
            .failed
            .push((dir.to_path_buf(), format!("{}: {e}", b.name))),
    }
    r
}

/// The papers of the election a branch can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// The biên bản kiểm phiếu of `branch.results.rounds[index]`.
    Minutes(usize),
    /// The ballots of one election.
    Ballots(Office),
}

/// Write `paper` for `b` into `folder`; returns the file written.
pub fn write_paper(
    ward: &Ward,
    b: &Branch,
    paper: Paper,
    folder: &Path,
) -> Result<PathBuf, OpError> {
    let written = match paper {
        Paper::Minutes(i) => docgen::counting_minutes::write_minutes(ward, b, i, folder),
        Paper::Ballots(o) => docgen::ballot::write_ballots(ward, b, o, folder),
    };
    Ok(written?)
}

/// Add the rows of an import preview that are accepted to `branch` (fresh
/// member ids); returns how many were added. The app wraps this in one
/// undo step.
pub fn import_members(branch: &mut Branch, preview: &Preview) -> usize {
    let before = branch.members.len();
    crate::import::apply(branch, preview);
    branch.members.len() - before
}
