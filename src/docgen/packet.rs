//! The printable packet of a branch: each document as its own .docx, one
//! combined .docx, and PDFs when asked and LibreOffice is there.

use super::layout::{self, Document};
use super::{
    DocgenError, Templates, build_with_empty, build_word, packet_kinds, pdf, safe_file_name,
};
use crate::model::{Branch, DocKind, Ward};
use crate::rules::labels;
use crate::strings::docgen as msg;
use std::path::{Path, PathBuf};

mod staging;

#[derive(Debug, Clone, Default)]
pub struct PacketOptions {
    /// Also convert every file to PDF through LibreOffice.
    pub pdf: bool,
}

/// How far the packet is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    /// The file being written.
    pub current: String,
}

/// What was written, and what could not be.
#[derive(Debug, Clone, Default)]
pub struct PacketReport {
    /// .docx files written, the combined packet last.
    pub written: Vec<PathBuf>,
    pub pdfs: Vec<PathBuf>,
    /// Files that could not be written, with the Vietnamese reason (a file
    /// open in Word, for instance). The others were still written.
    pub failed: Vec<(PathBuf, String)>,
    /// Documents not made for this branch (`@when`), e.g. the committee's
    /// self-review where there is no committee.
    pub skipped: Vec<DocKind>,
    /// Why PDFs were not made, when asked for (LibreOffice missing).
    pub pdf_note: Option<String>,
    /// Documents written with sections still empty (their headings): they
    /// carry dotted lines and "(Dự thảo)".
    pub unfinished: Vec<(DocKind, Vec<String>)>,
}

/// "01 - Báo cáo chính trị.docx"; the resolution of a held congress is
/// "… - Nghị quyết đại hội.docx" (adopted, no longer a draft).
pub fn document_file_name(b: &Branch, number: u32, kind: DocKind) -> String {
    safe_file_name(&format!(
        "{number:02} - {}",
        labels::doc_title(kind, b.results.held)
    )) + ".docx"
}

/// Write the packet of branch `b` into `out_dir`. The templates are checked
/// first: with an error nothing is written.
///
/// The packet is written into a fresh folder beside `out_dir` and moved into
/// place when complete, so `out_dir` holds either the old packet or the new
/// one, never a mix: documents the new packet no longer has do not linger,
/// and a render killed midway leaves the old packet as it was. Files in
/// `out_dir` that daihoi did not write there are kept. When the folder
/// cannot be moved (on Windows, a file of it open in Word), the files are
/// replaced one by one instead: one held open is reported in
/// [`PacketReport::failed`] and the rest is still written.
pub fn render_packet(
    ward: &Ward,
    b: &Branch,
    templates: &Templates,
    out_dir: &Path,
    opts: &PacketOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<PacketReport, DocgenError> {
    let errors = templates.check(ward);
    if !errors.is_empty() {
        return Err(DocgenError::Templates(errors));
    }
    let leftovers = Leftovers::scan(&staging::parent_of(out_dir));
    render_checked(
        ward, b, templates, out_dir, opts, &leftovers, true, progress,
    )
}

/// What killed renders left in a folder of packets, looked for once (a
/// batch looks once for all its branches instead of once per branch).
pub use staging::Leftovers;

/// [`render_packet`] with the templates already checked and `leftovers`
/// those of `out_dir`'s parent. With `sync_parent` false the parent's
/// entries are not synced (a batch syncs the folder once at its end).
#[allow(clippy::too_many_arguments)]
pub(crate) fn render_checked(
    ward: &Ward,
    b: &Branch,
    templates: &Templates,
    out_dir: &Path,
    opts: &PacketOptions,
    leftovers: &Leftovers,
    sync_parent: bool,
    progress: &mut dyn FnMut(Progress),
) -> Result<PacketReport, DocgenError> {
    let out_dir_err = |source| DocgenError::OutDir {
        path: out_dir.to_path_buf(),
        source,
    };
    let parent = staging::parent_of(out_dir);
    crate::store::create_dir_synced(&parent).map_err(out_dir_err)?;
    if out_dir.exists() && !out_dir.is_dir() {
        // A file in the folder's place: the system's own error says so.
        crate::store::create_dir_synced(out_dir).map_err(out_dir_err)?;
    }
    staging::recover(out_dir, leftovers);
    let stage = staging::Stage::new(out_dir).map_err(out_dir_err)?;
    let mut report = write_packet_files(ward, b, templates, out_dir, stage.path(), progress)?;
    if opts.pdf {
        pdf::convert_all(&report.written.clone(), stage.path(), &mut report);
    }
    stage
        .finish(&mut report, sync_parent)
        .map_err(out_dir_err)?;
    Ok(report)
}

/// Write the documents and the combined file into `dir`, named to fit
/// within Windows' path limit once in `out_dir`.
fn write_packet_files(
    ward: &Ward,
    b: &Branch,
    templates: &Templates,
    out_dir: &Path,
    dir: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<PacketReport, DocgenError> {
    let kinds = packet_kinds(ward, b, templates);
    let mut report = PacketReport {
        skipped: DocKind::ALL
            .iter()
            .filter(|k| !kinds.iter().any(|(x, _)| x == *k))
            .copied()
            .collect(),
        ..PacketReport::default()
    };
    let total = kinds.len() + 1;
    let mut docs: Vec<Document> = Vec::with_capacity(kinds.len());
    // Each document's own .docx, for the combined file when a Word
    // template is in use.
    let mut packages: Vec<Vec<u8>> = Vec::with_capacity(kinds.len());
    let mut word_made = false;
    for (i, (kind, number)) in kinds.iter().enumerate() {
        // One layout gives the document and its empty sections.
        let (doc, empty) = build_with_empty(ward, b, *kind, templates)?;
        if !empty.is_empty() {
            report.unfinished.push((*kind, empty));
        }
        let name = document_file_name(b, *number, *kind);
        progress(Progress {
            done: i,
            total,
            current: name.clone(),
        });
        match build_word(ward, b, *kind, templates) {
            // An office Word template: its own file, with its own styles.
            Some(bytes) => {
                let bytes = bytes?;
                write(out_dir, dir, &name, &bytes, &mut report);
                packages.push(bytes);
                word_made = true;
            }
            None => {
                let bytes = layout::to_docx(std::slice::from_ref(&doc))?;
                write(out_dir, dir, &name, &bytes, &mut report);
                packages.push(bytes);
            }
        }
        docs.push(doc);
    }
    let name = safe_file_name(&msg::packet_file(&b.name)) + ".docx";
    progress(Progress {
        done: kinds.len(),
        total,
        current: name.clone(),
    });
    if word_made {
        // Documents from office Word templates carry their own styles,
        // headers and page setup: the combined file is the documents'
        // packages merged, each its own section with page numbers from 1.
        let bytes = super::word::merge::merge(&packages)?;
        write(out_dir, dir, &name, &bytes, &mut report);
    } else {
        let bytes = layout::to_docx(&docs)?;
        write(out_dir, dir, &name, &bytes, &mut report);
    }
    progress(Progress {
        done: total,
        total,
        current: String::new(),
    });
    Ok(report)
}

/// Replace `path` with `bytes`: a temporary file renamed over it, so an
/// existing file is only replaced once the new one is complete. No fsync per
/// file: outputs can be made again at any time, and the packet's folder is
/// synced once when the packet is complete.
pub(super) fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    crate::store::replace_unsynced(path, bytes)
}

/// A new file `path` holding `bytes` (an error if it exists).
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = std::fs::File::create_new(path)?;
    std::io::Write::write_all(&mut f, bytes)
}

/// Write `name` into `dir` (the staging folder), under the name it will
/// have in `out_dir` cut to fit Windows' path limit there.
fn write(out_dir: &Path, dir: &Path, name: &str, bytes: &[u8], report: &mut PacketReport) {
    let (stem, ext) = match name.rfind('.') {
        Some(i) => name.split_at(i),
        None => (name, ""),
    };
    let Some(fitted) = crate::vi::fit_path(out_dir, stem, ext) else {
        let path = out_dir.join(name);
        let why = msg::path_too_long(&path);
        report.failed.push((path, why));
        return;
    };
    let path = dir.join(fitted.file_name().unwrap_or_default());
    // The staging folder is new and this process's own: the file is
    // written in place (the folder as a whole replaces the old packet).
    match write_new(&path, bytes) {
        Ok(()) => report.written.push(path),
        Err(source) => {
            let e = crate::store::WriteError {
                path: fitted.clone(),
                source,
            };
            report
                .failed
                .push((fitted, format!("{e} {}", msg::OTHERS_STILL_WRITTEN)))
        }
    }
}
