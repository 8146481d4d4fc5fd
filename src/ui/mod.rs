//! The desktop app (eframe/egui).

pub mod fonts;

use crate::store::Workspace;
use std::path::PathBuf;
use std::process::ExitCode;

/// Open the app window on `workspace`, or on the default workspace (created
/// with the demo ward the first time).
pub fn run(workspace: Option<PathBuf>) -> ExitCode {
    let root = workspace.or_else(Workspace::default_location);
    let Some(root) = root else {
        eprintln!("{}", crate::strings::ui::NO_DATA_DIR);
        return ExitCode::from(1);
    };
    let ws = Workspace::new(root);
    if !ws.exists()
        && ws
            .root()
            .read_dir()
            .map(|mut d| d.next().is_none())
            .unwrap_or(true)
    {
        let (ward, branches) = crate::demo::demo_ward();
        if let Err(e) = ws.create(&ward, &branches) {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    }
    let loaded = ws.load();
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title(crate::strings::ui::APP_TITLE)
            .with_inner_size([1280.0, 800.0])
            .with_icon(app_icon()),
        ..Default::default()
    };
    let result = eframe::run_native(
        crate::strings::ui::APP_TITLE,
        options,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            Ok(Box::new(BasicApp { loaded }))
        }),
    );
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

struct BasicApp {
    loaded: crate::store::Loaded,
}

impl eframe::App for BasicApp {
    fn ui(&mut self, ui: &mut eframe::egui::Ui, _frame: &mut eframe::Frame) {
        eframe::egui::CentralPanel::default().show(ui, |ui| {
            if let Some(w) = &self.loaded.ward {
                ui.heading(&w.name);
            }
            for b in &self.loaded.branches {
                ui.label(&b.name);
            }
            for e in &self.loaded.errors {
                ui.colored_label(eframe::egui::Color32::RED, e.to_string());
            }
        });
    }
}
