//! The side panel agrees with the ward view: the same five states (with a
//! legend), "2 đang soạn · 0/6 xong", and a click on the branch selected
//! before leaves the ward view. Notices are toasts that move nothing. The
//! selected branch's name is shown whole; the others are cut once.

use crate::ui_support::*;
use daihoi::model::{DocKind, DocState};
use daihoi::rules::overview::{self, BranchState};
use daihoi::strings::ui as msg;
use daihoi::ui::{App, Command, Screen};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app in a `w`×`h` window (light theme, the app's fonts).
fn sized(app: App, w: f32, h: f32) -> Harness<'static, App> {
    Harness::builder()
        .with_size([w, h])
        .with_theme(eframe::egui::Theme::Light)
        .with_context_setup(daihoi::ui::setup_context)
        .build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

/// A window tall enough for the whole demo list.
fn tall(ws: daihoi::store::Workspace) -> Harness<'static, App> {
    sized(App::open(ws).with_today(TODAY), 1400.0, 1700.0)
}

fn state_label(s: BranchState) -> &'static str {
    match s {
        BranchState::Overdue => msg::STATE_OVERDUE,
        BranchState::NotStarted => msg::STATE_NOT_STARTED,
        BranchState::InProgress => msg::STATE_IN_PROGRESS,
        BranchState::Ready => msg::STATE_READY,
        BranchState::Held => msg::STATE_HELD,
    }
}

#[test]
fn side_panel_states_agree_with_the_ward_view() {
    let (_dir, ws) = demo_workspace();
    let mut h = tall(ws);
    settle(&mut h);
    // A branch overdue with nothing done but two documents in progress:
    // its congress was five days ago and it has not been held.
    let i = h
        .state()
        .branches
        .iter()
        .position(|b| !b.results.held)
        .expect("a branch not yet held");
    {
        let b = &mut h.state_mut().branches[i];
        b.congress.date = Some(TODAY - time::Duration::days(5));
        for kind in DocKind::ALL {
            b.checklist.get_mut(kind).state = DocState::NotStarted;
        }
        b.checklist.get_mut(DocKind::PoliticalReport).state = DocState::Drafting;
        b.checklist.get_mut(DocKind::Resolution).state = DocState::Drafting;
    }
    settle(&mut h);
    let (ward, branches) = (h.state().ward.clone(), h.state().branches.clone());
    let row = overview::row(&ward, &branches[i], TODAY);
    assert_eq!(overview::branch_state(&row), BranchState::Overdue);
    assert!(
        h.query_by_label_contains(&msg::progress(2, 0, DocKind::ALL.len()))
            .is_some(),
        "the counter says {:?}",
        msg::progress(2, 0, 6)
    );
    assert_eq!(msg::progress(2, 0, 6), "2 đang soạn · 0/6 xong");
    // Every state shows on as many rows as the ward view counts, and in
    // the legend; the side panel never says "no problem" in green.
    let rows = overview::overview(&ward, &branches, TODAY);
    for s in BranchState::ALL {
        let expected = rows
            .iter()
            .filter(|r| overview::branch_state(r) == s)
            .count();
        let rows_shown = h
            .query_all_by_label_contains(&format!("{} · ", state_label(s)))
            .count();
        assert_eq!(rows_shown, expected, "{s:?}");
        assert_eq!(h.query_all_by_label(state_label(s)).count(), 1, "{s:?}");
    }
    // (The problems panel below may say it of the selected branch; a row
    // of the side panel never does.)
    assert!(
        h.query_by_label_contains(&format!(" · {}", msg::problem_count(0, 0)))
            .is_none()
    );
    // The ward view has the same legend.
    h.state_mut().apply_now(Command::Show(Screen::Overview));
    settle(&mut h);
    assert_eq!(
        h.query_all_by_label(&format!("{}:", msg::LEGEND)).count(),
        2,
        "a legend in the side panel and one in the ward view"
    );
}

#[test]
fn a_click_on_the_branch_selected_before_leaves_the_ward_view() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let b0 = h.state().branches[0].clone();
    click(&mut h, &b0.name);
    assert_eq!(h.state().view.screen, Screen::Checklist);
    click(&mut h, daihoi::strings::ward::OVERVIEW_BUTTON);
    assert_eq!(h.state().view.screen, Screen::Overview);
    // The same branch again: back to its checklist.
    click(&mut h, &b0.name);
    assert_eq!(h.state().view.screen, Screen::Checklist);
    assert_eq!(h.state().view.branch.as_deref(), Some(b0.id.as_str()));
}

#[test]
fn a_notice_is_a_toast_that_moves_nothing_and_fades() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let b0 = h.state().branches[0].clone();
    click(&mut h, &b0.name);
    let tab = |h: &Harness<'static, App>| h.get_by_label(msg::SCREEN_FACTS).rect();
    let before = tab(&h);
    // Renaming says so in a notice.
    h.state_mut().apply_now(Command::RenameBranch {
        id: b0.id.clone(),
        name: "Chi bộ Thôn Mới Đổi Tên".into(),
    });
    h.state_mut().notice = Some(daihoi::ui::Notice {
        text: "Đã đổi tên chi bộ.".into(),
        error: false,
    });
    settle(&mut h);
    assert!(h.query_by_label("Đã đổi tên chi bộ.").is_some(), "shown");
    assert_eq!(tab(&h), before, "the layout did not move");
    // A message that went well fades after a few seconds…
    h.run_steps(40);
    assert!(h.query_by_label("Đã đổi tên chi bộ.").is_none(), "faded");
    assert_eq!(tab(&h), before);
    // …a failure stays until it is closed.
    h.state_mut().notice = Some(daihoi::ui::Notice {
        text: "Không lưu được.".into(),
        error: true,
    });
    h.run_steps(40);
    assert!(h.query_by_label("Không lưu được.").is_some(), "stays");
    click(&mut h, msg::TOAST_HIDE);
    assert!(h.query_by_label("Không lưu được.").is_none());
    assert!(h.state().notice.is_none());
}

/// The texts drawn in the side panel (x left of `right`), as painted.
fn panel_texts(h: &Harness<'static, App>, right: f32) -> Vec<String> {
    h.output()
        .shapes
        .iter()
        .filter_map(|c| match &c.shape {
            eframe::egui::Shape::Text(t) if t.pos.x < right => Some(t.galley.job.text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_selected_branch_name_is_whole_and_the_others_cut_once() {
    let (_dir, ws) = demo_workspace();
    // 1366×768 at zoom 1.25: a narrow side panel.
    let app = App::open(ws).with_today(TODAY);
    let mut h = sized(app, 1093.0, 614.0);
    settle(&mut h);
    // The two longest names.
    let mut long: Vec<(String, String)> = h
        .state()
        .branches
        .iter()
        .map(|b| (b.id.clone(), b.name.clone()))
        .collect();
    long.sort_by_key(|(_, n)| std::cmp::Reverse(n.chars().count()));
    assert!(long[0].1.chars().count() > 40, "the demo has a long name");
    let (id, name) = &long[0];
    h.state_mut().apply_now(Command::SelectBranch(id.clone()));
    h.state_mut().apply_now(Command::Show(Screen::Checklist));
    settle(&mut h);
    let right = h.get_by_label(msg::ADD_BRANCH).rect().min.x + 300.0;
    let texts = panel_texts(&h, right);
    let shown = name.strip_prefix("Chi bộ ").unwrap_or(name);
    assert!(
        texts.iter().any(|t| t == shown),
        "the selected {shown:?} is drawn whole: {texts:#?}"
    );
    // The next longest: whole, or cut once in the middle (both ends kept).
    let other = long[1].1.strip_prefix("Chi bộ ").unwrap_or(&long[1].1);
    let first_word = other.split(' ').next().unwrap();
    let last_word = other.rsplit(' ').next().unwrap();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with(first_word) && t.ends_with(last_word)),
        "{other:?} keeps both ends: {texts:#?}"
    );
    for t in texts.iter().filter(|t| t.contains('…')) {
        assert_eq!(t.matches('…').count(), 1, "cut once: {t:?}");
    }
}

#[test]
fn a_branch_selected_elsewhere_is_scrolled_into_the_list() {
    use eframe::egui::accesskit::Role;
    use egui_kittest::kittest::NodeT;
    let (_dir, ws) = demo_workspace();
    // A short window: the demo's list does not fit and scrolls.
    let app = App::open(ws).with_today(TODAY);
    let (w, hgt) = (1366.0, 480.0);
    let mut h = sized(app, w, hgt);
    settle(&mut h);
    let branches: Vec<(String, String)> = h
        .state()
        .branches
        .iter()
        .map(|b| (b.id.clone(), b.name.clone()))
        .collect();
    let row = |h: &Harness<'static, App>, name: &str| {
        h.query_all_by_label(name)
            .find(|n| n.accesskit_node().role() == Role::Button)
            .map(|n| n.rect())
    };
    let hidden = branches
        .iter()
        .filter(|(_, name)| row(&h, name).is_none_or(|r| r.bottom() > hgt))
        .count();
    assert!(hidden > 0, "some rows are out of view at first");
    let (last_id, last_name) = branches
        .iter()
        .find(|(_, name)| row(&h, name).is_none_or(|r| r.bottom() > hgt))
        .cloned()
        .expect("a row out of view");
    // Each branch chosen from outside the list (as the overview, a problem
    // or undo do) shows in the list, inside the window.
    for (id, name) in &branches {
        h.state_mut().apply_now(Command::SelectBranch(id.clone()));
        settle(&mut h);
        let r = row(&h, name).unwrap_or_else(|| panic!("{name:?} is not drawn in the list"));
        assert!(
            r.top() >= 0.0 && r.bottom() <= hgt,
            "{name:?} at {r:?}, outside the {hgt}-point window"
        );
    }
    // The branch of the last run, restored before the first frame (as
    // the app does at start), shows in the list.
    let ws = h.state().ws.clone();
    drop(h);
    let mut app = App::open(ws).with_today(TODAY);
    let view = daihoi::ui::ViewState {
        branch: Some(last_id),
        ..Default::default()
    };
    app.restore_view(view, &eframe::egui::Context::default());
    let mut h = sized(app, w, hgt);
    settle(&mut h);
    assert!(!h.state().guard.read_only(), "the first window is closed");
    let r = row(&h, &last_name).expect("the restored branch is drawn in the list");
    assert!(r.bottom() <= hgt, "{last_name:?} at {r:?}");
}
