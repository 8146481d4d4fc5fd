//! One document's content: header table, title, body blocks, signature.

use super::xml::{ParaStyle, RunStyle, jc, para, ppr, run};
use super::{Align, Block, Cell, Document, Header, Para, Signature, Table, twips};
use crate::model::RecipientsStyle;

/// First-line indent of body paragraphs (1 cm).
const INDENT_MM: f32 = 10.0;
/// Sizes HD 36 sets (points).
const HEADER_PT: f32 = 14.0;
const PARTY_PT: f32 = 15.0;
const TITLE_PT: f32 = 16.0;
const SUBTITLE_PT: f32 = 14.0;
/// "Nơi nhận" of Party documents (HD 36): label 14 pt upright underlined,
/// entries 12 pt; of state documents (Nghị định 30): label 12 pt bold
/// italic, entries 11 pt.
const RECIPIENTS_LABEL_PT: f32 = 14.0;
const RECIPIENTS_PT: f32 = 12.0;
const STATE_RECIPIENTS_LABEL_PT: f32 = 12.0;
const STATE_RECIPIENTS_PT: f32 = 11.0;
/// The header table reaches a little into the margins so that the ward's
/// name fits on one line at 14 pt: left column width, extra on each side (mm).
const HEADER_LEFT_MM: f32 = 82.0;
const HEADER_OUTDENT_MM: f32 = 8.0;
const HEADER_INTO_RIGHT_MM: f32 = 6.0;

/// "ĐẢNG CỘNG SẢN VIỆT NAM", the right header line of every Party document.
pub const PARTY_NAME: &str = "ĐẢNG CỘNG SẢN VIỆT NAM";
/// The label of the recipients list.
pub const RECIPIENTS_LABEL: &str = "Nơi nhận:";

/// Write the content of `doc`. It ends with a paragraph one point high that
/// carries `section` (the section properties of a document that is not the
/// last of a combined file): an extra paragraph could spill onto a page of
/// its own.
pub fn write(out: &mut String, doc: &Document, section: &str) {
    let width = doc.page.text_width_mm();
    if let Some(h) = &doc.header {
        header(out, h, width);
    }
    title(out, doc);
    let body_pt = doc.page.body_pt;
    // The last block stays with the signature, so that a signature never
    // stands alone at the top of a page (HD 36; issue 11).
    let closing_follows = !doc.signatures.is_empty() || !doc.recipients.is_empty();
    let last = doc.body.len().saturating_sub(1);
    for (i, b) in doc.body.iter().enumerate() {
        block(out, b, width, body_pt, closing_follows && i == last);
    }
    closing(out, doc, width);
    out.push_str(&format!(
        "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>\
         <w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr>{section}</w:pPr></w:p>"
    ));
}

fn centered(before: f32, after: f32) -> ParaStyle {
    ParaStyle {
        align: Align::Center,
        before_pt: before,
        after_pt: after,
        ..ParaStyle::default()
    }
}

fn no_borders() -> &'static str {
    "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>\
     <w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
}

/// Start a fixed-layout table of the given column widths (millimetres).
fn table_start(out: &mut String, cols_mm: &[f32], borders: &str) {
    table_start_at(out, cols_mm, borders, None);
}

/// `indent_mm`: left edge relative to the margin; `None` centres the table.
fn table_start_at(out: &mut String, cols_mm: &[f32], borders: &str, indent_mm: Option<f32>) {
    let total: i64 = cols_mm.iter().map(|w| twips(*w)).sum();
    let place = match indent_mm {
        Some(mm) => format!("<w:tblInd w:w=\"{}\" w:type=\"dxa\"/>", twips(mm)),
        None => "<w:jc w:val=\"center\"/>".to_string(),
    };
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{total}\" w:type=\"dxa\"/>{place}{borders}\
         <w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/>\
         <w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>\
         <w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" \
         w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
    ));
    for w in cols_mm {
        out.push_str(&format!("<w:gridCol w:w=\"{}\"/>", twips(*w)));
    }
    out.push_str("</w:tblGrid>");
}

fn cell_start(out: &mut String, width_mm: f32, valign_center: bool) {
    out.push_str(&format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>{}</w:tcPr>",
        twips(width_mm),
        if valign_center {
            "<w:vAlign w:val=\"center\"/>"
        } else {
            ""
        }
    ));
}

/// A short horizontal rule, centred in a column `col_mm` wide.
fn rule(out: &mut String, col_mm: f32, length_mm: f32) {
    let side = twips(((col_mm - length_mm) / 2.0).max(0.0));
    out.push_str(&format!(
        "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:pBdr>\
         <w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>\
         <w:ind w:left=\"{side}\" w:right=\"{side}\"/><w:jc w:val=\"center\"/>\
         <w:rPr><w:sz w:val=\"4\"/><w:szCs w:val=\"4\"/></w:rPr></w:pPr></w:p>"
    ));
}

/// Width of upper-case Times New Roman bold text (millimetres): capitals
/// average 0.70 em, spaces 0.25 em (measured on LibreOffice's output).
fn caps_width_mm(text: &str, pt: f32) -> f32 {
    let em_mm = pt * 25.4 / 72.0;
    text.chars()
        .map(|c| if c == ' ' { 0.25 } else { 0.70 })
        .sum::<f32>()
        * em_mm
}

/// An upper-case name broken at word boundaries, never inside a word, so
/// that "CHI BỘ TRẠM Y TẾ PHƯỜNG" reads "CHI BỘ" / "TRẠM Y TẾ PHƯỜNG"
/// rather than "CHI BỘ TRẠM Y TẾ" / "PHƯỜNG": the kind of organisation on
/// the first line when the rest then fits, else lines as even as possible.
/// A line with a template tag (`{branch.name | upper}` in an exported Word
/// template) is kept whole.
pub fn wrap_caps(text: &str, fits: &dyn Fn(&str) -> bool) -> Vec<String> {
    if fits(text) || text.contains('{') {
        return vec![text.to_string()];
    }
    for prefix in [
        "ĐẠI HỘI CHI BỘ ",
        "CHI BỘ ",
        "ĐẢNG ỦY ",
        "ĐẢNG BỘ ",
        "CHI ỦY ",
    ] {
        if let Some(rest) = text.strip_prefix(prefix) {
            if fits(rest) {
                return vec![prefix.trim_end().to_string(), rest.to_string()];
            }
        }
    }
    // Greedy lines that fit, then evened out: a line ends once it reaches
    // its share of the text.
    let len = |s: &str| s.chars().count();
    let join = |cur: &str, w: &str| {
        if cur.is_empty() {
            w.to_string()
        } else {
            format!("{cur} {w}")
        }
    };
    let words: Vec<&str> = text.split(' ').collect();
    let mut lines_needed = 1;
    let mut cur = String::new();
    for w in &words {
        let candidate = join(&cur, w);
        if !cur.is_empty() && !fits(&candidate) {
            lines_needed += 1;
            cur = w.to_string();
        } else {
            cur = candidate;
        }
    }
    let target = len(text).div_ceil(lines_needed);
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for w in words {
        let candidate = join(&cur, w);
        if !cur.is_empty()
            && (!fits(&candidate) || (len(&cur) >= target && lines.len() + 1 < lines_needed))
        {
            lines.push(std::mem::take(&mut cur));
            cur = w.to_string();
        } else {
            cur = candidate;
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// Width of the right-hand column of the header and of the signature in a
/// portrait page: in a landscape page they keep this width and stand at the
/// right margin, so that the two line up (issue 11).
const PORTRAIT_TEXT_MM: f32 = 210.0 - 30.0 - 15.0;

fn header(out: &mut String, h: &Header, width: f32) {
    let left = HEADER_LEFT_MM;
    let portrait_right = PORTRAIT_TEXT_MM + HEADER_OUTDENT_MM + HEADER_INTO_RIGHT_MM - left;
    let right_all = width + HEADER_OUTDENT_MM + HEADER_INTO_RIGHT_MM - left;
    let right = right_all.min(portrait_right);
    let gap = right_all - right;
    let cols: Vec<f32> = if gap > 1.0 {
        vec![left, gap, right]
    } else {
        vec![left, right_all]
    };
    let right = *cols.last().unwrap_or(&right_all);
    table_start_at(out, &cols, no_borders(), Some(-HEADER_OUTDENT_MM));
    out.push_str("<w:tr>");
    cell_start(out, left, false);
    let s = RunStyle::sized(HEADER_PT);
    para(out, &h.superior, centered(0.0, 0.0), s);
    // Cell margins (1.5 mm each side).
    let fits = |s: &str| caps_width_mm(s, HEADER_PT) <= left - 3.0;
    for issuer in &h.issuer {
        for line in wrap_caps(issuer, &fits) {
            para(out, &line, centered(0.0, 0.0), s.bold());
        }
    }
    para(out, "*", centered(0.0, 0.0), s);
    if !h.number.is_empty() {
        para(out, &h.number, centered(0.0, 0.0), s);
    }
    out.push_str("</w:tc>");
    if cols.len() == 3 {
        cell_start(out, cols[1], false);
        para(out, "", centered(0.0, 0.0), s);
        out.push_str("</w:tc>");
    }
    cell_start(out, right, false);
    para(
        out,
        PARTY_NAME,
        centered(0.0, 0.0),
        RunStyle::sized(PARTY_PT).bold(),
    );
    // HD 36: the rule is as long as the line above it.
    rule(out, right, caps_width_mm(PARTY_NAME, PARTY_PT));
    para(out, "", centered(0.0, 0.0), s);
    para(out, &h.place_date, centered(6.0, 0.0), s.italic());
    out.push_str("</w:tc></w:tr></w:tbl>");
}

fn title(out: &mut String, doc: &Document) {
    let width = doc.page.text_width_mm();
    for (i, line) in doc.title.iter().enumerate() {
        let before = if i == 0 { 18.0 } else { 0.0 };
        let mut p = centered(before, 0.0);
        p.keep_next = true;
        para(out, line, p, RunStyle::sized(TITLE_PT).bold());
    }
    for line in &doc.subtitle {
        let mut p = centered(0.0, 0.0);
        p.keep_next = true;
        para(out, line, p, RunStyle::sized(SUBTITLE_PT).bold());
    }
    if !doc.title.is_empty() || !doc.subtitle.is_empty() {
        rule(out, width, 30.0);
        para(out, "", centered(0.0, 6.0), RunStyle::default());
    }
}

fn block(out: &mut String, b: &Block, width: f32, body_pt: f32, keep_next: bool) {
    match b {
        Block::Heading { level, text } => {
            let p = ParaStyle {
                align: Align::Justify,
                first_line_twips: twips(INDENT_MM),
                before_pt: 6.0,
                after_pt: 6.0,
                keep_next: true,
            };
            let mut r = RunStyle::default().bold();
            if *level >= 3 {
                r = r.italic();
            }
            para(out, text, p, r);
        }
        Block::Paragraph(p) => paragraph(out, p, keep_next),
        Block::Table(t) => table(out, t, width, body_pt, keep_next),
        Block::PageBreak => out.push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"),
        Block::Header(h) => header(out, h, width),
    }
}

fn paragraph(out: &mut String, p: &Para, keep_next: bool) {
    out.push_str("<w:p>");
    ppr(
        out,
        ParaStyle {
            align: p.align,
            first_line_twips: if p.indent { twips(INDENT_MM) } else { 0 },
            before_pt: 0.0,
            after_pt: 6.0,
            keep_next,
        },
        "",
    );
    for r in &p.runs {
        run(
            out,
            &r.text,
            RunStyle {
                bold: r.bold,
                italic: r.italic,
                underline: false,
                size_pt: p.size_pt,
            },
        );
    }
    out.push_str("</w:p>");
}

fn table(out: &mut String, t: &Table, width: f32, body_pt: f32, keep_next: bool) {
    let ncols = t
        .header_rows
        .iter()
        .chain(&t.rows)
        .map(Vec::len)
        .max()
        .unwrap_or(0)
        .max(t.widths.len());
    if ncols == 0 {
        return;
    }
    let size = t.size_pt.unwrap_or(body_pt - 1.0);
    let cols = super::columns::widths(t, ncols, width, size);
    let borders = "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
        <w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
        <w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
        <w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
        <w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>\
        <w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>";
    table_start(out, &cols, borders);
    for r in &t.header_rows {
        row(out, r, &cols, size, true, false);
    }
    let n = t.rows.len();
    for (i, r) in t.rows.iter().enumerate() {
        // The last rows stay with what follows (the signature).
        row(out, r, &cols, size, false, keep_next && i + 2 >= n);
    }
    out.push_str("</w:tbl>");
    // Word needs a paragraph between a table and what follows.
    let mut after = centered(0.0, 6.0);
    after.keep_next = keep_next;
    para(out, "", after, RunStyle::default());
}

fn row(out: &mut String, cells: &[Cell], cols: &[f32], size: f32, header: bool, keep_next: bool) {
    out.push_str("<w:tr><w:trPr><w:cantSplit/>");
    if header {
        out.push_str("<w:tblHeader/>");
    }
    out.push_str("</w:trPr>");
    for (i, w) in cols.iter().enumerate() {
        cell_start(out, *w, header);
        let (text, bold, align) = match cells.get(i) {
            Some(c) if header => (c.text.as_str(), true, Align::Center),
            Some(c) => (c.text.as_str(), c.bold, c.align),
            None => ("", false, Align::Left),
        };
        let mut r = RunStyle::sized(size);
        r.bold = bold;
        out.push_str("<w:p>");
        out.push_str(&format!(
            "<w:pPr>{}<w:spacing w:before=\"40\" w:after=\"40\"/><w:jc w:val=\"{}\"/></w:pPr>",
            if keep_next { "<w:keepNext/>" } else { "" },
            jc(align)
        ));
        if !text.is_empty() {
            run(out, text, r);
        }
        out.push_str("</w:p></w:tc>");
    }
    out.push_str("</w:tr>");
}

/// Signatures side by side on one row, at most: a counting committee of
/// five signs on one row.
const SIGNATURES_PER_ROW: usize = 5;
/// From this many signatures on a row, their lines are set smaller so that
/// "TRƯỞNG BAN" and a name fit a fifth of the line.
const SMALL_SIGNATURES_FROM: usize = 4;
const SMALL_SIGNATURE_PT: f32 = 12.0;

/// "Nơi nhận" bottom-left and the signature(s) on the right.
fn closing(out: &mut String, doc: &Document, width: f32) {
    if doc.signatures.is_empty() && doc.recipients.is_empty() {
        return;
    }
    let n = doc.signatures.len();
    if n <= 1 {
        // The signature column as wide as in a portrait page, at the right
        // margin (so it lines up under the header's right column).
        let right = width.min(PORTRAIT_TEXT_MM) * 0.55;
        let left = width - right;
        table_start(out, &[left, right], no_borders());
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        cell_start(out, left, false);
        recipients(out, &doc.recipients, doc.page.recipients);
        out.push_str("</w:tc>");
        cell_start(out, right, false);
        match doc.signatures.first() {
            Some(s) => signature(out, s, HEADER_PT),
            None => para(out, "", centered(0.0, 0.0), RunStyle::default()),
        }
        out.push_str("</w:tc></w:tr></w:tbl>");
    } else {
        // Up to five signatures side by side (a counting committee of five
        // signs on one row), set smaller from four on; more take a second row.
        // From four on, the row reaches into the margins as the header does,
        // so that a name such as "Dương Văn Minh" stays on one line.
        let per_row = n.min(SIGNATURES_PER_ROW);
        let small = per_row >= SMALL_SIGNATURES_FROM;
        let size = if small { SMALL_SIGNATURE_PT } else { HEADER_PT };
        let (row_width, indent) = if small {
            (
                width + HEADER_OUTDENT_MM + HEADER_INTO_RIGHT_MM,
                Some(-HEADER_OUTDENT_MM),
            )
        } else {
            (width, None)
        };
        let col = row_width / per_row as f32;
        let cols = vec![col; per_row];
        table_start_at(out, &cols, no_borders(), indent);
        for chunk in doc.signatures.chunks(per_row) {
            out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for s in chunk {
                cell_start(out, col, false);
                signature(out, s, size);
                out.push_str("</w:tc>");
            }
            for _ in chunk.len()..per_row {
                cell_start(out, col, false);
                para(out, "", centered(0.0, 0.0), RunStyle::default());
                out.push_str("</w:tc>");
            }
            out.push_str("</w:tr>");
        }
        out.push_str("</w:tbl>");
        if !doc.recipients.is_empty() {
            recipients(out, &doc.recipients, doc.page.recipients);
        }
    }
}

fn recipients(out: &mut String, list: &[String], style: RecipientsStyle) {
    let left = ParaStyle {
        align: Align::Left,
        before_pt: 0.0,
        after_pt: 0.0,
        ..ParaStyle::default()
    };
    if list.is_empty() {
        para(out, "", left, RunStyle::default());
        return;
    }
    let mut first = left;
    first.before_pt = 12.0;
    let entries = match style {
        RecipientsStyle::Party => {
            // "Nơi nhận" underlined, the colon not.
            let label = RECIPIENTS_LABEL.trim_end_matches(':');
            out.push_str("<w:p>");
            super::xml::ppr(out, first, "");
            let underlined = RunStyle {
                underline: true,
                ..RunStyle::sized(RECIPIENTS_LABEL_PT)
            };
            run(out, label, underlined);
            run(out, ":", RunStyle::sized(RECIPIENTS_LABEL_PT));
            out.push_str("</w:p>");
            RECIPIENTS_PT
        }
        RecipientsStyle::State => {
            para(
                out,
                RECIPIENTS_LABEL,
                first,
                RunStyle::sized(STATE_RECIPIENTS_LABEL_PT).bold().italic(),
            );
            STATE_RECIPIENTS_PT
        }
    };
    for r in list {
        para(out, &format!("- {r}"), left, RunStyle::sized(entries));
    }
}

fn signature(out: &mut String, s: &Signature, size_pt: f32) {
    let bold = RunStyle::sized(size_pt).bold();
    let mut first = true;
    let mut line = |out: &mut String, text: &str| {
        let before = if first { 12.0 } else { 0.0 };
        first = false;
        para(out, text, centered(before, 0.0), bold);
    };
    if !s.on_behalf.is_empty() {
        line(out, &s.on_behalf);
    }
    line(out, &s.title);
    for _ in 0..4 {
        para(out, "", centered(0.0, 0.0), bold);
    }
    para(out, &s.name, centered(0.0, 0.0), bold);
}
