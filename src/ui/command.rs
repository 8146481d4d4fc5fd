//! What the screens ask for; applied by `App::apply` after the frame.

use super::Screen;
use crate::model::{DocKind, ElectionResults};
use std::path::PathBuf;

#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    SelectBranch(String),
    Show(Screen),
    /// Go to the field of a validation problem (`members[id=3].birth`, …).
    Jump(crate::rules::Field),
    AddBranch {
        name: String,
    },
    RenameBranch {
        id: String,
        name: String,
    },
    /// Delete after the user confirmed.
    DeleteBranch(String),
    SaveNow,
    Undo,
    Redo,
    /// Open another workspace folder (from the native dialog).
    OpenWorkspace(PathBuf),
    /// Ask for another workspace folder with the native dialog.
    ChooseWorkspace,
    /// Ask for the export folder with the native dialog.
    ChooseExportDir,
    /// Open a file or folder in the system's default application.
    OpenPath(PathBuf),
    /// Write a ballot or counting minutes of the selected branch into the
    /// export folder.
    ElectionPaper(super::election::Paper),
    /// Write one document of the selected branch as .docx.
    ExportDocument(DocKind),
    /// Make the selected branch's packet in the background; asks first
    /// when some of its documents still have empty sections.
    CreatePacket,
    /// Make the packet even though some sections are empty (the user
    /// confirmed).
    CreatePacketAnyway,
    /// Print the last packet (or open it to print from there).
    Print,
    /// Send this file to this printer (chosen in the print dialog).
    PrintTo {
        file: PathBuf,
        printer: Option<String>,
    },
    /// Close the window (saving first).
    Quit,
    /// Close the window, dropping unsaved edits (after a failed save).
    QuitWithoutSaving,
    /// After a failed save on closing: save again, and close if it worked.
    SaveAndQuit,
    /// After a failed save on closing: choose a folder for a whole copy of
    /// the workspace as it is in memory.
    ChooseCopyDir,
    /// Open the member import dialog for the selected branch.
    OpenImport,
    /// Open "Nhập từ tệp Word…" for a document of the selected branch.
    OpenWordImport(DocKind),
    /// Write a Word draft's previewed parts into a branch's drafts (one
    /// undo step).
    ImportWordDraft {
        branch: String,
        kind: DocKind,
        preview: Box<crate::import::word_draft::DraftPreview>,
    },
    /// Add imported members to a branch (one undo step).
    ImportMembers {
        branch: String,
        preview: crate::import::Preview,
    },
    /// Write the overview table to this .xlsx file.
    ExportOverview(PathBuf),
    /// Write the ward's report to this .docx file.
    WriteWardReport(PathBuf),
    /// Write the summary of every branch's comments on the superior's
    /// drafts into the export folder.
    WriteCommentsSummary,
    /// Delete a branch's comment on the superior's drafts (its own undo step).
    DeleteDraftComment {
        branch: String,
        index: usize,
    },
    /// Save the ward's settings (from the settings screen) to ward.ron.
    SaveWardSettings(Box<crate::model::Ward>),
    /// Store the results typed on the election screen in a branch.
    SetElectionResults {
        branch: String,
        results: ElectionResults,
    },
    /// Ask for the name of a new branch (modal dialog).
    AskNewBranch,
    /// Ask for a branch's new name (modal dialog).
    AskRename {
        id: String,
        name: String,
    },
    /// Ask to confirm deleting a branch (modal dialog).
    AskDelete {
        id: String,
        name: String,
    },
    /// Open the batch dialog.
    OpenBatch,
    /// Make the packets of these branches in `out_dir`, in the background.
    StartBatch {
        ids: Vec<String>,
        out_dir: PathBuf,
        pdf: bool,
    },
    /// Take over a workspace whose other window has gone (read the files
    /// again, then allow editing).
    TakeOver,
    /// Open "Khôi phục bản trước…" for the selected branch.
    OpenHistory,
    /// Set a branch to a kept version (one undo step).
    RestoreVersion {
        id: String,
        /// When the version was saved, as listed.
        when: String,
        branch: Box<crate::model::Branch>,
    },
    /// Open the trash window.
    OpenTrash,
    /// Take a deleted branch back from the trash.
    RestoreTrashed(PathBuf),
    /// Remove everything in the trash (after the user confirmed).
    EmptyTrash,
}
