//! PDF through LibreOffice, when it is installed.

use super::PacketReport;
use crate::strings::docgen as msg;
use std::path::{Path, PathBuf};
use std::process::Command;

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
pub fn convert(
    soffice: &Path,
    files: &[PathBuf],
    out_dir: &Path,
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
    let output = Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile_url}"))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(out_dir)
        .args(files)
        .output()
        .map_err(|e| e.to_string())?;
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
