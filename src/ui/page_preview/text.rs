//! A laid-out document drawn as text in reading order: the two-column
//! header, the title, headings in bold, paragraphs with their bold and
//! italic runs, tables as tables (columns in their proportions, cells
//! wrapped, lines between), signatures at the right, "Nơi nhận".

use crate::docgen::layout::{
    Align, Block, Cell, Document, Header, PARTY_NAME, Para, RECIPIENTS_LABEL, Signature, Table,
};
use crate::ui::style;
use eframe::egui::{self, FontFamily, RichText, Ui, text::LayoutJob};

const SIZE: f32 = style::SMALL + 1.0;

pub fn document(ui: &mut Ui, doc: &Document) {
    if let Some(h) = &doc.header {
        header(ui, h);
    }
    ui.vertical_centered(|ui| {
        for line in &doc.title {
            ui.label(style::strong(line).size(SIZE + 2.0));
        }
        for line in &doc.subtitle {
            ui.label(style::strong(line).size(SIZE));
        }
    });
    if !doc.title.is_empty() || !doc.subtitle.is_empty() {
        ui.add_space(6.0);
    }
    for (i, block) in doc.body.iter().enumerate() {
        match block {
            Block::Heading { level, text } => {
                ui.add_space(4.0);
                let t = style::strong(text).size(SIZE);
                ui.add(egui::Label::new(if *level >= 3 { t.italics() } else { t }).wrap());
            }
            Block::Paragraph(p) => paragraph(ui, p),
            Block::Table(t) => table(ui, t, i),
            Block::PageBreak => {
                ui.separator();
            }
            Block::Header(h) => header(ui, h),
        }
    }
    signatures(ui, &doc.signatures);
    if !doc.recipients.is_empty() {
        ui.add_space(8.0);
        ui.label(style::strong(RECIPIENTS_LABEL).size(SIZE - 1.0).italics());
        for r in &doc.recipients {
            ui.add(egui::Label::new(RichText::new(format!("- {r}")).size(SIZE - 1.0)).wrap());
        }
    }
}

/// Left: superior, issuer (bold), "*", number; right: the party's name and
/// the italic place and date.
fn header(ui: &mut Ui, h: &Header) {
    ui.columns(2, |c| {
        c[0].vertical_centered(|ui| {
            small(ui, RichText::new(&h.superior).size(SIZE - 1.0));
            for line in &h.issuer {
                small(ui, style::strong(line).size(SIZE - 1.0));
            }
            ui.label(RichText::new("*").size(SIZE - 1.0));
            if !h.number.is_empty() {
                small(ui, RichText::new(&h.number).size(SIZE - 1.0));
            }
        });
        c[1].vertical_centered(|ui| {
            small(ui, style::strong(PARTY_NAME).size(SIZE - 1.0).underline());
            small(ui, RichText::new(&h.place_date).size(SIZE - 1.0).italics());
        });
    });
    ui.add_space(8.0);
}

fn small(ui: &mut Ui, text: RichText) {
    ui.add(egui::Label::new(text).wrap());
}

/// The runs of a paragraph in one wrapped label, aligned as in Word.
fn paragraph(ui: &mut Ui, p: &Para) {
    let size = p
        .size_pt
        .map(|s| (s - 14.0) + SIZE)
        .unwrap_or(SIZE)
        .max(9.0);
    let color = ui.visuals().text_color();
    let mut job = LayoutJob::default();
    if p.indent {
        job.append("    ", 0.0, fmt(size, false, false, color));
    }
    for r in &p.runs {
        job.append(&r.text, 0.0, fmt(size, r.bold, r.italic, color));
    }
    job.wrap.max_width = ui.available_width();
    let label = egui::Label::new(job).wrap();
    match p.align {
        Align::Center => {
            ui.vertical_centered(|ui| ui.add(label));
        }
        Align::Right => {
            ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| ui.add(label));
        }
        Align::Left | Align::Justify => {
            ui.add(label);
        }
    }
    ui.add_space(2.0);
}

fn fmt(size: f32, bold: bool, italic: bool, color: egui::Color32) -> egui::TextFormat {
    let family = if bold {
        FontFamily::Name(crate::ui::fonts::BOLD_FAMILY.into())
    } else {
        FontFamily::Proportional
    };
    egui::TextFormat {
        font_id: egui::FontId::new(size, family),
        italics: italic,
        color,
        ..Default::default()
    }
}

/// A table in the pane's width: columns in the table's proportions, each
/// cell wrapped in its column, a grid of lines around.
fn table(ui: &mut Ui, t: &Table, index: usize) {
    let ncols = t
        .header_rows
        .iter()
        .chain(&t.rows)
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    if ncols == 0 {
        return;
    }
    let total: u32 = t.widths.iter().take(ncols).sum();
    let width = ui.available_width() - 2.0;
    // Each column at least as wide as its longest word: a word is never cut
    // into letters. A table that cannot fit so is shown a row at a time
    // (widen the pane to see it as a grid).
    let mins: Vec<f32> = (0..ncols).map(|i| longest_word(ui, t, i) + 10.0).collect();
    let min_total: f32 = mins.iter().sum();
    ui.add_space(4.0);
    if min_total > width {
        cards(ui, t, index);
        ui.add_space(6.0);
        return;
    }
    let shares: Vec<f32> = (0..ncols)
        .map(|i| match t.widths.get(i) {
            Some(w) if total > 0 && t.widths.len() >= ncols => *w as f32 / total as f32,
            _ => 1.0 / ncols as f32,
        })
        .collect();
    let spare = width - min_total;
    let cols: Vec<f32> = mins
        .iter()
        .zip(&shares)
        .map(|(m, s)| m + spare * s)
        .collect();
    let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
    let stroke = egui::Stroke::new(1.0, stroke.color);
    rows(ui, t, &cols, stroke, index);
    ui.add_space(6.0);
}

/// A wide table one row at a time: each row a box of "column: value"
/// lines, in the table's order (an empty table shows its columns).
fn cards(ui: &mut Ui, t: &Table, index: usize) {
    let names: Vec<String> = (0..t.header_rows.last().map(Vec::len).unwrap_or(0))
        .map(|c| {
            t.header_rows
                .iter()
                .rev()
                .filter_map(|r| r.get(c))
                .map(|cell| cell.text.replace('\n', " "))
                .find(|x| !x.trim().is_empty())
                .unwrap_or_default()
        })
        .collect();
    let empty = Vec::new();
    let body: Vec<&Vec<Cell>> = if t.rows.is_empty() {
        vec![&empty]
    } else {
        t.rows.iter().collect()
    };
    let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
    for (r, row) in body.iter().enumerate() {
        egui::Frame::NONE
            .stroke(stroke)
            .inner_margin(egui::Margin::symmetric(6, 4))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                egui::Grid::new(("preview_card", index, r))
                    .num_columns(2)
                    .spacing([8.0, 2.0])
                    .show(ui, |ui| {
                        let n = names.len().max(row.len());
                        for c in 0..n {
                            let name = names.get(c).map(String::as_str).unwrap_or("");
                            let value = row.get(c).map(|x| x.text.as_str()).unwrap_or("");
                            ui.label(style::strong(name).size(SIZE - 1.5));
                            ui.add(egui::Label::new(RichText::new(value).size(SIZE - 1.0)).wrap());
                            ui.end_row();
                        }
                    });
            });
        ui.add_space(4.0);
    }
}

/// The widest word of column `col` (header in bold), in points.
fn longest_word(ui: &Ui, t: &Table, col: usize) -> f32 {
    let header_n = t.header_rows.len();
    let mut widest: f32 = 0.0;
    for (r, row) in t.header_rows.iter().chain(&t.rows).enumerate() {
        let Some(cell) = row.get(col) else {
            continue;
        };
        let family = if cell.bold || r < header_n {
            FontFamily::Name(crate::ui::fonts::BOLD_FAMILY.into())
        } else {
            FontFamily::Proportional
        };
        let font = egui::FontId::new(SIZE - 1.0, family);
        for word in cell.text.split_whitespace() {
            let w = ui
                .painter()
                .layout_no_wrap(word.to_string(), font.clone(), egui::Color32::PLACEHOLDER)
                .size()
                .x;
            widest = widest.max(w);
        }
    }
    widest
}

/// The rows of a table with columns `cols` wide, lines between.
fn rows(ui: &mut Ui, t: &Table, cols: &[f32], stroke: egui::Stroke, index: usize) {
    ui.push_id(("preview_table", index), |ui| {
        ui.spacing_mut().item_spacing = egui::vec2(0.0, 0.0);
        let header_n = t.header_rows.len();
        for (r, row) in t.header_rows.iter().chain(&t.rows).enumerate() {
            let head = r < header_n;
            let resp = ui.horizontal_top(|ui| {
                for (c, w) in cols.iter().enumerate() {
                    let cell = row.get(c);
                    ui.allocate_ui_with_layout(
                        egui::vec2(*w, 0.0),
                        egui::Layout::top_down(egui::Align::Min),
                        |ui| {
                            ui.set_width(*w);
                            egui::Frame::NONE
                                .inner_margin(egui::Margin::symmetric(4, 2))
                                .show(ui, |ui| cell_text(ui, cell, head));
                        },
                    );
                }
            });
            let rect = resp.response.rect;
            let painter = ui.painter();
            painter.rect_stroke(rect, 0.0, stroke, egui::StrokeKind::Inside);
            let mut x = rect.min.x;
            for w in &cols[..cols.len() - 1] {
                x += w;
                painter.vline(x, rect.y_range(), stroke);
            }
        }
    });
}

fn cell_text(ui: &mut Ui, cell: Option<&Cell>, head: bool) {
    let Some(cell) = cell else {
        return;
    };
    let text = if cell.bold || head {
        style::strong(&cell.text)
    } else {
        RichText::new(&cell.text)
    }
    .size(SIZE - 1.0);
    let label = egui::Label::new(text).wrap();
    match cell.align {
        Align::Center => {
            ui.vertical_centered(|ui| ui.add(label));
        }
        Align::Right => {
            ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| ui.add(label));
        }
        _ => {
            ui.add(label);
        }
    }
}

/// Signature blocks side by side in the right half (one: at the right).
fn signatures(ui: &mut Ui, sigs: &[Signature]) {
    if sigs.is_empty() {
        return;
    }
    ui.add_space(10.0);
    let n = sigs.len().max(1);
    let cols = if n == 1 { 2 } else { n };
    ui.columns(cols, |c| {
        let first = if n == 1 { 1 } else { 0 };
        for (i, s) in sigs.iter().enumerate() {
            c[first + i].vertical_centered(|ui| {
                for line in [&s.on_behalf, &s.title] {
                    if !line.is_empty() {
                        small(ui, style::strong(line).size(SIZE - 1.0));
                    }
                }
                ui.add_space(28.0);
                if !s.name.is_empty() {
                    small(ui, style::strong(&s.name).size(SIZE - 1.0));
                }
            });
        }
    });
}
