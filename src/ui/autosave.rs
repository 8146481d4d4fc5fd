//! Autosave: a branch is written a moment after its last edit.

use crate::model::Branch;
use crate::store::Workspace;
use crate::strings::ui as msg;
use std::collections::BTreeMap;

/// Seconds of quiet after an edit before the branch is saved.
pub const DELAY: f64 = 1.5;
/// Seconds before a failed save is tried again.
pub const RETRY: f64 = 10.0;

#[derive(Debug, Default)]
pub struct Saver {
    /// Branch id → time of its last unsaved edit.
    dirty: BTreeMap<String, f64>,
    /// "10:42" of the last successful save.
    pub last_saved: Option<String>,
    /// Why the last save failed (the store's Vietnamese message), until a
    /// save succeeds.
    pub error: Option<String>,
    retry_at: Option<f64>,
    /// Another window holds the workspace: never write.
    pub read_only: bool,
}

impl Saver {
    /// A saver that writes nothing while `read_only`.
    pub fn read_only(read_only: bool) -> Saver {
        Saver {
            read_only,
            ..Saver::default()
        }
    }

    pub fn mark(&mut self, id: &str, now: f64) {
        self.dirty.insert(id.to_string(), now);
    }

    pub fn forget(&mut self, id: &str) {
        self.dirty.remove(id);
    }

    pub fn is_dirty(&self) -> bool {
        !self.dirty.is_empty()
    }

    /// The ids of the branches with unsaved edits.
    pub fn unsaved(&self) -> impl Iterator<Item = &str> {
        self.dirty.keys().map(String::as_str)
    }

    /// Seconds until the next autosave is due, if one is pending.
    pub fn due_in(&self, now: f64) -> Option<f64> {
        let newest = self.dirty.values().cloned().fold(f64::MIN, f64::max);
        if self.dirty.is_empty() {
            return None;
        }
        let due = match self.retry_at {
            Some(r) => r.max(newest + DELAY),
            None => newest + DELAY,
        };
        Some((due - now).max(0.0))
    }

    /// Save what is due (or everything when `force`). Returns false when a
    /// save failed; the edits stay in memory and stay marked.
    pub fn tick(&mut self, ws: &Workspace, branches: &[Branch], now: f64, force: bool) -> bool {
        if self.dirty.is_empty() || self.read_only {
            return true;
        }
        if !force {
            if self.retry_at.is_some_and(|r| now < r) {
                return true;
            }
            let newest = self.dirty.values().cloned().fold(f64::MIN, f64::max);
            if now - newest < DELAY {
                return true;
            }
        }
        let ids: Vec<String> = self.dirty.keys().cloned().collect();
        let mut ok = true;
        for id in ids {
            let Some(branch) = branches.iter().find(|b| b.id == id) else {
                // Deleted meanwhile: nothing to write.
                self.dirty.remove(&id);
                continue;
            };
            match ws.save_branch(branch) {
                Ok(()) => {
                    self.dirty.remove(&id);
                }
                Err(e) => {
                    ok = false;
                    self.error = Some(e.to_string());
                    self.retry_at = Some(now + RETRY);
                }
            }
        }
        if ok {
            self.error = None;
            self.retry_at = None;
            self.last_saved = Some(super::clock::hh_mm_now());
        }
        ok
    }

    /// The label of the top bar.
    pub fn status(&self) -> String {
        if let Some(reason) = &self.error {
            return msg::save_failed(reason);
        }
        if self.is_dirty() {
            return msg::UNSAVED.to_string();
        }
        match &self.last_saved {
            Some(t) => msg::saved_at(t),
            None => msg::NOTHING_CHANGED.to_string(),
        }
    }
}
