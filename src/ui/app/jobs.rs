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
        let loading = self.poll_loading();
        loading || self.job.is_some() || self.ward_ui.batch.as_ref().is_some_and(|d| d.running())
    }

    /// Take the problems of the branches checked again since the last frame
    /// (the ward settings changed), except those of branches edited since.
    pub(super) fn poll_recheck(&mut self) {
        let Some(recheck) = &mut self.recheck else {
            return;
        };
        for c in recheck.take(std::time::Duration::from_millis(8)) {
            let here = self
                .branches
                .binary_search_by(|b| b.id.as_str().cmp(&c.id))
                .is_ok()
                || self.branches.iter().any(|b| b.id == c.id);
            if here && self.generations.get(&c.id) == c.generation {
                self.problems.set(&c.id, c.problems);
            }
        }
        if recheck.finished() {
            self.recheck = None;
        }
    }

    /// Take the branches read since the last frame into the list (sorted by
    /// id), with their problems; true while files are still being read.
    pub(super) fn poll_loading(&mut self) -> bool {
        let Some(loading) = &mut self.loading else {
            return false;
        };
        if self.branches.capacity() < loading.total() {
            // Room for every branch at once, not grown by doubling.
            self.branches
                .reserve_exact(loading.total() - self.branches.len());
        }
        let arrived = loading.take(std::time::Duration::from_millis(8));
        // The ward settings were changed since the reading began: those
        // problems are stale.
        let stale = !arrived.is_empty() && *loading.ward() != self.ward;
        let finished = loading.finished();
        let any = !arrived.is_empty();
        for a in arrived {
            match a {
                crate::ui::loading::Arrived::Branch(b, problems) => {
                    let at = self.branches.partition_point(|x| x.id < b.id);
                    // A branch of that id is here already (it cannot come
                    // from a file not read yet, but the one here wins).
                    if self.branches.get(at).is_some_and(|x| x.id == b.id) {
                        continue;
                    }
                    if stale {
                        self.problems.refresh(&self.ward, &b);
                    } else {
                        self.problems.set(&b.id, problems);
                    }
                    self.generations.bump(&b.id);
                    self.branches.insert(at, *b);
                }
                crate::ui::loading::Arrived::Failed(e) => {
                    self.load_errors.push(e.to_string());
                    self.failed_loads += 1;
                }
            }
        }
        if any {
            self.list.invalidate();
        }
        if !finished {
            return true;
        }
        self.loading = None;
        crate::ops::heap::release_freed();
        // The branch of the last run is not among the files: the first.
        if !self
            .view
            .branch
            .as_ref()
            .is_some_and(|id| self.branches.iter().any(|b| &b.id == id))
        {
            self.view.branch = self.branches.first().map(|b| b.id.clone());
        }
        false
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
        if let Some(why) = self.outputs_refused.clone() {
            if let Some(d) = &mut self.ward_ui.batch {
                d.finished = Some(Err(why));
            }
            return;
        }
        let Some(d) = &mut self.ward_ui.batch else {
            return;
        };
        if d.running() {
            return;
        }
        let chosen: Vec<Branch> = self
            .branches
            .iter()
            .filter(|b| ids.contains(&b.id))
            .cloned()
            .collect();
        let ward = self.ward.clone();
        let ws = self.ws.clone();
        let opts = PacketOptions { pdf };
        // The same batch as `daihoi render --all` (packets, congress-day
        // papers, the summary of comments); templates are read in the job.
        d.job = Some(Job::spawn(ctx, move |w| {
            let templates = crate::docgen::Templates::load(&ws).map_err(|e| e.to_string())?;
            let papers =
                crate::docgen::papers::PaperTemplates::load(&ws).map_err(|e| e.to_string())?;
            let refs: Vec<&Branch> = chosen.iter().collect();
            let run = crate::ops::Packets {
                ward: &ward,
                templates: &templates,
                papers: &papers,
                out: &out_dir,
                opts: &opts,
                workers: crate::docgen::batch::default_workers(),
            };
            crate::ops::write_packets(
                &run,
                crate::docgen::batch::Branches::Loaded(&refs),
                &mut |p| w.progress(p.clone()),
                &mut |_, _| {},
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
        if self.refuse_outputs() {
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
