//! The biên bản kiểm phiếu of one round: issued by the congress (HD 36
//! header), the counting committee, the ballots, each candidate's votes and
//! share of the summoned full members, who is elected; signed by the
//! counting committee's members (DOMAIN.md "Counting committee").

use super::ballot::{PaperError, write_paper};
use super::layout::{Align, Block, Cell, Document, PageSetup, Signature, Table};
use super::template::{Issuer, NumberKind};
use crate::model::{Branch, Ward};
use crate::rules::election::{self, CandidateStatus, NextRound, ballots};
use crate::rules::labels;
use crate::rules::{collate, format};
use crate::strings::election as msg;
use std::path::{Path, PathBuf};

/// The counting committee's signatures: its head first, then the members.
pub(crate) fn counting_committee_signatures(b: &Branch) -> Vec<Signature> {
    b.results
        .counting_committee
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let title = if i == 0 {
                msg::SIGN_HEAD
            } else {
                msg::SIGN_MEMBER
            };
            Signature::new("", title, &name(b, *id))
        })
        .collect()
}

pub(crate) fn name(b: &Branch, id: u32) -> String {
    b.member(id)
        .map(|m| m.full_name.clone())
        .unwrap_or_default()
}

/// Why ballots were invalid: from the ballot-by-ballot entry when it
/// accounts for the invalid ballots recorded, else a line to fill in.
fn invalid_reasons(b: &Branch, round: &crate::model::ElectionRound) -> Block {
    let entry = b
        .round_ballots(round.office, round.round)
        .and_then(|r| r.entries.iter().find(|e| !e.ballots.is_empty()));
    let tally =
        entry.map(|e| ballots::tally_entry(&ballots::round_candidates(round), round.seats, e));
    match tally {
        Some(t) if t.invalid == round.ballots_invalid => {
            let mut reasons = Vec::new();
            if t.too_many_kept > 0 {
                reasons.push(msg::invalid_too_many_count(t.too_many_kept));
            }
            if t.not_issued > 0 {
                reasons.push(msg::invalid_not_issued_count(t.not_issued));
            }
            Block::para(msg::minutes_invalid_reasons(&reasons))
        }
        _ => Block::para(msg::MINUTES_INVALID_REASONS_BLANK),
    }
}

/// The minutes of `branch.results.rounds[index]`.
pub fn minutes(ward: &Ward, b: &Branch, index: usize) -> Result<Document, PaperError> {
    let round = b
        .results
        .rounds
        .get(index)
        .ok_or(PaperError::NoRound(index))?;
    let date = b.congress.date;
    let header = super::header(
        ward,
        Some(b),
        Issuer::Congress,
        NumberKind::Minutes,
        None,
        date,
    );
    let term = b.congress.term_label();
    let object = msg::round_object(round.office.map(labels::office), round.round);
    let s = election::summoned(b);
    let outcome = election::count_round_by(round, s.summoned, ward.percent);
    let date_text = date
        .map(format::long_date)
        .unwrap_or_else(|| "ngày ..... tháng ..... năm .....".into());
    let mut body = vec![
        Block::para(msg::minutes_opening(
            &b.congress.time,
            &date_text,
            &b.congress.place,
            &b.name,
            &term,
            &object,
        )),
        Block::heading(1, msg::MINUTES_COMMITTEE_HEADING),
    ];
    for (i, id) in b.results.counting_committee.iter().enumerate() {
        let role = if i == 0 {
            msg::HEAD_OF_COUNTING
        } else {
            msg::COUNTING_MEMBER
        };
        body.push(Block::para(msg::minutes_committee_line(
            i + 1,
            &name(b, *id),
            role,
        )));
    }
    body.push(Block::heading(1, msg::MINUTES_FIGURES_HEADING));
    body.push(Block::para(msg::minutes_members(
        s.full_members,
        s.summoned,
        s.present,
    )));
    let left_out: Vec<String> = [
        (s.absent_excused, msg::LEFT_OUT_EXCUSED),
        (s.exempted_absent, msg::LEFT_OUT_EXEMPTED),
        (s.temporary_transfer, msg::LEFT_OUT_TRANSFER),
        (s.suspended, msg::LEFT_OUT_SUSPENDED),
        (s.detained, msg::LEFT_OUT_DETAINED),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| msg::left_out_part(*n, what))
    .collect();
    if !left_out.is_empty() {
        body.push(Block::para(msg::minutes_left_out(&left_out)));
    }
    body.push(Block::para(msg::minutes_list(
        round.seats,
        round.votes.len(),
    )));
    body.push(Block::para(msg::minutes_ballots(
        round.ballots_issued,
        round.ballots_returned,
        round.ballots_valid,
        round.ballots_invalid,
    )));
    if round.ballots_invalid > 0 {
        body.push(invalid_reasons(b, round));
    }
    body.push(Block::para(msg::MINUTES_VOTES_INTRO));
    // Candidates in ballot order (Vietnamese name order).
    let ids: Vec<u32> = round.votes.iter().map(|v| v.member).collect();
    let ordered = collate::members_sorted(&b.members, &ids, ward.rules.name_order);
    let center = |t: String| Cell {
        text: t,
        bold: false,
        align: Align::Center,
    };
    let rows = ordered
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let c = outcome.candidates.iter().find(|c| c.member == m.id)?;
            let note = match c.status {
                CandidateStatus::Elected => msg::STATUS_ELECTED,
                CandidateStatus::Tied => msg::STATUS_TIED,
                CandidateStatus::OutRanked => msg::STATUS_OUTRANKED,
                CandidateStatus::BelowThreshold => msg::STATUS_BELOW,
            };
            Some(vec![
                center((i + 1).to_string()),
                Cell::new(m.full_name.clone()),
                center(c.votes.to_string()),
                center(c.pct.clone()),
                Cell::new(note),
            ])
        })
        .collect();
    body.push(Block::Table(Table {
        widths: vec![1, 5, 2, 2, 4],
        header_rows: vec![vec![
            Cell::new(msg::COL_STT),
            Cell::new(msg::COL_NAME),
            Cell::new(msg::COL_VOTES),
            Cell::new(msg::COL_PCT_SHORT),
            Cell::new(msg::COL_NOTE),
        ]],
        rows,
        size_pt: None,
    }));
    body.push(Block::heading(1, msg::MINUTES_OUTCOME_HEADING));
    body.push(Block::para(msg::minutes_threshold(
        outcome.summoned,
        outcome.needed,
    )));
    if outcome.elected.is_empty() {
        body.push(Block::para(msg::MINUTES_NOBODY));
    } else {
        let office = round.office.map(labels::office).unwrap_or_default();
        body.push(Block::para(msg::minutes_elected_intro(office)));
        for (i, c) in outcome
            .candidates
            .iter()
            .filter(|c| c.status == CandidateStatus::Elected)
            .enumerate()
        {
            body.push(Block::para(msg::minutes_elected_line(
                i + 1,
                &name(b, c.member),
                c.votes,
                &c.pct,
            )));
        }
    }
    match &outcome.next {
        Some(NextRound::Tie { candidates, seats }) => {
            let names: Vec<String> = candidates.iter().map(|id| name(b, *id)).collect();
            body.push(Block::para(msg::next_round_tie(&names.join(", "), *seats)));
        }
        Some(NextRound::Unfilled { seats, .. }) => {
            body.push(Block::para(msg::next_round_unfilled(*seats)));
        }
        None => {}
    }
    body.push(Block::para(msg::MINUTES_CLOSING));
    let signatures = counting_committee_signatures(b);
    let mut doc = Document {
        page: PageSetup::from_settings(&ward.layout),
        header: Some(header),
        title: vec![msg::MINUTES_TITLE.into()],
        subtitle: vec![msg::minutes_subtitle(
            round.office.map(labels::office),
            round.round,
            &b.name,
            &term,
        )],
        body,
        signatures,
        recipients: Vec::new(),
    };
    // "- Lý do phiếu không hợp lệ: ……" on one line, not stretched.
    super::dots::fit_dots(&mut doc);
    Ok(doc)
}

/// Write the minutes of round `index` into `dir`; returns the file written.
pub fn write_minutes(
    ward: &Ward,
    b: &Branch,
    index: usize,
    dir: &Path,
) -> Result<PathBuf, PaperError> {
    let doc = minutes(ward, b, index)?;
    let object = b
        .results
        .rounds
        .get(index)
        .map(|r| msg::round_object(r.office.map(labels::office), r.round))
        .unwrap_or_default();
    let file = super::safe_file_name(&msg::minutes_file(&object, &b.name)) + ".docx";
    write_paper(&doc, &dir.join(file))
}
