//! Packets of many branches at once (`daihoi render --all`, the app's batch
//! dialog): one folder per branch, a progress callback, cancel between
//! branches. One branch's failure does not stop the others; each outcome
//! is reported.

use super::packet::{PacketOptions, PacketReport, Progress, render_packet};
use super::{DocgenError, Templates, safe_file_name};
use crate::model::{Branch, Ward};
use crate::strings::docgen as msg;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// Where the batch is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchProgress {
    /// Branches finished.
    pub done: usize,
    pub total: usize,
    /// The branch being made, and its packet's own progress.
    pub branch: String,
    pub packet: Progress,
}

impl BatchProgress {
    /// Overall fraction 0..=1, counting the current packet's documents.
    pub fn fraction(&self) -> f32 {
        if self.total == 0 {
            return 1.0;
        }
        let inner = if self.packet.total == 0 {
            0.0
        } else {
            self.packet.done as f32 / self.packet.total as f32
        };
        ((self.done as f32 + inner) / self.total as f32).min(1.0)
    }
}

/// One branch's outcome.
#[derive(Debug, Clone)]
pub struct BranchOutcome {
    pub branch_id: String,
    pub branch_name: String,
    pub dir: PathBuf,
    /// The packet, or why it could not be made at all (Vietnamese).
    pub result: Result<PacketReport, String>,
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
}

impl BatchReport {
    pub fn failed(&self) -> impl Iterator<Item = &BranchOutcome> {
        self.outcomes.iter().filter(|o| !o.ok())
    }
}

/// The folder of a branch's packet inside the batch's `out` folder.
pub fn branch_dir(out: &Path, b: &Branch) -> PathBuf {
    out.join(safe_file_name(&msg::branch_folder(&b.name, &b.id)))
}

/// Make the packets of `branches` under `out`, one folder each. The
/// templates are checked once first (an error: nothing is written).
/// `cancel` is looked at before each branch and after each document: the
/// packet under way is finished (so no branch is left half-written), the
/// rest are not started.
pub fn render_batch(
    ward: &Ward,
    branches: &[&Branch],
    templates: &Templates,
    out: &Path,
    opts: &PacketOptions,
    progress: &mut dyn FnMut(&BatchProgress),
    cancel: &AtomicBool,
) -> Result<BatchReport, DocgenError> {
    let errors = templates.check(ward);
    if !errors.is_empty() {
        return Err(DocgenError::Templates(errors));
    }
    let total = branches.len();
    let mut report = BatchReport::default();
    for (i, b) in branches.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            report.cancelled = true;
            break;
        }
        let dir = branch_dir(out, b);
        let mut stopped = false;
        let result = render_packet(ward, b, templates, &dir, opts, &mut |p| {
            if cancel.load(Ordering::Relaxed) {
                stopped = true;
            }
            progress(&BatchProgress {
                done: i,
                total,
                branch: b.name.clone(),
                packet: p,
            });
        });
        report.outcomes.push(BranchOutcome {
            branch_id: b.id.clone(),
            branch_name: b.name.clone(),
            dir,
            result: result.map_err(|e| e.to_string()),
        });
        if stopped {
            report.cancelled = true;
            break;
        }
    }
    progress(&BatchProgress {
        done: report.outcomes.len(),
        total,
        branch: String::new(),
        packet: Progress {
            done: 0,
            total: 0,
            current: String::new(),
        },
    });
    Ok(report)
}
