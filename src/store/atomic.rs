//! Crash-safe writes: temp file in the same folder, fsync, rename; the
//! previous version is kept in a backups folder first (see [`super::history`]
//! for which versions are kept). A backup that cannot be made never stops
//! the save itself.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use super::fsync::create_dir_synced;
use super::fsync::sync_dir;

/// Replace `path` with `data` atomically. When `backup_dir` is given and the
/// file exists with different contents, the old version is kept there first.
/// Writing identical contents is a no-op. On error the old file is left as
/// it was. A failed backup does not fail the write: use
/// [`write_atomic_kept`] to learn about it.
pub fn write_atomic(path: &Path, data: &[u8], backup_dir: Option<&Path>) -> io::Result<()> {
    write_atomic_kept(path, data, backup_dir).map(|_| ())
}

/// [`write_atomic`], returning why the old version could not be kept in
/// `backup_dir` (the file itself was written all the same).
pub fn write_atomic_kept(
    path: &Path,
    data: &[u8],
    backup_dir: Option<&Path>,
) -> io::Result<Option<io::Error>> {
    if let Ok(old) = fs::read(path) {
        if old == data {
            return Ok(None);
        }
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_dir_synced(&dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".daihoi-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(data)?;
    tmp.as_file().sync_all()?;
    let mut backup_error = None;
    if let Some(bdir) = backup_dir {
        if path.exists() {
            if let Err(e) = super::history::keep_backup(path, bdir) {
                backup_error = Some(e);
            }
        }
    }
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(&dir);
    Ok(backup_error)
}

/// Whether `name` is one of our temporary files (a save in progress, or
/// left by a save that was killed).
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with(".daihoi-") && name.ends_with(".tmp")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_backups_and_skips_identical_writes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        let bdir = dir.path().join("backups");
        for i in 0..15 {
            write_atomic(&file, format!("v{i}").as_bytes(), Some(&bdir)).unwrap();
            write_atomic(&file, format!("v{i}").as_bytes(), Some(&bdir)).unwrap();
        }
        assert_eq!(fs::read_to_string(&file).unwrap(), "v14");
        // Every save of the last hour is kept: v0 … v13.
        let kept = super::super::history::list_backups(&bdir, "a").unwrap();
        assert_eq!(kept.len(), 14);
        assert_eq!(fs::read_to_string(&kept[0]).unwrap(), "v0");
        assert_eq!(fs::read_to_string(kept.last().unwrap()).unwrap(), "v13");
        // No temp files left behind.
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn unwritable_backups_do_not_block_the_save() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        let bdir = dir.path().join("backups");
        fs::create_dir(&bdir).unwrap();
        write_atomic(&file, b"v0", Some(&bdir)).unwrap();
        fs::set_permissions(&bdir, fs::Permissions::from_mode(0o500)).unwrap();
        if fs::write(bdir.join("probe"), b"x").is_ok() {
            eprintln!("running as root: permissions are not enforced, skipping");
            return;
        }
        let kept = write_atomic_kept(&file, b"v1", Some(&bdir)).unwrap();
        fs::set_permissions(&bdir, fs::Permissions::from_mode(0o700)).unwrap();
        assert!(kept.is_some(), "the backup failure is reported");
        assert_eq!(fs::read_to_string(&file).unwrap(), "v1");
    }
}
