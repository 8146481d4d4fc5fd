//! A built-in `.txt` template written out as a Word template: the same HD 36
//! layout as the documents, with the tags visible where the values go, so
//! an office edits a document that already looks right.

use crate::docgen::layout::{self, Block, Cell, Document, Header, PageSetup, Signature};
use crate::docgen::template::syntax::{Cond, Expr, Node, Part, Text};
use crate::docgen::template::{Issuer, Template, eval};
use crate::strings::{docgen as dmsg, word as msg};

/// The Word template for `t`, as .docx bytes.
pub fn to_word_template(t: &Template, page: PageSetup) -> std::io::Result<Vec<u8>> {
    layout::to_docx(&[source_document(t, page)])
}

/// The document with tags in place of values.
pub fn source_document(t: &Template, page: PageSetup) -> Document {
    let m = t.meta();
    let texts = |v: &[Text]| v.iter().map(source).collect::<Vec<_>>();
    let mut body = Vec::new();
    blocks(t.body(), &mut body);
    let mut page = page;
    page.landscape = m.landscape;
    Document {
        page,
        header: Some(header(t.issuer())),
        title: texts(&m.title),
        subtitle: texts(&m.subtitle),
        body,
        signatures: m
            .sign
            .iter()
            .map(|[a, b, c]| Signature::new(&source(a), &source(b), &source(c)))
            .collect(),
        recipients: texts(&m.recipients),
    }
}

fn header(issuer: Issuer) -> Header {
    let (superior, lines) = match issuer {
        Issuer::Branch => (
            "{ward.name | upper}",
            vec!["{branch.name | upper}".to_string()],
        ),
        Issuer::Congress => (
            "{ward.name | upper}",
            vec![
                msg::CONGRESS_ISSUER_TAGGED.to_string(),
                dmsg::term_line("{congress.term}"),
            ],
        ),
        Issuer::Ward => (
            "{ward.superior | upper}",
            vec!["{ward.committee | upper}".to_string()],
        ),
    };
    Header {
        superior: superior.into(),
        issuer: lines,
        number: "{doc.number}".into(),
        place_date: "{doc.place_date}".into(),
    }
}

/// `{path | filter}` as typed.
fn expr(e: &Expr) -> String {
    let mut s = e.path.join(".");
    for (f, _) in &e.filters {
        s.push_str(" | ");
        s.push_str(f);
    }
    s
}

fn cond(c: &Cond) -> String {
    if c.negate {
        format!("not {}", expr(&c.expr))
    } else {
        expr(&c.expr)
    }
}

/// Text as typed: literal braces doubled, placeholders in braces.
fn source(t: &Text) -> String {
    let mut s = String::new();
    for p in &t.parts {
        match p {
            Part::Lit(l) => s.push_str(&l.replace('{', "{{").replace('}', "}}")),
            Part::Expr(e) => {
                s.push('{');
                s.push_str(&expr(e));
                s.push('}');
            }
        }
    }
    s
}

fn blocks(nodes: &[Node], out: &mut Vec<Block>) {
    for n in nodes {
        match n {
            Node::Heading(level, t) => out.push(Block::heading(*level, source(t))),
            Node::Para(t) => out.push(Block::para(source(t))),
            Node::Centered(t) => out.push(Block::centered(vec![layout::Run::bold(source(t))])),
            Node::For { var, list, body } => {
                out.push(Block::para(format!("{{#for {var} in {}}}", expr(list))));
                blocks(body, out);
                out.push(Block::para("{/for}"));
            }
            Node::If {
                cond: c,
                then,
                otherwise,
            } => {
                out.push(Block::para(format!("{{#if {}}}", cond(c))));
                blocks(then, out);
                if !otherwise.is_empty() {
                    out.push(Block::para("{#else}"));
                    blocks(otherwise, out);
                }
                out.push(Block::para("{/if}"));
            }
            Node::Row(_) => {}
            Node::Table {
                widths,
                aligns,
                size_pt,
                header,
                body,
            } => {
                let mut t = eval::table_shell(widths, *size_pt, header, source);
                rows(body, aligns, &mut t.rows);
                out.push(Block::Table(t));
            }
        }
    }
}

/// Rows of a table; a loop or condition wraps its rows: its opening tag at
/// the start of the first cell, its closing tag at the end of the last.
fn rows(nodes: &[Node], aligns: &[layout::Align], out: &mut Vec<Vec<Cell>>) {
    for n in nodes {
        match n {
            Node::Row(cells) => out.push(
                cells
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let mut cell = Cell::new(source(c));
                        cell.align = aligns.get(i).copied().unwrap_or(layout::Align::Left);
                        cell
                    })
                    .collect(),
            ),
            Node::For { var, list, body } => wrap(
                body,
                aligns,
                out,
                format!("{{#for {var} in {}}}", expr(list)),
                "{/for}",
            ),
            Node::If {
                cond: c,
                then,
                otherwise,
            } if otherwise.is_empty() => {
                wrap(then, aligns, out, format!("{{#if {}}}", cond(c)), "{/if}")
            }
            Node::If {
                cond: c,
                then,
                otherwise,
            } => {
                wrap(then, aligns, out, format!("{{#if {}}}", cond(c)), "");
                let mut rest = Vec::new();
                rows(otherwise, aligns, &mut rest);
                if let Some(first) = rest.first_mut().and_then(|r| r.first_mut()) {
                    first.text.insert_str(0, "{#else}");
                }
                if let Some(last) = rest.last_mut().and_then(|r| r.last_mut()) {
                    last.text.push_str("{/if}");
                }
                out.extend(rest);
            }
            _ => {}
        }
    }
}

fn wrap(
    body: &[Node],
    aligns: &[layout::Align],
    out: &mut Vec<Vec<Cell>>,
    open: String,
    close: &str,
) {
    let mut inner = Vec::new();
    rows(body, aligns, &mut inner);
    if inner.is_empty() {
        return;
    }
    if let Some(first) = inner.first_mut().and_then(|r| r.first_mut()) {
        first.text.insert_str(0, &open);
    }
    if let Some(last) = inner.last_mut().and_then(|r| r.last_mut()) {
        last.text.push_str(close);
    }
    out.extend(inner);
}
