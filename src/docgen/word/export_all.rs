//! "Xuất mẫu ra Word" and "Kiểm tra mẫu" for a workspace.

use crate::docgen::layout::PageSetup;
use crate::docgen::papers::{PAPER_TEMPLATES, PaperKind, PaperTemplates};
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

/// Write every built-in template (the packet's documents and the congress
/// papers) as a Word template into the workspace's `templates/` (a file
/// already there is kept), and `HUONG-DAN.md` with the fields list.
pub fn export_templates(ws: &Workspace, ward: &Ward) -> std::io::Result<ExportReport> {
    let dir = ws.templates_dir();
    crate::store::create_dir_synced(&dir)?;
    let page = PageSetup::from_settings(&ward.layout);
    let mut report = ExportReport::default();
    let docs = Templates::builtin();
    for (kind, file, _) in BUILTIN.iter() {
        let doc = super::export::source_document(docs.get(*kind), page);
        export_one(&dir.join(word_file_name(file)), doc, &mut report)?;
    }
    let papers = PaperTemplates::builtin();
    for (kind, file, _) in PAPER_TEMPLATES.iter() {
        let mut doc = super::export::source_document(papers.get(*kind), page);
        // The chair's script is a working paper without a header, as built in.
        if *kind == PaperKind::ChairScript {
            doc.header = None;
        }
        export_one(&dir.join(word_file_name(file)), doc, &mut report)?;
    }
    crate::store::write_atomic(&dir.join("HUONG-DAN.md"), fields::guide().as_bytes(), None)?;
    Ok(report)
}

fn export_one(
    path: &std::path::Path,
    doc: crate::docgen::layout::Document,
    report: &mut ExportReport,
) -> std::io::Result<()> {
    if path.exists() {
        report.kept.push(path.to_path_buf());
        return Ok(());
    }
    let bytes = crate::docgen::layout::to_docx(&[doc])?;
    crate::store::write_atomic(path, &bytes, None)?;
    report.written.push(path.to_path_buf());
    Ok(())
}

/// Every error of every template of the workspace (syntax of each file,
/// then each placeholder against the fields).
pub fn check_templates(ws: &Workspace, ward: &Ward) -> Vec<String> {
    let mut out = match Templates::load_all(ws) {
        Ok((t, mut errors)) => {
            errors.extend(t.check(ward));
            errors.iter().map(|e| e.to_string()).collect()
        }
        Err(e) => vec![e.to_string()],
    };
    match PaperTemplates::load_all(ws) {
        Ok((t, mut errors)) => {
            errors.extend(t.check(ward));
            out.extend(errors.iter().map(|e| e.to_string()));
        }
        Err(e) => out.push(e.to_string()),
    }
    out
}

/// The folder inside `templates/` where "Dùng lại mẫu có sẵn" keeps the
/// office's templates it takes out of use.
pub const SET_ASIDE_DIR: &str = "mau-da-bo";

/// Where the template of one document kind comes from, as the files in the
/// workspace's `templates/` say (a `.docx` wins over a `.txt`).
pub fn source_on_disk(ws: &Workspace, txt_name: &str) -> crate::docgen::TemplateSource {
    let dir = ws.templates_dir();
    if dir.join(word_file_name(txt_name)).is_file() {
        crate::docgen::TemplateSource::OfficeWord
    } else if dir.join(txt_name).is_file() {
        crate::docgen::TemplateSource::OfficeText
    } else {
        crate::docgen::TemplateSource::Builtin
    }
}

/// The office template files of one kind that are in use (`.docx`, `.txt`).
pub fn office_files(ws: &Workspace, txt_name: &str) -> Vec<PathBuf> {
    let dir = ws.templates_dir();
    [dir.join(word_file_name(txt_name)), dir.join(txt_name)]
        .into_iter()
        .filter(|p| p.is_file())
        .collect()
}

/// Office templates taken out of use: each file's old and new place.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetAside {
    pub moved: Vec<(PathBuf, PathBuf)>,
}

/// "Dùng lại mẫu có sẵn": move the office's templates of one kind (both the
/// `.docx` and the `.txt`) into `templates/mau-da-bo/`, never deleting them;
/// a name already there gets " (2)", " (3)"…. On a failure the files
/// already moved are put back.
pub fn set_aside(ws: &Workspace, txt_name: &str) -> std::io::Result<SetAside> {
    let keep = ws.templates_dir().join(SET_ASIDE_DIR);
    crate::store::create_dir_synced(&keep)?;
    let mut done = SetAside::default();
    for from in office_files(ws, txt_name) {
        let name = from.file_name().map(|n| n.to_string_lossy().into_owned());
        let to = free_name(&keep, &name.unwrap_or_default());
        if let Err(e) = std::fs::rename(&from, &to) {
            // Leave the templates as they were.
            let _ = put_back(&done);
            return Err(e);
        }
        done.moved.push((from, to));
    }
    Ok(done)
}

/// Undo [`set_aside`]: each file back to its place, unless a file of that
/// name has appeared there since (then it is left where it was kept).
pub fn put_back(s: &SetAside) -> std::io::Result<()> {
    let mut first_error = None;
    for (from, to) in s.moved.iter().rev() {
        if from.exists() {
            first_error.get_or_insert(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                from.display().to_string(),
            ));
            continue;
        }
        if let Err(e) = std::fs::rename(to, from) {
            first_error.get_or_insert(e);
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// `dir/name`, or `dir/stem (2).ext`… when taken.
fn free_name(dir: &std::path::Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) => (s, format!(".{e}")),
        None => (name, String::new()),
    };
    (2..)
        .map(|i| dir.join(format!("{stem} ({i}){ext}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

#[cfg(test)]
mod set_aside_tests {
    use super::*;

    #[test]
    fn set_aside_keeps_a_copy_and_put_back_restores_it() {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::new(dir.path().to_path_buf());
        let t = ws.templates_dir();
        std::fs::create_dir_all(&t).unwrap();
        std::fs::write(t.join("nghi-quyet.docx"), b"docx").unwrap();
        std::fs::write(t.join("nghi-quyet.txt"), b"txt").unwrap();
        assert_eq!(
            source_on_disk(&ws, "nghi-quyet.txt"),
            crate::docgen::TemplateSource::OfficeWord
        );
        let s = set_aside(&ws, "nghi-quyet.txt").unwrap();
        assert_eq!(s.moved.len(), 2);
        assert_eq!(
            source_on_disk(&ws, "nghi-quyet.txt"),
            crate::docgen::TemplateSource::Builtin
        );
        let kept = t.join(SET_ASIDE_DIR).join("nghi-quyet.docx");
        assert_eq!(std::fs::read(&kept).unwrap(), b"docx");
        // A second template set aside under the same name does not replace the first.
        std::fs::write(t.join("nghi-quyet.docx"), b"second").unwrap();
        let s2 = set_aside(&ws, "nghi-quyet.txt").unwrap();
        assert_eq!(std::fs::read(&kept).unwrap(), b"docx");
        assert_eq!(
            std::fs::read(t.join(SET_ASIDE_DIR).join("nghi-quyet (2).docx")).unwrap(),
            b"second"
        );
        put_back(&s2).unwrap();
        assert_eq!(std::fs::read(t.join("nghi-quyet.docx")).unwrap(), b"second");
        // Putting back over a file that appeared since leaves both alone.
        assert!(put_back(&s).is_err());
        assert_eq!(std::fs::read(t.join("nghi-quyet.docx")).unwrap(), b"second");
        assert_eq!(std::fs::read(t.join("nghi-quyet.txt")).unwrap(), b"txt");
        assert_eq!(std::fs::read(&kept).unwrap(), b"docx");
    }
}
