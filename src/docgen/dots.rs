//! Dotted lines to be filled in by hand, fitted to the line.
//!
//! The paper templates leave blanks as runs of "…" ("Ứng cử, đề cử thêm:
//! ……", or a whole line of dots for the discussion). Typed at a fixed
//! length, such a run either overflows the line — the dots, one unbreakable
//! word, jump to the next line and the justified label is stretched across
//! the page ("Ứng     cử,     đề     cử     thêm:") — or stops short. Here a
//! paragraph that is only dots becomes exactly one line of dots, and a label
//! followed by dots gets as many as fill the rest of its line, left-aligned.

use crate::docgen::layout::{Align, Block, Document, PageSetup, dotted_line};

/// A run of this many "…" at least is a blank to fill in by hand.
const MIN_DOTS: usize = 6;
/// Characters that may follow the dots at the end (a closing quote, a full stop).
const TRAILING: &[char] = &['"', '”', '.', ',', ':', ';', ')'];

/// The width of `text` in ems of Times New Roman, estimated on the wide
/// side (capitals ~0.72 em, lower case ~0.5 em, a space 0.25 em): a label
/// taken too wide leaves a small gap at the line's end, never an overflow.
fn width_em(text: &str, bold: bool) -> f32 {
    let w: f32 = text
        .chars()
        .map(|c| {
            if c == ' ' {
                0.25
            } else if c == '…' {
                1.0
            } else if c.is_uppercase() {
                0.72
            } else {
                0.5
            }
        })
        .sum();
    if bold { w * 1.08 } else { w }
}

/// Fit the dotted blanks of every paragraph of `doc` to its lines.
pub fn fit_dots(doc: &mut Document) {
    let page = doc.page;
    for block in &mut doc.body {
        if let Block::Paragraph(p) = block {
            fit_paragraph(p, &page);
        }
    }
}

fn fit_paragraph(p: &mut crate::docgen::layout::Para, page: &PageSetup) {
    let text: String = p.runs.iter().map(|r| r.text.as_str()).collect();
    if text.contains('\n') || text.contains('\t') {
        return;
    }
    let Some(last) = p.runs.last() else {
        return;
    };
    // The last run: label … dots … trailing punctuation.
    let body = last.text.trim_end_matches(TRAILING);
    let tail = &last.text[body.len()..];
    let label_in_run = body.trim_end_matches('…');
    let dots = body[label_in_run.len()..].chars().count();
    if dots < MIN_DOTS {
        return;
    }
    let size = p.size_pt.unwrap_or(page.body_pt);
    let em_mm = size * 25.4 / 72.0;
    let before: String = p.runs[..p.runs.len() - 1]
        .iter()
        .map(|r| r.text.as_str())
        .collect();
    let label = format!("{before}{label_in_run}");
    if label.trim().is_empty() && tail.is_empty() {
        // A line of dots only: exactly one line, from the margin.
        let page = PageSetup {
            body_pt: size,
            ..*page
        };
        let mut run = last.clone();
        run.text = dotted_line(&page);
        p.runs = vec![run];
        p.indent = false;
        p.align = Align::Left;
        return;
    }
    let indent_em = if p.indent { 10.0 / em_mm } else { 0.0 };
    let used: f32 = indent_em
        + p.runs[..p.runs.len() - 1]
            .iter()
            .map(|r| width_em(&r.text, r.bold))
            .sum::<f32>()
        + width_em(label_in_run, last.bold)
        + width_em(tail, last.bold);
    let line_em = page.text_width_mm() / em_mm;
    // A label longer than the line: where its last line ends is unknown.
    let room = (line_em - used - 1.0).floor();
    if room < 4.0 {
        return;
    }
    let fitted = format!("{label_in_run}{}{tail}", "…".repeat(room as usize));
    if let Some(r) = p.runs.last_mut() {
        r.text = fitted;
    }
    p.align = Align::Left;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docgen::layout::{Para, Run};

    fn para(text: &str, indent: bool) -> Para {
        Para {
            runs: vec![Run::plain(text)],
            align: Align::Justify,
            indent,
            size_pt: None,
        }
    }

    fn fitted(p: Para) -> Para {
        let mut doc = Document {
            body: vec![Block::Paragraph(p)],
            ..Document::default()
        };
        fit_dots(&mut doc);
        match doc.body.remove(0) {
            Block::Paragraph(p) => p,
            _ => unreachable!(),
        }
    }

    fn dots(p: &Para) -> usize {
        p.runs
            .iter()
            .map(|r| r.text.chars().filter(|c| *c == '…').count())
            .sum()
    }

    #[test]
    fn a_line_of_dots_is_one_line() {
        let page = PageSetup::default();
        let line = dotted_line(&page);
        for n in [10, 120, 300] {
            let p = fitted(para(&"…".repeat(n), true));
            assert_eq!(p.runs[0].text, line);
            assert!(!p.indent);
            assert_eq!(p.align, Align::Left);
        }
    }

    #[test]
    fn a_label_gets_the_rest_of_its_line() {
        let line = dotted_line(&PageSetup::default()).chars().count();
        let p = fitted(para(
            &format!("Ứng cử, đề cử thêm: {}", "…".repeat(120)),
            true,
        ));
        let n = dots(&p);
        assert!(n > 10 && n < line - 8, "{n} dots of {line}");
        assert!(p.runs[0].text.starts_with("Ứng cử, đề cử thêm: …"));
        assert_eq!(p.align, Align::Left, "never stretched across the line");
        // A shorter label leaves room for more dots; a closing quote stays.
        let q = fitted(para(&format!("- Đồng chí {}\"", "…".repeat(40)), false));
        assert!(dots(&q) > n);
        assert!(q.runs[0].text.ends_with("…\""));
    }

    #[test]
    fn short_blanks_and_long_labels_are_left_alone() {
        let short = para("có ……… đồng chí tán thành.", true);
        assert_eq!(fitted(short.clone()), short);
        let long = para(&format!("{} {}", "chữ ".repeat(60), "…".repeat(20)), true);
        assert_eq!(fitted(long.clone()), long);
    }
}
