//! Office templates written in Word (.docx).
//!
//! The same expression language as the `.txt` templates (`{branch.name}`,
//! `{#if …}`, `{#for m in …}`, filters), typed as ordinary text in Word:
//!
//! ```text
//! .docx ──zip──► document.xml, header*.xml, footer*.xml
//!     ──dom──► tree ──tags──► tags found across runs, moved into one run
//!     ──compile──► WNode tree (literal XML, values, loops, conditions)
//!     ──render(context)──► the parts by concatenation; other parts copied
//!                          as they are (still compressed)
//! ```
//!
//! A template is read and compiled once ([`WordTemplate::parse`]) and then
//! rendered for any number of branches. Errors name the file, the paragraph
//! (its first words) or table cell, and the tag as typed.

mod compile;
mod dom;
pub mod export;
mod export_all;
pub mod merge;
pub use export_all::{
    ExportReport, SET_ASIDE_DIR, SetAside, check_templates, export_templates, office_files,
    put_back, set_aside, source_on_disk,
};
mod tags;

use super::template::eval::{self, Checker, Scope};
use super::template::syntax::Node;
use super::template::{Record, TemplateError, Value, WordPlace};
use crate::strings::word as msg;
use compile::{Compiled, TagError, WNode};
use std::io::{Cursor, Read, Write};
use zip::ZipArchive;
use zip::write::SimpleFileOptions;

/// One compiled part of the package.
#[derive(Debug, Clone)]
struct Part {
    name: String,
    nodes: Vec<WNode>,
    /// Rough size of the output, to reserve once.
    size_hint: usize,
}

/// A Word template, compiled and ready to render many times.
#[derive(Debug, Clone)]
pub struct WordTemplate {
    /// File name, for messages.
    pub file: String,
    /// The template file, for copying unchanged parts.
    source: Vec<u8>,
    parts: Vec<Part>,
    /// What the checker sees (loops, conditions, values), per part.
    check: Vec<Vec<Node>>,
    /// Every tag: where it is and as typed (index = position line - 1).
    places: Vec<WordPlace>,
}

/// Whether a part of the package can hold tags.
fn is_text_part(name: &str) -> bool {
    let Some(file) = name.strip_prefix("word/") else {
        return false;
    };
    !file.contains('/')
        && file.ends_with(".xml")
        && (file == "document.xml"
            || file.starts_with("header")
            || file.starts_with("footer")
            || file == "footnotes.xml"
            || file == "endnotes.xml")
}

impl WordTemplate {
    /// Read and compile a template. Every error found is returned (syntax
    /// of every tag, blocks that do not close), not just the first.
    pub fn parse(file: &str, bytes: Vec<u8>) -> Result<WordTemplate, Vec<TemplateError>> {
        let whole = |m: String| {
            vec![TemplateError {
                file: file.to_string(),
                line: 0,
                col: 0,
                word: Some(WordPlace {
                    place: String::new(),
                    typed: String::new(),
                }),
                message: m,
            }]
        };
        let mut archive = ZipArchive::new(Cursor::new(&bytes[..]))
            .map_err(|e| whole(msg::not_a_docx(file, &e.to_string())))?;
        let mut names = Vec::new();
        for i in 0..archive.len() {
            let f = archive
                .by_index_raw(i)
                .map_err(|e| whole(msg::not_a_docx(file, &e.to_string())))?;
            names.push(f.name().map(|n| n.to_string()).unwrap_or_default());
        }
        if !names.iter().any(|n| n == "word/document.xml") {
            return Err(whole(msg::not_a_docx(file, "word/document.xml")));
        }
        let mut parts = Vec::new();
        let mut check = Vec::new();
        let mut places = Vec::new();
        let mut errors = Vec::new();
        for name in names.iter().filter(|n| is_text_part(n)) {
            let mut xml = String::new();
            archive
                .by_name(name)
                .and_then(|mut f| f.read_to_string(&mut xml).map_err(Into::into))
                .map_err(|e| whole(msg::bad_part(file, name, &e.to_string())))?;
            let mut nodes = dom::parse(&xml).map_err(|e| whole(msg::bad_part(file, name, &e)))?;
            let label = msg::part_label(name);
            let (raw, scan_errors) = tags::mark(&mut nodes, &label);
            for e in scan_errors {
                errors.push(TemplateError {
                    file: file.to_string(),
                    line: 0,
                    col: 0,
                    word: Some(WordPlace {
                        place: e.place,
                        typed: e.typed,
                    }),
                    message: e.message,
                });
            }
            let first = places.len();
            places.extend(raw.iter().map(|t| WordPlace {
                place: t.place.clone(),
                typed: t.typed.clone(),
            }));
            let (kinds, mut tag_errors) = compile::kinds(&raw, first);
            let Compiled {
                nodes: wn,
                check: cn,
            } = compile::compile(&nodes, &kinds, &mut tag_errors);
            for TagError { tag, message } in tag_errors {
                errors.push(TemplateError {
                    file: file.to_string(),
                    line: 0,
                    col: 0,
                    word: Some(places[first + tag].clone()),
                    message,
                });
            }
            parts.push(Part {
                name: name.clone(),
                nodes: wn,
                size_hint: xml.len() * 2,
            });
            check.push(cn);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(WordTemplate {
            file: file.to_string(),
            source: bytes,
            parts,
            check,
            places,
        })
    }

    /// Check every tag against the context's shape: unknown fields (with
    /// the nearest known one), filters that do not fit, loops over non-lists.
    pub fn check(&self, ctx: &Record) -> Vec<TemplateError> {
        let mut c = Checker {
            file: &self.file,
            errors: Vec::new(),
        };
        let scope = Scope::new(ctx);
        for nodes in &self.check {
            c.nodes(&scope, nodes);
        }
        c.errors
            .into_iter()
            .map(|e| TemplateError {
                word: self.places.get(e.line.wrapping_sub(1)).cloned(),
                line: 0,
                col: 0,
                ..e
            })
            .collect()
    }

    /// Render with a checked context into a new .docx.
    pub fn render(&self, ctx: &Record) -> std::io::Result<Vec<u8>> {
        let scope = Scope::new(ctx);
        let mut archive = ZipArchive::new(Cursor::new(&self.source[..]))?;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(self.source.len() * 2)));
        let opts = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .compression_level(Some(1));
        let mut text = String::new();
        for i in 0..archive.len() {
            let f = archive.by_index_raw(i)?;
            let name = f.name()?.to_string();
            match self.parts.iter().find(|p| p.name == name) {
                Some(part) => {
                    drop(f);
                    text.clear();
                    text.reserve(part.size_hint);
                    render_nodes(&scope, &part.nodes, &mut text);
                    zip.start_file(name, opts)?;
                    zip.write_all(text.as_bytes())?;
                }
                None => zip.raw_copy_file(f)?,
            }
        }
        Ok(zip.finish()?.into_inner())
    }
}

fn render_nodes(scope: &Scope, nodes: &[WNode], out: &mut String) {
    for n in nodes {
        match n {
            WNode::Lit(s) => out.push_str(s),
            WNode::Value { expr, newline } => {
                write_value(out, &eval::expr(scope, expr), newline);
            }
            WNode::For { var, list, body } => {
                if let Ok(Value::List(l)) = scope.lookup(&list.path) {
                    for item in &l.items {
                        render_nodes(&scope.with(var, item), body, out);
                    }
                }
            }
            WNode::If {
                cond,
                then,
                otherwise,
            } => {
                let branch = if eval::truthy(scope, cond) {
                    then
                } else {
                    otherwise
                };
                render_nodes(scope, branch, out);
            }
        }
    }
}

/// A value as run text: escaped, tabs as `<w:tab/>`, each line break as
/// `newline` (a new paragraph in the holder's style).
fn write_value(out: &mut String, v: &str, newline: &str) {
    let v = v.strip_suffix('\n').unwrap_or(v);
    for c in v.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' => out.push_str(newline),
            '\t' => out.push_str("</w:t><w:tab/><w:t xml:space=\"preserve\">"),
            '\r' => {}
            c if (c as u32) < 0x20 => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

/// The text of each paragraph of a part, in order (tabs as `\t`, line
/// breaks as `\n`); table cells give one entry per paragraph. Unreadable
/// XML gives nothing.
pub fn paragraph_texts(xml: &str) -> Vec<String> {
    fn walk(nodes: &[dom::XNode], out: &mut Vec<String>) {
        for n in nodes {
            if let dom::XNode::Elem(e) = n {
                if e.is("w:p") {
                    let mut s = String::new();
                    text(&e.children, &mut s);
                    out.push(s);
                    text_boxes(&e.children, out);
                } else {
                    walk(&e.children, out);
                }
            }
        }
    }
    fn text_boxes(nodes: &[dom::XNode], out: &mut Vec<String>) {
        for n in nodes {
            if let dom::XNode::Elem(e) = n {
                if e.is("w:txbxContent") {
                    walk(&e.children, out);
                } else if !e.is("w:p") {
                    text_boxes(&e.children, out);
                }
            }
        }
    }
    fn text(nodes: &[dom::XNode], s: &mut String) {
        for n in nodes {
            if let dom::XNode::Elem(e) = n {
                match e.name.as_str() {
                    "w:t" => e.children.iter().for_each(|c| {
                        if let dom::XNode::Text(t) = c {
                            s.push_str(t)
                        }
                    }),
                    "w:tab" => s.push('\t'),
                    "w:br" => s.push('\n'),
                    // Text boxes are paragraphs of their own.
                    "w:txbxContent" => {}
                    _ => text(&e.children, s),
                }
            }
        }
    }
    let mut out = Vec::new();
    if let Ok(nodes) = dom::parse(xml) {
        walk(&nodes, &mut out);
    }
    out
}

/// The body text of a .docx, one paragraph a line (for a preview pane).
pub fn plain_text(docx: &[u8]) -> String {
    let mut xml = String::new();
    let read = ZipArchive::new(Cursor::new(docx)).ok().and_then(|mut a| {
        a.by_name("word/document.xml")
            .ok()?
            .read_to_string(&mut xml)
            .ok()
    });
    if read.is_none() {
        return String::new();
    }
    paragraph_texts(&xml).join("\n")
}

#[cfg(test)]
mod tests;
