//! The use cases, one function each, called by both the command line and
//! the app, so both do the same thing the same way and say the same thing
//! when it fails:
//!
//! | use case                         | function                 | CLI            |
//! |----------------------------------|--------------------------|----------------|
//! | write one document               | [`write_document`]       | —              |
//! | write a branch's packet          | [`write_packet`]         | `render --branch` |
//! | write the packets of many        | [`write_packets`]        | `render --all` |
//! | write a paper (ballots, minutes) | [`write_paper`]          | —              |
//! | write the ward's report          | [`write_ward_report`]    | `report`       |
//! | write the summary of comments    | [`write_comments_summary`] | `render --all` |
//! | export the overview (.xlsx)      | [`export_overview`]      | `overview`     |
//! | import members                   | [`import_members`]       | `import --apply` |
//! | check the workspace              | [`check_workspace`]      | `check`        |
//! | a document's pages as images     | [`page_images`]          | —              |
//!
//! Every file goes through [`crate::store::write_output`]; a failure is a
//! [`WriteError`] (path + `io::Error`) with one Vietnamese message that
//! recognises a file held open by Word. "Today" comes from [`clock`].

pub mod clock;
mod comments;
mod documents;
pub mod heap;
mod page_images;
mod ward;

pub use crate::store::WriteError;
pub use comments::write_comments_summary;
pub use documents::{
    Packets, Paper, branch_folder, import_members, unfinished, unfinished_message,
    unfinished_warning, write_congress_papers, write_document, write_packet, write_packets,
    write_paper,
};
pub use page_images::{PREVIEW_TIMEOUT, page_images};
pub use ward::{
    BranchCheck, Checked, OverviewView, check_workspace, export_overview, overview_rows,
    write_ward_report,
};

/// Why a use case did not complete.
#[derive(Debug)]
pub enum OpError {
    /// A file could not be written.
    Write(WriteError),
    /// Some workspace files did not load: the ward's figures would be wrong,
    /// so the ward report is not written.
    Incomplete,
    /// The document or paper could not be made (templates, missing data);
    /// the Vietnamese message.
    Document(String),
}

impl std::fmt::Display for OpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpError::Write(e) => e.fmt(f),
            OpError::Incomplete => f.write_str(crate::strings::ward::REPORT_NOT_WRITTEN),
            OpError::Document(text) => f.write_str(text),
        }
    }
}

impl std::error::Error for OpError {}

impl From<WriteError> for OpError {
    fn from(e: WriteError) -> Self {
        OpError::Write(e)
    }
}

impl From<crate::docgen::DocgenError> for OpError {
    fn from(e: crate::docgen::DocgenError) -> Self {
        OpError::Document(e.to_string())
    }
}

impl From<crate::docgen::ballot::PaperError> for OpError {
    fn from(e: crate::docgen::ballot::PaperError) -> Self {
        match e {
            crate::docgen::ballot::PaperError::Write(w) => OpError::Write(w),
            other => OpError::Document(other.to_string()),
        }
    }
}

impl From<crate::docgen::overview_xlsx::ExportError> for OpError {
    fn from(e: crate::docgen::overview_xlsx::ExportError) -> Self {
        match e {
            crate::docgen::overview_xlsx::ExportError::Write(w) => OpError::Write(w),
            other => OpError::Document(other.to_string()),
        }
    }
}
