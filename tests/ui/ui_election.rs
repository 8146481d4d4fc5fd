//! The counting screen through egui_kittest: enter a round, see who is
//! elected with each candidate's share of the summoned members, produce the
//! biên bản kiểm phiếu — on the screen alone and inside the real app.

use crate::counting_support;
use crate::ui_support;
use daihoi::model::*;
use daihoi::strings::election as msg;
use daihoi::ui::election::{ElectionAction, ElectionView, Paper, show};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

struct State {
    ward: Ward,
    branch: Branch,
    view: ElectionView,
    asked: Vec<ElectionAction>,
}

/// 11 full members, all present; the plan proposes members 1–4 for 3 seats.
fn state() -> State {
    let b = counting_support::eleven_with_candidates();
    State {
        ward: Ward::default(),
        branch: b,
        view: ElectionView::default(),
        asked: Vec::new(),
    }
}

fn harness(s: State) -> Harness<'static, State> {
    Harness::builder()
        .with_size([1200.0, 1400.0])
        .with_context_setup(|ctx| daihoi::ui::fonts::install(ctx))
        .build_ui_state(
            |ui, s: &mut State| {
                let actions = show(ui, &mut s.view, &s.ward, &s.branch);
                for a in actions {
                    match a {
                        ElectionAction::Results(r) => s.branch.results = r,
                        other => s.asked.push(other),
                    }
                }
            },
            s,
        )
}

fn click(h: &mut Harness<'static, State>, label: &str) {
    h.get_by_label(label).click();
    h.run_steps(3);
}

/// Replace the text of a labelled number field.
fn type_number(h: &mut Harness<'static, State>, label: &str, value: u32) {
    h.get_by_label(label).click();
    h.run_steps(2);
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[egui::Key::A]);
    h.run_steps(1);
    h.get_by_label(label).type_text(&value.to_string());
    h.run_steps(3);
}

use eframe::egui;

#[test]
fn enter_a_round_see_who_is_elected_ask_for_the_minutes() {
    let mut h = harness(state());
    h.run_steps(3);
    click(&mut h, msg::ADD_ROUND);
    {
        let r = &h.state().branch.results.rounds;
        assert_eq!(r.len(), 1, "a round pre-filled from the plan");
        assert_eq!(r[0].office, Some(Office::Committee));
        assert_eq!(
            (r[0].seats, r[0].ballots_issued, r[0].votes.len()),
            (3, 11, 4)
        );
    }
    // Ten ballots returned, one of them invalid.
    type_number(&mut h, msg::BALLOTS_RETURNED, 10);
    type_number(&mut h, msg::BALLOTS_VALID, 9);
    type_number(&mut h, msg::BALLOTS_INVALID, 1);
    type_number(&mut h, &msg::votes_label("Nguyễn Văn An"), 9);
    type_number(&mut h, &msg::votes_label("Trần Thị Bình"), 8);
    type_number(&mut h, &msg::votes_label("Lê Văn Cường"), 6);
    type_number(&mut h, &msg::votes_label("Phạm Thị Dung"), 5);
    let b = &h.state().branch;
    let r = &b.results.rounds[0];
    assert_eq!(
        (r.ballots_returned, r.ballots_valid, r.ballots_invalid),
        (10, 9, 1)
    );
    // 6 of 11 summoned passes; 5 does not (DOMAIN.md "Threshold").
    let elected: Vec<MemberId> = b.results.elected.iter().map(|e| e.member).collect();
    assert_eq!(elected, vec![1, 2, 3]);
    assert!(
        h.query_by_label("54,5%").is_some(),
        "share of the summoned shown"
    );
    assert!(h.query_by_label("45,5%").is_some());
    assert_eq!(h.query_all_by_label(msg::STATUS_ELECTED).count(), 3);
    assert_eq!(h.query_all_by_label(msg::PASSED).count(), 3);
    assert_eq!(h.query_all_by_label(msg::NOT_PASSED).count(), 1);
    assert_eq!(h.query_all_by_label(msg::STATUS_BELOW).count(), 1);
    // A bad figure is caught on the screen.
    type_number(&mut h, msg::BALLOTS_VALID, 12);
    assert!(
        h.query_by_label_contains("khác số phiếu thu vào (10)")
            .is_some(),
        "the mismatch is shown"
    );
    type_number(&mut h, msg::BALLOTS_VALID, 9);
    assert!(h.query_by_label_contains("khác số phiếu thu vào").is_none());
    click(&mut h, msg::MINUTES_BUTTON);
    assert_eq!(
        h.state().asked,
        vec![ElectionAction::Paper(Paper::Minutes(0))]
    );
    // What the app does with it: the minutes of this round.
    let dir = tempfile::tempdir().expect("temp dir");
    let s = h.state();
    let path = daihoi::ops::write_paper(&s.ward, &s.branch, Paper::Minutes(0), dir.path())
        .expect("minutes written");
    let xml = document_xml(&path);
    assert!(xml.contains("Nguyễn Văn An"));
    assert!(xml.contains("81,8%"), "Trần Thị Bình: 9 of 11");
}

/// The text of word/document.xml of a .docx.
fn document_xml(path: &std::path::Path) -> String {
    use std::io::Read as _;
    let file = std::fs::File::open(path).expect("docx exists");
    let mut zip = zip::ZipArchive::new(file).expect("docx is a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document part")
        .read_to_string(&mut xml)
        .expect("utf-8");
    xml
}

/// The same flow in the real app: pick the branch, open the election
/// screen, enter the round, produce the biên bản; the results reach the file.
#[test]
fn counting_in_the_app_writes_results_and_minutes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = daihoi::store::Workspace::new(dir.path().join("ho-so"));
    let (ward, _) = daihoi::demo::demo_ward();
    ws.create(&ward, &[state().branch]).expect("workspace");
    let mut h = ui_support::harness(ws.clone());
    ui_support::settle(&mut h);
    ui_support::click(&mut h, "Chi bộ Thôn An Phú");
    ui_support::click(&mut h, msg::SCREEN_TITLE);
    ui_support::click(&mut h, msg::ADD_ROUND);
    for (label, v) in [
        (msg::BALLOTS_RETURNED.to_string(), 11),
        (msg::BALLOTS_VALID.to_string(), 11),
        (msg::votes_label("Nguyễn Văn An"), 11),
        (msg::votes_label("Trần Thị Bình"), 10),
        (msg::votes_label("Lê Văn Cường"), 7),
        (msg::votes_label("Phạm Thị Dung"), 7),
    ] {
        h.get_by_label(&label).click();
        ui_support::settle(&mut h);
        h.key_combination_modifiers(egui::Modifiers::COMMAND, &[egui::Key::A]);
        h.get_by_label(&label).type_text(&v.to_string());
        ui_support::settle(&mut h);
    }
    // A tie at the last seat: two elected, a new round among the tied.
    assert!(
        h.query_by_label_contains("Lê Văn Cường, Phạm Thị Dung bằng phiếu")
            .is_some()
    );
    h.get_by_label(msg::MINUTES_BUTTON).scroll_to_me();
    ui_support::settle(&mut h);
    ui_support::click(&mut h, msg::MINUTES_BUTTON);
    let folder = ws
        .root()
        .join("van-ban")
        .join(daihoi::docgen::safe_file_name(
            &daihoi::strings::docgen::branch_folder("Chi bộ Thôn An Phú", "an-phu"),
        ));
    let file = std::fs::read_dir(&folder)
        .expect("papers folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "docx"))
        .expect("minutes written");
    let xml = document_xml(&file);
    assert!(xml.contains("Bằng phiếu ở vị trí cuối"));
    assert!(
        h.query_by_label_contains("Đã xuất").is_some(),
        "the app says where"
    );
    assert!(h.state_mut().save_now());
    let saved = ws.load_branch("an-phu").expect("branch on disk");
    let elected: Vec<MemberId> = saved.results.elected.iter().map(|e| e.member).collect();
    assert_eq!(elected, vec![1, 2]);
    assert_eq!(saved.results.rounds[0].votes[3].votes, 7);
}
