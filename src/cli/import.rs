//! `daihoi import --workspace DIR --branch ID FILE [--apply]`: the member
//! import of the app, for scripts. Prints the preview (rows to import,
//! problems by row and column); `--apply` adds the rows and saves the
//! branch. Exit 1 on any error (nothing is then written).

use crate::import::{self, Duplicate, IssueLevel, Limits, ReadControl};
use crate::store::{LockAttempt, Workspace, WorkspaceLock};
use crate::strings::cli as cmsg;
use crate::strings::import as msg;
use std::path::Path;

/// Text for a terminal: control characters (escape sequences in a name)
/// are shown as spaces.
fn plain(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

pub fn import(
    ws: &Workspace,
    branch_id: &str,
    file: &Path,
    sheet: Option<&str>,
    apply: bool,
) -> u8 {
    let mut branch = match ws.load_branch(branch_id) {
        Ok(b) => b,
        Err(e) => {
            errln!("{} {}", cmsg::ERROR_TAG, plain(&e.to_string()));
            return 1;
        }
    };
    let table = match import::read_table_bounded(
        file,
        sheet,
        &Limits::default(),
        &ReadControl::default(),
    ) {
        Ok(t) => t,
        Err(e) => {
            errln!("{} {}", cmsg::ERROR_TAG, plain(&e.to_string()));
            return 1;
        }
    };
    let Some(mapping) = import::detect_mapping(&table) else {
        let e = import::ImportError::NoHeader {
            path: file.to_path_buf(),
        };
        errln!("{} {}", cmsg::ERROR_TAG, plain(&e.to_string()));
        return 1;
    };
    let preview = import::preview(&table, &mapping, &branch.members);
    outln!(
        "{}",
        plain(&msg::cli_heading(file, &table.sheet, &branch.name))
    );
    outln!("{}", msg::encoding_note(table.encoding));
    for row in &preview.rows {
        if row.accepted() {
            outln!(
                "  {}",
                plain(&msg::located(Some(row.row), None, &row.member.full_name))
            );
        }
    }
    let mut errors = 0;
    for issue in preview.all_issues() {
        let tag = match issue.level {
            IssueLevel::Error => {
                errors += 1;
                cmsg::ERROR_TAG
            }
            IssueLevel::Warning => cmsg::WARNING_TAG,
        };
        outln!(
            "{tag} {}",
            plain(&msg::located(
                issue.row,
                issue.column.as_deref(),
                &issue.message
            ))
        );
    }
    for row in &preview.rows {
        let note = match &row.duplicate {
            Some(Duplicate::InFile { row }) => msg::duplicate_in_file(*row),
            Some(Duplicate::Existing { name }) => msg::duplicate_existing(name),
            None => continue,
        };
        outln!(
            "{} {}",
            cmsg::WARNING_TAG,
            plain(&msg::located(Some(row.row), None, &note))
        );
    }
    outln!(
        "{}",
        msg::summary(
            preview.accepted_count(),
            preview.error_count(),
            preview.duplicate_count()
        )
    );
    if errors > 0 {
        if apply {
            outln!("{}", msg::CLI_NOT_APPLIED);
        }
        return 1;
    }
    if !apply {
        outln!("{}", msg::CLI_DRY_RUN);
        return 0;
    }
    // The app may have the workspace open: never write under it.
    let _lock = match WorkspaceLock::acquire(ws.root()) {
        Ok(LockAttempt::Acquired(l)) => l,
        Ok(LockAttempt::HeldBy(h)) => {
            errln!(
                "{} {}",
                cmsg::ERROR_TAG,
                msg::cli_locked(h.as_ref().map(|h| h.describe()).as_deref())
            );
            return 1;
        }
        Err(e) => {
            errln!(
                "{} {}",
                cmsg::ERROR_TAG,
                crate::strings::workspace::lock_failed(ws.root(), &e.to_string())
            );
            return 1;
        }
    };
    let n = preview.accepted_count();
    crate::ops::import_members(&mut branch, &preview);
    match ws.save_branch(&branch) {
        Ok(()) => {
            for note in ws.take_notes() {
                outln!("{}", plain(&note.to_string()));
            }
            outln!("{}", plain(&msg::cli_applied(n, &branch.name)));
            0
        }
        Err(e) => {
            errln!("{} {}", cmsg::ERROR_TAG, plain(&e.to_string()));
            1
        }
    }
}
