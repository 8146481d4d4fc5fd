//! One writer per workspace: a lock file held open with an OS lock (released
//! by the OS when the process ends, however it ends) and a small text file
//! naming the holder (PC, user, process, since when) for the others to show.
//!
//! Where the file system cannot lock (some network shares), the holder
//! rewrites its info every [`BEAT`] and a lock whose info is older than
//! [`STALE_AFTER`] (or whose process is gone, on the same PC) counts as left
//! behind by a crash.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The file held locked.
pub const LOCK_FILE: &str = ".daihoi.lock";
/// Who holds the lock (plain text, `key=value` lines).
pub const HOLDER_FILE: &str = ".daihoi.lock.txt";
/// How often the holder refreshes its info (see [`WorkspaceLock::refresh`]).
pub const BEAT: Duration = Duration::from_secs(30);
/// A holder silent this long is gone (only where OS locks do not work).
pub const STALE_AFTER: Duration = Duration::from_secs(120);

/// Who holds a workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub host: String,
    pub user: String,
    pub pid: u32,
    /// Local time the holder opened the workspace, "HH:MM dd/mm/yyyy".
    pub since: String,
    /// Seconds since the Unix epoch of the holder's last refresh.
    pub beat: u64,
}

impl Holder {
    /// Who holds the workspace, in Vietnamese, for messages.
    pub fn describe(&self) -> String {
        crate::strings::workspace::holder(&self.host, &self.user, self.pid, &self.since)
    }
}

impl Holder {
    /// This process.
    pub fn me() -> Holder {
        Holder {
            host: host_name(),
            user: user_name(),
            pid: std::process::id(),
            since: local_now(),
            beat: unix_now(),
        }
    }

    fn to_text(&self) -> String {
        format!(
            "host={}\nuser={}\npid={}\nsince={}\nbeat={}\n",
            one_line(&self.host),
            one_line(&self.user),
            self.pid,
            one_line(&self.since),
            self.beat
        )
    }

    fn parse(text: &str) -> Option<Holder> {
        let mut h = Holder {
            host: String::new(),
            user: String::new(),
            pid: 0,
            since: String::new(),
            beat: 0,
        };
        for line in text.lines() {
            let Some((k, v)) = line.split_once('=') else {
                continue;
            };
            match k {
                "host" => h.host = v.to_string(),
                "user" => h.user = v.to_string(),
                "pid" => h.pid = v.parse().ok()?,
                "since" => h.since = v.to_string(),
                "beat" => h.beat = v.parse().ok()?,
                _ => {}
            }
        }
        (h.pid != 0).then_some(h)
    }

    fn is_me(&self) -> bool {
        self.pid == std::process::id() && self.host == host_name()
    }

    /// Left behind: silent too long, or its process is gone on this PC.
    fn is_stale(&self) -> bool {
        let silent = unix_now().saturating_sub(self.beat) > STALE_AFTER.as_secs();
        silent || (self.host == host_name() && process_gone(self.pid))
    }
}

/// The outcome of [`WorkspaceLock::acquire`].
#[derive(Debug)]
pub enum LockAttempt {
    /// This process may write the workspace while the lock lives.
    Acquired(WorkspaceLock),
    /// Someone else holds it (their info, when it could be read).
    HeldBy(Option<Holder>),
}

/// Held while alive; released on drop (and by the OS if the process dies).
#[derive(Debug)]
pub struct WorkspaceLock {
    /// Kept open: closing it would release the OS lock.
    _file: File,
    info: PathBuf,
    /// The OS lock works here; otherwise the info file is the lock.
    os_lock: bool,
    holder: Holder,
}

impl WorkspaceLock {
    /// Try to become the writer of the workspace at `root` (which must exist).
    pub fn acquire(root: &Path) -> io::Result<LockAttempt> {
        let path = root.join(LOCK_FILE);
        let info = root.join(HOLDER_FILE);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)?;
        let os_lock = match file.try_lock() {
            Ok(()) => true,
            Err(fs::TryLockError::WouldBlock) => {
                return Ok(LockAttempt::HeldBy(read_holder(&info)));
            }
            Err(fs::TryLockError::Error(_)) => {
                // No OS locks here: the info file decides.
                if let Some(h) = read_holder(&info) {
                    if !h.is_me() && !h.is_stale() {
                        return Ok(LockAttempt::HeldBy(Some(h)));
                    }
                }
                false
            }
        };
        let lock = WorkspaceLock {
            _file: file,
            info,
            os_lock,
            holder: Holder::me(),
        };
        lock.write_info()?;
        // Nobody else writes now: what killed saves left can go, and what
        // deleting kept before the trash existed goes into the trash.
        super::clean_temp_files(root);
        super::Workspace::new(root).migrate_old_deletions();
        Ok(LockAttempt::Acquired(lock))
    }

    /// Whoever holds the workspace at `root` now, if anyone (reads the info
    /// file only; a left-behind info file is reported as nobody).
    pub fn holder(root: &Path) -> Option<Holder> {
        let h = read_holder(&root.join(HOLDER_FILE))?;
        let probe = OpenOptions::new()
            .read(true)
            .write(true)
            .open(root.join(LOCK_FILE))
            .ok()?;
        match probe.try_lock() {
            Ok(()) => None,
            Err(fs::TryLockError::WouldBlock) => Some(h),
            Err(fs::TryLockError::Error(_)) => (!h.is_stale()).then_some(h),
        }
    }

    pub fn holder_info(&self) -> &Holder {
        &self.holder
    }

    /// Whether the OS lock is in force (false on file systems without locks).
    pub fn os_lock(&self) -> bool {
        self.os_lock
    }

    /// Refresh the holder's info: call every [`BEAT`] so that others can
    /// tell a live holder from a crashed one where OS locks do not work.
    pub fn refresh(&mut self) -> io::Result<()> {
        self.holder.beat = unix_now();
        self.write_info()
    }

    fn write_info(&self) -> io::Result<()> {
        super::atomic::write_atomic(&self.info, self.holder.to_text().as_bytes(), None)
    }
}

impl Drop for WorkspaceLock {
    fn drop(&mut self) {
        // Remove the info only if it is still ours; the lock file stays (its
        // OS lock goes away with the handle).
        if read_holder(&self.info).is_some_and(|h| h.is_me()) {
            let _ = fs::remove_file(&self.info);
        }
    }
}

fn read_holder(info: &Path) -> Option<Holder> {
    let bytes = fs::read(info).ok()?;
    Holder::parse(&String::from_utf8_lossy(&bytes))
}

fn one_line(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn local_now() -> String {
    let now = time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    format!(
        "{:02}:{:02} {:02}/{:02}/{:04}",
        now.hour(),
        now.minute(),
        now.day(),
        now.month() as u8,
        now.year()
    )
}

/// The PC's name (Windows: COMPUTERNAME).
pub fn host_name() -> String {
    let from_env = std::env::var("COMPUTERNAME")
        .or_else(|_| std::env::var("HOSTNAME"))
        .ok();
    let name = from_env.or_else(|| {
        fs::read_to_string("/proc/sys/kernel/hostname")
            .or_else(|_| fs::read_to_string("/etc/hostname"))
            .ok()
    });
    let name = name.map(|s| s.trim().to_string()).unwrap_or_default();
    if name.is_empty() { "?".into() } else { name }
}

/// The logged-in user (Windows: USERNAME).
pub fn user_name() -> String {
    std::env::var("USERNAME")
        .or_else(|_| std::env::var("USER"))
        .or_else(|_| std::env::var("LOGNAME"))
        .map(|s| s.trim().to_string())
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "?".into())
}

/// True when `pid` surely does not run on this PC (only Linux can tell
/// without extra system calls; elsewhere the beat decides).
fn process_gone(pid: u32) -> bool {
    let proc_root = Path::new("/proc/self");
    if cfg!(target_os = "linux") && proc_root.exists() {
        !Path::new(&format!("/proc/{pid}")).exists()
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_sees_the_first_and_takes_over_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let LockAttempt::Acquired(first) = WorkspaceLock::acquire(dir.path()).unwrap() else {
            panic!("the first lock is free");
        };
        match WorkspaceLock::acquire(dir.path()).unwrap() {
            LockAttempt::HeldBy(Some(h)) => {
                assert_eq!(h.pid, std::process::id());
                assert_eq!(h.host, host_name());
                assert_eq!(h.user, user_name());
            }
            other => panic!("expected held, got {other:?}"),
        }
        assert!(WorkspaceLock::holder(dir.path()).is_some());
        drop(first);
        assert!(WorkspaceLock::holder(dir.path()).is_none());
        assert!(matches!(
            WorkspaceLock::acquire(dir.path()).unwrap(),
            LockAttempt::Acquired(_)
        ));
    }

    #[test]
    fn holder_text_round_trips() {
        let h = Holder {
            host: "MAY-VP\r\n".into(),
            user: "Văn thư".into(),
            pid: 42,
            since: "08:30 05/08/2025".into(),
            beat: 17,
        };
        let back = Holder::parse(&h.to_text()).unwrap();
        assert_eq!(back.host, "MAY-VP");
        assert_eq!(back.user, "Văn thư");
        assert_eq!(back.pid, 42);
        assert_eq!(back.since, "08:30 05/08/2025");
        assert!(back.is_stale(), "a beat from 1970 is stale");
    }
}
