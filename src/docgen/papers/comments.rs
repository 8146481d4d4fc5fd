//! The ward's summary of the branches' comments on the superior's draft
//! congress documents, grouped by document, then in branch order.

use crate::docgen::header;
use crate::docgen::layout::{Align, Block, Cell, Document, PageSetup, Signature, Table};
use crate::docgen::template::{Issuer, NumberKind};
use crate::model::{Branch, Date, Ward};
use crate::rules::collate;
use crate::strings::papers as msg;

/// "Tổng hợp góp ý dự thảo văn kiện - Đảng bộ phường ….docx".
pub fn comments_file(ward: &Ward) -> String {
    crate::docgen::safe_file_name(&msg::comments_file(&ward.name)) + ".docx"
}

/// The summary of every branch's comments, dated `date` (None: blank).
pub fn comments_summary(ward: &Ward, branches: &[&Branch], date: Option<Date>) -> Document {
    // Group by document (trimmed text, compared without case), keeping the
    // spelling of the first branch that named it; groups in Vietnamese order.
    let mut groups: Vec<(String, Vec<(&Branch, &crate::model::DraftComment)>)> = Vec::new();
    for b in branches {
        for c in &b.draft_comments {
            if c.comment.trim().is_empty() {
                continue;
            }
            let doc = c.document.trim();
            let key = if doc.is_empty() {
                msg::COMMENTS_NO_DOCUMENT.to_string()
            } else {
                doc.to_string()
            };
            match groups
                .iter_mut()
                .find(|(k, _)| k.to_lowercase() == key.to_lowercase())
            {
                Some((_, v)) => v.push((b, c)),
                None => groups.push((key, vec![(b, c)])),
            }
        }
    }
    groups.sort_by(|a, b| collate::compare_text(&a.0, &b.0));
    let total: usize = groups.iter().map(|(_, v)| v.len()).sum();
    let mut senders: Vec<&str> = groups
        .iter()
        .flat_map(|(_, v)| v.iter().map(|(b, _)| b.id.as_str()))
        .collect();
    senders.sort();
    senders.dedup();
    let mut body = Vec::new();
    if groups.is_empty() {
        body.push(Block::para(msg::COMMENTS_NONE));
    } else {
        body.push(Block::para(msg::comments_intro(
            senders.len(),
            total,
            groups.len(),
        )));
    }
    for (i, (doc, items)) in groups.iter().enumerate() {
        body.push(Block::heading(2, format!("{}. {doc}", i + 1)));
        let rows = items
            .iter()
            .enumerate()
            .map(|(n, (b, c))| {
                vec![
                    Cell {
                        text: (n + 1).to_string(),
                        bold: false,
                        align: Align::Center,
                    },
                    Cell::new(b.name.clone()),
                    Cell::new(c.part.trim()),
                    Cell::new(c.comment.trim()),
                ]
            })
            .collect();
        body.push(Block::Table(Table {
            widths: vec![2, 6, 4, 11],
            header_rows: vec![vec![
                Cell::new(crate::strings::election::COL_STT),
                Cell::new(msg::COMMENTS_COL_BRANCH),
                Cell::new(msg::COMMENTS_COL_PART),
                Cell::new(msg::COMMENTS_COL_TEXT),
            ]],
            rows,
            size_pt: None,
        }));
    }
    let s = &ward.signers;
    Document {
        page: PageSetup::from_settings(&ward.layout),
        header: Some(header(
            ward,
            None,
            Issuer::Ward,
            NumberKind::Report,
            None,
            date,
        )),
        title: vec![msg::COMMENTS_TITLE.into()],
        subtitle: vec![msg::comments_subtitle(&ward.name)],
        body,
        signatures: vec![Signature::new(
            &s.ward_on_behalf,
            &s.ward_title,
            &s.ward_name,
        )],
        recipients: Vec::new(),
    }
}
