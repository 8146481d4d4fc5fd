//! A packet is written into a fresh folder beside its own and swapped in
//! when complete, so the folder holds the old packet or the new one.
//!
//! ```text
//! out/Chi bộ A (a)/                 the packet: "00 - …", "01 - …" .docx/.pdf
//! out/.daihoi-moi-HASH-XXXX/        the new packet being written
//! out/.daihoi-cu-Chi bộ A (a)/      the old packet, while it is swapped out
//! ```
//! Files in the folder that are not the packet's own (named otherwise) are
//! carried over to the new folder. What a killed render leaves beside the
//! folder is tidied up by the next render of it ([`recover`]).

use super::PacketReport;
use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

const NEW_PREFIX: &str = ".daihoi-moi-";
const OLD_PREFIX: &str = ".daihoi-cu-";
/// ".daihoi-moi-<hash of the folder's name>-": the start of the name of
/// every staging folder of `out_dir`, so that what a killed render left is
/// recognised without reading anything inside.
fn new_prefix(out_dir: &Path) -> String {
    // FNV-1a: stable across runs and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in folder_name(out_dir).bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{NEW_PREFIX}{h:016x}-")
}

/// A staging folder for the packet of `out_dir`; removed when dropped
/// unless [`Stage::finish`] moved it into place.
pub struct Stage {
    dir: tempfile::TempDir,
    out_dir: PathBuf,
}

pub(crate) fn parent_of(dir: &Path) -> PathBuf {
    match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Where the old packet of `out_dir` waits while the new one moves in.
fn old_dir(out_dir: &Path) -> PathBuf {
    parent_of(out_dir).join(format!("{OLD_PREFIX}{}", folder_name(out_dir)))
}

fn folder_name(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl Stage {
    pub fn new(out_dir: &Path) -> io::Result<Stage> {
        let dir = tempfile::Builder::new()
            .prefix(&new_prefix(out_dir))
            .tempdir_in(parent_of(out_dir))?;
        Ok(Stage {
            dir,
            out_dir: out_dir.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Put the new packet in place of the old one and point the report's
    /// paths at where the files now are.
    /// With `sync_parent` false the parent folder's entries are left for
    /// the caller to sync (a batch does once at its end).
    pub fn finish(self, report: &mut PacketReport, sync_parent: bool) -> io::Result<()> {
        let stage = self.dir.path().to_path_buf();
        let produced: BTreeSet<String> = report
            .written
            .iter()
            .chain(&report.pdfs)
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        // No fsync per file (outputs can be made again at any time): one
        // sync of the folder's entries before it moves into place.
        crate::store::sync_dir(&stage);
        let out = &self.out_dir;
        let parent = parent_of(out);
        let packet_folder = out.exists() && only_packet_files(out);
        // A file held open (a document open in Word) keeps the folder where
        // it is: asked of the files themselves, since some file systems
        // (network shares, Wine) let a folder with an open file be renamed.
        let swapped = if packet_folder && !any_file_held(out) {
            let old = old_dir(out);
            match fs::rename(out, &old) {
                Ok(()) => {
                    if let Err(e) = fs::rename(&stage, out) {
                        let _ = fs::rename(&old, out);
                        return Err(e);
                    }
                    carry_over(&old, out);
                    let _ = fs::remove_dir_all(&old);
                    true
                }
                Err(_) => false,
            }
        } else if !out.exists() {
            fs::rename(&stage, out)?;
            true
        } else {
            false
        };
        if swapped {
            // The folder is in place: the TempDir must not remove it.
            let _ = self.dir.keep();
            if sync_parent {
                crate::store::sync_dir(&parent);
            }
            remap(report, &stage, out);
            return Ok(());
        }
        replace_in_place(&stage, out, &produced, packet_folder, report);
        Ok(())
    }
}

/// Whether a file in `dir` (or its subfolders) is open in another program
/// that keeps others from writing it, as Word does with a document it has
/// open. Only Windows locks files so; elsewhere nothing is held.
fn any_file_held(dir: &Path) -> bool {
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        let Ok(entries) = fs::read_dir(dir) else {
            return false;
        };
        entries.flatten().any(|e| {
            let path = e.path();
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                any_file_held(&path)
            } else {
                // No sharing: fails while another program has it open.
                fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .share_mode(0)
                    .open(&path)
                    .is_err()
            }
        })
    }
    #[cfg(not(windows))]
    {
        let _ = dir;
        false
    }
}

/// Whether `dir` holds only what daihoi writes there (its documents, the
/// congress papers' subfolder): such a folder is swapped
/// whole. A folder with the user's own files too (the packet written into
/// "Documents") has its files replaced one by one instead.
fn only_packet_files(dir: &Path) -> bool {
    let ours = packet_files(dir);
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries.filter_map(|e| e.ok()).all(|e| {
        let name = e.file_name().to_string_lossy().into_owned();
        ours.contains(&name)
            || crate::store::is_temp_name(&name)
            || name == crate::strings::papers::CONGRESS_FOLDER
    })
}

/// The entries of `old` (the previous packet folder) daihoi did not write
/// there, moved into `new`.
fn carry_over(old: &Path, new: &Path) {
    let ours = packet_files(old);
    let Ok(entries) = fs::read_dir(old) else {
        return;
    };
    for e in entries.filter_map(|e| e.ok()) {
        let name = e.file_name().to_string_lossy().into_owned();
        if ours.contains(&name) || crate::store::is_temp_name(&name) {
            continue;
        }
        let target = new.join(&name);
        if !target.exists() {
            let _ = fs::rename(e.path(), target);
        }
    }
}

/// The packet's own files in `dir`: "NN - ….docx" or ".pdf", as the
/// packet names them (see [`looks_like_ours`]); files only, never a
/// folder of the user's that happens to be named so.
fn packet_files(dir: &Path) -> BTreeSet<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return BTreeSet::new();
    };
    entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| looks_like_ours(n))
        .collect()
}

/// "05 - Danh sách trích ngang.docx": two digits, " - ", .docx or .pdf.
fn looks_like_ours(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() > 5
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && name[2..].starts_with(" - ")
        && (name.ends_with(".docx") || name.ends_with(".pdf"))
}

/// The folder could not be swapped: copy the new files over the old ones
/// one at a time (a held file is reported), and remove the old packet's
/// files the new one does not have. In a folder with the user's own files
/// too, only documents daihoi wrote are removed (a file of theirs may be
/// named like one, "01 - Kế hoạch.docx"): a .docx with daihoi's mark, a
/// .pdf beside such a .docx.
fn replace_in_place(
    stage: &Path,
    out: &Path,
    produced: &BTreeSet<String>,
    packet_folder: bool,
    report: &mut PacketReport,
) {
    let old_ours = packet_files(out);
    let mut failed_names = BTreeSet::new();
    for name in produced {
        let bytes = match fs::read(stage.join(name)) {
            Ok(b) => b,
            Err(_) => continue,
        };
        let target = out.join(name);
        if let Err(source) = super::replace(&target, &bytes) {
            let e = crate::store::WriteError {
                path: target.clone(),
                source,
            };
            let why = format!("{e} {}", crate::strings::docgen::OTHERS_STILL_WRITTEN);
            report.failed.push((target, why));
            failed_names.insert(name.clone());
        }
    }
    // Decided before removing anything: a .pdf is judged by its .docx.
    let stale: Vec<&String> = old_ours
        .difference(produced)
        .filter(|name| packet_folder || written_by_daihoi(out, name))
        .collect();
    for name in stale {
        let _ = fs::remove_file(out.join(name));
    }
    crate::store::sync_dir(out);
    remap(report, stage, out);
    report.written.retain(|p| {
        !p.file_name()
            .is_some_and(|n| failed_names.contains(&*n.to_string_lossy()))
    });
}

/// Whether `name` in `dir` is a document daihoi wrote: a .docx with its
/// mark, or the .pdf of one.
fn written_by_daihoi(dir: &Path, name: &str) -> bool {
    let docx = match name.strip_suffix(".pdf") {
        Some(stem) => format!("{stem}.docx"),
        None => name.to_string(),
    };
    crate::docgen::layout::made_by_daihoi(&dir.join(docx))
}

/// Paths under `from` now under `to`.
fn remap(report: &mut PacketReport, from: &Path, to: &Path) {
    let fix = |p: &mut PathBuf| {
        if let Ok(rest) = p.strip_prefix(from) {
            *p = to.join(rest);
        }
    };
    report.written.iter_mut().for_each(fix);
    report.pdfs.iter_mut().for_each(fix);
    for (p, why) in &mut report.failed {
        if p.starts_with(from) {
            *why = why.replace(&*from.to_string_lossy(), &to.to_string_lossy());
        }
        fix(p);
    }
}

/// The staging folders and swapped-out packets in a folder of packets:
/// what killed renders may have left there (names only).
#[derive(Debug, Default)]
pub struct Leftovers(BTreeSet<String>);

impl Leftovers {
    /// Look once in `parent` (the folder holding the packets' folders).
    pub fn scan(parent: &Path) -> Leftovers {
        let Ok(entries) = fs::read_dir(parent) else {
            return Leftovers::default();
        };
        Leftovers(
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(NEW_PREFIX) || n.starts_with(OLD_PREFIX))
                .collect(),
        )
    }
}

/// Tidy what a killed render of `out_dir` left beside it (among
/// `leftovers`, looked for in its parent): a new packet
/// never finished is removed; an old packet swapped out but not yet
/// removed goes back in place when the new one is missing, or else gives
/// back the files daihoi did not write.
pub fn recover(out_dir: &Path, leftovers: &Leftovers) {
    if leftovers.0.is_empty() {
        return;
    }
    let parent = parent_of(out_dir);
    let prefix = new_prefix(out_dir);
    // An unfinished new packet of this folder (others' are left alone).
    for name in leftovers.0.iter().filter(|n| n.starts_with(&prefix)) {
        let _ = fs::remove_dir_all(parent.join(name));
    }
    // Swapped out, then killed: back in place when the new packet is not
    // there, or else its files daihoi did not write are given back.
    let old = old_dir(out_dir);
    if leftovers.0.contains(&folder_name(&old)) && old.is_dir() {
        if !out_dir.exists() {
            let _ = fs::rename(&old, out_dir);
        } else {
            carry_over(&old, out_dir);
            let _ = fs::remove_dir_all(&old);
        }
    }
}
