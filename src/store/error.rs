//! Errors of the workspace store. Their text is Vietnamese, from `strings`.

use std::path::PathBuf;

#[derive(Debug)]
pub enum StoreError {
    /// The file could not be read or written.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file is not valid RON or does not fit the schema.
    Parse {
        path: PathBuf,
        line: usize,
        col: usize,
        detail: String,
    },
    /// The file is not a daihoi file (no `version`).
    Foreign { path: PathBuf },
    /// Written by a newer daihoi.
    Newer {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    /// Not valid UTF-8 text.
    NotText { path: PathBuf },
    /// A branch file whose id does not match its file name, or a duplicate id.
    BadId { path: PathBuf, id: String },
    /// The workspace folder does not exist or has no ward.ron.
    NoWorkspace { path: PathBuf },
}

impl StoreError {
    pub fn path(&self) -> &std::path::Path {
        match self {
            StoreError::Io { path, .. }
            | StoreError::Parse { path, .. }
            | StoreError::Foreign { path }
            | StoreError::Newer { path, .. }
            | StoreError::NotText { path }
            | StoreError::BadId { path, .. }
            | StoreError::NoWorkspace { path } => path,
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::strings::store::error(self))
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
