//! Wall-clock time: "today" for the command line and the app (which can
//! be given a fixed day instead, see [`Today`]), and the time for the
//! "Đã lưu lúc 10:42" label.
//!
//! The local UTC offset is read once at start-up: on Unix the `time` crate
//! refuses to read it once other threads run, so later calls reuse it.

use std::sync::OnceLock;
use time::{OffsetDateTime, UtcOffset};

static OFFSET: OnceLock<UtcOffset> = OnceLock::new();

/// Read the local offset while the process is still single-threaded.
pub fn init() {
    let _ = OFFSET.get_or_init(|| UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC));
}

/// The local time now as "10:42".
pub fn hh_mm_now() -> String {
    let offset =
        *OFFSET.get_or_init(|| UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC));
    let now = OffsetDateTime::now_utc().to_offset(offset);
    format!("{:02}:{:02}", now.hour(), now.minute())
}

/// Where the app takes "today" from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Today {
    /// The local date, read when asked.
    #[default]
    Clock,
    /// A fixed day (tests).
    Fixed(time::Date),
}

impl Today {
    pub fn date(self) -> time::Date {
        match self {
            Today::Clock => today(),
            Today::Fixed(d) => d,
        }
    }
}

/// Today's local date (default for new status changes).
pub fn today() -> time::Date {
    let offset =
        *OFFSET.get_or_init(|| UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC));
    OffsetDateTime::now_utc().to_offset(offset).date()
}
