//! Earlier versions of a file, kept by time in `backups/`:
//! every save of the last hour (the newest [`RECENT_MAX`] of them), then one
//! per hour for two days, then one per day for 60 days, all bounded by
//! [`MAX_BYTES`] per file. Older versions are removed as new ones arrive.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use time::{Duration, OffsetDateTime, PrimitiveDateTime};

/// Saves of the last hour kept one by one (newest first); older saves of
/// that hour are thinned to one per minute.
pub const RECENT_MAX: usize = 120;
/// Total size of one file's backups; the oldest go first past it (the
/// newest ten are always kept).
pub const MAX_BYTES: u64 = 200 * 1024 * 1024;
const HOUR: Duration = Duration::hours(1);
const HOURLY: Duration = Duration::days(2);
const DAILY: Duration = Duration::days(60);
const ALWAYS_KEPT: usize = 10;

/// One kept version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub path: PathBuf,
    /// When it was replaced by a newer save (UTC).
    pub saved: OffsetDateTime,
    pub bytes: u64,
}

/// Put the current contents of `path` into `bdir` under a time-stamped name
/// and thin out older ones. A hard link costs nothing and can never be
/// partial; where links are not supported the file is copied.
pub(crate) fn keep_backup(path: &Path, bdir: &Path) -> io::Result<()> {
    super::fsync::create_dir_synced(bdir)?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "tep".into());
    let stamp = stamp(OffsetDateTime::now_utc());
    // The counter keeps names unique and sorted when saves share a millisecond.
    let mut n = 0;
    let mut target = bdir.join(format!("{stem}-{stamp}-{n:03}.ron"));
    while target.exists() {
        n += 1;
        target = bdir.join(format!("{stem}-{stamp}-{n:03}.ron"));
    }
    if fs::hard_link(path, &target).is_err() {
        let tmp = bdir.join(format!(".daihoi-{stem}-{stamp}.tmp"));
        fs::copy(path, &tmp)?;
        fs::File::open(&tmp)?.sync_all()?;
        fs::rename(&tmp, &target)?;
    }
    super::fsync::sync_dir(bdir);
    prune(bdir, &stem, OffsetDateTime::now_utc())
}

/// "20250805-094212-345" (UTC), sortable.
pub(crate) fn stamp(t: OffsetDateTime) -> String {
    format!(
        "{:04}{:02}{:02}-{:02}{:02}{:02}-{:03}",
        t.year(),
        t.month() as u8,
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.millisecond()
    )
}

/// The time in a name made by [`stamp`].
pub(crate) fn parse_stamp(s: &str) -> Option<OffsetDateTime> {
    let b = s.as_bytes();
    if b.len() < 19 || b[8] != b'-' || b[15] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> { s.get(r)?.parse().ok() };
    let date = time::Date::from_calendar_date(
        num(0..4)? as i32,
        time::Month::try_from(num(4..6)? as u8).ok()?,
        num(6..8)? as u8,
    )
    .ok()?;
    let t = time::Time::from_hms_milli(
        num(9..11)? as u8,
        num(11..13)? as u8,
        num(13..15)? as u8,
        num(16..19)? as u16,
    )
    .ok()?;
    Some(PrimitiveDateTime::new(date, t).assume_utc())
}

/// Which of `versions` (any order) to keep at `now`: true at the index of
/// each kept one.
pub fn retained(versions: &[(OffsetDateTime, u64)], now: OffsetDateTime) -> Vec<bool> {
    let mut order: Vec<usize> = (0..versions.len()).collect();
    // Newest first.
    order.sort_by(|&a, &b| versions[b].0.cmp(&versions[a].0));
    let mut keep = vec![false; versions.len()];
    let mut recent = 0;
    let mut last_bucket: Option<(u8, i64)> = None;
    for &i in &order {
        let age = now - versions[i].0;
        let secs = versions[i].0.unix_timestamp();
        let bucket = if age < HOUR {
            if recent < RECENT_MAX {
                recent += 1;
                keep[i] = true;
                continue;
            }
            (0, secs.div_euclid(60))
        } else if age < HOURLY {
            (1, secs.div_euclid(3600))
        } else if age < DAILY {
            (2, secs.div_euclid(86_400))
        } else {
            continue;
        };
        // Newest in each bucket.
        if last_bucket != Some(bucket) {
            keep[i] = true;
            last_bucket = Some(bucket);
        }
    }
    // Size bound: drop the oldest kept past it.
    let mut total = 0u64;
    let mut count = 0;
    for &i in &order {
        if !keep[i] {
            continue;
        }
        count += 1;
        total = total.saturating_add(versions[i].1);
        if total > MAX_BYTES && count > ALWAYS_KEPT {
            keep[i] = false;
        }
    }
    keep
}

fn prune(bdir: &Path, stem: &str, now: OffsetDateTime) -> io::Result<()> {
    let found = versions(bdir, stem)?;
    let plain: Vec<(OffsetDateTime, u64)> = found.iter().map(|v| (v.saved, v.bytes)).collect();
    for (v, keep) in found.iter().zip(retained(&plain, now)) {
        if !keep {
            let _ = fs::remove_file(&v.path);
        }
    }
    Ok(())
}

/// The backups of `stem` in `bdir`, oldest first.
pub fn list_backups(bdir: &Path, stem: &str) -> io::Result<Vec<PathBuf>> {
    Ok(versions(bdir, stem)?.into_iter().map(|v| v.path).collect())
}

/// The kept versions of `stem` in `bdir`, oldest first.
pub fn versions(bdir: &Path, stem: &str) -> io::Result<Vec<Version>> {
    let prefix = format!("{stem}-");
    let rd = match fs::read_dir(bdir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut found: Vec<Version> = rd
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let rest = name.strip_prefix(&prefix)?.strip_suffix(".ron")?;
            let saved = parse_stamp(rest)?;
            let bytes = e.metadata().ok()?.len();
            Some(Version {
                path: e.path(),
                saved,
                bytes,
            })
        })
        .collect();
    found.sort_by(|a, b| a.saved.cmp(&b.saved).then_with(|| a.path.cmp(&b.path)));
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(now: OffsetDateTime, ago: Duration) -> (OffsetDateTime, u64) {
        (now - ago, 1000)
    }

    #[test]
    fn stamps_round_trip() {
        let t = time::macros::datetime!(2025-08-05 09:42:12.345 UTC);
        assert_eq!(stamp(t), "20250805-094212-345");
        assert_eq!(parse_stamp("20250805-094212-345-000"), Some(t));
        assert_eq!(parse_stamp("1754380000-xoa"), None);
    }

    #[test]
    fn retention_by_time() {
        let now = time::macros::datetime!(2025-08-05 12:00 UTC);
        let mut v = Vec::new();
        // A save every 5 s for the last 20 minutes: 240 saves.
        for i in 0..240 {
            v.push(at(now, Duration::seconds(5 * i + 1)));
        }
        // Saves every 10 minutes for three days.
        for i in 3..(3 * 24 * 6) {
            v.push(at(now, Duration::minutes(10 * i)));
        }
        // One 70 days ago.
        v.push(at(now, Duration::days(70)));
        let keep = retained(&v, now);
        // The newest 120 saves are kept one by one.
        assert!(keep[..RECENT_MAX].iter().all(|k| *k));
        // The remaining 120 of the 20 minutes: at most one per minute.
        let thinned = keep[RECENT_MAX..240].iter().filter(|k| **k).count();
        assert!((9..=11).contains(&thinned), "{thinned}");
        // Between 1 h and 48 h: one per hour.
        let hourly = v
            .iter()
            .zip(&keep)
            .filter(|((t, _), k)| **k && now - *t >= HOUR && now - *t < HOURLY)
            .count();
        assert!((46..=48).contains(&hourly), "{hourly}");
        // 2..3 days ago: one per day boundary crossing at most 2.
        let daily = v
            .iter()
            .zip(&keep)
            .filter(|((t, _), k)| **k && now - *t >= HOURLY)
            .count();
        assert!((1..=2).contains(&daily), "{daily}");
        // Nothing older than 60 days.
        assert!(!keep.last().unwrap());
    }

    #[test]
    fn retention_is_bounded_in_size() {
        let now = time::macros::datetime!(2025-08-05 12:00 UTC);
        let v: Vec<_> = (0..100)
            .map(|i| (now - Duration::seconds(i + 1), 10 * 1024 * 1024))
            .collect();
        let keep = retained(&v, now);
        let n = keep.iter().filter(|k| **k).count();
        assert_eq!(n as u64, MAX_BYTES / (10 * 1024 * 1024));
        assert!(keep[0], "the newest is kept");
    }
}

/// What an earlier version of a branch lacks or has compared with the
/// current one, in a few words ("hiện nay thêm 2 đảng viên; tên chi bộ khác").
pub fn difference(older: &crate::model::Branch, current: &crate::model::Branch) -> String {
    use crate::strings::workspace as msg;
    if older == current {
        return msg::NO_DIFFERENCE.to_string();
    }
    let mut parts = Vec::new();
    if older.name != current.name {
        parts.push(msg::NAME_DIFFERS.to_string());
    }
    let added = current
        .members
        .iter()
        .filter(|m| older.member(m.id).is_none())
        .count();
    let removed = older
        .members
        .iter()
        .filter(|m| current.member(m.id).is_none())
        .count();
    let changed = older
        .members
        .iter()
        .filter(|m| current.member(m.id).is_some_and(|c| c != *m))
        .count();
    if added > 0 {
        parts.push(msg::members_added(added));
    }
    if removed > 0 {
        parts.push(msg::members_removed(removed));
    }
    if changed > 0 {
        parts.push(msg::members_changed(changed));
    }
    if older.congress != current.congress {
        parts.push(msg::CONGRESS_DIFFERS.to_string());
    }
    if older.drafts != current.drafts {
        parts.push(msg::DRAFTS_DIFFER.to_string());
    }
    if older.checklist != current.checklist {
        parts.push(msg::CHECKLIST_DIFFERS.to_string());
    }
    if older.results != current.results {
        parts.push(msg::RESULTS_DIFFER.to_string());
    }
    if parts.is_empty() {
        parts.push(msg::OTHER_DIFFERS.to_string());
    }
    parts.join("; ")
}
