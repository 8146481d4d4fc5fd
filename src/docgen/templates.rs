//! The set of templates: built into the binary, overridable per workspace.

use super::template::{Template, TemplateError};
use super::word::WordTemplate;
use super::{DocgenError, prototype};
use crate::model::{DocKind, Ward};
use crate::store::Workspace;
use crate::strings::docgen as msg;

/// Built-in templates: document kind, file name, text.
pub const BUILTIN: [(DocKind, &str, &str); 6] = [
    (
        DocKind::PoliticalReport,
        "bao-cao-chinh-tri.txt",
        include_str!("../../templates/bao-cao-chinh-tri.txt"),
    ),
    (
        DocKind::SelfCriticism,
        "bao-cao-kiem-diem.txt",
        include_str!("../../templates/bao-cao-kiem-diem.txt"),
    ),
    (
        DocKind::Resolution,
        "nghi-quyet.txt",
        include_str!("../../templates/nghi-quyet.txt"),
    ),
    (
        DocKind::PersonnelPlan,
        "to-trinh-nhan-su.txt",
        include_str!("../../templates/to-trinh-nhan-su.txt"),
    ),
    (
        DocKind::PersonnelList,
        "danh-sach-trich-ngang.txt",
        include_str!("../../templates/danh-sach-trich-ngang.txt"),
    ),
    (
        DocKind::Agenda,
        "chuong-trinh-dai-hoi.txt",
        include_str!("../../templates/chuong-trinh-dai-hoi.txt"),
    ),
];

/// Where the template of a document kind comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateSource {
    Builtin,
    /// `templates/<name>.txt` in the workspace.
    OfficeText,
    /// `templates/<name>.docx` in the workspace (wins over a `.txt`).
    OfficeWord,
}

/// One template per document kind.
#[derive(Debug, Clone)]
pub struct Templates {
    entries: Vec<(DocKind, Template)>,
    /// Office Word templates; the `.txt` entry of the kind still gives the
    /// settings (kind of number, issuer, date, `@when`).
    word: Vec<(DocKind, WordTemplate)>,
    sources: Vec<(DocKind, TemplateSource)>,
}

/// The Word template's file name for a built-in's ("x.txt" → "x.docx").
pub fn word_file_name(txt_name: &str) -> String {
    format!("{}.docx", txt_name.trim_end_matches(".txt"))
}

impl Templates {
    /// The templates built into the program.
    pub fn builtin() -> Templates {
        let entries = BUILTIN
            .iter()
            .map(|(kind, file, src)| {
                // Built-in templates are parsed by the tests; an error here is a bug.
                let t = Template::parse(file, src).unwrap_or_else(|e| panic!("{e}"));
                (*kind, t)
            })
            .collect();
        Templates {
            entries,
            word: Vec::new(),
            sources: BUILTIN
                .iter()
                .map(|(k, _, _)| (*k, TemplateSource::Builtin))
                .collect(),
        }
    }

    /// The built-ins, each replaced by a file of the same name in the
    /// workspace's `templates/` folder when there is one. A syntax error in
    /// such a file is reported (file, line, column) and nothing is written.
    pub fn load(ws: &Workspace) -> Result<Templates, DocgenError> {
        let (t, errors) = Templates::load_all(ws)?;
        if errors.is_empty() {
            Ok(t)
        } else {
            Err(DocgenError::Templates(errors))
        }
    }

    /// Like [`Templates::load`], but a file with errors is reported and the
    /// built-in kept in its place, so the others can still be checked.
    pub fn load_all(ws: &Workspace) -> Result<(Templates, Vec<TemplateError>), DocgenError> {
        let mut t = Templates::builtin();
        let dir = ws.templates_dir();
        let mut errors = Vec::new();
        for (i, (_, file, _)) in BUILTIN.iter().enumerate() {
            let path = dir.join(file);
            if !path.is_file() {
                continue;
            }
            let text = match std::fs::read(&path) {
                Ok(b) => match crate::vi::legacy::text_from_bytes(&b) {
                    Some(t) => t,
                    None => {
                        // Windows-1258 or another legacy encoding: refuse
                        // rather than print "CH��NG TRI�NH".
                        let e = std::io::Error::new(
                            std::io::ErrorKind::InvalidData,
                            msg::TEMPLATE_NOT_UNICODE,
                        );
                        return Err(DocgenError::TemplateFile(msg::template_read_failed(
                            &path, &e,
                        )));
                    }
                },
                Err(e) => {
                    return Err(DocgenError::TemplateFile(msg::template_read_failed(
                        &path, &e,
                    )));
                }
            };
            match Template::parse(&path.display().to_string(), &text) {
                Ok(parsed) => {
                    t.entries[i].1 = parsed;
                    t.sources[i].1 = TemplateSource::OfficeText;
                }
                Err(e) => errors.push(e),
            }
        }
        for (kind, file, _) in BUILTIN.iter() {
            let path = dir.join(word_file_name(file));
            if !path.is_file() {
                continue;
            }
            let bytes = std::fs::read(&path)
                .map_err(|e| DocgenError::TemplateFile(msg::template_read_failed(&path, &e)))?;
            match WordTemplate::parse(&path.display().to_string(), bytes) {
                Ok(w) => t.set_word(*kind, w),
                Err(e) => errors.extend(e),
            }
        }
        Ok((t, errors))
    }

    /// Replace the template of `kind` with one parsed elsewhere (there is no
    /// template editor in the app: offices edit the files in `templates/`).
    pub fn set(&mut self, kind: DocKind, t: Template) {
        if let Some(e) = self.entries.iter_mut().find(|(k, _)| *k == kind) {
            e.1 = t;
        }
    }

    /// Use an office Word template for `kind`.
    pub fn set_word(&mut self, kind: DocKind, w: WordTemplate) {
        self.word.retain(|(k, _)| *k != kind);
        self.word.push((kind, w));
        if let Some(s) = self.sources.iter_mut().find(|(k, _)| *k == kind) {
            s.1 = TemplateSource::OfficeWord;
        }
    }

    /// The office Word template of `kind`, if there is one.
    pub fn word(&self, kind: DocKind) -> Option<&WordTemplate> {
        self.word.iter().find(|(k, _)| *k == kind).map(|(_, w)| w)
    }

    pub fn source(&self, kind: DocKind) -> TemplateSource {
        self.sources
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, s)| *s)
            .unwrap_or(TemplateSource::Builtin)
    }

    pub fn get(&self, kind: DocKind) -> &Template {
        // `entries` always holds every kind (built from BUILTIN).
        match self.entries.iter().find(|(k, _)| *k == kind) {
            Some((_, t)) => t,
            None => &self.entries[0].1,
        }
    }

    /// Every template checked against the model's shape: unknown
    /// placeholders, filters that do not fit, loops over non-lists.
    pub fn check(&self, ward: &Ward) -> Vec<TemplateError> {
        let proto = prototype(ward);
        self.entries
            .iter()
            .flat_map(|(_, t)| t.check(&proto))
            .chain(self.word.iter().flat_map(|(_, w)| w.check(&proto)))
            .collect()
    }
}
