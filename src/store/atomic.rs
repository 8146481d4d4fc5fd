//! Crash-safe writes: temp file in the same folder, fsync, rename; the
//! previous version is kept in a backups folder first.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How many earlier versions of each file `backups/` keeps.
pub const BACKUPS_KEPT: usize = 10;

/// Replace `path` with `data` atomically. When `backup_dir` is given and the
/// file exists with different contents, the old version is kept there first
/// (the newest [`BACKUPS_KEPT`] are kept). Writing identical contents is a
/// no-op. On error the old file is left as it was.
pub fn write_atomic(path: &Path, data: &[u8], backup_dir: Option<&Path>) -> io::Result<()> {
    if let Ok(old) = fs::read(path) {
        if old == data {
            return Ok(());
        }
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".daihoi-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(data)?;
    tmp.as_file().sync_all()?;
    if let Some(bdir) = backup_dir {
        if path.exists() {
            keep_backup(path, bdir)?;
        }
    }
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(&dir);
    Ok(())
}

/// Put the current contents of `path` into `bdir` under a time-stamped name
/// and prune older ones. A hard link costs nothing and can never be partial;
/// where links are not supported the file is copied.
fn keep_backup(path: &Path, bdir: &Path) -> io::Result<()> {
    fs::create_dir_all(bdir)?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "tep".into());
    let now = time::OffsetDateTime::now_utc();
    let stamp = format!(
        "{:04}{:02}{:02}-{:02}{:02}{:02}-{:03}",
        now.year(),
        now.month() as u8,
        now.day(),
        now.hour(),
        now.minute(),
        now.second(),
        now.millisecond()
    );
    // The counter keeps names unique and sorted when saves share a millisecond.
    let mut n = 0;
    let mut target = bdir.join(format!("{stem}-{stamp}-{n:03}.ron"));
    while target.exists() {
        n += 1;
        target = bdir.join(format!("{stem}-{stamp}-{n:03}.ron"));
    }
    if fs::hard_link(path, &target).is_err() {
        let tmp = bdir.join(format!(".{stem}-{stamp}.tmp"));
        fs::copy(path, &tmp)?;
        fs::rename(&tmp, &target)?;
    }
    prune(bdir, &stem)
}

/// Keep the newest [`BACKUPS_KEPT`] backups of `stem` in `bdir`.
fn prune(bdir: &Path, stem: &str) -> io::Result<()> {
    let mut found = list_backups(bdir, stem)?;
    if found.len() > BACKUPS_KEPT {
        let excess = found.len() - BACKUPS_KEPT;
        for old in found.drain(..excess) {
            let _ = fs::remove_file(old);
        }
    }
    Ok(())
}

/// The backups of `stem` in `bdir`, oldest first.
pub fn list_backups(bdir: &Path, stem: &str) -> io::Result<Vec<PathBuf>> {
    let prefix = format!("{stem}-");
    let mut found: Vec<PathBuf> = match fs::read_dir(bdir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|x| x == "ron")
                    && p.file_name().is_some_and(|n| {
                        let n = n.to_string_lossy();
                        n.starts_with(&prefix)
                            && n[prefix.len()..].starts_with(|c: char| c.is_ascii_digit())
                    })
            })
            .collect(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e),
    };
    found.sort();
    Ok(found)
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_ten_backups_and_skips_identical_writes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        let bdir = dir.path().join("backups");
        for i in 0..15 {
            write_atomic(&file, format!("v{i}").as_bytes(), Some(&bdir)).unwrap();
            write_atomic(&file, format!("v{i}").as_bytes(), Some(&bdir)).unwrap();
        }
        assert_eq!(fs::read_to_string(&file).unwrap(), "v14");
        let kept = list_backups(&bdir, "a").unwrap();
        assert_eq!(kept.len(), BACKUPS_KEPT);
        // Oldest kept is v4, newest v13.
        assert_eq!(fs::read_to_string(&kept[0]).unwrap(), "v4");
        assert_eq!(fs::read_to_string(kept.last().unwrap()).unwrap(), "v13");
        // No temp files left behind.
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }
}
