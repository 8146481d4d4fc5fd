//! Flows through the real UI (egui_kittest) and the real window under Xvfb,
//! in one binary. One module per capability.

mod counting_support;
#[path = "../core/election_support.rs"]
mod election_support;
mod gui_smoke;
mod ui_ballots;
mod ui_branches;
mod ui_close_failed;
mod ui_comments;
mod ui_dialogs;
mod ui_edits;
mod ui_election;
mod ui_file_picker;
mod ui_flow;
mod ui_layout;
mod ui_loading;
mod ui_look;
mod ui_members;
mod ui_ops;
mod ui_page_preview;
mod ui_personnel;
mod ui_problems;
mod ui_recheck;
mod ui_refusals;
mod ui_roll_call;
mod ui_scale;
mod ui_settings;
mod ui_side_panel;
mod ui_stage;
mod ui_support;
mod ui_templates;
mod ui_typing;
mod ui_undo;
mod ui_ward;
mod ui_word_import;
mod ui_workspace_guard;
