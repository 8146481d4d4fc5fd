//! Every branch checked again against new ward settings, off the UI
//! thread: at province scale (thousands of branches) checking them all
//! takes long enough to freeze the window. A thread checks a copy of the
//! branches, each with its edit number ([`super::generations`]); the app
//! takes the results before each frame and keeps only those of branches
//! not edited since (an edit checks its branch again itself).

use crate::model::{Branch, Ward};
use crate::rules::{Problem, validate};
use crate::strings::loading as msg;
use eframe::egui::{self, Ui};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

/// One branch checked: its id, the edit number it was checked at, its problems.
pub struct Checked {
    pub id: String,
    pub generation: u64,
    pub problems: Vec<Problem>,
}

/// A check of every branch under way.
pub struct Recheck {
    rx: Receiver<Checked>,
    total: usize,
    received: usize,
    /// The thread ended (all sent, or it stopped).
    ended: bool,
    stop: Arc<AtomicBool>,
    started: Instant,
}

/// A check that takes longer than this shows its progress line (a short
/// one would only flash it).
const SHOW_AFTER: Duration = Duration::from_millis(300);

impl Recheck {
    /// Check `branches` (with their edit numbers) against `ward` on a
    /// thread; `repaint` is asked for a frame as results come.
    pub fn start(
        ward: Ward,
        branches: Vec<(Branch, u64)>,
        repaint: Option<egui::Context>,
    ) -> Recheck {
        let total = branches.len();
        let (tx, rx) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let stop_thread = stop.clone();
        let spawned = std::thread::Builder::new()
            .name("recheck".into())
            .spawn(move || {
                let mut last_repaint = Instant::now();
                for (b, generation) in branches {
                    if stop_thread.load(Ordering::Relaxed) {
                        return;
                    }
                    let problems = validate(&ward, &b);
                    let checked = Checked {
                        id: b.id,
                        generation,
                        problems,
                    };
                    if tx.send(checked).is_err() {
                        return;
                    }
                    // A frame now and then, not one per branch.
                    if let Some(ctx) = &repaint {
                        if last_repaint.elapsed() > Duration::from_millis(50) {
                            ctx.request_repaint();
                            last_repaint = Instant::now();
                        }
                    }
                }
                if let Some(ctx) = &repaint {
                    ctx.request_repaint();
                }
            });
        Recheck {
            rx,
            total,
            received: 0,
            // No thread: nothing will come (the problems stay as they were).
            ended: spawned.is_err(),
            stop,
            started: Instant::now(),
        }
    }

    /// What arrived since the last call, taking at most `budget`.
    pub fn take(&mut self, budget: Duration) -> Vec<Checked> {
        let start = Instant::now();
        let mut out = Vec::new();
        while start.elapsed() < budget {
            match self.rx.try_recv() {
                Ok(c) => {
                    self.received += 1;
                    out.push(c);
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.ended = true;
                    break;
                }
            }
        }
        out
    }

    /// Every branch checked (or the thread ended).
    pub fn finished(&self) -> bool {
        self.ended || self.received >= self.total
    }

    /// (checked, total), for a progress line.
    pub fn progress(&self) -> (usize, usize) {
        (self.received, self.total)
    }
}

/// The progress line at the bottom of the window, once the check has
/// taken long enough to be noticed.
pub fn status_bar(ui: &mut Ui, r: &Recheck) {
    if r.started.elapsed() < SHOW_AFTER {
        return;
    }
    let (done, total) = r.progress();
    egui::Panel::bottom("recheck").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(msg::recheck_status(done, total))
                .on_hover_text(msg::RECHECK_HINT);
            let fraction = if total == 0 {
                1.0
            } else {
                done as f32 / total as f32
            };
            ui.add(egui::ProgressBar::new(fraction).desired_width(160.0));
        });
    });
}

impl Drop for Recheck {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_branch_comes_back_with_its_number_and_problems() {
        let ward = Ward::default();
        let branches: Vec<(Branch, u64)> = (0..5)
            .map(|i| {
                let b = Branch {
                    id: format!("b{i}"),
                    name: format!("Chi bộ {i}"),
                    ..Branch::default()
                };
                (b, i as u64 * 10)
            })
            .collect();
        let expected: Vec<Vec<Problem>> =
            branches.iter().map(|(b, _)| validate(&ward, b)).collect();
        let mut r = Recheck::start(ward, branches, None);
        let mut got = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(20);
        while !r.finished() && Instant::now() < deadline {
            got.extend(r.take(Duration::from_millis(5)));
            std::thread::sleep(Duration::from_millis(1));
        }
        got.extend(r.take(Duration::from_millis(5)));
        assert!(r.finished());
        assert_eq!(got.len(), 5);
        for (i, c) in got.iter().enumerate() {
            assert_eq!(c.id, format!("b{i}"));
            assert_eq!(c.generation, i as u64 * 10);
            assert_eq!(c.problems, expected[i]);
        }
        assert!(!got[0].problems.is_empty(), "an empty branch has problems");
    }
}
