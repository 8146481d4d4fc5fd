//! A whole copy of the workspace in a new folder: the way to keep the data
//! when the workspace itself can no longer be written (a USB stick pulled
//! out, a folder made read-only) and the user wants to close.

use super::{StoreError, Workspace, create_dir_synced, write_atomic};
use crate::model::{Branch, Ward};
use std::path::{Path, PathBuf};

impl Workspace {
    /// Write `ward` and `branches` (as they are in memory) as a new
    /// workspace in a fresh folder inside `into` ("Bản sao hồ sơ", then
    /// "Bản sao hồ sơ (2)"…), with this workspace's template overrides.
    /// Nothing already in `into` is touched. Returns the new folder.
    pub fn save_copy(
        &self,
        ward: &Ward,
        branches: &[Branch],
        into: &Path,
    ) -> Result<PathBuf, StoreError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| StoreError::Io { path, source }
        };
        let root = (1..)
            .map(|n| into.join(crate::strings::store::copy_folder_name(n)))
            .find(|p| !p.exists())
            .expect("a free name");
        create_dir_synced(&root).map_err(io(&root))?;
        let copy = Workspace::new(&root);
        copy.create(ward, branches)?;
        let templates = self.templates_dir();
        if let Ok(entries) = std::fs::read_dir(&templates) {
            for entry in entries {
                let entry = entry.map_err(io(&templates))?;
                let from = entry.path();
                if !from.is_file() {
                    continue;
                }
                let to = copy.templates_dir().join(entry.file_name());
                let data = std::fs::read(&from).map_err(io(&from))?;
                write_atomic(&to, &data, None).map_err(io(&to))?;
            }
        }
        Ok(root)
    }
}
