//! A branch's own Word draft read into a document's form.
//!
//! 1. [`read_draft`] reads a `.docx` or `.odt` into headings, paragraphs
//!    and tables (NFC; TCVN3/VNI text converted);
//! 2. [`preview`] splits it at its headings and matches each heading to a
//!    section of the form (numbering, case and diacritics ignored), reads a
//!    targets table into target rows, and says what would be replaced;
//! 3. the user may change a section's target; [`apply`] writes it into the
//!    drafts (the caller records it as one undo step).

mod read;

pub use read::{Draft, DraftBlock, DraftError, read_draft, read_draft_bytes};

use crate::model::{DocKind, Drafts, Target};
use crate::strings::word as msg;
use crate::vi::fold_words;

/// A part of a form that text can go into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Context,
    Economy,
    Defence,
    PartyBuilding,
    MassMobilisation,
    Limitations,
    CausesObjective,
    CausesSubjective,
    Lessons,
    Direction,
    Tasks,
    SecretarySelfReview,
    Strengths,
    Shortcomings,
    ReviewCauses,
    RemedyPrevious,
    Responsibility,
    ReviewDirection,
    Assessment,
    ExtraTasks,
}

impl Section {
    /// The sections of a document's form, in order.
    pub fn of(kind: DocKind) -> &'static [Section] {
        use Section::*;
        match kind {
            DocKind::PoliticalReport => &[
                Context,
                Economy,
                Defence,
                PartyBuilding,
                MassMobilisation,
                Limitations,
                CausesObjective,
                CausesSubjective,
                Lessons,
                Direction,
                Tasks,
                SecretarySelfReview,
            ],
            DocKind::SelfCriticism => &[
                Strengths,
                Shortcomings,
                ReviewCauses,
                RemedyPrevious,
                Responsibility,
                ReviewDirection,
            ],
            DocKind::Resolution => &[Assessment, ExtraTasks],
            _ => &[],
        }
    }

    /// The form's label (also the heading it matches best).
    pub fn label(self) -> &'static str {
        msg::section_headings(self.key())[0]
    }

    /// A stable key, for strings and widget ids.
    pub fn key(self) -> &'static str {
        use Section::*;
        match self {
            Context => "context",
            Economy => "economy",
            Defence => "defence",
            PartyBuilding => "party_building",
            MassMobilisation => "mass_mobilisation",
            Limitations => "limitations",
            CausesObjective => "causes_objective",
            CausesSubjective => "causes_subjective",
            Lessons => "lessons",
            Direction => "direction",
            Tasks => "tasks",
            SecretarySelfReview => "secretary_self_review",
            Strengths => "strengths",
            Shortcomings => "shortcomings",
            ReviewCauses => "review_causes",
            RemedyPrevious => "remedy_previous",
            Responsibility => "responsibility",
            ReviewDirection => "review_direction",
            Assessment => "assessment",
            ExtraTasks => "extra_tasks",
        }
    }

    /// The drafts' text this section is.
    pub fn text_mut(self, d: &mut Drafts) -> &mut String {
        use Section::*;
        let r = &mut d.political_report;
        match self {
            Context => &mut r.context,
            Economy => &mut r.results_economy,
            Defence => &mut r.results_defence,
            PartyBuilding => &mut r.results_party_building,
            MassMobilisation => &mut r.results_mass_mobilisation,
            Limitations => &mut r.limitations,
            CausesObjective => &mut r.causes_objective,
            CausesSubjective => &mut r.causes_subjective,
            Lessons => &mut r.lessons,
            Direction => &mut r.direction,
            Tasks => &mut r.tasks,
            SecretarySelfReview => &mut r.secretary_self_review,
            Strengths => &mut d.self_criticism.strengths,
            Shortcomings => &mut d.self_criticism.shortcomings,
            ReviewCauses => &mut d.self_criticism.causes,
            RemedyPrevious => &mut d.self_criticism.remedy_previous,
            Responsibility => &mut d.self_criticism.responsibility,
            ReviewDirection => &mut d.self_criticism.direction,
            Assessment => &mut d.resolution.assessment,
            ExtraTasks => &mut d.resolution.extra_tasks,
        }
    }
}

/// One heading of the draft and the text under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// As written in the draft ("2. Kết quả thực hiện các chỉ tiêu").
    pub heading: String,
    /// Paragraphs, one per line.
    pub text: String,
    /// Where it goes; `None` leaves it out (the user may pick one).
    pub target: Option<Section>,
    /// Whether the heading was matched (rather than picked by the user).
    pub matched: bool,
}

/// What the import would do.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DraftPreview {
    pub parts: Vec<Part>,
    /// Target rows read from a table whose columns were recognised.
    pub targets: Option<Vec<Target>>,
    /// Tables found whose columns were not recognised (their row counts).
    pub other_tables: Vec<usize>,
    pub converted: Option<crate::vi::legacy::Legacy>,
}

impl DraftPreview {
    /// Sections whose current text the import would replace.
    pub fn replaces(&self, drafts: &Drafts) -> Vec<Section> {
        let mut d = drafts.clone();
        let mut out: Vec<Section> = Vec::new();
        for p in &self.parts {
            if let Some(s) = p.target {
                if !s.text_mut(&mut d).trim().is_empty() && !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        out
    }

    /// Whether the import replaces the targets already entered.
    pub fn replaces_targets(&self, drafts: &Drafts) -> bool {
        self.targets.is_some() && !drafts.political_report.targets.is_empty()
    }
}

/// Words of a heading without its numbering ("II.", "2.1", "a)").
fn heading_words(s: &str) -> Vec<String> {
    let folded = fold_words(s);
    let mut words: Vec<String> = folded.split_whitespace().map(str::to_string).collect();
    while let Some(first) = words.first() {
        let numbering = first.chars().all(|c| c.is_ascii_digit())
            || (first.len() <= 4 && first.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
            || (first.chars().count() == 1 && words.len() > 1);
        if numbering {
            words.remove(0);
        } else {
            break;
        }
    }
    words
}

/// How well a heading matches one of a section's headings, 0 to 1.
fn score(heading: &[String], known: &str) -> f32 {
    let k = heading_words(known);
    if k.is_empty() || heading.is_empty() {
        return 0.0;
    }
    if heading == k.as_slice() {
        return 1.0;
    }
    let common = k.iter().filter(|w| heading.contains(w)).count() as f32;
    let recall = common / k.len() as f32;
    let precision = common / heading.len() as f32;
    if recall >= 0.75 && precision >= 0.5 {
        0.5 + (recall + precision) / 4.0
    } else {
        0.0
    }
}

/// The section a heading names, if any of `sections`.
pub fn match_heading(heading: &str, sections: &[Section]) -> Option<Section> {
    let words = heading_words(heading);
    sections
        .iter()
        .map(|s| {
            let best = msg::section_headings(s.key())
                .iter()
                .map(|h| score(&words, h))
                .fold(0.0f32, f32::max);
            (best, *s)
        })
        .filter(|(b, _)| *b > 0.0)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, s)| s)
}

/// Read a targets table: a header row naming the indicator and at least one
/// of plan, achieved, next term.
fn targets_table(rows: &[Vec<String>]) -> Option<Vec<Target>> {
    let header = rows.first()?;
    let col = |names: &[&str]| {
        header.iter().position(|h| {
            let f = fold_words(h);
            names.iter().any(|n| f.contains(n))
        })
    };
    let indicator = col(&["chi tieu", "noi dung"])?;
    let unit = col(&["don vi"]);
    let plan = col(&["ke hoach", "nghi quyet", "muc tieu de ra"]);
    let achieved = col(&["thuc hien", "ket qua", "dat duoc"]);
    let next = col(&["nhiem ky toi", "nhiem ky moi", "phan dau"]);
    if plan.is_none() && achieved.is_none() && next.is_none() {
        return None;
    }
    let cell = |row: &Vec<String>, c: Option<usize>| {
        c.and_then(|i| row.get(i)).cloned().unwrap_or_default()
    };
    Some(
        rows[1..]
            .iter()
            .filter(|r| !cell(r, Some(indicator)).trim().is_empty())
            .map(|r| Target {
                indicator: cell(r, Some(indicator)),
                unit: cell(r, unit),
                plan: cell(r, plan),
                achieved: cell(r, achieved),
                next: cell(r, next),
            })
            .collect(),
    )
}

/// Whether a paragraph starts the signature block or the distribution
/// list ("T/M CHI BỘ", "TM. CHI ỦY", "Nơi nhận:"): the body has ended.
fn is_sign_off(text: &str) -> bool {
    let first = text.lines().next().unwrap_or("").trim();
    let words = fold_words(first);
    let lower = first.to_lowercase();
    lower.starts_with("t/m ")
        || first.starts_with("TM.")
        || first.starts_with("TM ")
        || words == "noi nhan"
}

/// Split the draft at its headings and match them to `kind`'s form. The
/// signature block and what follows it are left out.
pub fn preview(draft: &Draft, kind: DocKind) -> DraftPreview {
    let sections = Section::of(kind);
    let mut out = DraftPreview {
        converted: draft.converted,
        ..DraftPreview::default()
    };
    let mut current: Option<Part> = None;
    let mut lines: Vec<String> = Vec::new();
    let flush = |current: &mut Option<Part>, lines: &mut Vec<String>, out: &mut DraftPreview| {
        let text = lines.join("\n");
        lines.clear();
        match current.take() {
            Some(mut p) => {
                p.text = text;
                if !p.text.trim().is_empty() {
                    out.parts.push(p);
                }
            }
            None if !text.trim().is_empty() => out.parts.push(Part {
                heading: String::new(),
                text,
                target: None,
                matched: false,
            }),
            None => {}
        }
    };
    for b in &draft.blocks {
        if let DraftBlock::Heading(t) | DraftBlock::Para(t) = b {
            if is_sign_off(t) {
                break;
            }
        }
        match b {
            DraftBlock::Heading(h) => {
                flush(&mut current, &mut lines, &mut out);
                let target = match_heading(h, sections);
                current = Some(Part {
                    heading: h.clone(),
                    text: String::new(),
                    target,
                    matched: target.is_some(),
                });
            }
            DraftBlock::Para(p) => lines.push(p.clone()),
            DraftBlock::Table(rows) => match targets_table(rows) {
                Some(t) if kind == DocKind::PoliticalReport && out.targets.is_none() => {
                    out.targets = Some(t)
                }
                _ => out.other_tables.push(rows.len()),
            },
        }
    }
    flush(&mut current, &mut lines, &mut out);
    out
}

/// Write the previewed parts (those with a target) and targets into the
/// drafts. Parts going to the same section are joined in draft order.
pub fn apply(p: &DraftPreview, drafts: &mut Drafts) {
    let mut done: Vec<Section> = Vec::new();
    for part in &p.parts {
        let Some(s) = part.target else { continue };
        let text = s.text_mut(drafts);
        if done.contains(&s) {
            text.push('\n');
            text.push_str(&part.text);
        } else {
            *text = part.text.clone();
            done.push(s);
        }
    }
    if let Some(t) = &p.targets {
        drafts.political_report.targets = t.clone();
    }
}

#[cfg(test)]
mod tests;
