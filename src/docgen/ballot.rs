//! Ballots (phiếu bầu) for each election, several to an A4 page for cutting.
//!
//! Each ballot carries the HD 36 header — its top-left column is where the
//! ward committee's seal is stamped — the title, and the candidates in
//! Vietnamese name order (DOMAIN.md "Ballots"). With as many candidates as
//! seats the ballot has the columns STT | Họ và tên | Đồng ý | Không đồng ý;
//! with a surplus the voter crosses out names.

use super::layout::{Align, Block, Cell, Document, Header, PageSetup, Para, Run, Table};
use crate::model::{Branch, MemberId, Office, Ward};
use crate::rules::{collate, election};
use crate::strings::{docgen as dmsg, election as msg};
use std::path::{Path, PathBuf};

/// What can go wrong making an election paper (ballots, counting minutes).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PaperError {
    #[error("{}", msg::no_ballot_list(crate::rules::labels::office(*.0)))]
    NoCandidates(Office),
    #[error("{}", msg::no_round(*.0))]
    NoRound(usize),
    #[error("{0}")]
    Write(crate::store::WriteError),
}

/// The list a ballot carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotList {
    pub office: Office,
    pub round: u32,
    pub seats: u32,
    /// In Vietnamese name order.
    pub candidates: Vec<MemberId>,
}

/// The list for `office`: the next round the congress would hold for it
/// (a re-vote among the tied, say), else the personnel plan's.
pub fn ballot_list(ward: &Ward, b: &Branch, office: Office) -> Option<BallotList> {
    let next = election::suggest_round(&ward.rules, b).filter(|r| r.office == Some(office));
    let p = &b.drafts.personnel;
    let (round, seats, ids) = match next {
        Some(r) if !r.votes.is_empty() => {
            (r.round, r.seats, r.votes.iter().map(|v| v.member).collect())
        }
        _ => match office {
            Office::Committee => (1, p.committee_size, p.committee_candidates.clone()),
            Office::Secretary => (1, 1, p.secretary_candidate.into_iter().collect()),
            Office::Deputy => (1, 1, p.deputy_candidate.into_iter().collect()),
        },
    };
    let candidates: Vec<MemberId> =
        collate::members_sorted(&b.members, &ids, ward.rules.name_order)
            .iter()
            .map(|m| m.id)
            .collect();
    (!candidates.is_empty() && seats > 0).then_some(BallotList {
        office,
        round,
        seats,
        candidates,
    })
}

/// Heights (millimetres) used to fit ballots on a page, measured on
/// LibreOffice's PDF: the header, title and note; one table row at 14 pt;
/// the cut line with its spacing. Only `FILL` of the page is planned for, so
/// that Word's slightly different line heights cannot push a ballot over.
const FIXED_MM: f32 = 64.0;
const ROW_MM: f32 = 8.0;
const CUT_MM: f32 = 11.0;
const FILL: f32 = 0.95;

/// How many ballots of `names` names fit on one page (at least one).
pub fn per_page(names: usize, page: &PageSetup) -> usize {
    let (_, height) = page.size_mm();
    let usable = (height - page.margin_top_mm - page.margin_bottom_mm) * FILL;
    let one = FIXED_MM + ROW_MM * (names as f32 + 1.0);
    let n = ((usable + CUT_MM) / (one + CUT_MM)).floor() as usize;
    n.max(1)
}

fn para(text: &str, bold: bool, italic: bool, size: f32, align: Align) -> Block {
    Block::Paragraph(Para {
        runs: vec![Run {
            text: text.into(),
            bold,
            italic,
        }],
        align,
        indent: false,
        size_pt: Some(size),
    })
}

/// One ballot's blocks.
fn ballot_blocks(ward: &Ward, b: &Branch, list: &BallotList) -> Vec<Block> {
    let committee = if ward.committee_name.trim().is_empty() {
        &ward.name
    } else {
        &ward.committee_name
    };
    let mut out = vec![Block::Header(Header {
        superior: committee.to_uppercase(),
        issuer: vec![b.name.to_uppercase()],
        number: String::new(),
        place_date: String::new(),
    })];
    out.push(para(msg::BALLOT_TITLE, true, false, 16.0, Align::Center));
    out.push(para(
        &msg::ballot_subtitle(crate::rules::labels::office(list.office), &b.name),
        true,
        false,
        14.0,
        Align::Center,
    ));
    out.push(para(
        &dmsg::term_line(&b.congress.term_label()),
        true,
        false,
        14.0,
        Align::Center,
    ));
    // The round is always named, so a round-2 ballot cannot pass for round 1.
    out.push(para(
        &msg::ballot_round(list.round),
        false,
        true,
        13.0,
        Align::Center,
    ));
    let surplus = list.candidates.len() as u32 > list.seats;
    let center = |t: String| Cell {
        text: t,
        bold: false,
        align: Align::Center,
    };
    let rows = list
        .candidates
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let name = b
                .member(*id)
                .map(|m| m.full_name.clone())
                .unwrap_or_default();
            let mut row = vec![center((i + 1).to_string()), Cell::new(name)];
            if !surplus {
                row.push(center(String::new()));
                row.push(center(String::new()));
            }
            row
        })
        .collect();
    let (widths, header) = if surplus {
        (
            vec![1, 7],
            vec![Cell::new(msg::COL_STT), Cell::new(msg::COL_NAME)],
        )
    } else {
        (
            vec![1, 5, 2, 2],
            vec![
                Cell::new(msg::COL_STT),
                Cell::new(msg::COL_NAME),
                Cell::new(msg::BALLOT_AGREE),
                Cell::new(msg::BALLOT_DISAGREE),
            ],
        )
    };
    out.push(Block::Table(Table {
        widths,
        header_rows: vec![header],
        rows,
        size_pt: Some(14.0),
    }));
    let note = if surplus {
        msg::ballot_note_surplus(list.seats)
    } else {
        msg::BALLOT_NOTE_NO_SURPLUS.to_string()
    };
    out.push(para(&note, false, true, 12.0, Align::Justify));
    out
}

/// The ballots for `office`: one per summoned full member, the last page
/// filled up, several to a page when they fit.
pub fn ballots(ward: &Ward, b: &Branch, office: Office) -> Result<Document, PaperError> {
    let list = ballot_list(ward, b, office).ok_or(PaperError::NoCandidates(office))?;
    let page = PageSetup::from_settings(&ward.layout);
    let per = per_page(list.candidates.len(), &page);
    let voters = election::summoned(b).summoned.max(1) as usize;
    let count = voters.div_ceil(per) * per;
    let one = ballot_blocks(ward, b, &list);
    let mut body = Vec::new();
    for i in 0..count {
        if i > 0 {
            if i % per == 0 {
                body.push(Block::PageBreak);
            } else {
                body.push(para(msg::BALLOT_CUT, false, false, 10.0, Align::Center));
            }
        }
        body.extend(one.iter().cloned());
    }
    Ok(Document {
        page,
        body,
        ..Document::default()
    })
}

fn list_round(ward: &Ward, b: &Branch, office: Office) -> u32 {
    ballot_list(ward, b, office).map(|l| l.round).unwrap_or(1)
}

/// Write the ballots for `office` into `dir`; returns the file written.
pub fn write_ballots(
    ward: &Ward,
    b: &Branch,
    office: Office,
    dir: &Path,
) -> Result<PathBuf, PaperError> {
    let doc = ballots(ward, b, office)?;
    let name = super::safe_file_name(&msg::ballots_file(
        crate::rules::labels::office(office),
        list_round(ward, b, office),
        &b.name,
    )) + ".docx";
    write_paper(&doc, &dir.join(name))
}

/// Lay out and write one paper, creating its folder.
pub(crate) fn write_paper(doc: &Document, path: &Path) -> Result<PathBuf, PaperError> {
    let path = &super::fitted(path.to_path_buf());
    let bytes = super::layout::to_docx(std::slice::from_ref(doc)).map_err(|source| {
        PaperError::Write(crate::store::WriteError {
            path: path.to_path_buf(),
            source,
        })
    })?;
    crate::store::write_output(path, &bytes).map_err(PaperError::Write)?;
    Ok(path.to_path_buf())
}
