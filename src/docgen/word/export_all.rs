//! "Xuất mẫu ra Word" and "Kiểm tra mẫu" for a workspace.

use crate::docgen::layout::PageSetup;
use crate::docgen::templates::word_file_name;
use crate::docgen::{BUILTIN, Templates, fields};
use crate::model::Ward;
use crate::store::Workspace;
use std::path::PathBuf;

/// What `--export` did.
#[derive(Debug, Default)]
pub struct ExportReport {
    pub written: Vec<PathBuf>,
    /// Templates already there, left as they were.
    pub kept: Vec<PathBuf>,
}

/// Write every built-in template as a Word template into the workspace's
/// `templates/` (a file already there is kept), and `HUONG-DAN.md` with
/// the fields list.
pub fn export_templates(ws: &Workspace, ward: &Ward) -> std::io::Result<ExportReport> {
    let dir = ws.templates_dir();
    std::fs::create_dir_all(&dir)?;
    let builtin = Templates::builtin();
    let mut report = ExportReport::default();
    for (kind, file, _) in BUILTIN.iter() {
        let path = dir.join(word_file_name(file));
        if path.exists() {
            report.kept.push(path);
            continue;
        }
        let bytes = super::export::to_word_template(
            builtin.get(*kind),
            PageSetup::from_settings(&ward.layout),
        )?;
        crate::store::write_atomic(&path, &bytes, None)?;
        report.written.push(path);
    }
    crate::store::write_atomic(&dir.join("HUONG-DAN.md"), fields::guide().as_bytes(), None)?;
    Ok(report)
}

/// Every error of every template of the workspace (syntax of each file,
/// then each placeholder against the fields).
pub fn check_templates(ws: &Workspace, ward: &Ward) -> Vec<String> {
    match Templates::load_all(ws) {
        Ok((t, mut errors)) => {
            errors.extend(t.check(ward));
            errors.iter().map(|e| e.to_string()).collect()
        }
        Err(e) => vec![e.to_string()],
    }
}
