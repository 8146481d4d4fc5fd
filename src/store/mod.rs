//! The workspace on disk: a folder the user can copy to a USB stick.
//!
//! ```text
//! ward.ron              the ward and its settings
//! branches/<id>.ron     one branch each
//! templates/            optional overrides of the built-in templates
//! backups/              earlier versions of each file, kept by time
//! backups/conflicts/    versions written by someone else and replaced here
//! trash/                deleted branches, until the trash is emptied
//! .daihoi.lock(.txt)    who has the workspace open for writing
//! ```

mod atomic;
mod codec;
mod copy;
mod error;
mod fsync;
pub mod history;
pub mod lock;
pub mod migrate;
mod names;
mod tracked;
pub mod trash;
mod write;

pub use atomic::{is_temp_name, write_atomic, write_atomic_kept};
pub use codec::{branch_text, parse_branch, parse_ward, ward_text};
pub use error::StoreError;
pub use fsync::create_dir_synced;
pub(crate) use fsync::sync_dir;
pub use history::{Version, list_backups, versions};
pub use lock::{Holder, LockAttempt, WorkspaceLock};
pub use names::is_valid_id;
pub use tracked::SaveNote;
pub use trash::Trashed;
pub(crate) use write::replace_unsynced;
pub use write::{WriteError, write_output, write_output_unsynced};

use crate::model::{Branch, Ward};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub const WARD_FILE: &str = "ward.ron";
pub const BRANCHES_DIR: &str = "branches";
pub const TEMPLATES_DIR: &str = "templates";
pub const BACKUPS_DIR: &str = "backups";

/// A workspace folder. Clones share what was loaded and saved (to tell a
/// change made elsewhere from our own) and the notes of past saves.
#[derive(Debug, Clone)]
pub struct Workspace {
    root: PathBuf,
    tracked: Arc<Mutex<tracked::Tracked>>,
}

impl PartialEq for Workspace {
    fn eq(&self, other: &Self) -> bool {
        self.root == other.root
    }
}

impl Eq for Workspace {}

/// Everything that loaded, and what did not. A broken file never stops the
/// others from loading, and is never written to.
#[derive(Debug, Default)]
pub struct Loaded {
    pub ward: Option<Ward>,
    /// Sorted by id.
    pub branches: Vec<Branch>,
    pub errors: Vec<StoreError>,
}

/// Remove the temporary files (`.daihoi-*.tmp`) a killed save left in the
/// workspace at `root` and its folders (branches, backups, trash); the
/// caller holds the workspace lock, so no save is under way. Returns how
/// many were removed.
pub fn clean_temp_files(root: &Path) -> usize {
    let mut removed = 0;
    let mut stack = vec![root.to_path_buf()];
    // Two levels below the root are enough: backups/branches/<id>/.
    let mut depth = vec![0usize];
    while let (Some(dir), Some(d)) = (stack.pop(), depth.pop()) {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.filter_map(|e| e.ok()) {
            let path = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            if is_dir && d < 3 && name != TEMPLATES_DIR {
                stack.push(path);
                depth.push(d + 1);
            } else if !is_dir && is_temp_name(&name) && fs::remove_file(&path).is_ok() {
                removed += 1;
            }
        }
    }
    removed
}

impl Workspace {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Workspace {
            root: root.into(),
            tracked: Arc::default(),
        }
    }

    /// The default workspace in the OS data folder
    /// (Windows: `%APPDATA%\daihoi\data\ho-so`).
    pub fn default_location() -> Option<PathBuf> {
        directories::ProjectDirs::from("vn", "daihoi", "daihoi").map(|d| d.data_dir().join("ho-so"))
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn exists(&self) -> bool {
        self.ward_path().is_file()
    }

    pub fn ward_path(&self) -> PathBuf {
        self.root.join(WARD_FILE)
    }

    pub fn branches_dir(&self) -> PathBuf {
        self.root.join(BRANCHES_DIR)
    }

    pub fn branch_path(&self, id: &str) -> PathBuf {
        self.branches_dir().join(format!("{id}.ron"))
    }

    pub fn templates_dir(&self) -> PathBuf {
        self.root.join(TEMPLATES_DIR)
    }

    pub fn backups_dir(&self) -> PathBuf {
        self.root.join(BACKUPS_DIR)
    }

    /// Where versions written elsewhere and replaced by a save of ours go.
    pub fn conflicts_dir(&self) -> PathBuf {
        self.backups_dir().join("conflicts")
    }

    /// The folder of the kept versions of branch `id`.
    pub fn branch_backups(&self, id: &str) -> PathBuf {
        self.backups_dir().join(BRANCHES_DIR).join(id)
    }

    fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
        move |source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// Load the ward and every branch.
    pub fn load(&self) -> Loaded {
        let mut out = Loaded::default();
        if !self.root.is_dir() || !self.ward_path().exists() {
            out.errors.push(StoreError::NoWorkspace {
                path: self.root.clone(),
            });
            return out;
        }
        match self.load_ward() {
            Ok(w) => out.ward = Some(w),
            Err(e) => out.errors.push(e),
        }
        let (paths, stray) = self.branch_files();
        out.errors.extend(stray);
        for (path, result) in paths.iter().zip(self.load_branch_files(&paths)) {
            let path = path.clone();
            match result {
                Ok(b) => {
                    if out.branches.iter().any(|o| o.id == b.id) {
                        out.errors.push(StoreError::BadId { path, id: b.id });
                    } else {
                        out.branches.push(b);
                    }
                }
                Err(e) => out.errors.push(e),
            }
        }
        out.branches.sort_by(|a, b| a.id.cmp(&b.id));
        out
    }

    /// Read and parse `paths` on a few threads (one per core, at most 4);
    /// the results in the order of `paths`.
    fn load_branch_files(&self, paths: &[PathBuf]) -> Vec<Result<Branch, StoreError>> {
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 4)
            .min(paths.len());
        if workers <= 1 {
            return paths.iter().map(|p| self.load_branch_file(p)).collect();
        }
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut parts: Vec<Vec<(usize, Result<Branch, StoreError>)>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..workers)
                .map(|_| {
                    s.spawn(|| {
                        let mut got = Vec::new();
                        loop {
                            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(path) = paths.get(i) else { break };
                            got.push((i, self.load_branch_file(path)));
                        }
                        got
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_default())
                .collect()
        });
        let mut all: Vec<(usize, Result<Branch, StoreError>)> = parts.drain(..).flatten().collect();
        all.sort_by_key(|(i, _)| *i);
        let mut out: Vec<Result<Branch, StoreError>> = Vec::with_capacity(paths.len());
        let mut k = 0;
        for (i, r) in all {
            // A thread that panicked lost its files: read those here.
            while k < i {
                out.push(self.load_branch_file(&paths[k]));
                k += 1;
            }
            out.push(r);
            k += 1;
        }
        while k < paths.len() {
            out.push(self.load_branch_file(&paths[k]));
            k += 1;
        }
        out
    }

    /// The branch files (`branches/*.ron`, sorted), and a problem for
    /// everything else found there (`x.ron.txt`, `y.RON`, a folder): never
    /// skipped silently. Our own unfinished saves (`.daihoi-*.tmp`) are not
    /// listed.
    pub fn branch_files(&self) -> (Vec<PathBuf>, Vec<StoreError>) {
        let dir = self.branches_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Vec::new(), Vec::new()),
            Err(e) => return (Vec::new(), vec![Self::io(&dir)(e)]),
        };
        let mut paths = Vec::new();
        let mut stray = Vec::new();
        for entry in entries.filter_map(|e| e.ok()) {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if is_temp_name(&name) {
                continue;
            }
            if path.is_file() && path.extension().is_some_and(|x| x == "ron") {
                paths.push(path);
            } else {
                stray.push(path);
            }
        }
        paths.sort();
        stray.sort();
        let stray = stray
            .into_iter()
            .map(|path| StoreError::NotABranch { path })
            .collect();
        (paths, stray)
    }

    /// The ids of the branch files (`branches/<id>.ron`), sorted as
    /// [`Workspace::load`] sorts its branches; no file is read. Empty when
    /// there is no branches folder. What else is in `branches/` is left to
    /// [`Workspace::branch_files`].
    pub fn branch_ids(&self) -> Result<Vec<String>, StoreError> {
        let (paths, stray) = self.branch_files();
        if let Some(e) = stray
            .into_iter()
            .find(|e| matches!(e, StoreError::Io { .. }))
        {
            return Err(e);
        }
        Ok(paths
            .iter()
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect())
    }

    pub fn load_ward(&self) -> Result<Ward, StoreError> {
        let path = self.ward_path();
        let bytes = fs::read(&path).map_err(Self::io(&path))?;
        let ward = parse_ward(&path, &bytes)?;
        self.remember(&path, &bytes);
        Ok(ward)
    }

    pub fn load_branch(&self, id: &str) -> Result<Branch, StoreError> {
        self.load_branch_file(&self.branch_path(id))
    }

    fn load_branch_file(&self, path: &Path) -> Result<Branch, StoreError> {
        let bytes = fs::read(path).map_err(Self::io(path))?;
        let mut b = parse_branch(path, &bytes)?;
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if b.id.is_empty() {
            b.id = stem.clone();
        }
        if b.id != stem || !is_valid_id(&b.id) {
            return Err(StoreError::BadId {
                path: path.to_path_buf(),
                id: b.id,
            });
        }
        self.remember(path, &bytes);
        Ok(b)
    }

    pub fn save_ward(&self, ward: &Ward) -> Result<(), StoreError> {
        let path = self.ward_path();
        let backups = self.backups_dir().join("ward");
        self.write_tracked(&path, ward_text(ward).as_bytes(), &backups)
    }

    pub fn save_branch(&self, branch: &Branch) -> Result<(), StoreError> {
        let path = self.branch_path(&branch.id);
        if !is_valid_id(&branch.id) {
            return Err(StoreError::BadId {
                path,
                id: branch.id.clone(),
            });
        }
        let backups = self.branch_backups(&branch.id);
        self.write_tracked(&path, branch_text(branch).as_bytes(), &backups)
    }

    /// Write a whole workspace (ward and branches), creating the folders.
    pub fn create(&self, ward: &Ward, branches: &[Branch]) -> Result<(), StoreError> {
        for dir in [
            self.root.clone(),
            self.branches_dir(),
            self.templates_dir(),
            self.backups_dir(),
        ] {
            create_dir_synced(&dir).map_err(Self::io(&dir))?;
        }
        self.save_ward(ward)?;
        for b in branches {
            self.save_branch(b)?;
        }
        Ok(())
    }

    /// A fresh id for a new branch named `name`, not used by any file.
    pub fn fresh_id(&self, name: &str, taken: &[&str]) -> String {
        let base = crate::vi::slug(name);
        let base = if base.is_empty() {
            "chi-bo".to_string()
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 2;
        while taken.contains(&id.as_str()) || self.branch_path(&id).exists() {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}
