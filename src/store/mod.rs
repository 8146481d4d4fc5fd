//! The workspace on disk: a folder the user can copy to a USB stick.
//!
//! ```text
//! ward.ron              the ward and its settings
//! branches/<id>.ron     one branch each
//! templates/            optional overrides of the built-in templates
//! backups/              the last versions of each file
//! ```

mod atomic;
mod codec;
mod error;
pub mod migrate;
mod names;

pub use atomic::{BACKUPS_KEPT, list_backups, write_atomic};
pub use codec::{branch_text, parse_branch, parse_ward, ward_text};
pub use error::StoreError;
pub use names::is_valid_id;

use crate::model::{Branch, Ward};
use std::fs;
use std::path::{Path, PathBuf};

pub const WARD_FILE: &str = "ward.ron";
pub const BRANCHES_DIR: &str = "branches";
pub const TEMPLATES_DIR: &str = "templates";
pub const BACKUPS_DIR: &str = "backups";

/// A workspace folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workspace {
    root: PathBuf,
}

/// Everything that loaded, and what did not. A broken file never stops the
/// others from loading, and is never written to.
#[derive(Debug, Default)]
pub struct Loaded {
    pub ward: Option<Ward>,
    /// Sorted by id.
    pub branches: Vec<Branch>,
    pub errors: Vec<StoreError>,
}

impl Workspace {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Workspace { root: root.into() }
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

    fn branch_backups(&self, id: &str) -> PathBuf {
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
        let dir = self.branches_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return out,
            Err(e) => {
                out.errors.push(Self::io(&dir)(e));
                return out;
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ron"))
            .collect();
        paths.sort();
        for path in paths {
            match self.load_branch_file(&path) {
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

    pub fn load_ward(&self) -> Result<Ward, StoreError> {
        let path = self.ward_path();
        let bytes = fs::read(&path).map_err(Self::io(&path))?;
        parse_ward(&path, &bytes)
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
        Ok(b)
    }

    pub fn save_ward(&self, ward: &Ward) -> Result<(), StoreError> {
        let path = self.ward_path();
        let backups = self.backups_dir().join("ward");
        write_atomic(&path, ward_text(ward).as_bytes(), Some(&backups)).map_err(Self::io(&path))
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
        write_atomic(&path, branch_text(branch).as_bytes(), Some(&backups)).map_err(Self::io(&path))
    }

    /// Remove a branch file; its last version stays in `backups/`, so a
    /// deletion can be undone by saving the branch again.
    pub fn delete_branch(&self, id: &str) -> Result<(), StoreError> {
        let path = self.branch_path(id);
        if !path.exists() {
            return Ok(());
        }
        let bdir = self.branch_backups(id);
        fs::create_dir_all(&bdir).map_err(Self::io(&bdir))?;
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let target = bdir.join(format!("{id}-{now}-xoa.ron"));
        fs::rename(&path, &target).map_err(Self::io(&path))
    }

    /// Write a whole workspace (ward and branches), creating the folders.
    pub fn create(&self, ward: &Ward, branches: &[Branch]) -> Result<(), StoreError> {
        for dir in [
            self.root.clone(),
            self.branches_dir(),
            self.templates_dir(),
            self.backups_dir(),
        ] {
            fs::create_dir_all(&dir).map_err(Self::io(&dir))?;
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
