//! A branch's documents, packets and election papers; member import.

use super::OpError;
use crate::docgen::batch::{BatchProgress, BatchReport};
use crate::docgen::{self, PacketOptions, PacketReport, Progress, Templates};
use crate::import::Preview;
use crate::model::{Branch, DocKind, Office, Ward};
use std::path::{Path, PathBuf};
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

/// "3 văn bản còn trống mục …: Báo cáo chính trị (4. …); …".
pub fn unfinished_message(list: &[(DocKind, Vec<String>)]) -> String {
    let docs: Vec<(&str, Vec<&str>)> = list
        .iter()
        .map(|(k, headings)| {
            (
                crate::strings::labels::doc_kind(*k),
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

/// Write the packets of `branches`, each in its [`branch_folder`] of `out`;
/// stops between branches when `cancel` is set.
pub fn write_packets(
    ward: &Ward,
    branches: &[&Branch],
    templates: &Templates,
    out: &Path,
    opts: &PacketOptions,
    progress: &mut dyn FnMut(&BatchProgress),
    cancel: &AtomicBool,
) -> Result<BatchReport, OpError> {
    Ok(docgen::batch::render_batch(
        ward, branches, templates, out, opts, progress, cancel,
    )?)
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
