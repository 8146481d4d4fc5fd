//! Start-up figures for `benches/startup.rs`: with the environment variable
//! [`REPORT_VAR`] set, the app prints to stderr, in a form a program reads,
//! when its first frame is drawn and when every branch file is in. Without
//! it the app says nothing.

use super::App;
use eframe::egui::Ui;
use std::time::Instant;

/// Set (to anything) to have the start-up figures printed.
pub const REPORT_VAR: &str = "DAIHOI_STARTUP_REPORT";

/// The first line: `daihoi-startup first-frame-ms=<ms since run() began>`.
pub const FIRST_FRAME: &str = "daihoi-startup first-frame-ms=";
/// The second: `daihoi-startup loaded-ms=<ms> branches=<n>`.
pub const LOADED: &str = "daihoi-startup loaded-ms=";

/// The app, watched for its first frame and the end of loading.
pub struct Probed {
    app: App,
    start: Instant,
    on: bool,
    frames: u64,
    loaded: bool,
}

impl Probed {
    pub fn new(app: App, start: Instant) -> Self {
        Probed {
            app,
            start,
            on: std::env::var_os(REPORT_VAR).is_some(),
            frames: 0,
            loaded: false,
        }
    }

    fn watch(&mut self) {
        self.frames += 1;
        if !self.on {
            return;
        }
        let ms = self.start.elapsed().as_secs_f64() * 1000.0;
        if self.frames == 1 {
            eprintln!("{FIRST_FRAME}{ms:.1} loading={}", self.app.is_loading());
        }
        if !self.loaded && !self.app.is_loading() {
            self.loaded = true;
            eprintln!("{LOADED}{ms:.1} branches={}", self.app.branches.len());
        }
    }
}

impl eframe::App for Probed {
    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        eframe::App::ui(&mut self.app, ui, frame);
        self.watch();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::App::save(&mut self.app, storage);
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        eframe::App::on_exit(&mut self.app, gl);
    }
}
