//! daihoi: preparing the congresses of a ward's party branches.
//!
//! The modules, from the bottom up; each uses only those above it in this
//! list (no import circles):
//!
//! - [`vi`]: Vietnamese text utilities (NFC, the search fold, slugs, safe
//!   file names, the collator, number/date/percent formatting). A leaf.
//! - [`caught`]: panics the program catches (a reader library on a damaged
//!   file, one branch of a batch), caught without a word on the terminal.
//!   A leaf, like [`vi`].
//! - [`strings`]: every user-visible text, as functions over plain values.
//! - [`model`]: the plain data (ward, branches, members, drafts, results).
//! - [`store`]: the workspace on disk (atomic writes, backups, the lock) and
//!   [`store::write_output`]/[`store::WriteError`] for files written to the
//!   user's folders.
//! - [`import`]: member lists from spreadsheets (read, map, preview, apply).
//! - [`rules`]: pure checks and figures over the model (validation, election
//!   rules, deadlines, overview, roll-up).
//! - [`docgen`]: documents: templates → typed `layout::Document` → .docx;
//!   packets, papers, the ward report, the overview workbook.
//! - [`demo`]: the demo ward.
//! - [`ops`]: the use cases (write a document/packet/paper/report, export
//!   the overview, import members, check), shared by the two front ends:
//! - [`cli`]: the headless commands, and [`ui`]: the desktop app, whose
//!   screens draw from the app's state and return commands that
//!   `ui::App` applies (programmatic edits through `App::edit_branch`).

pub mod caught;
pub mod cli;
pub mod demo;
pub mod docgen;
pub mod import;
pub mod model;
pub mod ops;
pub mod rules;
pub mod store;
pub mod strings;
pub mod ui;
pub mod vi;
