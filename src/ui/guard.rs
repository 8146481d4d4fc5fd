//! One writer per workspace in the app: the lock is taken when a workspace
//! opens; without it the window is read-only, shows who holds the
//! workspace, and offers to take over once they are gone.

use super::command::Command;
use crate::store::{Holder, LockAttempt, Workspace, WorkspaceLock};
use crate::strings::workspace as msg;
use eframe::egui::{self, Ui};

/// Seconds between two looks at a lock held elsewhere.
const POLL: f64 = 1.0;

#[derive(Debug, Default)]
pub struct Guard {
    /// Held: this window may write.
    lock: Option<WorkspaceLock>,
    /// Writing is allowed (the lock is held and was taken over if needed).
    writable: bool,
    /// Who holds the workspace, while read-only.
    pub holder: Option<Holder>,
    /// Why no lock could be made (no write permission, …).
    pub failure: Option<String>,
    last_poll: f64,
    last_beat: f64,
}

impl Guard {
    /// Take the workspace's lock, or open read-only.
    pub fn acquire(ws: &Workspace) -> Guard {
        match WorkspaceLock::acquire(ws.root()) {
            Ok(LockAttempt::Acquired(lock)) => Guard {
                lock: Some(lock),
                writable: true,
                ..Guard::default()
            },
            Ok(LockAttempt::HeldBy(holder)) => Guard {
                holder,
                ..Guard::default()
            },
            Err(e) => Guard {
                failure: Some(msg::lock_failed(ws.root(), &e.to_string())),
                ..Guard::default()
            },
        }
    }

    pub fn read_only(&self) -> bool {
        !self.writable
    }

    /// The lock is free now (the other window closed or crashed): "Tiếp
    /// quản" is offered.
    pub fn can_take_over(&self) -> bool {
        !self.writable && self.lock.is_some()
    }

    /// Called every frame: look again at a lock held elsewhere; keep ours
    /// alive where the file system has no locks.
    pub fn poll(&mut self, ws: &Workspace, now: f64, ctx: &egui::Context) {
        if self.writable {
            if now - self.last_beat >= crate::store::lock::BEAT.as_secs_f64() {
                self.last_beat = now;
                if let Some(l) = &mut self.lock {
                    if !l.os_lock() {
                        let _ = l.refresh();
                    }
                }
            }
            return;
        }
        if self.lock.is_none() && now - self.last_poll >= POLL {
            self.last_poll = now;
            match WorkspaceLock::acquire(ws.root()) {
                Ok(LockAttempt::Acquired(lock)) => self.lock = Some(lock),
                Ok(LockAttempt::HeldBy(h)) => self.holder = h,
                Err(_) => {}
            }
        }
        if self.lock.is_none() {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(POLL));
        }
    }

    /// Start writing (after the data was read again from disk).
    pub fn take_over(&mut self) -> bool {
        if self.lock.is_some() {
            self.writable = true;
            self.holder = None;
            self.failure = None;
        }
        self.writable
    }
}

/// The read-only banner under the menu, with "Tiếp quản".
pub fn banner(ui: &mut Ui, guard: &Guard, out: &mut Vec<Command>) {
    if !guard.read_only() {
        return;
    }
    let text = match &guard.failure {
        Some(f) => f.clone(),
        None => msg::read_only_banner(guard.holder.as_ref().map(|h| h.describe()).as_deref()),
    };
    egui::Frame::new()
        .fill(super::style::warning(ui).gamma_multiply(0.15))
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(
                    super::style::warning(ui),
                    egui::RichText::new(text).strong(),
                );
                let button =
                    ui.add_enabled(guard.can_take_over(), egui::Button::new(msg::TAKE_OVER));
                if guard.can_take_over() {
                    if button.clicked() {
                        out.push(Command::TakeOver);
                    }
                } else {
                    button.on_disabled_hover_text(msg::TAKE_OVER_WAIT);
                }
            });
        });
}

/// Whether `c` may run in a read-only window (it changes no workspace file).
pub fn allowed_read_only(c: &Command) -> bool {
    matches!(
        c,
        Command::SelectBranch(_)
            | Command::Show(_)
            | Command::Jump(_)
            | Command::OpenWorkspace(_)
            | Command::ChooseWorkspace
            | Command::ChooseExportDir
            | Command::OpenPath(_)
            | Command::ElectionPaper(_)
            | Command::ExportDocument(_)
            | Command::CreatePacket
            | Command::CreatePacketAnyway
            | Command::Print
            | Command::Quit
            | Command::QuitWithoutSaving
            | Command::ExportOverview(_)
            | Command::WriteWardReport(_)
            | Command::WriteCommentsSummary
            | Command::TakeOver
            | Command::OpenHistory
            | Command::OpenTrash
    )
}
