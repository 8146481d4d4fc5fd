//! Pure functions over the model: validation, election rules, structure
//! figures, name order. No I/O, no UI. Text utilities (formatting, the
//! collator, folding) are in [`crate::vi`].

pub mod agenda;
pub mod collate;
pub mod deadlines;
pub mod election;
pub mod field;
pub mod labels;
pub mod overview;
pub mod rollup;
pub mod structure;
pub mod terms;
pub mod validate;
pub mod ward_settings;

/// Moved to [`crate::vi::format`]; this path stays while parallel branches merge.
pub use crate::vi::format;
pub use field::Field;
pub use validate::validate;

use crate::model::DocKind;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Must be fixed before the documents are sent (`check` exits 1).
    Error,
    /// Worth a look; does not block.
    Warning,
}

/// One problem found by the rules, located precisely enough for the UI to
/// jump to the field and for the CLI to name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// The document the problem belongs to, if any.
    pub doc: Option<DocKind>,
    /// Path of the field in the branch, e.g. `congress.date`,
    /// `members[id=12].birth`, `drafts.political_report.context`,
    /// `drafts.political_report.targets[2].next`.
    pub field: Field,
    /// Vietnamese message saying what is wrong and what to do.
    pub message: String,
}
