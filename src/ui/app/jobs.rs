//! Background work of the app, all on [`crate::ui::job::Job`]: the packet
//! (with its PDFs) and the batch. Polled after every frame.

use super::*;
use crate::docgen::PacketOptions;
use crate::ui::job::{Job, Polled};

impl App {
    /// Take the news of every running job; true while one still runs.
    pub(super) fn poll_jobs(&mut self) -> bool {
        self.poll_job();
        self.poll_batch();
        self.job.is_some() || self.ward_ui.batch.as_ref().is_some_and(|d| d.running())
    }

    fn poll_batch(&mut self) {
        let Some(d) = &mut self.ward_ui.batch else {
            return;
        };
        let Some(job) = &mut d.job else {
            return;
        };
        let result = match job.poll() {
            Polled::Running => return,
            Polled::Finished(r) => r,
            Polled::Stopped => Err(crate::strings::ward::BATCH_STOPPED.to_string()),
        };
        d.job = None;
        d.finished = Some(result);
    }

    /// Start making the packets of the branches `ids` in `out_dir`.
    pub(super) fn start_batch(
        &mut self,
        ctx: &egui::Context,
        ids: &[String],
        out_dir: PathBuf,
        pdf: bool,
    ) {
        let Some(d) = &mut self.ward_ui.batch else {
            return;
        };
        if d.running() {
            return;
        }
        let templates = match crate::docgen::Templates::load(&self.ws) {
            Ok(t) => t,
            Err(e) => {
                d.finished = Some(Err(e.to_string()));
                return;
            }
        };
        let chosen: Vec<Branch> = self
            .branches
            .iter()
            .filter(|b| ids.contains(&b.id))
            .cloned()
            .collect();
        let ward = self.ward.clone();
        let opts = PacketOptions { pdf };
        d.job = Some(Job::spawn(ctx, move |w| {
            let refs: Vec<&Branch> = chosen.iter().collect();
            crate::ops::write_packets(
                &ward,
                &refs,
                &templates,
                &out_dir,
                &opts,
                &mut |p| w.progress(p.clone()),
                w.cancel_flag(),
            )
            .map_err(|e| e.to_string())
        }));
    }

    fn poll_job(&mut self) {
        let Some(job) = &mut self.job else {
            return;
        };
        let Some(result) = job.poll() else {
            return;
        };
        self.job = None;
        match result {
            Ok(o) => {
                let text = if o.failed.is_empty() {
                    msg::packet_done(o.files.len(), &o.folder)
                } else {
                    format!(
                        "{} {}",
                        msg::packet_done(o.files.len(), &o.folder),
                        msg::packet_partly(o.failed.len())
                    )
                };
                self.notice = Some(Notice {
                    text,
                    error: !o.failed.is_empty(),
                });
                self.output = Some(o);
            }
            Err(e) => {
                self.notice = Some(Notice {
                    text: msg::packet_failed(&e),
                    error: true,
                })
            }
        }
    }

    /// Wait for the packet being made (tests; the UI itself never blocks).
    pub fn wait_for_packet(&mut self, timeout: std::time::Duration) -> bool {
        let start = std::time::Instant::now();
        while self.job.is_some() {
            if start.elapsed() > timeout {
                return false;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
            self.poll_job();
        }
        true
    }

    pub fn packet_running(&self) -> bool {
        self.job.is_some()
    }

    /// Make the selected branch's packet. Unless `confirmed`, first say which
    /// documents still have empty sections (issue 11) and let the user
    /// choose; the packet is then written with dotted lines and "(Dự thảo)".
    pub(super) fn create_packet(&mut self, ctx: &egui::Context, confirmed: bool) {
        if self.job.is_some() {
            self.notice = Some(Notice {
                text: msg::PACKET_BUSY.into(),
                error: true,
            });
            return;
        }
        let Some(b) = self.selected() else {
            return;
        };
        if !confirmed {
            if let Some(text) = crate::ops::unfinished_warning(&self.ward, b, &self.templates) {
                self.dialog = Some(crate::ui::dialogs::Dialog::ConfirmUnfinished { text });
                return;
            }
        }
        let folder = crate::ops::branch_folder(&self.export_base(), b);
        self.job = Some(PacketJob::start(
            ctx,
            &self.ward,
            b,
            &self.templates,
            folder,
            self.view.with_pdf,
        ));
        self.notice = None;
    }
}
