//! The dossier a branch files with the ward (hồ sơ đại hội): the checklist
//! of its papers with what is present, unsigned or missing, and one
//! combined file of every paper the app can lay out for the branch.

use super::{PaperTemplates, congress_papers};
use crate::docgen::layout::{Align, Block, Cell, Document, PageSetup, Table};
use crate::docgen::template::{Issuer, NumberKind};
use crate::docgen::{DocgenError, Templates, build, header, packet_kinds};
use crate::model::{Branch, FiledState, Ward};
use crate::rules::election::dossier;
use crate::strings::papers as msg;

/// The checklist of the branch's dossier.
pub fn dossier_checklist(ward: &Ward, b: &Branch) -> Document {
    let state = dossier::dossier_state(b);
    let center = |t: &str| Cell {
        text: t.into(),
        bold: false,
        align: Align::Center,
    };
    let rows = state
        .iter()
        .enumerate()
        .map(|(i, (item, s))| {
            vec![
                center(&(i + 1).to_string()),
                Cell::new(dossier::item_label(*item)),
                center(dossier::filed_label(*s)),
                Cell::new(""),
            ]
        })
        .collect();
    let count = |s: FiledState| state.iter().filter(|(_, x)| *x == s).count();
    let body = vec![
        Block::para(msg::dossier_summary(
            count(FiledState::Present),
            state.len(),
            count(FiledState::Missing),
            count(FiledState::Unsigned),
        )),
        Block::Table(Table {
            widths: vec![2, 14, 4, 5],
            header_rows: vec![vec![
                Cell::new(crate::strings::election::COL_STT),
                Cell::new(msg::DOSSIER_COL_PAPER),
                Cell::new(msg::DOSSIER_COL_STATE),
                Cell::new(msg::DOSSIER_COL_NOTE),
            ]],
            rows,
            size_pt: None,
        }),
    ];
    Document {
        page: PageSetup::from_settings(&ward.layout),
        header: Some(header(
            ward,
            Some(b),
            Issuer::Branch,
            NumberKind::List,
            None,
            None,
        )),
        title: vec![msg::DOSSIER_TITLE.into()],
        subtitle: vec![msg::dossier_subtitle(&b.name, &b.congress.term_label())],
        body,
        signatures: Vec::new(),
        recipients: Vec::new(),
    }
}

/// Every paper of the dossier the app can lay out, in filing order: the
/// packet's documents, then the congress papers. One combined .docx is
/// made of them with `layout::to_docx`.
pub fn dossier_combined(
    ward: &Ward,
    b: &Branch,
    templates: &Templates,
    papers: &PaperTemplates,
) -> Result<Vec<Document>, DocgenError> {
    let errors = templates.check(ward);
    if !errors.is_empty() {
        return Err(DocgenError::Templates(errors));
    }
    let mut docs: Vec<Document> = packet_kinds(ward, b, templates)
        .into_iter()
        .map(|(kind, _)| build(ward, b, kind, templates))
        .collect::<Result<_, _>>()?;
    docs.extend(
        congress_papers(ward, b, papers)?
            .into_iter()
            .map(|p| p.doc)
            // Blank ballots are not part of the filed dossier.
            .filter(|d| d.header.is_some()),
    );
    Ok(docs)
}

/// The dossier as .docx packages, one per paper, when office Word
/// templates are in use: a document or paper from a Word template is its
/// rendered file, the others their built-in layout. Merged by
/// [`crate::docgen::word::merge::merge`], each keeps its page setup.
pub fn dossier_packages(
    ward: &Ward,
    b: &Branch,
    templates: &Templates,
    papers: &PaperTemplates,
) -> Result<Vec<Vec<u8>>, DocgenError> {
    let errors = templates.check(ward);
    if !errors.is_empty() {
        return Err(DocgenError::Templates(errors));
    }
    let mut out = Vec::new();
    for (kind, _) in packet_kinds(ward, b, templates) {
        match crate::docgen::build_word(ward, b, kind, templates) {
            Some(bytes) => out.push(bytes?),
            None => {
                let doc = build(ward, b, kind, templates)?;
                out.push(crate::docgen::layout::to_docx(std::slice::from_ref(&doc))?);
            }
        }
    }
    for p in congress_papers(ward, b, papers)? {
        // Blank ballots are not part of the filed dossier.
        if p.doc.header.is_none() {
            continue;
        }
        match p.word {
            Some(bytes) => out.push(bytes),
            None => out.push(crate::docgen::layout::to_docx(std::slice::from_ref(
                &p.doc,
            ))?),
        }
    }
    Ok(out)
}
