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
use crate::docgen::layout::Align;
use crate::strings::docgen as msg;

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

/// `@key value` lines.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    pub kind: Option<(String, Pos)>,
    pub issuer: Option<(String, Pos)>,
    pub title: Vec<Text>,
    pub subtitle: Vec<Text>,
    /// Each: on behalf | title | name.
    pub sign: Vec<[Text; 3]>,
    pub recipients: Vec<Text>,
    pub landscape: bool,
    pub date: Option<(String, Pos)>,
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

pub fn parse(file: &str, source: &str) -> Result<Parsed, TemplateError> {
    let err = |pos: Pos, message: String| TemplateError {
        file: file.to_string(),
        line: pos.line,
        col: pos.col,
        message,
    };
    let mut meta = Meta::default();
    let mut stack: Vec<Frame> = vec![Frame {
        open: None,
        nodes: Vec::new(),
        then: Vec::new(),
        widths: Vec::new(),
        aligns: Vec::new(),
    }];
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    for (i, raw) in source.lines().enumerate() {
        let line_no = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let lead = raw.chars().take_while(|c| c.is_whitespace()).count();
        let line = raw.trim();
        let pos = Pos {
            line: line_no,
            col: lead + 1,
        };
        let in_table = stack
            .iter()
            .any(|f| matches!(f.open, Some(Open::Table { .. })));
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        let text_at = |offset_chars: usize, s: &str| -> Result<Text, TemplateError> {
            parse_text(
                s,
                Pos {
                    line: line_no,
                    col: lead + 1 + offset_chars,
                },
            )
            .map_err(|(p, m)| err(p, m))
        };
        if let Some(rest) = line.strip_prefix('@') {
            if in_table || stack.len() > 1 {
                return Err(err(pos, msg::TPL_META_INSIDE_BLOCK.into()));
            }
            let (key, value) = match rest.split_once(char::is_whitespace) {
                Some((k, v)) => (k, v.trim()),
                None => (rest, ""),
            };
            let vpos_off = 1 + key.chars().count() + 1 + leading_ws(rest, key);
            let vpos = Pos {
                line: line_no,
                col: lead + 1 + vpos_off,
            };
            match key {
                "kind" => meta.kind = Some((value.to_string(), vpos)),
                "issuer" => meta.issuer = Some((value.to_string(), vpos)),
                "date" => meta.date = Some((value.to_string(), vpos)),
                "when" => {
                    let cond = parse_cond(value, vpos).map_err(|(p, m)| err(p, m))?;
                    meta.when = Some(cond);
                }
                "title" => meta.title.push(text_at(vpos_off, value)?),
                "subtitle" => meta.subtitle.push(text_at(vpos_off, value)?),
                "recipient" => meta.recipients.push(text_at(vpos_off, value)?),
                "orientation" => match value {
                    "landscape" => meta.landscape = true,
                    "portrait" => meta.landscape = false,
                    other => return Err(err(vpos, msg::tpl_bad_orientation(other))),
                },
                "sign" => {
                    let pieces: Vec<&str> = value.split('|').collect();
                    if pieces.len() != 3 {
                        return Err(err(vpos, msg::TPL_SIGN_THREE_PARTS.into()));
                    }
                    let mut off = vpos_off;
                    let mut parts = Vec::new();
                    for p in pieces {
                        let inner_lead = p.chars().take_while(|c| c.is_whitespace()).count();
                        parts.push(text_at(off + inner_lead, p.trim())?);
                        off += p.chars().count() + 1;
                    }
                    let [a, b, c]: [Text; 3] = match parts.try_into() {
                        Ok(x) => x,
                        Err(_) => return Err(err(vpos, msg::TPL_SIGN_THREE_PARTS.into())),
                    };
                    meta.sign.push([a, b, c]);
                }
                other => return Err(err(pos, msg::tpl_unknown_meta(other))),
            }
            continue;
        }
        if let Some(directive) = block_directive(line) {
            let d = directive.trim();
            let dpos = Pos {
                line: line_no,
                col: lead + 2,
            };
            if let Some(rest) = d.strip_prefix("#for ") {
                let words: Vec<&str> = rest.split_whitespace().collect();
                let (var, list) = match words.as_slice() {
                    [var, "in", list] if is_ident(var) => (*var, *list),
                    _ => return Err(err(dpos, msg::TPL_FOR_SYNTAX.into())),
                };
                let list_col = lead
                    + 1
                    + line
                        .find(list)
                        .map(|b| line[..b].chars().count())
                        .unwrap_or(0);
                let list = parse_expr(
                    list,
                    Pos {
                        line: line_no,
                        col: list_col,
                    },
                )
                .map_err(|(p, m)| err(p, m))?;
                stack.push(frame(Open::For {
                    var: var.to_string(),
                    list,
                    pos: dpos,
                }));
            } else if let Some(rest) = d.strip_prefix("#if ") {
                let offset = line
                    .find(rest)
                    .map(|b| line[..b].chars().count())
                    .unwrap_or(0);
                let cond = parse_cond(
                    rest,
                    Pos {
                        line: line_no,
                        col: lead + 1 + offset,
                    },
                )
                .map_err(|(p, m)| err(p, m))?;
                stack.push(frame(Open::If {
                    cond,
                    pos: dpos,
                    in_else: false,
                }));
            } else if d == "#else" {
                let Some(top) = stack.last_mut() else {
                    return Err(err(dpos, msg::TPL_ELSE_WITHOUT_IF.into()));
                };
                match &mut top.open {
                    Some(Open::If { in_else, .. }) if !*in_else => {
                        *in_else = true;
                        top.then = std::mem::take(&mut top.nodes);
                    }
                    _ => return Err(err(dpos, msg::TPL_ELSE_WITHOUT_IF.into())),
                }
            } else if d == "#table" || d.starts_with("#table ") {
                if in_table {
                    return Err(err(dpos, msg::TPL_TABLE_IN_TABLE.into()));
                }
                let size_text = d["#table".len()..].trim();
                let size_pt = if size_text.is_empty() {
                    None
                } else {
                    match size_text.parse::<f32>() {
                        Ok(v) if (8.0..=16.0).contains(&v) => Some(v),
                        _ => return Err(err(dpos, msg::tpl_bad_table_size(size_text))),
                    }
                };
                stack.push(frame(Open::Table {
                    pos: dpos,
                    sep_seen: false,
                    size_pt,
                }));
            } else if let Some(name) = d.strip_prefix('/') {
                let top = match stack.pop() {
                    Some(f) if f.open.is_some() => f,
                    _ => return Err(err(dpos, msg::tpl_close_without_open(name))),
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
                        return Err(err(dpos, msg::tpl_close_mismatch(name, expected)));
                    }
                    None => return Err(err(dpos, msg::tpl_close_without_open(name))),
                };
                push_node(&mut stack, node);
            } else {
                return Err(err(dpos, msg::tpl_unknown_directive(d)));
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix('|') {
            if !in_table {
                return Err(err(pos, msg::TPL_ROW_OUTSIDE_TABLE.into()));
            }
            if is_separator(line) {
                let Some(top) = stack.last_mut() else {
                    continue;
                };
                match &mut top.open {
                    Some(Open::Table { sep_seen, .. }) if !*sep_seen => {
                        *sep_seen = true;
                        let cols: Vec<&str> =
                            line.trim_matches('|').split('|').map(str::trim).collect();
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
                    }
                    _ => return Err(err(pos, msg::TPL_SEPARATOR_PLACE.into())),
                }
                continue;
            }
            let body = rest.strip_suffix('|').unwrap_or(rest);
            let mut cells = Vec::new();
            let mut off = 1;
            for cell in split_cells(body) {
                let inner_lead = cell.chars().take_while(|c| c.is_whitespace()).count();
                cells.push(text_at(off + inner_lead, cell.trim())?);
                off += cell.chars().count() + 1;
            }
            push_node(&mut stack, Node::Row(cells));
            continue;
        }
        if in_table {
            return Err(err(pos, msg::TPL_TEXT_IN_TABLE.into()));
        }
        let node = if let Some(h) = heading_level(line) {
            let skip = h as usize + 1;
            Node::Heading(
                h,
                text_at(skip, line.chars().skip(skip).collect::<String>().trim())?,
            )
        } else if let Some(rest) = line.strip_prefix("= ") {
            Node::Centered(text_at(2, rest.trim())?)
        } else {
            Node::Para(text_at(0, line)?)
        };
        push_node(&mut stack, node);
    }
    if stack.len() > 1 {
        if let Some(Frame {
            open: Some(open), ..
        }) = stack.pop()
        {
            let (name, pos) = open_name(&open);
            return Err(err(pos, msg::tpl_not_closed(name)));
        }
    }
    let body = stack.pop().map(|f| f.nodes).unwrap_or_default();
    Ok(Parsed { meta, body })
}

fn frame(open: Open) -> Frame {
    Frame {
        open: Some(open),
        nodes: Vec::new(),
        then: Vec::new(),
        widths: Vec::new(),
        aligns: Vec::new(),
    }
}

fn push_node(stack: &mut [Frame], node: Node) {
    if let Some(top) = stack.last_mut() {
        top.nodes.push(node);
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
fn parse_cond(s: &str, start: Pos) -> Result<Cond, ParseErr> {
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
        assert_eq!(p.meta.kind.as_ref().unwrap().0, "report");
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
    fn doubled_braces_are_literal() {
        let t = parse_text("a {{x}} b", Pos { line: 1, col: 1 }).unwrap();
        assert_eq!(t.parts, vec![Part::Lit("a {x} b".into())]);
    }
}
