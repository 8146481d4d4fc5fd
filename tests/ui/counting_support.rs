//! Shared set-up of the counting screens' tests (roll call, ballots,
//! election results): a village branch of eleven full members, the real app
//! opened on one of its screens, and keys sent as a keyboard sends them.
#![allow(dead_code)]

use crate::election_support;
use crate::ui_support;
use daihoi::model::Branch;
use daihoi::ui::App;
use eframe::egui::{self, Key};
use egui_kittest::Harness;
use tempfile::TempDir;

pub type H = Harness<'static, App>;

/// Eleven full members of "Chi bộ Thôn An Phú", in their list order.
pub const ELEVEN: [&str; 11] = [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Văn Cường",
    "Phạm Thị Dung",
    "Hoàng Văn Em",
    "Võ Thị Giang",
    "Đặng Văn Hải",
    "Bùi Thị Hoa",
    "Đỗ Văn Khánh",
    "Ngô Thị Lan",
    "Dương Văn Minh",
];

/// The eleven, all present; the plan proposes An, Bình, Cường, Dung (ids
/// 1–4, also their order on the ballot) for 3 committee seats.
pub fn eleven_with_candidates() -> Branch {
    let mut b = election_support::village_branch(&ELEVEN);
    b.drafts.personnel.committee_candidates = vec![1, 2, 3, 4];
    b
}

/// The app on a workspace holding only `b` (with the demo ward's
/// settings), the branch selected and `screen` opened.
pub fn app_on(b: Branch, screen: &str) -> (TempDir, H) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = daihoi::store::Workspace::new(dir.path().join("ho-so"));
    let (ward, _) = daihoi::demo::demo_ward();
    ws.create(&ward, &[b]).expect("workspace");
    let mut h = ui_support::harness(ws);
    ui_support::settle(&mut h);
    ui_support::click(&mut h, "Chi bộ Thôn An Phú");
    ui_support::click(&mut h, screen);
    (dir, h)
}

/// Queue a key as a real keyboard sends it: the key, and the text it types
/// if any. The caller runs the frames.
pub fn key(h: &mut H, key: Key, text: Option<&str>) {
    h.key_press(key);
    if let Some(t) = text {
        h.event(egui::Event::Text(t.into()));
    }
}

/// The key of the digit `n` (0–9).
pub fn digit_key(n: usize) -> Key {
    Key::from_name(&n.to_string()).expect("a digit")
}
