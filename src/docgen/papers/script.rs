//! The chair's script (kịch bản điều hành): one entry per step of the
//! congress agenda (`rules::agenda::steps`, the same steps the Chương
//! trình lists), each with a flag naming the step so the template says at
//! each step who says what.

use crate::docgen::template::{Record, Value};
use crate::model::{Branch, CommitteeRole, MemberId, Ward};
use crate::rules::agenda::{self, Performer, Step};
use crate::strings::papers as msg;

const FLAGS: [(&str, Step); 12] = [
    ("flag_salute", Step::FlagSalute),
    ("elect_presidium", Step::ElectPresidium),
    ("adopt_programme", Step::AdoptProgramme),
    ("opening", Step::Opening),
    ("attendance", Step::AttendanceReport),
    ("political_report", Step::PoliticalReport),
    ("self_criticism", Step::SelfCriticismReport),
    ("discussion", Step::Discussion),
    ("superior_speech", Step::SuperiorSpeech),
    ("election", Step::Election),
    ("adopt_resolution", Step::AdoptResolution),
    ("closing", Step::Closing),
];

fn step_record(stt: usize, title: &str, by: &str, by_name: &str, step: Option<Step>) -> Record {
    let mut r = Record::default();
    r.num("stt", stt as f64)
        .text("title", title)
        .text("by", by)
        .text("by_name", msg::by_name(by_name));
    for (flag, s) in FLAGS {
        r.bool(flag, step == Some(s));
    }
    r
}

fn name(b: &Branch, id: Option<MemberId>) -> String {
    id.and_then(|id| b.member(id))
        .map(|m| m.full_name.clone())
        .unwrap_or_default()
}

fn outgoing(b: &Branch, role: CommitteeRole) -> String {
    b.outgoing(role)
        .next()
        .map(|m| m.full_name.clone())
        .unwrap_or_default()
}

/// The script's steps. `agenda` is the branch context's `agenda` list
/// (content and performer of each step in words), in the same order.
pub fn script_list(ward: &Ward, b: &Branch, agenda_list: Option<&Value>) -> (Record, Vec<Record>) {
    let rows: Vec<&Record> = match agenda_list {
        Some(Value::List(l)) => l.items.iter().collect(),
        _ => Vec::new(),
    };
    let text = |r: Option<&&Record>, k: &str| match r.and_then(|r| r.get(k)) {
        Some(Value::Text(t)) => t.clone(),
        _ => String::new(),
    };
    let chair = name(b, b.day.presidium.first().copied());
    let secretary = name(b, b.day.secretariat.first().copied());
    let items = agenda::steps(ward, b)
        .into_iter()
        .enumerate()
        .map(|(i, (step, by))| {
            let who = match by {
                Performer::OutgoingSecretary => outgoing(b, CommitteeRole::Secretary),
                Performer::OutgoingDeputy => {
                    let d = outgoing(b, CommitteeRole::Deputy);
                    if d.is_empty() {
                        outgoing(b, CommitteeRole::Secretary)
                    } else {
                        d
                    }
                }
                Performer::Presidium => chair.clone(),
                Performer::Secretariat => secretary.clone(),
                _ => String::new(),
            };
            let row = rows.get(i);
            step_record(
                i + 1,
                &text(row, "content"),
                &text(row, "by"),
                &who,
                Some(step),
            )
        })
        .collect();
    (step_record(0, "", "", "", None), items)
}
