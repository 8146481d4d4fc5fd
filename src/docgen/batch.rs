//! Packets of many branches at once (`daihoi render --all`, the app's batch
//! dialog): one folder per branch, a progress callback, cancel between
//! branches. One branch's failure does not stop the others; each outcome
//! is reported.
//!
//! Memory stays flat whatever the number of branches: a branch is loaded
//! (when it comes from a file), rendered, written and dropped, and only its
//! summary ([`BranchOutcome`]) is kept. Branches are made by a few worker
//! threads (one per core, at most [`MAX_WORKERS`]); the calling thread hands
//! out the branches in order, runs the callbacks and decides on cancel, so
//! callbacks need not be `Send` and the output is the same byte for byte as
//! one branch after another.

use super::packet::{Leftovers, PacketOptions, PacketReport, Progress, render_checked};
use super::{DocgenError, Templates, safe_file_name};
use crate::model::{Branch, DocKind, Ward};
use crate::store::Workspace;
use crate::strings::docgen as msg;
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

/// More threads than this gain nothing on an office PC's disk.
pub const MAX_WORKERS: usize = 4;

/// Worker threads for a batch on this machine: its cores, 1 to [`MAX_WORKERS`].
pub fn default_workers() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, MAX_WORKERS)
}

/// Where the batch is.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchProgress {
    /// Branches finished.
    pub done: usize,
    pub total: usize,
    /// The branch that reported last, and its packet's own progress.
    pub branch: String,
    pub packet: Progress,
    /// Overall fraction 0..=1: finished branches plus the share done of
    /// those under way. Never goes down.
    pub overall: f32,
}

impl BatchProgress {
    /// Overall fraction 0..=1, counting the packets under way.
    pub fn fraction(&self) -> f32 {
        if self.total == 0 {
            return 1.0;
        }
        self.overall.clamp(0.0, 1.0)
    }
}

/// What is kept of a packet once it is written: counts and what went wrong.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PacketSummary {
    /// .docx files written (the combined packet included).
    pub written: usize,
    pub pdfs: usize,
    /// Files that could not be written, with the Vietnamese reason.
    pub failed: Vec<(PathBuf, String)>,
    /// Documents not made for this branch (`@when`).
    pub skipped: Vec<DocKind>,
    /// Why PDFs were not made, when asked for.
    pub pdf_note: Option<String>,
    /// Documents with empty sections (printed with dotted lines).
    pub unfinished: usize,
}

impl From<&PacketReport> for PacketSummary {
    fn from(r: &PacketReport) -> Self {
        PacketSummary {
            written: r.written.len(),
            pdfs: r.pdfs.len(),
            failed: r.failed.clone(),
            skipped: r.skipped.clone(),
            pdf_note: r.pdf_note.clone(),
            unfinished: r.unfinished.len(),
        }
    }
}

/// One branch's outcome.
#[derive(Debug, Clone)]
pub struct BranchOutcome {
    pub branch_id: String,
    pub branch_name: String,
    pub dir: PathBuf,
    /// The packet, or why it could not be made at all (Vietnamese).
    pub result: Result<PacketSummary, String>,
}

impl BranchOutcome {
    /// Made completely: every file written.
    pub fn ok(&self) -> bool {
        self.result.as_ref().is_ok_and(|r| r.failed.is_empty())
    }
}

/// What the batch did.
#[derive(Debug, Clone, Default)]
pub struct BatchReport {
    /// In the order of the branches given; branches not reached after a
    /// cancel are absent.
    pub outcomes: Vec<BranchOutcome>,
    pub cancelled: bool,
    /// Files for the whole batch written after the branches (the ward's
    /// summary of draft comments, see [`crate::ops::write_packets`]).
    pub ward_written: Vec<PathBuf>,
    /// Those that could not be written, with the Vietnamese reason.
    pub ward_failed: Vec<(PathBuf, String)>,
}

impl BatchReport {
    pub fn failed(&self) -> impl Iterator<Item = &BranchOutcome> {
        self.outcomes.iter().filter(|o| !o.ok())
    }

    /// Packets made, and how many of them still have a document with empty
    /// sections.
    pub fn made_and_unfinished(&self) -> (usize, usize) {
        let made: Vec<&PacketSummary> = self
            .outcomes
            .iter()
            .filter_map(|o| o.result.as_ref().ok())
            .collect();
        let unfinished = made.iter().filter(|s| s.unfinished > 0).count();
        (made.len(), unfinished)
    }
}

/// The folder of a branch's packet inside the batch's `out` folder:
/// "Tên chi bộ (ma-chi-bo)". Unique by construction: ids are unique and
/// lower-case, so two branches with the same name, or names differing only
/// in case (one folder on Windows), never share a folder.
pub fn branch_dir(out: &Path, b: &Branch) -> PathBuf {
    let name = if b.name.trim().is_empty() {
        String::new()
    } else {
        crate::vi::safe_file_name_within(&b.name, FOLDER_NAME_CHARS)
    };
    let id = if crate::store::is_valid_id(&b.id) {
        b.id.clone()
    } else {
        crate::vi::slug(&b.id)
    };
    out.join(msg::branch_folder(&name, &id))
}

/// The branch's name in its folder's name is cut to this many characters,
/// so that paths stay under Windows' limit.
const FOLDER_NAME_CHARS: usize = 50;

/// The branches of a batch.
#[derive(Clone, Copy)]
pub enum Branches<'a> {
    /// Already in memory (the app).
    Loaded(&'a [&'a Branch]),
    /// Files of a workspace, by id, each read only when its turn comes
    /// (`daihoi render --all`).
    Files(&'a Workspace, &'a [String]),
}

impl Branches<'_> {
    fn len(&self) -> usize {
        match self {
            Branches::Loaded(b) => b.len(),
            Branches::Files(_, ids) => ids.len(),
        }
    }

    fn get(&self, i: usize) -> Result<Cow<'_, Branch>, (String, String)> {
        match self {
            Branches::Loaded(b) => Ok(Cow::Borrowed(b[i])),
            Branches::Files(ws, ids) => ws
                .load_branch(&ids[i])
                .map(Cow::Owned)
                .map_err(|e| (ids[i].clone(), e.to_string())),
        }
    }
}

/// How a batch runs.
#[derive(Clone, Copy)]
pub struct BatchRun<'a> {
    pub ward: &'a Ward,
    pub templates: &'a Templates,
    pub out: &'a Path,
    pub opts: &'a PacketOptions,
    /// Worker threads; 1 makes the branches one after another here.
    pub workers: usize,
    /// More files to make for each branch after its packet (in the worker,
    /// given the branch and its folder); what it wrote or could not write
    /// is added to the packet's report.
    pub also: Option<&'a (dyn Fn(&Branch, &Path) -> PacketReport + Sync)>,
}

/// Make the packets of `branches` under `out`, one folder each, on
/// [`default_workers`] threads. The templates are checked once first (an
/// error: nothing is written). `cancel` is looked at before each branch and
/// after each document: the packets under way are finished (so no branch is
/// left half-written), no other is started.
pub fn render_batch(
    ward: &Ward,
    branches: &[&Branch],
    templates: &Templates,
    out: &Path,
    opts: &PacketOptions,
    progress: &mut dyn FnMut(&BatchProgress),
    cancel: &AtomicBool,
) -> Result<BatchReport, DocgenError> {
    let run = BatchRun {
        ward,
        templates,
        out,
        opts,
        workers: default_workers(),
        also: None,
    };
    run_batch(
        &run,
        Branches::Loaded(branches),
        progress,
        &mut |_, _| {},
        cancel,
    )
}

/// What a worker tells the calling thread.
enum Event {
    Progress(usize, String, Progress),
    Done(usize, usize, BranchOutcome, Option<PacketReport>),
}

/// The batch in full: `each` gets every branch's outcome with its full
/// packet report (the paths written), in the order of `branches`, as soon
/// as that branch and those before it are done; only the outcome is kept.
pub fn run_batch(
    run: &BatchRun,
    branches: Branches,
    progress: &mut dyn FnMut(&BatchProgress),
    each: &mut dyn FnMut(&BranchOutcome, Option<&PacketReport>),
    cancel: &AtomicBool,
) -> Result<BatchReport, DocgenError> {
    let errors = run.templates.check(run.ward);
    if !errors.is_empty() {
        return Err(DocgenError::Templates(errors));
    }
    let total = branches.len();
    let workers = run.workers.clamp(1, total.max(1));
    // What killed renders left in `out`, looked for once for every branch.
    let leftovers = Leftovers::scan(run.out);
    let leftovers = &leftovers;
    let mut state = State {
        total,
        next: 0,
        finished: 0,
        under_way: vec![None; workers],
        overall: 0.0,
        pending: Vec::new(),
        report: BatchReport::default(),
    };
    if workers == 1 {
        // Here, one after another: the same events without threads.
        while let Some(i) = state.hand_out(cancel) {
            let mut send = |e: Event| state.handle(e, progress, each);
            make_one(run, &branches, leftovers, 0, i, &mut send);
        }
    } else {
        std::thread::scope(|s| {
            let (events_tx, events) = mpsc::channel::<Event>();
            let mut jobs = Vec::with_capacity(workers);
            for w in 0..workers {
                let (job_tx, job_rx) = mpsc::channel::<usize>();
                jobs.push(job_tx);
                let events_tx = events_tx.clone();
                let branches = branches;
                s.spawn(move || {
                    // A worker makes the branch it is handed, then waits
                    // for the next: the calling thread decides, so a cancel
                    // set in a callback is seen before any branch starts.
                    for i in job_rx {
                        let mut send = |e: Event| {
                            let _ = events_tx.send(e);
                        };
                        // A bug in one branch's documents must not leave the
                        // calling thread waiting for this worker forever.
                        let made = crate::caught::catch(|| {
                            make_one(run, &branches, leftovers, w, i, &mut send)
                        });
                        if made.is_err() {
                            send(Event::Done(w, i, crashed(run, &branches, i), None));
                        }
                    }
                });
            }
            drop(events_tx);
            let mut idle: Vec<usize> = (0..workers).rev().collect();
            loop {
                while let Some(&w) = idle.last() {
                    match state.hand_out(cancel) {
                        Some(i) => {
                            idle.pop();
                            state.under_way[w] = Some(0.0);
                            let _ = jobs[w].send(i);
                        }
                        None => break,
                    }
                }
                if idle.len() == workers {
                    break;
                }
                let Ok(e) = events.recv() else { break };
                if let Event::Done(w, ..) = &e {
                    idle.push(*w);
                }
                state.handle(e, progress, each);
            }
            // Closing the job channels ends the workers.
            drop(jobs);
        });
    }
    // The packets' folders were moved into `out` unsynced: once for all.
    crate::store::sync_dir(run.out);
    progress(&BatchProgress {
        done: state.report.outcomes.len(),
        total,
        branch: String::new(),
        packet: Progress {
            done: 0,
            total: 0,
            current: String::new(),
        },
        overall: if state.report.cancelled {
            state.overall
        } else {
            1.0
        },
    });
    Ok(state.report)
}

/// Make branch `i` on worker `w`, telling `send` how it goes.
fn make_one(
    run: &BatchRun,
    branches: &Branches,
    leftovers: &Leftovers,
    w: usize,
    i: usize,
    send: &mut dyn FnMut(Event),
) {
    let (outcome, report) = match branches.get(i) {
        Err((id, why)) => (
            BranchOutcome {
                dir: run.out.join(safe_file_name(&id)),
                branch_name: id.clone(),
                branch_id: id,
                result: Err(why),
            },
            None,
        ),
        Ok(b) => {
            let dir = branch_dir(run.out, &b);
            // The templates were checked once before the first branch.
            let mut result = render_checked(
                run.ward,
                &b,
                run.templates,
                &dir,
                run.opts,
                leftovers,
                false,
                &mut |p| send(Event::Progress(w, b.name.clone(), p)),
            );
            if let (Ok(report), Some(also)) = (&mut result, run.also) {
                let more = also(&b, &dir);
                report.written.extend(more.written);
                report.pdfs.extend(more.pdfs);
                report.failed.extend(more.failed);
                if report.pdf_note.is_none() {
                    report.pdf_note = more.pdf_note;
                }
            }
            let summary = result
                .as_ref()
                .map(PacketSummary::from)
                .map_err(|e| e.to_string());
            (
                BranchOutcome {
                    branch_id: b.id.clone(),
                    branch_name: b.name.clone(),
                    dir,
                    result: summary,
                },
                result.ok(),
            )
        }
    };
    send(Event::Done(w, i, outcome, report));
}

/// The outcome of branch `i` when making it panicked.
fn crashed(run: &BatchRun, branches: &Branches, i: usize) -> BranchOutcome {
    let (id, name, dir) = match branches {
        Branches::Loaded(b) => (
            b[i].id.clone(),
            b[i].name.clone(),
            branch_dir(run.out, b[i]),
        ),
        Branches::Files(_, ids) => (ids[i].clone(), ids[i].clone(), run.out.join(&ids[i])),
    };
    BranchOutcome {
        result: Err(msg::batch_branch_crashed(&name)),
        branch_id: id,
        branch_name: name,
        dir,
    }
}

/// The calling thread's book-keeping.
struct State {
    total: usize,
    /// The next branch to hand out.
    next: usize,
    finished: usize,
    /// Per worker: the fraction of its packet done, when it has one.
    under_way: Vec<Option<f32>>,
    overall: f32,
    /// Finished out of order, waiting for those before them.
    pending: Vec<(usize, BranchOutcome, Option<PacketReport>)>,
    report: BatchReport,
}

impl State {
    fn hand_out(&mut self, cancel: &AtomicBool) -> Option<usize> {
        if self.next >= self.total {
            return None;
        }
        if cancel.load(Ordering::Relaxed) {
            self.report.cancelled = true;
            return None;
        }
        self.next += 1;
        Some(self.next - 1)
    }

    fn handle(
        &mut self,
        e: Event,
        progress: &mut dyn FnMut(&BatchProgress),
        each: &mut dyn FnMut(&BranchOutcome, Option<&PacketReport>),
    ) {
        match e {
            Event::Progress(w, branch, packet) => {
                let f = if packet.total == 0 {
                    0.0
                } else {
                    packet.done as f32 / packet.total as f32
                };
                if let Some(slot) = self.under_way.get_mut(w) {
                    *slot = Some(f);
                }
                self.report_progress(branch, packet, progress);
            }
            Event::Done(w, i, outcome, report) => {
                if let Some(slot) = self.under_way.get_mut(w) {
                    *slot = None;
                }
                self.finished += 1;
                let name = outcome.branch_name.clone();
                self.pending.push((i, outcome, report));
                // Hand on every outcome whose turn has come, in order.
                while let Some(k) = self
                    .pending
                    .iter()
                    .position(|(j, ..)| *j == self.report.outcomes.len())
                {
                    let (_, outcome, report) = self.pending.swap_remove(k);
                    each(&outcome, report.as_ref());
                    self.report.outcomes.push(outcome);
                }
                let done = Progress {
                    done: 1,
                    total: 1,
                    current: String::new(),
                };
                self.report_progress(name, done, progress);
            }
        }
    }

    fn report_progress(
        &mut self,
        branch: String,
        packet: Progress,
        progress: &mut dyn FnMut(&BatchProgress),
    ) {
        let share: f32 = self.under_way.iter().flatten().sum();
        let overall = if self.total == 0 {
            1.0
        } else {
            ((self.finished as f32 + share) / self.total as f32).min(1.0)
        };
        self.overall = self.overall.max(overall);
        progress(&BatchProgress {
            done: self.finished,
            total: self.total,
            branch,
            packet,
            overall: self.overall,
        });
    }
}
