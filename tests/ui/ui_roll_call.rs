//! The roll call at the door, in the real app through egui_kittest: find a
//! member by typing the name without diacritics, mark with one key, mark
//! with a click, and watch the counts and the election denominator follow.

use crate::counting_support::{self as counting, H};
use crate::election_support;
use crate::ui_support;
use daihoi::model::*;
use daihoi::rules::election::summoned;
use daihoi::strings::congress as msg;
use eframe::egui::{self, Key};
use egui_kittest::kittest::Queryable;

/// 11 full members and 1 probationary, nobody recorded yet; one full
/// member on temporary transfer (not summoned) and one exempted.
fn branch() -> Branch {
    let names: Vec<&str> = counting::ELEVEN
        .into_iter()
        .chain(["Lý Thị Ngọc"])
        .collect();
    let mut b = election_support::village_branch(&names);
    for m in &mut b.members {
        m.attendance = Attendance::NotRecorded;
    }
    b.members[11].status = MemberStatus::Probationary;
    b.members[10].standing = Standing::TemporaryTransfer;
    b.members[7].exempted = true;
    b
}

fn app_on(b: Branch) -> (tempfile::TempDir, H) {
    counting::app_on(b, msg::SCREEN_ROLL_CALL)
}

/// A digit as a keyboard sends it: the key and its text.
fn digit(h: &mut H, key: Key, text: &str) {
    counting::key(h, key, Some(text));
    ui_support::settle(h);
}

fn type_text(h: &mut H, text: &str) {
    h.event(egui::Event::Text(text.into()));
    ui_support::settle(h);
}

fn attendance(h: &H, name: &str) -> Attendance {
    h.state().branches[0]
        .members
        .iter()
        .find(|m| m.full_name == name)
        .map(|m| m.attendance.clone())
        .expect("member")
}

fn has(h: &H, label: &str) -> bool {
    h.query_by_label(label).is_some()
}

#[test]
fn roll_call_by_keys_and_clicks_updates_counts_and_denominator() {
    let (_dir, mut h) = app_on(branch());
    // 11 summoned (12 members, one on transfer), nobody recorded yet.
    assert!(has(&h, &msg::count_summoned(11)), "summoned count shown");
    assert!(has(&h, &msg::count_present(0)));
    assert!(has(&h, &msg::count_not_recorded(11)));
    // The search field has the focus from the start: type, then one key.
    assert!(h.get_by_label(msg::SEARCH_LABEL).is_focused());
    type_text(&mut h, "cuong");
    digit(&mut h, Key::Num1, "1");
    assert_eq!(attendance(&h, "Lê Văn Cường"), Attendance::Present);
    assert_eq!(
        h.get_by_label(msg::SEARCH_LABEL).value().as_deref(),
        Some(""),
        "the search is cleared for the next arrival, and no digit slipped in"
    );
    assert!(has(&h, &msg::count_present(1)));
    // Enter does the same.
    type_text(&mut h, "ngo thi");
    h.key_press(Key::Enter);
    ui_support::settle(&mut h);
    assert_eq!(attendance(&h, "Ngô Thị Lan"), Attendance::Present);
    // Absent with a reason: 2, the reason, Enter.
    type_text(&mut h, "dang van");
    digit(&mut h, Key::Num2, "2");
    assert!(
        h.get_by_label(&msg::reason_label("Đặng Văn Hải"))
            .is_focused(),
        "the reason field takes the focus"
    );
    type_text(&mut h, "Ốm nằm viện");
    h.key_press(Key::Enter);
    ui_support::settle(&mut h);
    assert_eq!(
        attendance(&h, "Đặng Văn Hải"),
        Attendance::Absent {
            reason: "Ốm nằm viện".into(),
            accepted: true
        }
    );
    assert!(h.get_by_label(msg::SEARCH_LABEL).is_focused());
    // Absent without a reason: 3.
    type_text(&mut h, "bui");
    digit(&mut h, Key::Num3, "3");
    assert_eq!(
        attendance(&h, "Bùi Thị Hoa"),
        Attendance::Absent {
            reason: String::new(),
            accepted: false
        }
    );
    // One click per member works too (the search narrows the list).
    type_text(&mut h, "tran");
    ui_support::click(
        &mut h,
        &msg::mark_label("Trần Thị Bình", daihoi::strings::papers::MARK_PRESENT),
    );
    assert_eq!(attendance(&h, "Trần Thị Bình"), Attendance::Present);
    // The member on transfer cannot be marked.
    assert!(
        h.query_by_label(&msg::mark_label(
            "Dương Văn Minh",
            daihoi::strings::papers::MARK_PRESENT
        ))
        .is_none()
    );
    // Counts: 3 present, 1 excused, 1 unexcused, 6 not recorded.
    for label in [
        msg::count_present(3),
        msg::count_absent_excused(1),
        msg::count_absent_unexcused(1),
        msg::count_not_recorded(6),
    ] {
        assert!(has(&h, &label), "{label} shown");
    }
    // The denominator: 11 full members − 1 on transfer − 1 excused − the
    // exempted member who is absent = 8; 5 votes needed.
    let b = &h.state().branches[0];
    let s = summoned(b);
    assert_eq!((s.summoned, s.votes_needed()), (8, 5));
    assert!(
        h.query_by_label_contains("Mẫu số bầu cử: 8 đảng viên chính thức")
            .is_some()
    );
    assert!(h.query_by_label_contains("ít nhất 5 phiếu").is_some());
    // The exempted member comes after all: she counts again.
    type_text(&mut h, "bui");
    digit(&mut h, Key::Num1, "1");
    assert!(
        h.query_by_label_contains("Mẫu số bầu cử: 9 đảng viên chính thức")
            .is_some()
    );
    // 0 takes a mark back.
    type_text(&mut h, "binh");
    digit(&mut h, Key::Num0, "0");
    assert_eq!(attendance(&h, "Trần Thị Bình"), Attendance::NotRecorded);
    assert!(has(&h, &msg::count_present(3)));
}

#[test]
fn arrows_walk_the_list_in_vietnamese_order() {
    let (_dir, mut h) = app_on(branch());
    // With an empty search, Enter marks the highlighted member and moves
    // to the next one: the list is in given-name order (An, Bình, Cường…).
    h.key_press(Key::Enter);
    ui_support::settle(&mut h);
    h.key_press(Key::Enter);
    ui_support::settle(&mut h);
    assert_eq!(attendance(&h, "Nguyễn Văn An"), Attendance::Present);
    assert_eq!(attendance(&h, "Trần Thị Bình"), Attendance::Present);
    assert_eq!(attendance(&h, "Lê Văn Cường"), Attendance::NotRecorded);
    // Down skips one, Up comes back.
    h.key_press(Key::ArrowDown);
    ui_support::settle(&mut h);
    digit(&mut h, Key::Num3, "3");
    assert!(matches!(
        attendance(&h, "Phạm Thị Dung"),
        Attendance::Absent {
            accepted: false,
            ..
        }
    ));
    h.key_press(Key::ArrowUp);
    ui_support::settle(&mut h);
    h.key_press(Key::ArrowUp);
    ui_support::settle(&mut h);
    digit(&mut h, Key::Num1, "1");
    assert_eq!(attendance(&h, "Lê Văn Cường"), Attendance::Present);
}

/// Issue 11 item 9: the roll-call screen writes the share present by the
/// ward's percentage rule, as the documents do: 2 of 11 is "18,2%" rounded
/// half up (the default) and "18,1%" when the ward cuts.
#[test]
fn the_share_present_follows_the_wards_percentage_rule() {
    let shown = |rule: PercentRule| {
        let mut b = branch();
        b.members[0].attendance = Attendance::Present;
        b.members[1].attendance = Attendance::Present;
        let dir = tempfile::tempdir().expect("temp dir");
        let ws = daihoi::store::Workspace::new(dir.path().join("ho-so"));
        let (mut ward, _) = daihoi::demo::demo_ward();
        ward.percent = rule;
        ws.create(&ward, &[b]).expect("workspace");
        let mut h = ui_support::harness(ws);
        ui_support::settle(&mut h);
        ui_support::click(&mut h, "Chi bộ Thôn An Phú");
        ui_support::click(&mut h, msg::SCREEN_ROLL_CALL);
        let rounded = has(&h, &msg::present_share(2, 11, "18,2%"));
        let cut = has(&h, &msg::present_share(2, 11, "18,1%"));
        (rounded, cut)
    };
    assert_eq!(shown(PercentRule::default()), (true, false));
    let cut = PercentRule {
        rounding: Rounding::Cut,
        ..PercentRule::default()
    };
    assert_eq!(shown(cut), (false, true));
}
