//! The congress-day papers and those that follow the congress: the
//! roll-call list, the chair's script, the minutes, the ratification
//! request and decision (templates the office can reword, in `templates/`),
//! and the papers laid out in code: the ballot-entry log, the dossier
//! checklist and combined dossier, the ward's summary of comments on the
//! superior's drafts.
//!
//! [`congress_papers`] lists every paper the branch's data allows; `daihoi
//! render` writes them into a subfolder of the branch's folder.

mod comments;
mod context;
mod dossier;
mod entry_log;
mod script;

pub use comments::{comments_file, comments_summary};
pub use context::paper_context;
pub use dossier::{dossier_checklist, dossier_combined, dossier_packages};
pub use entry_log::entry_log;

use super::ballot;
use super::layout::{self, Document, PageSetup};
use super::template::{DateRule, TemplateError};
use super::templates::TemplateSet;
use super::{BUILTIN, DocFacts, DocgenError, Templates, counting_minutes, header, safe_file_name};
use crate::model::{Branch, Date, Office, Ward};
use crate::store::Workspace;
use crate::strings::{docgen as dmsg, election as emsg, papers as msg};
use std::path::{Path, PathBuf};

/// The templated congress papers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PaperKind {
    /// Danh sách đảng viên dự đại hội, with a signature column.
    RollCallList,
    /// Kịch bản điều hành đại hội (the chair's script).
    ChairScript,
    /// Biên bản đại hội.
    CongressMinutes,
    /// Tờ trình đề nghị chuẩn y kết quả bầu cử.
    RatificationRequest,
    /// Quyết định chuẩn y (issued by the ward committee).
    RatificationDecision,
}

impl PaperKind {
    pub const ALL: [PaperKind; 5] = [
        PaperKind::RollCallList,
        PaperKind::ChairScript,
        PaperKind::CongressMinutes,
        PaperKind::RatificationRequest,
        PaperKind::RatificationDecision,
    ];

    /// The paper's name in file names and lists.
    pub fn label(self) -> &'static str {
        match self {
            PaperKind::RollCallList => msg::PAPER_ROLL_CALL,
            PaperKind::ChairScript => msg::PAPER_SCRIPT,
            PaperKind::CongressMinutes => msg::PAPER_MINUTES,
            PaperKind::RatificationRequest => msg::PAPER_RATIFICATION_REQUEST,
            PaperKind::RatificationDecision => msg::PAPER_RATIFICATION_DECISION,
        }
    }
}

/// Built-in paper templates: kind, file name, text.
pub const PAPER_TEMPLATES: [(PaperKind, &str, &str); 5] = [
    (
        PaperKind::RollCallList,
        "danh-sach-dang-vien-du-dai-hoi.txt",
        include_str!("../../../templates/danh-sach-dang-vien-du-dai-hoi.txt"),
    ),
    (
        PaperKind::ChairScript,
        "kich-ban-dai-hoi.txt",
        include_str!("../../../templates/kich-ban-dai-hoi.txt"),
    ),
    (
        PaperKind::CongressMinutes,
        "bien-ban-dai-hoi.txt",
        include_str!("../../../templates/bien-ban-dai-hoi.txt"),
    ),
    (
        PaperKind::RatificationRequest,
        "to-trinh-chuan-y.txt",
        include_str!("../../../templates/to-trinh-chuan-y.txt"),
    ),
    (
        PaperKind::RatificationDecision,
        "quyet-dinh-chuan-y.txt",
        include_str!("../../../templates/quyet-dinh-chuan-y.txt"),
    ),
];

/// One template per paper kind; the workspace's `templates/` folder
/// overrides a built-in with a file of the same name (`.txt`) or a Word
/// template (`.docx`), as for the packet's documents.
pub type PaperTemplates = TemplateSet<PaperKind>;

impl PaperTemplates {
    pub fn builtin() -> PaperTemplates {
        TemplateSet::from_builtin(&PAPER_TEMPLATES)
    }

    /// The built-ins, each replaced by the workspace's copy when there is
    /// one; errors are reported with file, line and column (or paragraph).
    pub fn load(ws: &Workspace) -> Result<PaperTemplates, DocgenError> {
        let (t, errors) = PaperTemplates::load_all(ws)?;
        if errors.is_empty() {
            Ok(t)
        } else {
            Err(DocgenError::Templates(errors))
        }
    }

    /// Like [`PaperTemplates::load`], but a file with errors is reported
    /// and its built-in kept, so the others can still be checked.
    pub fn load_all(ws: &Workspace) -> Result<(PaperTemplates, Vec<TemplateError>), DocgenError> {
        TemplateSet::load_from(ws, &PAPER_TEMPLATES)
    }

    /// Every paper template checked against the shape of the context.
    pub fn check(&self, ward: &Ward) -> Vec<TemplateError> {
        self.check_against(&paper_context(
            ward,
            &Branch::default(),
            &DocFacts::default(),
        ))
    }
}

/// The date a paper's header carries.
fn paper_date(b: &Branch, kind: PaperKind, rule: DateRule) -> Option<Date> {
    match kind {
        PaperKind::RatificationRequest => b.ratification.requested_on,
        PaperKind::RatificationDecision => b.ratification.decided_on,
        _ => match rule {
            DateRule::Blank => None,
            _ => b.congress.date,
        },
    }
}

/// Whether the branch's data allows the paper.
pub fn paper_applies(b: &Branch, kind: PaperKind) -> bool {
    let results = b.results.held && !b.results.rounds.is_empty();
    match kind {
        PaperKind::RollCallList | PaperKind::ChairScript => !b.members.is_empty(),
        PaperKind::CongressMinutes => b.results.held,
        PaperKind::RatificationRequest | PaperKind::RatificationDecision => results,
    }
}

/// The header of a templated paper.
fn paper_header(
    ward: &Ward,
    b: &Branch,
    kind: PaperKind,
    templates: &PaperTemplates,
) -> super::layout::Header {
    let t = templates.get(kind);
    let date = paper_date(b, kind, t.date_rule());
    let number = match kind {
        PaperKind::RatificationDecision => b.ratification.decision_number.trim().parse().ok(),
        _ => None,
    };
    header(ward, Some(b), t.issuer(), t.number_kind(), number, date)
}

/// The paper as .docx bytes from the office's Word template of `kind`,
/// when there is one (templates checked by the caller).
pub fn paper_word(
    ward: &Ward,
    b: &Branch,
    kind: PaperKind,
    templates: &PaperTemplates,
) -> Option<std::io::Result<Vec<u8>>> {
    let w = templates.word(kind)?;
    let h = paper_header(ward, b, kind, templates);
    let facts = DocFacts {
        number: h.number.clone(),
        place_date: h.place_date.clone(),
    };
    Some(w.render(&paper_context(ward, b, &facts)))
}

/// Lay out one templated paper (templates checked by the caller).
pub fn paper(ward: &Ward, b: &Branch, kind: PaperKind, templates: &PaperTemplates) -> Document {
    let t = templates.get(kind);
    let h = paper_header(ward, b, kind, templates);
    let facts = DocFacts {
        number: h.number.clone(),
        place_date: h.place_date.clone(),
    };
    let ctx = paper_context(ward, b, &facts);
    // The script is a working paper for the hall: no number, no header.
    let h = (kind != PaperKind::ChairScript).then_some(h);
    let mut doc = t.render(&ctx, PageSetup::from_settings(&ward.layout), h);
    super::dots::fit_dots(&mut doc);
    doc
}

/// One paper to write: its file name (without folder) and its layout.
#[derive(Debug, Clone)]
pub struct Paper {
    pub file: String,
    pub doc: Document,
    /// The paper from the office's Word template, when there is one: this
    /// is what is written (`doc` is the built-in layout).
    pub word: Option<Vec<u8>>,
}

fn named(name: &str, b: &Branch) -> String {
    safe_file_name(&msg::paper_file(name, &b.name)) + ".docx"
}

/// Every congress-day paper the branch's data allows, in dossier order:
/// the roll-call list, ballots of the current round of each election, the
/// counting minutes and entry log of every round, the minutes, the
/// ratification request and decision, and the dossier checklist.
pub fn congress_papers(
    ward: &Ward,
    b: &Branch,
    templates: &PaperTemplates,
) -> Result<Vec<Paper>, DocgenError> {
    let errors = templates.check(ward);
    if !errors.is_empty() {
        return Err(DocgenError::Templates(errors));
    }
    let mut out = Vec::new();
    let push_paper = |kind: PaperKind, out: &mut Vec<Paper>| -> Result<(), DocgenError> {
        if paper_applies(b, kind) {
            out.push(Paper {
                file: named(kind.label(), b),
                doc: paper(ward, b, kind, templates),
                word: paper_word(ward, b, kind, templates).transpose()?,
            });
        }
        Ok(())
    };
    push_paper(PaperKind::RollCallList, &mut out)?;
    push_paper(PaperKind::ChairScript, &mut out)?;
    if !b.results.held {
        for office in [Office::Committee, Office::Secretary, Office::Deputy] {
            if let Some(list) = ballot::ballot_list(ward, b, office) {
                if let Ok(doc) = ballot::ballots(ward, b, office) {
                    out.push(Paper {
                        file: safe_file_name(&emsg::ballots_file(
                            crate::rules::labels::office(office),
                            list.round,
                            &b.name,
                        )) + ".docx",
                        doc,
                        word: None,
                    });
                }
            }
        }
    }
    for (i, r) in b.results.rounds.iter().enumerate() {
        let object = emsg::round_object(r.office.map(crate::rules::labels::office), r.round);
        if let Ok(doc) = counting_minutes::minutes(ward, b, i) {
            out.push(Paper {
                file: safe_file_name(&emsg::minutes_file(&object, &b.name)) + ".docx",
                doc,
                word: None,
            });
        }
        if let Some(doc) = entry_log(ward, b, i) {
            out.push(Paper {
                file: safe_file_name(&msg::entry_log_file(&object, &b.name)) + ".docx",
                doc,
                word: None,
            });
        }
    }
    push_paper(PaperKind::CongressMinutes, &mut out)?;
    push_paper(PaperKind::RatificationRequest, &mut out)?;
    push_paper(PaperKind::RatificationDecision, &mut out)?;
    if b.results.held {
        out.push(Paper {
            file: named(msg::PAPER_DOSSIER, b),
            doc: dossier_checklist(ward, b),
            word: None,
        });
    }
    Ok(out)
}

/// What writing the congress papers did.
#[derive(Debug, Clone, Default)]
pub struct PapersReport {
    pub written: Vec<PathBuf>,
    /// Files that could not be written, with the Vietnamese reason.
    pub failed: Vec<(PathBuf, String)>,
}

/// Write every congress paper of the branch into `dir` (created). A file
/// that cannot be replaced (open in Word) is reported; the rest is written.
pub fn write_congress_papers(
    ward: &Ward,
    b: &Branch,
    templates: &PaperTemplates,
    dir: &Path,
) -> Result<PapersReport, DocgenError> {
    let papers = congress_papers(ward, b, templates)?;
    crate::store::create_dir_synced(dir).map_err(|source| DocgenError::OutDir {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut report = PapersReport::default();
    for p in papers {
        let path = super::fitted(dir.join(&p.file));
        if let Some(bytes) = &p.word {
            match crate::store::write_output_unsynced(&path, bytes) {
                Ok(()) => report.written.push(path),
                Err(e) => {
                    let why = format!("{e} {}", dmsg::OTHERS_STILL_WRITTEN);
                    report.failed.push((path, why));
                }
            }
            continue;
        }
        let written = layout::to_docx(std::slice::from_ref(&p.doc))
            .map_err(|source| crate::store::WriteError {
                path: path.clone(),
                source,
            })
            .and_then(|bytes| crate::store::write_output_unsynced(&path, &bytes));
        match written {
            Ok(()) => report.written.push(path),
            Err(e) => report.failed.push((path, e.to_string())),
        }
    }
    Ok(report)
}

/// The .docx bytes of a paper (for tests and the app's preview).
pub fn to_docx(doc: &Document) -> std::io::Result<Vec<u8>> {
    layout::to_docx(std::slice::from_ref(doc))
}

/// Both template sets checked, for `daihoi templates --check` and the like.
pub fn check_all(ward: &Ward, core: &Templates, papers: &PaperTemplates) -> Vec<TemplateError> {
    let mut e = core.check(ward);
    e.extend(papers.check(ward));
    e
}

/// Write the congress-day papers of branch `b` into the subfolder
/// "Đại hội" of `branch_dir`, and, once the congress is held, the combined
/// dossier beside them. With `pdf`, each file is also converted when
/// LibreOffice is there (`pdf_note` says why not otherwise).
pub fn render_congress_day(
    ward: &Ward,
    b: &Branch,
    templates: &Templates,
    papers: &PaperTemplates,
    branch_dir: &Path,
    pdf: bool,
) -> Result<(PapersReport, super::PacketReport), DocgenError> {
    let dir = branch_dir.join(msg::CONGRESS_FOLDER);
    let mut report = write_congress_papers(ward, b, papers, &dir)?;
    let word_used = BUILTIN.iter().any(|(k, _, _)| templates.word(*k).is_some())
        || PAPER_TEMPLATES
            .iter()
            .any(|(k, _, _)| papers.word(*k).is_some());
    if b.results.held {
        let path =
            super::fitted(dir.join(safe_file_name(&msg::dossier_combined_file(&b.name)) + ".docx"));
        let bytes = if word_used {
            // Each paper as printed from its Word template, in its own
            // section with its own page setup and page numbers.
            super::word::merge::merge(&dossier_packages(ward, b, templates, papers)?)?
        } else {
            layout::to_docx(&dossier_combined(ward, b, templates, papers)?)?
        };
        match crate::store::write_output_unsynced(&path, &bytes) {
            Ok(()) => report.written.push(path),
            Err(e) => {
                let why = format!("{e} {}", dmsg::OTHERS_STILL_WRITTEN);
                report.failed.push((path, why));
            }
        }
    }
    // No fsync per paper (they can be made again at any time): the
    // folder's entries once.
    crate::store::sync_dir(&dir);
    let mut pdfs = super::PacketReport::default();
    if pdf {
        super::pdf::convert_all(&report.written, &dir, &mut pdfs);
    }
    Ok((report, pdfs))
}
