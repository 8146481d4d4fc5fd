//! Flows through the real UI (egui_kittest): open the demo ward, pick a
//! branch, edit facts, see it saved.

mod ui_support;

use daihoi::ui::Screen;
use egui_kittest::kittest::Queryable;
use ui_support::{click, demo_workspace, harness, settle};

#[test]
fn facts_typed_in_the_form_reach_the_file() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let first = h.state().branches[0].clone();
    click(&mut h, &first.name);
    click(&mut h, daihoi::strings::ui::SCREEN_FACTS);
    assert_eq!(h.state().view.screen, Screen::Facts);
    let place = h.get_by_label(daihoi::strings::ui::CONGRESS_PLACE);
    place.click();
    settle(&mut h);
    h.get_by_label(daihoi::strings::ui::CONGRESS_PLACE)
        .type_text(" — Hội trường lớn");
    settle(&mut h);
    let branch = h.state().branch(&first.id).expect("branch").clone();
    assert!(
        branch.congress.place.ends_with(" — Hội trường lớn"),
        "{}",
        branch.congress.place
    );
    assert!(h.state().is_dirty());
    assert!(h.state_mut().save_now());
    let on_disk = ws.load_branch(&first.id).expect("saved branch");
    assert_eq!(on_disk.congress.place, branch.congress.place);
    assert!(h.state().save_status().starts_with("Đã lưu lúc "));
}
