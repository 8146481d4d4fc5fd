//! Panics the program means to catch, caught without a word on the
//! terminal.
//!
//! A reader library that panics on a damaged spreadsheet, or a bug in one
//! branch's documents during a batch, is caught and turned into a
//! Vietnamese message for the user. Rust's panic hook would still print
//! "thread '…' panicked at …" to stderr first, which a clerk running the
//! command line reads as a crash. [`catch`] marks the running thread while
//! it runs its closure; one process-wide hook, installed at the first call,
//! stays silent for a panic on a marked thread and hands every other panic
//! to the hook that was there before it. A leaf: imports only std.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// How many [`catch`] calls are under way on this thread (they nest).
    static CATCHING: Cell<u32> = const { Cell::new(0) };
}

static HOOK: Once = Once::new();

/// Run `f`; a panic inside it (on this thread) is returned as `Err` and
/// printed nowhere. Panics on other threads, or after `f` returns, are
/// reported as before.
pub fn catch<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if CATCHING.with(Cell::get) == 0 {
                previous(info);
            }
        }));
    });
    CATCHING.with(|c| c.set(c.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    CATCHING.with(|c| c.set(c.get() - 1));
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    const CAUGHT: &str = "caught-marker-7d1e";
    const NESTED: &str = "nested-marker-7d1e";
    const OTHER_THREAD: &str = "other-thread-marker-7d1e";
    const AFTER: &str = "after-marker-7d1e";

    /// Run in a child process by the test below, so the process-wide hook
    /// and the panics it sees touch no other test.
    #[test]
    #[ignore = "helper child of caught_panics_are_silent_and_others_still_reported"]
    fn caught_child() {
        // A caught panic, and one inside a nested catch.
        assert!(catch(|| panic!("{CAUGHT}")).is_err());
        let outer = catch(|| {
            assert!(catch(|| panic!("{NESTED}")).is_err());
            7
        });
        assert_eq!(outer.ok(), Some(7));
        // While this thread catches, another thread's panic is its own.
        let other = catch(|| std::thread::spawn(|| panic!("{OTHER_THREAD}")).join());
        assert!(matches!(other, Ok(Err(_))));
        // After the catch, a panic on this thread is reported again.
        assert!(panic::catch_unwind(|| panic!("{AFTER}")).is_err());
    }

    #[test]
    fn caught_panics_are_silent_and_others_still_reported() {
        let out = Command::new(std::env::current_exe().unwrap())
            .args([
                "caught::tests::caught_child",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("RUST_BACKTRACE", "0")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{stdout}\n{stderr}");
        assert!(
            stdout.contains("1 passed"),
            "the child ran no test:\n{stdout}"
        );
        for silent in [CAUGHT, NESTED] {
            assert!(!stderr.contains(silent), "{silent} printed:\n{stderr}");
        }
        for reported in [OTHER_THREAD, AFTER] {
            assert!(
                stderr.contains("panicked at") && stderr.contains(reported),
                "{reported} not reported:\n{stderr}"
            );
        }
    }
}
