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
    /// Something in `branches/` that is not a branch file (`x.ron.txt`,
    /// `y.RON`, a folder).
    NotABranch { path: PathBuf },
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
            | StoreError::NoWorkspace { path }
            | StoreError::NotABranch { path } => path,
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::strings::store as msg;
        use std::io::ErrorKind;
        let file = self.path();
        let text = match self {
            StoreError::Io { source, .. } => match source.kind() {
                ErrorKind::NotFound => msg::not_found(file),
                ErrorKind::PermissionDenied => msg::no_permission(file),
                _ => msg::io_failed(file, &source.to_string()),
            },
            StoreError::Parse {
                line, col, detail, ..
            } => msg::parse_error(file, *line, *col, detail),
            StoreError::Foreign { .. } => msg::foreign(file),
            StoreError::Newer {
                found, supported, ..
            } => msg::newer(file, *found, *supported),
            StoreError::NotText { .. } => msg::not_text(file),
            StoreError::BadId { id, .. } => msg::bad_id(file, id),
            StoreError::NoWorkspace { .. } if !file.exists() => msg::workspace_missing(file),
            StoreError::NoWorkspace { .. } => msg::no_workspace(file),
            StoreError::NotABranch { .. } => msg::not_a_branch(file),
        };
        f.write_str(&text)
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
