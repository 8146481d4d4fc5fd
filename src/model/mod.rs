//! Plain data of a ward and its branches. No I/O, no UI.
//!
//! Every file on disk is one of [`Ward`] or [`Branch`], each carrying a
//! `version` so that older files can be migrated by `store` on load.

mod branch;
mod congress_day;
mod date;
mod drafts;
mod member;
mod shared_text;
mod ward;

pub use branch::*;
pub use congress_day::*;
pub use date::*;
pub use drafts::*;
pub use member::*;
pub use shared_text::SharedText;
pub use ward::*;

/// Current schema version of `ward.ron`.
pub const WARD_VERSION: u32 = 1;
/// Current schema version of `branches/<id>.ron`.
pub const BRANCH_VERSION: u32 = 1;
