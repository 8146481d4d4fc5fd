//! Templates: data files in `templates/`, parsed, checked against the model
//! before anything is written, and rendered to layout blocks.
//!
//! The language is described in [`syntax`] and, for users, in
//! `templates/HUONG-DAN.md`.

pub(crate) mod eval;
mod meta;
pub mod syntax;
pub mod value;

pub use eval::Scope;
pub use meta::{DateRule, Issuer, NumberKind};
pub use syntax::{Meta, Pos};
pub use value::{Kind, List, Record, Value};

use crate::docgen::layout::{Document, Header, PageSetup, Signature};
use crate::strings::docgen as msg;
use syntax::{Node, Parsed};

/// A syntax error or an unknown placeholder, located in its file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", match word {
    None => msg::template_error(file, *line, *col, message),
    Some(w) => crate::strings::word::template_error(file, &w.place, &w.typed, message),
})]
pub struct TemplateError {
    pub file: String,
    /// In a `.txt` template; 0 in a Word template.
    pub line: usize,
    pub col: usize,
    /// In a Word template: where the tag is instead of line and column.
    pub word: Option<WordPlace>,
    /// Vietnamese, says what is wrong and what to do.
    pub message: String,
}

/// Where an error is in a Word template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordPlace {
    /// The paragraph (its first words) or table cell, in Vietnamese.
    pub place: String,
    /// The tag as typed ("{report.contex}"); empty when not about one tag.
    pub typed: String,
}

/// One parsed template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// File name, for messages ("bao-cao-chinh-tri.txt").
    pub file: String,
    parsed: Parsed,
}

impl Template {
    /// Parse a template; a syntax error or a bad setting (`@kind`,
    /// `@issuer`, `@date`) names file, line and column.
    pub fn parse(file: &str, source: &str) -> Result<Template, TemplateError> {
        Ok(Template {
            file: file.to_string(),
            parsed: syntax::parse(file, source)?,
        })
    }

    pub fn meta(&self) -> &Meta {
        &self.parsed.meta
    }

    /// The body as parsed (for writing the template out as a Word template).
    pub fn body(&self) -> &[syntax::Node] {
        &self.parsed.body
    }

    /// The `@kind`: which abbreviation the document number uses.
    pub fn number_kind(&self) -> NumberKind {
        self.parsed.meta.kind
    }

    pub fn issuer(&self) -> Issuer {
        self.parsed.meta.issuer
    }

    pub fn date_rule(&self) -> DateRule {
        self.parsed.meta.date
    }

    /// Check every placeholder, loop and condition against `ctx` (lists are
    /// checked through their prototype item, so empty lists are checked too).
    pub fn check(&self, ctx: &Record) -> Vec<TemplateError> {
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
        c.errors
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

    /// [`Template::render`], refusing (with where) a document past
    /// [`eval::MAX_OUTPUT`] blocks, rows and loop turns: four loops over the
    /// members nested in each other would otherwise take minutes and
    /// gigabytes.
    pub fn render_bounded(
        &self,
        ctx: &Record,
        page: PageSetup,
        header: Option<Header>,
    ) -> Result<Document, TemplateError> {
        let mut budget = eval::MAX_OUTPUT;
        if let Err(pos) = eval::measure(&Scope::new(ctx), &self.parsed.body, &mut budget) {
            return Err(TemplateError {
                file: self.file.clone(),
                line: pos.line,
                col: pos.col,
                word: None,
                message: msg::tpl_output_too_large(eval::MAX_OUTPUT),
            });
        }
        Ok(self.render(ctx, page, header))
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
