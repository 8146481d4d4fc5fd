//! PDF through LibreOffice, when it is installed.

use super::PacketReport;
use crate::strings::docgen as msg;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
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

/// How long LibreOffice may take over `files` files before it is ended: a
/// minute to start (a first start on a slow PC builds its profile), and 20
/// seconds per file. `DAIHOI_PDF_TIMEOUT_SECS` overrides it (tests).
pub fn timeout_for(files: usize) -> Duration {
    if let Some(secs) = std::env::var("DAIHOI_PDF_TIMEOUT_SECS")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0)
    {
        return Duration::from_secs_f64(secs);
    }
    Duration::from_secs(60 + 20 * files as u64)
}

/// Run `command`, its output collected; ended (with the processes it
/// started) after `timeout`, with a Vietnamese message saying so.
fn run_with_timeout(
    mut command: Command,
    timeout: Duration,
    cancel: Option<&AtomicBool>,
) -> Result<Output, String> {
    command.stdout(Stdio::null()).stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Its own process group, so that ending it ends soffice.bin too.
        command.process_group(0);
    }
    let mut child = command.spawn().map_err(|e| e.to_string())?;
    // Read stderr on a thread: a full pipe must not stall LibreOffice.
    let mut stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(e) = stderr.as_mut() {
            let _ = std::io::Read::read_to_end(e, &mut buf);
        }
        buf
    });
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                let stderr = reader.join().unwrap_or_default();
                return Ok(Output {
                    status,
                    stdout: Vec::new(),
                    stderr,
                });
            }
            Ok(None) if cancel.is_some_and(|c| c.load(Ordering::Relaxed)) => {
                end_process(&mut child);
                let _ = reader.join();
                return Err(crate::strings::preview::PDF_CANCELLED.to_string());
            }
            Ok(None) if start.elapsed() >= timeout => {
                end_process(&mut child);
                let _ = reader.join();
                return Err(msg::pdf_timed_out(timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(e.to_string()),
        }
    }
}

/// End a process and what it started.
fn end_process(child: &mut Child) {
    #[cfg(unix)]
    {
        unsafe extern "C" {
            fn kill(pid: i32, sig: i32) -> i32;
        }
        const SIGKILL: i32 = 9;
        // The child leads its own process group (`process_group(0)`), whose
        // id is its pid: the soffice script and its soffice.bin. Never a
        // group id of 0 or 1 (this process's group; every process).
        if let Ok(pgid) = i32::try_from(child.id()) {
            if pgid > 1 {
                // SAFETY: a plain system call without pointers.
                unsafe {
                    kill(-pgid, SIGKILL);
                }
            }
        }
    }
    #[cfg(windows)]
    {
        let _ = Command::new("taskkill")
            .args(["/T", "/F", "/PID", &child.id().to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Run LibreOffice once over `files`; for each, the PDF if it appeared.
pub fn convert(
    soffice: &Path,
    files: &[PathBuf],
    out_dir: &Path,
) -> Result<Vec<Option<PathBuf>>, String> {
    convert_within(soffice, files, out_dir, timeout_for(files.len()), None)
}

/// [`convert`] that is ended after `timeout`, or as soon as `cancel` is set
/// (the page preview asked for another state of the document).
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
    let mut command = Command::new(soffice);
    command
        .arg(format!("-env:UserInstallation={profile_url}"))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(out_dir)
        .args(files);
    let output = run_with_timeout(command, timeout, cancel)?;
    let pdfs: Vec<Option<PathBuf>> = targets
        .into_iter()
        .map(|p| p.is_file().then_some(p))
        .collect();
    if !output.status.success() && pdfs.iter().all(Option::is_none) {
        let err = String::from_utf8_lossy(&output.stderr).trim().to_string();
        return Err(if err.is_empty() {
            output.status.to_string()
        } else {
            err
        });
    }
    Ok(pdfs)
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
