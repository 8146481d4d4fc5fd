// No console window behind the GUI on Windows; the CLI re-attaches to the
// parent console (see `attach_console`).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use clap::Parser;
use daihoi::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    attach_console();
    let args = Cli::parse();
    if let Some(code) = cli::run(&args) {
        return code;
    }
    daihoi::ui::run(args.workspace)
}

/// On Windows a GUI-subsystem program has no console; when started from a
/// terminal, attach to it so the CLI commands still print.
#[cfg(windows)]
fn attach_console() {
    unsafe extern "system" {
        fn AttachConsole(process_id: u32) -> i32;
    }
    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
    // SAFETY: plain Win32 call without pointers; failure (no parent console) is fine.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(windows))]
fn attach_console() {}
