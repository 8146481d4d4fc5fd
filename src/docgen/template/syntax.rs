//! The template language: parsing text into a tree, with positions.
//!
//! Line-oriented, so that an office clerk can read and edit a template in
//! Notepad (the full reference is `templates/HUONG-DAN.md`):
//!
//! ```text
//! // a comment
//! @kind report                 document kind (number "01-BC/…")
//! @issuer branch               header: branch | congress
//! @title BÁO CÁO               kind title (repeatable: one line each)
//! @subtitle TRÍCH YẾU {…}      subtitle line (repeatable)
//! @sign {branch.on_behalf} | BÍ THƯ | {branch.secretary}
//! @recipient Đảng ủy phường,   one "Nơi nhận" line (repeatable)
//! @orientation landscape
//! @date congress | submission | blank
//! @when branch.has_committee   make the document only when this holds
//! # PART HEADING   ## section   ### sub-section
//! = CENTRED BOLD LINE
//! any other line: a body paragraph with {path | filter | filter}
//! {#for t in report.targets} … {/for}
//! {#if branch.has_committee} … {#else} … {/if}     ({#if not x})
//! {#table}                      ({#table 11}: text size 11 pt)
//! | STT | Chỉ tiêu |           header row(s)
//! |--|----------|              separator; dash counts are relative widths
//! {#for t in report.targets}
//! | {t.stt} | {t.indicator} |
//! {/for}
//! {/table}
//! ```
//! `{{` and `}}` write literal braces.

use super::TemplateError;
use super::meta::{DateRule, Issuer, NumberKind};
use crate::docgen::layout::Align;
use crate::strings::docgen as msg;

/// How deep `{#if}`, `{#for}` and `{#table}` blocks may nest.
pub const MAX_NESTING: usize = 16;

/// 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// `{path | filter | …}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub path: Vec<String>,
    pub filters: Vec<(String, Pos)>,
    pub pos: Pos,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Lit(String),
    Expr(Expr),
}

/// Text with placeholders.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text {
    pub parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cond {
    pub negate: bool,
    pub expr: Expr,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Heading(u8, Text),
    Para(Text),
    Centered(Text),
    For {
        var: String,
        list: Expr,
        body: Vec<Node>,
    },
    If {
        cond: Cond,
        then: Vec<Node>,
        otherwise: Vec<Node>,
    },
    /// Only inside a table.
    Row(Vec<Text>),
    Table {
        widths: Vec<u32>,
        /// From the separator: `:--:` centre, `--:` right, `--` left.
        aligns: Vec<Align>,
        /// `{#table 11}`: text size in points.
        size_pt: Option<f32>,
        header: Vec<Vec<Text>>,
        body: Vec<Node>,
    },
}

/// `@key value` lines; `@kind`, `@issuer` and `@date` are checked here, so a
/// parsed template always has a valid kind, issuer and date rule.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    pub kind: NumberKind,
    pub issuer: Issuer,
    pub title: Vec<Text>,
    pub subtitle: Vec<Text>,
    /// Each: on behalf | title | name.
    pub sign: Vec<[Text; 3]>,
    pub recipients: Vec<Text>,
    pub landscape: bool,
    pub date: DateRule,
    /// `@when cond`: the document is made only when this holds.
    pub when: Option<Cond>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub meta: Meta,
    pub body: Vec<Node>,
}

/// What a block directive line opened.
enum Open {
    For {
        var: String,
        list: Expr,
        pos: Pos,
    },
    If {
        cond: Cond,
        pos: Pos,
        in_else: bool,
    },
    Table {
        pos: Pos,
        sep_seen: bool,
        size_pt: Option<f32>,
    },
}

struct Frame {
    open: Option<Open>,
    nodes: Vec<Node>,
    /// For an `If`: the nodes of the `then` branch once `{#else}` was seen.
    then: Vec<Node>,
    /// For a table: column widths and alignments from the separator.
    widths: Vec<u32>,
    aligns: Vec<Align>,
}

/// One non-empty source line, trimmed, with where it starts.
struct Line<'s> {
    text: &'s str,
    no: usize,
    /// Leading whitespace, in characters.
    lead: usize,
}

impl Line<'_> {
    /// Position of the line's first non-blank character.
    fn pos(&self) -> Pos {
        self.at(0)
    }

    /// Position `offset` characters after the first non-blank one.
    fn at(&self, offset: usize) -> Pos {
        Pos {
            line: self.no,
            col: self.lead + 1 + offset,
        }
    }

    /// Offset in characters of `part`, a slice found in the line's text.
    fn offset_of(&self, part: &str) -> usize {
        self.text
            .find(part)
            .map(|b| self.text[..b].chars().count())
            .unwrap_or(0)
    }
}

type Res<T> = Result<T, TemplateError>;

/// The parser's state between lines: the settings seen and the open blocks.
struct Parser<'f> {
    file: &'f str,
    meta: Meta,
    kind_seen: bool,
    stack: Vec<Frame>,
}

pub fn parse(file: &str, source: &str) -> Result<Parsed, TemplateError> {
    let mut p = Parser {
        file,
        meta: Meta::default(),
        kind_seen: false,
        stack: vec![Frame::root()],
    };
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    for (i, raw) in source.lines().enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let text = raw.trim();
        if text.is_empty() || text.starts_with("//") {
            continue;
        }
        let line = Line {
            text,
            no: i + 1,
            lead: raw.chars().take_while(|c| c.is_whitespace()).count(),
        };
        if let Some(rest) = text.strip_prefix('@') {
            p.meta_line(&line, rest)?;
        } else if let Some(d) = block_directive(text) {
            p.directive_line(&line, d.trim())?;
        } else if text.starts_with('|') {
            p.row_line(&line)?;
        } else {
            p.text_line(&line)?;
        }
    }
    p.finish()
}

impl Frame {
    fn root() -> Frame {
        Frame {
            open: None,
            nodes: Vec::new(),
            then: Vec::new(),
            widths: Vec::new(),
            aligns: Vec::new(),
        }
    }

    fn new(open: Open) -> Frame {
        Frame {
            open: Some(open),
            ..Frame::root()
        }
    }
}

impl Parser<'_> {
    fn err(&self, pos: Pos, message: String) -> TemplateError {
        TemplateError {
            file: self.file.to_string(),
            line: pos.line,
            col: pos.col,
            word: None,
            message,
        }
    }

    fn located<T>(&self, r: Result<T, ParseErr>) -> Res<T> {
        r.map_err(|(p, m)| self.err(p, m))
    }

    /// Text with placeholders starting `offset` characters into the line.
    fn text_at(&self, line: &Line, offset: usize, s: &str) -> Res<Text> {
        self.located(parse_text(s, line.at(offset)))
    }

    fn in_table(&self) -> bool {
        self.stack
            .iter()
            .any(|f| matches!(f.open, Some(Open::Table { .. })))
    }

    fn push(&mut self, node: Node) {
        if let Some(top) = self.stack.last_mut() {
            top.nodes.push(node);
        }
    }

    /// `@key value`.
    fn meta_line(&mut self, line: &Line, rest: &str) -> Res<()> {
        if self.stack.len() > 1 {
            return Err(self.err(line.pos(), msg::TPL_META_INSIDE_BLOCK.into()));
        }
        let (key, value) = match rest.split_once(char::is_whitespace) {
            Some((k, v)) => (k, v.trim()),
            None => (rest, ""),
        };
        let voff = 1 + key.chars().count() + 1 + leading_ws(rest, key);
        let vpos = line.at(voff);
        match key {
            "kind" => {
                self.meta.kind = NumberKind::from_key(value).ok_or_else(|| {
                    self.err(vpos, msg::tpl_unknown_kind(value, &NumberKind::keys()))
                })?;
                self.kind_seen = true;
            }
            "issuer" => {
                self.meta.issuer = Issuer::from_key(value)
                    .ok_or_else(|| self.err(vpos, msg::tpl_unknown_issuer(value)))?
            }
            "date" => {
                self.meta.date = DateRule::from_key(value)
                    .ok_or_else(|| self.err(vpos, msg::tpl_unknown_date_rule(value)))?
            }
            "when" => self.meta.when = Some(self.located(parse_cond(value, vpos))?),
            "title" => {
                let t = self.text_at(line, voff, value)?;
                self.meta.title.push(t)
            }
            "subtitle" => {
                let t = self.text_at(line, voff, value)?;
                self.meta.subtitle.push(t)
            }
            "recipient" => {
                let t = self.text_at(line, voff, value)?;
                self.meta.recipients.push(t)
            }
            "orientation" => {
                self.meta.landscape = match value {
                    "landscape" => true,
                    "portrait" => false,
                    other => return Err(self.err(vpos, msg::tpl_bad_orientation(other))),
                }
            }
            "sign" => {
                let s = self.sign_line(line, voff, value)?;
                self.meta.sign.push(s)
            }
            other => return Err(self.err(line.pos(), msg::tpl_unknown_meta(other))),
        }
        Ok(())
    }

    /// `@sign on behalf | title | name`.
    fn sign_line(&self, line: &Line, voff: usize, value: &str) -> Res<[Text; 3]> {
        let pieces: Vec<&str> = value.split('|').collect();
        let three = || self.err(line.at(voff), msg::TPL_SIGN_THREE_PARTS.into());
        if pieces.len() != 3 {
            return Err(three());
        }
        let mut off = voff;
        let mut parts = Vec::new();
        for p in pieces {
            let inner_lead = p.chars().take_while(|c| c.is_whitespace()).count();
            parts.push(self.text_at(line, off + inner_lead, p.trim())?);
            off += p.chars().count() + 1;
        }
        parts.try_into().map_err(|_| three())
    }

    /// A line that is one `{#…}` or `{/…}`.
    fn directive_line(&mut self, line: &Line, d: &str) -> Res<()> {
        let dpos = line.at(1);
        if let Some(rest) = d.strip_prefix("#for ") {
            self.open_for(line, dpos, rest)
        } else if let Some(rest) = d.strip_prefix("#if ") {
            self.open_if(line, dpos, rest)
        } else if d == "#else" {
            self.else_line(dpos)
        } else if d == "#table" || d.starts_with("#table ") {
            self.open_table(dpos, d["#table".len()..].trim())
        } else if let Some(name) = d.strip_prefix('/') {
            self.close(dpos, name)
        } else {
            Err(self.err(dpos, msg::tpl_unknown_directive(d)))
        }
    }

    fn open_for(&mut self, line: &Line, dpos: Pos, rest: &str) -> Res<()> {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let (var, list) = match words.as_slice() {
            [var, "in", list] if is_ident(var) => (*var, *list),
            _ => return Err(self.err(dpos, msg::TPL_FOR_SYNTAX.into())),
        };
        let list = self.located(parse_expr(list, line.at(line.offset_of(list))))?;
        self.open_block(
            dpos,
            Frame::new(Open::For {
                var: var.to_string(),
                list,
                pos: dpos,
            }),
        )
    }

    fn open_if(&mut self, line: &Line, dpos: Pos, rest: &str) -> Res<()> {
        let cond = self.located(parse_cond(rest, line.at(line.offset_of(rest))))?;
        self.open_block(
            dpos,
            Frame::new(Open::If {
                cond,
                pos: dpos,
                in_else: false,
            }),
        )
    }

    fn else_line(&mut self, dpos: Pos) -> Res<()> {
        if let Some(top) = self.stack.last_mut() {
            if let Some(Open::If { in_else, .. }) = &mut top.open {
                if !*in_else {
                    *in_else = true;
                    top.then = std::mem::take(&mut top.nodes);
                    return Ok(());
                }
            }
        }
        Err(self.err(dpos, msg::TPL_ELSE_WITHOUT_IF.into()))
    }

    /// `{#table}` or `{#table 11}`.
    fn open_table(&mut self, dpos: Pos, size_text: &str) -> Res<()> {
        if self.in_table() {
            return Err(self.err(dpos, msg::TPL_TABLE_IN_TABLE.into()));
        }
        let size_pt = if size_text.is_empty() {
            None
        } else {
            match size_text.parse::<f32>() {
                Ok(v) if (8.0..=16.0).contains(&v) => Some(v),
                _ => return Err(self.err(dpos, msg::tpl_bad_table_size(size_text))),
            }
        };
        self.open_block(
            dpos,
            Frame::new(Open::Table {
                pos: dpos,
                sep_seen: false,
                size_pt,
            }),
        )
    }

    /// Open a block, refusing nesting deeper than [`MAX_NESTING`] (a
    /// template of 30,000 nested `{#if}` would otherwise exhaust the stack
    /// when rendered).
    fn open_block(&mut self, dpos: Pos, frame: Frame) -> Res<()> {
        if self.stack.len() > MAX_NESTING {
            return Err(self.err(dpos, msg::tpl_too_deep(MAX_NESTING)));
        }
        self.stack.push(frame);
        Ok(())
    }

    /// `{/for}`, `{/if}`, `{/table}`: the open block becomes a node.
    fn close(&mut self, dpos: Pos, name: &str) -> Res<()> {
        let top = match self.stack.pop() {
            Some(f) if f.open.is_some() => f,
            Some(root) => {
                self.stack.push(root);
                return Err(self.err(dpos, msg::tpl_close_without_open(name)));
            }
            None => return Err(self.err(dpos, msg::tpl_close_without_open(name))),
        };
        let node = match top.open {
            Some(Open::For { var, list, .. }) if name == "for" => Node::For {
                var,
                list,
                body: top.nodes,
            },
            Some(Open::If { cond, in_else, .. }) if name == "if" => {
                let (then, otherwise) = if in_else {
                    (top.then, top.nodes)
                } else {
                    (top.nodes, Vec::new())
                };
                Node::If {
                    cond,
                    then,
                    otherwise,
                }
            }
            Some(Open::Table {
                sep_seen, size_pt, ..
            }) if name == "table" => {
                let (header, body) = if sep_seen {
                    split_header(top.then, top.nodes)
                } else {
                    (Vec::new(), top.nodes)
                };
                Node::Table {
                    widths: top.widths,
                    aligns: top.aligns,
                    size_pt,
                    header,
                    body,
                }
            }
            Some(open) => {
                let (expected, _) = open_name(&open);
                return Err(self.err(dpos, msg::tpl_close_mismatch(name, expected)));
            }
            None => return Err(self.err(dpos, msg::tpl_close_without_open(name))),
        };
        self.push(node);
        Ok(())
    }

    /// `| cell | cell |` or the `|---|---|` separator.
    fn row_line(&mut self, line: &Line) -> Res<()> {
        if !self.in_table() {
            return Err(self.err(line.pos(), msg::TPL_ROW_OUTSIDE_TABLE.into()));
        }
        if is_separator(line.text) {
            return self.separator_line(line);
        }
        let rest = &line.text[1..];
        let body = rest.strip_suffix('|').unwrap_or(rest);
        let mut cells = Vec::new();
        let mut off = 1;
        for cell in split_cells(body) {
            let inner_lead = cell.chars().take_while(|c| c.is_whitespace()).count();
            cells.push(self.text_at(line, off + inner_lead, cell.trim())?);
            off += cell.chars().count() + 1;
        }
        self.push(Node::Row(cells));
        Ok(())
    }

    /// `|:--:|------|`: column widths and alignments; rows above are the header.
    fn separator_line(&mut self, line: &Line) -> Res<()> {
        let place = self.err(line.pos(), msg::TPL_SEPARATOR_PLACE.into());
        let Some(top) = self.stack.last_mut() else {
            return Ok(());
        };
        match &mut top.open {
            Some(Open::Table { sep_seen, .. }) if !*sep_seen => {
                *sep_seen = true;
                let cols: Vec<&str> = line
                    .text
                    .trim_matches('|')
                    .split('|')
                    .map(str::trim)
                    .collect();
                top.widths = cols
                    .iter()
                    .map(|c| c.chars().filter(|ch| *ch == '-').count() as u32)
                    .collect();
                top.aligns = cols
                    .iter()
                    .map(|c| match (c.starts_with(':'), c.ends_with(':')) {
                        (true, true) => Align::Center,
                        (false, true) => Align::Right,
                        _ => Align::Left,
                    })
                    .collect();
                top.then = std::mem::take(&mut top.nodes);
                Ok(())
            }
            _ => Err(place),
        }
    }

    /// A heading, a centred line or a body paragraph.
    fn text_line(&mut self, line: &Line) -> Res<()> {
        if self.in_table() {
            return Err(self.err(line.pos(), msg::TPL_TEXT_IN_TABLE.into()));
        }
        let text = line.text;
        let node = if let Some(h) = heading_level(text) {
            let skip = h as usize + 1;
            let rest: String = text.chars().skip(skip).collect();
            Node::Heading(h, self.text_at(line, skip, rest.trim())?)
        } else if let Some(rest) = text.strip_prefix("= ") {
            Node::Centered(self.text_at(line, 2, rest.trim())?)
        } else {
            Node::Para(self.text_at(line, 0, text)?)
        };
        self.push(node);
        Ok(())
    }

    /// Every block closed and `@kind` given.
    fn finish(mut self) -> Res<Parsed> {
        if self.stack.len() > 1 {
            if let Some(Frame {
                open: Some(open), ..
            }) = self.stack.pop()
            {
                let (name, pos) = open_name(&open);
                return Err(self.err(pos, msg::tpl_not_closed(name)));
            }
        }
        if !self.kind_seen {
            return Err(self.err(Pos { line: 1, col: 1 }, msg::TPL_KIND_MISSING.into()));
        }
        let body = self.stack.pop().map(|f| f.nodes).unwrap_or_default();
        Ok(Parsed {
            meta: self.meta,
            body,
        })
    }
}

fn open_name(open: &Open) -> (&'static str, Pos) {
    match open {
        Open::For { pos, .. } => ("for", *pos),
        Open::If { pos, .. } => ("if", *pos),
        Open::Table { pos, .. } => ("table", *pos),
    }
}

/// Rows above the separator are header rows; the rest is the body.
fn split_header(above: Vec<Node>, below: Vec<Node>) -> (Vec<Vec<Text>>, Vec<Node>) {
    let mut header = Vec::new();
    let mut body = Vec::new();
    for n in above {
        match n {
            Node::Row(cells) => header.push(cells),
            other => body.push(other),
        }
    }
    body.extend(below);
    (header, body)
}

fn leading_ws(rest: &str, key: &str) -> usize {
    rest[key.len()..]
        .chars()
        .take_while(|c| c.is_whitespace())
        .count()
        .saturating_sub(1)
}

/// `{#…}` or `{/…}` filling the whole line.
fn block_directive(line: &str) -> Option<&str> {
    let inner = line.strip_prefix('{')?.strip_suffix('}')?;
    if (inner.starts_with('#') || inner.starts_with('/')) && !inner.contains('{') {
        Some(inner)
    } else {
        None
    }
}

fn heading_level(line: &str) -> Option<u8> {
    for (prefix, level) in [("### ", 3), ("## ", 2), ("# ", 1)] {
        if line.starts_with(prefix) {
            return Some(level);
        }
    }
    None
}

fn is_separator(line: &str) -> bool {
    let inner = line.trim_matches('|');
    !inner.is_empty()
        && inner.contains('-')
        && inner
            .chars()
            .all(|c| c == '-' || c == '|' || c == ':' || c == ' ')
}

/// Split a row on `|` outside placeholders (a filter list uses `|` too).
fn split_cells(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in body.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '|' if depth == 0 => {
                out.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&body[start..]);
    out
}

pub fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

type ParseErr = (Pos, String);

/// `path` or `not path`; `start` is the position of its first character.
pub fn parse_cond(s: &str, start: Pos) -> Result<Cond, ParseErr> {
    let lead = s.chars().take_while(|c| c.is_whitespace()).count();
    let s = s.trim();
    let (negate, rest) = match s.strip_prefix("not ") {
        Some(e) => (true, e),
        None => (false, s),
    };
    let skip = lead + s.chars().count() - rest.chars().count();
    let inner = rest.chars().take_while(|c| c.is_whitespace()).count();
    let expr = parse_expr(
        rest.trim(),
        Pos {
            line: start.line,
            col: start.col + skip + inner,
        },
    )?;
    Ok(Cond { negate, expr })
}

/// Text with `{placeholders}`; `start` is the position of its first character.
pub fn parse_text(s: &str, start: Pos) -> Result<Text, ParseErr> {
    let chars: Vec<char> = s.chars().collect();
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let at = |i: usize| Pos {
        line: start.line,
        col: start.col + i,
    };
    while i < chars.len() {
        let c = chars[i];
        match c {
            '{' if chars.get(i + 1) == Some(&'{') => {
                lit.push('{');
                i += 2;
            }
            '}' if chars.get(i + 1) == Some(&'}') => {
                lit.push('}');
                i += 2;
            }
            '{' => {
                let close = chars[i + 1..].iter().position(|c| *c == '}');
                let Some(len) = close else {
                    return Err((at(i), msg::TPL_UNCLOSED_BRACE.into()));
                };
                let inner: String = chars[i + 1..i + 1 + len].iter().collect();
                if inner.contains('{') {
                    return Err((at(i), msg::TPL_UNCLOSED_BRACE.into()));
                }
                if !lit.is_empty() {
                    parts.push(Part::Lit(std::mem::take(&mut lit)));
                }
                parts.push(Part::Expr(parse_expr(&inner, at(i + 1))?));
                i += len + 2;
            }
            '}' => return Err((at(i), msg::TPL_STRAY_CLOSE.into())),
            c => {
                lit.push(c);
                i += 1;
            }
        }
    }
    if !lit.is_empty() {
        parts.push(Part::Lit(lit));
    }
    Ok(Text { parts })
}

/// `path.to.value | filter | filter`; `start` is the position of its first character.
pub fn parse_expr(s: &str, start: Pos) -> Result<Expr, ParseErr> {
    let mut pieces = s.split('|');
    let path_text = pieces.next().unwrap_or("");
    let lead = path_text.chars().take_while(|c| c.is_whitespace()).count();
    let ppos = Pos {
        line: start.line,
        col: start.col + lead,
    };
    let path_trim = path_text.trim();
    if path_trim.starts_with('#') || path_trim.starts_with('/') {
        return Err((ppos, msg::tpl_directive_inline(path_trim)));
    }
    let path: Vec<String> = path_trim.split('.').map(str::to_string).collect();
    if path.iter().any(|p| !is_ident(p)) {
        return Err((ppos, msg::tpl_bad_path(path_trim)));
    }
    let mut filters = Vec::new();
    let mut off = path_text.chars().count() + 1;
    for f in pieces {
        let flead = f.chars().take_while(|c| c.is_whitespace()).count();
        let fpos = Pos {
            line: start.line,
            col: start.col + off + flead,
        };
        let name = f.trim();
        if !is_ident(name) {
            return Err((fpos, msg::tpl_bad_filter_name(name)));
        }
        filters.push((name.to_string(), fpos));
        off += f.chars().count() + 1;
    }
    Ok(Expr {
        path,
        filters,
        pos: ppos,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_blocks_tables_and_positions() {
        let src = "@kind report\n@title BÁO CÁO\n# I. PHẦN MỘT\nXin chào {branch.name | upper}.\n\
                   {#if branch.has_committee}\nCó chi ủy.\n{#else}\nKhông.\n{/if}\n{#table}\n\
                   | STT | Tên |\n|:--:|------|\n{#for m in members}\n| {m.stt} | {m.name} |\n{/for}\n{/table}\n";
        let p = parse("t.txt", src).unwrap();
        assert_eq!(p.meta.kind, NumberKind::Report);
        assert_eq!(p.body.len(), 4);
        match &p.body[1] {
            Node::Para(t) => match &t.parts[1] {
                Part::Expr(e) => {
                    assert_eq!(e.path, ["branch", "name"]);
                    assert_eq!(e.pos, Pos { line: 4, col: 11 });
                    assert_eq!(e.filters[0].0, "upper");
                    assert_eq!(e.filters[0].1, Pos { line: 4, col: 25 });
                }
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        }
        match &p.body[2] {
            Node::If {
                then, otherwise, ..
            } => {
                assert_eq!(then.len(), 1);
                assert_eq!(otherwise.len(), 1);
            }
            other => panic!("{other:?}"),
        }
        match &p.body[3] {
            Node::Table {
                widths,
                aligns,
                header,
                body,
                ..
            } => {
                assert_eq!(widths, &[2, 6]);
                assert_eq!(aligns, &[Align::Center, Align::Left]);
                assert_eq!(header.len(), 1);
                assert!(matches!(body[0], Node::For { .. }));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let e = parse("mau.txt", "@title A\nDòng {branch.name\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 6));
        assert!(e.to_string().contains("mau.txt"), "{e}");
        let e = parse("mau.txt", "{#for x in list}\nA\n").unwrap_err();
        assert_eq!((e.line, e.col), (1, 2));
        let e = parse("mau.txt", "{#if a}\n{/for}\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = parse("mau.txt", "| a | b |\n").unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse("mau.txt", "A {b | up per}\n").unwrap_err();
        assert_eq!((e.line, e.col), (1, 8));
    }

    #[test]
    fn settings_become_enums_or_located_errors() {
        let p = parse("t.txt", "@kind minutes\n@issuer ward\n@date blank\n").unwrap();
        assert_eq!(p.meta.kind, NumberKind::Minutes);
        assert_eq!(p.meta.issuer, Issuer::Ward);
        assert_eq!(p.meta.date, DateRule::Blank);
        let p = parse("t.txt", "@kind plan\n").unwrap();
        assert_eq!(
            (p.meta.issuer, p.meta.date),
            (Issuer::Branch, DateRule::Congress)
        );
        let e = parse("t.txt", "// x\n@kind  repot\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 8));
        assert!(
            e.message.contains("repot") && e.message.contains("resolution"),
            "{e}"
        );
        let e = parse("t.txt", "@kind report\n@issuer chibo\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 9));
        let e = parse("t.txt", "@kind report\n@date today\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 7));
        let e = parse("t.txt", "@title A\n").unwrap_err();
        assert_eq!(e.message, msg::TPL_KIND_MISSING);
    }

    #[test]
    fn doubled_braces_are_literal() {
        let t = parse_text("a {{x}} b", Pos { line: 1, col: 1 }).unwrap();
        assert_eq!(t.parts, vec![Part::Lit("a {x} b".into())]);
    }
}
