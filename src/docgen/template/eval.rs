//! Checking a parsed template against the context, and rendering it.

use super::TemplateError;
use super::syntax::{Cond, Expr, Node, Part, Pos, Text};
use super::value::{Kind, Record, Value, apply_first, apply_text, filter_accepts};
use crate::docgen::layout::{Align, Block, Cell, Para, Run, Table};
use crate::rules::format::PercentRule;
use crate::strings::docgen as msg;

/// Names in scope: the root record and the loop variables (innermost last).
#[derive(Clone)]
pub struct Scope<'a> {
    root: &'a Record,
    vars: Vec<(&'a str, &'a Record)>,
    /// The ward's percentage rule, for `| percent` on a number.
    percent: PercentRule,
}

impl<'a> Scope<'a> {
    pub fn new(root: &'a Record) -> Self {
        Scope {
            root,
            vars: Vec::new(),
            percent: root.1.unwrap_or_default(),
        }
    }

    pub(crate) fn with(&self, name: &'a str, r: &'a Record) -> Self {
        let mut s = self.clone();
        s.vars.push((name, r));
        s
    }

    /// The value at `path`, or the message saying which part is wrong and,
    /// when a known name is close to a mistyped one, which was meant.
    pub(crate) fn lookup(&self, path: &[String]) -> Result<&'a Value, String> {
        self.lookup_exact(path)
            .map_err(|m| match self.nearest_path(path) {
                Some(s) => msg::tpl_did_you_mean(&m, &path.join("."), &s),
                None => m,
            })
    }

    /// The known path nearest to a mistyped `path`: each name replaced by
    /// the closest name at its level when the first one is unknown.
    fn nearest_path(&self, path: &[String]) -> Option<String> {
        let first = path.first()?;
        let mut names: Vec<&str> = self.vars.iter().map(|(n, _)| *n).collect();
        names.extend(self.root.0.iter().map(|(k, _)| *k));
        let head = nearest(first, &names)?;
        let mut out = vec![head.to_string()];
        let mut current: Option<&Record> = match self.vars.iter().rev().find(|(n, _)| *n == head) {
            Some((_, r)) => Some(r),
            None => match self.root.get(head) {
                Some(Value::Record(r)) => Some(r),
                _ => None,
            },
        };
        for name in &path[1..] {
            let r = current?;
            let keys: Vec<&str> = r.0.iter().map(|(k, _)| *k).collect();
            let k = nearest(name, &keys)?;
            out.push(k.to_string());
            current = match r.get(k) {
                Some(Value::Record(r)) => Some(r),
                _ => None,
            };
        }
        let s = out.join(".");
        (s != path.join(".")).then_some(s)
    }

    fn lookup_exact(&self, path: &[String]) -> Result<&'a Value, String> {
        let Some(first) = path.first() else {
            return Err(msg::tpl_bad_path(""));
        };
        let mut rest = &path[1..];
        let mut current: &'a Record = match self.vars.iter().rev().find(|(n, _)| n == first) {
            Some((_, r)) => r,
            None => {
                let v = self.root.get(first).ok_or_else(|| {
                    let mut names: Vec<&str> = self.vars.iter().map(|(n, _)| *n).collect();
                    names.extend(self.root.0.iter().map(|(k, _)| *k));
                    msg::tpl_unknown_name(first, &names)
                })?;
                match (v, rest.is_empty()) {
                    (v, true) => return Ok(v),
                    (Value::Record(r), false) => r,
                    (_, false) => return Err(msg::tpl_not_a_record(first)),
                }
            }
        };
        if rest.is_empty() {
            return Err(msg::tpl_record_needs_field(
                first,
                &current.0.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            ));
        }
        let mut walked = first.clone();
        loop {
            let name = &rest[0];
            let v = current.get(name).ok_or_else(|| {
                msg::tpl_unknown_field(
                    &walked,
                    name,
                    &current.0.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
                )
            })?;
            walked = format!("{walked}.{name}");
            rest = &rest[1..];
            if rest.is_empty() {
                return Ok(v);
            }
            match v {
                Value::Record(r) => current = r,
                _ => return Err(msg::tpl_not_a_record(&walked)),
            }
        }
    }
}

/// `name` itself when known, else the known name within a small edit
/// distance (at most a third of its length, at least 1), if any.
fn nearest<'k>(name: &str, known: &[&'k str]) -> Option<&'k str> {
    if let Some(k) = known.iter().find(|k| **k == name) {
        return Some(k);
    }
    let limit = (name.chars().count() / 3).max(1);
    known
        .iter()
        .map(|k| (distance(name, k), *k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Edit distance in characters, a swap of two neighbours counting as one
/// ("nmae" is one step from "name").
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for j in 0..=b.len() {
        d[0][j] = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// Collects errors while checking.
pub struct Checker<'f> {
    pub file: &'f str,
    pub errors: Vec<TemplateError>,
}

impl Checker<'_> {
    fn err(&mut self, pos: Pos, message: String) {
        self.errors.push(TemplateError {
            file: self.file.to_string(),
            line: pos.line,
            col: pos.col,
            word: None,
            message,
        });
    }

    /// Check a placeholder that writes text.
    pub fn expr(&mut self, scope: &Scope, e: &Expr) {
        let v = match scope.lookup(&e.path) {
            Ok(v) => v,
            Err(m) => return self.err(e.pos, m),
        };
        if matches!(v.kind(), Kind::List | Kind::Record) {
            return self.err(e.pos, msg::tpl_not_printable(&e.path.join(".")));
        }
        let mut kind = v.kind();
        for (name, pos) in &e.filters {
            match filter_accepts(name) {
                None => self.err(*pos, msg::tpl_unknown_filter(name)),
                Some(kinds) if !kinds.contains(&kind) => {
                    self.err(*pos, msg::tpl_filter_kind(name, &e.path.join(".")))
                }
                Some(_) => {}
            }
            kind = Kind::Text;
        }
    }

    pub fn text(&mut self, scope: &Scope, t: &Text) {
        for p in &t.parts {
            if let Part::Expr(e) = p {
                self.expr(scope, e);
            }
        }
    }

    fn cond(&mut self, scope: &Scope, c: &Cond) {
        if let Err(m) = scope.lookup(&c.expr.path) {
            self.err(c.expr.pos, m);
        }
        if let Some((_, pos)) = c.expr.filters.first() {
            self.err(*pos, msg::TPL_FILTER_IN_CONDITION.into());
        }
    }

    pub fn nodes(&mut self, scope: &Scope, nodes: &[Node]) {
        for n in nodes {
            match n {
                Node::Heading(_, t) | Node::Para(t) | Node::Centered(t) => self.text(scope, t),
                Node::Row(cells) => cells.iter().for_each(|c| self.text(scope, c)),
                Node::For { var, list, body } => match scope.lookup(&list.path) {
                    Ok(Value::List(l)) => self.nodes(&scope.with(var, &l.proto), body),
                    Ok(_) => self.err(list.pos, msg::tpl_not_a_list(&list.path.join("."))),
                    Err(m) => self.err(list.pos, m),
                },
                Node::If {
                    cond,
                    then,
                    otherwise,
                } => {
                    self.cond(scope, cond);
                    self.nodes(scope, then);
                    self.nodes(scope, otherwise);
                }
                Node::Table { header, body, .. } => {
                    for row in header {
                        row.iter().for_each(|c| self.text(scope, c));
                    }
                    self.nodes(scope, body);
                }
            }
        }
    }
}

/// Render text; the template was checked, so a lookup failure cannot happen
/// and would write nothing.
pub fn text(scope: &Scope, t: &Text) -> String {
    let mut out = String::new();
    for p in &t.parts {
        match p {
            Part::Lit(s) => out.push_str(s),
            Part::Expr(e) => out.push_str(&expr(scope, e)),
        }
    }
    out
}

pub(crate) fn expr(scope: &Scope, e: &Expr) -> String {
    let Ok(v) = scope.lookup(&e.path) else {
        return String::new();
    };
    let mut filters = e.filters.iter();
    let mut out = match filters.next() {
        Some((name, _)) => apply_first(name, v, scope.percent),
        None => v.display(),
    };
    for (name, _) in filters {
        out = apply_text(name, out);
    }
    out
}

pub(crate) fn truthy(scope: &Scope, c: &Cond) -> bool {
    let v = scope
        .lookup(&c.expr.path)
        .map(Value::truthy)
        .unwrap_or(false);
    v != c.negate
}

/// At most this many blocks, table rows and loop turns in one document.
pub const MAX_OUTPUT: usize = 200_000;

/// Count what rendering `nodes` makes (blocks, table rows, loop turns)
/// against `budget`, stopping as soon as it is spent: `Err` names the
/// outermost `{#for}` that was running then (or where it stopped). Cheap:
/// at most `budget` steps, whatever the template.
pub fn measure(scope: &Scope, nodes: &[Node], budget: &mut usize) -> Result<(), Pos> {
    for n in nodes {
        match n {
            Node::Heading(_, t) | Node::Para(t) | Node::Centered(t) => {
                take(budget, t.parts.first().map(part_pos))?
            }
            Node::Row(_) => take(budget, None)?,
            Node::For { var, list, body } => {
                if let Ok(Value::List(l)) = scope.lookup(&list.path) {
                    for item in &l.items {
                        take(budget, Some(list.pos)).map_err(|_| list.pos)?;
                        measure(&scope.with(var, item), body, budget).map_err(|_| list.pos)?;
                    }
                }
            }
            Node::If {
                cond,
                then,
                otherwise,
            } => {
                let branch = if truthy(scope, cond) { then } else { otherwise };
                measure(scope, branch, budget)?;
            }
            Node::Table { body, .. } => {
                take(budget, None)?;
                measure(scope, body, budget)?;
            }
        }
    }
    Ok(())
}

fn part_pos(p: &Part) -> Pos {
    match p {
        Part::Expr(e) => e.pos,
        Part::Lit(_) => Pos::default(),
    }
}

fn take(budget: &mut usize, pos: Option<Pos>) -> Result<(), Pos> {
    match budget.checked_sub(1) {
        Some(left) => {
            *budget = left;
            Ok(())
        }
        None => Err(pos.unwrap_or_default()),
    }
}

/// Render body nodes to layout blocks.
pub fn blocks(scope: &Scope, nodes: &[Node], out: &mut Vec<Block>) {
    for n in nodes {
        match n {
            Node::Heading(level, t) => {
                let s = text(scope, t);
                if !s.trim().is_empty() {
                    out.push(Block::heading(*level, s));
                }
            }
            Node::Para(t) => {
                for line in text(scope, t).split('\n') {
                    let line = line.trim_end_matches('\r');
                    if !line.trim().is_empty() {
                        out.push(Block::para(line));
                    }
                }
            }
            Node::Centered(t) => {
                let s = text(scope, t);
                if !s.trim().is_empty() {
                    out.push(Block::Paragraph(Para {
                        runs: vec![Run::bold(s)],
                        align: Align::Center,
                        indent: false,
                        size_pt: None,
                    }));
                }
            }
            Node::For { var, list, body } => {
                if let Ok(Value::List(l)) = scope.lookup(&list.path) {
                    for item in &l.items {
                        blocks(&scope.with(var, item), body, out);
                    }
                }
            }
            Node::If {
                cond,
                then,
                otherwise,
            } => {
                let branch = if truthy(scope, cond) { then } else { otherwise };
                blocks(scope, branch, out);
            }
            Node::Row(_) => {}
            Node::Table {
                widths,
                aligns,
                size_pt,
                header,
                body,
            } => {
                let mut t = table_shell(widths, *size_pt, header, |c| text(scope, c));
                rows(scope, body, aligns, &mut t.rows);
                out.push(Block::Table(t));
            }
        }
    }
}

fn rows(scope: &Scope, nodes: &[Node], aligns: &[Align], out: &mut Vec<Vec<Cell>>) {
    for n in nodes {
        match n {
            Node::Row(cells) => out.push(
                cells
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let mut cell = Cell::new(text(scope, c).trim_end());
                        cell.align = aligns.get(i).copied().unwrap_or(Align::Left);
                        cell
                    })
                    .collect(),
            ),
            Node::For { var, list, body } => {
                if let Ok(Value::List(l)) = scope.lookup(&list.path) {
                    for item in &l.items {
                        rows(&scope.with(var, item), body, aligns, out);
                    }
                }
            }
            Node::If {
                cond,
                then,
                otherwise,
            } => {
                let branch = if truthy(scope, cond) { then } else { otherwise };
                rows(scope, branch, aligns, out);
            }
            _ => {}
        }
    }
}

/// A table's widths, text size and header rows, each header cell's text made
/// by `cell`: shared by rendering (evaluated text) and the Word export (the
/// tags as written).
pub(crate) fn table_shell(
    widths: &[u32],
    size_pt: Option<f32>,
    header: &[Vec<Text>],
    cell: impl Fn(&Text) -> String,
) -> Table {
    Table {
        widths: widths.to_vec(),
        size_pt,
        header_rows: header
            .iter()
            .map(|row| row.iter().map(|c| Cell::new(cell(c))).collect())
            .collect(),
        ..Table::default()
    }
}
