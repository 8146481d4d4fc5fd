//! Structure figures (cơ cấu) of a committee: of the proposed list and of the
//! committee actually elected.
//!
//! The definitions match the ward's roll-up (`rules::rollup`), so a branch's
//! figures and the ward's add up the same way:
//! - **re-elected** (tái cử): was on the outgoing committee;
//! - **new** (mới): not on the outgoing committee but has served on a party
//!   committee before;
//! - **first time** (tham gia lần đầu): neither;
//! - ages are completed years at the congress date; members whose birth is
//!   unknown are left out of the age figures (`ages_known` says how many).
//!
//! Percentages are of the people counted, written like the ward's reports
//! ("40%", "33,3%"); the average age likewise ("50,5").

use super::rollup::Share;
use crate::model::{Branch, CommitteeRole, Date, Gender, Member, MemberId, Ward};
use crate::vi::nfc;

/// Below this age a member counts in the "under 35" figure.
pub const UNDER_35: u32 = 35;

/// The structure of one committee (proposed or elected).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Structure {
    /// People counted.
    pub count: u32,
    pub women: Share,
    pub under_35: Share,
    /// Under `young_age` (the ward's setting, 40 by default).
    pub young: Share,
    pub young_age: u32,
    pub ethnic_minority: Share,
    pub reelected: Share,
    pub new_members: Share,
    pub first_time: Share,
    pub age_sum: u64,
    pub ages_known: u32,
    /// The (proposed or elected) secretary is the village / street-group
    /// head; `None` when there is no secretary.
    pub secretary_village_head: Option<bool>,
    /// The date ages are counted at.
    pub at: Option<Date>,
    /// How its percentages and average are written (`ward.percent`).
    pub rule: crate::model::PercentRule,
}

impl Structure {
    /// "50,5"; `None` when no age is known.
    pub fn average_age(&self) -> Option<String> {
        (self.ages_known > 0).then(|| self.rule.figure(self.age_sum, u64::from(self.ages_known)))
    }
}

/// Kinh is the majority; any other ethnicity entered is a minority.
pub fn is_ethnic_minority(m: &Member) -> bool {
    let e = nfc(m.ethnicity.trim()).to_lowercase();
    !e.is_empty() && e != "kinh"
}

/// The date ages are counted at: the congress date, else 1 January of the
/// term's first year (the congress is held in that year or just before).
pub fn age_date(b: &Branch) -> Option<Date> {
    b.congress
        .date
        .or_else(|| crate::model::ymd(b.congress.term_start, 1, 1))
}

/// Figures of `people` (unknown ids skipped, each counted once) with
/// `secretary` among them.
pub fn figures(
    ward: &Ward,
    b: &Branch,
    people: &[MemberId],
    secretary: Option<MemberId>,
) -> Structure {
    let at = age_date(b);
    let young_age = ward.rules.young_age;
    let mut seen: Vec<MemberId> = Vec::new();
    let mut s = Structure {
        young_age,
        at,
        rule: ward.percent,
        secretary_village_head: secretary
            .and_then(|id| b.member(id))
            .map(|m| m.village_head),
        ..Structure::default()
    };
    let (mut women, mut u35, mut young, mut minority) = (0, 0, 0, 0);
    let (mut re, mut new, mut first) = (0, 0, 0);
    for m in people.iter().filter_map(|id| b.member(*id)) {
        if seen.contains(&m.id) {
            continue;
        }
        seen.push(m.id);
        s.count += 1;
        if m.gender == Gender::Female {
            women += 1;
        }
        if is_ethnic_minority(m) {
            minority += 1;
        }
        if m.outgoing_role.on_committee() {
            re += 1;
        } else if m.served_on_committee_before {
            new += 1;
        } else {
            first += 1;
        }
        if let (Some(birth), Some(at)) = (m.birth, at) {
            let age = u32::try_from(birth.age_on(at)).unwrap_or(0);
            s.age_sum += u64::from(age);
            s.ages_known += 1;
            if age < UNDER_35 {
                u35 += 1;
            }
            if age < young_age {
                young += 1;
            }
        }
    }
    let of = |count| Share { count, of: s.count };
    s.women = of(women);
    s.under_35 = of(u35);
    s.young = of(young);
    s.ethnic_minority = of(minority);
    s.reelected = of(re);
    s.new_members = of(new);
    s.first_time = of(first);
    s
}

/// The proposed committee: the plan's committee list, or for a branch
/// electing only a secretary, its secretary and deputy candidates.
pub fn proposed(ward: &Ward, b: &Branch) -> Structure {
    let p = &b.drafts.personnel;
    figures(ward, b, &p.proposed_committee(), p.secretary_candidate)
}

/// The elected committee, from `branch.results.elected`.
pub fn elected(ward: &Ward, b: &Branch) -> Structure {
    let people: Vec<MemberId> = b
        .results
        .elected
        .iter()
        .filter(|e| e.role != CommitteeRole::None)
        .map(|e| e.member)
        .collect();
    let secretary = b
        .results
        .elected
        .iter()
        .find(|e| e.role == CommitteeRole::Secretary)
        .map(|e| e.member);
    figures(ward, b, &people, secretary)
}

/// The figures as named text fields, for the document templates
/// (`personnel.structure.*`, `results.structure.*`) and the screens.
/// Counts are plain numbers, shares "40%", the average age "50,5" (empty when
/// unknown), the village-head flag "có" / "không" (empty without a secretary).
pub fn fields(s: &Structure) -> Vec<(&'static str, String)> {
    use crate::strings::election as msg;
    let share = |sh: &Share| (sh.count.to_string(), sh.percent(s.rule));
    let mut out = vec![("count", s.count.to_string())];
    for (count_key, pct_key, sh) in [
        ("women", "women_percent", &s.women),
        ("under_35", "under_35_percent", &s.under_35),
        ("young", "young_percent", &s.young),
        (
            "ethnic_minority",
            "ethnic_minority_percent",
            &s.ethnic_minority,
        ),
        ("reelected", "reelected_percent", &s.reelected),
        ("new", "new_percent", &s.new_members),
        ("first_time", "first_time_percent", &s.first_time),
    ] {
        let (c, p) = share(sh);
        out.push((count_key, c));
        out.push((pct_key, p));
    }
    out.push(("young_age", s.young_age.to_string()));
    out.push(("average_age", s.average_age().unwrap_or_default()));
    out.push((
        "secretary_village_head",
        match s.secretary_village_head {
            Some(true) => msg::YES.into(),
            Some(false) => msg::NO.into(),
            None => String::new(),
        },
    ));
    out
}
