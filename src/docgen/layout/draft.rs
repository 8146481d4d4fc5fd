//! Unfinished drafts: a section with nothing under its heading gets dotted
//! lines to write on by hand, as offices do on paper forms, and the caller
//! learns which sections were empty (to mark the document "(Dự thảo)" and
//! to warn before a packet is written).

use super::{Align, Block, PageSetup, Para, Run};

/// Dotted lines printed under an empty heading.
pub const PLACEHOLDER_LINES: usize = 3;

/// One line of "…" as wide as the text column (an ellipsis is one em wide
/// in Times New Roman).
pub fn dotted_line(page: &PageSetup) -> String {
    let em_mm = page.body_pt * 25.4 / 72.0;
    let n = (page.text_width_mm() / em_mm).floor().max(8.0) as usize;
    "…".repeat(n - 1)
}

/// Whether a heading at `level` has nothing under it: the next block is a
/// heading of the same or a higher level, the document's closing paragraph
/// ("Trên đây là …", "Kính đề nghị …"), or there is none.
fn is_empty_at(body: &[Block], i: usize, level: u8) -> bool {
    match body.get(i + 1) {
        None | Some(Block::PageBreak) => true,
        Some(Block::Heading { level: next, .. }) => *next <= level,
        Some(Block::Paragraph(p)) => {
            let text: String = p.runs.iter().map(|r| r.text.as_str()).collect();
            crate::strings::docgen::CLOSING_OPENINGS
                .iter()
                .any(|c| text.starts_with(c))
        }
        Some(_) => false,
    }
}

/// Put dotted lines under every empty section; returns the headings of the
/// sections that were empty, in order.
pub fn fill_empty_sections(body: &mut Vec<Block>, page: &PageSetup) -> Vec<String> {
    let mut empty = Vec::new();
    let mut i = 0;
    while i < body.len() {
        if let Block::Heading { level, text } = &body[i] {
            if is_empty_at(body, i, *level) {
                empty.push(text.clone());
                let line = dotted_line(page);
                let lines = (0..PLACEHOLDER_LINES).map(|_| {
                    Block::Paragraph(Para {
                        runs: vec![Run::plain(line.clone())],
                        align: Align::Left,
                        indent: false,
                        size_pt: None,
                    })
                });
                body.splice(i + 1..i + 1, lines);
                i += PLACEHOLDER_LINES;
            }
        }
        i += 1;
    }
    empty
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_sections_get_dotted_lines_and_are_named() {
        let mut body = vec![
            Block::heading(1, "I. A"),
            Block::heading(2, "1. Có nội dung"),
            Block::para("Nội dung."),
            Block::heading(2, "2. Trống"),
            Block::heading(1, "II. B"),
            Block::heading(2, "1. Cuối, trống"),
        ];
        let mut closing = vec![
            Block::heading(2, "3. Nhiệm vụ"),
            Block::para("Trên đây là Báo cáo chính trị."),
        ];
        let page = PageSetup::default();
        assert_eq!(
            fill_empty_sections(&mut closing, &page),
            vec!["3. Nhiệm vụ"]
        );
        let page = PageSetup::default();
        let empty = fill_empty_sections(&mut body, &page);
        assert_eq!(empty, vec!["2. Trống", "1. Cuối, trống"]);
        assert_eq!(body.len(), 6 + 2 * PLACEHOLDER_LINES);
        assert!(matches!(&body[4], Block::Paragraph(p) if p.runs[0].text.starts_with("……")));
        assert!(matches!(&body.last(), Some(Block::Paragraph(_))));
        // 160 mm of text at 14 pt: about 32 ellipses on one line.
        let n = dotted_line(&page).chars().count();
        assert!((25..=34).contains(&n), "{n}");
    }
}
