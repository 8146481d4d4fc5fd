//! What the congress-day papers' placeholders resolve to: the branch
//! context of the core documents plus the roll call, the congress day, the
//! rounds counted, the ratification and the ward's signer.

use crate::docgen::template::Record;
use crate::docgen::{DocFacts, branch_context};
use crate::model::{Branch, MemberId, PartialDate, Ward};
use crate::rules::collate;
use crate::rules::election::{self, CandidateStatus, roll_call};
use crate::rules::labels;
use crate::strings::{election as emsg, papers as msg};

fn name(b: &Branch, id: MemberId) -> String {
    b.member(id)
        .map(|m| m.full_name.clone())
        .unwrap_or_default()
}

fn person(stt: usize, name: &str) -> Record {
    let mut r = Record::default();
    r.num("stt", stt as f64).text("name", name);
    r
}

fn people(b: &Branch, ids: &[MemberId]) -> Vec<Record> {
    ids.iter()
        .enumerate()
        .map(|(i, id)| person(i + 1, &name(b, *id)))
        .collect()
}

fn roll_call_member(stt: usize, m: &crate::model::Member) -> Record {
    let mark = roll_call::mark(m);
    let reason = match &m.attendance {
        crate::model::Attendance::Absent { reason, .. } => reason.clone(),
        _ => String::new(),
    };
    let mut r = Record::default();
    r.num("stt", stt as f64)
        .text("name", m.full_name.clone())
        .text(
            "birth_year",
            m.birth
                .map(|d: PartialDate| d.year().to_string())
                .unwrap_or_default(),
        )
        .text("status", labels::member_status(m.status))
        .text(
            "attendance",
            if mark == roll_call::Mark::NotRecorded {
                ""
            } else {
                mark.label()
            },
        )
        .text(
            "absence",
            msg::absence(
                mark.label(),
                &reason,
                mark != roll_call::Mark::Present && mark != roll_call::Mark::NotRecorded,
            ),
        )
        .text("reason", reason)
        .bool("present", mark == roll_call::Mark::Present)
        .bool("exempted", m.exempted);
    r
}

fn roll_call_record(ward: &Ward, b: &Branch) -> Record {
    let rc = roll_call::roll_call(b);
    let members = roll_call::roll_call_members(b, ward.rules.name_order);
    let items: Vec<Record> = members
        .iter()
        .enumerate()
        .map(|(i, m)| roll_call_member(i + 1, m))
        .collect();
    let absentees: Vec<Record> = members
        .iter()
        .filter(|m| {
            matches!(
                roll_call::mark(m),
                roll_call::Mark::AbsentWithReason | roll_call::Mark::AbsentWithoutReason
            )
        })
        .enumerate()
        .map(|(i, m)| roll_call_member(i + 1, m))
        .collect();
    let proto = roll_call_member(0, &crate::model::Member::default());
    let mut r = Record::default();
    r.bool("recorded", rc.present + rc.absent() > 0)
        .bool("complete", rc.complete())
        .num("summoned", rc.summoned as f64)
        .num("present", rc.present as f64)
        .num("absent", rc.absent() as f64)
        .num("absent_with_reason", rc.absent_with_reason as f64)
        .num("absent_without_reason", rc.absent_without_reason as f64)
        .num("not_recorded", rc.not_recorded as f64)
        .num("full_summoned", rc.full_summoned as f64)
        .num("full_present", rc.full_present as f64)
        .num("probationary_summoned", rc.probationary_summoned as f64)
        .num("probationary_present", rc.probationary_present as f64)
        .num("denominator", rc.denominator() as f64)
        .num("votes_needed", rc.votes_needed() as f64)
        .text(
            "present_percent",
            ward.percent
                .percent(u64::from(rc.present), u64::from(rc.summoned)),
        )
        .list("members", proto.clone(), items)
        .list("absentees", proto, absentees);
    r
}

fn note(stt: usize, n: &crate::model::CongressNote) -> Record {
    let mut r = Record::default();
    r.num("stt", stt as f64)
        .text("speaker", n.speaker.clone())
        .text("text", n.text.clone());
    r
}

fn notes(b: &Branch, topic: crate::model::NoteTopic) -> Vec<Record> {
    b.day
        .notes
        .iter()
        .filter(|n| n.topic == topic)
        .enumerate()
        .map(|(i, n)| note(i + 1, n))
        .collect()
}

fn day_record(b: &Branch) -> Record {
    use crate::model::NoteTopic;
    let d = &b.day;
    let proto_note = note(0, &Default::default());
    let vote = d.resolution_vote.unwrap_or_default();
    let mut r = Record::default();
    r.text(
        "chair",
        d.presidium
            .first()
            .map(|id| name(b, *id))
            .unwrap_or_default(),
    )
    .list("presidium", person(0, ""), people(b, &d.presidium))
    .list("secretariat", person(0, ""), people(b, &d.secretariat))
    .text(
        "secretary",
        d.secretariat
            .first()
            .map(|id| name(b, *id))
            .unwrap_or_default(),
    )
    .list(
        "discussion",
        proto_note.clone(),
        notes(b, NoteTopic::Discussion),
    )
    .list(
        "superior_speech",
        proto_note.clone(),
        notes(b, NoteTopic::SuperiorSpeech),
    )
    .list("other_notes", proto_note, notes(b, NoteTopic::Other))
    .bool("resolution_voted", d.resolution_vote.is_some())
    .num("resolution_agree", vote.agree as f64)
    .num("resolution_disagree", vote.disagree as f64)
    .list(
        "counting_committee",
        person(0, ""),
        people(b, &b.results.counting_committee),
    );
    r
}

fn candidate(stt: usize, n: &str, votes: u32, pct: &str, status: &str) -> Record {
    let mut r = person(stt, n);
    r.num("votes", votes as f64)
        .text("percent", pct)
        .text("status", status);
    r
}

fn status_text(s: CandidateStatus) -> &'static str {
    match s {
        CandidateStatus::Elected => emsg::STATUS_ELECTED,
        CandidateStatus::Tied => emsg::STATUS_TIED,
        CandidateStatus::OutRanked => emsg::STATUS_OUTRANKED,
        CandidateStatus::BelowThreshold => emsg::STATUS_BELOW,
    }
}

fn rounds_record(ward: &Ward, b: &Branch) -> (Record, Vec<Record>) {
    let proto = round_record(ward, b, None);
    let items = (0..b.results.rounds.len())
        .map(|i| round_record(ward, b, Some(i)))
        .collect();
    (proto, items)
}

/// One counted round (`None`: the prototype).
fn round_record(ward: &Ward, b: &Branch, index: Option<usize>) -> Record {
    let default = crate::model::ElectionRound::default();
    let round = index
        .and_then(|i| b.results.rounds.get(i))
        .unwrap_or(&default);
    let s = election::summoned(b);
    let outcome = election::count_round_by(round, s.summoned, ward.percent);
    let ids: Vec<MemberId> = round.votes.iter().map(|v| v.member).collect();
    let ordered = collate::members_sorted(&b.members, &ids, ward.rules.name_order);
    let candidates: Vec<Record> = ordered
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let c = outcome.candidates.iter().find(|c| c.member == m.id)?;
            Some(candidate(
                i + 1,
                &m.full_name,
                c.votes,
                &c.pct,
                status_text(c.status),
            ))
        })
        .collect();
    let elected: Vec<Record> = outcome
        .candidates
        .iter()
        .filter(|c| c.status == CandidateStatus::Elected)
        .enumerate()
        .map(|(i, c)| {
            candidate(
                i + 1,
                &name(b, c.member),
                c.votes,
                &c.pct,
                emsg::STATUS_ELECTED,
            )
        })
        .collect();
    let proto = candidate(0, "", 0, "", "");
    let mut r = Record::default();
    r.text(
        "title",
        if index.is_some() {
            emsg::round_object(round.office.map(labels::office), round.round)
        } else {
            String::new()
        },
    )
    .text(
        "office",
        round.office.map(labels::office).unwrap_or_default(),
    )
    .num("round", round.round as f64)
    .num("seats", round.seats as f64)
    .num("candidate_count", ids.len() as f64)
    .num("issued", round.ballots_issued as f64)
    .num("returned", round.ballots_returned as f64)
    .num("valid", round.ballots_valid as f64)
    .num("invalid", round.ballots_invalid as f64)
    .num("needed", outcome.needed as f64)
    .list("candidates", proto.clone(), candidates)
    .list("elected", proto, elected);
    r
}

/// The new committee (or secretary) the congress elected.
fn new_record(ward: &Ward, b: &Branch) -> Record {
    use crate::model::CommitteeRole;
    let tally = election::tally(&ward.rules, b);
    let mut elected = tally.elected();
    elected.sort_by_key(|e| std::cmp::Reverse(e.role));
    let committee = !tally.committee.is_empty();
    let role_name = |r: CommitteeRole| labels::committee_role(r);
    let who = |r: CommitteeRole| {
        elected
            .iter()
            .find(|e| e.role == r)
            .map(|e| name(b, e.member))
            .unwrap_or_default()
    };
    let items: Vec<Record> = elected
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let m = b.member(e.member);
            let mut r = person(i + 1, &name(b, e.member));
            r.text(
                "birth_year",
                m.and_then(|m| m.birth)
                    .map(|d| d.year().to_string())
                    .unwrap_or_default(),
            )
            .text("role", role_name(e.role))
            .text("posts", m.map(|m| m.posts.clone()).unwrap_or_default());
            r
        })
        .collect();
    let mut proto = person(0, "");
    proto
        .text("birth_year", "")
        .text("role", "")
        .text("posts", "");
    let mut r = Record::default();
    r.bool("has_committee", committee)
        .num("committee_count", tally.committee.len() as f64)
        .text("secretary", who(CommitteeRole::Secretary))
        .text("deputy", who(CommitteeRole::Deputy))
        .bool(
            "secretary_to_be_appointed",
            tally.secretary_to_be_appointed(),
        )
        .text(
            "on_behalf",
            if committee {
                crate::strings::docgen::ON_BEHALF_COMMITTEE
            } else {
                crate::strings::docgen::ON_BEHALF_BRANCH
            },
        )
        .text(
            "leadership",
            if committee {
                crate::strings::docgen::LEADERSHIP_COMMITTEE
            } else {
                crate::strings::docgen::LEADERSHIP_BRANCH
            },
        )
        .list("members", proto, items);
    r
}

/// The election as the chair's script reads it out: the list (in ballot
/// order), the seats, who is proposed, the nominee and threshold rules
/// with the numbers once the roll call is taken.
fn election_record(ward: &Ward, b: &Branch) -> Record {
    let p = &b.drafts.personnel;
    let committee = election::elects_committee(&ward.rules, b);
    let deputy = p.elect_deputy || p.deputy_candidate.is_some();
    let ids: Vec<MemberId> = if committee {
        p.committee_candidates.clone()
    } else {
        p.secretary_candidate.into_iter().collect()
    };
    let sorted = collate::members_sorted(&b.members, &ids, ward.rules.name_order);
    let items: Vec<Record> = sorted
        .iter()
        .enumerate()
        .map(|(i, m)| person(i + 1, &m.full_name))
        .collect();
    let rc = roll_call::roll_call(b);
    let recorded = rc.present + rc.absent() > 0;
    let pct = ward.rules.nominee_approval_pct;
    // More than `pct` percent of those present.
    let nominee_needed = (u64::from(rc.present) * u64::from(pct) / 100 + 1) as u32;
    let mut r = Record::default();
    r.bool("elects_committee", committee)
        .bool("elects_deputy", deputy)
        .num(
            "seats",
            if committee {
                p.committee_size as f64
            } else {
                1.0
            },
        )
        .num("candidate_count", items.len() as f64)
        .list("candidates", person(0, ""), items)
        .text(
            "officers",
            if deputy {
                msg::elects(false, true)
            } else {
                msg::elects(false, false)
            },
        )
        .text(
            "secretary",
            p.secretary_candidate
                .map(|id| name(b, id))
                .unwrap_or_default(),
        )
        .text(
            "deputy",
            p.deputy_candidate.map(|id| name(b, id)).unwrap_or_default(),
        )
        .text(
            "nominee_rule",
            msg::nominee_rule(pct, recorded.then_some(nominee_needed)),
        )
        .text(
            "threshold",
            msg::threshold_rule(recorded.then(|| (rc.denominator(), rc.votes_needed()))),
        );
    r
}

fn ratification_record(b: &Branch) -> Record {
    let r0 = &b.ratification;
    let mut r = Record::default();
    r.text("number", r0.decision_number.clone())
        .date("decided_on", r0.decided_on)
        .date("requested_on", r0.requested_on)
        .bool("decided", r0.decided_on.is_some());
    r
}

fn signer_record(ward: &Ward) -> Record {
    let mut r = Record::default();
    r.text("title", ward.signers.ward_title.clone())
        .text("name", ward.signers.ward_name.clone());
    r
}

/// The context of a congress-day paper of branch `b`.
pub fn paper_context(ward: &Ward, b: &Branch, facts: &DocFacts) -> Record {
    let mut root = branch_context(ward, b, facts);
    let (proto, rounds) = rounds_record(ward, b);
    let (script_proto, script_items) = super::script::script_list(ward, b, root.get("agenda"));
    let tally = election::tally(&ward.rules, b);
    root.record("roll_call", roll_call_record(ward, b))
        .record("day", day_record(b))
        .list("rounds", proto, rounds)
        .bool("elected_any", !tally.elected().is_empty())
        .record("new", new_record(ward, b))
        .record("election", election_record(ward, b))
        .list("script", script_proto, script_items)
        .record("ratification", ratification_record(b))
        .record("signer", signer_record(ward));
    // "Chi ủy, Bí thư, Phó Bí thư" or "Bí thư, Phó Bí thư": what this
    // congress elects, from the rule and the plan.
    // Once results are entered, what was elected; before, the rule and the plan.
    let (committee, deputy) = if b.results.held && !tally.elected().is_empty() {
        (!tally.committee.is_empty(), tally.deputy.is_some())
    } else {
        (
            election::elects_committee(&ward.rules, b),
            b.drafts.personnel.elect_deputy || b.drafts.personnel.deputy_candidate.is_some(),
        )
    };
    root.text("elects", msg::elects(committee, deputy));
    root
}
