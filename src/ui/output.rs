//! Documents out of the app: export one document, the packet in a
//! background [`Job`] with progress, open the result, print it.

use super::job::{Job, Polled};
use crate::docgen::{self, PacketOptions, PacketReport, Progress, Templates};
use crate::model::{Branch, DocKind, Ward};
use crate::strings::ui as msg;
use std::path::{Path, PathBuf};

/// What was last written for the user to open or print.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub branch: String,
    pub folder: PathBuf,
    /// The file "Mở tệp" opens: the document, or the combined packet.
    pub main: PathBuf,
    /// The PDF of `main` when LibreOffice made one.
    pub pdf: Option<PathBuf>,
    /// Files written (documents, combined packet, PDFs).
    pub files: Vec<PathBuf>,
    /// Files that could not be written, with the reason.
    pub failed: Vec<String>,
}

/// The folder a branch's documents go to.
pub fn branch_folder(base: &Path, b: &Branch) -> PathBuf {
    base.join(docgen::safe_file_name(
        &crate::strings::docgen::branch_folder(&b.name, &b.id),
    ))
}

/// Write one document of `b` into `folder`.
pub fn export_document(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
    folder: &Path,
) -> Result<Output, String> {
    let bytes = docgen::render_document(ward, b, kind, templates).map_err(|e| e.to_string())?;
    let number = docgen::packet_kinds(ward, b, templates)
        .into_iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, n)| n)
        .unwrap_or(1);
    std::fs::create_dir_all(folder).map_err(|e| msg::write_failed(folder, &e.to_string()))?;
    let path = folder.join(docgen::document_file_name(b, number, kind));
    crate::store::write_atomic(&path, &bytes, None)
        .map_err(|e| msg::write_failed(&path, &e.to_string()))?;
    Ok(Output {
        branch: b.id.clone(),
        folder: folder.to_path_buf(),
        main: path.clone(),
        pdf: None,
        files: vec![path],
        failed: Vec::new(),
    })
}

/// A packet being made in a background thread.
pub struct PacketJob {
    pub branch: String,
    pub folder: PathBuf,
    job: Job<Progress, Result<PacketReport, String>>,
}

impl PacketJob {
    /// Start making the packet of `b` in `folder`; the UI keeps running.
    pub fn start(
        ctx: &eframe::egui::Context,
        ward: &Ward,
        b: &Branch,
        templates: &Templates,
        folder: PathBuf,
        pdf: bool,
    ) -> PacketJob {
        let (ward, branch, templates, out) =
            (ward.clone(), b.clone(), templates.clone(), folder.clone());
        let job = Job::spawn(ctx, move |w| {
            docgen::render_packet(
                &ward,
                &branch,
                &templates,
                &out,
                &PacketOptions { pdf },
                &mut |p| w.progress(p),
            )
            .map_err(|e| e.to_string())
        });
        PacketJob {
            branch: b.id.clone(),
            folder,
            job,
        }
    }

    /// The result once the packet is made; `None` while it runs.
    pub fn poll(&mut self) -> Option<Result<Output, String>> {
        match self.job.poll() {
            Polled::Running => None,
            Polled::Finished(result) => Some(result.map(|r| self.output(r))),
            Polled::Stopped => Some(Err(msg::PACKET_STOPPED.to_string())),
        }
    }

    fn output(&self, r: PacketReport) -> Output {
        let main = r
            .written
            .last()
            .cloned()
            .unwrap_or_else(|| self.folder.clone());
        let pdf = main
            .file_stem()
            .map(|stem| self.folder.join(stem).with_extension("pdf"))
            .filter(|p| r.pdfs.contains(p));
        let mut failed: Vec<String> = r.failed.into_iter().map(|(_, why)| why).collect();
        failed.extend(r.pdf_note);
        let mut files = r.written;
        files.extend(r.pdfs);
        Output {
            branch: self.branch.clone(),
            folder: self.folder.clone(),
            main,
            pdf,
            files,
            failed,
        }
    }

    /// The progress line for the UI.
    pub fn label(&self) -> String {
        match self.job.progress() {
            Some(p) => msg::packet_progress(p.done, p.total, &p.current),
            None => msg::PACKET_RUNNING.to_string(),
        }
    }

    /// 0.0 ..= 1.0.
    pub fn fraction(&self) -> f32 {
        match self.job.progress() {
            Some(p) if p.total > 0 => p.done as f32 / p.total as f32,
            _ => 0.0,
        }
    }
}
