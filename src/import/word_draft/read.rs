//! Reading a Word (.docx) or OpenDocument (.odt) draft into headings,
//! paragraphs and tables, in NFC, legacy TCVN3/VNI text converted.

use crate::strings::word as msg;
use crate::vi::legacy::{self, Detected, Legacy};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::io::{Cursor, Read};
use std::path::Path;

/// One block of the draft, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftBlock {
    Heading(String),
    Para(String),
    /// Rows of cell texts.
    Table(Vec<Vec<String>>),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub blocks: Vec<DraftBlock>,
    /// Legacy encoding found and converted.
    pub converted: Option<Legacy>,
}

/// Why a draft could not be read (Vietnamese, names the file).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{0}")]
pub struct DraftError(pub String);

/// Read a `.docx` or `.odt` file.
pub fn read_draft(path: &Path) -> Result<Draft, DraftError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| DraftError(msg::draft_unreadable(&name, &e.to_string())))?;
    read_draft_bytes(&name, &bytes)
}

/// A run of text with the font it is set in.
struct Piece {
    text: String,
    font: Option<String>,
}

/// A paragraph as read: its pieces and whether it looks like a heading.
struct RawPara {
    pieces: Vec<Piece>,
    heading_style: bool,
    all_bold: bool,
}

pub fn read_draft_bytes(name: &str, bytes: &[u8]) -> Result<Draft, DraftError> {
    let bad = |d: &str| DraftError(msg::draft_unreadable(name, d));
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| bad(&e.to_string()))?;
    let (part, odt) = if zip.by_name("word/document.xml").is_ok() {
        ("word/document.xml", false)
    } else if zip.by_name("content.xml").is_ok() {
        ("content.xml", true)
    } else {
        return Err(bad("word/document.xml"));
    };
    let mut xml = String::new();
    zip.by_name(part)
        .map_err(|e| bad(&e.to_string()))?
        .read_to_string(&mut xml)
        .map_err(|e| bad(&e.to_string()))?;
    let raw = if odt {
        parse_odt(&xml)
    } else {
        parse_docx(&xml)
    }
    .map_err(|e| bad(&e))?;
    decode(name, raw)
}

enum RawBlock {
    Para(RawPara),
    Table(Vec<Vec<Vec<RawPara>>>),
}

/// Tables being read, innermost last: rows of cells of paragraphs.
type OpenTables = Vec<Vec<Vec<Vec<RawPara>>>>;

/// The cell being read, if any.
fn open_cell(tables: &mut OpenTables) -> Option<&mut Vec<RawPara>> {
    tables
        .last_mut()
        .and_then(|t| t.last_mut())
        .and_then(|r| r.last_mut())
}

/// A finished paragraph goes into the open cell, or else into the body.
fn end_para(tables: &mut OpenTables, out: &mut Vec<RawBlock>, p: RawPara) {
    match open_cell(tables) {
        Some(cell) => cell.push(p),
        None => out.push(RawBlock::Para(p)),
    }
}

/// A finished table goes into the body; a table in a cell joins the
/// cell's text.
fn end_table(tables: &mut OpenTables, out: &mut Vec<RawBlock>, t: Vec<Vec<Vec<RawPara>>>) {
    match open_cell(tables) {
        Some(cell) => cell.extend(t.into_iter().flatten().flatten()),
        None => out.push(RawBlock::Table(t)),
    }
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| a.value.as_ref().to_string())
}

/// WordprocessingML: w:p (style Heading…/Tiêu đề…, outline level, or all
/// bold and short), w:tbl.
fn parse_docx(xml: &str) -> Result<Vec<RawBlock>, String> {
    let mut r = Reader::from_str(xml);
    let mut out = Vec::new();
    // Table nesting: rows of cells of paragraphs.
    let mut tables: OpenTables = Vec::new();
    let mut para: Option<RawPara> = None;
    let mut run_font: Option<String> = None;
    let mut run_bold = false;
    let mut in_t = false;
    let mut in_rpr = false;
    let mut in_ppr = false;
    loop {
        let ev = r.read_event().map_err(|e| e.to_string())?;
        match ev {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "w:tbl" => tables.push(Vec::new()),
                "w:tr" => {
                    if let Some(t) = tables.last_mut() {
                        t.push(Vec::new())
                    }
                }
                "w:tc" => {
                    if let Some(row) = tables.last_mut().and_then(|t| t.last_mut()) {
                        row.push(Vec::new())
                    }
                }
                "w:p" => {
                    para = Some(RawPara {
                        pieces: Vec::new(),
                        heading_style: false,
                        all_bold: true,
                    })
                }
                "w:pPr" => in_ppr = true,
                "w:pStyle" if in_ppr => {
                    let v = attr(&e, "w:val").unwrap_or_default().to_lowercase();
                    if let Some(p) = para.as_mut() {
                        p.heading_style |=
                            v.starts_with("heading") || v.starts_with("tieude") || v == "title";
                    }
                }
                "w:outlineLvl" if in_ppr => {
                    if let Some(p) = para.as_mut() {
                        p.heading_style |= attr(&e, "w:val").is_some_and(|v| v != "9");
                    }
                }
                "w:r" => {
                    run_font = None;
                    run_bold = false;
                }
                "w:rPr" if !in_ppr => in_rpr = true,
                "w:rFonts" if in_rpr => {
                    run_font = attr(&e, "w:ascii").or_else(|| attr(&e, "w:hAnsi"))
                }
                "w:b" if in_rpr => {
                    run_bold = attr(&e, "w:val").is_none_or(|v| v != "0" && v != "false")
                }
                "w:t" => in_t = true,
                "w:tab" => push_text(&mut para, "\t", &run_font, run_bold),
                "w:br" | "w:cr" => push_text(&mut para, "\n", &run_font, run_bold),
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_t = false,
                "w:rPr" => in_rpr = false,
                "w:pPr" => in_ppr = false,
                "w:p" => {
                    if let Some(p) = para.take() {
                        end_para(&mut tables, &mut out, p);
                    }
                }
                "w:tbl" => {
                    if let Some(t) = tables.pop() {
                        end_table(&mut tables, &mut out, t);
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_t => {
                let s = t.xml10_content().into_owned();
                push_text(&mut para, &s, &run_font, run_bold);
            }
            Event::GeneralRef(g) if in_t => {
                let s = match g.as_ref() {
                    "amp" => "&".to_string(),
                    "lt" => "<".into(),
                    "gt" => ">".into(),
                    "quot" => "\"".into(),
                    "apos" => "'".into(),
                    _ => g
                        .resolve_char_ref()
                        .ok()
                        .flatten()
                        .map(String::from)
                        .unwrap_or_default(),
                };
                push_text(&mut para, &s, &run_font, run_bold);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn push_text(para: &mut Option<RawPara>, s: &str, font: &Option<String>, bold: bool) {
    if let Some(p) = para.as_mut() {
        if !s.trim().is_empty() && !bold {
            p.all_bold = false;
        }
        match p.pieces.last_mut() {
            Some(last) if last.font == *font => last.text.push_str(s),
            _ => p.pieces.push(Piece {
                text: s.to_string(),
                font: font.clone(),
            }),
        }
    }
}

/// OpenDocument: text:h are headings, text:p paragraphs, table:table.
fn parse_odt(xml: &str) -> Result<Vec<RawBlock>, String> {
    let mut r = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut tables: OpenTables = Vec::new();
    let mut stack: Vec<RawPara> = Vec::new();
    loop {
        match r.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) => match e.name().as_ref() {
                "table:table" => tables.push(Vec::new()),
                "table:table-row" => {
                    if let Some(t) = tables.last_mut() {
                        t.push(Vec::new())
                    }
                }
                "table:table-cell" => {
                    if let Some(row) = tables.last_mut().and_then(|t| t.last_mut()) {
                        row.push(Vec::new())
                    }
                }
                "text:p" | "text:h" => stack.push(RawPara {
                    pieces: Vec::new(),
                    heading_style: e.name().as_ref() == "text:h",
                    all_bold: false,
                }),
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                "text:tab" => push_odt(&mut stack, "\t"),
                "text:line-break" => push_odt(&mut stack, "\n"),
                "text:s" => push_odt(&mut stack, " "),
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "text:p" | "text:h" => {
                    if let Some(p) = stack.pop() {
                        end_para(&mut tables, &mut out, p);
                    }
                }
                "table:table" => {
                    if let Some(t) = tables.pop() {
                        end_table(&mut tables, &mut out, t);
                    }
                }
                _ => {}
            },
            Event::Text(t) => {
                let s = t.xml10_content().into_owned();
                push_odt(&mut stack, &s);
            }
            Event::GeneralRef(g) => {
                let s = match g.as_ref() {
                    "amp" => "&".to_string(),
                    "lt" => "<".into(),
                    "gt" => ">".into(),
                    "quot" => "\"".into(),
                    "apos" => "'".into(),
                    _ => g
                        .resolve_char_ref()
                        .ok()
                        .flatten()
                        .map(String::from)
                        .unwrap_or_default(),
                };
                push_odt(&mut stack, &s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn push_odt(stack: &mut [RawPara], s: &str) {
    if let Some(p) = stack.last_mut() {
        match p.pieces.last_mut() {
            Some(last) => last.text.push_str(s),
            None => p.pieces.push(Piece {
                text: s.to_string(),
                font: None,
            }),
        }
    }
}

/// Text of a paragraph with legacy runs converted; `Err` when a legacy
/// run does not convert (the caller refuses the file).
fn para_text(p: &RawPara, guess: Option<Legacy>) -> Result<String, ()> {
    let mut s = String::new();
    for piece in &p.pieces {
        let font = piece.font.as_deref().unwrap_or("");
        match legacy::font_encoding(font).or(guess) {
            Some(enc) => {
                let text = legacy::decode(enc, &piece.text).ok_or(())?;
                // ".VnTimeH" draws every letter as a capital.
                if font.starts_with(".Vn") && font.ends_with('H') {
                    s.push_str(&text.to_uppercase());
                } else {
                    s.push_str(&text);
                }
            }
            None => s.push_str(&piece.text),
        }
    }
    Ok(crate::vi::nfc(s.trim()))
}

/// A short paragraph that reads like a heading: numbered ("I.", "1.",
/// "a)") or all bold, without a final full stop.
fn looks_like_heading(p: &RawPara, text: &str) -> bool {
    if text.is_empty() || text.chars().count() > 150 || text.contains('\n') {
        return false;
    }
    if p.heading_style {
        return true;
    }
    let numbered = {
        let first = text.split_whitespace().next().unwrap_or("");
        let core = first.trim_end_matches(['.', ')', ':']);
        first.len() > core.len()
            && !core.is_empty()
            && (core.chars().all(|c| c.is_ascii_digit() || c == '.')
                || core.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
                || (core.chars().count() == 1 && core.chars().all(|c| c.is_alphabetic())))
    };
    (p.all_bold || numbered) && !text.ends_with('.') && text.split_whitespace().count() <= 20
}

fn decode(name: &str, raw: Vec<RawBlock>) -> Result<Draft, DraftError> {
    let pieces = || {
        raw.iter().flat_map(|b| match b {
            RawBlock::Para(p) => p.pieces.iter().collect::<Vec<_>>(),
            RawBlock::Table(t) => t
                .iter()
                .flatten()
                .flatten()
                .flat_map(|p| p.pieces.iter())
                .collect(),
        })
    };
    let by_font = pieces().find_map(|x| x.font.as_deref().and_then(legacy::font_encoding));
    // Text in no legacy font: Unicode, or legacy text with no font to tell.
    let plain: Vec<&str> = pieces()
        .filter(|p| p.font.as_deref().and_then(legacy::font_encoding).is_none())
        .map(|p| p.text.as_str())
        .collect();
    let guess = match legacy::detect(plain, by_font) {
        Detected::Unicode => None,
        Detected::Legacy(e) => Some(e),
        Detected::Mixed | Detected::Unclear => {
            return Err(DraftError(msg::draft_encoding_unclear(name)));
        }
    };
    let refuse = |_| DraftError(msg::draft_encoding_unclear(name));
    let mut blocks = Vec::new();
    for b in &raw {
        match b {
            RawBlock::Para(p) => {
                let text = para_text(p, guess).map_err(refuse)?;
                if text.is_empty() {
                    continue;
                }
                if looks_like_heading(p, &text) {
                    blocks.push(DraftBlock::Heading(text));
                } else {
                    blocks.push(DraftBlock::Para(text));
                }
            }
            RawBlock::Table(t) => {
                let mut rows = Vec::new();
                for row in t {
                    let mut cells = Vec::new();
                    for cell in row {
                        let mut lines = Vec::new();
                        for p in cell {
                            lines.push(para_text(p, guess).map_err(refuse)?);
                        }
                        cells.push(lines.join("\n"));
                    }
                    rows.push(cells);
                }
                blocks.push(DraftBlock::Table(rows));
            }
        }
    }
    Ok(Draft {
        blocks,
        converted: by_font.or(guess),
    })
}
