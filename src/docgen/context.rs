//! The data a branch document's placeholders resolve to.
//!
//! Field names are English and stable; `templates/HUONG-DAN.md` lists them
//! in Vietnamese for users. Every list has a prototype item so templates are
//! checked even when a list is empty.

use super::template::Record;
use crate::model::{Branch, CommitteeRole, Drafts, Gender, Member, MemberId, PartialDate, Ward};
use crate::rules::labels;
use crate::rules::terms as rules_terms;
use crate::rules::{agenda, collate, election, format, structure};
use crate::strings::docgen as msg;

/// Values for the document itself (`doc.*`): number and place-and-date line.
#[derive(Debug, Clone, Default)]
pub struct DocFacts {
    pub number: String,
    pub place_date: String,
}

/// The whole context of one branch document.
pub fn branch_context(ward: &Ward, b: &Branch, doc: &DocFacts) -> Record {
    let mut root = Record::default();
    root.percent_rule(ward.percent)
        .record("ward", ward_record(ward))
        .record("branch", branch_record(ward, b))
        .record("congress", congress_record(b))
        .record("report", report_record(&b.drafts))
        .record("review", review_record(&b.drafts))
        .record("resolution", resolution_record(&b.drafts))
        .record("personnel", personnel_record(ward, b))
        .record("results", results_record(ward, b));
    let all: Vec<&Member> = b.members.iter().collect();
    root.list("agenda", agenda_proto(), agenda_items(ward, b));
    root.list(
        "members",
        person(&Member::default(), 0, ""),
        people(&all, b),
    );
    let mut d = Record::default();
    d.text("number", doc.number.clone())
        .text("place_date", doc.place_date.clone());
    root.record("doc", d);
    root
}

/// The shape of the context, for checking templates without a branch.
pub fn prototype(ward: &Ward) -> Record {
    branch_context(ward, &Branch::default(), &DocFacts::default())
}

pub fn ward_record(w: &Ward) -> Record {
    let mut r = Record::default();
    r.text("name", w.name.clone())
        .text("superior", w.superior_name.clone())
        .text("committee", w.committee_name.clone())
        .text("place", w.place.clone());
    r
}

/// The branch has an outgoing committee (chi ủy), not only a secretary.
pub fn has_committee(b: &Branch) -> bool {
    agenda::has_outgoing_committee(b)
}

/// The congress agenda in words: `rules::agenda::steps`, one row each.
fn agenda_items(ward: &Ward, b: &Branch) -> Vec<Record> {
    use agenda::{Performer as P, Step as S};
    let f = agenda::facts(ward, b);
    agenda::steps(ward, b)
        .into_iter()
        .enumerate()
        .map(|(i, (step, by))| {
            let content = match step {
                S::FlagSalute => msg::AGENDA_FLAG_SALUTE.to_string(),
                S::ElectPresidium => msg::AGENDA_ELECT_PRESIDIUM.to_string(),
                S::AdoptProgramme => msg::AGENDA_ADOPT_PROGRAMME.to_string(),
                S::Opening => msg::AGENDA_OPENING.to_string(),
                S::AttendanceReport => msg::agenda_attendance(b.counts().summoned),
                S::PoliticalReport => {
                    msg::agenda_political_report(f.outgoing_committee, f.outgoing_deputy)
                        .to_string()
                }
                S::SelfCriticismReport => msg::AGENDA_SELF_CRITICISM.to_string(),
                S::Discussion => msg::AGENDA_DISCUSSION.to_string(),
                S::SuperiorSpeech => msg::agenda_superior_speech(&ward.committee_name),
                S::Election => msg::agenda_election(f.elects_committee, f.elects_deputy),
                S::AdoptResolution => msg::AGENDA_ADOPT_RESOLUTION.to_string(),
                S::Closing => msg::AGENDA_CLOSING.to_string(),
            };
            let by = match by {
                P::OutgoingLeadership if f.outgoing_committee => msg::BY_OUTGOING_COMMITTEE,
                P::OutgoingLeadership | P::OutgoingSecretary => msg::BY_SECRETARY,
                P::OutgoingDeputy if f.outgoing_deputy => msg::BY_DEPUTY,
                P::OutgoingDeputy => msg::BY_SECRETARY,
                P::Presidium => msg::PRESIDIUM,
                P::Secretariat => msg::BY_SECRETARIAT,
                P::Congress => msg::BY_CONGRESS,
                P::SuperiorDelegate => msg::BY_SUPERIOR,
                P::PresidiumAndCounting => msg::BY_PRESIDIUM_AND_COUNTING,
            };
            let mut r = Record::default();
            r.num("stt", (i + 1) as f64)
                .text("content", content)
                .text("by", by);
            r
        })
        .collect()
}

fn agenda_proto() -> Record {
    let mut r = Record::default();
    r.num("stt", 0.0).text("content", "").text("by", "");
    r
}

fn name_of(b: &Branch, role: CommitteeRole) -> String {
    b.outgoing(role)
        .next()
        .map(|m| m.full_name.clone())
        .unwrap_or_default()
}

fn branch_record(ward: &Ward, b: &Branch) -> Record {
    let c = b.counts();
    let committee = has_committee(b);
    let women = b
        .members
        .iter()
        .filter(|m| m.gender == Gender::Female)
        .count();
    let outgoing: Vec<&Member> = {
        let mut v: Vec<&Member> = b
            .members
            .iter()
            .filter(|m| m.outgoing_role.on_committee())
            .collect();
        v.sort_by_key(|m| std::cmp::Reverse(m.outgoing_role));
        v
    };
    let mut r = Record::default();
    r.text("name", b.name.clone())
        .text("kind", labels::branch_kind(b.kind))
        .bool("has_committee", committee)
        .bool(
            "elects_committee",
            election::elects_committee(&ward.rules, b),
        )
        .text("secretary", name_of(b, CommitteeRole::Secretary))
        .text("deputy", name_of(b, CommitteeRole::Deputy))
        .text(
            "outgoing_officers",
            msg::elected_titles(false, b.outgoing(CommitteeRole::Deputy).next().is_some()),
        )
        .text(
            "leadership",
            if committee {
                msg::LEADERSHIP_COMMITTEE
            } else {
                msg::LEADERSHIP_BRANCH
            },
        )
        .text(
            "on_behalf",
            if committee {
                msg::ON_BEHALF_COMMITTEE
            } else {
                msg::ON_BEHALF_BRANCH
            },
        )
        .text(
            "members_sentence",
            msg::members_sentence(c.total, c.full, c.probationary, c.exempted),
        )
        .num("members_total", c.total as f64)
        .num("members_full", c.full as f64)
        .num("members_probationary", c.probationary as f64)
        .num("exempted", c.exempted as f64)
        .num("summoned", c.summoned as f64)
        .num("present", c.present as f64)
        .num("absent", c.absent as f64)
        .num("women", women as f64)
        .num(
            "committee_threshold",
            ward.rules.committee_min_full_members as f64,
        )
        .list(
            "committee",
            person(&Member::default(), 0, ""),
            people(&outgoing, b),
        );
    r
}

fn congress_record(b: &Branch) -> Record {
    let c = &b.congress;
    let mut r = Record::default();
    r.num("number", c.number as f64)
        .text("term", c.term_label())
        .text(
            "previous_term",
            rules_terms::previous_term(c.term_start)
                .map(|(a, z)| format!("{a} - {z}"))
                .unwrap_or_default(),
        )
        .num("term_start", c.term_start as f64)
        .num("term_end", c.term_end as f64)
        .date("date", c.date)
        .text("time", c.time.clone())
        .text("place", c.place.clone())
        .text("guests", c.guests.clone());
    r
}

fn target(t: &crate::model::Target, i: usize) -> Record {
    let mut r = Record::default();
    r.num("stt", i as f64)
        .text("indicator", t.indicator.clone())
        .text("unit", t.unit.clone())
        .text("plan", t.plan.clone())
        .text("achieved", t.achieved.clone())
        .text("next", t.next.clone());
    r
}

/// The targets, shared by the political report and the resolution: both read
/// this one list, so they cannot disagree.
fn targets(d: &Drafts) -> (Record, Vec<Record>) {
    let items = d
        .political_report
        .targets
        .iter()
        .enumerate()
        .map(|(i, t)| target(t, i + 1))
        .collect();
    (target(&Default::default(), 0), items)
}

fn report_record(d: &Drafts) -> Record {
    let p = &d.political_report;
    let (proto, items) = targets(d);
    let mut r = Record::default();
    r.text("context", p.context.clone())
        .text("results_economy", p.results_economy.clone())
        .text("results_defence", p.results_defence.clone())
        .text("results_party_building", p.results_party_building.clone())
        .text(
            "results_mass_mobilisation",
            p.results_mass_mobilisation.clone(),
        )
        .text("limitations", p.limitations.clone())
        .text("causes_objective", p.causes_objective.clone())
        .text("causes_subjective", p.causes_subjective.clone())
        .text("lessons", p.lessons.clone())
        .text("direction", p.direction.clone())
        .text("tasks", p.tasks.clone())
        .text("secretary_self_review", p.secretary_self_review.clone())
        .list("targets", proto, items);
    r
}

fn review_record(d: &Drafts) -> Record {
    let s = &d.self_criticism;
    let mut r = Record::default();
    r.text("strengths", s.strengths.clone())
        .text("shortcomings", s.shortcomings.clone())
        .text("causes", s.causes.clone())
        .text("remedy_previous", s.remedy_previous.clone())
        .text("responsibility", s.responsibility.clone())
        .text("direction", s.direction.clone());
    r
}

fn resolution_record(d: &Drafts) -> Record {
    let (proto, items) = targets(d);
    let mut r = Record::default();
    r.text("assessment", d.resolution.assessment.clone())
        .text("extra_tasks", d.resolution.extra_tasks.clone())
        .text("direction", d.political_report.direction.clone())
        .text("tasks", d.political_report.tasks.clone())
        .list("targets", proto, items);
    r
}

/// The role a member is proposed for in the personnel plan.
fn proposed_role(b: &Branch, id: MemberId) -> &'static str {
    let p = &b.drafts.personnel;
    if p.secretary_candidate == Some(id) {
        labels::committee_role(CommitteeRole::Secretary)
    } else if p.deputy_candidate == Some(id) {
        labels::committee_role(CommitteeRole::Deputy)
    } else if p.committee_candidates.contains(&id) {
        labels::committee_role(CommitteeRole::Member)
    } else {
        ""
    }
}

fn personnel_record(ward: &Ward, b: &Branch) -> Record {
    let p = &b.drafts.personnel;
    let ids: Vec<MemberId> = p.nominees();
    let mut nominees: Vec<&Member> = ids.iter().filter_map(|id| b.member(*id)).collect();
    collate::sort_members(&mut nominees, ward.rules.name_order);
    let candidates: Vec<&Member> = p
        .committee_candidates
        .iter()
        .filter_map(|id| b.member(*id))
        .collect();
    let name = |id: Option<MemberId>| {
        id.and_then(|id| b.member(id))
            .map(|m| m.full_name.clone())
            .unwrap_or_default()
    };
    let count = candidates.len() as u32;
    let surplus = count.saturating_sub(p.committee_size);
    // Written by the ward's one rule (`ward.percent`), like every figure.
    let surplus_pct = ward
        .percent
        .percent(u64::from(surplus), u64::from(p.committee_size));
    let women = candidates
        .iter()
        .filter(|m| m.gender == Gender::Female)
        .count();
    // Whether the branch elects a committee follows from the rule alone
    // (DOMAIN.md "Election rules"), never from the size typed in the plan.
    let elects = election::elects_committee(&ward.rules, b);
    let deputy = p.elect_deputy || p.deputy_candidate.is_some();
    let mut r = Record::default();
    r.num("committee_size", p.committee_size as f64)
        .record(
            "structure",
            structure_record(&structure::proposed(ward, b), &p.structure),
        )
        .bool("elects_committee", elects)
        .text("leadership", msg::new_leadership(elects, deputy))
        .text("elected_titles", msg::elected_titles(elects, deputy))
        .text("officers", msg::elected_titles(false, deputy))
        .text(
            "committee_size_text",
            if p.committee_size == 0 {
                String::new()
            } else {
                p.committee_size.to_string()
            },
        )
        .bool("elect_deputy", deputy)
        .text("approval_ref", p.approval_ref.clone())
        .text(
            "candidates_sentence",
            msg::candidates_sentence(count, surplus, &surplus_pct, women as u32),
        )
        .num("candidate_count", count as f64)
        .num("surplus", surplus as f64)
        .text("surplus_percent", surplus_pct)
        .num("women", women as f64)
        .text("secretary", name(p.secretary_candidate))
        .text("deputy", name(p.deputy_candidate))
        .list(
            "candidates",
            person(&Member::default(), 0, ""),
            people(&candidates, b),
        )
        .num("nominees_count", nominees.len() as f64)
        .list(
            "nominees",
            person(&Member::default(), 0, ""),
            people(&nominees, b),
        );
    r
}

/// What the congress decided (filled in after it was held).
fn results_record(ward: &Ward, b: &Branch) -> Record {
    let mut elected: Vec<&crate::model::Elected> = b.results.elected.iter().collect();
    elected.sort_by_key(|e| std::cmp::Reverse(e.role));
    let members: Vec<&Member> = elected.iter().filter_map(|e| b.member(e.member)).collect();
    let mut r = Record::default();
    r.bool("held", b.results.held)
        .text(
            "draft_line",
            if b.results.held {
                String::new()
            } else {
                format!("\n{}", msg::DRAFT_MARKER)
            },
        )
        .bool(
            "secretary_to_be_appointed",
            b.results.secretary_to_be_appointed,
        )
        .record(
            "structure",
            structure_record(&structure::elected(ward, b), ""),
        )
        .list(
            "elected",
            person(&Member::default(), 0, ""),
            people(&members, b),
        );
    r
}

/// Structure figures (`rules::structure::fields`: count, women,
/// women_percent, young, …) plus `description`, the plan's words.
fn structure_record(s: &structure::Structure, description: &str) -> Record {
    let mut r = Record::default();
    r.text("description", description);
    for (k, v) in structure::fields(s) {
        r.text(k, v);
    }
    r
}

/// The role a member was elected to, if any.
fn elected_role(b: &Branch, id: MemberId) -> &'static str {
    b.results
        .elected
        .iter()
        .find(|e| e.member == id)
        .map(|e| labels::committee_role(e.role))
        .unwrap_or("")
}

fn people(list: &[&Member], b: &Branch) -> Vec<Record> {
    list.iter()
        .enumerate()
        .map(|(i, m)| {
            let mut r = person(m, i + 1, proposed_role(b, m.id));
            r.text("elected", elected_role(b, m.id));
            r
        })
        .collect()
}

fn birth_text(d: Option<PartialDate>) -> String {
    match d {
        Some(PartialDate::Full(d)) => format::short_date(d),
        Some(PartialDate::Year(y)) => y.to_string(),
        None => String::new(),
    }
}

/// One member as lists and tables show it.
/// (The field `elected` is added by [`people`]; the prototype has it too.)
fn person(m: &Member, stt: usize, proposed: &str) -> Record {
    let mut r = Record::default();
    r.num("stt", stt as f64)
        .text("name", m.full_name.clone())
        .text("birth", birth_text(m.birth))
        .text(
            "birth_year",
            m.birth.map(|b| b.year().to_string()).unwrap_or_default(),
        )
        .text("gender", labels::gender(m.gender))
        .text("ethnicity", m.ethnicity.clone())
        .text("hometown", m.hometown.clone())
        .text("education", m.education.clone())
        .text("professional", m.professional.clone())
        .text("political_theory", m.political_theory.clone())
        .date("joined", m.joined)
        .date("official", m.official)
        .text("posts", m.posts.clone())
        .text(
            "role",
            if m.outgoing_role.on_committee() {
                labels::committee_role(m.outgoing_role)
            } else {
                ""
            },
        )
        .text("proposed", proposed)
        .bool("full", m.is_full())
        .bool("exempted", m.exempted)
        .bool("village_head", m.village_head);
    if stt == 0 {
        r.text("elected", "");
    }
    r
}
