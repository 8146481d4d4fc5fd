//! Writing a file to the user's folder (documents, papers, reports, the
//! overview workbook): atomic, and one error type with one message.

use std::io;
use std::path::{Path, PathBuf};

/// A file that could not be written; the old file (if any) is unchanged.
#[derive(Debug)]
pub struct WriteError {
    pub path: PathBuf,
    pub source: io::Error,
}

impl WriteError {
    /// The file is held open by another program (Word, Excel) or the folder
    /// is read-only: what the user can fix by closing it.
    pub fn held_open(&self) -> bool {
        held_open(
            self.source.kind(),
            self.source.raw_os_error(),
            cfg!(windows),
        )
    }
}

/// Access denied, or on Windows a sharing or lock violation (os errors 32,
/// 33): what Word and Excel cause while they have the file open.
fn held_open(kind: io::ErrorKind, raw: Option<i32>, windows: bool) -> bool {
    kind == io::ErrorKind::PermissionDenied || (windows && matches!(raw, Some(32 | 33)))
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = if self.held_open() {
            crate::strings::store::write_held_open(&self.path)
        } else {
            crate::strings::store::write_failed(&self.path, &self.source.to_string())
        };
        f.write_str(&text)
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// Two errors are the same when they name the same file and kind of failure.
impl PartialEq for WriteError {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path && self.source.kind() == other.source.kind()
    }
}

impl Eq for WriteError {}

/// Write `bytes` to `path` atomically, creating its folder (no backup: the
/// user's output folder is not the workspace).
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    super::write_atomic(path, bytes, None).map_err(|source| WriteError {
        path: path.to_path_buf(),
        source,
    })
}

/// [`write_output`] without waiting for the disk, for the many files of a
/// batch: outputs can be made again at any time, so their folder is synced
/// once when complete ([`crate::store::sync_dir`]) instead of each file.
/// The file is still replaced whole: a temporary file renamed over it.
pub fn write_output_unsynced(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    replace_unsynced(path, bytes).map_err(|source| WriteError {
        path: path.to_path_buf(),
        source,
    })
}

/// Replace `path` with `bytes` through a temporary file beside it (left
/// alone when it already holds them), creating the folder; no fsync.
pub(crate) fn replace_unsynced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    super::fsync::create_dir_synced(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".daihoi-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_holding_the_file_is_recognised() {
        // ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION on Windows.
        assert!(held_open(io::ErrorKind::Other, Some(32), true));
        assert!(held_open(io::ErrorKind::Other, Some(33), true));
        // The same numbers elsewhere mean something else (EPIPE, EDOM).
        assert!(!held_open(io::ErrorKind::Other, Some(32), false));
        assert!(held_open(io::ErrorKind::PermissionDenied, None, false));
        assert!(!held_open(io::ErrorKind::StorageFull, Some(28), false));
        let e = WriteError {
            path: PathBuf::from("Báo cáo.docx"),
            source: io::Error::from(io::ErrorKind::PermissionDenied),
        };
        let text = e.to_string();
        assert!(text.contains("Báo cáo.docx"), "{text}");
        assert!(text.contains("Word"), "{text}");
        assert!(text.contains("đóng"), "{text}");
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a").join("b.docx");
        write_output(&path, b"one").unwrap();
        // A folder where the file's folder should be: the write fails.
        let blocked = dir.path().join("c");
        std::fs::write(&blocked, b"x").unwrap();
        let e = write_output(&blocked.join("d.docx"), b"two").unwrap_err();
        assert_eq!(e.path, blocked.join("d.docx"));
        assert!(e.to_string().contains("d.docx"));
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
    }
}
