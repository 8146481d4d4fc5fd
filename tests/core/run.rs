//! Running the `daihoi` command as a user would, for the CLI tests.

use std::process::{Command, Output};

/// Run `daihoi` with `args` and wait for it.
pub fn daihoi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_daihoi"))
        .args(args)
        .output()
        .expect("run daihoi")
}

/// What the command printed, standard output then standard error.
pub fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}
