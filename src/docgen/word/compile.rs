//! From a marked part to a tree that renders by concatenation.
//!
//! Each pair of block tags (`{#for}`…`{/for}`, `{#if}`…`{#else}`…`{/if}`)
//! acts at the level where its two tags meet:
//! - in one paragraph: on the text between them (inline);
//! - in different cells or rows of one table: on whole rows, from the row
//!   of the opening tag to the row of the closing one;
//! - in different paragraphs of the body, a cell, a header or a text box:
//!   on whole paragraphs (and tables) from one to the other.
//!
//! A paragraph or row that holds nothing but such tags disappears from the
//! output; one that holds other text stays, inside the block.

use super::dom::{self, Elem, XNode};
use super::tags::RawTag;
use crate::docgen::template::syntax::{self, Cond, Expr, Node, Part, Pos, Text};
use crate::strings::{docgen as tmsg, word as msg};
use std::collections::{HashMap, HashSet};

/// A tag's meaning.
#[derive(Debug, Clone, PartialEq)]
pub enum TagKind {
    Value(Expr),
    For { var: String, list: Expr },
    If(Cond),
    Else,
    EndFor,
    EndIf,
}

/// What renders: literal XML, values, loops and conditions.
#[derive(Debug, Clone, PartialEq)]
pub enum WNode {
    Lit(String),
    Value {
        expr: Expr,
        /// Written for each line break in the value: closes the paragraph
        /// and opens one in the same style (or a `<w:br/>` where a paragraph
        /// cannot be closed).
        newline: String,
    },
    For {
        var: String,
        list: Expr,
        body: Vec<WNode>,
    },
    If {
        cond: Cond,
        then: Vec<WNode>,
        otherwise: Vec<WNode>,
    },
}

/// An error about one tag (`tag` = its index) or a whole part.
#[derive(Debug, Clone, PartialEq)]
pub struct TagError {
    pub tag: usize,
    pub message: String,
}

/// Tags' text parsed; `first_id` numbers them for positions (`line` = id + 1).
pub fn kinds(tags: &[RawTag], first_id: usize) -> (Vec<Option<TagKind>>, Vec<TagError>) {
    let mut errors = Vec::new();
    let kinds = tags
        .iter()
        .enumerate()
        .map(|(i, t)| match kind(&t.inner, first_id + i) {
            Ok(k) => Some(k),
            Err(m) => {
                errors.push(TagError { tag: i, message: m });
                None
            }
        })
        .collect();
    (kinds, errors)
}

fn kind(inner: &str, id: usize) -> Result<TagKind, String> {
    let s = inner.trim();
    let lead = inner.chars().take_while(|c| c.is_whitespace()).count();
    let at = |off: usize| Pos {
        line: id + 1,
        col: 2 + lead + off,
    };
    if let Some(rest) = s.strip_prefix("#for ") {
        let words: Vec<&str> = rest.split_whitespace().collect();
        return match words.as_slice() {
            [var, "in", list] if syntax::is_ident(var) => Ok(TagKind::For {
                var: var.to_string(),
                list: syntax::parse_expr(list, at(s.find(list).unwrap_or(0)))
                    .map_err(|(_, m)| m)?,
            }),
            _ => Err(tmsg::TPL_FOR_SYNTAX.into()),
        };
    }
    if let Some(rest) = s.strip_prefix("#if ") {
        return syntax::parse_cond(rest, at(4))
            .map(TagKind::If)
            .map_err(|(_, m)| m);
    }
    match s {
        "#else" => return Ok(TagKind::Else),
        "/for" => return Ok(TagKind::EndFor),
        "/if" => return Ok(TagKind::EndIf),
        _ => {}
    }
    if s.starts_with("#table") || s.starts_with("/table") {
        return Err(msg::TABLE_DIRECTIVE.into());
    }
    syntax::parse_expr(s, at(0))
        .map(TagKind::Value)
        .map_err(|(_, m)| m)
}

/// A matched block: opening tag, `{#else}` if any, closing tag.
struct Block {
    open: usize,
    mid: Option<usize>,
    close: usize,
}

/// Pair the block tags in document order.
fn pairs(kinds: &[Option<TagKind>], errors: &mut Vec<TagError>) -> Vec<Block> {
    let mut stack: Vec<(usize, Option<usize>)> = Vec::new();
    let mut out = Vec::new();
    for (i, k) in kinds.iter().enumerate() {
        match k {
            Some(TagKind::For { .. }) | Some(TagKind::If(_)) => stack.push((i, None)),
            Some(TagKind::Else) => match stack.last_mut() {
                Some((o, mid @ None)) if matches!(kinds[*o], Some(TagKind::If(_))) => {
                    *mid = Some(i)
                }
                _ => errors.push(TagError {
                    tag: i,
                    message: tmsg::TPL_ELSE_WITHOUT_IF.into(),
                }),
            },
            Some(TagKind::EndFor) | Some(TagKind::EndIf) => {
                let name = if matches!(k, Some(TagKind::EndFor)) {
                    "for"
                } else {
                    "if"
                };
                match stack.pop() {
                    None => errors.push(TagError {
                        tag: i,
                        message: tmsg::tpl_close_without_open(name),
                    }),
                    Some((o, mid)) => {
                        let open_name = if matches!(kinds[o], Some(TagKind::For { .. })) {
                            "for"
                        } else {
                            "if"
                        };
                        if open_name != name {
                            errors.push(TagError {
                                tag: i,
                                message: tmsg::tpl_close_mismatch(name, open_name),
                            });
                        } else {
                            out.push(Block {
                                open: o,
                                mid,
                                close: i,
                            });
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for (o, _) in stack {
        let name = if matches!(kinds[o], Some(TagKind::For { .. })) {
            "for"
        } else {
            "if"
        };
        errors.push(TagError {
            tag: o,
            message: tmsg::tpl_not_closed(name),
        });
    }
    out
}

/// Path (child indices from the part's top) of every tag marker.
fn tag_paths(nodes: &[XNode], path: &mut Vec<usize>, out: &mut HashMap<usize, Vec<usize>>) {
    for (i, n) in nodes.iter().enumerate() {
        path.push(i);
        match n {
            XNode::Tag(t) => {
                out.insert(*t, path.clone());
            }
            XNode::Elem(e) => tag_paths(&e.children, path, out),
            _ => {}
        }
        path.pop();
    }
}

fn node_at<'n>(nodes: &'n [XNode], path: &[usize]) -> Option<&'n XNode> {
    let (first, rest) = path.split_first()?;
    let mut cur = nodes.get(*first)?;
    for &i in rest {
        match cur {
            XNode::Elem(e) => cur = e.children.get(i)?,
            _ => return None,
        }
    }
    Some(cur)
}

fn elem_at<'n>(nodes: &'n [XNode], path: &[usize]) -> Option<&'n Elem> {
    match node_at(nodes, path)? {
        XNode::Elem(e) => Some(e),
        _ => None,
    }
}

/// Names of the elements along a tag's path (the tag itself excluded).
fn names<'n>(nodes: &'n [XNode], path: &[usize]) -> Vec<&'n str> {
    (1..path.len())
        .map(|k| {
            elem_at(nodes, &path[..k])
                .map(|e| e.name.as_str())
                .unwrap_or("")
        })
        .collect()
}

const CONTAINERS: &[&str] = &[
    "w:body",
    "w:tc",
    "w:hdr",
    "w:ftr",
    "w:txbxContent",
    "w:sdtContent",
    "w:footnote",
    "w:endnote",
];

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Before,
    After,
}

/// Where the block tags go.
#[derive(Default)]
struct Moves {
    /// Element path → the block tags lifted to it, with the side.
    lifted: HashMap<Vec<usize>, Vec<(usize, Side)>>,
}

impl Moves {
    fn lift(&mut self, elem: Vec<usize>, tag: usize, side: Side) {
        self.lifted.entry(elem).or_default().push((tag, side));
    }
}

/// Decide where each block's tags act.
fn place_blocks(
    nodes: &[XNode],
    blocks: &[Block],
    paths: &HashMap<usize, Vec<usize>>,
    errors: &mut Vec<TagError>,
) -> Moves {
    let mut moves = Moves::default();
    for b in blocks {
        let (Some(po), Some(pc)) = (paths.get(&b.open), paths.get(&b.close)) else {
            continue;
        };
        let no = names(nodes, po);
        let nc = names(nodes, pc);
        // Depth of the deepest element both tags are in.
        let common = po
            .iter()
            .zip(pc.iter())
            .take(po.len().min(pc.len()) - 1)
            .take_while(|(a, b)| a == b)
            .count();
        if common == 0 {
            continue;
        }
        // Index (into `no`) of the structural element that decides the level.
        let Some(k) = (0..common).rev().find(|&k| {
            no[k] == "w:p" || no[k] == "w:tr" || no[k] == "w:tbl" || CONTAINERS.contains(&no[k])
        }) else {
            continue;
        };
        let err = |tag, m: &str| TagError {
            tag,
            message: m.to_string(),
        };
        match no[k] {
            "w:p" => {
                if no[common..] != nc[common..] {
                    errors.push(err(b.close, msg::ACROSS_FORMATTING));
                }
                if let Some(m) = b.mid {
                    let pm = &paths[&m];
                    if pm.len() <= k || pm[..=k] != po[..=k] {
                        errors.push(err(m, msg::ELSE_PLACE));
                    }
                }
            }
            "w:tr" | "w:tbl" => {
                let Some(t) = (0..=k).rev().find(|&i| no[i] == "w:tbl") else {
                    continue;
                };
                // Rows are the children of the table at depth t + 1.
                let row = |p: &Vec<usize>| p[..t + 2].to_vec();
                if no.get(t + 1) != Some(&"w:tr") || nc.get(t + 1) != Some(&"w:tr") {
                    errors.push(err(b.close, msg::ACROSS_TABLE));
                    continue;
                }
                moves.lift(row(po), b.open, Side::Before);
                moves.lift(row(pc), b.close, Side::After);
                if let Some(m) = b.mid {
                    let pm = &paths[&m];
                    if pm.len() > t + 2 && pm[..t + 1] == po[..t + 1] && pm[..t + 2] != po[..t + 2]
                    {
                        moves.lift(row(pm), m, Side::Before);
                    } else {
                        errors.push(err(m, msg::ELSE_PLACE));
                    }
                }
            }
            _ => {
                // A container: the block works on its children.
                let child = |p: &Vec<usize>| p[..k + 2].to_vec();
                if no.get(k + 1) != Some(&"w:p") || nc.get(k + 1) != Some(&"w:p") {
                    let tag = if no.get(k + 1) != Some(&"w:p") {
                        b.open
                    } else {
                        b.close
                    };
                    errors.push(err(tag, msg::ACROSS_TABLE));
                    continue;
                }
                moves.lift(child(po), b.open, Side::Before);
                moves.lift(child(pc), b.close, Side::After);
                if let Some(m) = b.mid {
                    let pm = &paths[&m];
                    let nm = names(nodes, pm);
                    if pm.len() > k + 2
                        && pm[..k + 1] == po[..k + 1]
                        && nm.get(k + 1) == Some(&"w:p")
                    {
                        moves.lift(child(pm), m, Side::Before);
                    } else {
                        errors.push(err(m, msg::ELSE_PLACE));
                    }
                }
            }
        }
    }
    moves
}

/// Whether an element's text, without the given tags, is blank, and it holds
/// no other tag.
fn only_tags(e: &Elem, lifted: &HashSet<usize>) -> bool {
    e.children.iter().all(|c| match c {
        XNode::Tag(t) => lifted.contains(t),
        XNode::Text(s) => s.trim().is_empty(),
        XNode::Elem(child) => only_tags(child, lifted),
        XNode::Raw(_) => true,
    })
}

/// A piece of the flattened part.
enum Tok {
    Lit(String),
    Tag(usize),
}

struct Flat<'a> {
    /// Elements replaced by their tags.
    replaced: HashMap<Vec<usize>, Vec<usize>>,
    before: HashMap<Vec<usize>, Vec<usize>>,
    after: HashMap<Vec<usize>, Vec<usize>>,
    /// Tags no longer written where they were typed.
    removed: HashSet<usize>,
    toks: Vec<Tok>,
    kinds: &'a [Option<TagKind>],
}

impl Flat<'_> {
    fn lit(&mut self, s: &str) {
        if let Some(Tok::Lit(l)) = self.toks.last_mut() {
            l.push_str(s);
        } else {
            self.toks.push(Tok::Lit(s.to_string()));
        }
    }

    fn walk(&mut self, nodes: &[XNode], path: &mut Vec<usize>, in_t: bool) {
        for (i, n) in nodes.iter().enumerate() {
            path.push(i);
            if let Some(tags) = self.replaced.get(path.as_slice()).cloned() {
                self.toks.extend(tags.into_iter().map(Tok::Tag));
                path.pop();
                continue;
            }
            if let Some(tags) = self.before.get(path.as_slice()).cloned() {
                self.toks.extend(tags.into_iter().map(Tok::Tag));
            }
            match n {
                XNode::Elem(e) => {
                    let mut s = String::new();
                    if e.is("w:bookmarkStart") && e.attr("w:name") == Some("_GoBack") {
                        // Word's "last edit" mark: meaningless in the output.
                    } else if e.children.is_empty() {
                        dom::write(&mut s, std::slice::from_ref(n), &mut |_, _| {});
                        self.lit(&s);
                    } else {
                        let mut open = e.clone();
                        open.children.clear();
                        if e.is("w:p") {
                            // Repeated paragraphs must not repeat Word's paragraph ids.
                            open.remove_attr("w14:paraId");
                            open.remove_attr("w14:textId");
                        }
                        dom::open_tag(&mut s, &open);
                        self.lit(&s);
                        self.walk(&e.children, path, e.is("w:t"));
                        s.clear();
                        dom::close_tag(&mut s, e);
                        self.lit(&s);
                    }
                }
                XNode::Text(t) => {
                    let mut s = String::new();
                    if in_t {
                        dom::escape(&mut s, &t.replace("{{", "{").replace("}}", "}"));
                    } else {
                        dom::escape(&mut s, t);
                    }
                    self.lit(&s);
                }
                XNode::Raw(r) => self.lit(r),
                XNode::Tag(t) => {
                    if !self.removed.contains(t) && self.kinds[*t].is_some() {
                        self.toks.push(Tok::Tag(*t));
                    }
                }
            }
            if let Some(tags) = self.after.get(path.as_slice()).cloned() {
                self.toks.extend(tags.into_iter().map(Tok::Tag));
            }
            path.pop();
        }
    }
}

/// The text written for a line break inside a value held at `path`.
fn newline_for(nodes: &[XNode], path: &[usize]) -> String {
    const BR: &str = "</w:t><w:br/><w:t xml:space=\"preserve\">";
    let n = path.len();
    if n < 4 {
        return BR.into();
    }
    let (Some(t), Some(r), Some(p)) = (
        elem_at(nodes, &path[..n - 1]),
        elem_at(nodes, &path[..n - 2]),
        elem_at(nodes, &path[..n - 3]),
    ) else {
        return BR.into();
    };
    if !(t.is("w:t") && r.is("w:r") && p.is("w:p")) {
        return BR.into();
    }
    let mut s = String::from("</w:t></w:r></w:p><w:p>");
    if let Some(ppr) = p.child("w:pPr") {
        let mut ppr = ppr.clone();
        ppr.children
            .retain(|c| !matches!(c, XNode::Elem(e) if e.is("w:sectPr")));
        dom::write(&mut s, &[XNode::Elem(ppr)], &mut |_, _| {});
    }
    s.push_str("<w:r>");
    if let Some(rpr) = r.child("w:rPr") {
        dom::write(&mut s, &[XNode::Elem(rpr.clone())], &mut |_, _| {});
    }
    s.push_str("<w:t xml:space=\"preserve\">");
    s
}

/// A compiled part and its mirror for the checker.
pub struct Compiled {
    pub nodes: Vec<WNode>,
    pub check: Vec<Node>,
}

/// Compile a marked part. `kinds` come from [`kinds`]; errors name tags by
/// their index in the part.
pub fn compile(nodes: &[XNode], kinds: &[Option<TagKind>], errors: &mut Vec<TagError>) -> Compiled {
    let blocks = pairs(kinds, errors);
    let mut paths = HashMap::new();
    tag_paths(nodes, &mut Vec::new(), &mut paths);
    let moves = place_blocks(nodes, &blocks, &paths, errors);
    let lifted_tags: HashSet<usize> = moves
        .lifted
        .values()
        .flat_map(|v| v.iter().map(|(t, _)| *t))
        .collect();
    let mut flat = Flat {
        replaced: HashMap::new(),
        before: HashMap::new(),
        after: HashMap::new(),
        removed: lifted_tags.clone(),
        toks: Vec::new(),
        kinds,
    };
    for (path, tags) in &moves.lifted {
        let mine: HashSet<usize> = tags.iter().map(|(t, _)| *t).collect();
        let whole = elem_at(nodes, path).is_some_and(|e| only_tags(e, &mine));
        let mut tags = tags.clone();
        tags.sort_by_key(|(t, _)| *t);
        if whole {
            flat.replaced
                .insert(path.clone(), tags.iter().map(|(t, _)| *t).collect());
        } else {
            for (t, side) in tags {
                let map = if side == Side::Before {
                    &mut flat.before
                } else {
                    &mut flat.after
                };
                map.entry(path.clone()).or_default().push(t);
            }
        }
    }
    flat.walk(nodes, &mut Vec::new(), false);
    let toks = std::mem::take(&mut flat.toks);
    let mut it = toks.into_iter();
    let (nodes_out, check) = build(&mut it, kinds, nodes, &paths);
    Compiled {
        nodes: nodes_out,
        check,
    }
}

/// Turn tokens into trees up to the closing tag of the current block.
fn build(
    it: &mut std::vec::IntoIter<Tok>,
    kinds: &[Option<TagKind>],
    xml: &[XNode],
    paths: &HashMap<usize, Vec<usize>>,
) -> (Vec<WNode>, Vec<Node>) {
    let mut out = Vec::new();
    let mut check = Vec::new();
    while let Some(tok) = it.next() {
        let t = match tok {
            Tok::Lit(s) => {
                out.push(WNode::Lit(s));
                continue;
            }
            Tok::Tag(t) => t,
        };
        match &kinds[t] {
            Some(TagKind::Value(e)) => {
                out.push(WNode::Value {
                    expr: e.clone(),
                    newline: paths
                        .get(&t)
                        .map(|p| newline_for(xml, p))
                        .unwrap_or_default(),
                });
                check.push(Node::Para(Text {
                    parts: vec![Part::Expr(e.clone())],
                }));
            }
            Some(TagKind::For { var, list }) => {
                let (body, cbody) = build(it, kinds, xml, paths);
                out.push(WNode::For {
                    var: var.clone(),
                    list: list.clone(),
                    body,
                });
                check.push(Node::For {
                    var: var.clone(),
                    list: list.clone(),
                    body: cbody,
                });
            }
            Some(TagKind::If(cond)) => {
                let (mut then, mut cthen) = build(it, kinds, xml, paths);
                let (mut otherwise, mut cother) = (Vec::new(), Vec::new());
                // `build` stops at `{#else}` or `{/if}`; after an else, read on.
                if matches!(then.last(), Some(WNode::Lit(l)) if l == ELSE_MARK) {
                    then.pop();
                    cthen.pop();
                    (otherwise, cother) = build(it, kinds, xml, paths);
                }
                out.push(WNode::If {
                    cond: cond.clone(),
                    then,
                    otherwise,
                });
                check.push(Node::If {
                    cond: cond.clone(),
                    then: cthen,
                    otherwise: cother,
                });
            }
            Some(TagKind::Else) => {
                out.push(WNode::Lit(ELSE_MARK.into()));
                check.push(Node::Para(Text::default()));
                return (out, check);
            }
            Some(TagKind::EndFor) | Some(TagKind::EndIf) => return (out, check),
            None => {}
        }
    }
    (out, check)
}

/// Internal marker for where `{#else}` stopped a branch (never written).
const ELSE_MARK: &str = "\u{0}else";
