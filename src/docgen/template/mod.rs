//! Templates: data files in `templates/`, parsed, checked against the model
//! before anything is written, and rendered to layout blocks.
//!
//! The language is described in [`syntax`] and, for users, in
//! `templates/HUONG-DAN.md`.

mod eval;
pub mod syntax;
pub mod value;

pub use eval::Scope;
pub use syntax::{Meta, Pos};
pub use value::{Kind, List, Record, Value};

use crate::docgen::layout::{Document, Header, PageSetup, Signature};
use crate::strings::docgen as msg;
use syntax::{Node, Parsed};

/// A syntax error or an unknown placeholder, located in its file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", msg::template_error(file, *line, *col, message))]
pub struct TemplateError {
    pub file: String,
    pub line: usize,
    pub col: usize,
    /// Vietnamese, says what is wrong and what to do.
    pub message: String,
}

/// Which body issues the document (the left column of the header and the
/// issuer part of the number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Issuer {
    /// "CHI BỘ …", number "…/CB".
    Branch,
    /// "ĐẠI HỘI CHI BỘ …" / "NHIỆM KỲ …", number "…/ĐH".
    Congress,
    /// The ward committee: "ĐẢNG ỦY PHƯỜNG …", number "…/ĐU".
    Ward,
}

/// Which date the place-and-date line carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRule {
    /// The congress date.
    Congress,
    /// The day the documents are due at the ward (congress date minus the
    /// ward's `documents_days_before`).
    Submission,
    /// Left blank, to be written by hand.
    Blank,
}

/// Document kinds a template may name with `@kind`, for the number.
pub const KINDS: &[&str] = &[
    "report",
    "resolution",
    "proposal",
    "list",
    "minutes",
    "programme",
    "plan",
];

/// One parsed template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// File name, for messages ("bao-cao-chinh-tri.txt").
    pub file: String,
    parsed: Parsed,
}

impl Template {
    /// Parse a template; a syntax error names file, line and column.
    pub fn parse(file: &str, source: &str) -> Result<Template, TemplateError> {
        let parsed = syntax::parse(file, source)?;
        let t = Template {
            file: file.to_string(),
            parsed,
        };
        let mut errors = Vec::new();
        t.check_meta(&mut errors);
        match errors.into_iter().next() {
            Some(e) => Err(e),
            None => Ok(t),
        }
    }

    pub fn meta(&self) -> &Meta {
        &self.parsed.meta
    }

    fn err(&self, pos: Pos, message: String) -> TemplateError {
        TemplateError {
            file: self.file.clone(),
            line: pos.line,
            col: pos.col,
            message,
        }
    }

    fn check_meta(&self, errors: &mut Vec<TemplateError>) {
        let m = &self.parsed.meta;
        match &m.kind {
            None => errors.push(self.err(Pos { line: 1, col: 1 }, msg::TPL_KIND_MISSING.into())),
            Some((k, pos)) if !KINDS.contains(&k.as_str()) => {
                errors.push(self.err(*pos, msg::tpl_unknown_kind(k, KINDS)))
            }
            _ => {}
        }
        if let Some((i, pos)) = &m.issuer {
            if parse_issuer(i).is_none() {
                errors.push(self.err(*pos, msg::tpl_unknown_issuer(i)));
            }
        }
        if let Some((d, pos)) = &m.date {
            if parse_date_rule(d).is_none() {
                errors.push(self.err(*pos, msg::tpl_unknown_date_rule(d)));
            }
        }
    }

    /// The `@kind` key ("report", …).
    pub fn kind_key(&self) -> &str {
        self.parsed
            .meta
            .kind
            .as_ref()
            .map(|(k, _)| k.as_str())
            .unwrap_or("report")
    }

    pub fn issuer(&self) -> Issuer {
        self.parsed
            .meta
            .issuer
            .as_ref()
            .and_then(|(i, _)| parse_issuer(i))
            .unwrap_or(Issuer::Branch)
    }

    pub fn date_rule(&self) -> DateRule {
        self.parsed
            .meta
            .date
            .as_ref()
            .and_then(|(d, _)| parse_date_rule(d))
            .unwrap_or(DateRule::Congress)
    }

    /// Check every placeholder, loop and condition against `ctx` (lists are
    /// checked through their prototype item, so empty lists are checked too).
    pub fn check(&self, ctx: &Record) -> Vec<TemplateError> {
        let mut errors = Vec::new();
        self.check_meta(&mut errors);
        let mut c = eval::Checker {
            file: &self.file,
            errors: Vec::new(),
        };
        let scope = Scope::new(ctx);
        let m = &self.parsed.meta;
        for t in m.title.iter().chain(&m.subtitle).chain(&m.recipients) {
            c.text(&scope, t);
        }
        for s in &m.sign {
            s.iter().for_each(|t| c.text(&scope, t));
        }
        if let Some(cond) = &m.when {
            c.nodes(
                &scope,
                &[Node::If {
                    cond: cond.clone(),
                    then: Vec::new(),
                    otherwise: Vec::new(),
                }],
            );
        }
        c.nodes(&scope, &self.parsed.body);
        errors.extend(c.errors);
        errors
    }

    /// Whether the document is made at all for this context (`@when`).
    pub fn applies(&self, ctx: &Record) -> bool {
        match &self.parsed.meta.when {
            None => true,
            Some(cond) => {
                let mut out = Vec::new();
                eval::blocks(
                    &Scope::new(ctx),
                    &[Node::If {
                        cond: cond.clone(),
                        then: vec![Node::Para(syntax::Text {
                            parts: vec![syntax::Part::Lit("x".into())],
                        })],
                        otherwise: Vec::new(),
                    }],
                    &mut out,
                );
                !out.is_empty()
            }
        }
    }

    /// Render with a checked context. `header` is the HD 36 header the caller
    /// computed (see [`crate::docgen::header`]).
    pub fn render(&self, ctx: &Record, page: PageSetup, header: Option<Header>) -> Document {
        let scope = Scope::new(ctx);
        let m = &self.parsed.meta;
        let texts = |v: &[syntax::Text]| -> Vec<String> {
            v.iter()
                .map(|t| eval::text(&scope, t))
                .filter(|s| !s.trim().is_empty())
                .collect()
        };
        let mut body = Vec::new();
        eval::blocks(&scope, &self.parsed.body, &mut body);
        let mut page = page;
        page.landscape = m.landscape;
        Document {
            page,
            header,
            title: texts(&m.title),
            subtitle: texts(&m.subtitle),
            body,
            signatures: m
                .sign
                .iter()
                .map(|[a, b, c]| Signature {
                    on_behalf: eval::text(&scope, a),
                    title: eval::text(&scope, b),
                    name: eval::text(&scope, c),
                })
                .collect(),
            recipients: texts(&m.recipients),
        }
    }
}

fn parse_issuer(s: &str) -> Option<Issuer> {
    match s {
        "branch" => Some(Issuer::Branch),
        "congress" => Some(Issuer::Congress),
        "ward" => Some(Issuer::Ward),
        _ => None,
    }
}

fn parse_date_rule(s: &str) -> Option<DateRule> {
    match s {
        "congress" => Some(DateRule::Congress),
        "submission" => Some(DateRule::Submission),
        "blank" => Some(DateRule::Blank),
        _ => None,
    }
}
