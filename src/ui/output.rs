//! Documents out of the app: what was written, the packet in a background
//! [`Job`] with progress, printing.

use super::job::{Job, Polled};
use crate::docgen::{PacketOptions, PacketReport, Progress, Templates};
use crate::model::{Branch, Ward};
use crate::strings::ui as msg;
use std::path::PathBuf;

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

impl Output {
    /// One file written (a document, a paper).
    pub fn single(branch: &str, folder: PathBuf, path: PathBuf) -> Output {
        Output {
            branch: branch.to_string(),
            folder,
            main: path.clone(),
            pdf: None,
            files: vec![path],
            failed: Vec::new(),
        }
    }
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
            crate::ops::write_packet(
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
