//! Validation of a branch: what is missing or inconsistent, by field.

use super::field::*;
use super::{Problem, Severity};
use crate::model::{Attendance, Branch, Date, DocKind, DocState, Ward};
use crate::strings::rules as msg;

/// All problems of one branch, errors first.
pub fn validate(ward: &Ward, branch: &Branch) -> Vec<Problem> {
    let mut out = Vec::new();
    branch_facts(ward, branch, &mut out);
    members(branch, &mut out);
    drafts(branch, &mut out);
    out.extend(super::election::check_plan(ward, branch));
    out.sort_by_key(|p| p.severity);
    out
}

fn push(
    out: &mut Vec<Problem>,
    severity: Severity,
    doc: Option<DocKind>,
    field: Field,
    message: String,
) {
    out.push(Problem {
        severity,
        doc,
        field,
        message,
    });
}

fn branch_facts(ward: &Ward, b: &Branch, out: &mut Vec<Problem>) {
    if b.name.trim().is_empty() {
        push(
            out,
            Severity::Error,
            None,
            Field::BranchName,
            msg::BRANCH_NAME_MISSING.into(),
        );
    }
    let c = &b.congress;
    if c.term_end <= c.term_start {
        push(
            out,
            Severity::Error,
            None,
            Field::Congress(CongressField::TermEnd),
            msg::term_order(c.term_start, c.term_end),
        );
    } else if c.term_end - c.term_start > 5 {
        push(
            out,
            Severity::Warning,
            None,
            Field::Congress(CongressField::TermEnd),
            msg::term_too_long(c.term_start, c.term_end),
        );
    }
    if c.date.is_none() {
        push(
            out,
            Severity::Warning,
            None,
            Field::Congress(CongressField::Date),
            msg::CONGRESS_DATE_MISSING.into(),
        );
    }
    if let Some(d) = c.date {
        if !super::terms::congress_date_fits(c, d) {
            push(
                out,
                Severity::Error,
                None,
                Field::Congress(CongressField::Date),
                msg::congress_date_vs_term(d.year(), c.term_start),
            );
        }
    }
    dates(ward, b, out);
    if c.place.trim().is_empty() {
        push(
            out,
            Severity::Warning,
            None,
            Field::Congress(CongressField::Place),
            msg::CONGRESS_PLACE_MISSING.into(),
        );
    }
    if b.members.is_empty() {
        push(
            out,
            Severity::Error,
            None,
            Field::Members,
            msg::NO_MEMBERS.into(),
        );
    }
}

/// The request for approval (the Tờ trình) is dated `documents_days_before`
/// the congress, as the document prints it.
pub fn request_date(ward: &Ward, b: &Branch) -> Option<Date> {
    b.congress.date.and_then(|d| {
        d.checked_sub(time::Duration::days(i64::from(
            ward.deadlines.documents_days_before,
        )))
    })
}

/// The first "dd/mm/yyyy" in a text such as "Công văn số 45-CV/ĐU ngày
/// 12/11/2026".
pub fn date_in_text(text: &str) -> Option<Date> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()) {
            let rest: String = chars[i..].iter().take(10).collect();
            let mut parts = rest.splitn(3, '/');
            let day = parts.next().and_then(|p| p.parse::<u8>().ok());
            let month = parts.next().and_then(|p| p.parse::<u8>().ok());
            let year = parts.next().and_then(|p| {
                let digits: String = p.chars().take_while(|c| c.is_ascii_digit()).collect();
                (digits.len() == 4)
                    .then(|| digits.parse::<i32>().ok())
                    .flatten()
            });
            if let (Some(d), Some(m), Some(y)) = (day, month, year) {
                if let Some(date) = crate::model::ymd(y, m, d) {
                    return Some(date);
                }
            }
        }
        i += 1;
    }
    None
}

/// Dates that contradict each other: a document finished or approved after
/// the congress it is for; the ward's approval dated before the request.
fn dates(ward: &Ward, b: &Branch, out: &mut Vec<Problem>) {
    let Some(congress) = b.congress.date else {
        return;
    };
    for kind in DocKind::ALL {
        // The adopted resolution is finished at or after the congress.
        if kind == DocKind::Resolution {
            continue;
        }
        let status = b.checklist.get(kind);
        if let (true, Some(d)) = (status.state >= DocState::Done, status.changed) {
            if d > congress {
                push(
                    out,
                    Severity::Error,
                    Some(kind),
                    Field::Checklist(kind),
                    msg::document_after_congress(crate::rules::labels::doc_kind(kind), d, congress),
                );
            }
        }
    }
    let Some(request) = request_date(ward, b) else {
        return;
    };
    let plan = b.checklist.get(DocKind::PersonnelPlan);
    let approved_on = if plan.state == DocState::Approved {
        plan.changed
    } else {
        None
    };
    let approval_ref = &b.drafts.personnel.approval_ref;
    // One message: the date in the ward's letter if there is one, else the
    // date the plan was marked approved.
    let (field, date) = match date_in_text(approval_ref) {
        Some(d) => (Field::Personnel(PersonnelField::ApprovalRef), Some(d)),
        None => (Field::Checklist(DocKind::PersonnelPlan), approved_on),
    };
    {
        if let Some(d) = date {
            if d < request {
                push(
                    out,
                    Severity::Error,
                    Some(DocKind::PersonnelPlan),
                    field,
                    msg::approval_before_request(d, request),
                );
            }
        }
    }
}

fn members(b: &Branch, out: &mut Vec<Problem>) {
    let congress = b.congress.date;
    for (i, m) in b.members.iter().enumerate() {
        let row = i + 1;
        let f = |part: MemberField| Field::Member(m.id, part);
        if m.full_name.trim().is_empty() {
            push(
                out,
                Severity::Error,
                None,
                f(MemberField::FullName),
                msg::member_name_missing(row),
            );
            continue;
        }
        let who = &m.full_name;
        if b.members[..i]
            .iter()
            .any(|o| o.full_name.trim() == m.full_name.trim() && o.birth == m.birth)
        {
            push(
                out,
                Severity::Error,
                None,
                f(MemberField::FullName),
                msg::member_duplicate(who, row),
            );
        }
        if m.birth.is_none() {
            push(
                out,
                Severity::Warning,
                None,
                f(MemberField::Birth),
                msg::member_birth_missing(who),
            );
        }
        if m.joined.is_none() {
            push(
                out,
                Severity::Warning,
                None,
                f(MemberField::Joined),
                msg::member_joined_missing(who),
            );
        }
        if let (Some(j), Some(o)) = (m.joined, m.official) {
            if o < j {
                push(
                    out,
                    Severity::Error,
                    None,
                    f(MemberField::Official),
                    msg::member_official_before_joined(who),
                );
            }
        }
        if m.is_full() && m.official.is_none() && m.joined.is_some() {
            push(
                out,
                Severity::Warning,
                None,
                f(MemberField::Official),
                msg::member_official_missing(who),
            );
        }
        if let (Some(birth), Some(j)) = (m.birth, m.joined) {
            let age = birth.age_on(j);
            if age < 18 {
                push(
                    out,
                    Severity::Error,
                    None,
                    f(MemberField::Joined),
                    msg::member_joined_too_young(who, age),
                );
            }
        }
        if let (Some(d), Some(j)) = (congress, m.joined) {
            if j > d {
                push(
                    out,
                    Severity::Error,
                    None,
                    f(MemberField::Joined),
                    msg::member_joined_after_congress(who),
                );
            }
        }
        if let Attendance::Absent { reason, .. } = &m.attendance {
            if reason.trim().is_empty() {
                push(
                    out,
                    Severity::Warning,
                    None,
                    f(MemberField::Attendance),
                    msg::member_absent_no_reason(who),
                );
            }
        }
    }
}

fn drafts(b: &Branch, out: &mut Vec<Problem>) {
    let pr = &b.drafts.political_report;
    let doc = Some(DocKind::PoliticalReport);
    let state = b.checklist.get(DocKind::PoliticalReport).state;
    if state >= DocState::Done {
        for (field, label, text) in [
            (ReportField::Context, msg::PR_CONTEXT, &pr.context),
            (
                ReportField::ResultsEconomy,
                msg::PR_ECONOMY,
                &pr.results_economy,
            ),
            (
                ReportField::ResultsPartyBuilding,
                msg::PR_PARTY,
                &pr.results_party_building,
            ),
            (
                ReportField::Limitations,
                msg::PR_LIMITATIONS,
                &pr.limitations,
            ),
            (
                ReportField::CausesSubjective,
                msg::PR_CAUSES_SUBJECTIVE,
                &pr.causes_subjective,
            ),
            (ReportField::Direction, msg::PR_DIRECTION, &pr.direction),
            (ReportField::Tasks, msg::PR_TASKS, &pr.tasks),
        ] {
            if text.trim().is_empty() {
                push(
                    out,
                    Severity::Error,
                    doc,
                    Field::PoliticalReport(field),
                    msg::section_empty_but_done(label),
                );
            }
        }
        if pr.targets.is_empty() {
            push(
                out,
                Severity::Error,
                doc,
                Field::PoliticalReport(ReportField::Targets),
                msg::TARGETS_EMPTY.into(),
            );
        }
    }
    for (i, t) in pr.targets.iter().enumerate() {
        if t.indicator.trim().is_empty() {
            push(
                out,
                Severity::Error,
                doc,
                Field::PoliticalReport(ReportField::TargetIndicator(i)),
                msg::target_indicator_missing(i + 1),
            );
        } else if t.next.trim().is_empty() {
            push(
                out,
                Severity::Warning,
                doc,
                Field::PoliticalReport(ReportField::TargetNext(i)),
                msg::target_next_missing(&t.indicator),
            );
        }
    }
    let sc = &b.drafts.self_criticism;
    if b.checklist.get(DocKind::SelfCriticism).state >= DocState::Done {
        for (field, label, text) in [
            (ReviewField::Strengths, msg::SC_STRENGTHS, &sc.strengths),
            (
                ReviewField::Shortcomings,
                msg::SC_SHORTCOMINGS,
                &sc.shortcomings,
            ),
            (ReviewField::Causes, msg::SC_CAUSES, &sc.causes),
            (ReviewField::Direction, msg::SC_DIRECTION, &sc.direction),
        ] {
            if text.trim().is_empty() {
                push(
                    out,
                    Severity::Error,
                    Some(DocKind::SelfCriticism),
                    Field::SelfCriticism(field),
                    msg::section_empty_but_done(label),
                );
            }
        }
    }
    let p = &b.drafts.personnel;
    for (i, id) in p.committee_candidates.iter().enumerate() {
        if b.member(*id).is_none() {
            push(
                out,
                Severity::Error,
                Some(DocKind::PersonnelPlan),
                Field::Personnel(PersonnelField::CommitteeCandidate(i)),
                msg::CANDIDATE_NOT_MEMBER.into(),
            );
        }
    }
    for (field, id) in [
        (PersonnelField::SecretaryCandidate, p.secretary_candidate),
        (PersonnelField::DeputyCandidate, p.deputy_candidate),
    ] {
        if let Some(id) = id {
            if b.member(id).is_none() {
                push(
                    out,
                    Severity::Error,
                    Some(DocKind::PersonnelPlan),
                    Field::Personnel(field),
                    msg::CANDIDATE_NOT_MEMBER.into(),
                );
            }
        }
    }
}
