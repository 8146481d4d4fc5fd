//! The drafts and checklist of a demo branch from its written texts.

use super::texts::Texts;
use crate::model::{
    Checklist, Date, DocKind, DocState, DocStatus, Drafts, PoliticalReport, Resolution,
    SelfCriticism, Target,
};

pub fn drafts(t: &Texts) -> Drafts {
    Drafts {
        political_report: PoliticalReport {
            context: t.context.into(),
            results_economy: t.results_economy.into(),
            results_defence: t.results_defence.into(),
            results_party_building: t.results_party_building.into(),
            results_mass_mobilisation: t.results_mass_mobilisation.into(),
            limitations: t.limitations.into(),
            causes_objective: t.causes_objective.into(),
            causes_subjective: t.causes_subjective.into(),
            lessons: t.lessons.into(),
            direction: t.direction.into(),
            tasks: t.tasks.into(),
            targets: t
                .targets
                .iter()
                .map(|(indicator, unit, plan, achieved, next)| Target {
                    indicator: (*indicator).into(),
                    unit: (*unit).into(),
                    plan: (*plan).into(),
                    achieved: (*achieved).into(),
                    next: (*next).into(),
                })
                .collect(),
            secretary_self_review: t.secretary_self_review.into(),
        },
        self_criticism: SelfCriticism {
            strengths: t.sc_strengths.into(),
            shortcomings: t.sc_shortcomings.into(),
            causes: t.sc_causes.into(),
            remedy_previous: t.sc_remedy_previous.into(),
            responsibility: t.sc_responsibility.into(),
            direction: t.sc_direction.into(),
        },
        resolution: Resolution {
            assessment: t.resolution_assessment.into(),
            extra_tasks: t.resolution_extra_tasks.into(),
        },
        personnel: Default::default(),
    }
}

/// Every document in `state` since `changed`.
pub fn all(state: DocState, changed: Date) -> Checklist {
    let mut c = Checklist::default();
    for kind in DocKind::ALL {
        *c.get_mut(kind) = DocStatus {
            state,
            changed: Some(changed),
            number: None,
        };
    }
    c
}

/// A branch still drafting: documents with any text are being drafted.
pub fn in_progress(t: &Texts, personnel: Option<DocState>, changed: Date) -> Checklist {
    let mut c = Checklist::default();
    let mut set = |kind: DocKind, started: bool| {
        if started {
            *c.get_mut(kind) = DocStatus {
                state: DocState::Drafting,
                changed: Some(changed),
                number: None,
            };
        }
    };
    let report = [
        t.context,
        t.results_economy,
        t.results_defence,
        t.results_party_building,
        t.results_mass_mobilisation,
        t.limitations,
        t.causes_objective,
        t.causes_subjective,
        t.lessons,
        t.direction,
        t.tasks,
    ];
    set(
        DocKind::PoliticalReport,
        report.iter().any(|s| !s.is_empty()) || !t.targets.is_empty(),
    );
    let review = [
        t.sc_strengths,
        t.sc_shortcomings,
        t.sc_causes,
        t.sc_remedy_previous,
        t.sc_responsibility,
        t.sc_direction,
    ];
    set(DocKind::SelfCriticism, review.iter().any(|s| !s.is_empty()));
    set(DocKind::Resolution, !t.resolution_assessment.is_empty());
    if let Some(state) = personnel {
        for kind in [DocKind::PersonnelPlan, DocKind::PersonnelList] {
            *c.get_mut(kind) = DocStatus {
                state,
                changed: Some(changed),
                number: None,
            };
        }
    }
    c
}
