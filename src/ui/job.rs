//! One mechanism for work done off the UI thread (the packet, the batch,
//! PDF conversion): a thread that sends its progress and its result over a
//! channel, a cancel flag it may look at, and a repaint after each message.

use eframe::egui;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

enum Msg<P, T> {
    Progress(P),
    Done(T),
}

/// What the work sees: report progress, ask whether to stop.
pub struct Worker<P, T> {
    tx: Sender<Msg<P, T>>,
    ctx: egui::Context,
    cancel: Arc<AtomicBool>,
}

impl<P, T> Worker<P, T> {
    pub fn progress(&self, p: P) {
        let _ = self.tx.send(Msg::Progress(p));
        self.ctx.request_repaint();
    }

    pub fn cancel_flag(&self) -> &AtomicBool {
        &self.cancel
    }
}

/// A job running in its thread, with its latest progress.
pub struct Job<P, T> {
    rx: Receiver<Msg<P, T>>,
    progress: Option<P>,
    cancel: Arc<AtomicBool>,
}

/// What a poll found.
pub enum Polled<T> {
    Running,
    Finished(T),
    /// The thread ended without a result (it panicked).
    Stopped,
}

impl<P: Send + 'static, T: Send + 'static> Job<P, T> {
    /// Run `work` in a new thread; the UI keeps running.
    pub fn spawn(
        ctx: &egui::Context,
        work: impl FnOnce(&Worker<P, T>) -> T + Send + 'static,
    ) -> Self {
        let (tx, rx) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let worker = Worker {
            tx,
            ctx: ctx.clone(),
            cancel: cancel.clone(),
        };
        std::thread::spawn(move || {
            let result = work(&worker);
            let _ = worker.tx.send(Msg::Done(result));
            worker.ctx.request_repaint();
        });
        Job {
            rx,
            progress: None,
            cancel,
        }
    }
}

impl<P, T> Job<P, T> {
    /// Take the thread's news without waiting.
    pub fn poll(&mut self) -> Polled<T> {
        loop {
            match self.rx.try_recv() {
                Ok(Msg::Progress(p)) => self.progress = Some(p),
                Ok(Msg::Done(result)) => return Polled::Finished(result),
                Err(TryRecvError::Empty) => return Polled::Running,
                Err(TryRecvError::Disconnected) => return Polled::Stopped,
            }
        }
    }

    pub fn progress(&self) -> Option<&P> {
        self.progress.as_ref()
    }

    /// Ask the work to stop at its next check.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn cancelling(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait<P, T>(job: &mut Job<P, T>) -> Polled<T> {
        let start = std::time::Instant::now();
        loop {
            match job.poll() {
                Polled::Running if start.elapsed().as_secs() < 10 => {
                    std::thread::sleep(std::time::Duration::from_millis(5))
                }
                other => return other,
            }
        }
    }

    #[test]
    fn progress_then_result() {
        let ctx = egui::Context::default();
        let mut job: Job<u32, &str> = Job::spawn(&ctx, |w| {
            w.progress(1);
            w.progress(2);
            "done"
        });
        assert!(matches!(wait(&mut job), Polled::Finished("done")));
        assert_eq!(job.progress(), Some(&2));
    }

    #[test]
    fn cancel_is_seen_and_a_panic_is_stopped() {
        let ctx = egui::Context::default();
        let mut job: Job<(), bool> = Job::spawn(&ctx, |w| {
            let start = std::time::Instant::now();
            while !w.cancel_flag().load(Ordering::Relaxed) {
                if start.elapsed().as_secs() > 10 {
                    return false;
                }
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            true
        });
        job.cancel();
        assert!(job.cancelling());
        assert!(matches!(wait(&mut job), Polled::Finished(true)));
        let mut job: Job<(), ()> = Job::spawn(&ctx, |_| panic!("worker fails"));
        assert!(matches!(wait(&mut job), Polled::Stopped));
    }
}
