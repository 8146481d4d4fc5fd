//! Folders that survive a power cut: create them and fsync their parents.

use std::fs;
use std::io;
use std::path::Path;

/// `create_dir_all`, then fsync the new folders' parents so a power cut
/// cannot lose a folder whose files were already synced.
pub fn create_dir_synced(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut missing = Vec::new();
    let mut cur = Some(dir);
    while let Some(d) = cur {
        if d.as_os_str().is_empty() || d.is_dir() {
            break;
        }
        missing.push(d.to_path_buf());
        cur = d.parent();
    }
    fs::create_dir_all(dir)?;
    for d in missing.iter().rev() {
        if let Some(parent) = d.parent() {
            sync_dir(parent);
        }
    }
    Ok(())
}

#[cfg(unix)]
pub(crate) fn sync_dir(dir: &Path) {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    if let Ok(d) = fs::File::open(dir)
        && d.sync_all().is_ok()
    {
        #[cfg(test)]
        tests::SYNCED.with(|s| s.borrow_mut().push(dir.to_path_buf()));
    }
}

#[cfg(not(unix))]
pub(crate) fn sync_dir(_dir: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::path::PathBuf;

    thread_local! {
        /// The folders this thread has fsynced, in order.
        pub(super) static SYNCED: RefCell<Vec<PathBuf>> = const { RefCell::new(Vec::new()) };
    }

    fn synced() -> Vec<PathBuf> {
        SYNCED.with(|s| std::mem::take(&mut *s.borrow_mut()))
    }

    #[cfg(unix)]
    #[test]
    fn each_new_folder_is_synced_into_its_parent() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        synced();
        let deep = root.join("a").join("b").join("c");
        create_dir_synced(&deep).unwrap();
        assert!(deep.is_dir());
        // The entry of each new folder lives in its parent: the parent of
        // "a" (which existed), then "a", then "b", outermost first.
        assert_eq!(
            synced(),
            vec![root.to_path_buf(), root.join("a"), root.join("a").join("b")]
        );
        // A folder that exists already costs nothing.
        create_dir_synced(&deep).unwrap();
        assert!(synced().is_empty());
        // Only the folders that were missing.
        create_dir_synced(&root.join("a").join("x")).unwrap();
        assert_eq!(synced(), vec![root.join("a")]);
    }

    #[test]
    fn a_file_in_the_way_is_an_error_and_nothing_is_synced() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("f");
        fs::write(&file, "x").unwrap();
        synced();
        assert!(create_dir_synced(&file.join("d")).is_err());
        assert!(synced().is_empty());
    }
}
