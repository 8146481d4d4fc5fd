//! Checks of the personnel plan (đề án nhân sự) and the counting committee.

use super::eligibility::{elects_committee, full_members};
use super::surplus::{
    ListStage, ProposalAdvice, SurplusVerdict, judge, max_candidates, proposal_advice,
};
use crate::model::{
    Branch, DocKind, DocState, MemberId, PercentRule, RuleSettings, Standing, Ward,
};
use crate::rules::field::*;
use crate::rules::labels;
use crate::rules::{Problem, Severity};
use crate::strings::election as msg;

pub(super) fn problem(
    severity: Severity,
    doc: Option<DocKind>,
    field: Field,
    message: String,
) -> Problem {
    Problem {
        severity,
        doc,
        field,
        message,
    }
}

const PLAN: Option<DocKind> = Some(DocKind::PersonnelPlan);

fn plan_started(b: &Branch) -> bool {
    let p = &b.drafts.personnel;
    p.committee_size > 0
        || !p.committee_candidates.is_empty()
        || p.secretary_candidate.is_some()
        || p.deputy_candidate.is_some()
        || b.checklist.get(DocKind::PersonnelPlan).state >= DocState::Drafting
}

/// Problems of the personnel plan of `b` under the ward's rules.
pub(super) fn check_personnel_plan(ward: &Ward, b: &Branch, out: &mut Vec<Problem>) {
    let rules = &ward.rules;
    let p = &b.drafts.personnel;
    let full = full_members(b);
    // The documents state the committee's size as soon as they are printed,
    // so a branch that must elect a committee needs it even before its plan
    // is started.
    if !plan_started(b) {
        if elects_committee(rules, b) && !b.members.is_empty() {
            out.push(problem(
                Severity::Error,
                PLAN,
                Field::Personnel(PersonnelField::CommitteeSize),
                msg::plan_committee_size_missing(full, rules.committee_max_size),
            ));
        }
        return;
    }
    let done = b.checklist.get(DocKind::PersonnelPlan).state >= DocState::Done;
    if elects_committee(rules, b) {
        let size = p.committee_size;
        if size == 0 {
            out.push(problem(
                Severity::Error,
                PLAN,
                Field::Personnel(PersonnelField::CommitteeSize),
                msg::plan_committee_size_missing(full, rules.committee_max_size),
            ));
        } else if size > rules.committee_max_size {
            out.push(problem(
                Severity::Error,
                PLAN,
                Field::Personnel(PersonnelField::CommitteeSize),
                msg::plan_committee_too_big(size, rules.committee_max_size),
            ));
        } else if size < 3 {
            out.push(problem(
                Severity::Warning,
                PLAN,
                Field::Personnel(PersonnelField::CommitteeSize),
                msg::plan_committee_small(size),
            ));
        }
        if size > 0 && (!p.committee_candidates.is_empty() || done) {
            let n = p.committee_candidates.len() as u32;
            if let Some(m) = surplus_message(rules, ward.percent, ListStage::Proposal, size, n) {
                out.push(problem(
                    m.0,
                    PLAN,
                    Field::Personnel(PersonnelField::CommitteeCandidates),
                    m.1,
                ));
            }
        }
        candidate_list(
            b,
            &p.committee_candidates,
            &|i| Field::Personnel(PersonnelField::CommitteeCandidate(i)),
            PLAN,
            out,
        );
        for (field, id, text) in [
            (
                PersonnelField::SecretaryCandidate,
                p.secretary_candidate,
                msg::secretary_not_on_committee_list as fn(&str) -> String,
            ),
            (
                PersonnelField::DeputyCandidate,
                p.deputy_candidate,
                msg::deputy_not_on_committee_list,
            ),
        ] {
            if let Some(m) = id.and_then(|id| b.member(id)) {
                if !p.committee_candidates.contains(&m.id) {
                    out.push(problem(
                        Severity::Error,
                        PLAN,
                        Field::Personnel(field),
                        text(&m.full_name),
                    ));
                }
            }
        }
    } else if size_or_list(b) {
        out.push(problem(
            Severity::Error,
            PLAN,
            Field::Personnel(PersonnelField::CommitteeSize),
            msg::plan_no_committee(full, rules.committee_min_full_members),
        ));
    } else {
        let deputy = p.deputy_candidate.into_iter().collect::<Vec<_>>();
        for (field, ids) in [
            (
                PersonnelField::SecretaryCandidate,
                p.secretary_candidate.into_iter().collect::<Vec<_>>(),
            ),
            (PersonnelField::DeputyCandidate, deputy),
        ] {
            candidate_list(b, &ids, &|_| Field::Personnel(field), PLAN, out);
        }
        if p.deputy_candidate.is_some() && !p.elect_deputy {
            out.push(problem(
                Severity::Warning,
                PLAN,
                Field::Personnel(PersonnelField::ElectDeputy),
                msg::DEPUTY_WITHOUT_FLAG.into(),
            ));
        }
    }
    if let (Some(s), Some(d)) = (p.secretary_candidate, p.deputy_candidate) {
        if s == d {
            let name = b
                .member(s)
                .map(|m| m.full_name.as_str())
                .unwrap_or_default();
            out.push(problem(
                Severity::Error,
                PLAN,
                Field::Personnel(PersonnelField::DeputyCandidate),
                msg::secretary_is_deputy(name),
            ));
        }
    }
    if done && p.secretary_candidate.is_none() {
        out.push(problem(
            Severity::Error,
            PLAN,
            Field::Personnel(PersonnelField::SecretaryCandidate),
            msg::SECRETARY_CANDIDATE_MISSING.into(),
        ));
    }
}

fn size_or_list(b: &Branch) -> bool {
    b.drafts.personnel.committee_size > 0 || !b.drafts.personnel.committee_candidates.is_empty()
}

/// The problem with a list's surplus, if any.
pub(super) fn surplus_message(
    rules: &RuleSettings,
    percent: PercentRule,
    stage: ListStage,
    seats: u32,
    candidates: u32,
) -> Option<(Severity, String)> {
    let s = judge(rules, stage, seats, candidates);
    // Written by the ward's rule, as the documents write percentages.
    let pct = percent.percent(u64::from(s.extra()), u64::from(seats));
    let (min, max) = (
        rules.proposal_surplus_min_pct,
        rules.proposal_surplus_max_pct,
    );
    let advice = match proposal_advice(rules, seats) {
        ProposalAdvice::Range(a, b) => msg::surplus_advice(seats, min, max, true, a, Some(b)),
        ProposalAdvice::Nearest { below, above } => {
            msg::surplus_advice(seats, min, max, false, below, above)
        }
    };
    match s.verdict {
        SurplusVerdict::NoSurplus | SurplusVerdict::Within => None,
        SurplusVerdict::TooFew => Some((Severity::Error, msg::surplus_too_few(seats, candidates))),
        SurplusVerdict::BelowProposal => Some((
            Severity::Warning,
            msg::surplus_below_proposal(s.extra(), &pct, min, max, &advice),
        )),
        SurplusVerdict::AboveProposal => Some((
            Severity::Warning,
            msg::surplus_above_proposal(s.extra(), &pct, min, max, &advice),
        )),
        SurplusVerdict::OverMaximum => Some((
            Severity::Error,
            msg::surplus_over_maximum(
                s.extra(),
                &pct,
                rules.max_surplus_pct,
                max_candidates(rules, seats),
            ),
        )),
    }
}

/// Each id on a list must be a distinct, active, full member.
pub(super) fn candidate_list(
    b: &Branch,
    ids: &[MemberId],
    field: &dyn Fn(usize) -> Field,
    doc: Option<DocKind>,
    out: &mut Vec<Problem>,
) {
    for (i, id) in ids.iter().enumerate() {
        // Ids that are not members are reported by `rules::validate`.
        let Some(m) = b.member(*id) else { continue };
        let at = field(i);
        if ids.iter().take(i).any(|x| x == id) {
            out.push(problem(
                Severity::Error,
                doc,
                at.clone(),
                msg::candidate_duplicate(&m.full_name),
            ));
        }
        if !m.is_full() {
            out.push(problem(
                Severity::Error,
                doc,
                at.clone(),
                msg::candidate_not_full(&m.full_name),
            ));
        }
        if m.standing != Standing::Active {
            out.push(problem(
                Severity::Error,
                doc,
                at.clone(),
                msg::candidate_not_active(&m.full_name, labels::standing(m.standing)),
            ));
        }
    }
}

/// Everyone on any list of the plan or of a recorded round.
pub(super) fn all_candidates(b: &Branch) -> Vec<MemberId> {
    let p = &b.drafts.personnel;
    let mut ids: Vec<MemberId> = p.committee_candidates.clone();
    ids.extend(p.secretary_candidate);
    ids.extend(p.deputy_candidate);
    for r in &b.results.rounds {
        ids.extend(r.votes.iter().map(|v| v.member));
    }
    ids
}

/// The counting committee: known members, none of them a candidate.
pub(super) fn check_counting_committee(b: &Branch, out: &mut Vec<Problem>) {
    let r = &b.results;
    if r.counting_committee.is_empty() {
        if !r.rounds.is_empty() {
            out.push(problem(
                Severity::Warning,
                None,
                Field::Results(ResultsField::CountingCommittee),
                msg::COUNTING_COMMITTEE_MISSING.into(),
            ));
        }
        return;
    }
    let candidates = all_candidates(b);
    for (i, id) in r.counting_committee.iter().enumerate() {
        let field = Field::Results(ResultsField::CountingMember(i));
        match b.member(*id) {
            None => out.push(problem(
                Severity::Error,
                None,
                field,
                msg::counting_member_unknown(i + 1),
            )),
            Some(m) if candidates.contains(id) => out.push(problem(
                Severity::Error,
                None,
                field,
                msg::counting_member_is_candidate(&m.full_name),
            )),
            Some(_) => {}
        }
    }
}
