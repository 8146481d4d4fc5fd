//! Documents: templates rendered to Word in the HD 36 format, and the packet.
//!
//! ```text
//! templates/*.txt ──parse──► Template ──check against context──► render
//!        (workspace copies override built-ins)           │
//! model ──context──► Record ─────────────────────────────┘
//!                                    ▼
//!                        layout::Document ──► .docx (one, or the combined packet)
//! ```
//!
//! Entry points: [`render_document`], [`preview_text`], [`render_packet`],
//! [`Templates`]. Others lay out their own papers (ballots, minutes, the
//! ward report) with [`layout`] and, for templated ones, [`Template`] with a
//! context built from [`template::Record`] and a [`header`].

pub mod ballot;
pub mod batch;
mod context;
pub mod counting_minutes;
mod dots;
pub mod fields;
pub mod layout;
pub mod overview_xlsx;
mod packet;
pub mod papers;
pub mod pdf;
pub mod preview;
pub mod raster;
pub mod template;
mod templates;
pub mod ward_report;
pub mod word;

pub use crate::vi::safe_file_name;
pub use context::{DocFacts, branch_context, has_committee, prototype, ward_record};
pub use packet::{PacketOptions, PacketReport, Progress, document_file_name, render_packet};
pub use template::{DateRule, Issuer, NumberKind, Template, TemplateError};
pub use templates::{BUILTIN, TemplateSource, Templates, word_file_name};

use crate::model::{Branch, Date, DocKind, Ward};
use crate::strings::docgen as msg;
use crate::vi::format;
use layout::{Document, Header, PageSetup};
use std::path::PathBuf;

/// What can go wrong making documents.
#[derive(Debug, thiserror::Error)]
pub enum DocgenError {
    /// Syntax errors or unknown placeholders; nothing was written.
    #[error("{}\n{}", msg::templates_invalid(.0.len()), .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))]
    Templates(Vec<TemplateError>),
    #[error("{0}")]
    TemplateFile(String),
    /// The document does not apply to this branch (`@when`), e.g. the
    /// committee's self-review for a branch without a committee.
    #[error("{}", msg::document_skipped(crate::rules::labels::doc_kind(*.0)))]
    NotApplicable(DocKind),
    #[error("{}", msg::document_render_failed(.0))]
    Build(#[from] std::io::Error),
    #[error("{}", msg::out_dir_failed(.path, .source))]
    OutDir {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// `path` with its file name cut (keeping the extension) so that the whole
/// path stays within Windows' 260 characters; unchanged when it already
/// fits, or when even a short name would not (the write then says why).
pub fn fitted(path: PathBuf) -> PathBuf {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return path;
    };
    let name = name.to_string_lossy();
    let (stem, ext) = match name.rfind('.') {
        Some(i) => name.split_at(i),
        None => (&*name, ""),
    };
    crate::vi::fit_path(dir, stem, ext).unwrap_or_else(|| path.clone())
}

/// The HD 36 header for a document of `kind` (its template's `@kind`)
/// issued by `issuer`, numbered `number` (None leaves
/// "Số   -BC/CB" to be filled in), dated `date` (None: blanks to fill in).
/// `branch` is `None` for the ward's own documents.
pub fn header(
    ward: &Ward,
    branch: Option<&Branch>,
    issuer: Issuer,
    kind: NumberKind,
    number: Option<u32>,
    date: Option<Date>,
) -> Header {
    let a = &ward.abbreviations;
    let kind = match kind {
        NumberKind::Report => &a.report,
        NumberKind::Resolution => &a.resolution,
        NumberKind::Proposal => &a.proposal,
        NumberKind::List => &a.list,
        NumberKind::Minutes => &a.minutes,
        NumberKind::Programme => &a.programme,
        NumberKind::Plan => &a.plan,
        NumberKind::Decision => &a.decision,
    };
    let branch_name = branch.map(|b| b.name.as_str()).unwrap_or_default();
    let (superior, lines, issuer_abbr) = match issuer {
        Issuer::Branch => (
            ward.name.to_uppercase(),
            vec![branch_name.to_uppercase()],
            &a.branch,
        ),
        Issuer::Congress => (
            ward.name.to_uppercase(),
            vec![
                msg::congress_issuer(branch_name),
                msg::term_line(&branch.map(|b| b.congress.term_label()).unwrap_or_default()),
            ],
            &a.congress,
        ),
        Issuer::Ward => (
            ward.superior_name.to_uppercase(),
            vec![ward.committee_name.to_uppercase()],
            &a.ward_committee,
        ),
    };
    let n = number
        .map(format::running_number)
        .unwrap_or_else(|| "    ".into());
    let year = date
        .map(|d| d.year())
        .or(branch.map(|b| b.congress.term_start))
        .unwrap_or(ward.term.start_year);
    Header {
        superior,
        issuer: lines,
        number: msg::number(&n, kind, issuer_abbr),
        place_date: format::place_and_date(&ward.place, date, year),
    }
}

/// The date a template's `@date` asks for.
fn doc_date(ward: &Ward, b: &Branch, rule: DateRule) -> Option<Date> {
    match rule {
        DateRule::Congress => b.congress.date,
        DateRule::Submission => b.congress.date.and_then(|d| {
            d.checked_sub(time::Duration::days(
                ward.deadlines.documents_days_before as i64,
            ))
        }),
        DateRule::Blank => None,
    }
}

/// The documents of the branch's packet, in the fixed order, each with its
/// running number (01, 02, … over the documents that apply).
pub fn packet_kinds(ward: &Ward, b: &Branch, templates: &Templates) -> Vec<(DocKind, u32)> {
    let proto = branch_context(ward, b, &DocFacts::default());
    let mut n = 0;
    DocKind::ALL
        .iter()
        .filter(|k| templates.get(**k).applies(&proto))
        .map(|k| {
            n += 1;
            (*k, n)
        })
        .collect()
}

/// Lay out one document of a branch (checked templates assumed).
/// Refused when the template would make more than a document can hold.
fn build(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
) -> Result<Document, DocgenError> {
    let mut doc = build_unmarked(ward, b, kind, templates)?;
    mark_unfinished(&mut doc);
    Ok(doc)
}

/// [`build`], with the headings of the sections still empty (what
/// [`empty_sections`] says of a document in the packet), from one layout.
pub(crate) fn build_with_empty(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
) -> Result<(Document, Vec<String>), DocgenError> {
    let mut doc = build_unmarked(ward, b, kind, templates)?;
    let empty = mark_unfinished(&mut doc);
    // A document from an office Word template has no built-in sections.
    let empty = if templates.word(kind).is_some() {
        Vec::new()
    } else {
        empty
    };
    Ok((doc, empty))
}

/// [`build`] without the dotted lines and draft mark of empty sections.
fn build_unmarked(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
) -> Result<Document, DocgenError> {
    let t = templates.get(kind);
    let h = doc_header(ward, b, kind, templates);
    let ctx = branch_context(ward, b, &facts_of(&h));
    t.render_bounded(&ctx, PageSetup::from_settings(&ward.layout), Some(h))
        .map_err(|e| DocgenError::Templates(vec![e]))
}

/// Dotted lines under every empty section, and "(Dự thảo)" under the title
/// while there is one (issue 11: a page usable as a handout to fill in, and
/// never mistaken for the finished document). Returns the empty headings.
fn mark_unfinished(doc: &mut Document) -> Vec<String> {
    let empty = layout::fill_empty_sections(&mut doc.body, &doc.page);
    if !empty.is_empty() && !doc.subtitle.iter().any(|s| s.contains(msg::DRAFT_MARKER)) {
        doc.subtitle.push(msg::DRAFT_MARKER.to_string());
    }
    empty
}

/// The sections of `kind` still empty for the branch (their headings), as
/// the built-in layout prints them; empty when the document does not apply
/// or comes from an office Word template.
pub fn empty_sections(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
) -> Vec<String> {
    if number_of(ward, b, kind, templates).is_err() || templates.word(kind).is_some() {
        return Vec::new();
    }
    match build_unmarked(ward, b, kind, templates) {
        Ok(mut doc) => mark_unfinished(&mut doc),
        Err(_) => Vec::new(),
    }
}

fn doc_header(ward: &Ward, b: &Branch, kind: DocKind, templates: &Templates) -> Header {
    let t = templates.get(kind);
    let date = doc_date(ward, b, t.date_rule());
    // A number is given at signing (DOMAIN.md "Numbers"): blank unless the
    // office entered it for this document.
    header(
        ward,
        Some(b),
        t.issuer(),
        t.number_kind(),
        b.checklist.get(kind).number,
        date,
    )
}

fn facts_of(h: &Header) -> DocFacts {
    DocFacts {
        number: h.number.clone(),
        place_date: h.place_date.clone(),
    }
}

/// The document as .docx bytes from the office's Word template of `kind`,
/// when there is one (checked templates assumed).
pub(crate) fn build_word(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
) -> Option<std::io::Result<Vec<u8>>> {
    let w = templates.word(kind)?;
    let h = doc_header(ward, b, kind, templates);
    Some(w.render(&branch_context(ward, b, &facts_of(&h))))
}

/// The number of `kind` in the branch's packet, or why it is not made.
fn number_of(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
) -> Result<u32, DocgenError> {
    let errors = templates.check(ward);
    if !errors.is_empty() {
        return Err(DocgenError::Templates(errors));
    }
    packet_kinds(ward, b, templates)
        .into_iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, n)| n)
        .ok_or(DocgenError::NotApplicable(kind))
}

/// Check the templates, then lay out `kind` for the branch.
pub fn document(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
) -> Result<Document, DocgenError> {
    number_of(ward, b, kind, templates)?;
    build(ward, b, kind, templates)
}

/// One document of a branch as .docx bytes.
pub fn render_document(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
) -> Result<Vec<u8>, DocgenError> {
    number_of(ward, b, kind, templates)?;
    if let Some(bytes) = build_word(ward, b, kind, templates) {
        return Ok(bytes?);
    }
    Ok(layout::to_docx(&[build(ward, b, kind, templates)?])?)
}

/// The document's text as it will read (for a preview pane): header, title,
/// paragraphs, table rows with cells separated by " | ", signature.
pub fn preview_text(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
) -> Result<String, DocgenError> {
    number_of(ward, b, kind, templates)?;
    if let Some(bytes) = build_word(ward, b, kind, templates) {
        return Ok(word::plain_text(&bytes?));
    }
    Ok(layout::plain_text(&build(ward, b, kind, templates)?))
}
