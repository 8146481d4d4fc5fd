//! PDF through LibreOffice, when it is installed.

use super::PacketReport;
use crate::strings::docgen as msg;
use crate::strings::preview as pmsg;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// LibreOffice's program: on PATH (`soffice`, `libreoffice`), or on Windows
/// in the usual install folders.
pub fn find_libreoffice() -> Option<PathBuf> {
    let names: &[&str] = if cfg!(windows) {
        &["soffice.exe", "soffice.com"]
    } else {
        &["soffice", "libreoffice"]
    };
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            for n in names {
                let p = dir.join(n);
                if p.is_file() {
                    return Some(p);
                }
            }
        }
    }
    let mut fixed: Vec<PathBuf> = Vec::new();
    if cfg!(windows) {
        for var in ["ProgramFiles", "ProgramFiles(x86)", "ProgramW6432"] {
            if let Some(pf) = std::env::var_os(var) {
                fixed.push(PathBuf::from(pf).join("LibreOffice\\program\\soffice.exe"));
            }
        }
        fixed.push(PathBuf::from(
            r"C:\Program Files\LibreOffice\program\soffice.exe",
        ));
        fixed.push(PathBuf::from(
            r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
        ));
    } else if cfg!(target_os = "macos") {
        fixed.push(PathBuf::from(
            "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        ));
    }
    fixed.into_iter().find(|p| p.is_file())
}

/// Convert `files` (.docx) to PDF next to them in `out_dir`, in one
/// LibreOffice run with a private profile (so it works while the user's own
/// LibreOffice is open). Results and problems go into `report`.
pub fn convert_all(files: &[PathBuf], out_dir: &Path, report: &mut PacketReport) {
    let Some(soffice) = find_libreoffice() else {
        report.pdf_note = Some(msg::PDF_NO_LIBREOFFICE.into());
        return;
    };
    match convert(&soffice, files, out_dir) {
        Ok(pdfs) => {
            for (docx, pdf) in files.iter().zip(pdfs) {
                match pdf {
                    Some(p) => report.pdfs.push(p),
                    None => report
                        .failed
                        .push((docx.clone(), msg::pdf_failed(docx, "không có tệp PDF"))),
                }
            }
        }
        Err(detail) => {
            for docx in files {
                report
                    .failed
                    .push((docx.clone(), msg::pdf_failed(docx, &detail)));
            }
        }
    }
}

/// Run LibreOffice once over `files`; for each, the PDF if it appeared.
/// A run that hangs is stopped after [`batch_timeout`].
pub fn convert(
    soffice: &Path,
    files: &[PathBuf],
    out_dir: &Path,
) -> Result<Vec<Option<PathBuf>>, String> {
    convert_within(soffice, files, out_dir, batch_timeout(files.len()), None)
}

/// How long a run over `n` files may take before it is taken as hung: a
/// cold start on a slow office PC takes 20–40 s, each document a few more.
pub fn batch_timeout(n: usize) -> Duration {
    Duration::from_secs(120 + 15 * n as u64)
}

/// [`convert`] that gives up after `timeout`, or as soon as `cancel` is
/// set; LibreOffice (with every process it started) is then stopped, and
/// the error says so.
pub fn convert_within(
    soffice: &Path,
    files: &[PathBuf],
    out_dir: &Path,
    timeout: Duration,
    cancel: Option<&AtomicBool>,
) -> Result<Vec<Option<PathBuf>>, String> {
    if files.is_empty() {
        return Ok(Vec::new());
    }
    let profile = tempfile::Builder::new()
        .prefix("daihoi-lo-")
        .tempdir()
        .map_err(|e| e.to_string())?;
    let profile_url = file_url(profile.path());
    let targets: Vec<PathBuf> = files
        .iter()
        .map(|f| out_dir.join(f.with_extension("pdf").file_name().unwrap_or_default()))
        .collect();
    // A PDF left from an earlier run must not pass for a fresh one.
    for t in &targets {
        let _ = std::fs::remove_file(t);
    }
    // Errors go to a file: a pipe nobody reads while waiting could fill up
    // and hang LibreOffice.
    let err_path = profile.path().join("stderr.txt");
    let err_file = std::fs::File::create(&err_path).map_err(|e| e.to_string())?;
    let mut cmd = Command::new(soffice);
    cmd.arg(format!("-env:UserInstallation={profile_url}"))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(out_dir)
        .args(files)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(err_file);
    own_group(&mut cmd);
    let mut child = cmd.spawn().map_err(|e| e.to_string())?;
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {}
            Err(e) => {
                stop(&mut child);
                return Err(e.to_string());
            }
        }
        if cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
            stop(&mut child);
            return Err(pmsg::PDF_CANCELLED.to_string());
        }
        if start.elapsed() > timeout {
            stop(&mut child);
            return Err(pmsg::pdf_timed_out(timeout.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let pdfs: Vec<Option<PathBuf>> = targets
        .into_iter()
        .map(|p| p.is_file().then_some(p))
        .collect();
    if !status.success() && pdfs.iter().all(Option::is_none) {
        let err = std::fs::read_to_string(&err_path)
            .unwrap_or_default()
            .trim()
            .to_string();
        return Err(if err.is_empty() {
            status.to_string()
        } else {
            err
        });
    }
    Ok(pdfs)
}

/// Start LibreOffice in a process group of its own, so that stopping it
/// also stops the `soffice.bin` its launcher started.
#[cfg(unix)]
fn own_group(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    cmd.process_group(0);
}

#[cfg(windows)]
fn own_group(cmd: &mut Command) {
    use std::os::windows::process::CommandExt;
    const CREATE_NO_WINDOW: u32 = 0x0800_0000;
    cmd.creation_flags(CREATE_NO_WINDOW);
}

#[cfg(not(any(unix, windows)))]
fn own_group(_: &mut Command) {}

/// Stop LibreOffice and everything it started, then reap it.
fn stop(child: &mut Child) {
    let pid = child.id().to_string();
    #[cfg(unix)]
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .stderr(Stdio::null())
        .status();
    #[cfg(windows)]
    let _ = Command::new("taskkill")
        .args(["/T", "/F", "/PID", &pid])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let _ = child.kill();
    let _ = child.wait();
}

/// `file:///…` URL of a folder, as LibreOffice's `-env:` wants it.
fn file_url(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file://");
    if !s.starts_with('/') {
        out.push('/');
    }
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' | b':' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
