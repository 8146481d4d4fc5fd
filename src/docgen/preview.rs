//! What the preview pane shows when it cannot show pages: the document in
//! reading order with its structure (headings, tables, signature), as laid
//! out for Word.

use super::layout::Document;
use super::{DocgenError, Templates, build, build_word, number_of, word};
use crate::model::{Branch, DocKind, Ward};

/// A document for the text preview.
#[derive(Debug, Clone, PartialEq)]
pub enum TextPreview {
    /// Laid out from a line template: headings, paragraphs, tables.
    Laid(Document),
    /// From the workspace's own Word template: its paragraphs in order.
    Plain(String),
}

/// The document `kind` of the branch as the text preview shows it.
pub fn text_preview(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
) -> Result<TextPreview, DocgenError> {
    number_of(ward, b, kind, templates)?;
    if let Some(bytes) = build_word(ward, b, kind, templates) {
        return Ok(TextPreview::Plain(word::plain_text(&bytes?)));
    }
    Ok(TextPreview::Laid(build(ward, b, kind, templates)?))
}
