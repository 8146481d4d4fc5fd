//! The desktop app (eframe/egui).
//!
//! Shape: [`App`] (`app/`) holds the workspace data and the UI state. Each
//! frame the screens and panels draw from what they are given (never the
//! whole `App`) and either edit the selected branch in place (form widgets)
//! or return [`Command`]s. After the frame, [`App`] compares the selected
//! branch with its snapshot (an undo step, autosave, problems) and applies
//! the commands in one place (`app/commands.rs`); every other change of a
//! branch goes through `App::edit_branch` (`app/edits.rs`). Work that takes
//! long (packets, the batch) runs as a `job::Job` polled after each frame
//! (`app/jobs.rs`); files are written through [`crate::ops`].
//!
//! Adding a screen: a variant in [`Screen`], a file `src/ui/<screen>.rs` with
//! a `show(...)` function taking what it draws, one arm in
//! `App::central` (`app/mod.rs`).

mod app;
mod autosave;
mod batch;
mod branch_state;
mod checklist;
mod command;
pub mod congress;
mod dialogs;
mod document;
pub mod election;
mod facts;
pub mod file_picker;
pub mod fonts;
mod form;
pub mod generations;
pub(crate) mod guard;
pub(crate) mod history;
mod import;
mod job;
mod launch;
pub mod loading;
mod member_columns;
mod members;
pub mod missing;
mod nav;
mod output;
mod overview;
pub mod page_preview;
mod problems;
mod recheck;
mod rows;
mod side_panel;
pub mod startup;
mod style;
mod templates;
mod toast;
pub(crate) mod trash;
mod undo;
mod ward_settings;
mod ward_state;
mod word_import;

/// The clock is shared with the command line (`ops::clock`).
pub use crate::ops::clock;
pub use app::{App, Notice, ViewState};
pub use command::Command;
pub use nav::Screen;
pub use style::ThemeChoice;

use crate::store::Workspace;
use std::path::PathBuf;
use std::process::ExitCode;

/// Key of the app's UI state in eframe's storage.
const VIEW_KEY: &str = "daihoi-view";

/// Fonts and text sizes; call once on a new egui context (the app does it in
/// [`run`], tests in their harness setup).
pub fn setup_context(ctx: &eframe::egui::Context) {
    fonts::install(ctx);
    style::install(ctx);
}

/// Open the app window on `workspace`, or on the last workspace opened, or on
/// the default workspace (created with the demo ward the first time).
pub fn run(workspace: Option<PathBuf>) -> ExitCode {
    let start = std::time::Instant::now();
    clock::init();
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title(crate::strings::ui::APP_TITLE)
            .with_app_id("daihoi")
            .with_inner_size([1200.0, 700.0])
            .with_min_inner_size([800.0, 500.0])
            .with_icon(app_icon()),
        persist_window: true,
        ..Default::default()
    };
    let mut failure: Option<String> = None;
    let failure_slot = &mut failure;
    let result = eframe::run_native(
        "daihoi",
        options,
        Box::new(move |cc| {
            setup_context(&cc.egui_ctx);
            let view: ViewState = cc
                .storage
                .and_then(|s| eframe::get_value(s, VIEW_KEY))
                .unwrap_or_default();
            let default = Workspace::default_location();
            let root = workspace
                .or_else(|| view.workspace.clone())
                .or_else(|| default.clone());
            let Some(root) = root else {
                *failure_slot = Some(crate::strings::ui::NO_DATA_DIR.to_string());
                return Err(crate::strings::ui::NO_DATA_DIR.into());
            };
            // A mistyped or moved folder: ask before creating anything.
            if missing::must_ask(&root, default.as_deref()) {
                return Ok(Box::new(missing::Root::Asking(
                    missing::MissingWorkspace {
                        folder: root,
                        default,
                        error: None,
                    },
                    Box::new(view),
                )));
            }
            let ws = Workspace::new(root);
            if let Err(e) = ensure_workspace(&ws) {
                *failure_slot = Some(e.to_string());
                return Err(e.to_string().into());
            }
            let mut app = App::open_in_background(
                ws,
                Some(cc.egui_ctx.clone()),
                loading::LoadGate::after_first_frame(),
            );
            app.restore_view(view, &cc.egui_ctx);
            Ok(Box::new(startup::Probed::new(app, start)))
        }),
    );
    if let Some(msg) = failure {
        eprintln!("{msg}");
        return ExitCode::from(1);
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}: {e}", crate::strings::ui::WINDOW_FAILED);
            ExitCode::from(1)
        }
    }
}

/// The window and taskbar icon: the picture also embedded in daihoi.exe
/// (`assets/icon`). Without it eframe would show the egui logo.
fn app_icon() -> eframe::egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon/daihoi-256.png"))
        .unwrap_or_default()
}

/// An empty or missing folder becomes a workspace with the demo ward, so the
/// first start shows something to learn from. A folder with other files is
/// left alone (the app then shows why it cannot open it).
pub fn ensure_workspace(ws: &Workspace) -> Result<(), crate::store::StoreError> {
    let empty = ws
        .root()
        .read_dir()
        .map(|mut d| d.next().is_none())
        .unwrap_or(true);
    if !ws.exists() && empty {
        let (ward, branches) = crate::demo::demo_ward();
        ws.create(&ward, &branches)?;
    }
    Ok(())
}
