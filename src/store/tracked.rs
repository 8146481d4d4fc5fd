//! What this workspace last read or wrote of each file, to notice a change
//! made elsewhere (another PC on a share, another program) before a save
//! replaces it; and the notes a save leaves for the user.

use super::{StoreError, Workspace};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// A file as last seen here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    hash: u64,
}

#[derive(Debug, Default)]
pub(super) struct Tracked {
    seen: HashMap<PathBuf, Stamp>,
    notes: Vec<SaveNote>,
}

/// Something the user should know about a save that succeeded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveNote {
    /// The file had been changed elsewhere since it was opened here; that
    /// version was kept at `kept` before this save replaced it.
    Conflict { path: PathBuf, kept: PathBuf },
    /// The earlier version could not be kept in `backups/` (the file itself
    /// was saved).
    BackupFailed { path: PathBuf, reason: String },
}

impl std::fmt::Display for SaveNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::strings::workspace as msg;
        let text = match self {
            SaveNote::Conflict { path, kept } => msg::save_conflict(path, kept),
            SaveNote::BackupFailed { path, reason } => msg::backup_failed(path, reason),
        };
        f.write_str(&text)
    }
}

impl SaveNote {
    /// Short form for the top bar (the full text is in the tooltip).
    pub fn short(&self) -> &'static str {
        use crate::strings::workspace as msg;
        match self {
            SaveNote::Conflict { .. } => msg::SAVE_CONFLICT_SHORT,
            SaveNote::BackupFailed { .. } => msg::BACKUP_FAILED_SHORT,
        }
    }
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

impl Workspace {
    fn tracked(&self) -> std::sync::MutexGuard<'_, Tracked> {
        // A panic while holding the lock leaves plain data behind: go on.
        self.tracked.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Remember `bytes` as what `path` holds now (read or just written).
    pub(super) fn remember(&self, path: &Path, bytes: &[u8]) {
        let meta = std::fs::metadata(path).ok();
        let stamp = Stamp {
            len: bytes.len() as u64,
            modified: meta.and_then(|m| m.modified().ok()),
            hash: hash(bytes),
        };
        self.tracked().seen.insert(path.to_path_buf(), stamp);
    }

    pub(super) fn forget_stamp(&self, path: &Path) {
        self.tracked().seen.remove(path);
    }

    /// The notes of the saves since the last call, oldest first.
    pub fn take_notes(&self) -> Vec<SaveNote> {
        std::mem::take(&mut self.tracked().notes)
    }

    /// Whether `path` differs from what this workspace last read or wrote
    /// there (size, modification time, then contents). A file never seen
    /// here counts as unchanged.
    pub fn changed_on_disk(&self, path: &Path) -> bool {
        let Some(known) = self.tracked().seen.get(path).copied() else {
            return false;
        };
        let Ok(meta) = std::fs::metadata(path) else {
            return false;
        };
        if meta.len() != known.len {
            return true;
        }
        // Same size and the same fine-grained time: unchanged. A coarse
        // clock (FAT, some shares: whole seconds) can hide a quick second
        // write, so there the contents decide.
        let modified = meta.modified().ok();
        let fine = modified
            .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
            .is_some_and(|d| d.subsec_nanos() % 1_000_000 != 0);
        if fine && modified == known.modified {
            return false;
        }
        match std::fs::read(path) {
            Ok(bytes) => hash(&bytes) != known.hash,
            Err(_) => false,
        }
    }

    /// Write `data` to `path` keeping the old version in `backups`; a
    /// version written elsewhere since we last looked is kept in
    /// `backups/conflicts/` first (and the save refused if it cannot be).
    pub(super) fn write_tracked(
        &self,
        path: &Path,
        data: &[u8],
        backups: &Path,
    ) -> Result<(), StoreError> {
        if self.changed_on_disk(path) {
            let current = std::fs::read(path).map_err(Self::io(path))?;
            if current != data {
                let kept = self.keep_conflict(path, &current)?;
                self.tracked().notes.push(SaveNote::Conflict {
                    path: path.to_path_buf(),
                    kept,
                });
            }
        }
        match super::write_atomic_kept(path, data, Some(backups)) {
            Ok(backup_error) => {
                if let Some(e) = backup_error {
                    self.tracked().notes.push(SaveNote::BackupFailed {
                        path: backups.to_path_buf(),
                        reason: e.to_string(),
                    });
                }
                self.remember(path, data);
                Ok(())
            }
            Err(e) => Err(Self::io(path)(e)),
        }
    }

    fn keep_conflict(&self, path: &Path, current: &[u8]) -> Result<PathBuf, StoreError> {
        let dir = self.conflicts_dir();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "tep".into());
        let stamp = super::history::stamp(time::OffsetDateTime::now_utc());
        let mut n = 0;
        let mut target = dir.join(format!("{stem}-{stamp}-{n:03}.ron"));
        while target.exists() {
            n += 1;
            target = dir.join(format!("{stem}-{stamp}-{n:03}.ron"));
        }
        super::write_atomic(&target, current, None).map_err(Self::io(&target))?;
        Ok(target)
    }
}
