//! Limits on what an import reads, so that no file (a stray value in cell
//! XFD1048576, a zip bomb) can exhaust memory or hang the app; and the
//! progress and cancel handle of a read running off the UI thread.

use super::ImportError;
use std::io::{self, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// A member list fits well within these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Rows of the used range (from the first to the last non-empty cell).
    pub rows: u32,
    /// Columns of the used range.
    pub cols: u32,
    /// Non-empty cells.
    pub cells: u64,
    /// Bytes of the file itself.
    pub file_bytes: u64,
    /// Bytes of a workbook's parts once uncompressed (.xlsx, .ods are zips).
    pub unzipped_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            rows: 20_000,
            cols: 100,
            cells: 400_000,
            file_bytes: 50 * 1024 * 1024,
            unzipped_bytes: 200 * 1024 * 1024,
        }
    }
}

/// Shared between the reading thread and the UI: cells read so far, and a
/// flag that stops the read.
#[derive(Debug, Clone, Default)]
pub struct ReadControl {
    cancel: Arc<AtomicBool>,
    progress: Arc<AtomicU64>,
}

impl ReadControl {
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// Cells (or, while checking a workbook, kilobytes) read so far.
    pub fn progress(&self) -> u64 {
        self.progress.load(Ordering::Relaxed)
    }

    pub(super) fn advance(&self, n: u64) {
        self.progress.fetch_add(n, Ordering::Relaxed);
    }

    pub(super) fn check(&self, path: &Path) -> Result<(), ImportError> {
        if self.is_cancelled() {
            Err(ImportError::Cancelled {
                path: path.to_path_buf(),
            })
        } else {
            Ok(())
        }
    }
}

pub(super) fn too_large(path: &Path, what: super::TooLarge) -> ImportError {
    ImportError::TooLarge {
        path: path.to_path_buf(),
        what,
    }
}

/// Refuse a file larger than the limit.
pub(super) fn check_file_size(path: &Path, limits: &Limits) -> Result<(), ImportError> {
    let meta = std::fs::metadata(path).map_err(|source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.len() > limits.file_bytes {
        return Err(too_large(
            path,
            super::TooLarge::File {
                bytes: meta.len(),
                limit: limits.file_bytes,
            },
        ));
    }
    Ok(())
}

/// Decompress every part of a zip-based workbook into nothing, counting:
/// the sizes written in the zip's directory can lie, the bytes cannot.
pub(super) fn check_zip(
    path: &Path,
    limits: &Limits,
    control: &ReadControl,
) -> Result<(), ImportError> {
    let bad = |detail: String| ImportError::Workbook {
        path: path.to_path_buf(),
        detail,
    };
    let file = std::fs::File::open(path).map_err(|source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut zip = zip::ZipArchive::new(io::BufReader::new(file)).map_err(|e| bad(e.to_string()))?;
    if zip.len() > 10_000 {
        return Err(too_large(
            path,
            super::TooLarge::Unzipped {
                limit: limits.unzipped_bytes,
            },
        ));
    }
    let mut total: u64 = 0;
    let mut buf = vec![0u8; 64 * 1024];
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| bad(e.to_string()))?;
        loop {
            control.check(path)?;
            let n = match entry.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) => return Err(bad(e.to_string())),
            };
            total += n as u64;
            if total > limits.unzipped_bytes {
                return Err(too_large(
                    path,
                    super::TooLarge::Unzipped {
                        limit: limits.unzipped_bytes,
                    },
                ));
            }
        }
    }
    Ok(())
}
