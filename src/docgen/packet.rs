//! The printable packet of a branch: each document as its own .docx, one
//! combined .docx, and PDFs when asked and LibreOffice is there.

use super::layout::{self, Document};
use super::{DocgenError, Templates, build, build_word, packet_kinds, pdf, safe_file_name};
use crate::model::{Branch, DocKind, Ward};
use crate::strings::{docgen as msg, labels};
use std::path::{Path, PathBuf};

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
/// first: with an error nothing is written. A file that cannot be replaced
/// (open in Word) is reported in [`PacketReport::failed`], the rest is still
/// written; an existing file is only replaced once the new one is complete.
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
    std::fs::create_dir_all(out_dir).map_err(|source| DocgenError::OutDir {
        path: out_dir.to_path_buf(),
        source,
    })?;
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
    let mut word_made = false;
    for (i, (kind, number)) in kinds.iter().enumerate() {
        let doc = build(ward, b, *kind, templates);
        let empty = super::empty_sections(ward, b, *kind, templates);
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
                write(&out_dir.join(name), &bytes?, &mut report);
                word_made = true;
            }
            None => {
                let bytes = layout::to_docx(std::slice::from_ref(&doc))?;
                write(&out_dir.join(name), &bytes, &mut report);
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
        // Documents from office Word templates carry their own styles and
        // headers, which the combined file cannot merge yet: say so rather
        // than combine the built-in layout under the office's name.
        let path = out_dir.join(name);
        let why = msg::packet_without_word_templates(&path);
        report.failed.push((path, why));
    } else {
        let bytes = layout::to_docx(&docs)?;
        write(&out_dir.join(name), &bytes, &mut report);
    }
    sync_folder(out_dir);
    progress(Progress {
        done: total,
        total,
        current: String::new(),
    });
    if opts.pdf {
        pdf::convert_all(&report.written.clone(), out_dir, &mut report);
    }
    Ok(report)
}

/// Replace `path` with `bytes`: a temporary file renamed over it, so an
/// existing file is only replaced once the new one is complete. No fsync per
/// file: outputs can be made again at any time, and the packet's folder is
/// synced once when the packet is complete ([`sync_folder`]).
fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".daihoi-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// One sync of the folder's entries once its files are written (where the
/// system allows opening a folder; elsewhere nothing to do).
fn sync_folder(dir: &Path) {
    if let Ok(f) = std::fs::File::open(dir) {
        let _ = f.sync_all();
    }
}

fn write(path: &Path, bytes: &[u8], report: &mut PacketReport) {
    match replace(path, bytes) {
        Ok(()) => report.written.push(path.to_path_buf()),
        Err(source) => {
            let e = crate::store::WriteError {
                path: path.to_path_buf(),
                source,
            };
            report.failed.push((
                path.to_path_buf(),
                format!("{e} {}", msg::OTHERS_STILL_WRITTEN),
            ))
        }
    }
}
