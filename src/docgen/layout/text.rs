//! A document as plain text, for previews and tests.

use super::{
    Block, Document,
    body::{PARTY_NAME, RECIPIENTS_LABEL},
};

fn header_lines(lines: &mut Vec<String>, h: &super::Header) {
    lines.push(h.superior.clone());
    lines.extend(h.issuer.iter().cloned());
    lines.push("*".into());
    if !h.number.is_empty() {
        lines.push(h.number.clone());
    }
    lines.push(PARTY_NAME.into());
    lines.push(h.place_date.clone());
    lines.push(String::new());
}

/// The document's text in reading order: header (left column, then right),
/// title, body (tables one row a line, cells joined by " | "), signatures,
/// "Nơi nhận".
pub fn plain_text(doc: &Document) -> String {
    let mut lines: Vec<String> = Vec::new();
    if let Some(h) = &doc.header {
        header_lines(&mut lines, h);
    }
    lines.extend(doc.title.iter().cloned());
    lines.extend(doc.subtitle.iter().cloned());
    if !doc.title.is_empty() || !doc.subtitle.is_empty() {
        lines.push(String::new());
    }
    for b in &doc.body {
        match b {
            Block::Heading { text, .. } => lines.push(text.clone()),
            Block::Paragraph(p) => lines.push(p.runs.iter().map(|r| r.text.as_str()).collect()),
            Block::Table(t) => {
                for row in t.header_rows.iter().chain(&t.rows) {
                    lines.push(
                        row.iter()
                            .map(|c| c.text.replace('\n', " "))
                            .collect::<Vec<_>>()
                            .join(" | "),
                    );
                }
            }
            Block::PageBreak => lines.push(String::new()),
            Block::Header(h) => header_lines(&mut lines, h),
        }
    }
    for s in &doc.signatures {
        lines.push(String::new());
        for l in [&s.on_behalf, &s.title, &s.name] {
            if !l.is_empty() {
                lines.push(l.clone());
            }
        }
    }
    if !doc.recipients.is_empty() {
        lines.push(String::new());
        lines.push(RECIPIENTS_LABEL.into());
        lines.extend(doc.recipients.iter().map(|r| format!("- {r}")));
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}
