//! The members of a demo branch: generated from the branch's profile with a
//! seeded generator, then given their roles (exempted, probationary, on
//! transfer, the outgoing committee, the village/street head).

use super::names;
use super::profiles::{self, Profile};
use super::rng::Rng;
use super::specs::Spec;
use crate::model::{CommitteeRole, Date, Gender, Member, MemberStatus, PartialDate, Standing, ymd};

/// The year members' ages are reckoned from when they are generated: the
/// year of the demo's congresses.
pub const NOW_YEAR: i32 = 2025;

/// The profiles' birth years are for ages reckoned in 2026; drawn years are
/// moved back by this much so members are as old at the 2025 congresses.
const BIRTH_SHIFT: i32 = 1;

/// Full members joined by this month (and were full members a year later),
/// before the first congress in mid-September 2025.
const LAST_FULL_JOIN: (i32, u8) = (2024, 8);

/// Members born before this year have only a birth year on record.
const YEAR_ONLY_BEFORE: i32 = 1950;

/// A date that exists for any year: days stop at 28.
pub fn date(year: i32, month: u8, day: u8) -> Date {
    ymd(year, month.clamp(1, 12), day.clamp(1, 28)).unwrap_or(Date::MIN)
}

fn random_date(rng: &mut Rng, year: i32) -> Date {
    date(year, rng.range(1, 12) as u8, rng.range(1, 28) as u8)
}

/// Age in completed years at the end of the demo year, good enough for
/// choosing roles.
pub fn age(m: &Member) -> i32 {
    m.birth.map(|b| NOW_YEAR - b.year()).unwrap_or(0)
}

/// One generated person before roles are given.
fn person(rng: &mut Rng, profile: Profile, taken: &[String]) -> Member {
    let data = profiles::data(profile);
    let gender = if rng.chance(data.women_pct) {
        Gender::Female
    } else {
        Gender::Male
    };
    let (lo, hi) = *rng.weighted(data.birth_years);
    let drawn = rng.range(lo, hi);
    let year = drawn - BIRTH_SHIFT;
    let birth = if drawn < YEAR_ONLY_BEFORE {
        PartialDate::Year(year)
    } else {
        PartialDate::Full(random_date(rng, year))
    };
    let full_name = unique_name(rng, gender, taken);
    let ethnicity = (*rng.weighted(names::ETHNICITY)).to_string();
    let hometown = if ethnicity == "Kinh" || ethnicity == "Hoa" {
        (*rng.weighted(names::HOMETOWN_LOCAL)).to_string()
    } else {
        // Where the member's people lives (the same draw as before, so the
        // rest of the demo stays as it was).
        (*rng.pick(names::hometowns_of(&ethnicity))).to_string()
    };
    let education = if drawn < 1962 {
        (*rng.weighted(names::EDUCATION_OLD)).to_string()
    } else {
        "12/12".to_string()
    };
    let professional = if drawn < 1958 && rng.chance(60) {
        "Không".to_string()
    } else {
        (*rng.weighted(data.professional)).to_string()
    };
    // Joined the Party between 19 and 45, by LAST_FULL_JOIN so that a full
    // member's official date falls before every congress.
    let (last_year, last_month) = LAST_FULL_JOIN;
    let latest = (last_year - year).max(19);
    let join_age = rng.range(19, latest.min(45));
    let join_year = (year + join_age).min(last_year);
    let mut joined = random_date(rng, join_year);
    if join_year == last_year && joined.month() as u8 > last_month {
        joined = date(last_year, last_month, joined.day());
    }
    let official = date(joined.year() + 1, joined.month() as u8, joined.day());
    let posts = if NOW_YEAR - year > 62 {
        (*rng.pick(data.retired_posts)).to_string()
    } else {
        (*rng.pick(data.staff_posts)).to_string()
    };
    let posts = if gender == Gender::Male && posts.contains("Hội Phụ nữ") {
        "Nông dân".to_string()
    } else {
        posts
    };
    Member {
        full_name,
        birth: Some(birth),
        gender,
        ethnicity: ethnicity.into(),
        hometown: hometown.into(),
        education: education.into(),
        professional: professional.into(),
        political_theory: (*rng.weighted(names::THEORY_MEMBER)).into(),
        joined: Some(joined),
        official: Some(official),
        status: MemberStatus::Full,
        posts: posts.into(),
        ..Member::default()
    }
}

fn unique_name(rng: &mut Rng, gender: Gender, taken: &[String]) -> String {
    let (middle, given) = match gender {
        Gender::Male => (names::MIDDLE_MALE, names::GIVEN_MALE),
        Gender::Female => (names::MIDDLE_FEMALE, names::GIVEN_FEMALE),
    };
    let mut name = String::new();
    for _ in 0..50 {
        name = format!(
            "{} {} {}",
            rng.weighted(names::FAMILY),
            rng.weighted(middle),
            rng.pick(given)
        );
        if !taken.contains(&name) {
            return name;
        }
    }
    // Fifty collisions in a row cannot happen with these pools and branch
    // sizes; keep the name distinct anyway.
    format!("{name} ({})", taken.len() + 1)
}

/// Who holds which role, by index into the member list.
#[derive(Debug, Default)]
pub struct Roster {
    pub secretary: Option<usize>,
    pub deputy: Option<usize>,
    /// Outgoing committee members other than secretary and deputy, in order.
    pub committee: Vec<usize>,
    /// Full, active, not exempted members not on the outgoing committee who
    /// could stand for it, best first.
    pub newcomers: Vec<usize>,
}

/// Generate the members of `spec` and give them their roles.
pub fn members(spec: &Spec, rng: &mut Rng) -> (Vec<Member>, Roster) {
    let mut people: Vec<Member> = Vec::with_capacity(spec.size);
    for _ in 0..spec.size {
        let taken: Vec<String> = people.iter().map(|m| m.full_name.clone()).collect();
        people.push(person(rng, spec.profile, &taken));
    }
    let data = profiles::data(spec.profile);

    // Oldest members are exempted.
    let mut by_age: Vec<usize> = (0..people.len()).collect();
    by_age.sort_by_key(|&i| (people[i].birth.map(|b| b.year()).unwrap_or(0), i));
    for &i in by_age.iter().take(spec.exempted) {
        let m = &mut people[i];
        m.exempted = true;
        m.posts = "Hưu trí".into();
    }
    // The youngest non-exempted members are still probationary.
    let young: Vec<usize> = by_age
        .iter()
        .rev()
        .copied()
        .filter(|&i| !people[i].exempted)
        .take(spec.probationary)
        .collect();
    for &i in &young {
        let m = &mut people[i];
        m.status = MemberStatus::Probationary;
        // Admitted between December 2024 and August 2025: still probationary
        // at every congress of the autumn.
        m.joined = Some(date(
            if rng.chance(30) { 2024 } else { 2025 },
            rng.range(1, 8) as u8,
            rng.range(1, 28) as u8,
        ));
        if m.joined.is_some_and(|j| j.year() == 2024) {
            m.joined = Some(date(2024, 12, rng.range(1, 28) as u8));
        }
        m.official = None;
        m.political_theory = "Sơ cấp".into();
    }

    // Candidates for the outgoing committee: full, not exempted, 30 to 64.
    let mut able: Vec<usize> = (0..people.len())
        .filter(|&i| {
            let m = &people[i];
            m.is_full() && !m.exempted && (30..=64).contains(&age(m))
        })
        .collect();
    shuffle(rng, &mut able);
    // Experience first: the secretary and deputy are the older ones.
    able.sort_by_key(|&i| -(age(&people[i]) / 8));

    let mut roster = Roster::default();
    let take = |pred: &dyn Fn(&Member) -> bool, able: &mut Vec<usize>| -> Option<usize> {
        let pos = able.iter().position(|&i| pred(&people[i]))?;
        Some(able.remove(pos))
    };
    let committee_size = spec.outgoing_committee;
    roster.secretary = take(&|_| true, &mut able);
    if spec.outgoing_deputy {
        roster.deputy = take(&|_| true, &mut able);
    }
    if committee_size > 2 {
        // A committee has at least one woman where the branch has one.
        if let Some(w) = take(&|m| m.gender == Gender::Female, &mut able) {
            roster.committee.push(w);
        }
        // Then about a third women, as in most wards.
        let balance = data.women_pct < 50;
        while roster.committee.len() + 2 < committee_size {
            let women = [roster.secretary, roster.deputy]
                .iter()
                .flatten()
                .chain(roster.committee.iter())
                .filter(|&&i| people[i].gender == Gender::Female)
                .count();
            let next = if balance && women * 3 >= committee_size {
                take(&|m| m.gender == Gender::Male, &mut able)
            } else {
                None
            };
            match next.or_else(|| take(&|_| true, &mut able)) {
                Some(i) => roster.committee.push(i),
                None => break,
            }
        }
    }
    // The rest who could stand for the committee, younger ones first.
    let mut rest = able;
    rest.sort_by_key(|&i| (age(&people[i]), i));
    roster.newcomers = rest;

    // One member works elsewhere for now (not summoned to the congress).
    for _ in 0..spec.transfer {
        let pick = roster.newcomers.iter().rposition(|&i| age(&people[i]) < 50);
        if let Some(pos) = pick {
            let i = roster.newcomers.remove(pos);
            let m = &mut people[i];
            m.standing = Standing::TemporaryTransfer;
            m.posts =
                "Công nhân, chuyển sinh hoạt đảng tạm thời về Khu công nghiệp Phú Điền".into();
        }
    }

    // Posts and theory of the outgoing committee.
    let leader = |k: usize| data.leader_posts.get(k).copied().unwrap_or("");
    let titled = |title: &str, post: &str| {
        if post.is_empty() {
            title.to_string()
        } else {
            format!("{title}, {post}")
        }
    };
    let seniors = [roster.secretary, roster.deputy];
    for (k, idx) in seniors.iter().enumerate() {
        let Some(i) = *idx else { continue };
        let m = &mut people[i];
        let (title, role) = if k == 0 {
            ("Bí thư chi bộ", CommitteeRole::Secretary)
        } else {
            ("Phó Bí thư chi bộ", CommitteeRole::Deputy)
        };
        m.posts = titled(title, leader(k)).into();
        m.outgoing_role = role;
        m.served_on_committee_before = true;
        m.political_theory = match spec.profile {
            Profile::PartyOffice | Profile::Government | Profile::Police if k == 0 => {
                "Cao cấp".into()
            }
            _ => "Trung cấp".into(),
        };
    }
    // Committee members each take one of the remaining posts; the women's
    // union post goes to a woman.
    let mut free: Vec<&str> = data.leader_posts.iter().skip(2).copied().collect();
    for &i in &roster.committee {
        let m = &mut people[i];
        let women_post = |p: &&str| p.contains("Phụ nữ");
        let pos = if m.gender == Gender::Female {
            free.iter().position(women_post).or(Some(0))
        } else {
            free.iter().position(|p| !women_post(p))
        };
        let post = match pos {
            Some(k) if k < free.len() => free.remove(k),
            _ => "",
        };
        m.posts = titled("Chi ủy viên", post).into();
        m.outgoing_role = CommitteeRole::Member;
        m.served_on_committee_before = true;
        m.political_theory = (*rng.weighted(names::THEORY_LEADER)).into();
    }

    // The village / street head.
    if let Some(head) = data.head_post {
        let who = if spec.secretary_is_head {
            roster.secretary
        } else {
            roster.newcomers.iter().rev().copied().find(|&i| {
                (35..=60).contains(&age(&people[i])) && people[i].standing == Standing::Active
            })
        };
        if let Some(i) = who {
            let m = &mut people[i];
            m.village_head = true;
            m.posts = if m.outgoing_role == CommitteeRole::Secretary {
                format!("Bí thư chi bộ, {head}").into()
            } else {
                head.into()
            };
        }
    }

    // Some retired members served on a committee in earlier terms.
    for m in people.iter_mut() {
        if !m.outgoing_role.on_committee() && age(m) >= 66 && rng.chance(30) {
            m.served_on_committee_before = true;
        }
    }
    (people, roster)
}

fn shuffle(rng: &mut Rng, items: &mut [usize]) {
    for i in (1..items.len()).rev() {
        let j = rng.below(i + 1);
        items.swap(i, j);
    }
}
