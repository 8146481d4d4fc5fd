//! Every string the user sees, in Vietnamese, in one place for review.
//!
//! One file per area; code elsewhere calls these functions or constants and
//! never spells user-facing text itself.

pub mod cli;
pub mod congress;
pub mod docgen;
pub mod election;
pub mod fields;
pub mod file_picker;
pub mod import;
pub mod labels;
pub mod launch;
pub mod loading;
pub mod papers;
pub mod preview;
pub mod rules;
pub mod settings;
pub mod store;
pub mod ui;
pub mod ward;
pub mod word;
pub mod workspace;
