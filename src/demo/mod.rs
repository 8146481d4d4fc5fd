//! The embedded demo ward (fictitious names and places).
//!
//! Sixteen branches of every kind a ward has, from 3 to 64 members: three
//! with every document drafted (two of them have held their congress), some
//! in progress, some not started. Built by a seeded generator, so every call
//! gives the same data.
//!
//! - `specs`: the branches and how far along each is
//! - `profiles`, `names`: what members of each kind of branch look like
//! - `people`: the members and their roles
//! - `personnel`, `election`: the personnel plan and a held congress
//! - `drafts`, `texts`: the documents' text

mod drafts;
mod election;
mod names;
mod people;
mod personnel;
mod profiles;
mod rng;
mod scale;
mod specs;
mod texts;

use crate::model::*;
use people::date;
use specs::{Spec, Stage};

pub use scale::demo_branches;

/// "Today" in the demo: branch congresses run from mid-September to
/// mid-November 2025, most for the term 2025 - 2027, some for the five-year
/// pilot term 2025 - 2030 allowed from July 2025 (a term is named from the
/// year of its congress); both review the term 2022 - 2025.
pub const DEMO_TODAY: (i32, u8, u8) = (2025, 9, 22);

/// The demo ward and its branches.
pub fn demo_ward() -> (Ward, Vec<Branch>) {
    let ward = ward();
    let branches = specs::SPECS
        .iter()
        .enumerate()
        .map(|(k, spec)| branch(&ward, spec, k as u32))
        .collect();
    (ward, branches)
}

/// The demo ward's settings, without its branches.
pub fn ward() -> Ward {
    Ward {
        name: "Đảng bộ phường Lạc An".into(),
        superior_name: "Đảng bộ tỉnh Sông Châu".into(),
        committee_name: "Đảng ủy phường Lạc An".into(),
        place: "Lạc An".into(),
        deadlines: Deadlines {
            documents_days_before: 15,
            results_days_after: 5,
            congresses_by: Some(date(2025, 11, 30)),
        },
        signers: Signers {
            ward_on_behalf: "T/M ĐẢNG ỦY".into(),
            ward_title: "BÍ THƯ".into(),
            ward_name: "Phạm Quang Vinh".into(),
        },
        term: TermDefaults {
            start_year: specs::TERM.0,
            end_year: specs::TERM.1,
        },
        ..Ward::default()
    }
}

fn branch(ward: &Ward, spec: &Spec, ordinal: u32) -> Branch {
    let ident = scale::Ident {
        id: spec.id.into(),
        name: spec.name.into(),
        place: spec.place.into(),
    };
    branch_as(ward, spec, ordinal, ident)
}

/// A branch made after `spec` under another identity: its members are drawn
/// from the identity's own seed, so two copies of a spec differ.
fn branch_as(ward: &Ward, spec: &Spec, ordinal: u32, ident: scale::Ident) -> Branch {
    let mut rng = rng::Rng::for_branch(&ident.id);
    let (people, roster) = people::members(spec, &mut rng);
    let mut b = Branch {
        id: ident.id,
        name: ident.name,
        kind: spec.kind,
        ..Branch::default()
    };
    for m in people {
        b.add_member(m);
    }
    let (y, m, d) = spec.date;
    let congress_date = date(y, m, d);
    b.congress = Congress {
        number: spec.number,
        term_start: spec.term.0,
        term_end: spec.term.1,
        date: Some(congress_date),
        time: spec.time.into(),
        place: ident.place,
        guests: specs::guests().into(),
    };
    let today = date(DEMO_TODAY.0, DEMO_TODAY.1, DEMO_TODAY.2);
    // Documents are due (and the Tờ trình dated) 15 days before the
    // congress; they are finished a few days before that, and the ward
    // approves them about five days after the request.
    let request_on =
        congress_date - time::Duration::days(i64::from(ward.deadlines.documents_days_before));
    let approved_on = request_on + time::Duration::days(5);
    let done_on = request_on - time::Duration::days(3);
    // The ward's letters are numbered in date order.
    let approval = texts::approval_ref(u32::from(approved_on.ordinal()) / 3, approved_on);
    match &spec.stage {
        Stage::NotStarted => {}
        Stage::InProgress {
            texts,
            personnel,
            personnel_done,
        } => {
            let changed = today - time::Duration::days(1 + i64::from(ordinal % 5));
            b.drafts = drafts::drafts(texts);
            let state = match (personnel, personnel_done) {
                (true, true) => Some(DocState::Done),
                (true, false) => Some(DocState::Drafting),
                _ => None,
            };
            if state.is_some() {
                let slate = personnel::slate(spec, &b.members, &roster);
                personnel::set_plan(ward, &mut b, spec, &slate, "");
            }
            b.checklist = drafts::in_progress(texts, state, changed);
        }
        Stage::Approved { texts } => {
            b.drafts = drafts::drafts(texts);
            let slate = personnel::slate(spec, &b.members, &roster);
            personnel::set_plan(ward, &mut b, spec, &slate, &approval);
            b.checklist = approved(approved_on, done_on);
        }
        Stage::Held {
            texts,
            absent_accepted,
            absent_other,
            invalid_ballots,
        } => {
            b.drafts = drafts::drafts(texts);
            let slate = personnel::slate(spec, &b.members, &roster);
            personnel::set_plan(ward, &mut b, spec, &slate, &approval);
            b.checklist = approved(approved_on, done_on);
            let held = election::Held {
                absent_accepted: *absent_accepted,
                absent_other: *absent_other,
                invalid_ballots: *invalid_ballots,
                seats: spec.new_committee,
                elect_deputy: spec.elect_deputy,
                reported_on: congress_date + time::Duration::days(3),
            };
            b.results = election::hold(&mut b.members, &slate, &held);
        }
    }
    // The number of committee members is set when the congress is planned,
    // before any document is drafted (the documents state it).
    let p = &mut b.drafts.personnel;
    if p.committee_size == 0 && p.committee_candidates.is_empty() {
        p.committee_size = spec.new_committee;
        p.elect_deputy = spec.elect_deputy;
    }
    b
}

/// The four core documents approved by the ward; the list and the agenda done.
fn approved(approved_on: Date, done_on: Date) -> Checklist {
    let mut c = drafts::all(DocState::Approved, approved_on);
    for kind in [DocKind::PersonnelList, DocKind::Agenda] {
        *c.get_mut(kind) = DocStatus {
            state: DocState::Done,
            changed: Some(done_on),
            number: None,
        };
    }
    c
}
