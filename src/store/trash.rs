//! Deleted branches: moved whole into `trash/` and kept there until the
//! user empties it; restorable from the app.

use super::{StoreError, Workspace, history, parse_branch};
use crate::model::Branch;
use std::fs;
use std::path::{Path, PathBuf};
use time::OffsetDateTime;

pub const TRASH_DIR: &str = "trash";

/// A deleted branch in the trash.
#[derive(Debug, Clone, PartialEq)]
pub struct Trashed {
    pub path: PathBuf,
    pub id: String,
    pub name: String,
    pub members: usize,
    /// When it was deleted (UTC).
    pub deleted: OffsetDateTime,
}

/// "<id>-<stamp>-<nnn>.ron" → (id, time).
fn split_name(file_name: &str) -> Option<(&str, OffsetDateTime)> {
    let base = file_name.strip_suffix(".ron")?;
    // "-" + 19-character stamp + "-" + 3 digits.
    let cut = base.len().checked_sub(24)?;
    let (id, tail) = (base.get(..cut)?, base.get(cut..)?);
    let t = history::parse_stamp(tail.strip_prefix('-')?)?;
    (!id.is_empty()).then_some((id, t))
}

impl Workspace {
    pub fn trash_dir(&self) -> PathBuf {
        self.root().join(TRASH_DIR)
    }

    /// Move a branch file into the trash (one rename: it is either still in
    /// `branches/` or already in `trash/`, never lost in between).
    pub fn delete_branch(&self, id: &str) -> Result<(), StoreError> {
        let path = self.branch_path(id);
        if !path.exists() {
            return Ok(());
        }
        let dir = self.trash_dir();
        super::fsync::create_dir_synced(&dir).map_err(Self::io(&dir))?;
        let stamp = history::stamp(OffsetDateTime::now_utc());
        let mut n = 0;
        let mut target = dir.join(format!("{id}-{stamp}-{n:03}.ron"));
        while target.exists() {
            n += 1;
            target = dir.join(format!("{id}-{stamp}-{n:03}.ron"));
        }
        fs::rename(&path, &target).map_err(Self::io(&path))?;
        super::fsync::sync_dir(&dir);
        super::fsync::sync_dir(&self.branches_dir());
        self.forget_stamp(&path);
        Ok(())
    }

    /// The deleted branches, newest first, and the trash files that do not load.
    pub fn trashed(&self) -> (Vec<Trashed>, Vec<StoreError>) {
        let dir = self.trash_dir();
        let mut items = Vec::new();
        let mut errors = Vec::new();
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (items, errors),
            Err(e) => {
                errors.push(Self::io(&dir)(e));
                return (items, errors);
            }
        };
        for entry in rd.filter_map(|e| e.ok()) {
            let path = entry.path();
            let fname = entry.file_name().to_string_lossy().into_owned();
            let Some((id, deleted)) = split_name(&fname) else {
                continue;
            };
            match fs::read(&path)
                .map_err(Self::io(&path))
                .and_then(|b| parse_branch(&path, &b))
            {
                Ok(b) => items.push(Trashed {
                    path,
                    id: id.to_string(),
                    name: b.name,
                    members: b.members.len(),
                    deleted,
                }),
                Err(e) => errors.push(e),
            }
        }
        items.sort_by(|a, b| b.deleted.cmp(&a.deleted).then_with(|| a.path.cmp(&b.path)));
        (items, errors)
    }

    /// Put a deleted branch back into `branches/`. When its id is taken (by
    /// a file or by one of `taken`), it gets a fresh id. Returns the branch
    /// as restored.
    pub fn restore_trashed(&self, item: &Path, taken: &[&str]) -> Result<Branch, StoreError> {
        let bytes = fs::read(item).map_err(Self::io(item))?;
        let mut b = parse_branch(item, &bytes)?;
        let fname = item
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if b.id.is_empty() {
            b.id = split_name(&fname)
                .map(|(id, _)| id.to_string())
                .unwrap_or_default();
        }
        let free = super::is_valid_id(&b.id)
            && !taken.contains(&b.id.as_str())
            && !self.branch_path(&b.id).exists();
        if free && self.branch_path(&b.id).parent().is_some_and(|p| p.is_dir()) {
            let target = self.branch_path(&b.id);
            fs::rename(item, &target).map_err(Self::io(item))?;
            super::fsync::sync_dir(&self.branches_dir());
            self.remember(&target, &bytes);
        } else {
            if !free {
                b.id = self.fresh_id(&b.name, taken);
            }
            self.save_branch(&b)?;
            fs::remove_file(item).map_err(Self::io(item))?;
        }
        Ok(b)
    }

    /// Undo of a delete: the branch's file comes back from the trash (the
    /// newest trashed copy of its id, when it holds exactly `branch`), so no
    /// stale copy is left there; otherwise `branch` is saved again.
    pub fn take_back_deleted(&self, branch: &Branch) -> Result<(), StoreError> {
        let (items, _) = self.trashed();
        let same = items.iter().filter(|t| t.id == branch.id).find(|t| {
            fs::read(&t.path)
                .ok()
                .and_then(|b| parse_branch(&t.path, &b).ok())
                .is_some_and(|b| &b == branch)
        });
        match same {
            Some(t) if !self.branch_path(&branch.id).exists() => {
                self.restore_trashed(&t.path, &[]).map(|_| ())
            }
            _ => self.save_branch(branch),
        }
    }

    /// Move what deleting kept before the trash existed
    /// (`backups/branches/<id>/<id>-<unix time>-xoa.ron`) into the trash,
    /// so it is listed and can be restored. Returns how many were moved.
    pub fn migrate_old_deletions(&self) -> usize {
        let root = self.backups_dir().join(super::BRANCHES_DIR);
        let Ok(dirs) = fs::read_dir(&root) else {
            return 0;
        };
        let mut moved = 0;
        for d in dirs.filter_map(|e| e.ok()) {
            let Ok(files) = fs::read_dir(d.path()) else {
                continue;
            };
            for f in files.filter_map(|e| e.ok()) {
                let name = f.file_name().to_string_lossy().into_owned();
                let Some(base) = name.strip_suffix("-xoa.ron") else {
                    continue;
                };
                let Some((id, secs)) = base.rsplit_once('-') else {
                    continue;
                };
                let Some(when) = secs
                    .parse::<i64>()
                    .ok()
                    .and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok())
                else {
                    continue;
                };
                let dir = self.trash_dir();
                if super::fsync::create_dir_synced(&dir).is_err() {
                    return moved;
                }
                let stamp = history::stamp(when);
                let mut n = 0;
                let mut target = dir.join(format!("{id}-{stamp}-{n:03}.ron"));
                while target.exists() {
                    n += 1;
                    target = dir.join(format!("{id}-{stamp}-{n:03}.ron"));
                }
                if fs::rename(f.path(), &target).is_ok() {
                    moved += 1;
                }
            }
        }
        if moved > 0 {
            super::fsync::sync_dir(&self.trash_dir());
        }
        moved
    }

    /// Remove everything in the trash; returns how many branches were removed.
    pub fn empty_trash(&self) -> Result<usize, StoreError> {
        let dir = self.trash_dir();
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(Self::io(&dir)(e)),
        };
        let mut n = 0;
        for entry in rd.filter_map(|e| e.ok()) {
            let path = entry.path();
            if path.is_file() {
                fs::remove_file(&path).map_err(Self::io(&path))?;
                n += 1;
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split() {
        let (id, t) = split_name("thon-1-20250805-094212-345-002.ron").unwrap();
        assert_eq!(id, "thon-1");
        assert_eq!(t.year(), 2025);
        assert!(split_name("thon-1.ron").is_none());
    }

    #[test]
    fn old_deletions_move_into_the_trash() {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::new(dir.path());
        ws.create(&crate::model::Ward::default(), &[]).unwrap();
        let b = Branch {
            id: "thon-1".into(),
            name: "Chi bộ Thôn 1".into(),
            ..Branch::default()
        };
        let old = ws.branch_backups("thon-1");
        fs::create_dir_all(&old).unwrap();
        fs::write(
            old.join("thon-1-1754380000-xoa.ron"),
            super::super::branch_text(&b),
        )
        .unwrap();
        assert!(ws.trashed().0.is_empty());
        assert_eq!(ws.migrate_old_deletions(), 1);
        let (items, errors) = ws.trashed();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].name, "Chi bộ Thôn 1");
        assert_eq!(items[0].deleted.unix_timestamp(), 1754380000);
        let back = ws.restore_trashed(&items[0].path, &[]).unwrap();
        assert_eq!(back.name, b.name);
    }
}
