//! Where the user is: one variant per screen.

use crate::model::DocKind;
use crate::rules::Field;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Screen {
    /// The branch's documents with their status.
    #[default]
    Checklist,
    /// Names, term, dates, place: entered once.
    Facts,
    /// The member table.
    Members,
    /// The guided form of one document.
    Document(DocKind),
    /// Election and vote counting.
    Election,
    /// The roll call at the congress (điểm danh).
    RollCall,
    /// The branch's comments on the superior's draft documents.
    DraftComments,
    /// The ward overview: every branch at a glance (not tied to a branch).
    Overview,
    /// The ward's settings (`ward.ron`; not tied to a branch).
    WardSettings,
    /// The document templates (the office's Word templates; not tied to a branch).
    Templates,
}

impl Screen {
    /// A screen of the whole ward, shown without a selected branch.
    pub fn is_ward_level(self) -> bool {
        matches!(
            self,
            Screen::Overview | Screen::WardSettings | Screen::Templates
        )
    }

    /// The screen's name as its tab or button says it.
    pub fn title(self) -> &'static str {
        use crate::strings;
        match self {
            Screen::Checklist => strings::ui::SCREEN_CHECKLIST,
            Screen::Facts => strings::ui::SCREEN_FACTS,
            Screen::Members => strings::ui::SCREEN_MEMBERS,
            Screen::Document(kind) => crate::rules::labels::doc_kind(kind),
            Screen::Election => strings::election::SCREEN_TITLE,
            Screen::RollCall => strings::congress::SCREEN_ROLL_CALL,
            Screen::DraftComments => strings::congress::SCREEN_COMMENTS,
            Screen::Templates => strings::word::SCREEN_BUTTON,
            Screen::Overview => strings::ward::OVERVIEW_BUTTON,
            Screen::WardSettings => strings::settings::SCREEN_BUTTON,
        }
    }
}

impl Screen {
    /// The screen that holds the field of a problem. Exhaustive: a new kind
    /// of field must say where it is shown.
    pub fn for_field(field: &Field) -> Screen {
        match field {
            Field::BranchName | Field::Congress(_) => Screen::Facts,
            Field::Members | Field::Member(..) => Screen::Members,
            Field::PoliticalReport(_) => Screen::Document(DocKind::PoliticalReport),
            Field::SelfCriticism(_) => Screen::Document(DocKind::SelfCriticism),
            Field::Personnel(_) => Screen::Document(DocKind::PersonnelPlan),
            Field::Checklist(_) => Screen::Checklist,
            Field::Results(_) => Screen::Election,
            Field::Ward(_) => Screen::WardSettings,
        }
    }
}

/// The member id in a path like `members[id=12].birth`.
pub fn member_in_field(field: &str) -> Option<crate::model::MemberId> {
    let rest = field.strip_prefix("members[id=")?;
    let end = rest.find(']')?;
    rest[..end].parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_field_lands_on_its_screen() {
        use crate::rules::field::*;
        let cases = [
            (Field::BranchName, Screen::Facts),
            (Field::Congress(CongressField::Date), Screen::Facts),
            (Field::Members, Screen::Members),
            (Field::Member(12, MemberField::Birth), Screen::Members),
            (
                Field::PoliticalReport(ReportField::TargetNext(2)),
                Screen::Document(DocKind::PoliticalReport),
            ),
            (
                Field::SelfCriticism(ReviewField::Causes),
                Screen::Document(DocKind::SelfCriticism),
            ),
            (
                Field::Personnel(PersonnelField::SecretaryCandidate),
                Screen::Document(DocKind::PersonnelPlan),
            ),
            (Field::Checklist(DocKind::PersonnelPlan), Screen::Checklist),
            (
                Field::Results(ResultsField::Round(1, RoundField::Seats)),
                Screen::Election,
            ),
        ];
        let cases = cases.into_iter().chain([(
            Field::Ward("layout.margin_top_mm".into()),
            Screen::WardSettings,
        )]);
        for (field, screen) in cases {
            assert_eq!(Screen::for_field(&field), screen, "{field}");
        }
        let f = Field::Member(12, MemberField::Birth);
        assert_eq!(f.to_string(), "members[id=12].birth");
        assert_eq!(member_in_field(&f.to_string()), Some(12));
        assert_eq!(member_in_field("members"), None);
        assert_eq!(member_in_field("members[id=x].birth"), None);
    }
}
