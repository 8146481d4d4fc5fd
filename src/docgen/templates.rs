//! The set of templates: built into the binary, overridable per workspace.

use super::template::{Record, Template, TemplateError};
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

/// One template per kind of a family (the packet's documents, the congress
/// papers): the built-ins, each overridden by the workspace's file of the
/// same name (`.txt`) and/or its Word template (`.docx`).
#[derive(Debug, Clone)]
pub struct TemplateSet<K> {
    entries: Vec<(K, Template)>,
    /// Office Word templates; the `.txt` entry of the kind still gives the
    /// settings (kind of number, issuer, date, `@when`).
    word: Vec<(K, WordTemplate)>,
    sources: Vec<(K, TemplateSource)>,
}

/// The templates of the packet's documents.
pub type Templates = TemplateSet<DocKind>;

/// The Word template's file name for a built-in's ("x.txt" → "x.docx").
pub fn word_file_name(txt_name: &str) -> String {
    format!("{}.docx", txt_name.trim_end_matches(".txt"))
}

impl<K: Copy + PartialEq> TemplateSet<K> {
    /// The built-in templates of a family (kind, file name, text).
    pub fn from_builtin(list: &[(K, &str, &str)]) -> TemplateSet<K> {
        let entries = list
            .iter()
            .map(|(kind, file, src)| {
                // Built-in templates are parsed by the tests; an error here is a bug.
                let t = Template::parse(file, src).unwrap_or_else(|e| panic!("{e}"));
                (*kind, t)
            })
            .collect();
        TemplateSet {
            entries,
            word: Vec::new(),
            sources: list
                .iter()
                .map(|(k, _, _)| (*k, TemplateSource::Builtin))
                .collect(),
        }
    }

    /// The built-ins of `list`, each replaced by the workspace's `.txt`
    /// and `.docx` of the same name when there is one. A file with errors
    /// is reported (every error) and its built-in kept in its place, so the
    /// others can still be checked; a file that cannot be read at all is
    /// the error.
    pub fn load_from(
        ws: &Workspace,
        list: &[(K, &str, &str)],
    ) -> Result<(TemplateSet<K>, Vec<TemplateError>), DocgenError> {
        let mut t = TemplateSet::from_builtin(list);
        let dir = ws.templates_dir();
        let mut errors = Vec::new();
        for (i, (_, file, _)) in list.iter().enumerate() {
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
        for (kind, file, _) in list.iter() {
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
    pub fn set(&mut self, kind: K, t: Template) {
        if let Some(e) = self.entries.iter_mut().find(|(k, _)| *k == kind) {
            e.1 = t;
        }
    }

    /// Use an office Word template for `kind`.
    pub fn set_word(&mut self, kind: K, w: WordTemplate) {
        self.word.retain(|(k, _)| *k != kind);
        self.word.push((kind, w));
        if let Some(s) = self.sources.iter_mut().find(|(k, _)| *k == kind) {
            s.1 = TemplateSource::OfficeWord;
        }
    }

    /// The office Word template of `kind`, if there is one.
    pub fn word(&self, kind: K) -> Option<&WordTemplate> {
        self.word.iter().find(|(k, _)| *k == kind).map(|(_, w)| w)
    }

    pub fn source(&self, kind: K) -> TemplateSource {
        self.sources
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, s)| *s)
            .unwrap_or(TemplateSource::Builtin)
    }

    pub fn get(&self, kind: K) -> &Template {
        // `entries` always holds every kind (built from the built-ins).
        match self.entries.iter().find(|(k, _)| *k == kind) {
            Some((_, t)) => t,
            None => &self.entries[0].1,
        }
    }

    /// Every template checked against the shape of `proto`: unknown
    /// placeholders, filters that do not fit, loops over non-lists.
    pub fn check_against(&self, proto: &Record) -> Vec<TemplateError> {
        self.entries
            .iter()
            .flat_map(|(_, t)| t.check(proto))
            .chain(self.word.iter().flat_map(|(_, w)| w.check(proto)))
            .collect()
    }
}

impl Templates {
    /// The templates built into the program.
    pub fn builtin() -> Templates {
        TemplateSet::from_builtin(&BUILTIN)
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
        TemplateSet::load_from(ws, &BUILTIN)
    }

    /// Every template checked against the model's shape.
    pub fn check(&self, ward: &Ward) -> Vec<TemplateError> {
        self.check_against(&prototype(ward))
    }
}
