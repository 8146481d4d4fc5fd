//! Opening a workspace without waiting for its branch files: the window
//! shows at once with the ward, while a few threads read and check the
//! branch files (in the order of their ids) and hand each branch over with
//! its problems. The app takes what has arrived before each frame
//! (`App::poll_loading`), so the side panel and the overview fill in as
//! files are read and no frame waits for the disk.
//!
//! A branch that has not arrived is not in the app at all: it cannot be
//! selected, edited or saved over.

use crate::model::{Branch, Ward};
use crate::rules::{Problem, validate};
use crate::store::{StoreError, Workspace};
use crate::strings::loading as msg;
use eframe::egui::{self, Ui};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// More threads than this gain nothing on an office PC's disk.
const MAX_WORKERS: usize = 4;

/// What a reading thread hands over.
pub enum Arrived {
    /// A branch with its problems (checked against [`Loading::ward`]).
    Branch(Box<Branch>, Vec<Problem>),
    /// A file that did not load (the others still do).
    Failed(StoreError),
}

/// How many branch files the reading threads may read: all of them unless
/// a test holds them back to look at the app half loaded, or the app holds
/// them until its window is on screen.
#[derive(Clone)]
pub struct LoadGate {
    allowed: Arc<(Mutex<usize>, Condvar)>,
    /// Opened by the app once its first frame has been shown.
    after_first_frame: bool,
}

impl LoadGate {
    /// Every file may be read.
    pub fn open() -> Self {
        LoadGate {
            allowed: Arc::new((Mutex::new(usize::MAX), Condvar::new())),
            after_first_frame: false,
        }
    }

    /// No file may be read until [`LoadGate::allow`].
    pub fn closed() -> Self {
        LoadGate {
            allowed: Arc::new((Mutex::new(0), Condvar::new())),
            after_first_frame: false,
        }
    }

    /// Every file may be read once the app's first frame has been shown, so
    /// that the reading threads do not slow the window's start on a PC with
    /// two cores (the app opens it, [`Loading::frame_starts`]).
    pub fn after_first_frame() -> Self {
        LoadGate {
            after_first_frame: true,
            ..LoadGate::closed()
        }
    }

    /// Let the first `n` files (in the order of their ids) be read.
    pub fn allow(&self, n: usize) {
        let (lock, cv) = &*self.allowed;
        *lock.lock().unwrap_or_else(|e| e.into_inner()) = n;
        cv.notify_all();
    }

    /// Wait until file `i` may be read; false when loading stopped meanwhile.
    fn wait_for(&self, i: usize, stop: &AtomicBool) -> bool {
        let (lock, cv) = &*self.allowed;
        let mut allowed = lock.lock().unwrap_or_else(|e| e.into_inner());
        while *allowed <= i {
            if stop.load(Ordering::Relaxed) {
                return false;
            }
            allowed = cv
                .wait_timeout(allowed, Duration::from_millis(50))
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        !stop.load(Ordering::Relaxed)
    }
}

/// One reading thread: takes the next file, reads and checks it, hands it
/// over.
struct Reader {
    tx: mpsc::Sender<Arrived>,
    ws: Workspace,
    ward: Ward,
    ids: Arc<Vec<String>>,
    next: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    gate: LoadGate,
    repaint: Option<egui::Context>,
}

impl Reader {
    fn run(self) {
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            if i >= self.ids.len() || !self.gate.wait_for(i, &self.stop) {
                break;
            }
            let arrived = match self.ws.load_branch(&self.ids[i]) {
                Ok(b) => {
                    let problems = validate(&self.ward, &b);
                    Arrived::Branch(Box::new(b), problems)
                }
                Err(e) => Arrived::Failed(e),
            };
            if self.tx.send(arrived).is_err() {
                break;
            }
            if let Some(ctx) = &self.repaint {
                ctx.request_repaint();
            }
        }
    }
}

/// Branch files being read in the background.
pub struct Loading {
    rx: Receiver<Arrived>,
    total: usize,
    arrived: usize,
    /// The ward the problems were checked against.
    ward: Ward,
    stop: Arc<AtomicBool>,
    gate: LoadGate,
    /// Where a gate opened after the first frame stands.
    first_frame: FirstFrame,
}

/// The first frame, for a gate that opens after it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FirstFrame {
    /// The gate does not wait for it.
    NotWaited,
    /// Not built yet.
    Awaited,
    /// Built (and shown before the next one starts).
    Built,
}

impl Loading {
    /// Start reading the branch files `ids` of `ws` on a few threads;
    /// `repaint` (the app's context) is asked for a frame as branches arrive.
    pub fn start(
        ws: &Workspace,
        ward: &Ward,
        ids: Vec<String>,
        repaint: Option<egui::Context>,
        gate: LoadGate,
    ) -> Loading {
        let total = ids.len();
        let (tx, rx) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let ids = Arc::new(ids);
        let next = Arc::new(AtomicUsize::new(0));
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, MAX_WORKERS)
            .min(total.max(1));
        let mut spawned = 0;
        for _ in 0..workers {
            let reader = Reader {
                tx: tx.clone(),
                ws: ws.clone(),
                ward: ward.clone(),
                ids: Arc::clone(&ids),
                next: Arc::clone(&next),
                stop: Arc::clone(&stop),
                gate: gate.clone(),
                repaint: repaint.clone(),
            };
            let started = std::thread::Builder::new()
                .name("daihoi-load".into())
                .spawn(move || reader.run());
            spawned += usize::from(started.is_ok());
        }
        if spawned == 0 {
            // No thread to be had: read here, before the first frame.
            Reader {
                tx,
                ws: ws.clone(),
                ward: ward.clone(),
                ids,
                next,
                stop: Arc::clone(&stop),
                gate: LoadGate::open(),
                repaint: None,
            }
            .run();
        }
        Loading {
            rx,
            total,
            arrived: 0,
            ward: ward.clone(),
            stop,
            first_frame: if gate.after_first_frame {
                FirstFrame::Awaited
            } else {
                FirstFrame::NotWaited
            },
            gate,
        }
    }

    /// At the end of each frame: once the first is built, another is asked
    /// for, at whose start the reading begins.
    pub fn frame_built(&mut self, ctx: &egui::Context) {
        if self.first_frame == FirstFrame::Awaited {
            self.first_frame = FirstFrame::Built;
            ctx.request_repaint();
        }
    }

    /// At the start of each frame: a gate that waited for the first frame
    /// opens once it has been shown.
    pub fn frame_starts(&mut self) {
        if self.first_frame == FirstFrame::Built {
            self.first_frame = FirstFrame::NotWaited;
            self.gate.allow(usize::MAX);
        }
    }

    /// What arrived since the last call, taking at most `budget` of time so
    /// a frame stays short (the rest comes with the next frame).
    pub fn take(&mut self, budget: Duration) -> Vec<Arrived> {
        let start = Instant::now();
        let mut out = Vec::new();
        while let Ok(a) = self.rx.try_recv() {
            out.push(a);
            if start.elapsed() > budget {
                break;
            }
        }
        self.arrived += out.len();
        out
    }

    /// Files handed over so far (loaded or failed).
    pub fn arrived(&self) -> usize {
        self.arrived
    }

    pub fn total(&self) -> usize {
        self.total
    }

    /// Every file was handed over.
    pub fn finished(&self) -> bool {
        self.arrived >= self.total
    }

    /// The ward the arriving problems were checked against.
    pub fn ward(&self) -> &Ward {
        &self.ward
    }
}

impl Drop for Loading {
    /// The workspace is closed (another opened, the app quits): the threads
    /// stop after the file they are reading.
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let (lock, cv) = &*self.gate.allowed;
        drop(lock.lock());
        cv.notify_all();
    }
}

/// The status line at the foot of the window while files are read.
pub fn status_bar(ui: &mut Ui, loading: &Loading) {
    egui::Panel::bottom("loading").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.spinner();
            let text = msg::loading_status(loading.arrived(), loading.total());
            ui.label(text).on_hover_text(msg::LOADING_HINT);
            let fraction = if loading.total() == 0 {
                1.0
            } else {
                loading.arrived() as f32 / loading.total() as f32
            };
            ui.add(egui::ProgressBar::new(fraction).desired_width(160.0));
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_a_gate_that_waits_for_the_first_frame_nothing_is_read_before_it_is_shown() {
        let dir = tempfile::tempdir().expect("temp dir");
        let ws = Workspace::new(dir.path().join("ho-so"));
        let ward = crate::demo::ward();
        let branches: Vec<Branch> = crate::demo::demo_branches(6).collect();
        ws.create(&ward, &branches).expect("write");
        let ids = ws.branch_ids().expect("ids");
        let mut loading = Loading::start(&ws, &ward, ids, None, LoadGate::after_first_frame());
        let ctx = egui::Context::default();
        let wait = Duration::from_millis(300);
        // Time enough for the threads to read every file, were they allowed to.
        std::thread::sleep(wait);
        loading.frame_starts();
        assert!(loading.take(wait).is_empty(), "read before the first frame");
        loading.frame_built(&ctx);
        std::thread::sleep(wait);
        assert!(loading.take(wait).is_empty(), "read before it was shown");
        // The next frame starts: the first has been shown.
        loading.frame_starts();
        let start = Instant::now();
        let mut arrived = 0;
        while arrived < 6 && start.elapsed() < Duration::from_secs(30) {
            arrived += loading.take(wait).len();
            std::thread::sleep(Duration::from_millis(10));
        }
        assert_eq!(arrived, 6);
        assert!(loading.finished());
    }
}
