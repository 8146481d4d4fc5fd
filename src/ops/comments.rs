//! The ward's summary of its branches' comments on the superior's draft
//! documents, written as one .docx.

use super::OpError;
use crate::docgen::{ballot::PaperError, papers};
use crate::model::{Branch, Date, Ward};
use std::path::{Path, PathBuf};

/// Write the summary of every comment the `branches` recorded (branches
/// without a comment are left out) into `folder`, dated `date` (`None`:
/// blank, to be dated by hand); returns the file written.
pub fn write_comments_summary(
    ward: &Ward,
    branches: &[Branch],
    folder: &Path,
    date: Option<Date>,
) -> Result<PathBuf, OpError> {
    let commented: Vec<&Branch> = branches
        .iter()
        .filter(|b| {
            b.draft_comments
                .iter()
                .any(|c| !c.comment.trim().is_empty())
        })
        .collect();
    let doc = papers::comments_summary(ward, &commented, date);
    let path = folder.join(papers::comments_file(ward));
    crate::docgen::ballot::write_paper(&doc, &path).map_err(|e| match e {
        PaperError::Write(w) => OpError::Write(w),
        other => OpError::Document(other.to_string()),
    })
}
