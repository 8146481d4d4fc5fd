//! The ward overview shows each branch's stage: prepared → held → results
//! entered → ratified → dossier complete.

use crate::election_support;
use crate::ui_support;
use daihoi::model::*;
use daihoi::rules::election::dossier::{Stage, required_items, stage};
use egui_kittest::kittest::Queryable;

#[test]
fn the_overview_shows_each_branch_stage() {
    let names = &crate::counting_support::ELEVEN[..9];
    let preparing = Branch {
        id: "thon-a".into(),
        name: "Chi bộ Thôn A".into(),
        ..Branch::default()
    };
    let mut entered = election_support::village_branch(&names);
    entered.id = "thon-b".into();
    entered.name = "Chi bộ Thôn B".into();
    entered.results.held = true;
    entered.results.elected = vec![Elected {
        member: 1,
        role: CommitteeRole::Secretary,
    }];
    let mut filed = entered.clone();
    filed.id = "thon-c".into();
    filed.name = "Chi bộ Thôn C".into();
    filed.ratification.decided_on = ymd(2026, 12, 20);
    for item in required_items(&filed) {
        filed.dossier.set(item, FiledState::Present);
    }
    assert_eq!(
        [stage(&preparing), stage(&entered), stage(&filed)],
        [
            Stage::Preparing,
            Stage::ResultsEntered,
            Stage::DossierComplete
        ]
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = daihoi::store::Workspace::new(dir.path().join("ho-so"));
    let (ward, _) = daihoi::demo::demo_ward();
    ws.create(&ward, &[preparing, entered, filed])
        .expect("workspace");
    let mut h = ui_support::harness(ws);
    ui_support::settle(&mut h);
    ui_support::click(&mut h, daihoi::strings::ward::OVERVIEW_BUTTON);
    assert!(
        h.query_by_label(daihoi::strings::congress::COL_STAGE)
            .is_some()
    );
    for s in [
        Stage::Preparing,
        Stage::ResultsEntered,
        Stage::DossierComplete,
    ] {
        assert_eq!(
            h.query_all_by_label(s.label()).count(),
            1,
            "{} shown once",
            s.label()
        );
    }
    assert!(h.query_by_label(Stage::Ratified.label()).is_none());
}
