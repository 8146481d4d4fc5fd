//! The printed ballot-entry log of a round: every ballot as it was read
//! (names crossed, names kept, valid or why not), the totals, and — when a
//! second entry exists — the comparison of the two entries. It goes with
//! the biên bản kiểm phiếu.

use crate::docgen::header;
use crate::docgen::layout::{Align, Block, Cell, Document, PageSetup, Table};
use crate::docgen::template::{Issuer, NumberKind};
use crate::model::{Branch, MemberId, Ward};
use crate::rules::collate;
use crate::rules::election::ballots;
use crate::strings::{election as emsg, papers as msg};

use crate::docgen::counting_minutes::name;

fn center(t: impl Into<String>) -> Cell {
    Cell {
        text: t.into(),
        bold: false,
        align: Align::Center,
    }
}

/// The log of `branch.results.rounds[index]`, from its first entry;
/// `None` when no ballot was entered one by one.
pub fn entry_log(ward: &Ward, b: &Branch, index: usize) -> Option<Document> {
    let round = b.results.rounds.get(index)?;
    let rb = b.round_ballots(round.office, round.round)?;
    let entry = rb.entries.iter().find(|e| !e.ballots.is_empty())?;
    // Candidates in ballot order (Vietnamese name order), numbered 1, 2, …
    let ids = ballots::round_candidates(round);
    let candidates: Vec<MemberId> =
        collate::members_sorted(&b.members, &ids, ward.rules.name_order)
            .iter()
            .map(|m| m.id)
            .collect();
    let legend: Vec<String> = candidates
        .iter()
        .enumerate()
        .map(|(i, id)| format!("{}. {}", i + 1, name(b, *id)))
        .collect();
    let object = emsg::round_object(round.office.map(crate::rules::labels::office), round.round);
    let term = b.congress.term_label();
    let clerk = if entry.clerk.trim().is_empty() {
        msg::entry_name(1)
    } else {
        entry.clerk.clone()
    };
    let mut body = vec![Block::para(msg::log_intro(
        &clerk,
        round.seats,
        &legend.join("; "),
    ))];
    let mut header_row = vec![center(msg::LOG_COL_BALLOT)];
    header_row.extend((1..=candidates.len()).map(|i| center(i.to_string())));
    header_row.push(center(msg::LOG_COL_KEPT));
    header_row.push(Cell::new(msg::LOG_COL_VERDICT));
    let rows = entry
        .ballots
        .iter()
        .enumerate()
        .map(|(i, ballot)| {
            let crossed = ballots::crossed(&candidates, ballot);
            let verdict = ballots::judge(&candidates, round.seats, ballot);
            let mut row = vec![center((i + 1).to_string())];
            row.extend(candidates.iter().map(|id| {
                center(if crossed.contains(id) {
                    msg::LOG_CROSSED
                } else {
                    ""
                })
            }));
            row.push(center((candidates.len() - crossed.len()).to_string()));
            row.push(Cell::new(ballots::verdict_text(&verdict)));
            row
        })
        .collect();
    let n = candidates.len() as u32;
    let mut widths = vec![2];
    widths.extend(std::iter::repeat_n(1, candidates.len()));
    widths.push(2);
    widths.push(5.max(8u32.saturating_sub(n)));
    body.push(Block::Table(Table {
        widths,
        header_rows: vec![header_row],
        rows,
        size_pt: Some(11.0),
    }));
    let t = ballots::tally_entry(&candidates, round.seats, entry);
    body.push(Block::heading(2, msg::LOG_TOTALS_HEADING));
    body.push(Block::para(msg::log_totals(
        t.returned,
        t.valid,
        t.blank,
        t.invalid,
        t.too_many_kept,
        t.not_issued,
    )));
    for v in &t.votes {
        body.push(Block::para(msg::log_candidate_votes(
            &name(b, v.member),
            v.votes,
        )));
    }
    if let Some(other) = rb
        .entries
        .iter()
        .filter(|e| !std::ptr::eq(*e, entry) && !e.ballots.is_empty())
        .next()
    {
        let other_clerk = if other.clerk.trim().is_empty() {
            msg::entry_name(2)
        } else {
            other.clerk.clone()
        };
        body.push(Block::heading(2, msg::LOG_COMPARE_HEADING));
        body.push(Block::para(msg::log_compared_with(&other_clerk)));
        let diffs = ballots::compare(&candidates, entry, other);
        if diffs.is_empty() {
            body.push(Block::para(msg::entries_agree(entry.ballots.len())));
        } else {
            body.push(Block::para(msg::entries_differ(diffs.len())));
            for d in &diffs {
                body.push(Block::para(ballots::difference_text(
                    d,
                    &clerk,
                    &other_clerk,
                    |id| name(b, id),
                )));
            }
        }
    }
    let signatures = crate::docgen::counting_minutes::counting_committee_signatures(b);
    Some(Document {
        page: PageSetup::from_settings(&ward.layout),
        header: Some(header(
            ward,
            Some(b),
            Issuer::Congress,
            NumberKind::List,
            None,
            b.congress.date,
        )),
        title: vec![msg::LOG_TITLE.into()],
        subtitle: vec![msg::log_subtitle(&object, &b.name, &term)],
        body,
        signatures,
        recipients: Vec::new(),
    })
}
